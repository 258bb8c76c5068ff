//! Markdown: rendered to readable plain text (no markup shown) with one block per paragraph,
//! heading, list item, quotation or code block.
//!
//! Raw HTML in the Markdown shows as a Markdown viewer shows it once its browser has drawn the
//! page: the text of the elements, without their tags (`<p>Hi <b>there</b></p>` reads "Hi
//! there"), and nothing of comments, scripts or styles. That is what the writer of a `.md`
//! file with HTML in it sees in every preview, so it is what they mean their reader to read;
//! tags shown literally would be markup in the middle of the prose.

use super::block_writer::BlockWriter;
use super::inline::Inline;
use super::list_marker::Counter;
use super::{Article, BlockKind};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders Markdown to an article. The title is the first top-level heading, else the first
/// heading of any level, else `fallback_title`.
pub fn parse(source: &str, fallback_title: &str) -> Article {
    let mut w = Writer::default();
    // Tables, footnotes, strikethrough and task lists are GitHub's extensions, but so common
    // in READMEs and notes that a `.md` file with pipes, `[^1]`, `~~` or `- [ ]` in it means
    // them; and YAML front matter is the file's data for its tools, not its text.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(source, options) {
        w.event(event);
    }
    w.out.close();
    let (text, blocks) = w.out.finish();
    let blocks = super::long_blocks::cut(&text, blocks);
    let title = blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading(level) => Some((level, b)),
            _ => None,
        })
        .min_by_key(|(level, _)| *level)
        .map(|(_, b)| text[b.range.clone()].to_string())
        .unwrap_or_else(|| fallback_title.to_string());
    Article { title, text, blocks, byline: None, site: None, hard_breaks: true }
}

#[derive(Default)]
struct Writer {
    /// The text, its blocks and what they stand in.
    out: BlockWriter,
    /// The lines of the raw HTML block being read, rendered when it ends.
    html: String,
    code: bool,
    /// The label of a footnote whose definition has begun and whose first paragraph is not
    /// open yet: that paragraph starts with it (`[1] The text.`).
    footnote: Option<String>,
    /// Inside front matter, which is not shown.
    metadata: bool,
    /// Where an image's alt text begins, to drop `[image: ]` when it has none.
    image_at: Option<usize>,
    /// For each inline `<a>` open: whether it is a link (has an `href`) rather than an anchor.
    html_anchors: Vec<bool>,
}

