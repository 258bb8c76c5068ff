//! Making untrusted text safe to show.
//!
//! An article may hold control characters, terminal escape sequences (an OSC that sets the
//! window title or the clipboard) or bidirectional overrides that reorder what the reader sees.
//! The article's text is kept as it is, so that byte offsets stay true; every character passes
//! through [`visible`] on its way to the screen, and layout measures the same characters.

/// The character to draw for `c`: itself when harmless, else a visible stand-in of one column.
/// Line breaks and tabs (preformatted text brings them here) and the Unicode line and
/// paragraph separators become a space. The direction marks (LRM, RLM, ALM) stay: right-to-left
/// text needs them, and they reorder nothing past the line they stand in.
pub fn visible(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
        // C0 controls, shown as their Control Pictures (ESC becomes ␛).
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\x7f' => '\u{2421}',
        // C1 controls (a lone CSI U+009B starts an escape sequence on some terminals) and
        // bidirectional embeddings, overrides and isolates.
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        _ => c,
    }
}

/// Returns `s` with every character passed through [`visible`].
pub fn clean(s: &str) -> String {
    s.chars().map(visible).collect()
}

/// Writes `byline: MESSAGE` to standard error, cleaned (a message may name a file or a path,
/// which can hold escape sequences like any other text byline did not write). A standard
/// error that is closed is no reason to stop: the line is dropped.
pub fn report(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "byline: {}", clean(message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_placeholders() {
        let hostile = "a\x1b]0;pwned\x07b\x1b]52;c;Zm9v\x07";
        let shown = clean(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.starts_with("a\u{241b}]0;pwned\u{2407}b"));
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_replaced() {
        for c in ['\u{9b}', '\u{85}', '\u{202e}', '\u{2066}', '\u{2069}'] {
            assert_eq!(visible(c), '\u{fffd}');
        }
        assert_eq!(clean("a\u{2028}b\u{2029}c"), "a b c");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        assert_eq!(clean("Kim’s “quote” — ok é 漢字"), "Kim’s “quote” — ok é 漢字");
    }

    #[test]
    fn every_output_char_is_printable() {
        for u in 0..0x3000u32 {
            if let Some(c) = char::from_u32(u) {
                let v = visible(c);
                assert!(!v.is_control(), "U+{u:04X}");
            }
        }
    }
}
