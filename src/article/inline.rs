//! How stretches of running text are set: emphasis, strong words, code, links and struck-out
//! words, which Markdown writes as `*…*`, `**…**`, `` `…` ``, `[…](…)`, `~~…~~` and HTML as
//! `<em>`, `<strong>`, `<code>`, `<a>`, `<s>`. The markup itself is never shown; the reader
//! draws the words as the writer set them.
//!
//! The loaders record each stretch in bytes of the text they write, then [`Styles::attach`]
//! hands every block its own stretches counted from the block's start, so that a block keeps
//! them wherever it is later moved (the HTML loader drops author lines and repeated images
//! after rendering).

use super::Block;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Inline {
    Emphasis,
    Strong,
    Code,
    Link,
    Struck,
}

impl Inline {
    const ALL: [Inline; 5] = [Inline::Emphasis, Inline::Strong, Inline::Code, Inline::Link, Inline::Struck];
}

/// One set stretch of a block, in bytes from the block's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Styled {
    pub range: Range<usize>,
    pub style: Inline,
}

/// The stretches a loader has recorded so far, in bytes of its text.
#[derive(Debug, Default)]
pub struct Styles {
    /// Stretches begun and not yet ended, innermost last.
    open: Vec<(Inline, usize)>,
    done: Vec<(Inline, Range<usize>)>,
}

impl Styles {
    /// A stretch of `style` begins at byte `at`.
    pub fn open(&mut self, style: Inline, at: usize) {
        self.open.push((style, at));
    }

    /// The innermost open stretch of `style` ends at byte `at`. Markup is balanced in both
    /// formats, so an end with no beginning does not happen; if it did, it is ignored.
    pub fn close(&mut self, style: Inline, at: usize) {
        if let Some(i) = self.open.iter().rposition(|(s, _)| *s == style) {
            let (_, start) = self.open.remove(i);
            self.add(style, start..at);
        }
    }

    /// A whole stretch, known at once (one that a piece of HTML inside Markdown brought).
    pub fn add(&mut self, style: Inline, range: Range<usize>) {
        if range.start < range.end {
            self.done.push((style, range));
        }
    }

    /// The text was cut back to `len` bytes (a block that held nothing worth keeping): what
    /// was recorded past that point is gone, and an open stretch goes on from the cut.
    pub fn truncate(&mut self, len: usize) {
        for (_, start) in &mut self.open {
            *start = (*start).min(len);
        }
        self.done.retain_mut(|(_, r)| {
            r.end = r.end.min(len);
            r.start < r.end
        });
    }

    /// Gives each block the stretches inside it, counted from its start, with white space
    /// at their ends left out (it is not drawn set, and HTML's collapsed spaces fall there).
    /// `blocks` are in text order, as the loaders write them. Stretches of one style are
    /// merged first, so the work grows with the text, however deeply the markup nests.
    pub fn attach(self, text: &str, blocks: &mut [Block]) {
        for style in Inline::ALL {
            let mut ranges: Vec<Range<usize>> =
                self.done.iter().filter(|(s, _)| *s == style).map(|(_, r)| r.clone()).collect();
            ranges.sort_by_key(|r| r.start);
            for range in merged(ranges) {
                let first = blocks.partition_point(|b| b.range.end <= range.start);
                for block in blocks[first..].iter_mut().take_while(|b| b.range.start < range.end) {
                    let start = range.start.max(block.range.start);
                    let end = range.end.min(block.range.end);
                    let piece = &text[start..end];
                    let start = start + (piece.len() - piece.trim_start().len());
                    let end = end - (piece.len() - piece.trim_end().len());
                    if start < end {
                        let at = block.range.start;
                        block.inline.push(Styled { range: start - at..end - at, style });
                    }
                }
            }
        }
        for block in blocks {
            block.inline.sort_by_key(|s| (s.range.start, s.style));
        }
    }
}

/// Sorted ranges with those that touch or overlap joined.
fn merged(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::BlockKind;

    fn block(range: Range<usize>) -> Block {
        Block::new(range, BlockKind::Paragraph)
    }

    #[test]
    fn a_stretch_over_two_blocks_is_cut_at_their_edges_and_counted_from_each_start() {
        let text = "one two\n\nthree four";
        let mut blocks = [block(0..7), block(9..19)];
        let mut styles = Styles::default();
        styles.open(Inline::Strong, 4);
        styles.close(Inline::Strong, 14);
        styles.attach(text, &mut blocks);
        assert_eq!(blocks[0].inline, [Styled { range: 4..7, style: Inline::Strong }]);
        assert_eq!(blocks[1].inline, [Styled { range: 0..5, style: Inline::Strong }]);
    }

    #[test]
    fn nested_stretches_of_one_style_are_one_and_spaces_at_the_ends_are_left_out() {
        let text = "a  bold  word";
        let mut blocks = [block(0..text.len())];
        let mut styles = Styles::default();
        styles.open(Inline::Emphasis, 1);
        styles.open(Inline::Emphasis, 3);
        styles.close(Inline::Emphasis, 7);
        styles.close(Inline::Emphasis, 9);
        styles.attach(text, &mut blocks);
        assert_eq!(blocks[0].inline, [Styled { range: 3..7, style: Inline::Emphasis }]);
    }

    #[test]
    fn what_was_cut_from_the_text_loses_its_stretches() {
        let mut styles = Styles::default();
        styles.add(Inline::Code, 2..5);
        styles.open(Inline::Link, 4);
        styles.truncate(3);
        styles.close(Inline::Link, 8);
        let text = "abcdefgh";
        let mut blocks = [block(0..text.len())];
        styles.attach(text, &mut blocks);
        assert_eq!(
            blocks[0].inline,
            [Styled { range: 2..3, style: Inline::Code }, Styled { range: 3..8, style: Inline::Link }]
        );
    }
}
