//! A page nested thousands of elements deep (hostile, or the output of a broken generator)
//! makes building its tree quadratic: every `<li>` or `<p>` start tag searches the parser's
//! stack of open elements, which holds them all. Browsers cap that stack (Blink at 512
//! elements). byline does the same before parsing: the tags of elements opened past
//! [`MAX_OPEN`] are left out, start and end, so their content joins the deepest element kept.
//! No text is lost, and a page that never nests that deep is parsed as it is, uncopied.

use std::borrow::Cow;

/// How many elements that only an end tag closes may be open at once; past it, a start tag
/// of one and its end tag are left out. Elements closed by another start tag (`<li>`, `<p>`,
/// `<td>`) are not counted: they cannot nest in themselves, so the tree is at most four times
/// deeper than this (`<table><tbody><tr><td>`), under the 512 that sends a page past
/// Readability (see `MAX_DEPTH`).
const MAX_OPEN: usize = 100;

/// `html` with the start and end tags of elements opened past [`MAX_OPEN`] left out, in one
/// pass over it. Comments, `<script>`, `<style>` and other raw text are read past, never
/// taken for tags.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut copied_to = 0;
    let mut open: Vec<&str> = Vec::new();
    // Of each name, how many start tags were left out and still wait for their end tag.
    let mut left_out: Vec<(&str, usize)> = Vec::new();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + k;
        let Some(tag) = Tag::read(html, at) else {
            i = at + 1;
            continue;
        };
        i = tag.end;
        let name = tag.name;
        if tag.closing {
            if let Some(waiting) = left_out.iter_mut().find(|(n, w)| *w > 0 && n.eq_ignore_ascii_case(name)) {
                waiting.1 -= 1;
                out.push_str(&html[copied_to..at]);
                copied_to = tag.end;
            } else if let Some(k) = open.iter().rposition(|n| n.eq_ignore_ascii_case(name)) {
                open.truncate(k);
            }
            continue;
        }
        if let Some(raw) = RAW_TEXT.iter().find(|r| r.eq_ignore_ascii_case(name)) {
            i = end_of_raw_text(html, tag.end, raw);
            continue;
        }
        if tag.self_closing || !closed_only_by_end_tag(name) {
            continue;
        }
        if open.len() < MAX_OPEN {
            open.push(name);
            continue;
        }
        match left_out.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
            Some(waiting) => waiting.1 += 1,
            None => left_out.push((name, 1)),
        }
        out.push_str(&html[copied_to..at]);
        copied_to = tag.end;
    }
    if copied_to == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied_to..]);
    Cow::Owned(out)
}

/// A start or end tag read at a `<`.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    /// `<br/>`, `<path/>`: opens nothing that must be closed.
    self_closing: bool,
    /// Where the tag ends, after its `>`; for a comment, a doctype or a processing
    /// instruction, after that instead (then the name is empty).
    end: usize,
}

impl<'a> Tag<'a> {
    /// The tag, comment or declaration at `html[at]` (a `<`), or `None` when the `<` opens
    /// none (`a < b`) or is never closed.
    fn read(html: &'a str, at: usize) -> Option<Tag<'a>> {
        let bytes = html.as_bytes();
        let rest = &html[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").map_or(html.len(), |k| at + 4 + k + 3);
            return Some(Tag { name: "", closing: true, self_closing: true, end });
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let end = memchr::memchr(b'>', &bytes[at..]).map_or(html.len(), |k| at + k + 1);
            return Some(Tag { name: "", closing: true, self_closing: true, end });
        }
        let closing = rest.starts_with("</");
        let from = at + 1 + usize::from(closing);
        if !bytes.get(from).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_end = bytes[from..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
            .map_or(bytes.len(), |k| from + k);
        // Attributes, with quoted values that may hold a `>`.
        let mut k = name_end;
        let mut quote = None;
        let mut after_equals = false;
        while k < bytes.len() {
            let b = bytes[k];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'>' => break,
                None if (b == b'"' || b == b'\'') && after_equals => quote = Some(b),
                None => {}
            }
            if !b.is_ascii_whitespace() {
                after_equals = quote.is_none() && b == b'=';
            }
            k += 1;
        }
        if k == bytes.len() {
            return None;
        }
        Some(Tag { name: &html[from..name_end], closing, self_closing: bytes[k - 1] == b'/', end: k + 1 })
    }
}

/// Where the raw text of a `<script>` (or another element in [`RAW_TEXT`]) ends: at the start
/// of its end tag, or at the end of the page.
fn end_of_raw_text(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(k) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + k;
        let name_at = at + 2;
        if bytes.get(at + 1) == Some(&b'/')
            && html.get(name_at..name_at + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return at;
        }
        i = at + 1;
    }
    html.len()
}

