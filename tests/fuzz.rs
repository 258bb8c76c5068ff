//! Property tests over hostile input: random bytes and random Markdown/HTML-like text through
//! load → analyze → layout must never panic, and every span must lie inside the text, on
//! character boundaries, with quotes in order and never overlapping.
//!
//! `PROPTEST_CASES=200000 cargo test --release --test fuzz` runs a long campaign; the default
//! keeps the suite quick.

use byline::analyze::analyze_article;
use byline::article::{from_bytes, Article, Format};
use byline::layout::{Layout, Pos, Row};
use proptest::prelude::*;

fn check_spans(text: &str, span: &std::ops::Range<usize>, what: &str) {
    assert!(span.start < span.end && span.end <= text.len(), "{what} {span:?} outside 0..{}", text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} splits a character");
}

fn check_article(a: &Article, width: u16) {
    let text = &a.text;
    let mut last = 0;
    for b in &a.blocks {
        check_spans(text, &b.range, "block");
        assert!(b.range.start >= last, "blocks out of order");
        last = b.range.end;
    }
    let analysis = analyze_article(a);
    for p in &analysis.people {
        assert!(!p.name.is_empty());
        for m in &p.mentions {
            check_spans(text, m, "mention");
        }
    }
    let mut end = 0;
    for q in &analysis.quotes {
        check_spans(text, &q.span, "quote");
        assert!(q.span.start >= end, "quotes overlap or are out of order");
        end = q.span.end;
        if let Some(s) = q.speaker {
            assert!(s < analysis.people.len(), "speaker index out of range");
        }
    }
    let layout = Layout::new(a, width);
    let mut pos = Pos::default();
    let mut rows = 0;
    loop {
        if let Row::Text { line, .. } = layout.row(a, pos) {
            if !line.range.is_empty() {
                check_spans(text, &line.range, "line");
            }
        }
        let next = layout.advance(a, pos, 1);
        if next == pos {
            break;
        }
        assert!(next > pos, "advance went backwards");
        pos = next;
        rows += 1;
        assert!(rows < 1_000_000, "runaway layout");
    }
    for probe in [0, text.len() / 3, text.len() / 2, text.len()] {
        let p = layout.pos_of(a, probe);
        let _ = layout.byte_of(a, p);
    }
}

fn check_bytes(bytes: Vec<u8>, format: Format, width: u16) {
    if let Ok(a) = from_bytes(bytes, format, "fuzz") {
        check_article(&a, width);
    }
}

/// Pieces that the loaders and detectors treat specially, to be strung together at random.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" said ".to_string()),
        Just(" she said. ".to_string()),
        Just("Mr. ".to_string()),
        Just("Kim Kardashian".to_string()),
        Just("Dr. Ada Byron".to_string()),
        Just("O'Neil".to_string()),
        Just("J. R. R. Tolkien".to_string()),
        Just("JOHNSON".to_string()),
        Just("’s".to_string()),
        Just("# ".to_string()),
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("```".to_string()),
        Just("*".to_string()),
        Just("[a](b)".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<script>".to_string()),
        Just("<title>".to_string()),
        Just("&amp;".to_string()),
        Just("\u{1b}]0;x\u{7}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\t".to_string()),
        Just("\r\n".to_string()),
        Just("漢字".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        "[A-Za-z]{1,12}".prop_map(|s| s),
        "[a-z ,.;:!?]{1,30}".prop_map(|s| s),
    ]
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

/// Dialogue in curly or straight marks, with verse set in, long enough that the detectors'
/// bounded looks (a few hundred bytes past a quote or a name) end anywhere, inside multi-byte
/// characters too.
fn dialogue() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(",’ said Tom Hale. ‘".to_string()),
        Just("’ she said.\n\n‘".to_string()),
        Just("Mrs. Dunn".to_string()),
        Just("\n\n".to_string()),
        // Verse set in, inside a speech that runs on.
        Just("\n\n    “".to_string()),
        Just("é".to_string()),
        Just("漢".to_string()),
        Just("the doctor".to_string()),
        "[a-z ]{1,40}".prop_map(|s| s),
    ];
    prop::collection::vec(piece, 0..300).prop_map(|v| v.concat())
}

/// Scenes whose narration runs on for hundreds of bytes with no stop, longer than any look
/// back for a sentence's start, with names and multi-byte letters anywhere in it, before a
/// pronoun's quote.
fn long_sentences() -> impl Strategy<Value = String> {
    let name = || prop_oneof![Just("Ann Lee"), Just("Tom Hale"), Just("Mr. Ned Gray")];
    let filler = prop::collection::vec(prop_oneof![3 => Just("é".to_string()), 1 => Just("—".to_string()), 1 => Just(", ".to_string()), 2 => "[a-z ]{1,20}".prop_map(|s| s)], 40..120).prop_map(|v| v.concat());
    let said = prop_oneof![Just("he said."), Just("she said.")];
    let scene =
        (name(), filler, name(), said).prop_map(|(a, f, b, s)| format!("{a} {f} {b} went on.\n\n“No,” {s}\n\n"));
    prop::collection::vec(scene, 1..6).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), width in 1u16..200) {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            check_bytes(bytes.clone(), format, width);
        }
    }

    #[test]
    fn random_dialogue_never_panics(doc in dialogue()) {
        check_bytes(doc.into_bytes(), Format::Text, 60);
    }

    #[test]
    fn long_sentences_never_panic(doc in long_sentences()) {
        check_bytes(doc.into_bytes(), Format::Text, 60);
    }

    #[test]
    fn random_documents_never_panic(doc in document(), width in 1u16..120) {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            check_bytes(doc.clone().into_bytes(), format, width);
        }
    }
}

/// Inputs that once broke something, kept so they stay fixed.
#[test]
fn regressions() {
    let cases: &[&str] = &[
        "“",
        "”“”“",
        "\"\n\n\"",
        "‘’s ’90s ‘tis",
        "- \n  - \n> > > x",
        "```\n\n```",
        // A line holding only a vertical tab: blank to `str::trim`, once not to a fast path.
        "a\n\u{b}\nb",
        "\u{b}",
        "\u{b}\n\u{b}x",
        // A name inside a quote before a verb of saying after it: once sliced backwards.
        "\"漢字Kim Kardashian\n said \" said ",
    ];
    for c in cases {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            check_bytes(c.as_bytes().to_vec(), format, 10);
        }
    }
}
