//! Layout: an article's blocks wrapped to a width, each line knowing the byte range it shows.
//!
//! Wrapping is lazy and per block: a block is wrapped the first time a line of it is needed
//! and kept until the width changes. A position is a (block, row) pair rather than a global
//! line number, so opening, scrolling, jumping and resizing cost only what is on screen, even
//! for a book of many megabytes. (A global line index would have to wrap the whole document
//! on every resize.) Rows of a block are its wrapped lines followed by one blank separator row,
//! except after the last block and between the items of a tight list.

use crate::article::{Article, BlockKind};
use crate::sanitize::visible;
use std::cell::OnceCell;
use std::ops::Range;
use textwrap::core::Fragment;
use unicode_width::UnicodeWidthChar;

/// One wrapped line: the bytes it shows and how far it is indented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub range: Range<usize>,
    pub indent: u16,
}

/// A place in the layout: a block and a row within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub block: usize,
    pub row: usize,
}

/// What a row shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row<'a> {
    Text {
        block: usize,
        line: &'a Line,
    },
    /// The blank row between two blocks.
    Gap,
}

/// The wrapped form of one article at one width.
#[derive(Debug)]
pub struct Layout {
    width: u16,
    lines: Vec<OnceCell<Box<[Line]>>>,
}

impl Layout {
    /// A layout of `article` at `width` columns. Nothing is wrapped until it is looked at.
    pub fn new(article: &Article, width: u16) -> Layout {
        Layout { width: width.max(1), lines: (0..article.blocks.len()).map(|_| OnceCell::new()).collect() }
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    /// The wrapped lines of one block.
    pub fn lines(&self, article: &Article, block: usize) -> &[Line] {
        self.lines[block].get_or_init(|| wrap_block(article, block, self.width).into_boxed_slice())
    }

    /// A block's rows, the gap after it included (none after the last block, nor after an
    /// item of a tight list). At least one: a block that wraps to no line (only white space,
    /// which loaders trim away) still takes a row, so that moving through it always gets
    /// somewhere.
    pub fn rows(&self, article: &Article, block: usize) -> usize {
        let gap = block + 1 < article.blocks.len() && !article.blocks[block].tight;
        (self.lines(article, block).len() + usize::from(gap)).max(1)
    }

    pub fn row<'a>(&'a self, article: &Article, pos: Pos) -> Row<'a> {
        match self.lines(article, pos.block).get(pos.row) {
            Some(line) => Row::Text { block: pos.block, line },
            None => Row::Gap,
        }
    }

    /// The last row of the document.
    pub fn end(&self, article: &Article) -> Pos {
        let block = article.blocks.len().saturating_sub(1);
        if article.blocks.is_empty() {
            return Pos::default();
        }
        Pos { block, row: self.rows(article, block).saturating_sub(1) }
    }

    /// Moves `n` rows down (or up when negative), stopping at the first and last rows.
    pub fn advance(&self, article: &Article, mut pos: Pos, n: isize) -> Pos {
        if article.blocks.is_empty() {
            return pos;
        }
        let mut left = n.unsigned_abs();
        if n >= 0 {
            while left > 0 {
                let rows = self.rows(article, pos.block);
                let room = rows - 1 - pos.row.min(rows - 1);
                if left <= room {
                    pos.row += left;
                    break;
                }
                if pos.block + 1 >= article.blocks.len() {
                    pos.row = rows - 1;
                    break;
                }
                left -= room + 1;
                pos = Pos { block: pos.block + 1, row: 0 };
            }
        } else {
            while left > 0 {
                if left <= pos.row {
                    pos.row -= left;
                    break;
                }
                if pos.block == 0 {
                    pos.row = 0;
                    break;
                }
                left -= pos.row + 1;
                let block = pos.block - 1;
                pos = Pos { block, row: self.rows(article, block) - 1 };
            }
        }
        pos
    }

    /// The row that shows byte `byte` (or, for a byte between blocks, the next block's first row).
    pub fn pos_of(&self, article: &Article, byte: usize) -> Pos {
        let blocks = &article.blocks;
        if blocks.is_empty() {
            return Pos::default();
        }
        let block = blocks.partition_point(|b| b.range.end <= byte).min(blocks.len() - 1);
        let lines = self.lines(article, block);
        let row = lines.partition_point(|l| l.range.end <= byte).min(lines.len().saturating_sub(1));
        Pos { block, row }
    }

    /// The first byte a row shows; for a separator, the end of its block.
    pub fn byte_of(&self, article: &Article, pos: Pos) -> usize {
        match self.row(article, pos) {
            Row::Text { line, .. } => line.range.start,
            Row::Gap => article.blocks.get(pos.block).map_or(0, |b| b.range.end),
        }
    }
}

