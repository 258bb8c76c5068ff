//! The command line: bad input gets one line on stderr and a non-zero exit, never a panic;
//! `--json` prints the analysis in its documented shape.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_byline");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).stdin(Stdio::null()).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// A file of the given name and bytes, in a directory that is removed when it drops.
struct TempFile {
    _dir: tempfile::TempDir,
    path: String,
}

impl std::ops::Deref for TempFile {
    type Target = str;
    fn deref(&self) -> &str {
        &self.path
    }
}

fn temp(name: &str, bytes: &[u8]) -> TempFile {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    TempFile { path: path.to_str().unwrap().to_string(), _dir: dir }
}

/// One line on stderr, starting "byline:", holding `needle`; the given exit code; no panic.
fn assert_error(out: &Output, code: i32, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("byline: ") && err.contains(needle), "{err:?}");
    assert!(!err.contains("panicked"));
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file() {
    assert_error(&run(&["--json", "/no/such/file.txt"]), 1, "no such file");
    assert_error(&run(&["/no/such/file.txt"]), 1, "/no/such/file.txt");
}

#[test]
fn a_file_name_never_sends_its_escape_sequences_to_the_terminal() {
    let empty = temp("a\u{1b}[31mred\u{7}.txt", b"");
    for args in [vec![&*empty], vec!["--json", &*empty], vec!["/no/such\u{1b}]0;red\u{7}.txt"]] {
        let out = run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err:?}");
        assert!(!err.contains(['\u{1b}', '\u{7}']) && err.contains("red"), "{err:?}");
    }
}

#[test]
fn a_directory() {
    assert_error(&run(&["--json", "/tmp"]), 1, "is a directory");
}

#[test]
fn random_bytes() {
    // A fixed pseudo-random sequence with NUL bytes in it, like any binary file.
    let mut x: u32 = 12345;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    assert_error(&run(&["--json", &temp("random.bin", &bytes)]), 1, "binary");
    assert_error(&run(&["--json", &temp("random.txt", &bytes)]), 1, "binary");
}

#[test]
fn not_utf8() {
    assert_error(&run(&["--json", &temp("latin1.txt", b"caf\xe9 au lait")]), 1, "not UTF-8");
}

#[test]
fn empty_files() {
    assert_error(&run(&["--json", &temp("empty.txt", b"")]), 1, "empty");
    assert_error(&run(&["--json", &temp("blank.md", b"\n  \n")]), 1, "empty");
    assert_error(&run_stdin(&["--json", "-"], b""), 1, "empty");
}

#[test]
fn an_html_page_forced_to_markdown_keeps_its_text() {
    let page = temp("page.html", b"<!DOCTYPE html>\n<html><head><title>T</title></head>\n<body><h1>Test Page</h1>\n<p>Sam said so.</p></body></html>\n");
    let out = run(&["--json", "--format", "md", &page]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "Test Page\n\nSam said so.");
    let scripts = temp("scripts.md", b"<script>var x = 1;</script>\n");
    assert_error(&run(&["--json", &scripts]), 1, "scripts.md: has no readable text when read as Markdown");
}

#[test]
fn bad_options_exit_2() {
    assert_error(&run(&["--frobnicate"]), 2, "--frobnicate");
    assert_error(&run(&["--format", "pdf", "x"]), 2, "pdf");
}

#[test]
fn output_that_is_not_a_terminal_is_refused_with_a_hint() {
    let file = temp("plain.txt", b"Hello.\n");
    let out = Command::new(BIN)
        .arg(&*file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_error(&out, 1, "--json");
}

#[test]
fn a_bad_config_names_file_line_and_key_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("byline")).unwrap();
    std::fs::write(home.path().join("byline/config.toml"), "theme = \"dark\"\nwidth = 3\n").unwrap();
    let file = temp("cfg.txt", b"Hello.\n");
    let out = Command::new(BIN).arg(&*file).env("XDG_CONFIG_HOME", home.path()).stdin(Stdio::null()).output().unwrap();
    assert_error(&out, 2, "config.toml: line 2");
    assert!(String::from_utf8_lossy(&out.stderr).contains("width"));
}

#[test]
fn a_key_bound_to_two_actions_is_a_config_error_with_exit_2() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("byline")).unwrap();
    std::fs::write(home.path().join("byline/config.toml"), "[keys]\nquit = [\"x\"]\ndown = [\"x\"]\n").unwrap();
    let file = temp("keys.txt", b"Hello.\n");
    let out = Command::new(BIN).arg(&*file).env("XDG_CONFIG_HOME", home.path()).stdin(Stdio::null()).output().unwrap();
    assert_error(&out, 2, "config.toml: line 3: keys.down: \"x\" is also given to quit (line 2)");
}

#[test]
fn print_config_prints_the_commented_defaults() {
    let out = run(&["--print-config"]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("reading_width = 80") && s.contains("# "));
}

