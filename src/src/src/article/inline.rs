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
    /// Every style, in the order of their discriminants.
    const ALL: [Inline; 5] = [Inline::Emphasis, Inline::Strong, Inline::Code, Inline::Link, Inline::Struck];
}

/// One set stretch of a block, in bytes from the block's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Styled {
    pub range: Range<usize>,
    pub style: Inline,
}

/// The stretches a loader has recorded so far, in bytes of its text.
///
/// A loader sometimes cuts its text back (trailing white space, a block with nothing worth
/// keeping); what was recorded past the cut is then gone. Cuts are only noted as they happen
/// and applied to each stretch when it ends and when the stretches are handed out, so that
/// neither a cut nor an end costs more than a lookup, however many stretches are recorded or
/// open (a page of a hundred thousand styled paragraphs, or of nested `<b>`).
#[derive(Debug, Default)]
pub struct Styles {
    /// For each style, where its open stretches begin and how many cuts had been made then;
    /// innermost last.
    open: [Vec<(usize, usize)>; Inline::ALL.len()],
    /// Ended stretches, each with the number of cuts made by its end.
    done: Vec<(Inline, Range<usize>, usize)>,
    cuts: Cuts,
}

impl Styles {
    /// A stretch of `style` begins at byte `at`.
    pub fn open(&mut self, style: Inline, at: usize) {
        self.open[style as usize].push((at, self.cuts.made));
    }

    /// The innermost open stretch of `style` ends at byte `at`. An end with no beginning (a
    /// stray `</b>` in Markdown's inline HTML) is ignored.
    pub fn close(&mut self, style: Inline, at: usize) {
        if let Some((start, since)) = self.open[style as usize].pop() {
            let start = start.min(self.cuts.shortest_since(since));
            self.add(style, start..at);
        }
    }

    /// A whole stretch, known at once: a code span as it is written, or one that a piece of
    /// HTML inside Markdown brought.
    pub fn add(&mut self, style: Inline, range: Range<usize>) {
        if range.start < range.end {
            self.done.push((style, range, self.cuts.made));
        }
    }

    /// The text was cut back to `len` bytes: what was recorded past that point is gone, and
    /// an open stretch goes on from the cut.
    pub fn truncate(&mut self, len: usize) {
        self.cuts.push(len);
    }

    /// Gives each block the stretches inside it, counted from its start, with white space
    /// at their ends left out (it is not drawn set, and HTML's collapsed spaces fall there).
    /// `blocks` are in text order, as the loaders write them. Stretches of one style are
    /// merged first, so the work grows with the text, however deeply the markup nests.
    pub fn attach(self, text: &str, blocks: &mut [Block]) {
        let mut by_style: [Vec<Range<usize>>; Inline::ALL.len()] = Default::default();
        for (style, range, since) in self.done {
            let kept = self.cuts.shortest_since(since);
            let range = range.start.min(kept)..range.end.min(kept);
            if range.start < range.end {
                by_style[style as usize].push(range);
            }
        }
        let mut found: Vec<(usize, Styled)> = Vec::new();
        for (style, mut ranges) in Inline::ALL.into_iter().zip(by_style) {
            ranges.sort_by_key(|r| r.start);
            for range in merged(ranges) {
                let first = blocks.partition_point(|b| b.range.end <= range.start);
                for (k, block) in blocks.iter().enumerate().skip(first).take_while(|(_, b)| b.range.start < range.end) {
                    // Never inside a character, whatever a loader recorded.
                    let start = crate::char_bounds::ceil(text, range.start.max(block.range.start));
                    let end = crate::char_bounds::floor(text, range.end.min(block.range.end));
                    if start >= end {
                        continue;
                    }
                    let piece = &text[start..end];
                    let start = start + (piece.len() - piece.trim_start().len());
                    let end = end - (piece.len() - piece.trim_end().len());
                    if start < end {
                        let at = block.range.start;
                        found.push((k, Styled { range: start - at..end - at, style }));
                    }
                }
            }
        }
        found.sort_by_key(|(k, s)| (*k, s.range.start, s.style));
        for run in found.chunk_by(|a, b| a.0 == b.0) {
            blocks[run[0].0].inline = run.iter().map(|(_, s)| s.clone()).collect();
        }
    }
}

/// The cuts made to a loader's text, kept so that the shortest made since any moment is a
/// binary search away.
#[derive(Debug, Default)]
struct Cuts {
    made: usize,
    /// The cuts that no later cut undercuts, as (number, length): lengths grow up the stack,
    /// so the first entry from a given number on is the shortest cut made since then.
    shortest: Vec<(usize, usize)>,
}

impl Cuts {
    fn push(&mut self, len: usize) {
        while self.shortest.last().is_some_and(|&(_, l)| l >= len) {
            self.shortest.pop();
        }
        self.shortest.push((self.made, len));
        self.made += 1;
    }

    /// The shortest length the text was cut to once `since` cuts had been made; no limit if
    /// none has been made since.
    fn shortest_since(&self, since: usize) -> usize {
        let k = self.shortest.partition_point(|&(n, _)| n < since);
        self.shortest.get(k).map_or(usize::MAX, |&(_, len)| len)
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
        assert_eq!(*blocks[0].inline, [Styled { range: 4..7, style: Inline::Strong }]);
        assert_eq!(*blocks[1].inline, [Styled { range: 0..5, style: Inline::Strong }]);
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
        assert_eq!(*blocks[0].inline, [Styled { range: 3..7, style: Inline::Emphasis }]);
    }

    #[test]
    fn a_later_shorter_cut_takes_what_an_earlier_one_left() {
        let mut styles = Styles::default();
        styles.add(Inline::Strong, 0..6);
        styles.open(Inline::Emphasis, 5);
        styles.truncate(5);
        styles.truncate(2);
        styles.close(Inline::Emphasis, 6);
        let text = "ab\n\ncd";
        let mut blocks = [block(0..2), block(4..6)];
        styles.attach(text, &mut blocks);
        assert_eq!(*blocks[0].inline, [Styled { range: 0..2, style: Inline::Strong }]);
        assert_eq!(*blocks[1].inline, [Styled { range: 0..2, style: Inline::Emphasis }]);
    }

    #[test]
    fn a_stray_end_is_ignored_and_ends_pair_with_their_own_style() {
        let mut styles = Styles::default();
        styles.close(Inline::Code, 1);
        styles.open(Inline::Strong, 0);
        styles.open(Inline::Emphasis, 2);
        styles.close(Inline::Strong, 4);
        styles.close(Inline::Emphasis, 6);
        let text = "abcdef";
        let mut blocks = [block(0..6)];
        styles.attach(text, &mut blocks);
        assert_eq!(
            *blocks[0].inline,
            [Styled { range: 0..4, style: Inline::Strong }, Styled { range: 2..6, style: Inline::Emphasis }]
        );
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
            *blocks[0].inline,
            [Styled { range: 2..3, style: Inline::Code }, Styled { range: 3..8, style: Inline::Link }]
        );
    }
}
