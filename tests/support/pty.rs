//! A pseudo-terminal harness: runs the built `byline` in a real pty of a chosen size, feeds
//! what it prints into a `vt100` terminal emulator and lets a test type keys and read the
//! screen — what a person would see, not the raw byte stream.

#![allow(dead_code)] // each test file uses a different part of the harness

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// What the program asked the terminal to do besides drawing.
#[derive(Default, Debug)]
pub struct Requests {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: usize,
    pub other_osc: usize,
}

impl vt100::Callbacks for Requests {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], _: &[u8]) {
        self.clipboard += 1;
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, _: &[&[u8]]) {
        self.other_osc += 1;
    }
}

pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser<Requests>>>,
    /// Every byte the program wrote, for checks on what it sent.
    pub raw: Arc<Mutex<Vec<u8>>>,
    /// The state and config directory [`Pty::spawn`] made, removed when the terminal drops.
    _home: Option<TempDir>,
}

pub const BIN: &str = env!("CARGO_BIN_EXE_byline");

/// A new, empty directory to hold one test's state and config (`XDG_STATE_HOME`,
/// `XDG_CONFIG_HOME`), so tests never touch the user's own; it is removed when it drops.
pub fn fresh_home() -> TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

impl Pty {
    /// Starts `byline ARGS` in a `cols` × `rows` terminal, with fresh state and config
    /// directories of its own.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Pty {
        let home = fresh_home();
        let mut t = Pty::spawn_in(home.path(), args, cols, rows);
        t._home = Some(home);
        t
    }

    /// Starts `byline ARGS` with its state and config under `home` (see [`fresh_home`]).
    pub fn spawn_in(home: &Path, args: &[&str], cols: u16, rows: u16) -> Pty {
        let state = home.join("state");
        let config = home.join("config");
        let env = [("XDG_STATE_HOME", state.to_str().unwrap()), ("XDG_CONFIG_HOME", config.to_str().unwrap())];
        Pty::spawn_cmd(BIN, args, cols, rows, &env)
    }

    /// Starts any program (e.g. `sh -c "… | byline"`) in the terminal, with extra environment.
    pub fn spawn_cmd(program: &str, args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
        let pair =
            native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
            Requests::default(),
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("writer");
        Pty { master: pair.master, writer, child, parser, raw, _home: None }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn with_parser<T>(&self, f: impl FnOnce(&vt100::Parser<Requests>) -> T) -> T {
        f(&self.parser.lock().unwrap())
    }

    /// Waits until the screen shows `text`; panics with the screen after `secs` seconds.
    pub fn wait_for(&self, text: &str, secs: u64) -> String {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            if Instant::now() > end {
                panic!("timed out waiting for {text:?}; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until `pred` holds for the screen.
    pub fn wait_until(&self, what: &str, secs: u64, pred: impl Fn(&str) -> bool) -> String {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            if Instant::now() > end {
                panic!("timed out waiting for {what}; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Types keys (raw bytes: "j", "\t", "\r", "\x1b[B" …), then lets the program draw.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(120));
    }

    /// Resizes the terminal. The emulator's screen changes size first: the program redraws as
    /// soon as the pty tells it, and a frame read into the old, smaller screen would be cut.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(NonZeroU16::new(rows).unwrap(), NonZeroU16::new(cols).unwrap());
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// Waits for the program to exit and returns its exit code.
    pub fn wait_exit(&mut self, secs: u64) -> u32 {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100)); // let the reader drain
                return status.exit_code();
            }
            if Instant::now() > end {
                let _ = self.child.kill();
                panic!("the program did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