#[test]
fn json_has_the_documented_shape_and_keeps_the_text_byte_for_byte() {
    let text = "A Headline\r\n\r\n“Hello there,” said Ada Byron.\tTabs\u{1b}[31m stay.\n";
    let out = run(&["--json", &temp("shape.txt", text.as_bytes())]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], text);
    assert_eq!(v["title"], "A Headline");
    assert!(v["people"].is_array() && v["quotes"].is_array());
    for q in v["quotes"].as_array().unwrap() {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(q["text"], text[s..e]);
        assert!(q["speaker"].is_null() || q["speaker"].is_string());
    }
    for p in v["people"].as_array().unwrap() {
        assert!(p["name"].is_string() && p["aliases"].is_array());
        for m in p["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e);
        }
    }
}

#[test]
fn json_reads_markdown_and_stdin_and_several_files() {
    let md = temp("doc.md", b"# Title Here\n\nSome *emphasis* and a [link](http://x).\n");
    let out = run(&["--json", &md, &md]);
    assert!(out.status.success());
    let lines: Vec<_> = out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 2);
    let v: serde_json::Value = serde_json::from_slice(lines[0]).unwrap();
    assert_eq!(v["title"], "Title Here");
    assert_eq!(v["text"], "Title Here\n\nSome emphasis and a link.");
    let out = run_stdin(&["--json"], b"Piped text.\n");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "Piped text.\n");
}

#[test]
fn quote_marks_in_code_and_verse_are_not_speech() {
    let md =
        temp("code.md", "# Notes\n\n```\nprintln!(\"not speech\");\n```\n\n“It runs,” said Ann Rivers.\n".as_bytes());
    let txt = temp(
        "verse.txt",
        "Notes\n\n    “Hark,” the herald sings,\n      “glory” to the king.\n\n“It runs,” said Ann Rivers.\n"
            .as_bytes(),
    );
    for file in [&md, &txt] {
        let out = run(&["--json", file]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let quotes = v["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 1, "{v}");
        assert_eq!(quotes[0]["speaker"], "Ann Rivers");
    }
}

#[test]
fn files_over_512_mb_are_refused_before_reading() {
    // A sparse file: its length is 600 MB but it takes no disk space.
    let path = temp("huge.txt", b"");
    std::fs::OpenOptions::new().write(true).open(&*path).unwrap().set_len(600_000_000).unwrap();
    assert_error(&run(&["--json", &path]), 1, "too large");
}

#[test]
fn a_file_with_no_known_extension_is_read_by_its_content() {
    let page = temp("page", b"<!DOCTYPE html><html><head><title>The Page</title></head><body><p>Words of the page, enough of them to read.</p></body></html>");
    let readme = temp("README", b"# Notes\n\nSome *notes* here.\n");
    let letter = temp("letter.txt", b"# not a heading in a .txt\n");
    for (file, title, text) in [
        (&page, "The Page", "Words of the page"),
        (&readme, "Notes", "Some notes here."),
        (&letter, "# not a heading in a .txt", "# not a heading"),
    ] {
        let out = run(&["--json", file]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["title"], title);
        assert!(v["text"].as_str().unwrap().contains(text), "{v}");
    }
}

#[test]
fn a_file_that_cannot_be_read_among_several_is_reported_and_the_others_printed() {
    let good = temp("good.txt", b"Ann Lee came in.\n");
    let out = run(&["--json", &good, "/no/such/file.txt", &good]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().collect::<Vec<_>>(), ["byline: /no/such/file.txt: no such file"], "{err}");
    assert_eq!(out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count(), 2);
}

#[test]
fn a_slow_pipe_tells_a_script_nothing_on_stderr() {
    // The notice of a slow source is for a person at a terminal: with standard error a pipe,
    // a wait longer than its delay writes nothing there.
    let mut child = Command::new(BIN)
        .arg("--json")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(byline::waiting::DELAY * 3);
    child.stdin.take().unwrap().write_all(b"Ann Lee came in.\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ann Lee"));
}

#[test]
fn a_pipe_closed_before_the_help_is_read_ends_it_quietly() {
    // The reading end is closed before byline writes, as `byline --help | true` may do.
    for arg in ["--help", "--version", "--print-config"] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out =
            Command::new(BIN).arg(arg).stdin(Stdio::null()).stdout(writer).stderr(Stdio::piped()).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{arg}: {err}");
        assert_eq!(out.status.code(), Some(1), "{arg}: {err}");
    }
}

#[test]
fn output_that_cannot_be_written_is_said_with_exit_1() {
    // `/dev/full` answers every write with "no space left": the cut output is not left
    // unexplained. (A closed pipe, by contrast, ends quietly.)
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let file = temp("full.txt", "“Hello,” said Ann Lee.\n".as_bytes());
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(BIN).args(["--json", &file]).stdin(Stdio::null()).stdout(full).output().unwrap();
    assert_error(&out, 1, "cannot write the output");
}
