//! Where an article comes from: a file, standard input or a URL, read within a size limit.

use super::{from_bytes, Article, Format, LoadError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused rather than read into memory.
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// One thing the user asked to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
    Url(String),
}

impl Source {
    /// Reads a command-line argument: `-` is standard input, `http(s)://…` a URL, else a path.
    pub fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else if arg.starts_with("http://") || arg.starts_with("https://") {
            Source::Url(arg.to_string())
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// How the user named it, for messages and titles.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "standard input".to_string(),
            Source::Url(u) => u.clone(),
        }
    }

    /// The key a reading position is remembered under: a file's canonical path, a URL; none
    /// for standard input, which has no name to come back to.
    pub fn state_key(&self) -> Option<String> {
        match self {
            Source::File(p) => Some(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()).display().to_string()),
            Source::Url(u) => Some(u.clone()),
            Source::Stdin => None,
        }
    }

    /// Reads and parses the article. `format` overrides the format the name or content suggests.
    pub fn load(&self, format: Option<Format>) -> Result<Article, LoadError> {
        match self {
            Source::File(path) => {
                let bytes = read_file(path)?;
                let fallback = path.file_name().map_or_else(|| self.name(), |n| n.to_string_lossy().into_owned());
                let format = format.unwrap_or_else(|| Format::from_path(&path.to_string_lossy()));
                from_bytes(bytes, format, &fallback)
            }
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().lock().take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
                if bytes.len() as u64 > MAX_BYTES {
                    return Err(LoadError::TooLarge { bytes: bytes.len() as u64, limit: MAX_BYTES });
                }
                let format = format.unwrap_or_else(|| Format::sniff(&bytes));
                from_bytes(bytes, format, "standard input")
            }
            Source::Url(url) => super::fetch::load(url, format, super::fetch::Limits::default()),
        }
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory);
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: meta.len(), limit: MAX_BYTES });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}
