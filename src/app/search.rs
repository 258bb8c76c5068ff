//! Literal, case-insensitive search over an article's text.

use std::ops::Range;

/// Every match of `query` in `text`, in order, not overlapping. Case is ignored (Unicode
/// lower-casing, with a fast path for ASCII queries); offsets are bytes of `text`.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    if query.is_ascii() {
        return find_ascii(text.as_bytes(), query.as_bytes());
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in text.char_indices() {
        if i < from {
            continue;
        }
        if let Some(end) = match_at(text, i, &needle) {
            out.push(i..end);
            from = end;
        }
    }
    out
}

/// ASCII letters fold only to ASCII letters, and the bytes of other characters are all ≥ 0x80,
/// so a byte-wise comparison cannot match inside a multi-byte character.
fn find_ascii(hay: &[u8], needle: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let first = needle[0].to_ascii_lowercase();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i].to_ascii_lowercase() == first && hay[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            out.push(i..i + needle.len());
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Where a match of `needle` (already lower-cased) starting at byte `start` ends, if it does.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut want = needle.iter();
    let mut next = want.next();
    for (i, c) in text[start..].char_indices() {
        for l in c.to_lowercase() {
            match next {
                Some(&w) if w == l => next = want.next(),
                _ => return None,
            }
        }
        if next.is_none() {
            return Some(start + i + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_case() {
        let t = "Trump met trump. TRUMP!";
        assert_eq!(find_all(t, "trump"), vec![0..5, 10..15, 17..22]);
    }

    #[test]
    fn non_ascii_queries_fold_case_and_keep_byte_offsets() {
        let t = "À la Ünter, ünter";
        let hits = find_all(t, "ÜNTER");
        assert_eq!(hits.len(), 2);
        for h in hits {
            assert_eq!(t[h].to_lowercase(), "ünter");
        }
    }

    #[test]
    fn ascii_query_never_matches_inside_a_multibyte_character() {
        assert!(find_all("é漢", "a").is_empty());
        assert_eq!(find_all("éa", "A"), vec![2..3]);
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(find_all("abc", "").is_empty());
    }
}
