//! Literal, case-insensitive search over an article's text, in which white space matches white
//! space and a typed `'` or `"` matches its curly forms.
//!
//! The reader shows every run of white space as one space, line breaks included, so a phrase
//! that reads as one line on screen may cross a line break in the file (hard-wrapped text such
//! as a Gutenberg novel). A query typed as it reads must still match: any run of white space in
//! the query matches any run of white space in the text. Text and query are both read as
//! symbols — a lower-cased character, or one space standing for a whole run of white space —
//! and the query's symbols are found with Knuth–Morris–Pratt, so a search reads each character
//! of the text once, whatever the query. A curly quote mark or apostrophe reads as the
//! straight one a keyboard types: `I've` finds `I’ve`.

use std::ops::Range;

/// Every match of `query` in `text`, in order, not overlapping. Case is ignored (Unicode
/// lower-casing, with a byte-wise path for ASCII queries) and a run of white space matches any
/// run of white space; offsets are bytes of `text`, and a match spans the whole runs it covers.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let mut needle = Vec::new();
    each_symbol(query, |s| needle.push(s.value));
    if needle.is_empty() {
        return Vec::new();
    }
    if query.is_ascii() {
        let needle = needle.iter().map(|&c| c as u8).collect();
        return find_ascii(text, Matcher::new(needle));
    }
    let mut matcher = Matcher::new(needle);
    let mut out = Vec::new();
    each_symbol(text, |s| out.extend(matcher.feed(&s)));
    out
}

/// One symbol of a text: a lower-cased character (or byte), or a space for a run of white
/// space, with the bytes it stands for. A character that lower-cases to several symbols gives
/// each of them its bytes; `first` and `last` tell which begins and which ends it, since a
/// match may neither begin nor end inside one character.
struct Symbol<T> {
    value: T,
    bytes: Range<usize>,
    first: bool,
    last: bool,
}

/// Calls `f` with each symbol of `text`, in order, lower-cased as Unicode says.
fn each_symbol(text: &str, mut f: impl FnMut(Symbol<char>)) {
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            let end = white_run_end(text, i);
            f(Symbol { value: ' ', bytes: i..end, first: true, last: true });
            i = end;
            continue;
        }
        if let Some(value) = straight_mark(c) {
            f(Symbol { value, bytes: i..end, first: true, last: true });
            i = end;
            continue;
        }
        let lower = c.to_lowercase();
        let n = lower.len();
        for (k, value) in lower.enumerate() {
            // Greek writes a final sigma, lower-case only: `Σ` is `σ` and `ς` both.
            let value = if value == 'ς' { 'σ' } else { value };
            f(Symbol { value, bytes: i..end, first: k == 0, last: k + 1 == n });
        }
        i = end;
    }
}

/// The end of the run of white space that starts at byte `start`.
fn white_run_end(text: &str, start: usize) -> usize {
    text[start..].char_indices().find(|(_, c)| !c.is_whitespace()).map_or(text.len(), |(i, _)| start + i)
}

/// The search for an ASCII query, a byte at a time. ASCII letters fold only to ASCII letters
/// and the bytes of other characters are all ≥ 0x80, so a character outside ASCII is one
/// symbol (0x80) that nothing in the query equals, unless it is white space. Between matches
/// the search skips straight to the next byte that can begin one.
fn find_ascii(text: &str, mut matcher: Matcher<u8>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let head = matcher.needle[0];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // (A quote mark may be a curly one: no byte to skip to.)
        if matcher.state == 0 && !matches!(head, b' ' | b'\'' | b'"') {
            let Some(k) = memchr::memchr2(head, head.to_ascii_uppercase(), &bytes[i..]) else { break };
            i += k;
        }
        let symbol = ascii_symbol(text, i);
        i = symbol.bytes.end;
        out.extend(matcher.feed(&symbol));
    }
    out
}

/// The symbol that starts at byte `i` of `text`, for an ASCII query.
fn ascii_symbol(text: &str, i: usize) -> Symbol<u8> {
    let b = text.as_bytes()[i];
    let (value, end) = if b.is_ascii() {
        if (b as char).is_whitespace() {
            (b' ', white_run_end(text, i))
        } else {
            (b.to_ascii_lowercase(), i + 1)
        }
    } else {
        let c = text[i..].chars().next().unwrap_or_default();
        if c.is_whitespace() {
            (b' ', white_run_end(text, i))
        } else {
            (straight_mark(c).map_or(0x80, |m| m as u8), i + c.len_utf8())
        }
    };
    Symbol { value, bytes: i..end, first: true, last: true }
}

/// The straight mark a keyboard types for a curly quote mark or apostrophe.
fn straight_mark(c: char) -> Option<char> {
    match c {
        '’' | '‘' | 'ʼ' | '‛' | '′' => Some('\''),
        '“' | '”' | '„' | '‟' | '″' => Some('"'),
        _ => None,
    }
}

