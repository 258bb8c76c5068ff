//! HTML loading end to end: fixture pages through the library and the built binary.

use byline::article::{self, BlockKind, Format, LoadError};
use std::io::Write;
use std::process::{Command, Stdio};

const NEWS: &[u8] = include_bytes!("fixtures/html/news-article.html");
const CAFE_1252: &[u8] = include_bytes!("fixtures/html/cafe-windows-1252.html");

fn block_texts(a: &article::Article) -> Vec<(&str, BlockKind)> {
    a.blocks.iter().map(|b| (&a.text[b.range.clone()], b.kind)).collect()
}

#[test]
fn article_keeps_content_and_drops_page_chrome() {
    let a = article::from_bytes(NEWS.to_vec(), Format::Html, "news.html").unwrap();
    assert!(a.text.contains("Residents of Portwick voted on Tuesday"));
    assert!(a.text.contains("Turnout was sixty-one per cent"));
    for chrome in [
        "cookies", "Accept all", "Sport", "Weather", "Related stories", "Bridge plan", "Privacy policy",
        "window.tracking", "font-family",
    ] {
        assert!(!a.text.contains(chrome), "kept page chrome {chrome:?}");
    }
}

#[test]
fn title_byline_and_site_come_from_the_page() {
    let a = article::from_bytes(NEWS.to_vec(), Format::Html, "news.html").unwrap();
    assert_eq!(a.title, "Harbour town votes to keep its ferry");
    assert_eq!(a.byline.as_deref(), Some("Maren Holt"));
    assert_eq!(a.site.as_deref(), Some("The Coastal Ledger"));
    assert!(!a.text.contains("By Maren Holt"), "the author line is shown apart, not in the text");
}

#[test]
fn blocks_keep_their_kinds() {
    let a = article::from_bytes(NEWS.to_vec(), Format::Html, "news.html").unwrap();
    let blocks = block_texts(&a);
    assert!(blocks.contains(&("What the council proposed", BlockKind::Heading(2))));
    assert!(blocks.contains(&("• buy a second-hand ferry from a northern port;", BlockKind::ListItem { depth: 1 })));
    assert!(blocks.contains(&(
        "We will now look for the money to repair her, whatever it takes.",
        BlockKind::Quote { depth: 1 }
    )));
    assert!(blocks.iter().any(|(t, _)| t.contains("[image: The ferry leaving the south quay at dawn]")));
    for (i, b) in a.blocks.iter().enumerate() {
        assert!(!b.range.is_empty());
        if i > 0 {
            assert_eq!(&a.text[a.blocks[i - 1].range.end..b.range.start], "\n\n");
        }
    }
}

#[test]
fn windows_1252_page_is_decoded() {
    let a = article::from_bytes(CAFE_1252.to_vec(), Format::Html, "cafe.html").unwrap();
    assert_eq!(a.title, "Café society returns");
    assert!(a.text.contains("Renée Dufort, says the “new” menu is mostly the old one — crème brûlée included."));
}

#[test]
fn random_bytes_give_an_error_or_an_article_never_a_panic() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for len in [0usize, 1, 7, 100, 5_000, 70_000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        match article::from_bytes(bytes, Format::Html, "noise.html") {
            Ok(a) => {
                for b in &a.blocks {
                    assert!(a.text.is_char_boundary(b.range.start) && a.text.is_char_boundary(b.range.end));
                }
            }
            Err(LoadError::Binary | LoadError::Empty | LoadError::NoText(Format::Html)) => {}
            Err(other) => panic!("unexpected error {other}"),
        }
    }
}

#[test]
fn tag_soup_and_empty_pages_do_not_panic() {
    for page in ["<", "<html>", "<p>", "</p></div><li>x", "<table><td>a<td>b", "<!-- never closed", "<p>\u{0}</p>"] {
        let _ = article::from_bytes(page.as_bytes().to_vec(), Format::Html, "soup.html");
    }
    // Not empty: a page with nothing to read in it.
    assert!(matches!(
        article::from_bytes(b"<html><body></body></html>".to_vec(), Format::Html, "x"),
        Err(LoadError::NoText(Format::Html))
    ));
}

