//! Character sets: turning a page's bytes into text the way a browser would.
//!
//! The order follows what browsers trust most: a byte-order mark, then the HTTP header (for
//! fetched pages), then the page's own `<meta charset>` or `http-equiv` declaration. A page
//! that declares nothing is UTF-8 when its bytes are valid UTF-8, else windows-1252, the
//! legacy default of the English-speaking web (and a superset of Latin-1, so no byte fails).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a page a `<meta>` charset declaration is looked for. The HTML standard says
/// 1024 bytes; real pages put long comments and scripts first, so byline looks further.
const PRESCAN_BYTES: usize = 8192;

/// Decodes a page to text. `http_charset` is the `charset` parameter of the HTTP
/// `Content-Type`, when the page was fetched. Undecodable bytes become U+FFFD, never errors.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0.into_owned();
    }
    let declared = http_charset.and_then(label_encoding).or_else(|| meta_charset(bytes));
    let encoding = declared.unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 });
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding a charset label names. A page cannot truly be UTF-16 once it has been read as
/// ASCII-compatible bytes to find the label, so (as browsers do) such labels mean UTF-8.
fn label_encoding(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())?;
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE || encoding == encoding_rs::X_USER_DEFINED
    {
        return Some(UTF_8);
    }
    Some(encoding)
}

/// The charset named by a `<meta charset=…>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` near the start of the page.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    // Lower-cased ASCII view of the head: labels and tag names are ASCII, other bytes stay.
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag) {
            if let Some(encoding) = label_encoding(&label) {
                return Some(encoding);
            }
        }
        from = end.max(start + 1);
    }
    None
}

/// The value after `charset=` in one tag's bytes, quotes and separators removed.
fn charset_in(tag: &[u8]) -> Option<String> {
    let at = find(tag, b"charset")?;
    let rest = &tag[at + b"charset".len()..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let rest = rest.strip_prefix(b"=")?;
    let value: Vec<u8> = rest
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'"' | b'\''))
        .take_while(|b| !matches!(b, b' ' | b'"' | b'\'' | b';' | b'/' | b'>'))
        .collect();
    if value.is_empty() {
        return None;
    }
    String::from_utf8(value).ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_windows_1252_is_honoured() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9 \x93hi\x94</body></html>";
        let text = decode(page, None);
        assert!(text.contains("café “hi”"), "{text}");
    }

    #[test]
    fn http_equiv_declaration_is_honoured() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xefve</p>";
        assert!(decode(page, None).contains("naïve"));
    }

    #[test]
    fn http_header_wins_over_meta() {
        let page = b"<meta charset=\"utf-8\"><p>\xe9t\xe9</p>";
        assert!(decode(page, Some("iso-8859-1")).contains("été"));
    }

    #[test]
    fn undeclared_valid_utf8_is_utf8_and_invalid_falls_back_to_1252() {
        assert!(decode("<p>Zoë</p>".as_bytes(), None).contains("Zoë"));
        assert!(decode(b"<p>Zo\xeb</p>", None).contains("Zoë"));
    }

    #[test]
    fn byte_order_mark_wins() {
        let mut page = vec![0xFF, 0xFE];
        for unit in "<p>hé</p>".encode_utf16() {
            page.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&page, Some("windows-1252")), "<p>hé</p>");
    }

    #[test]
    fn unknown_or_utf16_labels_do_not_break_decoding() {
        assert!(decode(b"<meta charset=\"nonsense\"><p>ok</p>", None).contains("ok"));
        assert!(decode("<meta charset=utf-16><p>ü</p>".as_bytes(), None).contains("ü"));
    }
}
