//! HTML pages: the main article's text, title, author and site.
//!
//! The main content is found by `dom_smoothie` (a Rust port of Mozilla's Readability, the
//! algorithm behind Firefox's reader view). byline then renders that content itself
//! ([`blocks`]) so paragraphs, headings, list items (numbered as [`ordered_list`] reads an
//! `<ol>`) and quotations keep their kind. Around
//! that, byline mends what Readability leaves: furniture inside the article's own container
//! ([`boilerplate`]), "By …" labels and repeated author lines ([`byline`]), and a title that
//! still carries the site's name or is only the site's name ([`title`]). Bytes become text
//! as a browser would decode them ([`charset`]).

mod blocks;
mod boilerplate;
mod byline;
mod charset;
mod ordered_list;
mod title;

use super::{Article, Block, LoadError};
use dom_query::Document;
use dom_smoothie::{Config, Readability};

pub use blocks::inline_style;
use charset::decode;

/// Extracts the article from an HTML page read from a file or standard input.
pub fn parse(bytes: &[u8], fallback_title: &str) -> Result<Article, LoadError> {
    parse_page(bytes, None, None, fallback_title)
}

/// Extracts the article from an HTML page. `http_charset` is the charset the server declared
/// (it outranks the page's own declaration); `url` is where the page came from.
pub fn parse_page(
    bytes: &[u8],
    http_charset: Option<&str>,
    url: Option<&str>,
    fallback_title: &str,
) -> Result<Article, LoadError> {
    if looks_binary(bytes) {
        return Err(LoadError::Binary);
    }
    let html = decode(bytes, http_charset);
    let page = Document::from(html.as_str());
    let titles = title::Claims::from_page(&page);

    // Readability's scoring walks up and down the tree from every paragraph, which grows with
    // the square of the nesting depth; no real article nests this deep, hostile pages do.
    let extracted = if nesting_depth(&page) <= MAX_DEPTH {
        // An unusable URL only costs the resolution of relative links, which byline does not show.
        let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        let url = url.filter(|u| Readability::new("", Some(u), None).is_ok());
        // Classes are kept so that furniture inside the content can be recognised by name.
        let config = Config { keep_classes: true, ..Config::default() };
        Readability::with_document(page, url, Some(config)).ok().and_then(|mut r| r.parse().ok())
    } else {
        None
    };

    let rendered = match &extracted {
        Some(article) if !article.content.trim().is_empty() => {
            let content = Document::fragment(article.content.to_string());
            boilerplate::remove(&content);
            blocks::render(&content.root())
        }
        _ => whole_body(&html),
    };
    let readability_title = extracted.as_ref().map(|a| a.title.as_str()).unwrap_or("");
    let site = extracted.as_ref().and_then(|a| a.site_name.as_deref()).map(blocks::collapse).filter(|s| !s.is_empty());
    let byline = extracted.as_ref().and_then(|a| a.byline.as_deref()).and_then(|b| byline::clean(b, site.as_deref()));
    // The author is shown apart, so an author line opening the article is not repeated.
    let rendered = match &byline {
        Some(author) => rendered.without(|i, text| i < AUTHOR_LINE_BLOCKS && byline::is_author_line(text, author)),
        None => rendered,
    };
    let title = titles.choose(readability_title, site.as_deref()).unwrap_or_else(|| fallback_title.to_string());
    let repeated = rendered.repeated_images(&title);
    let rendered = rendered.without(|i, _| repeated.binary_search(&i).is_ok());
    let blocks = super::long_blocks::cut(&rendered.text, rendered.blocks);
    Ok(Article { title, text: rendered.text, blocks, byline, site, hard_breaks: true })
}

/// Renders a piece of HTML standing inside another document (raw HTML in a Markdown file) as
/// a browser shows it: its elements' text in blocks, without tags, comments, scripts or styles.
pub fn render_fragment(html: &str) -> (String, Vec<Block>) {
    let rendered = blocks::render(&Document::fragment(html).root());
    (rendered.text, rendered.blocks)
}

/// How many blocks at the top of an article may hold its author line.
const AUTHOR_LINE_BLOCKS: usize = 3;

/// Pages nested deeper than this are not given to dom_smoothie (see [`nesting_depth`]).
const MAX_DEPTH: usize = 512;

/// When no main content was found, the whole body is better than nothing, less the parts
/// that are page furniture on every site.
fn whole_body(html: &str) -> blocks::Rendered {
    let page = Document::from(html);
    page.select("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]").remove();
    page.body().map(|body| blocks::render(&body)).unwrap_or_default()
}

/// The depth of the deepest element, counted without recursion.
fn nesting_depth(page: &Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(page.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        stack.extend(node.children_it(false).filter(|c| c.is_element()).map(|c| (c, depth + 1)));
    }
    deepest
}

/// NUL bytes do not occur in HTML (a UTF-16 page starts with a byte-order mark, which
/// [`decode`] honours); their presence early on means an image, archive or program.
fn looks_binary(bytes: &[u8]) -> bool {
    encoding_rs::Encoding::for_bom(bytes).is_none() && bytes[..bytes.len().min(8192)].contains(&0)
}
