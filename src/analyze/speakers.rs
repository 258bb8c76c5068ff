//! Speakers: who said each quotation.

use super::Person;
use std::ops::Range;

/// For each quote span, the index in `people` of the person who said it, or `None`.
pub fn attribute(_text: &str, quotes: &[Range<usize>], _people: &[Person]) -> Vec<Option<usize>> {
    vec![None; quotes.len()]
}
