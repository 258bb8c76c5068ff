//! The reading pane: the rows of the current article that are on screen, with quotations,
//! mentions of the selected person, search matches and the last jump target highlighted.

use super::Theme;
use crate::app::{App, Doc, Focus};
use crate::article::{Block, BlockKind};
use crate::layout::{Line as WrappedLine, Row};
use crate::sanitize::visible;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::ops::Range;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let doc = app.doc();
    // The person whose mentions are marked: the one jumped to, or the one selected in the list.
    let person = doc.person.or((app.focus == Focus::People).then_some(doc.selected_person));
    let mut lines = Vec::with_capacity(area.height as usize);
    let mut pos = doc.top;
    for _ in 0..area.height {
        lines.push(match doc.layout.row(&doc.article, pos) {
            Row::Text { block, line } => styled_line(doc, person, theme, block, line),
            Row::Gap => Line::default(),
        });
        let next = doc.layout.advance(&doc.article, pos, 1);
        if next == pos {
            break;
        }
        pos = next;
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// A highlighted stretch of one line and the style laid over it.
struct Layer {
    range: Range<usize>,
    style: Style,
}

/// The spans of `spans` (sorted, not overlapping) that touch `line`.
fn touching<'a, T>(
    spans: &'a [T],
    line: &Range<usize>,
    range: impl Fn(&T) -> &Range<usize> + 'a,
) -> impl Iterator<Item = &'a T> + 'a {
    let first = spans.partition_point(|s| range(s).end <= line.start);
    let end = line.end;
    spans[first..].iter().take_while(move |s| range(s).start < end)
}

fn layers(doc: &Doc, person: Option<usize>, theme: &Theme, block: &Block, line: &Range<usize>) -> Vec<Layer> {
    let mut out = Vec::new();
    if let Some(analysis) = &doc.analysis {
        for q in touching(&analysis.quotes, line, |q| &q.span) {
            out.push(Layer { range: q.span.clone(), style: theme.quote });
        }
    }
    // How the writer set the words shows inside a quotation (code keeps its colour there),
    // and every highlight the reader asked for shows over both.
    let at = block.range.start;
    out.extend(
        block
            .inline
            .iter()
            .map(|s| Layer { range: at + s.range.start..at + s.range.end, style: theme.inline(s.style) })
            .filter(|l| l.range.start < line.end && line.start < l.range.end),
    );
    if let Some(person) = person.and_then(|p| doc.analysis.as_ref()?.people.get(p)) {
        for m in touching(&person.mentions, line, |m| m) {
            out.push(Layer { range: m.clone(), style: theme.mention });
        }
    }
    if let Some(search) = doc.search.as_ref().filter(|s| s.shown) {
        let current = search.current.map(|i| &search.matches[i]);
        for m in touching(&search.matches, line, |m| m) {
            let style = if Some(m) == current { theme.search_current } else { theme.search };
            out.push(Layer { range: m.clone(), style });
        }
    }
    if let Some(mark) = &doc.mark {
        out.push(Layer { range: mark.clone(), style: theme.mark });
    }
    out
}

fn styled_line<'a>(doc: &Doc, person: Option<usize>, theme: &Theme, block: usize, line: &WrappedLine) -> Line<'a> {
    let kind = doc.article.blocks[block].kind;
    let base = match kind {
        // The title of a page (`#`, `<h1>`) stands out from its sections' headings.
        BlockKind::Heading(1) => theme.heading.add_modifier(Modifier::UNDERLINED),
        BlockKind::Heading(_) => theme.heading,
        _ => theme.text,
    };
    let mut spans = indent(&doc.article.blocks[block], line.indent, theme);
    let layers = layers(doc, person, theme, &doc.article.blocks[block], &line.range);
    let keep_spaces = kind == BlockKind::Code;
    let mut run = String::new();
    let mut run_style = base;
    let mut after_space = false;
    // The column in the row, for the tab stops of preformatted text.
    let mut col = 0;
    for (i, c) in doc.article.text[line.range.clone()].char_indices() {
        let at = line.range.start + i;
        let shown = if c.is_whitespace() && !keep_spaces {
            if after_space {
                continue;
            }
            after_space = true;
            ' '
        } else {
            after_space = false;
            visible(c)
        };
        let style = layers.iter().filter(|l| l.range.contains(&at)).fold(base, |s, l| s.patch(l.style));
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        if c == '\t' && keep_spaces {
            let w = crate::layout::tab_width(col);
            run.extend(std::iter::repeat_n(' ', w));
            col += w;
        } else {
            run.push(shown);
            col += crate::layout::char_width(c);
        }
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    Line::from(spans)
}

/// The indent before a line: the room of the lists a quotation or code stands in, a bar per
/// level of block quotation (a quotation's own, or those a list or code stands in), then
/// spaces.
fn indent(block: &Block, width: u16, theme: &Theme) -> Vec<Span<'static>> {
    let width = width as usize;
    let lead = (2 * block.listed as usize).min(width);
    let bars = match block.kind {
        BlockKind::Quote { depth } => depth as usize,
        _ => block.quoted as usize,
    }
    .min((width - lead) / 2);
    vec![
        Span::raw(" ".repeat(lead)),
        Span::styled("│ ".repeat(bars), theme.gutter),
        Span::raw(" ".repeat(width - lead - 2 * bars)),
    ]
}
