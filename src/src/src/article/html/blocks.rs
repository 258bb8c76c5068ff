//! The article's HTML (already reduced to its main content) becomes readable text and blocks:
//! paragraphs and headings stay blocks, list items get markers, quotations and code keep their
//! kind, images show their alternative text and links only their words.
//!
//! The walk is iterative (an explicit stack, not recursion) so that a page nested a hundred
//! thousand elements deep cannot overflow the stack.

use crate::article::block_writer::BlockWriter;
use crate::article::inline::Inline;
use crate::article::{Block, BlockKind};
use dom_query::NodeRef;

/// Text and blocks in the shape [`crate::article::Article`] holds: blocks separated by a blank
/// line, each range covering its block's text exactly.
#[derive(Debug, Default)]
pub struct Rendered {
    pub text: String,
    pub blocks: Vec<Block>,
}

impl Rendered {
    /// The same text without the blocks `drop(index, text)` picks, separators kept right.
    pub fn without(self, mut drop: impl FnMut(usize, &str) -> bool) -> Rendered {
        let mut out = Rendered::default();
        for (i, block) in self.blocks.iter().enumerate() {
            let body = &self.text[block.range.clone()];
            if drop(i, body) {
                // The block before takes this one's spacing: a tight item stays tight only
                // when the list goes on.
                if let Some(before) = out.blocks.last_mut() {
                    before.tight &= block.tight;
                }
                continue;
            }
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            let start = out.text.len();
            out.text.push_str(body);
            out.blocks.push(Block { range: start..out.text.len(), ..block.clone() });
        }
        out
    }
}

impl Rendered {
    /// Blocks that are only an image whose alt text the title or a neighbouring block already
    /// says (a headline photo captioned by the headline, a caption outside its figure).
    pub fn repeated_images(&self, title: &str) -> Vec<usize> {
        let words = |i: usize| self.blocks.get(i).map(|b| words_only(&self.text[b.range.clone()])).unwrap_or_default();
        let title = words_only(title);
        let mut repeated = Vec::new();
        for (i, b) in self.blocks.iter().enumerate() {
            let Some(alt) = self.text[b.range.clone()].strip_prefix("[image: ").and_then(|r| r.strip_suffix(']'))
            else {
                continue;
            };
            if alt.contains("[image: ") {
                continue; // several images in one block
            }
            let alt = words_only(alt);
            let said = |other: String| !alt.is_empty() && other.contains(&alt);
            if said(title.clone()) || i > 0 && said(words(i - 1)) || said(words(i + 1)) {
                repeated.push(i);
            }
        }
        repeated
    }
}

/// Renders the children of `root` (a content element or a whole document).
pub fn render(root: &NodeRef) -> Rendered {
    let mut w = Writer::default();
    let mut stack: Vec<Step> = root.children_it(true).map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => {
                if node.is_text() {
                    w.inline(&node.text());
                } else if node.is_element() {
                    let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
                    if skipped(&name, &node) {
                        continue;
                    }
                    let style = w.open_element(&name, &node);
                    stack.push(Step::Exit(name, style));
                    stack.extend(node.children_it(true).map(Step::Enter));
                }
            }
            Step::Exit(name, style) => w.close_element(&name, style),
        }
    }
    w.close_block();
    let (text, blocks) = w.out.finish();
    Rendered { text, blocks }
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    /// An element ends; the style it set, if it set one, ends with it.
    Exit(String, Option<Inline>),
}

/// The style an inline element sets its words in.
pub fn inline_style(name: &str) -> Option<Inline> {
    match name {
        "em" | "i" | "cite" | "dfn" | "var" => Some(Inline::Emphasis),
        "strong" | "b" => Some(Inline::Strong),
        "code" | "kbd" | "samp" | "tt" => Some(Inline::Code),
        "a" => Some(Inline::Link),
        "s" | "strike" | "del" => Some(Inline::Struck),
        _ => None,
    }
}

/// Elements whose content is never article text: code, styling, form controls, embedded
/// objects, and anything the page hides from readers. (Not `<form>` itself: some sites wrap
/// their whole page in one.)
pub(super) fn skipped(name: &str, node: &NodeRef) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "nav"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "canvas"
            | "video"
            | "audio"
            | "source"
            | "track"
            | "map"
            | "dialog"
    ) || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("style").is_some_and(|s| hides(&s))
}

