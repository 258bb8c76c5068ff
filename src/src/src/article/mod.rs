//! Loading: bytes from a file, standard input or the web become an [`Article`].
//!
//! This module knows formats and encodings, nothing of people or terminals. Its text is kept
//! exactly as given (a `.txt` file's text is its content, byte for byte) so that every offset
//! byline reports points into what the user has; making text safe to show is the job of
//! [`crate::sanitize`], applied when drawing.

mod block_writer;
pub mod fetch;
pub mod html;
pub mod inline;
pub mod list_marker;
pub mod list_spacing;
pub mod long_blocks;
pub mod markdown;
pub mod source;
pub mod text;

use std::fmt;
use std::ops::Range;

/// A document ready to read: its text, title and the blocks the text is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub title: String,
    pub text: String,
    /// Paragraphs, headings, list items …: in text order, never overlapping, each non-empty.
    pub blocks: Vec<Block>,
    /// The author, when the source names one.
    pub byline: Option<String>,
    /// The publication's name, when the source names one.
    pub site: Option<String>,
    /// Whether a line break inside a paragraph is one the author asked for (Markdown's hard
    /// break, HTML's `<br>`), kept on screen; in plain text it is only where the file was
    /// wrapped, and the paragraph runs on.
    pub hard_breaks: bool,
}

/// One block of text: wrapped on its own and drawn according to its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub range: Range<usize>,
    pub kind: BlockKind,
    /// No blank row after it: an item of a tight list (one whose items hold no paragraphs of
    /// their own, in CommonMark's terms) that its list goes on from, or a piece of a block too
    /// long to wrap whole that the next piece goes on from ([`long_blocks`]).
    pub tight: bool,
    /// How many block quotations a block of another kind stands in (a list or code inside
    /// `>`): it keeps their bars. A quotation's own depth is in its kind.
    pub quoted: u8,
    /// How many lists a quotation or code stands in (inside an item): it stands under the
    /// item's text. A list item's own depth is in its kind.
    pub listed: u8,
    /// Its emphasis, strong words, code, links and struck words, in bytes from its start, in
    /// order of start. (A boxed slice, not a vector: most blocks have none, and a book has
    /// tens of thousands of blocks.)
    pub inline: Box<[inline::Styled]>,
    /// How many bytes of list marker (`• `, `3. `, `c. `) its text starts with: the loader
    /// that wrote the marker says, so nothing has to guess whether `J. Smith` starts with
    /// one. Only a list item's first block has one.
    pub marker: u8,
}

impl Block {
    pub fn new(range: Range<usize>, kind: BlockKind) -> Block {
        Block { range, kind, tight: false, quoted: 0, listed: 0, inline: Box::default(), marker: 0 }
    }

    /// The block, standing in `quotes` block quotations and `lists` lists.
    pub fn within(self, quotes: u8, lists: usize) -> Block {
        let quoted = if matches!(self.kind, BlockKind::Quote { .. }) { 0 } else { quotes };
        let listed = match self.kind {
            BlockKind::Quote { .. } | BlockKind::Code => lists.min(u8::MAX as usize) as u8,
            _ => 0,
        };
        Block { quoted, listed, ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A heading of level 1 (largest) to 6.
    Heading(u8),
    /// A list item; `depth` counts from 1 for a top-level item.
    ListItem {
        depth: u8,
    },
    /// A block quotation; `depth` counts nesting from 1.
    Quote {
        depth: u8,
    },
    /// Preformatted text: its line breaks are kept.
    Code,
}

impl BlockKind {
    /// The kind a paragraph takes from the containers it stands in: a block quotation first,
    /// then a list. Markdown and HTML both nest paragraphs this way.
    pub fn contained(quote_depth: u8, list_depth: usize) -> BlockKind {
        if quote_depth > 0 {
            BlockKind::Quote { depth: quote_depth }
        } else if list_depth > 0 {
            BlockKind::ListItem { depth: list_depth.min(u8::MAX as usize) as u8 }
        } else {
            BlockKind::Paragraph
        }
    }
}

/// The formats byline reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The names a format goes by, in file extensions and after `--format`, lower case.
    const NAMES: [(&'static str, Format); 9] = [
        ("txt", Format::Text),
        ("text", Format::Text),
        ("md", Format::Markdown),
        ("markdown", Format::Markdown),
        ("mdown", Format::Markdown),
        ("mkd", Format::Markdown),
        ("html", Format::Html),
        ("htm", Format::Html),
        ("xhtml", Format::Html),
    ];

    /// The format a file name's extension tells, if it tells one.
    pub fn from_path(path: &str) -> Option<Format> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        Format::parse(&name.rsplit_once('.')?.1.to_ascii_lowercase())
    }

    /// The format of a name: `md`, `markdown`, `html` … (see [`Format::NAMES`]).
    pub fn parse(name: &str) -> Option<Format> {
        Format::NAMES.iter().find(|(n, _)| *n == name).map(|&(_, format)| format)
    }

    /// The format's name in messages: "Markdown".
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
        }
    }
}

