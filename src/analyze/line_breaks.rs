//! Line breaks as the rules read them. Every rule looks for `\n` (a line) and `\n\n` (a
//! paragraph); a file written on Windows (`\r\n`) or an old Mac (`\r`) is read through a copy
//! in which each run of white space holding a carriage return is rewritten, byte for byte, as
//! its line breaks in `\n` followed by spaces. Every other byte stays where it was, so the
//! spans found in the copy hold for the original.

use std::borrow::Cow;

/// `text` with its line breaks as `\n` and every byte where it was (borrowed when it has no
/// carriage return).
pub fn as_line_feeds(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if !is_blank(bytes[i]) {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let start = i;
        let mut breaks = 0;
        while i < bytes.len() && is_blank(bytes[i]) {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    breaks += 1;
                    i += 1;
                }
                b'\r' | b'\n' => breaks += 1,
                _ => {}
            }
            i += 1;
        }
        out.extend(std::iter::repeat_n(b'\n', breaks));
        out.extend(std::iter::repeat_n(b' ', i - start - breaks));
    }
    // Only ASCII white space was rewritten, as ASCII: the bytes are still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::as_line_feeds;

    #[test]
    fn carriage_returns_become_line_feeds_and_nothing_moves() {
        assert_eq!(as_line_feeds("a\r\nb\r\n\r\nc"), "a\n b\n\n  c");
        assert_eq!(as_line_feeds("a\rb\r\rc"), "a\nb\n\nc");
        assert_eq!(as_line_feeds("é \r\n\t“x”"), "é\n   “x”");
        assert!(matches!(as_line_feeds("a\nb"), std::borrow::Cow::Borrowed(_)));
        for t in ["a\r\nb", "x\r\r\n y", "\r\n\r\n"] {
            assert_eq!(as_line_feeds(t).len(), t.len());
        }
    }
}
