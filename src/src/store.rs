//! Remembering where the reader was: one entry per article, keyed by where it came from (a
//! canonical path, a URL) and a hash of its text, saved on quit and restored on open.
//!
//! The state file is JSON in the platform's state directory (`$XDG_STATE_HOME/byline` on
//! Linux). Writers take an exclusive lock on a lock file beside it, read the current entries,
//! merge their own, write a temporary file and rename it over the old one: two readers closing
//! at once both keep their entries, and a crash mid-write leaves the old file whole. A file that
//! cannot be parsed is renamed to `state.json.bad` before anything new is written.

use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Entries beyond this many, the least recently saved are dropped.
const MAX_ENTRIES: usize = 1000;
/// How much of the paragraph at the top is kept to find the place again in a changed file.
const ANCHOR_BYTES: usize = 80;

/// The reader's place in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The canonical path or URL the article came from.
    pub key: String,
    /// A hash of the article's text, to tell an unchanged file from an edited one.
    pub hash: String,
    /// The byte at the top of the reading pane.
    pub byte: usize,
    /// The text's length then, to keep the same share of the way through if all else fails.
    #[serde(default)]
    pub len: usize,
    /// The start of the paragraph at the top, to find it again if the text changed.
    pub anchor: String,
    /// The person last selected in the sidebar, by name.
    #[serde(default)]
    pub person: Option<String>,
    /// The quote last selected in the sidebar.
    #[serde(default)]
    pub quote: usize,
    /// Seconds since the Unix epoch when it was saved.
    pub saved: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct StateFile {
    entries: Vec<Entry>,
}

/// The state file and its lock.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store in the platform's state directory, if there is one.
    pub fn open_default() -> Option<Store> {
        let dirs = directories::ProjectDirs::from("", "", "byline")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(Store::at(dir))
    }

    pub fn at(dir: &Path) -> Store {
        Store { dir: dir.to_path_buf() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    fn bad_path(&self) -> PathBuf {
        self.dir.join("state.json.bad")
    }

    /// Reads every entry. A missing file is an empty store; an unreadable one is set aside as
    /// `state.json.bad` and reported as a one-line warning, and the store starts empty.
    pub fn load(&self) -> (Vec<Entry>, Option<String>) {
        match self.read() {
            Ok(entries) => (entries, None),
            Err(cause) => {
                let kept = fs::rename(self.path(), self.bad_path()).is_ok();
                let note = if kept { format!(" (kept as {})", self.bad_path().display()) } else { String::new() };
                (
                    Vec::new(),
                    Some(format!(
                        "the saved state in {} is unreadable: {cause}; starting afresh{note}",
                        self.path().display()
                    )),
                )
            }
        }
    }

    /// The entries of the file, or why it cannot be read. A missing file has no entries.
    fn read(&self) -> Result<Vec<Entry>, String> {
        let bytes = match fs::read(self.path()) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e.to_string()),
        };
        serde_json::from_slice::<StateFile>(&bytes).map(|f| f.entries).map_err(|e| e.to_string())
    }

    /// Merges `ours` into the file: each replaces the entry with the same key.
    pub fn save(&self, ours: &[Entry]) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let lock = OpenOptions::new().create(true).truncate(false).write(true).open(self.dir.join("state.lock"))?;
        lock.lock()?;
        let mut entries = match self.read() {
            Ok(e) => e,
            Err(_) => {
                // Someone's file we cannot read: set it aside rather than overwrite it.
                let _ = fs::rename(self.path(), self.bad_path());
                Vec::new()
            }
        };
        entries.retain(|e| !ours.iter().any(|o| o.key == e.key));
        entries.extend(ours.iter().cloned());
        entries.sort_by_key(|e| std::cmp::Reverse(e.saved));
        entries.truncate(MAX_ENTRIES);
        let tmp = self.dir.join(format!("state.json.{}.tmp", std::process::id()));
        let mut file = File::create(&tmp)?;
        file.write_all(serde_json::to_string_pretty(&StateFile { entries })?.as_bytes())?;
        file.sync_all()?;
        fs::rename(&tmp, self.path())?;
        lock.unlock()
    }
}

/// FNV-1a, 64 bits: stable across Rust versions and machines (unlike `DefaultHasher`), and
/// fast enough to hash a book at start-up.
pub fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The anchor kept for a place: the start of the paragraph at `block_start`.
pub fn anchor(text: &str, block_start: usize) -> String {
    let end = crate::char_bounds::floor(text, block_start + ANCHOR_BYTES);
    text[block_start..end].to_string()
}

