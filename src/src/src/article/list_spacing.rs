//! Whether a list's items are set apart by blank rows. Only a loose list's are: one whose
//! items hold paragraphs (CommonMark's terms; a browser gives a `<p>` in an `<li>` its
//! margins). The items of a tight list follow each other, and the list as a whole is set
//! apart from what comes after it.

use super::Block;

/// The lists a loader is inside, innermost last: each one's first block, and whether it is
/// loose.
#[derive(Default)]
pub struct ListSpacing(Vec<(usize, bool)>);

impl ListSpacing {
    /// A list opens; `first_block` is the index its first item's block will get.
    pub fn open(&mut self, first_block: usize) {
        self.0.push((first_block, false));
    }

    /// An item of the innermost list holds a paragraph: the list is loose.
    pub fn paragraph(&mut self) {
        if let Some((_, loose)) = self.0.last_mut() {
            *loose = true;
        }
    }

    /// The innermost list closes: if it is tight, every block of it but the last is marked
    /// to have no blank row after it.
    pub fn close(&mut self, blocks: &mut [Block]) {
        if let Some((first, false)) = self.0.pop() {
            if let Some((_, within)) = blocks.get_mut(first..).and_then(<[Block]>::split_last_mut) {
                within.iter_mut().for_each(|b| b.tight = true);
            }
        }
    }
}