/// A word to wrap: its bytes in the text and its width on screen.
#[derive(Debug, Clone)]
struct Word {
    range: Range<usize>,
    width: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        1.0
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Columns a character takes once made safe to show.
pub fn char_width(c: char) -> usize {
    visible(c).width().unwrap_or(0)
}

/// The indent of a block's first line and of its later lines.
fn indents(article: &Article, block: usize) -> (u16, u16) {
    let b = &article.blocks[block];
    // The lists a quotation or code stands in, and the bars of the quotations a list or code
    // stands in, come first.
    let outer = 2 * b.listed as u16 + 2 * b.quoted as u16;
    let (first, rest) = own_indents(article, b);
    (outer.saturating_add(first), outer.saturating_add(rest))
}

/// The indents a block's kind gives it.
fn own_indents(article: &Article, b: &crate::article::Block) -> (u16, u16) {
    match b.kind {
        BlockKind::Paragraph | BlockKind::Heading(_) => (0, 0),
        BlockKind::Quote { depth } => (2 * depth as u16, 2 * depth as u16),
        BlockKind::Code => (2, 2),
        BlockKind::ListItem { depth } => {
            let base = 2 * (depth.saturating_sub(1)) as u16;
            // Later lines hang under the item's text, past its marker ("• ", "12. "); a later
            // paragraph of the item, which has no marker, stands under the text too.
            let marker = &article.text[b.range.start..b.range.start + b.marker as usize];
            if marker.is_empty() {
                return (base + 2, base + 2);
            }
            (base, base + marker.chars().count() as u16)
        }
    }
}

/// Wraps one block into lines.
fn wrap_block(article: &Article, block: usize, width: u16) -> Vec<Line> {
    let b = &article.blocks[block];
    // However deep the nesting, the text keeps half the width: indents past that would push
    // it off the screen.
    let (first_indent, rest_indent) = indents(article, block);
    let (first_indent, rest_indent) = (first_indent.min(width / 2), rest_indent.min(width / 2));
    let avail = |indent: u16| (width.saturating_sub(indent)).max(8) as usize;
    if b.kind == BlockKind::Code {
        // Preformatted: one row per source line, long lines broken where they reach the edge.
        // A line ends at `\n`, `\r\n` (Windows) or `\r` (an old Mac), which stay in the text,
        // not on screen.
        let mut lines = Vec::new();
        let text = &article.text[b.range.clone()];
        let mut start = 0;
        loop {
            let end = text[start..].find(['\n', '\r']).map_or(text.len(), |k| start + k);
            let pos = b.range.start + start;
            // A line's later rows hang past its own indentation, two columns further in, as
            // an editor's break indent shows them: under the code, and plainly not a line of
            // their own.
            let line = &text[start..end];
            let own = columns(&line[..line.len() - line.trim_start().len()]);
            let hang = first_indent + (own + HANG_COLUMNS).min(avail(first_indent) / 2) as u16;
            let range = pos..b.range.start + end;
            for (i, piece) in split_line(&article.text, range, avail(first_indent), avail(hang)).into_iter().enumerate()
            {
                lines.push(Line { range: piece.range, indent: if i == 0 { first_indent } else { hang } });
            }
            if start == end {
                lines.push(Line { range: pos..pos, indent: first_indent });
            }
            if end == text.len() {
                return lines;
            }
            start = end + if text[end..].starts_with("\r\n") { 2 } else { 1 };
        }
    }
    // A line break the author asked for starts a new line, which wraps on its own.
    let mut lines = Vec::new();
    let mut start = b.range.start;
    let text = &article.text[b.range.clone()];
    let breaks = article
        .hard_breaks
        .then(|| memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| b.range.start + i))
        .into_iter()
        .flatten();
    for end in breaks.chain([b.range.end]) {
        let first = if lines.is_empty() { first_indent } else { rest_indent };
        let words = words(&article.text, start..end, avail(rest_indent));
        let widths = [avail(first) as f64, avail(rest_indent) as f64];
        for (i, line) in textwrap::wrap_algorithms::wrap_first_fit(&words, &widths).into_iter().enumerate() {
            if let (Some(w0), Some(w1)) = (line.first(), line.last()) {
                lines.push(Line {
                    range: w0.range.start..w1.range.end,
                    indent: if i == 0 { first } else { rest_indent },
                });
            }
        }
        start = end + 1;
    }
    lines
}

