//! Where an article comes from: a file, standard input or a URL, read within a size limit.

use super::{fetch, from_bytes, Article, Format, LoadError};
use std::io::{IsTerminal, Read};
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
                // A name with no known extension (`README`, `page`) is read by its content.
                let format =
                    format.or_else(|| Format::from_path(&path.to_string_lossy())).unwrap_or_else(|| sniff(&bytes));
                from_bytes(bytes, format, &fallback)
            }
            Source::Stdin => {
                if std::io::stdin().is_terminal() {
                    return Err(LoadError::StdinIsTerminal);
                }
                let mut bytes = Vec::new();
                std::io::stdin().lock().take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
                if bytes.len() as u64 > MAX_BYTES {
                    return Err(LoadError::TooLarge { bytes: bytes.len() as u64, limit: MAX_BYTES });
                }
                let format = format.unwrap_or_else(|| sniff(&bytes));
                from_bytes(bytes, format, "standard input")
            }
            Source::Url(url) => fetch::load(url, format, &fetch::Limits::default()),
        }
    }
}

/// The format of content with no name to go by (piped, a file with no known extension, a
/// URL the server says nothing useful of). Pages fetched by `curl` do not always start with a
/// doctype, and Markdown read as plain text would show its markup, so both are recognised by
/// their first lines.
pub(super) fn sniff(bytes: &[u8]) -> Format {
    if starts_as_html(bytes) {
        return Format::Html;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<')
        && ["<html", "<head", "<body", "<meta", "<title", "<p>", "<div", "<article"].iter().any(|t| head.contains(t))
    {
        return Format::Html;
    }
    let markdown_line = |line: &str| {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
            || line.starts_with("```")
            || line.starts_with("~~~")
    };
    if head.lines().any(markdown_line) || head.contains("](http") {
        return Format::Markdown;
    }
    Format::Text
}

/// Whether content starts as an HTML page does (a doctype, `<html>`).
fn starts_as_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = String::from_utf8_lossy(head).trim_start().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_pages_are_html_with_or_without_a_doctype() {
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(sniff(b"\n  <head><title>t</title></head>"), Format::Html);
        assert_eq!(sniff(b"<x> is how you write a tag"), Format::Text);
    }

    #[test]
    fn piped_markdown_is_recognised_by_headings_fences_and_links() {
        assert_eq!(sniff(b"# Title\n\nText"), Format::Markdown);
        assert_eq!(sniff(b"Intro\n```\ncode\n```"), Format::Markdown);
        assert_eq!(sniff(b"See [this](https://x.org)."), Format::Markdown);
        assert_eq!(sniff(b"#hashtag and plain words"), Format::Text);
        assert_eq!(sniff(b"Just a letter.\n\nYours, Ann"), Format::Text);
    }
}
