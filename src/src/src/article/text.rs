//! Plain text: blank lines separate paragraphs; the text is kept byte for byte.

use super::{Article, Block, BlockKind};

/// Reads plain text. The title is the first line when it is short enough to be a headline.
pub fn parse(text: String, fallback_title: &str) -> Article {
    let blocks = super::long_blocks::cut(&text, paragraphs(&text));
    // (A line of a paragraph whose lines are kept is no title: the paragraph goes on.)
    let title = blocks
        .first()
        .filter(|b| !b.tight)
        .map(|b| &text[b.range.clone()])
        .filter(|first| !first.contains('\n') && first.chars().count() <= 150)
        .map(|first| first.trim_start_matches('\u{feff}').trim().to_string())
        .unwrap_or_else(|| fallback_title.to_string());
    Article { title, text, blocks, byline: None, site: None, hard_breaks: false }
}

/// Splits text into paragraphs at blank lines (lines holding only white space). A paragraph
/// whose lines are not the hard-wrapped lines of prose keeps them (see [`Lines`]).
pub fn paragraphs(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    let mut lines = Lines::default();
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
                lines.start(pos);
            }
            start.get_or_insert(pos + content.start);
            end = pos + content.end;
            lines.line(&line[..content.start], pos + content.start..pos + content.end);
        } else if let Some(s) = start.take() {
            lines.push(text, s..end, &mut blocks);
        }
        pos = line_end;
    }
    if let Some(s) = start {
        lines.push(text, s..end, &mut blocks);
    }
    blocks
}

/// The lines of a paragraph of plain text, read to tell whether they are the hard-wrapped
/// lines of prose, run together on screen, or lines of their own that are kept:
/// - verse set in among prose, as plain-text books print it (every line indented and short),
///   and a table whose columns a tab parts (on every line), are kept as preformatted text,
///   indentation and tabs and all;
/// - a list of two items or more, each line after the first opening an item with a marker
///   (`- `, `* `, `• `, `3. `, `b) `) or going on with one, indented: an item a block, its
///   marker hanging;
/// - three lines or more too short to be wrapped prose, most of them opening with a capital
///   (verse, an address), are kept as a block a line, each wrapped on its own.
#[derive(Default)]
struct Lines {
    /// Where the paragraph's first line starts, its indentation included.
    first_line: usize,
    /// Each line's text, trimmed, in bytes of the whole text, and whether it is indented.
    /// (Kept between paragraphs, so a book's thousands of paragraphs allocate it once.)
    lines: Vec<(std::ops::Range<usize>, bool)>,
    /// A line so far that was not indented, or too long for a line of verse.
    prose: bool,
}

/// The longest line of verse, in bytes: prose is wrapped at 70 columns or more.
const VERSE_LINE_BYTES: usize = 60;

/// The longest line of a paragraph whose lines are kept without being indented, in bytes:
/// short enough that few files are wrapped so narrow.
const SHORT_LINE_BYTES: usize = 40;

impl Lines {
    fn start(&mut self, first_line: usize) {
        self.first_line = first_line;
        self.lines.clear();
        self.prose = false;
    }

    fn line(&mut self, indent: &str, content: std::ops::Range<usize>) {
        let indented = indent.starts_with('\t') || indent.starts_with("  ");
        self.prose |= !indented || content.len() > VERSE_LINE_BYTES;
        self.lines.push((content, indented));
    }

    /// Pushes the paragraph `range`: as preformatted text, as a list, as a block a line, or
    /// as prose.
    fn push(&self, text: &str, range: std::ops::Range<usize>, blocks: &mut Vec<Block>) {
        let line = |r: &std::ops::Range<usize>| &text[r.clone()];
        let several = self.lines.len() >= 2;
        let tabbed = || self.lines.iter().all(|(r, _)| line(r).contains('\t'));
        if several && (!self.prose || tabbed()) {
            blocks.push(Block::new(self.first_line..range.end, BlockKind::Code));
            return;
        }
        if self.push_list(text, blocks) {
            return;
        }
        // Wrapped prose goes on in lower case; verse and addresses open their lines with capitals.
        let short = self.lines.len() >= 3
            && self.lines.iter().all(|(r, _)| r.len() <= SHORT_LINE_BYTES)
            && self.lines[1..].iter().filter(|(r, _)| line(r).starts_with(char::is_lowercase)).count() * 2
                < self.lines.len() - 1;
        if short {
            let last = self.lines.len() - 1;
            blocks.extend(
                self.lines
                    .iter()
                    .enumerate()
                    .map(|(k, (r, _))| Block { tight: k < last, ..Block::new(r.clone(), BlockKind::Paragraph) }),
            );
            return;
        }
        blocks.push(Block::new(range, BlockKind::Paragraph));
    }