/// The words of `range` (runs of non-white-space), words wider than `max` cut into pieces.
fn words(text: &str, range: Range<usize>, max: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.extend(split_long(text, range.start + s..range.start + i, max));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.extend(split_long(text, range.start + s..range.end, max));
    }
    out
}

/// Columns between tab stops, as terminals and `less` set them.
pub const TAB_STOP: usize = 8;

/// The columns a tab at column `col` of a row takes: to the next tab stop.
pub fn tab_width(col: usize) -> usize {
    TAB_STOP - col % TAB_STOP
}

/// Cuts a word into pieces no wider than `max` columns (a URL longer than the measure). (The
/// cut of every word of a text, which [`split_line`] would also make, looking for spaces a
/// word has none of: layout is a tenth slower with it.)
fn split_long(text: &str, range: Range<usize>, max: usize) -> Vec<Word> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    let mut width = 0;
    for (i, c) in text[range.clone()].char_indices() {
        // A tab (in preformatted text) reaches the next tab stop of its row.
        let w = if c == '\t' { tab_width(width) } else { char_width(c) };
        if width + w > max && width > 0 {
            pieces.push(Word { range: start..range.start + i, width });
            start = range.start + i;
            width = 0;
        }
        width += w;
    }
    if start < range.end {
        pieces.push(Word { range: start..range.end, width });
    }
    pieces
}

/// The columns `s` takes on screen from the start of a row, tabs to their stops.
fn columns(s: &str) -> usize {
    s.chars().fold(0, |w, c| w + if c == '\t' { tab_width(w) } else { char_width(c) })
}

/// How much further in than its line's own indentation a preformatted line's later rows start.
const HANG_COLUMNS: usize = 2;

