//! What the Markdown and the HTML loaders write alike: text in blocks separated by a blank
//! line, the block being written, the lists and quotations it stands in, the cells of a table
//! row and the set stretches of its words. Each loader embeds a [`BlockWriter`] and drives it
//! from its own input (pulldown-cmark's events, a walk of the DOM), keeping only what its
//! format has of its own: how running text is spaced, code, images, footnotes and so on.
//!
//! Closing a block is the loader's: it may leave out a block that holds text (the HTML loader
//! drops empty list items and furniture lines), so it calls [`BlockWriter::close`] or
//! [`BlockWriter::discard`] wherever an element or an event ends a block.

use super::inline::Styles;
use super::list_marker::{self, Counter};
use super::list_spacing::ListSpacing;
use super::{Block, BlockKind};

/// Text and blocks in the shape [`super::Article`] holds, written a block at a time.
#[derive(Default)]
pub struct BlockWriter {
    pub text: String,
    pub blocks: Vec<Block>,
    /// Emphasis, strong words, code, links and struck words, in bytes of `text`.
    pub styles: Styles,
    /// The block being written: where it starts and what it is.
    open: Option<(usize, BlockKind)>,
    /// Where the open block's list marker ends, if it starts with one.
    marker_end: Option<usize>,
    /// For each list we are inside: its count, or `None` for bullets.
    lists: Vec<Option<Counter>>,
    /// Whether the lists we are inside set their items apart.
    spacing: ListSpacing,
    quote_depth: u8,
    /// Inside a table row, past its first cell.
    cell_in_row: bool,
}

impl BlockWriter {
    /// The kind of the open block, if one is open.
    pub fn open_kind(&self) -> Option<BlockKind> {
        self.open.map(|(_, kind)| kind)
    }

    /// What the open block holds so far, if one is open.
    pub fn written(&self) -> Option<&str> {
        self.open.map(|(start, _)| &self.text[start..])
    }

    /// Whether the open block is a list item holding nothing but its marker: the item's first
    /// paragraph goes on in it.
    pub fn at_item_marker(&self) -> bool {
        self.open.is_some() && self.marker_end == Some(self.text.len())
    }

    /// Whether the open block holds nothing yet but its marker, if it has one; or no block is
    /// open.
    pub fn at_block_start(&self) -> bool {
        self.open.is_none_or(|(start, _)| self.text.len() == self.marker_end.unwrap_or(start))
    }

    /// The kind a paragraph or a run of text takes from what it stands in.
    pub fn container_kind(&self) -> BlockKind {
        BlockKind::contained(self.quote_depth, self.lists.len())
    }

    /// Starts a block of `kind` after a blank line, unless a block is open: text then goes on
    /// in that one.
    pub fn open_block(&mut self, kind: BlockKind) {
        if self.open.is_none() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.open = Some((self.text.len(), kind));
        }
    }

    /// Ends the open block, if one is open, with the white space at its end cut; a block that
    /// holds nothing then is taken out.
    pub fn close(&mut self) {
        let Some((start, kind)) = self.open.take() else { return };
        let marker = self.marker_end.take().map_or(0, |end| end - start);
        let kept = self.text[start..].trim_end().len();
        if kept == 0 {
            self.cut_back_to(start);
        } else {
            self.text.truncate(start + kept);
            self.styles.truncate(start + kept);
            let mut block = Block::new(start..start + kept, kind).within(self.quote_depth, self.lists.len());
            block.marker = marker.min(kept).min(u8::MAX as usize) as u8;
            self.blocks.push(block);
        }
    }

    /// Takes out the open block, if one is open, whatever it holds.
    pub fn discard(&mut self) {
        self.marker_end = None;
        if let Some((start, _)) = self.open.take() {
            self.cut_back_to(start);
        }
    }

    /// Cuts the text back to before a block starting at `start`, the blank line before it
    /// and the stretches set in it included.
    fn cut_back_to(&mut self, start: usize) {
        let keep = self.text[..start].trim_end_matches('\n').len();
        self.text.truncate(keep);
        self.styles.truncate(keep);
    }

    /// A list begins (its open block is closed by then): `counter` numbers its items, or
    /// `None` for bullets.
    pub fn open_list(&mut self, counter: Option<Counter>) {
        self.lists.push(counter);
        self.spacing.open(self.blocks.len());
    }

    /// The innermost list ends (its last block is closed by then).
    pub fn close_list(&mut self) {
        self.lists.pop();
        self.spacing.close(&mut self.blocks);
    }

    /// An item of the innermost list holds a paragraph: the list is loose.
    pub fn paragraph_in_list(&mut self) {
        self.spacing.paragraph();
    }

    /// Opens a list item's block (no other is open by then), written with its marker from the
    /// innermost list's count. `value` sets that count anew (HTML's `<li value>`). An item
    /// standing in no list (a stray `<li>`) is at depth 1.
    pub fn open_item(&mut self, value: Option<i64>) {
        let depth = self.lists.len().clamp(1, u8::MAX as usize) as u8;
        self.open_block(BlockKind::ListItem { depth });
        let mut counter = self.lists.last_mut().and_then(Option::as_mut);
        if let (Some(c), Some(value)) = (counter.as_mut(), value) {
            c.next = value;
        }
        self.text.push_str(&list_marker::next(counter));
        self.marker_end = Some(self.text.len());
    }

    /// Writes `piece` in the open block: a piece of another document's blocks (HTML inside
    /// Markdown), which starts with a list marker `marker` bytes long when it is an item's.
    pub fn write_piece(&mut self, piece: &str, marker: usize) {
        let start = self.text.len();
        self.text.push_str(piece);
        if marker > 0 {
            self.marker_end = Some(start + marker);
        }
    }

    /// A block quotation begins. Deeper than 255 stays at 255.
    pub fn enter_quote(&mut self) {
        self.quote_depth = self.quote_depth.saturating_add(1);
    }

    /// The innermost block quotation ends.
    pub fn leave_quote(&mut self) {
        self.quote_depth = self.quote_depth.saturating_sub(1);
    }

    /// A table row begins or ends: the next cell is its row's first.
    pub fn start_row(&mut self) {
        self.cell_in_row = false;
    }

    /// A table cell begins. Returns whether another came before it in its row, so that the
    /// two are separated (" | ").
    pub fn next_cell(&mut self) -> bool {
        std::mem::replace(&mut self.cell_in_row, true)
    }

    /// The text and its blocks, each given the set stretches inside it. The last block is
    /// closed by then.
    pub fn finish(mut self) -> (String, Vec<Block>) {
        self.styles.attach(&self.text, &mut self.blocks);
        (self.text, self.blocks)
    }
}