    /// Pushes the paragraph as a list, when it is one (see [`Lines`]): a first line that opens
    /// no item stands before the list, as its heading.
    fn push_list(&self, text: &str, blocks: &mut Vec<Block>) -> bool {
        let marker = |r: &std::ops::Range<usize>| list_marker(&text[r.clone()]);
        let heading = usize::from(marker(&self.lines[0].0).is_none());
        let items = self.lines.iter().filter(|(r, _)| marker(r).is_some()).count();
        // Every line after an item's opens an item or, indented, goes on with one.
        let shaped = self.lines[heading..].iter().all(|(r, indented)| marker(r).is_some() || *indented);
        if items < 2 || !shaped {
            return false;
        }
        if heading == 1 {
            blocks.push(Block { tight: true, ..Block::new(self.lines[0].0.clone(), BlockKind::Paragraph) });
        }
        let first = blocks.len();
        for (r, _) in &self.lines[heading..] {
            match marker(r) {
                Some(len) => blocks.push(Block {
                    tight: true,
                    marker: u8::try_from(len).unwrap_or(u8::MAX),
                    ..Block::new(r.clone(), BlockKind::ListItem { depth: 1 })
                }),
                None => {
                    if let Some(item) = blocks[first..].last_mut() {
                        item.range.end = r.end;
                    }
                }
            }
        }
        if let Some(last) = blocks.last_mut() {
            last.tight = false;
        }
        true
    }
}

/// The length in bytes of the list item's marker a line opens with, its space included: `- `,
/// `* `, `+ `, `• `, a number of up to three digits with `.` or `)` (`3. `, `12) `), or a
/// letter with `)` (`b) `; not `A. ` of `A. Smith`, an initial).
fn list_marker(line: &str) -> Option<usize> {
    let mut chars = line.chars();
    let first = chars.next()?;
    if matches!(first, '-' | '*' | '+' | '•' | '◦' | '‣' | '▪') {
        return (chars.next() == Some(' ')).then(|| first.len_utf8() + 1);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = |k: usize| line.get(k..).unwrap_or("");
    if (1..=3).contains(&digits) {
        return (rest(digits).starts_with(". ") || rest(digits).starts_with(") ")).then_some(digits + 2);
    }
    (first.is_ascii_alphabetic() && rest(1).starts_with(") ")).then_some(3)
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
    fn lists_tables_and_short_lines_keep_their_lines() {
        let t = "Shopping list:\n- eggs\n- milk\n\nRoses are red,\n  Violets are blue,\nSugar is sweet.\n\n\
                 Name\tAge\nBob\t42\n\nSteps:\n1. Open it.\n2) Shut it.\n";
        let b = paragraphs(t);
        let shown: Vec<(&str, BlockKind, bool)> = b.iter().map(|b| (&t[b.range.clone()], b.kind, b.tight)).collect();
        let (p, item) = (BlockKind::Paragraph, BlockKind::ListItem { depth: 1 });
        assert_eq!(
            shown,
            [
                ("Shopping list:", p, true),
                ("- eggs", item, true),
                ("- milk", item, false),
                ("Roses are red,", p, true),
                ("Violets are blue,", p, true),
                ("Sugar is sweet.", p, false),
                ("Name\tAge\nBob\t42", BlockKind::Code, false),
                ("Steps:", p, true),
                ("1. Open it.", item, true),
                ("2) Shut it.", item, false),
            ]
        );
        // The marker hangs: the item's later lines stand under its text.
        let markers: Vec<u8> = b.iter().filter(|b| b.kind == item).map(|b| b.marker).collect();
        assert_eq!(markers, [2, 2, 3, 3]);
    }

    #[test]
    fn a_list_items_indented_line_goes_on_with_it() {
        let t = "To pack:\n- the tent, the poles and the pegs, which are\n  behind the bicycles\n- sleeping bags\n";
        assert_eq!(
            texts(t),
            ["To pack:", "- the tent, the poles and the pegs, which are\n  behind the bicycles", "- sleeping bags"]
        );
    }

    #[test]
    fn prose_that_only_looks_like_a_list_or_verse_runs_on() {
        // One line that opens like an item is no list; short lines that go on in lower case
        // are prose wrapped narrow.
        for t in [
            "He counted slowly from one up to\n10. Then he opened his eyes.\n",
            "She said she would never\n- and she meant it.\n",
            "This text was wrapped at a narrow\nwidth of about forty columns by an\neditor that liked short lines.\n",
        ] {
            assert_eq!(texts(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn wrapped_prose_and_initials_run_on() {
        let prose = "It was a bright cold day in April, and the clocks\nwere striking thirteen. Winston Smith, his chin\nnuzzled into his breast, slipped quickly through.\n";
        assert_eq!(texts(prose).len(), 1);
        // `A. Smith` opens with an initial, not a marker; two short lines may end a paragraph.
        let initials = "The papers were signed this morning by both\nA. Smith and the other partner of the old firm,\nB. Jones, who came up from town.\n";
        assert_eq!(texts(initials).len(), 1);
        assert_eq!(texts("One\ntwo.\n").len(), 1);
    }

    #[test]
    fn a_paragraph_whose_lines_are_kept_gives_no_title() {
        let a = parse("Roses are red,\nViolets are blue,\nSugar is sweet.\n".to_string(), "poem");
        assert_eq!(a.title, "poem");
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
