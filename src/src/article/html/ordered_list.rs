//! What an `<ol>` says of its numbering, read as a browser reads it: where the count starts
//! (`start`), which way it goes (`reversed`), how its numbers are written (`type`), and where
//! an `<li value>` sets it anew.

use crate::article::list_marker::{Counter, Numbering};
use dom_query::NodeRef;

/// The count of the `<ol>` element `list`. A reversed list with no `start` counts down from
/// its number of items, so that its last item is 1.
pub fn counter(list: &NodeRef) -> Counter {
    let reversed = list.has_attr("reversed");
    let next = match list.attr("start").and_then(|s| integer(&s)) {
        Some(start) => start,
        None if reversed => items(list),
        None => 1,
    };
    let numbering = list.attr("type").map_or(Numbering::Decimal, |t| Numbering::from_type(&t));
    Counter { next, reversed, numbering }
}

/// The number an `<li value>` gives its item; the count goes on from there.
pub fn value(item: &NodeRef) -> Option<i64> {
    item.attr("value").and_then(|v| integer(&v))
}

/// HTML's integer attributes: white space, a sign, digits, and whatever follows ignored
/// (`start="3rd"` is 3). Numbers too large for the count are its largest.
fn integer(s: &str) -> Option<i64> {
    let s = s.trim_start_matches([' ', '\t', '\n', '\x0C', '\r']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let digits = s.bytes().take_while(u8::is_ascii_digit);
    let mut n: i64 = 0;
    let mut any = false;
    for d in digits {
        let d = i64::from(d - b'0');
        n = n.saturating_mul(10);
        n = if negative { n.saturating_sub(d) } else { n.saturating_add(d) };
        any = true;
    }
    any.then_some(n)
}

/// How many items `list` numbers: the `<li>`s the render gives its markers, shown ones only
/// and not those of a list inside it. The walk stops at inner lists, so every element of a
/// page is visited by the count of one list at most: linear, however lists nest.
fn items(list: &NodeRef) -> i64 {
    let mut count: i64 = 0;
    let mut stack: Vec<NodeRef> = list.children_it(false).collect();
    while let Some(node) = stack.pop() {
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if super::blocks::skipped(&name, &node) || matches!(name.as_str(), "ul" | "ol" | "menu") {
            continue;
        }
        if name == "li" {
            count = count.saturating_add(1);
        }
        stack.extend(node.children_it(false));
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_read_as_a_browser_reads_them() {
        assert_eq!(integer(" 3rd"), Some(3));
        assert_eq!(integer("-12"), Some(-12));
        assert_eq!(integer("+7"), Some(7));
        assert_eq!(integer("99999999999999999999999"), Some(i64::MAX));
        assert_eq!(integer("-99999999999999999999999"), Some(i64::MIN));
        assert_eq!(integer("x1"), None);
        assert_eq!(integer("-"), None);
        assert_eq!(integer(""), None);
    }
}