/// Whether an inline style hides its element.
fn hides(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Elements that start and end a line of their own without being a block of a special kind.
fn is_plain_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "figure"
            | "figcaption"
            | "address"
            | "center"
            | "details"
            | "summary"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "fieldset"
            | "legend"
            | "hgroup"
            | "body"
            | "html"
    )
}

#[derive(Default)]
struct Writer {
    /// The text, its blocks and what they stand in.
    out: BlockWriter,
    /// A space is owed before the next word (collapsed HTML white space).
    space: bool,
    /// Inside `<pre>`: white space and line breaks are kept.
    pre_depth: u32,
}

impl Writer {
    /// Starts an element; returns the style it sets its words in, if any. An `<a>` with no
    /// `href` is an anchor to link to, not a link.
    fn open_element(&mut self, name: &str, node: &NodeRef) -> Option<Inline> {
        // Preformatted text is drawn as code already, `<pre><code>` or not.
        let style = inline_style(name)
            .filter(|_| name != "a" || node.has_attr("href"))
            .filter(|&s| s != Inline::Code || self.pre_depth == 0);
        if let Some(style) = style {
            self.out.styles.open(style, self.out.text.len());
        }
        if name == "p" {
            self.out.paragraph_in_list();
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_block();
                let level = name.as_bytes()[1] - b'0';
                self.open_block(BlockKind::Heading(level));
            }
            "ul" | "ol" | "menu" => {
                self.close_block();
                self.out.open_list((name == "ol").then(|| super::ordered_list::counter(node)));
            }
            "li" => {
                self.close_block();
                self.out.open_item(super::ordered_list::value(node));
            }
            "blockquote" => {
                self.close_block();
                self.out.enter_quote();
            }
            "pre" => {
                self.close_block();
                self.pre_depth += 1;
                self.open_block(BlockKind::Code);
            }
            "br" if !self.out.at_block_start() => {
                self.out.text.push('\n');
                self.space = false;
            }
            "hr" => self.close_block(),
            // `<li><p>…`: the item's first paragraph continues its marker's block.
            _ if is_plain_block(name) && self.out.at_item_marker() => {}
            "img" => {
                let alt = node.attr("alt").map(|a| collapse(&a)).unwrap_or_default();
                if !alt.is_empty() && !looks_like_file_name(&alt) && !caption_repeats(node, &alt) {
                    self.inline(&format!(" [image: {alt}] "));
                }
            }
            "td" | "th" => {
                let after_another = self.out.next_cell();
                if after_another {
                    self.inline(" | ");
                }
            }
            "tr" => {
                self.close_block();
                self.out.start_row();
            }
            _ if is_plain_block(name) => self.close_block(),
            _ => {}
        }
        style
    }

    fn close_element(&mut self, name: &str, style: Option<Inline>) {
        if let Some(style) = style {
            self.out.styles.close(style, self.out.text.len());
        }
        match name {
            "ul" | "ol" | "menu" => {
                self.close_block();
                self.out.close_list();
            }
            "blockquote" => {
                self.close_block();
                self.out.leave_quote();
            }
            "pre" => {
                self.close_block();
                self.pre_depth = self.pre_depth.saturating_sub(1);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" => self.close_block(),
            "tr" => {
                self.close_block();
                self.out.start_row();
            }
            _ if is_plain_block(name) => self.close_block(),
            _ => {}
        }
    }

    /// Writes running text, collapsing white space as a browser does (except inside `<pre>`).
    fn inline(&mut self, s: &str) {
        if self.pre_depth > 0 {
            if self.out.open_kind().is_none() {
                self.open_block(BlockKind::Code);
            }
            self.out.text.push_str(s);
            return;
        }
        for (i, word) in s.split(is_html_space).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.out.open_kind().is_none() {
                self.open_block(self.out.container_kind());
            }
            if self.space && !self.out.at_block_start() && !self.out.text.ends_with('\n') {
                self.out.text.push(' ');
            }
            self.space = false;
            self.out.text.push_str(word);
        }
    }

    /// Starts a block (none is open by then), with no space owed before its first word.
    fn open_block(&mut self, kind: BlockKind) {
        self.out.open_block(kind);
        self.space = false;
    }

    /// Ends the open block. An item that holds only its marker (an empty `<li>`) is dropped,
    /// and so is a furniture line; a later paragraph of an item that reads like a marker
    /// (`<p>1984.</p>`) is text.
    fn close_block(&mut self) {
        self.space = false;
        let furniture = self.out.written().is_some_and(|w| super::boilerplate::is_furniture_line(w.trim_end()));
        if self.out.at_item_marker() || furniture {
            self.out.discard();
        } else {
            self.out.close();
        }
    }
}

