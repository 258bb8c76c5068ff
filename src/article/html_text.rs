//! HTML to byline's text: block elements become blocks (paragraphs, headings, list items,
//! block quotes, preformatted text), inline markup becomes plain words, images become
//! `[image: alt]`, and scripts, styles and navigation are dropped.
//!
//! A small tag scanner rather than a DOM: the HTML it reads has already been cleaned by the
//! extractor, and a scanner keeps every byte of the output under our control.

use super::{Block, BlockKind};

/// Elements whose content is never text to read.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form", "button", "select", "iframe", "object", "canvas", "math"];

#[derive(Default)]
struct Writer {
    text: String,
    blocks: Vec<Block>,
    open: Option<(usize, BlockKind)>,
    /// The kind the next paragraph takes from the containers it stands in.
    lists: Vec<Option<u32>>,
    quote_depth: u8,
    pre: u32,
    heading: Option<u8>,
    pending_space: bool,
}

/// Converts HTML into text and blocks.
pub fn convert(html: &str) -> (String, Vec<Block>) {
    let mut w = Writer::default();
    let mut skip: Vec<String> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            if let Some((tag, len)) = parse_tag(rest) {
                rest = &rest[len..];
                if tag.closing {
                    if skip.last().is_some_and(|s| *s == tag.name) {
                        skip.pop();
                    } else if skip.is_empty() {
                        w.end(&tag.name);
                    }
                } else if !skip.is_empty() {
                    if SKIPPED.contains(&tag.name.as_str()) && !tag.self_closing && !is_void(&tag.name) {
                        skip.push(tag.name);
                    }
                } else if SKIPPED.contains(&tag.name.as_str()) && !tag.self_closing {
                    skip.push(tag.name);
                } else {
                    w.start(&tag);
                }
                continue;
            }
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        if skip.is_empty() {
            w.write(&decode_entities(&rest[..end]));
        }
        rest = &rest[end..];
    }
    w.close();
    (w.text, w.blocks)
}

/// The page's `<title>`, if it has one.
pub fn title_of(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open_end = start + lower[start..].find('>')? + 1;
    let close = open_end + lower[open_end..].find("</title")?;
    Some(decode_entities(&html[open_end..close]))
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: String,
}

impl Tag {
    /// An attribute's value, entities decoded.
    fn attr(&self, name: &str) -> Option<String> {
        let lower = self.attrs.to_ascii_lowercase();
        let mut from = 0;
        while let Some(i) = lower[from..].find(name) {
            let at = from + i;
            from = at + name.len();
            let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
            let rest = lower[from..].trim_start();
            if !before_ok || !rest.starts_with('=') {
                continue;
            }
            let value_start = self.attrs.len() - rest.len() + 1;
            let value = self.attrs[value_start..].trim_start();
            let (quote, body) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                _ => (None, value),
            };
            let end = match quote {
                Some(q) => body.find(q).unwrap_or(body.len()),
                None => body.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(body.len()),
            };
            return Some(decode_entities(&body[..end]));
        }
        None
    }
}