#[test]
fn huge_page_loads() {
    let para = "<p>The committee met again on Thursday and agreed on nothing at all, as usual.</p>\n";
    let page =
        format!("<html><head><title>Long</title></head><body><article>{}</article></body></html>", para.repeat(40_000));
    let a = article::from_bytes(page.into_bytes(), Format::Html, "long.html").unwrap();
    assert!(a.blocks.len() >= 40_000);
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("byline runs");
    child.stdin.take().expect("stdin is piped").write_all(input).expect("write stdin");
    child.wait_with_output().expect("byline finishes")
}

#[test]
fn json_from_html_on_stdin() {
    let out = run_with_stdin(&["--json", "-"], NEWS);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Harbour town votes to keep its ferry");
    assert_eq!(json["byline"], "Maren Holt");
    assert_eq!(json["site"], "The Coastal Ledger");
    assert!(json["text"].as_str().unwrap().contains("Portwick"));
    assert!(!json["text"].as_str().unwrap().contains("<p>"));
}

#[test]
fn format_option_overrides_sniffing_on_stdin() {
    let out = run_with_stdin(&["--json", "--format", "txt", "-"], b"<p>kept as <b>typed</b></p>\n");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], "<p>kept as <b>typed</b></p>\n");
    let out = run_with_stdin(&["--json", "--format", "html", "-"], b"<p>read as <b>html</b></p>");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], "read as html");
}

#[test]
fn markdown_on_stdin_is_rendered() {
    let out = run_with_stdin(&["--json"], b"# Notes\n\nSome *stressed* words and a [link](http://x.org).\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Notes");
    assert_eq!(json["text"], "Notes\n\nSome stressed words and a link.");
}

#[test]
fn html_without_doctype_on_stdin_is_recognised() {
    let out = run_with_stdin(&["--json"], b"\n<head><title>T</title></head><body><p>Body text here.</p></body>");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], "Body text here.");
}

mod properties {
    use byline::article::{self, Format};
    use proptest::prelude::*;

    /// Pieces of markup and text that, shuffled together, make tag soup of every kind.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<li>".to_string()),
            Just("<ul>".to_string()),
            Just("<ol start=9>".to_string()),
            Just("<ol reversed type=I start=-3>".to_string()),
            Just("<ol type=a reversed>".to_string()),
            Just("<li value=99999999999999999999>".to_string()),
            Just("</ul>".to_string()),
            Just("<blockquote>".to_string()),
            Just("<pre>".to_string()),
            Just("</pre>".to_string()),
            Just("<br>".to_string()),
            Just("<h2>".to_string()),
            Just("<img alt=\"a “cat”\">".to_string()),
            Just("<td>".to_string()),
            Just("<script>".to_string()),
            Just("&amp;&#x1F600;&nbsp;".to_string()),
            "[a-zé“” \n\t]{0,12}",
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_markup_gives_ordered_blocks_on_char_boundaries(pieces in prop::collection::vec(piece(), 0..40)) {
            let page = pieces.concat();
            if let Ok(a) = article::from_bytes(page.into_bytes(), Format::Html, "x.html") {
                let mut end = 0;
                for b in &a.blocks {
                    prop_assert!(b.range.start >= end && b.range.start < b.range.end && b.range.end <= a.text.len());
                    prop_assert!(a.text.is_char_boundary(b.range.start) && a.text.is_char_boundary(b.range.end));
                    end = b.range.end;
                }
            }
        }
    }
}

#[test]
fn furniture_inside_the_article_container_is_left_out() {
    let page = include_bytes!("fixtures/html/news-with-furniture.html");
    let a = article::from_bytes(page.to_vec(), Format::Html, "rail.html").unwrap();
    for kept in [
        "Train drivers in the Midlands",
        "six per cent",
        "Dale Morrow",
        "replacement buses",
        "run normally by Saturday",
    ] {
        assert!(a.text.contains(kept), "lost {kept:?}");
    }
    for furniture in
        ["Advertisement", "Morning Briefing", "newsletter", "Bus fares", "Most read", "Facebook", "By Priya Okafor"]
    {
        assert!(!a.text.contains(furniture), "kept {furniture:?}");
    }
    assert_eq!(a.title, "Rail strike ends after nine days");
    assert_eq!(a.byline.as_deref(), Some("Priya Okafor"));
    assert_eq!(a.site.as_deref(), Some("Midland Post"));
}