/// A Knuth–Morris–Pratt automaton over symbols: fed the text one symbol at a time, it reports
/// each match as the symbol that completes it arrives.
struct Matcher<T> {
    needle: Vec<T>,
    /// For each prefix of the needle, the length of its longest proper border.
    border: Vec<usize>,
    /// How many symbols of the needle the text fed so far ends with.
    state: usize,
    /// Where each of the last `needle.len()` symbols began, and whether it began its character:
    /// a ring indexed by the count of symbols fed, so a match's start is known when it ends.
    starts: Vec<(usize, bool)>,
    fed: usize,
}

impl<T: Copy + PartialEq> Matcher<T> {
    fn new(needle: Vec<T>) -> Matcher<T> {
        let mut border = vec![0; needle.len()];
        let mut k = 0;
        for i in 1..needle.len() {
            while k > 0 && needle[i] != needle[k] {
                k = border[k - 1];
            }
            if needle[i] == needle[k] {
                k += 1;
            }
            border[i] = k;
        }
        let starts = vec![(0, false); needle.len()];
        Matcher { needle, border, state: 0, starts, fed: 0 }
    }

    /// Takes the next symbol of the text; returns the match it completes, if any. After a match
    /// the automaton starts afresh, so matches do not overlap.
    fn feed(&mut self, s: &Symbol<T>) -> Option<Range<usize>> {
        let len = self.needle.len();
        self.starts[self.fed % len] = (s.bytes.start, s.first);
        self.fed += 1;
        while self.state > 0 && self.needle[self.state] != s.value {
            self.state = self.border[self.state - 1];
        }
        if self.needle[self.state] == s.value {
            self.state += 1;
        }
        if self.state < len {
            return None;
        }
        // The match began `len` symbols ago: the slot the next symbol will take.
        let (start, first) = self.starts[self.fed % len];
        if first && s.last {
            self.state = 0;
            Some(start..s.bytes.end)
        } else {
            self.state = self.border[len - 1];
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_mark_finds_the_curly_ones() {
        let t = "“I’ve been,” she said. \"I've\" and I‘ve.";
        assert_eq!(find_all(t, "i've").len(), 3);
        assert_eq!(find_all(t, "\"I've").len(), 2);
        // A curly query mark finds a straight one too, and a query not ASCII still folds.
        assert_eq!(find_all(t, "I’ve").len(), 3);
        assert_eq!(find_all(t, "“i’VE").len(), 2);
    }

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
    fn a_final_sigma_matches_the_capital_and_the_other_sigma() {
        let t = "ο Σίσυφος, ΣΊΣΥΦΟΣ";
        assert_eq!(find_all(t, "σίσυφος").len(), 2);
        assert_eq!(find_all(t, "ΣΊΣΥΦΟΣ").len(), 2);
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

    #[test]
    fn a_phrase_matches_across_a_line_break_and_spans_it() {
        let t = "she walked home\nand happy she was";
        assert_eq!(find_all(t, "home and happy"), vec![11..25]);
        assert_eq!(find_all(t, "HOME AND"), vec![11..19]);
    }

    #[test]
    fn any_run_of_white_space_matches_any_other() {
        let t = "one  two\r\nthree\tfour\u{a0}five";
        assert_eq!(find_all(t, "one two"), vec![0..8]);
        assert_eq!(find_all(t, "two three"), vec![5..15]);
        assert_eq!(find_all(t, "three   four"), vec![10..20]);
        assert_eq!(find_all(t, "four five"), vec![16..26]);
        assert_eq!(find_all(t, "Four\n\nFive"), vec![16..26]);
        assert!(find_all(t, "onetwo").is_empty(), "white space is not optional");
        assert_eq!(find_all("ünter\ndem", "Ünter dem"), vec![0..10]);
    }

    #[test]
    fn overlapping_candidates_are_found_once_from_the_left() {
        assert_eq!(find_all("aaaa", "aa"), vec![0..2, 2..4]);
        assert_eq!(find_all("abababc", "ababc"), vec![2..7]);
        assert_eq!(find_all("a a a", "a a"), vec![0..3]);
    }

    #[test]
    fn a_match_never_begins_or_ends_inside_a_character_that_lower_cases_to_two() {
        // 'İ' lower-cases to 'i' and a combining dot above (U+0307).
        assert_eq!(find_all("İx", "i\u{307}x"), vec![0..3]);
        assert!(find_all("İx", "\u{307}x").is_empty(), "begins inside 'İ'");
        assert!(find_all("éİ", "éi").is_empty(), "ends inside 'İ'");
        assert_eq!(find_all("éİ éi", "éi"), vec![5..8]);
    }
}