/// Reads a tag at the start of `s`: its name, kind and length, or `None` if `<` starts text.
fn parse_tag(s: &str) -> Option<(Tag, usize)> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    if bytes.get(1) == Some(&b'!') || bytes.get(1) == Some(&b'?') {
        let end = s.find('>')?;
        return Some((Tag { name: "!".into(), closing: false, self_closing: true, attrs: String::new() }, end + 1));
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b':') {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    // The end of the tag, skipping '>' inside quoted attribute values.
    let mut quote: Option<u8> = None;
    let mut j = i;
    while j < bytes.len() {
        match (quote, bytes[j]) {
            (None, b'"' | b'\'') => quote = Some(bytes[j]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => break,
            _ => {}
        }
        j += 1;
    }
    let end = (j + 1).min(s.len());
    let inner = &s[i..j.min(s.len())];
    let self_closing = inner.trim_end().ends_with('/');
    Some((Tag { name, closing, self_closing, attrs: inner.trim_end_matches('/').to_string() }, end))
}

fn is_void(name: &str) -> bool {
    matches!(name, "br" | "img" | "hr" | "meta" | "link" | "input" | "source" | "wbr" | "area" | "base" | "col" | "embed" | "track")
}

impl Writer {
    fn start(&mut self, tag: &Tag) {
        match tag.name.as_str() {
            "p" | "div" | "section" | "article" | "main" | "figure" | "figcaption" | "header" | "aside" | "table" | "tr" | "dl" | "dt" | "dd" | "address" | "details" | "summary" | "center" => self.close(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close();
                let level = tag.name.as_bytes()[1] - b'0';
                self.heading = Some(level);
                self.open_block(BlockKind::Heading(level));
            }
            "ul" | "ol" => {
                self.close();
                self.lists.push((tag.name == "ol").then_some(1));
            }
            "li" => {
                self.close();
                let depth = self.lists.len().clamp(1, u8::MAX as usize) as u8;
                self.open_block(BlockKind::ListItem { depth });
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_string(),
                };
                self.text.push_str(&marker);
            }
            "blockquote" => {
                self.close();
                self.quote_depth = self.quote_depth.saturating_add(1);
            }
            "pre" => {
                self.close();
                self.pre += 1;
                self.open_block(BlockKind::Code);
            }
            "br" => {
                if self.pre > 0 {
                    self.write("\n");
                } else {
                    self.pending_space = true;
                }
            }
            "hr" => self.close(),
            "img" => {
                let alt = tag.attr("alt").map(|a| a.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
                if !alt.is_empty() {
                    self.write(&format!(" [image: {alt}] "));
                }
            }
            "td" | "th" => self.write(" "),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" | "div" | "section" | "article" | "main" | "figure" | "figcaption" | "header" | "aside" | "table" | "tr" | "dl" | "dt" | "dd" | "li" | "address" | "details" | "summary" | "center" => self.close(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close();
                self.heading = None;
            }
            "ul" | "ol" => {
                self.close();
                self.lists.pop();
            }
            "blockquote" => {
                self.close();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            "pre" => {
                self.close();
                self.pre = self.pre.saturating_sub(1);
            }
            _ => {}
        }
    }

    fn container_kind(&self) -> BlockKind {
        if let Some(level) = self.heading {
            BlockKind::Heading(level)
        } else if self.pre > 0 {
            BlockKind::Code
        } else if self.quote_depth > 0 {
            BlockKind::Quote { depth: self.quote_depth }
        } else if !self.lists.is_empty() {
            BlockKind::ListItem { depth: self.lists.len().min(u8::MAX as usize) as u8 }
        } else {
            BlockKind::Paragraph
        }
    }

    fn open_block(&mut self, kind: BlockKind) {
        if self.open.is_none() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.open = Some((self.text.len(), kind));
            self.pending_space = false;
        }
    }

    /// Adds text, with white space collapsed outside preformatted blocks.
    fn write(&mut self, s: &str) {
        if self.pre > 0 {
            if self.open.is_none() {
                self.open_block(BlockKind::Code);
            }
            self.text.push_str(s);
            return;
        }
        for word in s.split_inclusive(char::is_whitespace) {
            let trimmed = word.trim_end();
            if !trimmed.is_empty() {
                if self.open.is_none() {
                    let kind = self.container_kind();
                    self.open_block(kind);
                }
                let start = self.open.map_or(0, |o| o.0);
                if self.pending_space && self.text.len() > start && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
                self.pending_space = false;
                self.text.push_str(trimmed);
            }
            if word.len() != trimmed.len() {
                self.pending_space = true;
            }
        }
        if s.starts_with(char::is_whitespace) && s.trim().is_empty() {
            self.pending_space = true;
        }
    }

    fn close(&mut self) {
        if let Some((start, kind)) = self.open.take() {
            let kept = self.text[start..].trim_end().len();
            self.text.truncate(start + kept);
            if kept == 0 {
                let trimmed = self.text.trim_end_matches('\n').len();
                self.text.truncate(trimmed);
            } else {
                self.blocks.push(Block { range: start..start + kept, kind });
            }
        }
        self.pending_space = false;
    }
}

/// Decodes character references: the common named ones and every numeric one.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(|c: char| c == ';' || c.is_whitespace() || c == '&' || c == '<').map(|e| e + 1);
        let decoded = match end {
            Some(e) if rest.as_bytes().get(e) == Some(&b';') && e <= 12 => entity(&rest[1..e]).map(|c| (c, e + 1)),
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(n).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "laquo" => '«',
        "raquo" => '»',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "aacute" => 'á',
        "ccedil" => 'ç',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "szlig" => 'ß',
        "middot" => '·',
        "bull" => '•',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "times" => '×',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(String, BlockKind)> {
        let (t, b) = convert(html);
        b.iter().map(|b| (t[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn paragraphs_and_inline_markup() {
        let (t, _) = convert("<p>One <b>bold</b>  and\n<a href='x'>linked</a> word.</p><p>Two.</p>");
        assert_eq!(t, "One bold and linked word.\n\nTwo.");
    }

    #[test]
    fn headings_lists_and_quotes() {
        let b = blocks("<h2>Head</h2><ol><li>a</li><li>b<ul><li>c</li></ul></li></ol><blockquote><p>q</p></blockquote>");
        assert_eq!(b[0], ("Head".to_string(), BlockKind::Heading(2)));
        assert_eq!(b[1], ("1. a".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("2. b".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[3], ("• c".to_string(), BlockKind::ListItem { depth: 2 }));
        assert_eq!(b[4], ("q".to_string(), BlockKind::Quote { depth: 1 }));
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let (t, _) = convert("<p>a<script>if (x < 1) { y() }</script><!-- note --><style>p{}</style> b</p>");
        assert_eq!(t, "a b");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let b = blocks("<pre>fn a() {\n    b\n}</pre>");
        assert_eq!(b[0], ("fn a() {\n    b\n}".to_string(), BlockKind::Code));
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &lt;c&gt; &#8220;q&#x201D; &bogus; &"), "a & b <c> “q” &bogus; &");
    }

    #[test]
    fn images_and_attributes_with_angle_brackets() {
        let (t, _) = convert("<p>See <img alt=\"a > b\" src=x> here</p>");
        assert_eq!(t, "See [image: a > b] here");
    }

    #[test]
    fn title() {
        assert_eq!(title_of("<html><head><TITLE>A &amp; B</TITLE>").as_deref(), Some("A & B"));
    }
}
