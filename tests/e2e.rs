//! End to end: the built binary in a pseudo-terminal, driven by keys, read off the screen.

mod support;

use support::pty::{Pty, BIN};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn opens_the_sample_scrolls_and_quits_leaving_the_terminal_as_it_was() {
    let mut t = Pty::spawn(&[], 110, 30);
    t.wait_for("The Lighthouse Keepers", 10);
    assert!(t.with_parser(|p| p.screen().alternate_screen()), "full-screen mode");
    t.send("G");
    t.wait_for("100%", 5);
    t.send("g");
    t.wait_for("The Lighthouse Keepers Who Refused", 5);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
    t.with_parser(|p| {
        let s = p.screen();
        assert!(!s.alternate_screen(), "left the alternate screen");
        assert!(!s.hide_cursor(), "cursor shown again");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse released");
    });
}

#[test]
fn tab_tab_g_enter_brings_the_last_quote_into_view() {
    let mut t = Pty::spawn(&[], 110, 30);
    t.wait_for("Quotes", 10);
    t.wait_until("the analysis", 10, |s| !s.contains("analysing"));
    t.send("\t\tG\r");
    let s = t.wait_for("numbers.”", 5);
    assert!(!s.contains("The Lighthouse Keepers Who"), "the view moved to the end:\n{s}");
    t.send("q");
    t.wait_exit(5);
}

#[test]
fn resizing_to_a_tiny_terminal_and_back_does_not_crash() {
    let mut t = Pty::spawn(&[], 110, 30);
    t.wait_for("The Lighthouse Keepers", 10);
    t.send("\x06"); // a page down (Ctrl-f)
    t.resize(24, 6);
    t.resize(12, 3);
    t.wait_for("Enlarge", 5);
    t.resize(110, 30);
    t.wait_for("People", 5);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn search_highlights_and_counts_matches() {
    let mut t = Pty::spawn(&[], 100, 30);
    t.wait_for("The Lighthouse Keepers", 10);
    t.send("/light\r");
    t.wait_for("match 1/", 5);
    t.send("n");
    t.wait_for("match 2/", 5);
    t.send("\x1b");
    t.wait_until("the search cleared", 5, |s| !s.contains("match 2/"));
    t.send("q");
    t.wait_exit(5);
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let mut t = Pty::spawn(&[&fixture("hostile.txt")], 100, 20);
    t.wait_for("Hostile title", 10);
    t.send("q");
    t.wait_exit(5);
    t.with_parser(|p| {
        let r = p.callbacks();
        assert!(r.titles.is_empty(), "a title was set: {:?}", r.titles);
        assert_eq!(r.clipboard, 0, "the clipboard was written");
        assert_eq!(r.other_osc, 0);
    });
    let raw = t.raw.lock().unwrap();
    assert!(!raw.windows(2).any(|w| w == b"\x1b]"), "an OSC sequence was emitted");
    assert!(!raw.windows(4).any(|w| w == b"[2J\x07"));
}

#[test]
fn a_piped_document_is_read_while_keys_come_from_the_terminal() {
    let cmd = format!("cat '{}' | '{BIN}'", fixture("piped.md"));
    let mut t = Pty::spawn_cmd("sh", &["-c", &cmd], 90, 20, &[]);
    t.wait_for("Piped Heading", 10);
    t.send("G");
    t.wait_for("100%", 5);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut t = Pty::spawn(&[], 100, 24);
    t.wait_for("The Lighthouse Keepers", 10);
    let pid = t.pid();
    let status = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(status.success());
    t.wait_exit(5);
    t.with_parser(|p| {
        let s = p.screen();
        assert!(!s.alternate_screen() && !s.hide_cursor());
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    });
}
