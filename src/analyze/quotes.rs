//! Quotations: spans of quoted speech, quotation marks included.

use std::ops::Range;

/// Finds the quotations in `text`, in text order and never overlapping.
pub fn find(_text: &str) -> Vec<Range<usize>> {
    Vec::new()
}
