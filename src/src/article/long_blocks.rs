//! Blocks too long to wrap at a keystroke's cost are cut into pieces that follow each other
//! with no blank row, so the text still reads as one paragraph. A file with no blank line at
//! all, a Markdown paragraph of a whole book or a page that is one `<p>` would otherwise be
//! wrapped whole on opening, on every resize and on every jump into it.

use super::inline::Styled;
use super::Block;
use crate::char_bounds::floor;
use std::ops::Range;

/// The longest block, in bytes: a few screens of text, wrapped in well under a millisecond.
pub const MAX_BLOCK: usize = 16 * 1024;

/// `blocks` with every block longer than [`MAX_BLOCK`] cut into pieces of its kind: prose at
/// the last white space before the limit, preformatted text at the last line break (so its
/// lines stay whole), and a word or line longer than the limit where the limit falls. Each
/// piece keeps the set words that lie in it.
pub fn cut(text: &str, blocks: Vec<Block>) -> Vec<Block> {
    if blocks.iter().all(|b| b.range.len() <= MAX_BLOCK) {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len() + text.len() / MAX_BLOCK);
    for block in blocks {
        if block.range.len() <= MAX_BLOCK {
            out.push(block);
            continue;
        }
        let pieces = piece_ranges(text, &block);
        let first = out.len();
        let last = pieces.len() - 1;
        for (i, range) in pieces.into_iter().enumerate() {
            // All but the last run on into the next piece; the last keeps the block's spacing.
            let tight = i < last || block.tight;
            // Field by field: a copy of the block would copy its set words into every piece.
            let Block { kind, quoted, listed, .. } = block;
            let marker = if i == 0 { block.marker } else { 0 };
            out.push(Block { range, kind, tight, quoted, listed, inline: Box::default(), marker });
        }
        share_styles(&block, &mut out[first..]);
    }
    out
}

fn piece_ranges(text: &str, block: &Block) -> Vec<Range<usize>> {
    let code = block.kind == super::BlockKind::Code;
    let mut pieces = Vec::new();
    let mut range = block.range.clone();
    while range.len() > MAX_BLOCK {
        let head = &text[range.start..floor(text, range.start + MAX_BLOCK)];
        // A line ends at `\n`, `\r\n` or `\r`: cut before the whole of it.
        let at = if code {
            head.rfind(['\n', '\r']).map(|at| at - usize::from(head[..at].ends_with('\r')))
        } else {
            head.rfind(char::is_whitespace)
        };
        let cut = range.start + at.filter(|&at| at > 0).unwrap_or(head.len());
        pieces.push(range.start..cut);
        let rest = &text[cut..range.end];
        // The next piece starts at its first word; in preformatted text, just past the line
        // break, its indent kept.
        let skip = if !code {
            rest.len() - rest.trim_start().len()
        } else if rest.starts_with("\r\n") {
            2
        } else {
            usize::from(rest.starts_with(['\n', '\r']))
        };
        range.start = cut + skip;
    }
    if range.start < range.end {
        pieces.push(range);
    }
    pieces
}

/// Gives each piece the parts of the block's set stretches inside it, counted from its start.
fn share_styles(block: &Block, pieces: &mut [Block]) {
    let mut shares: Vec<Vec<Styled>> = vec![Vec::new(); pieces.len()];
    for styled in &block.inline {
        let start = block.range.start + styled.range.start;
        let end = block.range.start + styled.range.end;
        let first = pieces.partition_point(|p| p.range.end <= start);
        for (k, piece) in pieces.iter().enumerate().skip(first).take_while(|(_, p)| p.range.start < end) {
            let (from, to) = (start.max(piece.range.start), end.min(piece.range.end));
            if from < to {
                let at = piece.range.start;
                shares[k].push(Styled { range: from - at..to - at, style: styled.style });
            }
        }
    }
    for (piece, share) in pieces.iter_mut().zip(shares) {
        piece.inline = share.into_boxed_slice();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::inline::Inline;
    use crate::article::BlockKind;

    #[test]
    fn a_huge_paragraph_is_cut_at_spaces_into_pieces_that_run_on() {
        let text = "abc ".repeat(20_000);
        let text = text.trim_end();
        let blocks = cut(text, vec![Block::new(0..text.len(), BlockKind::Paragraph)]);
        assert!(blocks.len() > 1);
        for (i, b) in blocks.iter().enumerate() {
            assert!(b.range.len() <= MAX_BLOCK);
            assert!(text[b.range.clone()].starts_with("abc") && text[b.range.clone()].ends_with("abc"));
            assert_eq!(b.tight, i + 1 < blocks.len(), "only the last piece is followed by a blank row");
        }
        let words: usize = blocks.iter().map(|b| text[b.range.clone()].split(' ').count()).sum();
        assert_eq!(words, 20_000);
    }

    #[test]
    fn preformatted_text_is_cut_between_lines_and_keeps_its_indents() {
        let text = "    indented line\n".repeat(2_000);
        let blocks = cut(&text, vec![Block::new(0..text.len() - 1, BlockKind::Code)]);
        assert!(blocks.len() > 1);
        for b in &blocks {
            assert!(text[b.range.clone()].starts_with("    indented") && text[b.range.clone()].ends_with("line"));
        }
    }

    #[test]
    fn preformatted_text_is_cut_before_a_whole_line_break_of_any_kind() {
        for end in ["\r\n", "\r", "\n"] {
            let text = format!("  a line of verse{end}").repeat(2_000);
            let blocks = cut(&text, vec![Block::new(0..text.len() - end.len(), BlockKind::Code)]);
            assert!(blocks.len() > 1);
            for b in &blocks {
                let piece = &text[b.range.clone()];
                assert!(piece.starts_with("  a line") && piece.ends_with("verse"), "{end:?}: {piece:?}");
            }
        }
    }

    #[test]
    fn a_set_stretch_over_a_cut_is_shared_by_both_pieces() {
        let text = format!("{} bold words {}", "a ".repeat(MAX_BLOCK / 2 - 3), "b ".repeat(MAX_BLOCK / 4));
        let text = text.trim_end();
        let bold = text.find("bold").unwrap()..text.find(" b ").unwrap();
        let mut block = Block::new(0..text.len(), BlockKind::Paragraph);
        block.inline = Box::new([Styled { range: bold.clone(), style: Inline::Strong }]);
        let blocks = cut(text, vec![block]);
        let set: Vec<&str> = blocks
            .iter()
            .flat_map(|b| {
                b.inline.iter().map(move |s| &text[b.range.start + s.range.start..b.range.start + s.range.end])
            })
            .collect();
        assert_eq!(blocks.len(), 2);
        assert!(blocks.iter().all(|b| b.inline.len() == 1), "{set:?}");
        assert_eq!(set.join(" "), "bold words");
    }
}
