//! Line breaks as the rules read them. Every rule looks for `\n` (a line) and `\n\n` (a
//! paragraph); a file written on Windows (`\r\n`) or an old Mac (`\r`), or one whose blank
//! lines hold spaces or tabs (`\n  \n`, as many editors leave them), is read through a copy in
//! which the white space from the first to the last line break of a run is rewritten, byte for
//! byte, as its other blanks in spaces followed by its line breaks in `\n`. The spaces go to
//! the end of the line before, so the next line keeps its indent; every other byte stays where
//! it was, so the spans found in the copy hold for the original.

use std::borrow::Cow;

/// `text` with its line breaks as `\n`, its blank lines empty and every byte where it was
/// (borrowed when there is nothing to rewrite).
pub fn as_line_feeds(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    if !needs_rewriting(bytes) {
        return Cow::Borrowed(text);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if !is_blank(bytes[i]) {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_blank(bytes[i]) {
            i += 1;
        }
        let run = &bytes[start..i];
        let (Some(first), Some(last)) = (run.iter().position(is_break), run.iter().rposition(is_break)) else {
            out.extend_from_slice(run);
            continue;
        };
        let between = &run[first..=last];
        // `\r\n` is one line break; a `\r` alone or a `\n` alone is one too.
        let breaks = between
            .iter()
            .enumerate()
            .filter(|&(k, b)| *b == b'\n' || (*b == b'\r' && between.get(k + 1) != Some(&b'\n')))
            .count();
        out.extend_from_slice(&run[..first]);
        out.extend(std::iter::repeat_n(b' ', between.len() - breaks));
        out.extend(std::iter::repeat_n(b'\n', breaks));
        out.extend_from_slice(&run[last + 1..]);
    }
    // Only ASCII white space was rewritten, as ASCII: the bytes are still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

/// Whether the text has a carriage return or a blank line that is not empty.
fn needs_rewriting(bytes: &[u8]) -> bool {
    if memchr::memchr(b'\r', bytes).is_some() {
        return true;
    }
    let mut breaks = memchr::memchr_iter(b'\n', bytes);
    let Some(mut before) = breaks.next() else { return false };
    for at in breaks {
        if at > before + 1 && bytes[before + 1..at].iter().all(|&b| b == b' ' || b == b'\t') {
            return true;
        }
        before = at;
    }
    false
}

fn is_break(b: &u8) -> bool {
    matches!(b, b'\r' | b'\n')
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::as_line_feeds;

    #[test]
    fn carriage_returns_become_line_feeds_and_nothing_moves() {
        assert_eq!(as_line_feeds("a\r\nb\r\n\r\nc"), "a \nb  \n\nc");
        assert_eq!(as_line_feeds("a\rb\r\rc"), "a\nb\n\nc");
        assert_eq!(as_line_feeds("é \r\n\t“x”"), "é  \n\t“x”");
        assert!(matches!(as_line_feeds("a\nb"), std::borrow::Cow::Borrowed(_)));
        for t in ["a\r\nb", "x\r\r\n y", "\r\n\r\n"] {
            assert_eq!(as_line_feeds(t).len(), t.len());
        }
    }

    #[test]
    fn a_blank_line_of_spaces_is_a_paragraph_break_and_indents_stay() {
        assert_eq!(as_line_feeds("a\n  \n    b"), "a  \n\n    b");
        assert_eq!(as_line_feeds("a \t\n\t\n\nb"), "a \t \n\n\nb");
        assert!(matches!(as_line_feeds("a\n  b\n\nc  \nd"), std::borrow::Cow::Borrowed(_)));
    }
}
