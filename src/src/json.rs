//! The `--json` output: the analysis in the shape scripts and the scorer read.
//!
//! Written by hand rather than derived: the shape is small and fixed, and a book's text (all of
//! it, and the text of every quote again) is most of the output, so strings are escaped by a
//! scan that skips eight plain bytes at a time. The bytes are exactly serde_json's compact form.

use crate::analyze::Analysis;
use crate::article::Article;
use std::io::{self, Write};

/// Writes the first half of an article's JSON object (offsets are UTF-8 byte offsets into
/// `text`, end exclusive): the article itself, which needs no analysis, so that it can be
/// written while the analysis runs. [`write_analysis`] ends the object. Streamed: a book's JSON
/// is never held in memory whole.
pub fn write_head<W: Write>(out: &mut W, article: &Article) -> io::Result<()> {
    out.write_all(b"{\"title\":")?;
    write_str(out, &article.title)?;
    for (key, value) in [("byline", &article.byline), ("site", &article.site)] {
        if let Some(value) = value {
            write!(out, ",\"{key}\":")?;
            write_str(out, value)?;
        }
    }
    out.write_all(b",\"text\":")?;
    write_str(out, &article.text)
}

/// Writes the rest of the object after [`write_head`]: the people and the quotes.
pub fn write_analysis<W: Write>(out: &mut W, article: &Article, analysis: &Analysis) -> io::Result<()> {
    out.write_all(b",\"people\":[")?;
    for (i, person) in analysis.people.iter().enumerate() {
        out.write_all(if i == 0 { b"{\"name\":" } else { b",{\"name\":" })?;
        write_str(out, &person.name)?;
        out.write_all(b",\"aliases\":[")?;
        for (j, alias) in person.aliases.iter().enumerate() {
            if j > 0 {
                out.write_all(b",")?;
            }
            write_str(out, alias)?;
        }
        out.write_all(b"],\"mentions\":[")?;
        for (j, m) in person.mentions.iter().enumerate() {
            out.write_all(if j == 0 { b"{" } else { b",{" })?;
            write_span(out, m)?;
            out.write_all(b"}")?;
        }
        out.write_all(b"]}")?;
    }
    out.write_all(b"],\"quotes\":[")?;
    for (i, q) in analysis.quotes.iter().enumerate() {
        out.write_all(if i == 0 { b"{" } else { b",{" })?;
        write_span(out, &q.span)?;
        out.write_all(b",\"text\":")?;
        write_str(out, &article.text[q.span.clone()])?;
        out.write_all(b",\"speaker\":")?;
        match q.speaker {
            Some(p) => write_str(out, &analysis.people[p].name)?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b"}")?;
    }
    out.write_all(b"]}")
}

/// Writes `"start":S,"end":E`. A book has hundreds of thousands of spans: numbers are
/// written by `itoa`, not through the formatting machinery.
fn write_span<W: Write>(out: &mut W, span: &std::ops::Range<usize>) -> io::Result<()> {
    let mut digits = itoa::Buffer::new();
    out.write_all(b"\"start\":")?;
    out.write_all(digits.format(span.start).as_bytes())?;
    out.write_all(b",\"end\":")?;
    out.write_all(digits.format(span.end).as_bytes())
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `word` needs escaping: `"`, `\` or a control character.
fn needs_escape(word: u64) -> bool {
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    (zero_in(word ^ (ONES * b'"' as u64)) | zero_in(word ^ (ONES * b'\\' as u64)) | below_space) != 0
}

/// Writes `s` as a JSON string, escaped as serde_json does.
fn write_str<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    out.write_all(b"\"")?;
    let mut plain_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if !needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        out.write_all(&bytes[plain_from..i])?;
        if short.is_empty() {
            write!(out, "\\u{b:04x}")?;
        } else {
            out.write_all(short)?;
        }
        i += 1;
        plain_from = i;
    }
    out.write_all(&bytes[plain_from..])?;
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_of(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped_exactly_as_serde_json_escapes_them() {
        let mut nasty: String = (0u8..0x80).map(char::from).collect();
        nasty.push_str("“curly” \\ \" é 世界 \u{2028} \u{7f} end of a long plain run of text");
        for s in [nasty.as_str(), "", "plain", "exactly8", "\"", "a\nb", "\u{1b}[31mred"] {
            assert_eq!(json_of(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn every_byte_position_of_an_escape_in_a_word_is_found() {
        for at in 0..20 {
            let mut s = "x".repeat(20);
            s.replace_range(at..at + 1, "\u{1}");
            assert_eq!(json_of(&s), serde_json::to_string(&s).unwrap());
        }
    }
}