impl Writer {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(_) if self.metadata => {}
            Event::Text(t) => self.write(&t),
            Event::Code(t) => {
                self.write("");
                let at = self.out.text.len();
                self.write(&t);
                self.out.styles.add(Inline::Code, at..self.out.text.len());
            }
            Event::InlineHtml(tag) => self.inline_html(&tag),
            Event::SoftBreak => self.write(" "),
            Event::HardBreak => self.write("\n"),
            Event::Rule => {
                self.out.close();
                self.out.open_block(BlockKind::Paragraph);
                self.write("* * *");
                self.out.close();
            }
            Event::TaskListMarker(done) => self.write(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(label) => self.write(&format!("[{label}]")),
            Event::Html(line) => self.html.push_str(&line),
            // An inline tag (`<b>`, `</span>`, a comment) is dropped; the text around it stays.
            _ => {} // inline tags and maths are not shown
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                // Only the items of a loose list hold paragraphs.
                if self.in_item_block() {
                    self.out.paragraph_in_list();
                }
                // A list item's first paragraph continues its marker's block (kept open at the
                // paragraph's end); a later one is a block of its own.
                if !self.out.at_item_marker() {
                    self.out.close();
                }
                self.out.open_block(self.out.container_kind());
                if let Some(label) = self.footnote.take() {
                    self.write(&format!("[{label}] "));
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.out.close();
                self.footnote = Some(label.to_string());
            }
            Tag::Heading { level, .. } => {
                self.out.close();
                self.out.open_block(BlockKind::Heading(heading_level(level)));
            }
            Tag::BlockQuote(_) => {
                self.out.close();
                self.out.enter_quote();
            }
            Tag::CodeBlock(_) => {
                self.out.close();
                self.code = true;
                self.out.open_block(BlockKind::Code);
            }
            Tag::List(first) => {
                self.out.close();
                // CommonMark numbers have at most nine digits; pulldown-cmark's type is wider.
                let counter = first.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
                self.out.open_list(counter.map(Counter::decimal));
            }
            Tag::Item => {
                self.out.close();
                self.out.open_item(None);
            }
            Tag::Image { .. } => {
                self.write("[image: ");
                self.image_at = Some(self.out.text.len());
            }
            Tag::MetadataBlock(_) => self.metadata = true,
            Tag::Emphasis => self.open_style(Inline::Emphasis),
            Tag::Strong => self.open_style(Inline::Strong),
            Tag::Strikethrough => self.open_style(Inline::Struck),
            Tag::Link { .. } => self.open_style(Inline::Link),
            // A table row is a block of its own, as in the HTML loader: its cells read in a
            // line, and a quotation mark in one row is never paired with one in another.
            Tag::TableHead | Tag::TableRow => {
                self.out.close();
                self.out.open_block(self.out.container_kind());
                self.out.start_row();
            }
            Tag::TableCell => {
                let after_another = self.out.next_cell();
                if after_another {
                    self.write(if self.out.text.ends_with(' ') { "| " } else { " | " });
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            // A list item's first paragraph continues its marker's block.
            TagEnd::Paragraph if self.in_item_block() => {}
            TagEnd::Paragraph | TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow => self.out.close(),
            // A definition with no paragraph in it leaves its label to nothing else.
            TagEnd::FootnoteDefinition => self.footnote = None,
            TagEnd::Heading(_) => self.out.close(),
            TagEnd::BlockQuote(_) => {
                self.out.close();
                self.out.leave_quote();
            }
            // Closing cuts the code's trailing newlines with the rest of its trailing white space.
            TagEnd::CodeBlock => {
                self.out.close();
                self.code = false;
            }
            TagEnd::List(_) => {
                self.out.close();
                self.out.close_list();
            }
            // An image with no alt text shows nothing.
            TagEnd::Image if self.image_at.take() == Some(self.out.text.len()) => {
                let len = self.out.text.len() - "[image: ".len();
                self.out.text.truncate(len);
                self.out.styles.truncate(len);
            }
            TagEnd::Image => self.write("]"),
            TagEnd::MetadataBlock(_) => self.metadata = false,
            TagEnd::Emphasis => self.close_style(Inline::Emphasis),
            TagEnd::Strong => self.close_style(Inline::Strong),
            TagEnd::Strikethrough => self.close_style(Inline::Struck),
            TagEnd::Link => self.close_style(Inline::Link),
            TagEnd::HtmlBlock => {
                let html = std::mem::take(&mut self.html);
                self.raw_html(&html);
            }
            _ => {}
        }
    }

    fn open_style(&mut self, style: Inline) {
        self.out.styles.open(style, self.out.text.len());
    }

    fn close_style(&mut self, style: Inline) {
        self.out.styles.close(style, self.out.text.len());
    }

    /// An HTML tag inside a paragraph: `<br>` breaks the line, as in the browser a preview
    /// draws with; `<img>` shows its alt text as the HTML loader does; `<em>`, `<b>` and their
    /// kind set the words between them; others show nothing.
    fn inline_html(&mut self, tag: &str) {
        let tag_body = tag.trim_start_matches('<');
        let (closing, tag_body) = match tag_body.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, tag_body),
        };
        let name = tag_body.chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
        // An `<a>` with no `href` is an anchor to link to, not a link, as in the HTML loader.
        let style = super::html::inline_style(&name);
        match (style, closing) {
            (Some(Inline::Link), true) if !self.html_anchors.pop().unwrap_or(true) => {}
            (Some(Inline::Link), false) if !tag.to_ascii_lowercase().contains("href") => self.html_anchors.push(false),
            (Some(style), true) => self.close_style(style),
            (Some(style), false) if !tag.ends_with("/>") => {
                if style == Inline::Link {
                    self.html_anchors.push(true);
                }
                self.open_style(style);
            }
            (None, false) if name == "br" => self.write("\n"),
            (None, false) if name == "img" => {
                let (text, _) = super::html::render_fragment(tag);
                if !text.trim().is_empty() {
                    self.write(text.trim());
                }
            }
            _ => {}
        }
    }

    /// Writes a block of raw HTML as its text (see the module's comment), one block per block
    /// element; paragraphs take the kind of the list or quotation the HTML stands in.
    fn raw_html(&mut self, html: &str) {
        let (text, blocks) = super::html::render_fragment(html);
        for block in blocks {
            // A list item's marker may be open, waiting for its text; an HTML list item
            // there (`- <ul><li>x</li></ul>`) brings a marker of its own, and one is enough.
            let mut skipped = 0;
            if self.out.at_item_marker() {
                if matches!(block.kind, BlockKind::ListItem { .. }) {
                    skipped = block.marker as usize;
                }
            } else {
                self.out.close();
            }
            let piece = &text[block.range.start + skipped..block.range.end];
            let kind = match block.kind {
                BlockKind::Paragraph => self.out.container_kind(),
                kind => kind,
            };
            self.out.open_block(kind);
            let at = self.out.text.len();
            self.out.write_piece(piece, block.marker as usize - skipped);
            // The piece's stretches, moved to where it now stands (after any marker it lost).
            for styled in &block.inline {
                let start = styled.range.start.max(skipped) - skipped;
                self.out.styles.add(styled.style, at + start..at + styled.range.end.saturating_sub(skipped));
            }
            let pushed = self.out.blocks.len();
            self.out.close();
            // An HTML list keeps its spacing (see `list_spacing`).
            if let Some(b) = self.out.blocks.get_mut(pushed) {
                b.tight = block.tight;
            }
        }
    }

    /// Whether the open block is of the list-item kind: an item's marker and first paragraph,
    /// or a later paragraph standing in a list.
    fn in_item_block(&self) -> bool {
        matches!(self.out.open_kind(), Some(BlockKind::ListItem { .. }))
    }

    /// Writes running text into the open block, or a new one of the kind its place gives it.
    /// White space starting a block is left out, except in code.
    fn write(&mut self, s: &str) {
        self.out.open_block(self.out.container_kind());
        if self.out.written() == Some("") && !self.code {
            self.out.text.push_str(s.trim_start());
        } else {
            self.out.text.push_str(s);
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<(String, BlockKind)> {
        let a = parse(md, "untitled");
        a.blocks.iter().map(|b| (a.text[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn headings_and_emphasis_lose_their_markup() {
        let a = parse("# The *Big* Day\n\nIt was **very** `hot`.\n", "x");
        assert_eq!(a.title, "The Big Day");
        assert_eq!(a.text, "The Big Day\n\nIt was very hot.");
        assert_eq!(a.blocks[0].kind, BlockKind::Heading(1));
    }

    /// The words each stretch of the block covers, with its style.
    fn set(a: &Article, block: usize) -> Vec<(&str, Inline)> {
        let b = &a.blocks[block];
        b.inline
            .iter()
            .map(|s| (&a.text[b.range.start + s.range.start..b.range.start + s.range.end], s.style))
            .collect()
    }

    #[test]
    fn emphasis_strong_code_links_and_struck_words_are_set_without_their_markup() {
        let a = parse("# A *big* day\n\nIt was **very** `hot`, [see](x.html) ~~cold~~ <i>too</i>.\n", "x");
        assert_eq!(a.text, "A big day\n\nIt was very hot, see cold too.");
        assert_eq!(set(&a, 0), [("big", Inline::Emphasis)]);
        assert_eq!(
            set(&a, 1),
            [
                ("very", Inline::Strong),
                ("hot", Inline::Code),
                ("see", Inline::Link),
                ("cold", Inline::Struck),
                ("too", Inline::Emphasis)
            ]
        );
    }

    #[test]
    fn set_words_in_raw_html_keep_their_place_after_a_list_marker() {
        let a = parse("- <ul><li>a <b>bold</b> word</li></ul>\n", "x");
        assert_eq!(a.text, "• a bold word");
        assert_eq!(set(&a, 0), [("bold", Inline::Strong)]);
    }

    #[test]
    fn lists_get_markers_and_depth() {
        let b = blocks("- one\n- two\n  1. inner\n");
        assert_eq!(b[0], ("• one".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("• two".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("1. inner".to_string(), BlockKind::ListItem { depth: 2 }));
    }

    #[test]
    fn set_words_end_with_the_white_space_cut_from_their_block() {
        for md in ["`x      `\n\n東京 is a city.\n", "A link [here      ](http://x)\n\nÉtienne said.\n"] {
            let a = parse(md, "x");
            assert_eq!(a.blocks.len(), 2);
            assert!(a.blocks[1].inline.is_empty(), "{md:?}: {:?}", a.blocks[1].inline);
        }
    }

    #[test]
    fn an_html_anchor_without_href_is_not_a_link() {
        let a = parse("An <a name=\"x\">anchor</a> and <a href=\"y\">a link</a>.\n", "x");
        assert_eq!(set(&a, 0), [("a link", Inline::Link)]);
    }

    #[test]
    fn only_the_first_block_of_an_item_has_a_marker_however_its_later_ones_start() {
        let a = parse("1. First point.\n\n   J. Smith said hello.\n", "x");
        assert_eq!(a.text, "1. First point.\n\nJ. Smith said hello.");
        assert_eq!(a.blocks.iter().map(|b| b.marker).collect::<Vec<_>>(), [3, 0]);
    }

    #[test]
    fn inline_html_breaks_lines_and_shows_images_as_the_preview_does() {
        let md = "Roses are red<br>violets are blue<br/>sugar.\n\nA <img src=\"c.png\" alt=\"cat\"> and ![](x.png) and ![dog](d.png).\n";
        assert_eq!(
            parse(md, "x").text,
            "Roses are red\nviolets are blue\nsugar.\n\nA [image: cat] and  and [image: dog]."
        );
    }

    #[test]
    fn front_matter_is_not_shown_and_github_extensions_lose_their_markup() {
        let md = "---\ntitle: Data\n---\n\n# Head\n\n~~gone~~ text\n\n- [ ] to do\n";
        let a = parse(md, "x");
        assert_eq!(a.text, "Head\n\ngone text\n\n• [ ] to do");
        assert_eq!(a.title, "Head");
    }

    #[test]
    fn a_tight_list_has_no_blank_rows_between_its_items_and_a_loose_one_has() {
        let tight = |md: &str| parse(md, "x").blocks.iter().map(|b| b.tight).collect::<Vec<_>>();
        // Its last item is set apart from what follows, as the whole list is.
        assert_eq!(tight("- one\n- two\n  - inner\n- three\n\nAfter.\n"), [true, true, true, false, false]);
        assert_eq!(tight("- one\n\n- two\n\nAfter.\n"), [false, false, false]);
        assert_eq!(tight("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n\nAfter.\n"), [true, false, false]);
    }

    #[test]
    fn later_paragraphs_of_a_list_item_are_blocks_of_their_own() {
        let b = blocks("- first\n\n  second\n- next\n");
        assert_eq!(b[0], ("• first".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("second".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("• next".to_string(), BlockKind::ListItem { depth: 1 }));
    }

    #[test]
    fn block_quotes_and_code_keep_their_kind() {
        let b = blocks("> said she\n\n```\nfn x() {\n  y\n}\n```\n");
        assert_eq!(b[0], ("said she".to_string(), BlockKind::Quote { depth: 1 }));
        assert_eq!(b[1], ("fn x() {\n  y\n}".to_string(), BlockKind::Code));
    }

    #[test]
    fn block_quotes_nested_past_255_stay_quotes() {
        let b = blocks(&format!("{} deep", ">".repeat(300)));
        assert_eq!(b[0], ("deep".to_string(), BlockKind::Quote { depth: 255 }));
    }

    #[test]
    fn images_show_their_alt_text_and_links_their_text() {
        let a = parse("See [the site](http://x.org) ![a cat](c.png)\n", "x");
        assert_eq!(a.text, "See the site [image: a cat]");
    }

    #[test]
    fn empty_code_blocks_after_text_are_dropped_cleanly() {
        // Found by the fuzz suite: an empty fenced block used to eat the separator before it.
        let a = parse("* she said\n\n```\n```\n\ntail", "x");
        assert_eq!(a.text, "• she said\n\ntail");
        assert_eq!(a.blocks.len(), 2);
    }

    #[test]
    fn table_rows_are_blocks_with_separated_cells_and_no_rule() {
        let a = parse("Scores:\n\n| a | b |\n|---|:-:|\n| 1 | **2** |\n|  | 4 |\n\nAfter.\n", "x");
        assert_eq!(a.text, "Scores:\n\na | b\n\n1 | 2\n\n| 4\n\nAfter.");
        assert!(a.blocks[1..4].iter().all(|b| b.kind == BlockKind::Paragraph));
        let b = blocks("> | who | said |\n> |---|---|\n> | Ann | “yes” |\n");
        assert_eq!(b[1], ("Ann | “yes”".to_string(), BlockKind::Quote { depth: 1 }));
    }

    #[test]
    fn raw_html_shows_its_text_as_a_browser_would() {
        let md = "Before.\n\n<div>\n<p>Hi <b>there</b> &amp; you</p>\n<script>var x = 1</script>\n<!-- a note -->\n</div>\n\nAfter <i>this</i>.\n";
        assert_eq!(parse(md, "x").text, "Before.\n\nHi there & you\n\nAfter this.");
    }

    #[test]
    fn an_html_page_read_as_markdown_keeps_its_headline_and_text() {
        let page = "<!DOCTYPE html>\n<html><head><title>Tab</title><style>p {}</style></head>\n<body><h1>Test Page</h1>\n<p>Sam said so.</p></body></html>\n";
        let a = parse(page, "page.html");
        assert_eq!(a.title, "Test Page");
        assert_eq!(a.text, "Test Page\n\nSam said so.");
        assert_eq!(a.blocks[0].kind, BlockKind::Heading(1));
    }

    #[test]
    fn raw_html_in_lists_and_quotes_takes_their_kind() {
        let b = blocks("- <div>in a list</div>\n- plain\n\n> <div>quoted</div>\n");
        assert_eq!(b[0], ("• in a list".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("• plain".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2], ("quoted".to_string(), BlockKind::Quote { depth: 1 }));
    }

    #[test]
    fn an_html_list_inside_a_list_item_gets_one_marker() {
        let b = blocks("- <ul><li>x</li></ul>\n- plain\n\n1. <ol><li>y</li></ol>\n");
        assert_eq!(b[0], ("• x".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[1], ("• plain".to_string(), BlockKind::ListItem { depth: 1 }));
        assert_eq!(b[2].0, "1. y");
    }

    #[test]
    fn footnotes_read_as_their_labels() {
        let b = blocks("A term[^1] here.\n\n[^1]: The footnote text.\n");
        assert_eq!(b[0].0, "A term[1] here.");
        assert_eq!(b[1].0, "[1] The footnote text.");
    }

    #[test]
    fn no_heading_means_fallback_title() {
        assert_eq!(parse("just text", "notes.md").title, "notes.md");
    }
}
