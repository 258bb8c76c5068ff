//! Plain text: blank lines separate paragraphs; the text is kept byte for byte.

use super::{Article, Block, BlockKind};

/// Reads plain text. The title is the first line when it is short enough to be a headline.
pub fn parse(text: String, fallback_title: &str) -> Article {
    let blocks = super::long_blocks::cut(&text, paragraphs(&text));
    let title = blocks
        .first()
        .map(|b| &text[b.range.clone()])
        .filter(|first| !first.contains('\n') && first.chars().count() <= 150)
        .map(|first| first.trim_start_matches('\u{feff}').trim().to_string())
        .unwrap_or_else(|| fallback_title.to_string());
    Article { title, text, blocks, byline: None, site: None, hard_breaks: false }
}

/// Splits text into paragraphs at blank lines (lines holding only white space). Verse set in
/// (see [`Verse`]) keeps its lines.
pub fn paragraphs(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    let mut verse = Verse::default();
    // Old Mac files end their lines with a carriage return alone.
    let eol = if memchr::memchr(b'\n', text.as_bytes()).is_none() && memchr::memchr(b'\r', text.as_bytes()).is_some() {
        b'\r'
    } else {
        b'\n'
    };
    let line_ends = memchr::memchr_iter(eol, text.as_bytes()).map(|i| i + 1).chain([text.len()]);
    for line_end in line_ends {
        let line = &text[pos..line_end];
        if let Some(content) = line_content(line) {
            if start.is_none() {
                verse = Verse { first_line: pos, ..Verse::default() };
            }
            start.get_or_insert(pos + content.start);
            end = pos + content.end;
            verse.line(&line[..content.start], content.len());
        } else if let Some(s) = start.take() {
            verse.push_or(s..end, &mut blocks);
        }
        pos = line_end;
    }
    if let Some(s) = start {
        verse.push_or(s..end, &mut blocks);
    }
    blocks
}

/// Verse set in among prose, as plain-text books print it: a paragraph of two lines or more,
/// every one indented and short. Its lines are kept (as preformatted text, indentation and
/// all) instead of being run together like the hard-wrapped lines of prose.
#[derive(Default)]
struct Verse {
    /// Where the paragraph's first line starts, its indentation included.
    first_line: usize,
    lines: usize,
    /// A line so far that was not indented, or too long for a line of verse.
    prose: bool,
}

/// The longest line of verse, in bytes: prose is wrapped at 70 columns or more.
const VERSE_LINE_BYTES: usize = 60;

impl Verse {
    fn line(&mut self, indent: &str, len: usize) {
        self.lines += 1;
        self.prose |= !(indent.starts_with('\t') || indent.starts_with("  ")) || len > VERSE_LINE_BYTES;
    }

    /// Pushes the paragraph `range`: as verse when it is, else as prose.
    fn push_or(&self, range: std::ops::Range<usize>, blocks: &mut Vec<Block>) {
        if self.lines >= 2 && !self.prose {
            blocks.push(Block::new(self.first_line..range.end, BlockKind::Code));
        } else {
            blocks.push(Block::new(range, BlockKind::Paragraph));
        }
    }
}

/// Where a line's text lies once white space is trimmed from both ends, or `None` for a blank
/// line. Most lines of prose start and end with a plain letter or mark: they are told by two
/// bytes, without decoding the line.
fn line_content(line: &str) -> Option<std::ops::Range<usize>> {
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    while end > 0 && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    // (A vertical tab is white space to `str::trim`, though not to `is_ascii_whitespace`.)
    let plain = |b: u8| b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b;
    if end > 0 && plain(bytes[0]) && plain(bytes[end - 1]) {
        return Some(0..end);
    }
    let content = &line[..end];
    let trimmed = content.trim();
    (!trimmed.is_empty()).then(|| {
        let start = content.len() - content.trim_start().len();
        start..start + trimmed.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|b| &text[b.range.clone()]).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(texts("One\ntwo.\n\n  \nThree.\n"), ["One\ntwo.", "Three."]);
    }

    #[test]
    fn indented_short_lines_are_verse_and_keep_their_lines() {
        let t = "He sang:\n\n    The rain it raineth\n      every day,\n\n  Only one line.\n\n  An indented first line\nand prose after it.\n";
        let b = paragraphs(t);
        let kinds: Vec<_> = b.iter().map(|b| (&t[b.range.clone()], b.kind)).collect();
        assert_eq!(kinds[1], ("    The rain it raineth\n      every day,", BlockKind::Code));
        assert_eq!(kinds[2], ("Only one line.", BlockKind::Paragraph));
        assert_eq!(kinds[3].1, BlockKind::Paragraph);
    }

    #[test]
    fn lines_ended_by_a_carriage_return_alone_make_paragraphs_too() {
        assert_eq!(texts("One\rtwo.\r\r\"Hi,\" said Ann.\r"), ["One\rtwo.", "\"Hi,\" said Ann."]);
    }

    #[test]
    fn crlf_and_indentation_are_trimmed_from_block_edges() {
        assert_eq!(texts("  Hello there \r\n\r\nBye\r\n"), ["Hello there", "Bye"]);
    }

    #[test]
    fn lines_are_trimmed_of_any_white_space_as_str_trim_does() {
        for line in [
            "a", "a\n", "  a b \r\n", "\t\n", "\r\n", "\u{a0}\n", "x\u{a0}\n", "\u{2003}é b é\u{2003}", "é\n",
            " \u{3000} \n", "\u{b}\n", "\u{b}a\u{b}", "\u{c}x\n", "\u{1f}x",
        ] {
            let content = line.trim_end_matches(['\n', '\r']);
            let expected = (!content.trim().is_empty())
                .then(|| &content[content.len() - content.trim_start().len()..content.trim_end().len()]);
            assert_eq!(line_content(line).map(|r| &line[r]), expected, "{line:?}");
        }
    }

    #[test]
    fn text_is_kept_byte_for_byte() {
        let raw = "Title\n\nBody “quoted”.\n";
        let a = parse(raw.to_string(), "x");
        assert_eq!(a.text, raw);
        assert_eq!(a.title, "Title");
    }

    #[test]
    fn a_byte_order_mark_is_kept_in_the_text_but_not_in_the_title() {
        let raw = "\u{feff}Title\n\nBody.\n";
        let a = parse(raw.to_string(), "x");
        assert_eq!(a.text, raw);
        assert_eq!(a.title, "Title");
    }

    #[test]
    fn long_first_paragraph_is_not_a_title() {
        let a = parse(format!("{}\n", "word ".repeat(60)), "fallback");
        assert_eq!(a.title, "fallback");
    }
}