/// Elements whose content is raw text, where a `<` opens no tag.
const RAW_TEXT: [&str; 9] =
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Whether only an end tag closes an element of this name: not a void element (`<br>`), nor
/// one another start tag closes (`<li>`, `<p>`, `<td>`), nor the page's own frame.
fn closed_only_by_end_tag(name: &str) -> bool {
    const NOT: [&str; 40] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image", "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt",
        "rtc", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    ];
    !NOT.iter().any(|n| n.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a page, tags left out, as `blocks` would see its words.
    fn words(html: &str) -> String {
        let mut text = String::new();
        let mut i = 0;
        while let Some(k) = html[i..].find('<') {
            text.push_str(&html[i..i + k]);
            i = i + k + html[i + k..].find('>').map_or(html.len() - i - k, |e| e + 1);
        }
        text.push_str(&html[i..]);
        text
    }

    #[test]
    fn a_page_that_never_nests_deep_is_left_as_it_is() {
        let html = "<html><body><div><ul><li>One<li>Two</ul><p>a < b, <b>bold</b></div></body></html>";
        assert!(matches!(cap_nesting(html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_cap_are_left_out_with_their_end_tags_and_no_text_is_lost() {
        let n = MAX_OPEN + 50;
        let html = format!("<body>{}deep{}<p>after</p></body>", "<div>x ".repeat(n), "</div>".repeat(n));
        let capped = cap_nesting(&html);
        assert_eq!(capped.matches("<div>").count(), MAX_OPEN);
        assert_eq!(capped.matches("</div>").count(), MAX_OPEN);
        assert_eq!(words(&capped), words(&html));
    }

    #[test]
    fn nested_lists_are_capped_by_their_lists_not_their_items() {
        let n = MAX_OPEN * 3;
        let html = format!("<ul>{}{}", "<li>item <ul>".repeat(n), "</ul></li>".repeat(n));
        let capped = cap_nesting(&html);
        assert_eq!(capped.matches("<ul>").count(), MAX_OPEN);
        assert_eq!(capped.matches("<li>").count(), n);
        assert_eq!(words(&capped), words(&html));
    }

    #[test]
    fn tags_inside_comments_scripts_and_quoted_attributes_are_not_counted() {
        let deep = "<div>".repeat(MAX_OPEN * 2);
        for html in [
            format!("<!-- {deep} -->text"),
            format!("<script>var s = '{deep}';</script>text"),
            format!("<STYLE>{deep}</style>text"),
            format!("<a title=\"{deep}\">text</a>"),
        ] {
            assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)), "{html:.40}");
        }
    }

    #[test]
    fn elements_closed_along_the_way_make_room_again() {
        // A thousand sections, each closed before the next: never deep.
        let html = "<section><div><span>text</span></div></section>".repeat(1000);
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tag_never_closed_or_a_lone_angle_bracket_ends_the_scan_safely() {
        for html in ["<div", "a < b", "<", "</", "<div title=\"x>", "<!--", "<script>never closed"] {
            assert_eq!(cap_nesting(html), html);
        }
    }
}
