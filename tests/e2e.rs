//! End to end: the built binary in a pseudo-terminal, driven by keys, read off the screen.

mod support;

use support::pty::{fresh_home, Pty, BIN};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn opens_the_sample_scrolls_and_quits_leaving_the_terminal_as_it_was() {
    let mut t = Pty::spawn(&[], 110, 30);
    t.wait_for("The Lighthouse Keepers", 10);
    assert!(t.with_parser(|p| p.screen().alternate_screen()), "full-screen mode");
    t.send("G");
    t.wait_for("100%", 10);
    t.send("g");
    t.wait_for("The Lighthouse Keepers Who Refused", 10);
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
fn a_dash_for_standard_input_with_nothing_piped_in_says_so_instead_of_waiting() {
    let mut t = Pty::spawn(&["-"], 80, 24);
    t.wait_for("nothing is piped in", 10);
    assert_eq!(t.wait_exit(5), 1);
}

#[test]
fn tab_tab_g_enter_brings_the_last_quote_into_view() {
    let mut t = Pty::spawn(&[], 110, 30);
    t.wait_for("Quotes", 10);
    t.wait_until("the analysis", 10, |s| !s.contains("analysing"));
    t.send("\t\tG\r");
    let s = t.wait_for("numbers.”", 10);
    let first_row = s.lines().next().unwrap_or("");
    assert!(!first_row.contains("The Lighthouse Keepers Who"), "the view did not move:\n{s}");
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
    t.wait_for("Enlarge", 10);
    t.resize(110, 30);
    t.wait_for("People", 10);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn search_highlights_and_counts_matches() {
    let mut t = Pty::spawn(&[], 100, 30);
    t.wait_for("The Lighthouse Keepers", 10);
    t.send("/light\r");
    t.wait_for("match 1/", 10);
    t.send("n");
    t.wait_for("match 2/", 10);
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
    t.wait_for("100%", 10);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn a_slow_pipe_is_waited_for_with_a_notice_that_is_gone_once_the_reader_opens_and_closes() {
    let cmd = format!("(sleep 1.5; cat '{}') | '{BIN}' --no-state", fixture("piped.md"));
    let mut t = Pty::spawn_cmd("sh", &["-c", &cmd], 90, 20, &[]);
    t.wait_for("byline: reading standard input… (Ctrl-C to stop)", 10);
    t.wait_for("Piped Heading", 10);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
    let screen = t.screen();
    assert!(!screen.contains("reading standard input"), "the notice lingers:\n{screen}");
}

#[test]
fn ctrl_c_while_a_pipe_is_awaited_ends_byline_as_an_interrupt_does() {
    // The shell catches the interrupt (its children do not inherit a caught signal) to say
    // how byline ended, and what the terminal's modes are then.
    let cmd =
        format!("trap : INT; (sleep 30; cat '{}') | '{BIN}' --no-state; echo CODE=$?; stty -a", fixture("piped.md"));
    let mut t = Pty::spawn_cmd("sh", &["-c", &cmd], 90, 20, &[]);
    t.wait_for("reading standard input", 10);
    t.send("\x03");
    let screen = t.wait_for("CODE=130", 10);
    assert!(screen.contains(" icanon") && screen.contains(" echo "), "{screen}");
    t.wait_exit(5);
}

#[test]
fn quitting_and_reopening_lands_at_the_same_place() {
    let home = fresh_home();
    let file = fixture("piped.md");
    let mut t = Pty::spawn_in(home.path(), &[&file], 90, 20);
    t.wait_for("Piped Heading", 10);
    t.send(":50%\r");
    let first_line = |s: &str| s.lines().next().unwrap_or("").trim().to_string();
    let before = t.wait_until("a jump", 5, |s| first_line(s).starts_with("Paragraph 1"));
    let top_line = first_line(&before);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
    let mut again = Pty::spawn_in(home.path(), &[&file], 90, 20);
    again.wait_until("the same top line", 10, |s| first_line(s) == top_line);
    again.send("q");
    again.wait_exit(5);
    // --no-state neither restores nor saves.
    let mut fresh = Pty::spawn_in(home.path(), &["--no-state", &file], 90, 20);
    fresh.wait_until("the top", 10, |s| first_line(s) == "Piped Heading");
    fresh.send("q");
    fresh.wait_exit(5);
}

#[test]
fn a_corrupt_state_file_is_set_aside_with_a_warning() {
    let home = fresh_home();
    let dir = home.path().join("state").join("byline");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("state.json"), "{{{ not json").unwrap();
    let mut t = Pty::spawn_in(home.path(), &[&fixture("piped.md")], 90, 20);
    t.wait_for("starting afresh", 10);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
    assert_eq!(std::fs::read_to_string(dir.join("state.json.bad")).unwrap(), "{{{ not json");
    let saved = std::fs::read_to_string(dir.join("state.json")).unwrap();
    assert!(saved.contains("piped.md"), "{saved}");
}

#[test]
fn sigterm_restores_the_terminal_modes() {
    // byline runs in the background of a shell that, once it has gone, prints the terminal's
    // modes: raw mode must be off again (icanon and echo back on).
    let cmd =
        format!("'{BIN}' --no-state '{}' & echo PID=$!; wait $!; echo CODE=$?; stty -a; sleep 1", fixture("piped.md"));
    let mut t = Pty::spawn_cmd("sh", &["-c", &cmd], 100, 24, &[]);
    t.wait_for("Piped Heading", 10);
    let pid = {
        let raw = t.raw.lock().unwrap();
        let s = String::from_utf8_lossy(&raw);
        let at = s.find("PID=").expect("the shell printed the pid");
        s[at + 4..].chars().take_while(|c| c.is_ascii_digit()).collect::<String>()
    };
    let status = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    t.wait_exit(10);
    let raw = String::from_utf8_lossy(&t.raw.lock().unwrap()).to_string();
    // The exit code a shell gives a program ended by SIGTERM: 128 + 15.
    assert!(raw.contains("CODE=143"), "{raw}");
    let modes = &raw[raw.rfind("speed").expect("stty printed the modes")..];
    assert!(modes.contains(" icanon") && !modes.contains("-icanon"), "still raw: {modes}");
    assert!(modes.contains(" echo ") && !modes.contains("-echo "), "echo off: {modes}");
    t.with_parser(|p| {
        let s = p.screen();
        assert!(!s.alternate_screen() && !s.hide_cursor());
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    });
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

#[test]
fn the_mouse_is_taken_unless_the_config_leaves_it_to_the_terminal() {
    let mut t = Pty::spawn(&[], 100, 24);
    t.wait_for("The Lighthouse Keepers", 10);
    assert_ne!(t.with_parser(|p| p.screen().mouse_protocol_mode()), vt100::MouseProtocolMode::None);
    t.send("q");
    t.wait_exit(5);
    let home = fresh_home();
    std::fs::create_dir_all(home.path().join("config/byline")).unwrap();
    std::fs::write(home.path().join("config/byline/config.toml"), "mouse = false\n").unwrap();
    let mut t = Pty::spawn_in(home.path(), &[], 100, 24);
    t.wait_for("The Lighthouse Keepers", 10);
    assert_eq!(t.with_parser(|p| p.screen().mouse_protocol_mode()), vt100::MouseProtocolMode::None);
    t.send("q");
    assert_eq!(t.wait_exit(5), 0);
}
