//! A page nested thousands of elements deep (hostile, or the output of a broken generator)
//! makes building its tree quadratic: every `<li>` or `<p>` start tag searches the parser's
//! stack of open elements, which holds them all. Browsers cap that stack (Blink at 512
//! elements); byline does the same before parsing. It follows the stack as the parser would,
//! closely enough: an end tag closes up to its element, and the start tags that close an
//! element without its end tag (`<p>` after `<p>`, `<li>` after `<li>`, a block after `<p>`)
//! do so here too. Past [`MAX_OPEN`], the start and end tags of elements that only an end tag
//! closes are left out, their content joining the deepest element kept; a block's tags give
//! way to an empty paragraph, so that its text still stands apart from the next. A page that never nests
//! that deep is parsed as it is, uncopied.

use std::borrow::Cow;

/// How many elements may be open at once, as Blink allows.
const MAX_OPEN: usize = 512;

/// `html` with the tags of elements opened past [`MAX_OPEN`] left out, in one pass over it;
/// `Cow::Owned` when any was. Comments, `<script>`, `<style>` and other raw text are read
/// past, never taken for tags.
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
        let tag = match Tag::read(html, at) {
            Read::Tag(tag) => tag,
            Read::NoTag => {
                i = at + 1;
                continue;
            }
            // Nothing after an unclosed tag is a tag to the parser either.
            Read::Unclosed => break,
        };
        i = tag.end;
        let name = tag.name;
        let mut leave_out = |copied_to: &mut usize| {
            out.push_str(&html[*copied_to..at]);
            out.push_str(if block(name) { "<p></p>" } else { " " });
            *copied_to = tag.end;
        };
        if tag.closing {
            if let Some(waiting) = left_out.iter_mut().find(|(n, w)| *w > 0 && n.eq_ignore_ascii_case(name)) {
                waiting.1 -= 1;
                leave_out(&mut copied_to);
            } else if let Some(k) = open.iter().rposition(|n| n.eq_ignore_ascii_case(name)) {
                open.truncate(k);
            }
            continue;
        }
        if let Some(raw) = RAW_TEXT.iter().find(|r| r.eq_ignore_ascii_case(name)) {
            i = end_of_raw_text(html, tag.end, raw);
            continue;
        }
        if tag.self_closing || void(name) {
            continue;
        }
        close_implied(&mut open, name);
        if open.len() < MAX_OPEN || !closed_only_by_end_tag(name) {
            open.push(name);
            continue;
        }
        match left_out.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
            Some(waiting) => waiting.1 += 1,
            None => left_out.push((name, 1)),
        }
        leave_out(&mut copied_to);
    }
    if copied_to == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied_to..]);
    Cow::Owned(out)
}

/// Closes on `open` what a start tag of `name` closes in the parser without an end tag: an
/// open `<p>` before a block, the last `<li>`, `<dt>` or `<dd>`, `<td>` or `<th>`, `<tr>` or
/// `<option>` before another (not past the list, the table or the element that holds them).
fn close_implied(open: &mut Vec<&str>, name: &str) {
    let is = |n: &str, names: &[&str]| names.iter().any(|m| n.eq_ignore_ascii_case(m));
    let (closes, stops): (&[&str], &[&str]) = if is(name, &["li"]) {
        (&["li"], &["ul", "ol", "menu", "table", "td", "th", "div"])
    } else if is(name, &["dt", "dd"]) {
        (&["dt", "dd"], &["dl", "table", "td", "th", "div"])
    } else if is(name, &["td", "th"]) {
        (&["td", "th"], &["table", "tr"])
    } else if is(name, &["tr"]) {
        (&["tr"], &["table"])
    } else if is(name, &["option", "optgroup"]) {
        (&["option"], &["select", "datalist"])
    } else if block(name) || is(name, &["p"]) {
        (&["p"], &["button", "table", "td", "th", "caption", "object", "applet", "marquee", "template"])
    } else {
        return;
    };
    let found = open.iter().rposition(|n| is(n, closes) || is(n, stops));
    if let Some(k) = found.filter(|&k| is(open[k], closes)) {
        open.truncate(k);
    }
}

