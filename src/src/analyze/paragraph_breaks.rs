//! Where a text's paragraphs break (blank lines, `\n\n`), found once: asking for the paragraph
//! around a place is then a binary search, not a scan of the text before it. A text without
//! blank lines is one paragraph, and a scan per question would make its analysis quadratic.

use std::ops::Range;

pub struct ParagraphBreaks {
    /// The offset just after each `\n\n` (overlapping ones too: `\n\n\n` holds two).
    after: Vec<usize>,
    len: usize,
}

impl ParagraphBreaks {
    pub fn new(text: &str) -> ParagraphBreaks {
        // Searched as a pair of bytes, not line by line: a hard-wrapped book has a line break
        // every sixty bytes and a blank line only every few hundred.
        let bytes = text.as_bytes();
        let finder = memchr::memmem::Finder::new(b"\n\n");
        let mut after = Vec::new();
        let mut from = 0;
        while let Some(k) = finder.find(&bytes[from..]) {
            after.push(from + k + 2);
            from += k + 1;
        }
        ParagraphBreaks { after, len: text.len() }
    }

    /// Where the paragraph holding `at` starts: just after the last `\n\n` that ends at or
    /// before it, else the text's start.
    pub fn start_before(&self, at: usize) -> usize {
        let k = self.after.partition_point(|&p| p <= at);
        k.checked_sub(1).map_or(0, |k| self.after[k])
    }

    /// Where the paragraph holding `at` ends: at the first `\n\n` that starts at or after
    /// it, else the text's end.
    pub fn end_after(&self, at: usize) -> usize {
        let k = self.after.partition_point(|&p| p < at + 2);
        self.after.get(k).map_or(self.len, |p| p - 2)
    }

    /// Whether a `\n\n` lies wholly within `range`.
    pub fn any_within(&self, range: Range<usize>) -> bool {
        let k = self.after.partition_point(|&p| p < range.start + 2);
        self.after.get(k).is_some_and(|&p| p <= range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_scan_of_the_text_would() {
        let text = "One.\n\nTwo\nlines.\n\n\nThree \"q\".\n\nFour";
        let breaks = ParagraphBreaks::new(text);
        for at in 0..=text.len() {
            let start = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
            let end = text[at..].find("\n\n").map_or(text.len(), |e| at + e);
            assert_eq!(breaks.start_before(at), start, "start at {at}");
            assert_eq!(breaks.end_after(at), end, "end at {at}");
            for to in at..=text.len() {
                assert_eq!(breaks.any_within(at..to), text[at..to].contains("\n\n"), "{at}..{to}");
            }
        }
    }

    #[test]
    fn a_text_without_blank_lines_is_one_paragraph() {
        let breaks = ParagraphBreaks::new("a\nb\nc");
        assert_eq!((breaks.start_before(3), breaks.end_after(1)), (0, 5));
        assert!(!breaks.any_within(0..5));
    }
}