/// Why an article could not be loaded. Each displays as one line for the user.
#[derive(Debug)]
pub enum LoadError {
    Io(std::io::Error),
    IsDirectory,
    /// No bytes but white space.
    Empty,
    /// Content that, read in this format, has no text to show (an HTML page of scripts, a
    /// Markdown file of comments): not empty, so not called so.
    NoText(Format),
    Binary,
    NotUtf8 {
        offset: usize,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Fetch(String),
    /// `-` named standard input, but it is the terminal: nothing is piped in to read.
    StdinIsTerminal,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => write!(f, "no such file"),
                std::io::ErrorKind::PermissionDenied => write!(f, "permission denied"),
                _ => write!(f, "{e}"),
            },
            LoadError::IsDirectory => write!(f, "is a directory, not an article"),
            LoadError::Empty => write!(f, "is empty: there is nothing to read"),
            LoadError::NoText(format) => write!(f, "has no readable text when read as {}", format.name()),
            LoadError::Binary => write!(f, "looks like binary data, not text"),
            LoadError::NotUtf8 { offset } => {
                write!(f, "is not UTF-8 text (invalid byte at offset {offset})")
            }
            LoadError::TooLarge { bytes, limit } => {
                write!(f, "is too large ({} MiB; byline reads at most {} MiB)", bytes >> 20, limit >> 20)
            }
            LoadError::Fetch(cause) => write!(f, "{cause}"),
            LoadError::StdinIsTerminal => write!(
                f,
                "nothing is piped in (it is the terminal); pipe a document, as in `cat FILE | byline`, or name a file"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<std::io::Error> for LoadError {
    fn from(e: std::io::Error) -> Self {
        LoadError::Io(e)
    }
}

/// Builds an article from raw bytes in the given format.
pub fn from_bytes(bytes: Vec<u8>, format: Format, fallback_title: &str) -> Result<Article, LoadError> {
    let bytes = from_utf16(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty);
    }
    let article = match format {
        Format::Html => html::parse(&bytes, fallback_title)?,
        Format::Text | Format::Markdown => {
            if looks_binary(&bytes) {
                return Err(LoadError::Binary);
            }
            let text =
                String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 { offset: e.utf8_error().valid_up_to() })?;
            match format {
                Format::Markdown => markdown::parse(&text, fallback_title),
                _ => text::parse(text, fallback_title),
            }
        }
    };
    if article.blocks.is_empty() {
        return Err(LoadError::NoText(format));
    }
    Ok(article)
}

/// A text that a byte-order mark says is UTF-16 (as Windows' Notepad may save it), as UTF-8;
/// any other bytes as they are. A unit that is no character becomes U+FFFD.
fn from_utf16(bytes: Vec<u8>) -> Vec<u8> {
    let unit: fn([u8; 2]) -> u16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => u16::from_le_bytes,
        Some([0xFE, 0xFF]) => u16::from_be_bytes,
        _ => return bytes,
    };
    let units: Vec<u16> = bytes[2..].chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units).into_bytes()
}

/// NUL bytes do not occur in text; their presence early on means an image, archive or program.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_and_format_names_are_read_from_one_table() {
        assert_eq!(Format::from_path("notes/Plan.MD"), Some(Format::Markdown));
        assert_eq!(Format::from_path("page.xhtml"), Some(Format::Html));
        assert_eq!(Format::from_path("dir.md/README"), None);
        assert_eq!(Format::from_path("archive.tar.gz"), None);
        assert_eq!(Format::parse("xhtml"), Format::from_path("a.xhtml"));
        assert_eq!(Format::parse("md"), Some(Format::Markdown));
        assert_eq!(Format::parse("pdf"), None);
    }

    #[test]
    fn a_utf16_text_with_a_byte_order_mark_is_read() {
        let text = "Ann Lee said “yes”.\n";
        for le in [true, false] {
            let mut bytes = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
            for u in text.encode_utf16() {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            assert_eq!(from_bytes(bytes, Format::Text, "x").unwrap().text, text);
        }
    }

    #[test]
    fn a_file_with_nothing_readable_in_its_format_is_not_called_empty() {
        let e = from_bytes(b"<!-- only a comment -->\n".to_vec(), Format::Markdown, "x").unwrap_err();
        assert_eq!(e.to_string(), "has no readable text when read as Markdown");
        assert_eq!(
            from_bytes(b" \n\t".to_vec(), Format::Markdown, "x").unwrap_err().to_string(),
            "is empty: there is nothing to read"
        );
    }
}
