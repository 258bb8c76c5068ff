//! Finding the bytes that can start a quotation mark, eight bytes at a time.
//!
//! Quote finding must be a plain byte scan over megabytes of text; most bytes are letters, so
//! the scan skips whole 8-byte words that hold none of the lead bytes of a mark: `"`, `'`,
//! 0xE2 (curly marks) and 0xC2 (guillemets).

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `word` equals `byte` (the classic zero-byte test on `word ^ byte*ONES`;
/// it may flag a false positive only next to a real match, which the caller re-checks).
fn has_byte(word: u64, byte: u8) -> bool {
    let x = word ^ (ONES * byte as u64);
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Whether `b` can start a quotation mark.
pub fn is_lead(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xE2 | 0xC2)
}

/// The position of the next byte at or after `from` that can start a quotation mark, or
/// `b.len()`.
pub fn next_lead(b: &[u8], mut from: usize) -> usize {
    while from + 8 <= b.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&b[from..from + 8]);
        let word = u64::from_le_bytes(chunk);
        if has_byte(word, b'"') || has_byte(word, b'\'') || has_byte(word, 0xE2) || has_byte(word, 0xC2) {
            break;
        }
        from += 8;
    }
    while from < b.len() && !is_lead(b[from]) {
        from += 1;
    }
    from.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_lead_byte_in_order() {
        let text = "plain words and more words \"here\" and it's “curly” «guillemet» end";
        let b = text.as_bytes();
        let mut found = Vec::new();
        let mut i = next_lead(b, 0);
        while i < b.len() {
            found.push(i);
            i = next_lead(b, i + 1);
        }
        let expected: Vec<usize> = (0..b.len()).filter(|&i| is_lead(b[i])).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn none_and_empty() {
        assert_eq!(next_lead(b"", 0), 0);
        assert_eq!(next_lead(b"abcdefghijklmnopq", 0), 17);
        assert_eq!(next_lead(b"abc", 5), 3);
    }
}