/// Where to put the top of the reading pane for a saved entry, in `text` as it is now: the same
/// byte if the text is unchanged; else the occurrence of the saved paragraph nearest to where it
/// was; else the same share of the way through the text.
pub fn restore_byte(entry: &Entry, text: &str) -> usize {
    if entry.hash == hash(text) {
        return entry.byte.min(text.len());
    }
    if !entry.anchor.is_empty() {
        let nearest = text.match_indices(entry.anchor.as_str()).map(|(i, _)| i).min_by_key(|&i| i.abs_diff(entry.byte));
        if let Some(i) = nearest {
            return i;
        }
    }
    let guess = match entry.len {
        0 => entry.byte,
        old => (entry.byte as u128 * text.len() as u128 / old as u128) as usize,
    };
    crate::char_bounds::floor(text, guess)
}

pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory that does not exist yet, inside one that is removed when the test ends.
    fn temp_dir() -> (tempfile::TempDir, PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let d = root.path().join("state");
        (root, d)
    }

    fn entry(key: &str, byte: usize) -> Entry {
        Entry {
            key: key.into(),
            hash: hash("x"),
            byte,
            len: 100,
            anchor: String::new(),
            person: None,
            quote: 0,
            saved: now(),
        }
    }

    #[test]
    fn saves_and_loads() {
        let (_root, dir) = temp_dir();
        let s = Store::at(&dir);
        s.save(&[entry("/a", 10), entry("/b", 20)]).unwrap();
        s.save(&[entry("/a", 30)]).unwrap();
        let (mut got, warning) = s.load();
        got.sort_by(|a, b| a.key.cmp(&b.key));
        assert!(warning.is_none());
        assert_eq!(got.iter().map(|e| (e.key.as_str(), e.byte)).collect::<Vec<_>>(), [("/a", 30), ("/b", 20)]);
    }

    #[test]
    fn a_corrupt_file_is_set_aside_with_a_warning() {
        let (_root, dir) = temp_dir();
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("state.json"), "{ not json").unwrap();
        let s = Store::at(&dir);
        let (entries, warning) = s.load();
        assert!(entries.is_empty());
        let warning = warning.unwrap();
        assert!(warning.contains("unreadable") && !warning.contains('\n'), "{warning}");
        assert_eq!(fs::read_to_string(dir.join("state.json.bad")).unwrap(), "{ not json");
        s.save(&[entry("/a", 1)]).unwrap();
        assert_eq!(fs::read_to_string(dir.join("state.json.bad")).unwrap(), "{ not json");
    }

    #[test]
    fn saving_over_a_corrupt_file_keeps_it_aside() {
        let (_root, dir) = temp_dir();
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("state.json"), "garbage").unwrap();
        Store::at(&dir).save(&[entry("/a", 1)]).unwrap();
        assert_eq!(fs::read_to_string(dir.join("state.json.bad")).unwrap(), "garbage");
        assert_eq!(Store::at(&dir).load().0.len(), 1);
    }

    #[test]
    fn concurrent_writers_keep_each_others_entries() {
        let (_root, dir) = temp_dir();
        let handles: Vec<_> = (0..16)
            .map(|i| {
                let s = Store::at(&dir);
                std::thread::spawn(move || s.save(&[entry(&format!("/doc{i}"), i)]).unwrap())
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(Store::at(&dir).load().0.len(), 16);
    }

    #[test]
    fn unchanged_text_restores_the_same_byte() {
        let text = "one\n\ntwo\n\nthree";
        let e = Entry { hash: hash(text), byte: 5, ..entry("/a", 5) };
        assert_eq!(restore_byte(&e, text), 5);
    }

    #[test]
    fn changed_text_falls_back_to_the_same_paragraph() {
        let old = "Intro.\n\nThe second paragraph starts here.\n\nEnd.";
        let byte = old.find("The second").unwrap();
        let e = Entry { hash: hash(old), byte, len: old.len(), anchor: anchor(old, byte), ..entry("/a", byte) };
        let new = "A new first paragraph was added.\n\nIntro.\n\nThe second paragraph starts here.\n\nEnd.";
        assert_eq!(restore_byte(&e, new), new.find("The second").unwrap());
        let gone = "Everything was rewritten.";
        assert!(restore_byte(&e, gone) <= gone.len());
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_ne!(hash("a"), hash("b"));
    }
}