/// A preformatted line (a line of verse, of code) in rows of at most `first_max` columns, then
/// `rest_max` for the rows after the first, broken after the last space that fits, where there
/// is one (`My first doth afflict` / `ion` reads worse than `My first doth` / `afflict ion`),
/// else where the edge falls.
fn split_line(text: &str, range: Range<usize>, first_max: usize, rest_max: usize) -> Vec<Word> {
    let mut max = first_max;
    let width_of = |r: Range<usize>| columns(&text[r]);
    let mut pieces = Vec::new();
    let mut start = range.start;
    let mut width = 0;
    // Just past the last space of the row so far that stands after some of its text (not in
    // the indentation).
    let mut after_space = None;
    let mut text_in_row = false;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        let w = if c == '\t' { tab_width(width) } else { char_width(c) };
        if width + w > max && width > 0 {
            let cut = after_space.filter(|_| !c.is_whitespace()).unwrap_or(at);
            pieces.push(Word { range: start..cut, width: width_of(start..cut) });
            max = rest_max;
            start = cut;
            width = width_of(cut..at);
            after_space = None;
            text_in_row = cut < at;
        }
        width += w;
        if c == ' ' && text_in_row {
            after_space = Some(at + 1);
        }
        text_in_row |= !c.is_whitespace();
    }
    if start < range.end {
        pieces.push(Word { range: start..range.end, width });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{markdown, text, Block, BlockKind};

    fn article(s: &str) -> Article {
        text::parse(s.to_string(), "t")
    }

    fn shown(a: &Article, l: &Layout) -> Vec<String> {
        let mut out = Vec::new();
        let mut pos = Pos::default();
        loop {
            out.push(match l.row(a, pos) {
                Row::Text { line, .. } => a.text[line.range.clone()].split_whitespace().collect::<Vec<_>>().join(" "),
                Row::Gap => String::new(),
            });
            let next = l.advance(a, pos, 1);
            if next == pos {
                return out;
            }
            pos = next;
        }
    }

    #[test]
    fn wraps_paragraphs_and_keeps_them_apart() {
        let a = article("one two three four five six\nseven\n\nnext paragraph");
        let l = Layout::new(&a, 10);
        assert_eq!(shown(&a, &l), ["one two", "three four", "five six", "seven", "", "next", "paragraph"]);
    }

    #[test]
    fn every_line_range_is_inside_its_block_and_in_order() {
        let a = article(&"Lorem ipsum dolor sit amet, “consectetur” adipiscing elit. ".repeat(50));
        for width in [8, 13, 40, 80] {
            let l = Layout::new(&a, width);
            let mut last = 0;
            for (bi, b) in a.blocks.iter().enumerate() {
                for line in l.lines(&a, bi) {
                    assert!(line.range.start >= b.range.start && line.range.end <= b.range.end);
                    assert!(line.range.start >= last);
                    last = line.range.end;
                    let w: usize = a.text[line.range.clone()].chars().map(char_width).sum();
                    assert!(w <= width as usize, "{w} > {width}");
                }
            }
        }
    }

    #[test]
    fn a_byte_maps_to_the_row_that_shows_it_at_any_width() {
        let a = article("alpha beta gamma delta\n\nepsilon zeta eta theta iota");
        let target = a.text.find("theta").unwrap();
        for width in [8, 12, 30] {
            let l = Layout::new(&a, width);
            let pos = l.pos_of(&a, target);
            match l.row(&a, pos) {
                Row::Text { line, .. } => assert!(line.range.contains(&target)),
                Row::Gap => panic!("gap"),
            }
        }
    }

    #[test]
    fn resize_keeps_the_same_passage_at_the_top() {
        let a = article(&"word ".repeat(400));
        let narrow = Layout::new(&a, 20);
        let top = narrow.advance(&a, Pos::default(), 30);
        let byte = narrow.byte_of(&a, top);
        let wide = Layout::new(&a, 60);
        let again = wide.pos_of(&a, byte);
        let Row::Text { line, .. } = wide.row(&a, again) else { panic!("gap") };
        assert!(line.range.contains(&byte));
    }

    #[test]
    fn a_long_line_of_verse_breaks_after_a_space_not_inside_a_word() {
        let a =
            article("He sang:\n\n    My first doth affliction denote,\n      Which my second is destin'd to feel\n");
        let rows = shown(&a, &Layout::new(&a, 24));
        assert!(rows.iter().all(|r| !r.ends_with("afflicti")), "{rows:?}");
        assert!(rows.iter().any(|r| r.trim_end().ends_with("doth")), "{rows:?}");
        // A word longer than the row is still cut where the edge falls.
        let a = article("Code:\n\n  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  b\n");
        assert!(shown(&a, &Layout::new(&a, 20)).iter().all(|r| r.chars().count() <= 20));
    }

    #[test]
    fn a_long_code_line_goes_on_past_its_own_indentation() {
        let a = markdown::parse("```\nfn main() {\n    let total = first_value + second_value;\n}\n```\n", "t");
        let l = Layout::new(&a, 30);
        let lines = l.lines(&a, 0);
        let text = |k: usize| &a.text[lines[k].range.clone()];
        assert_eq!(text(1), "    let total = first_value ");
        assert_eq!(text(2), "+ second_value;");
        // The later row starts two columns past the line's own four, under its code.
        assert_eq!(lines[2].indent, lines[1].indent + 4 + 2);
        assert!(lines.iter().all(|line| line.indent as usize
            + unicode_width::UnicodeWidthStr::width(&a.text[line.range.clone()])
            <= 30));
    }

    #[test]
    fn a_hard_break_starts_a_line_in_markdown_and_plain_text_runs_on_unless_its_lines_are_short() {
        let md = markdown::parse("Ann Lee  \n12 Quay Street  \nPortsmouth\n", "t");
        assert_eq!(shown(&md, &Layout::new(&md, 40)), ["Ann Lee", "12 Quay Street", "Portsmouth"]);
        // Plain text's lines are where the file was wrapped: they run on, unless too short for
        // that (an address, verse), when they are kept.
        let txt = article("The harbour master said that the\nboats were all in, and the\n");
        assert_eq!(
            shown(&txt, &Layout::new(&txt, 80)),
            ["The harbour master said that the boats were all in, and the"]
        );
        let txt = article("Ann Lee\n12 Quay Street\nPortsmouth\n");
        assert_eq!(shown(&txt, &Layout::new(&txt, 40)), ["Ann Lee", "12 Quay Street", "Portsmouth"]);
    }

    #[test]
    fn a_list_items_later_paragraph_stands_under_its_text() {
        let md = markdown::parse("- first para of item one\n\n  second para of item one\n- item two\n", "t");
        let l = Layout::new(&md, 40);
        let indents: Vec<u16> = (0..md.blocks.len()).map(|b| l.lines(&md, b)[0].indent).collect();
        assert_eq!(indents, [0, 2, 0]);
    }

    #[test]
    fn a_tight_lists_items_follow_each_other_with_no_blank_row() {
        let a = markdown::parse("- a\n- b\n\nc\n\n- d\n\n- e\n", "t");
        let l = Layout::new(&a, 20);
        assert_eq!(shown(&a, &l), ["• a", "• b", "", "c", "", "• d", "", "• e"]);
        assert_eq!(l.advance(&a, Pos::default(), 1), Pos { block: 1, row: 0 });
        assert_eq!(l.advance(&a, Pos { block: 1, row: 0 }, -1), Pos::default());
    }

    #[test]
    fn a_block_of_white_space_alone_still_ends() {
        let text = "\u{b}".to_string();
        let a = Article {
            title: "t".into(),
            blocks: vec![Block::new(0..text.len(), BlockKind::Paragraph)],
            text,
            byline: None,
            site: None,
            hard_breaks: false,
        };
        let l = Layout::new(&a, 10);
        assert_eq!(l.advance(&a, Pos::default(), 3), l.end(&a));
        assert_eq!(l.advance(&a, l.end(&a), 1), l.end(&a));
    }

    #[test]
    fn advance_stops_at_both_ends() {
        let a = article("a\n\nb\n\nc");
        let l = Layout::new(&a, 10);
        assert_eq!(l.advance(&a, Pos::default(), -5), Pos::default());
        assert_eq!(l.advance(&a, Pos::default(), 100), l.end(&a));
        assert_eq!(l.end(&a), Pos { block: 2, row: 0 });
        assert_eq!(l.advance(&a, l.end(&a), -2), Pos { block: 1, row: 0 });
    }

    #[test]
    fn words_wider_than_the_line_are_cut() {
        let a = article(&format!("see {} now", "x".repeat(25)));
        let l = Layout::new(&a, 10);
        assert_eq!(shown(&a, &l), ["see", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx now"]);
    }

    #[test]
    fn list_items_hang_under_their_text() {
        let a = markdown::parse("- alpha beta gamma delta epsilon\n", "t");
        let l = Layout::new(&a, 14);
        let lines = l.lines(&a, 0);
        assert_eq!(lines[0].indent, 0);
        assert_eq!(lines[1].indent, 2);
    }

    #[test]
    fn text_nested_deeper_than_the_screen_is_wide_keeps_half_the_width() {
        let a = markdown::parse(&format!("{}deep words here\n", "> ".repeat(100)), "t");
        assert_eq!(a.blocks[0].kind, BlockKind::Quote { depth: 100 });
        let l = Layout::new(&a, 40);
        assert_eq!(shown(&a, &l), ["deep words here"]);
        assert_eq!(l.lines(&a, 0)[0].indent, 20);
    }

    #[test]
    fn code_keeps_its_line_breaks() {
        let a = markdown::parse("```\nfn a() {\n\n}\n```\n", "t");
        let l = Layout::new(&a, 40);
        assert_eq!(shown(&a, &l), ["fn a() {", "", "}"]);
    }

    #[test]
    fn verse_keeps_its_lines_whatever_ends_them() {
        for end in ["\n", "\r\n", "\r"] {
            let verse =
                ["  The tide came in,", "  the gulls went out,", "  the boats lay still,", "  and nobody spoke."];
            let text = format!("Before.{end}{end}{}{end}{end}After.", verse.join(end));
            let a = text::parse(text, "t");
            let l = Layout::new(&a, 40);
            assert_eq!(shown(&a, &l)[2..6], verse.map(|v| v.trim().to_string()), "{end:?}");
        }
    }

    #[test]
    fn wide_characters_count_double() {
        let a = article("漢字漢字漢字 漢字");
        let l = Layout::new(&a, 12);
        assert_eq!(l.lines(&a, 0).len(), 2);
    }
}
