//! HTML pages: the main article's text, title, author and site.
//!
//! The page is decoded from its declared character set, then `dom_smoothie` (a port of
//! Mozilla's Readability) picks the article out of the page chrome; its cleaned HTML is turned
//! into byline's text and blocks by [`super::html_text`]. A page Readability finds no article
//! in is read whole, without its scripts, styles and navigation.

use super::{html_text, Article, LoadError};
use encoding_rs::Encoding;

/// Extracts the article from an HTML page, decoded from `charset` when the server named one.
pub fn parse(bytes: &[u8], fallback_title: &str, charset: Option<&str>) -> Result<Article, LoadError> {
    let page = decode(bytes, charset);
    let article = extract(&page, fallback_title);
    if article.blocks.is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(article)
}

/// Decodes a page: a byte-order mark first, then the charset the server declared, then the
/// one the page declares in a `<meta>` tag, else UTF-8. Undecodable bytes become U+FFFD.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())))
        .or_else(|| meta_charset(bytes).and_then(|l| Encoding::for_label(l.as_bytes())))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The charset a page names in its first few kilobytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..].trim_start_matches(['"', '\'']).chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    (!value.is_empty()).then_some(value)
}

fn extract(page: &str, fallback_title: &str) -> Article {
    let parsed = dom_smoothie::Readability::new(page, None, None).ok().and_then(|mut r| r.parse().ok());
    match parsed {
        Some(found) if !found.text_content.trim().is_empty() => {
            let (text, blocks) = html_text::convert(&found.content);
            let title = clean_line(&found.title);
            Article {
                title: if title.is_empty() { fallback_title.to_string() } else { title },
                text,
                blocks,
                byline: found.byline.map(|b| clean_line(&b)).filter(|b| !b.is_empty()),
                site: found.site_name.map(|s| clean_line(&s)).filter(|s| !s.is_empty()),
            }
        }
        _ => {
            let (text, blocks) = html_text::convert(page);
            let title = html_text::title_of(page).map(|t| clean_line(&t)).filter(|t| !t.is_empty());
            Article { title: title.unwrap_or_else(|| fallback_title.to_string()), text, blocks, byline: None, site: None }
        }
    }
}

/// One line of plain words: metadata may hold line breaks and runs of spaces.
fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::BlockKind;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>The Long Walk | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta name="author" content="Ines Varga">
<style>p { color: red }</style><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>The Long Walk</h1>
<p>The keepers of the old light walked the length of the pier each evening, checking the lamp and the
weather, and writing down what they saw in a book that is now ninety years old.</p>
<p>“We never missed a night,” said Margaret Ellison, who kept the light for forty-one years with her
brother. She still has the book, and she still reads it when the wind gets up at night.</p>
<ul><li>First item of a list</li><li>Second item</li></ul>
<blockquote><p>A line quoted from the keepers’ book, written in a storm.</p></blockquote>
<p>The board will decide in March &amp; the village will be watching. <img src="x.png" alt="The pier at dusk"></p>
</article><footer>Copyright Harbour News. Cookie settings. Subscribe now.</footer></body></html>"#;

    #[test]
    fn the_article_without_the_chrome() {
        let a = parse(PAGE.as_bytes(), "page.html", None).unwrap();
        assert!(a.text.contains("“We never missed a night,” said Margaret Ellison"), "{}", a.text);
        assert!(a.text.contains("March & the village"));
        for chrome in ["tracking", "color: red", "Cookie settings", "Sport"] {
            assert!(!a.text.contains(chrome), "{chrome} kept: {}", a.text);
        }
        assert!(a.title.contains("The Long Walk"), "{}", a.title);
    }

    #[test]
    fn lists_quotes_and_images_are_readable() {
        let a = parse(PAGE.as_bytes(), "page.html", None).unwrap();
        let kinds: Vec<_> = a.blocks.iter().map(|b| (a.text[b.range.clone()].to_string(), b.kind)).collect();
        assert!(kinds.iter().any(|(t, k)| t == "• First item of a list" && *k == BlockKind::ListItem { depth: 1 }), "{kinds:?}");
        assert!(kinds.iter().any(|(t, k)| t.starts_with("A line quoted") && matches!(k, BlockKind::Quote { .. })));
        assert!(a.text.contains("[image: The pier at dusk]"));
    }

    #[test]
    fn a_declared_windows_1252_page_is_decoded() {
        let mut bytes = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><p>".to_vec();
        bytes.extend_from_slice(b"The caf\xe9 served cr\xe8me br\xfbl\xe9e \x93with a smile\x94 every day of the week.</p></body></html>");
        let a = parse(&bytes, "x", None).unwrap();
        assert!(a.text.contains("café served crème brûlée “with a smile”"), "{}", a.text);
        assert_eq!(a.title, "Café");
    }

    #[test]
    fn the_server_charset_wins_over_the_default() {
        assert_eq!(decode(b"caf\xe9", Some("iso-8859-1")), "café");
        assert_eq!(decode("café".as_bytes(), None), "café");
    }

    #[test]
    fn garbage_never_panics() {
        for bytes in [&b""[..], b"<", b"<html><body>", b"\xff\xfe\x00<", b"<p>unclosed <b>bold", b"</p></p><p>"] {
            let _ = parse(bytes, "x", None);
        }
    }
}
