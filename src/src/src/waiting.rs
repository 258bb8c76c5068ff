//! A line on standard error while byline waits for an article slow to come: a pipe whose
//! writer has not finished (`(sleep 5; cat a.txt) | byline`), a server slow to answer.
//! Without it the terminal stays blank and byline looks hung.
//!
//! The line shows only after a moment, so a quick load shows nothing. It ends in no newline
//! and is wiped when the wait ends: before the reader opens (else it would be back under the
//! shell's prompt when the reader leaves its alternate screen), and before any error or JSON
//! is written. It is cut to the terminal's width, since the wipe clears one row.
//!
//! Ctrl-C during the wait is the terminal's default: byline has changed no terminal mode yet,
//! and ends as any interrupted command does (status 130 in the shell).

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;
use unicode_width::UnicodeWidthChar;

/// How long a load may take before the notice shows: longer than a file or a quick pipe
/// takes, shorter than a person waits before wondering.
pub const DELAY: Duration = Duration::from_millis(400);

/// What follows the name of what byline waits for.
const HINT: &str = "… (Ctrl-C to stop)";

/// The notice of one wait: the wait ends when it drops.
pub struct Notice {
    shared: Arc<(Mutex<State>, Condvar)>,
}

struct State {
    over: bool,
    shown: bool,
    out: Box<dyn Write + Send>,
}

impl Notice {
    /// Tells of `what` ("reading standard input") on standard error after [`DELAY`], when
    /// standard error is a terminal; a script or a log is told nothing.
    pub fn on_stderr(what: &str) -> Option<Notice> {
        let stderr = std::io::stderr();
        if !stderr.is_terminal() {
            return None;
        }
        let columns = crossterm::terminal::size().map_or(usize::MAX, |(columns, _)| usize::from(columns));
        // A file's name may hold escape sequences; they are shown, not sent.
        Some(Notice::after(DELAY, line(&crate::sanitize::clean(what), columns), stderr))
    }

    /// Writes `line` to `out` after `delay`, unless the notice has dropped by then.
    pub fn after(delay: Duration, line: String, out: impl Write + Send + 'static) -> Notice {
        let state = State { over: false, shown: false, out: Box::new(out) };
        let shared = Arc::new((Mutex::new(state), Condvar::new()));
        let waiter = Arc::clone(&shared);
        std::thread::spawn(move || {
            let (state, wake) = &*waiter;
            let state = state.lock().unwrap_or_else(PoisonError::into_inner);
            let waited = wake.wait_timeout_while(state, delay, |s| !s.over);
            let (mut state, _) = waited.unwrap_or_else(PoisonError::into_inner);
            if !state.over {
                let written = write!(state.out, "{line}").and_then(|()| state.out.flush());
                state.shown = written.is_ok();
            }
        });
        Notice { shared }
    }
}

impl Drop for Notice {
    /// Ends the wait: the line is not written from now on, and wiped if it was.
    fn drop(&mut self) {
        let (state, wake) = &*self.shared;
        let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
        state.over = true;
        if state.shown {
            let _ = write!(state.out, "\r\x1b[K").and_then(|()| state.out.flush());
        }
        wake.notify_one();
    }
}

/// The notice's line for a terminal `columns` wide: `what` is cut short before the hint is
/// (on all but the narrowest terminals), and the whole leaves the last column free, so that
/// it fills one row at most.
fn line(what: &str, columns: usize) -> String {
    let room = columns.saturating_sub(1);
    let fixed = "byline: ".len() + HINT.chars().count();
    let what = if room > fixed { clip(what, room - fixed) } else { what };
    let line = format!("byline: {what}{HINT}");
    clip(&line, room).to_string()
}

/// The longest start of `s` no wider than `columns`.
fn clip(s: &str, columns: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += c.width().unwrap_or(0);
        if used > columns {
            return &s[..i];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// A writer whose bytes the test reads while the notice's thread holds it.
    #[derive(Clone, Default)]
    struct Written(Arc<Mutex<Vec<u8>>>);

    impl Write for Written {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Written {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn a_wait_shorter_than_the_delay_shows_nothing() {
        let out = Written::default();
        drop(Notice::after(Duration::from_millis(50), "waiting".into(), out.clone()));
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(out.text(), "");
    }

    #[test]
    fn a_long_wait_shows_the_line_and_its_end_wipes_it() {
        let out = Written::default();
        let notice = Notice::after(Duration::from_millis(10), "waiting".into(), out.clone());
        let end = Instant::now() + Duration::from_secs(5);
        while out.text().is_empty() && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(out.text(), "waiting");
        drop(notice);
        assert_eq!(out.text(), "waiting\r\x1b[K");
    }

    #[test]
    fn the_line_fits_one_row_and_keeps_its_hint_while_it_can() {
        assert_eq!(line("reading standard input", 80), "byline: reading standard input… (Ctrl-C to stop)");
        let long = line("fetching https://example.com/news/2024/a-very-long-story-slug", 60);
        assert_eq!(long, "byline: fetching https://example.com/news… (Ctrl-C to stop)");
        assert_eq!(long.chars().count(), 59);
        assert_eq!(line("reading standard input", 12), "byline: rea");
        assert_eq!(line("reading standard input", 30), "byline: rea… (Ctrl-C to stop)");
        assert_eq!(clip("日本語", 5), "日本");
    }
}