/// Alt text that is only a file or camera name ("IMG_3886.JPG", "P1610088") tells a reader
/// nothing: a description has words, not digits and underscores in one token.
fn looks_like_file_name(alt: &str) -> bool {
    !alt.contains(' ') && alt.chars().any(|c| c.is_ascii_digit() || c == '_' || c == '.')
}

/// Whether the image's figure caption already says all its alt text says, so that showing
/// both would print the same sentence twice.
fn caption_repeats(img: &NodeRef, alt: &str) -> bool {
    let Some(figure) =
        img.ancestors_it(Some(4)).find(|n| n.node_name().is_some_and(|name| name.eq_ignore_ascii_case("figure")))
    else {
        return false;
    };
    let is_caption = |n: &NodeRef| n.node_name().is_some_and(|name| name.eq_ignore_ascii_case("figcaption"));
    let Some(caption) = figure.descendants_it().find(is_caption) else { return false };
    let (alt, caption) = (words_only(alt), words_only(&caption.text()));
    !caption.is_empty() && caption.contains(&alt)
}

/// Lower-cased words joined by single spaces, punctuation dropped: text to compare.
pub fn words_only(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// HTML's white space: space, tab, line feed, form feed, carriage return.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

/// Collapses runs of white space to one space and trims the ends.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn blocks(html: &str) -> Vec<(String, BlockKind)> {
        let doc = Document::fragment(html);
        let r = render(&doc.root());
        for b in &r.blocks {
            assert!(r.text.is_char_boundary(b.range.start) && r.text.is_char_boundary(b.range.end));
        }
        r.blocks.iter().map(|b| (r.text[b.range.clone()].to_string(), b.kind)).collect()
    }

    fn text(html: &str) -> String {
        render(&Document::fragment(html).root()).text
    }

    #[test]
    fn paragraphs_and_headings_are_blocks_with_collapsed_space() {
        let b = blocks("<h2>The  Plan</h2><p>It was\n   <b>late</b>, she said.</p><p>Next.</p>");
        assert_eq!(b[0], ("The Plan".to_string(), BlockKind::Heading(2)));
        assert_eq!(b[1], ("It was late, she said.".to_string(), BlockKind::Paragraph));
        assert_eq!(b[2], ("Next.".to_string(), BlockKind::Paragraph));
    }

    #[test]
    fn dropping_blocks_keeps_ranges_and_separators_right() {
        let r = render(&Document::fragment("<p>one</p><h2>two</h2><p>three</p>").root()).without(|i, _| i == 1);
        assert_eq!(r.text, "one\n\nthree");
        assert_eq!(&r.text[r.blocks[1].range.clone()], "three");
        assert_eq!(r.blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn images_repeating_the_title_or_a_neighbour_are_found() {
        let r = render(&Document::fragment(
            "<p><img alt='Rail strike ends'></p><p>Text.</p><p><img alt='The quay'></p><p>The quay at dawn.</p><p><img alt='A cat'></p>",
        )
        .root());
        assert_eq!(r.repeated_images("Rail strike ends after nine days"), vec![0, 2]);
    }

    #[test]
    fn blocks_are_separated_by_one_blank_line() {
        assert_eq!(text("<p>One</p><div><p>Two</p></div>"), "One\n\nTwo");
    }

    #[test]
    fn lists_get_markers_depth_and_numbers() {
        let b = blocks("<ul><li>tea</li><li>milk<ol start=3><li>cold</li><li>warm</li></ol></li><li></li></ul>");
        assert_eq!(b[0], ("• tea".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("• milk".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("3. cold".to_string(), BlockKind::ListItem { depth: 2 }));
        assert_eq!(b[3], ("4. warm".to_string(), BlockKind::ListItem { depth: 2 }));
        assert_eq!(b.len(), 4, "an empty item is dropped");
        // A later paragraph of an item is text, however much it reads like a marker.
        let b = blocks("<ul><li><p>It came out in</p><p>1984.</p></li></ul>");
        assert_eq!(b.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["• It came out in", "1984."]);
    }

    fn markers(html: &str) -> Vec<String> {
        blocks(html).into_iter().map(|(t, _)| t.split_once(' ').map_or(t.clone(), |(m, _)| m.to_string())).collect()
    }

    #[test]
    fn a_reversed_list_counts_down_to_one_from_its_number_of_items() {
        assert_eq!(markers("<ol reversed><li>a</li><li>b</li><li>c</li></ol>"), ["3.", "2.", "1."]);
        // Items a list inside it numbers, and hidden ones, are not its own; wrapped ones are.
        let html = "<ol reversed><li>a<ol><li>x</li><li>y</li></ol></li><li hidden>h</li><div><li>b</li></div></ol>";
        assert_eq!(markers(html), ["2.", "1.", "2.", "1."]);
    }

    #[test]
    fn a_reversed_list_with_a_start_counts_down_from_it_past_zero() {
        assert_eq!(markers("<ol reversed start=1><li>a</li><li>b</li><li>c</li></ol>"), ["1.", "0.", "-1."]);
        assert_eq!(markers("<ol start=-1><li>a</li><li>b</li></ol>"), ["-1.", "0."]);
    }

    #[test]
    fn the_type_attribute_numbers_with_letters_or_roman_numerals() {
        assert_eq!(markers("<ol type=a start=26><li>a</li><li>b</li></ol>"), ["z.", "aa."]);
        assert_eq!(markers("<ol type=A><li>a</li><li>b</li></ol>"), ["A.", "B."]);
        assert_eq!(markers("<ol type=i start=3><li>a</li><li>b</li></ol>"), ["iii.", "iv."]);
        assert_eq!(markers("<ol type=I reversed><li>a</li><li>b</li></ol>"), ["II.", "I."]);
        // Numerals cannot write zero or less, nor letters: decimal takes over, as in a browser.
        assert_eq!(markers("<ol type=i start=0><li>a</li><li>b</li></ol>"), ["0.", "i."]);
        assert_eq!(markers("<ol type=a start=-1><li>a</li></ol>"), ["-1."]);
        let huge = "<ol type=I start=99999999999999999999999><li>a</li><li>b</li></ol>";
        assert_eq!(markers(huge), [i64::MAX.to_string() + ".", i64::MAX.to_string() + "."]);
        // An item's paragraph goes on in its marker's block, whatever the marker.
        assert_eq!(blocks("<ol type=i><li><p>tea</p></li></ol>")[0].0, "i. tea");
    }

    #[test]
    fn an_items_value_sets_the_count_anew() {
        assert_eq!(markers("<ol><li>a</li><li value=7>b</li><li>c</li></ol>"), ["1.", "7.", "8."]);
        assert_eq!(markers("<ol reversed><li value=10>a</li><li>b</li></ol>"), ["10.", "9."]);
        assert_eq!(markers("<ul><li value=3>a</li></ul>"), ["•"]);
    }

    #[test]
    fn list_items_are_set_apart_only_when_they_hold_paragraphs() {
        let tight =
            |html: &str| render(&Document::fragment(html).root()).blocks.iter().map(|b| b.tight).collect::<Vec<_>>();
        assert_eq!(tight("<ul><li>a</li><li>b</li></ul><p>c</p>"), [true, false, false]);
        assert_eq!(tight("<ul><li><p>a</p></li><li><p>b</p></li></ul><p>c</p>"), [false, false, false]);
        // Dropping the last item leaves the one before it as the list's end.
        let r = render(&Document::fragment("<ul><li>a</li><li>b</li><li>drop</li></ul><p>c</p>").root())
            .without(|_, body| body.ends_with("drop"));
        assert_eq!(r.blocks.iter().map(|b| b.tight).collect::<Vec<_>>(), [true, false, false]);
    }

    #[test]
    fn an_items_paragraphs_keep_its_marker() {
        let b = blocks("<ol><li><p>tea</p><p>with milk</p></li><li><div>coffee</div></li></ol>");
        assert_eq!(b[0], ("1. tea".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("with milk".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("2. coffee".to_string(), BlockKind::ListItem { depth: 1 }));
    }

    #[test]
    fn quotes_and_code_keep_their_kind() {
        let b = blocks("<blockquote><p>Say it.</p><blockquote>Again</blockquote></blockquote><pre>a  b\n  c</pre>");
        assert_eq!(b[0], ("Say it.".to_string(), BlockKind::Quote { depth: 1 }));
        assert_eq!(b[1], ("Again".to_string(), BlockKind::Quote { depth: 2 }));
        assert_eq!(b[2], ("a  b\n  c".to_string(), BlockKind::Code));
    }

    #[test]
    fn images_show_alt_and_links_their_words() {
        assert_eq!(
            text("<p>See <a href='/x'>the map</a><img src=m.png alt=' A  map '><img src=n.png>.</p>"),
            "See the map [image: A map] ."
        );
    }

    #[test]
    fn inline_elements_set_their_words_even_across_blocks() {
        let r = render(
            &Document::fragment(
                "<p>An <em>odd</em> <a name=x>anchor</a> and <a href=y>link</a></p><b><p>one</p><p>two</p></b>",
            )
            .root(),
        );
        let set = |i: usize| {
            let b = &r.blocks[i];
            b.inline
                .iter()
                .map(|s| (&r.text[b.range.start + s.range.start..b.range.start + s.range.end], s.style))
                .collect::<Vec<_>>()
        };
        assert_eq!(set(0), [("odd", Inline::Emphasis), ("link", Inline::Link)]);
        assert_eq!(set(1), [("one", Inline::Strong)]);
        assert_eq!(set(2), [("two", Inline::Strong)]);
    }

    #[test]
    fn code_in_preformatted_text_is_not_set_again() {
        let r = render(&Document::fragment("<pre><code>let x = 1;</code></pre><p>Run <code>ls</code>.</p>").root());
        assert!(r.blocks[0].inline.is_empty());
        assert_eq!(r.blocks[1].inline.len(), 1);
    }

    #[test]
    fn a_dropped_block_takes_its_set_words_with_it() {
        let r = render(&Document::fragment("<p><b>Advertisement</b></p><p>plain</p>").root());
        assert_eq!(r.text, "plain");
        assert!(r.blocks[0].inline.is_empty());
    }

    #[test]
    fn file_names_and_alts_repeating_the_caption_are_not_shown() {
        assert_eq!(text("<p>A <img alt='IMG_3886.JPG'> B<img alt='DSC01234'></p>"), "A B");
        assert_eq!(
            text("<figure><div><img alt='The quay at dawn.'></div><figcaption>The quay at dawn</figcaption></figure>"),
            "The quay at dawn"
        );
        assert_eq!(
            text("<figure><img alt='Two boats'><figcaption>The quay</figcaption></figure>"),
            "[image: Two boats]\n\nThe quay"
        );
    }

    #[test]
    fn scripts_forms_and_hidden_things_are_left_out() {
        let t = text(
            "<p>Kept</p><script>var x</script><style>p{}</style><button>Go</button><select><option>One</select>\
             <p hidden>gone</p><p style='display: none'>gone</p><span aria-hidden=true>gone</span>",
        );
        assert_eq!(t, "Kept");
    }

    #[test]
    fn a_page_wrapped_in_a_form_keeps_its_text() {
        assert_eq!(text("<form action=x><p>Story</p><input value=q></form>"), "Story");
    }

    #[test]
    fn line_breaks_stay_inside_their_block() {
        assert_eq!(text("<p>one<br>two<br><br></p>"), "one\ntwo");
    }

    #[test]
    fn table_rows_are_blocks_with_separated_cells() {
        assert_eq!(
            text("<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>3</td></tr></table>"),
            "Name | Age\n\nAnn | 3"
        );
    }

    #[test]
    fn very_deep_nesting_does_not_overflow_the_stack() {
        let html = format!("{}deep{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        assert_eq!(text(&html), "deep");
    }
}