/// What a `<` opens.
enum Read<'a> {
    /// A start or end tag, a comment, a doctype or a processing instruction.
    Tag(Tag<'a>),
    /// Nothing (`a < b`).
    NoTag,
    /// A tag never closed before the page ends.
    Unclosed,
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
    /// The tag, comment or declaration at `html[at]` (a `<`).
    fn read(html: &'a str, at: usize) -> Read<'a> {
        let bytes = html.as_bytes();
        let rest = &html[at..];
        let other = |end: Option<usize>| match end {
            Some(end) => Read::Tag(Tag { name: "", closing: true, self_closing: true, end }),
            None => Read::Unclosed,
        };
        if let Some(comment) = rest.strip_prefix("<!--") {
            // `<!-->` and `<!--->` are whole, empty comments.
            let body = comment.strip_prefix('-').unwrap_or(comment);
            if body.starts_with('>') {
                return other(Some(html.len() - body.len() + 1));
            }
            return other(comment.find("-->").map(|k| at + 4 + k + 3));
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return other(memchr::memchr(b'>', &bytes[at..]).map(|k| at + k + 1));
        }
        let closing = rest.starts_with("</");
        let from = at + 1 + usize::from(closing);
        if !bytes.get(from).is_some_and(u8::is_ascii_alphabetic) {
            return Read::NoTag;
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
            return Read::Unclosed;
        }
        Read::Tag(Tag { name: &html[from..name_end], closing, self_closing: bytes[k - 1] == b'/', end: k + 1 })
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
        let after = name_at + name.len();
        if bytes.get(at + 1) == Some(&b'/')
            && html.get(name_at..after).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && bytes.get(after).is_none_or(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
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

/// Whether an element has no content and no end tag (`<br>`, `<img>`).
fn void(name: &str) -> bool {
    const VOID: [&str; 19] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image",
    ];
    VOID.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Whether only an end tag closes an element of this name: not one another start tag closes
/// (`<li>`, `<p>`, `<td>`; see [`close_implied`]), nor the page's own frame.
fn closed_only_by_end_tag(name: &str) -> bool {
    const NOT: [&str; 21] = [
        "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option", "colgroup",
        "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    ];
    !NOT.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Whether an element is a block, which closes an open `<p>` and whose text stands apart.
fn block(name: &str) -> bool {
    const BLOCKS: [&str; 30] = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main",
        "menu", "nav", "ol", "pre", "section", "ul",
    ];
    BLOCKS.iter().any(|n| n.eq_ignore_ascii_case(name)) || name.eq_ignore_ascii_case("table")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a page, tags left out.
    fn words(html: &str) -> Vec<String> {
        let mut text = String::new();
        let mut i = 0;
        while let Some(k) = html[i..].find('<') {
            text.push_str(&html[i..i + k]);
            text.push(' ');
            i = i + k + html[i + k..].find('>').map_or(html.len() - i - k, |e| e + 1);
        }
        text.push_str(&html[i..]);
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_page_that_never_nests_deep_is_left_as_it_is() {
        let html = "<html><body><div><ul><li>One<li>Two</ul><p>a < b, <b>bold</b></div></body></html>";
        assert!(matches!(cap_nesting(html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_cap_are_left_out_with_their_end_tags_and_no_word_is_lost() {
        let n = MAX_OPEN + 50;
        let html = format!("<body>{}deep{}<p>after</p></body>", "<div>x ".repeat(n), "</div>".repeat(n));
        let capped = cap_nesting(&html);
        assert_eq!(capped.matches("<div>").count(), MAX_OPEN - 1);
        assert_eq!(capped.matches("</div>").count(), MAX_OPEN - 1);
        assert_eq!(words(&capped), words(&html));
        // Blocks past the cap still stand apart.
        assert_eq!(capped.matches("<p></p>").count(), 2 * (n - MAX_OPEN + 1));
    }

    #[test]
    fn nested_lists_are_capped_by_their_lists_not_their_items() {
        let n = MAX_OPEN * 2;
        let html = format!("<ul>{}{}", "<li>item <ul>".repeat(n), "</ul></li>".repeat(n));
        let capped = cap_nesting(&html);
        assert!(capped.matches("<ul>").count() < MAX_OPEN);
        assert_eq!(capped.matches("<li>").count(), n);
        assert_eq!(words(&capped), words(&html));
    }

    #[test]
    fn elements_closed_by_the_next_start_tag_make_room_again() {
        // Old markup leaves `<font>` and `<b>` open in every paragraph and list item: closing
        // the paragraph or the item closes them too.
        let html = format!(
            "<body>{}<ul>{}</ul><table>{}</table><h2>Next</h2><div>Tail.</div></body>",
            "<p><font size=2>Old style paragraph.".repeat(2 * MAX_OPEN),
            "<li><span>item".repeat(2 * MAX_OPEN),
            "<tr><td><a href=x>cell".repeat(2 * MAX_OPEN),
        );
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_inside_comments_scripts_and_quoted_attributes_are_not_counted() {
        let deep = "<div>".repeat(MAX_OPEN * 2);
        for html in [
            format!("<!-- {deep} -->text"),
            format!("<!--><div>{deep}"),
            format!("<script>var s = '{deep}';</script>text"),
            format!("<STYLE>{deep}</style>text"),
            format!("<a title=\"{deep}\">text</a>"),
        ] {
            let whole = html.starts_with("<!-->");
            assert_eq!(matches!(cap_nesting(&html), Cow::Borrowed(_)), !whole, "{html:.40}");
        }
    }

    #[test]
    fn elements_closed_along_the_way_make_room_again() {
        let html = "<section><div><span>text</span></div></section>".repeat(1000);
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tag_never_closed_or_a_lone_angle_bracket_ends_the_scan_safely() {
        for html in ["<div", "a < b", "<", "</", "<div title=\"x>", "<!--", "<script>never closed", "<é>", "</é"] {
            assert_eq!(cap_nesting(html), html);
        }
        // Many `<` never closed: read once, not once each.
        let html = format!("<p>{}", "x <a ".repeat(50_000));
        assert_eq!(cap_nesting(&html), html);
    }
}
