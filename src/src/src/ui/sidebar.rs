//! The sidebar: the People list above the Quotes list.

use super::{shorten_middle, truncate, Theme};
use crate::analyze::Analysis;
use crate::app::geometry::shown_entries;
use crate::app::{App, Focus};
use crate::sanitize::clean;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The fewest columns a speaker's name is cut to in the Quotes list, however narrow it is.
const MIN_NAME_COLUMNS: usize = 8;

/// The columns the Quotes list keeps for a quote's opening words beside its speaker's name.
const QUOTE_COLUMNS: usize = 8;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let [people_area, quotes_area] = crate::app::geometry::lists(area);
    let doc = app.doc();
    let Some(analysis) = &doc.analysis else {
        let block = frame_block("People", app.focus == Focus::People, theme);
        frame.render_widget(Paragraph::new(Span::styled("analysing…", theme.sidebar_dim)).block(block), area);
        return;
    };
    let inner = people_area.width.saturating_sub(2) as usize;
    let focused = app.focus == Focus::People;
    let title = format!("People {}", analysis.people.len());
    let shown = shown_entries(doc.list_top[0], doc.selected_person, analysis.people.len(), people_area);
    let people: Vec<ListItem> =
        analysis.people[shown.clone()].iter().map(|p| person_item(&p.name, p.mentions.len(), inner, theme)).collect();
    // Out of focus, a list marks only the entry opened (the person marked in the text, the
    // quote jumped to), if in view.
    let marked = |focused: bool, selected: usize, opened: Option<usize>, shown: &std::ops::Range<usize>| {
        // (The wheel may have scrolled the selection out of view.)
        let row = if focused { Some(selected) } else { opened };
        row.filter(|r| shown.contains(r)).map(|r| r - shown.start)
    };
    let row = marked(focused, doc.selected_person, doc.person, &shown);
    draw_list(frame, people, &title, focused, row, people_area, theme);

    let focused = app.focus == Focus::Quotes;
    let title = format!("Quotes {}", analysis.quotes.len());
    let shown = shown_entries(doc.list_top[1], doc.selected_quote, analysis.quotes.len(), quotes_area);
    let inner = quotes_area.width.saturating_sub(2) as usize;
    let quotes: Vec<ListItem> = analysis.quotes[shown.clone()]
        .iter()
        .map(|q| quote_item(analysis, q.speaker, &doc.article.text[q.span.clone()], inner, theme))
        .collect();
    let row = marked(focused, doc.selected_quote, doc.quote, &shown);
    draw_list(frame, quotes, &title, focused, row, quotes_area, theme);
}

fn frame_block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused { theme.sidebar_title_focused } else { theme.sidebar_title };
    Block::new()
        .borders(Borders::LEFT | Borders::TOP)
        .border_style(theme.gutter)
        .title(Span::styled(format!(" {title} "), style))
}

/// Draws a list with its `selected` row (an index among `items`) marked: in the selection's
/// colours when the list has the focus, else in bold.
fn draw_list(
    frame: &mut Frame,
    items: Vec<ListItem>,
    title: &str,
    focused: bool,
    selected: Option<usize>,
    area: Rect,
    theme: &Theme,
) {
    let empty = items.is_empty();
    let list = List::new(items).block(frame_block(title, focused, theme)).highlight_style(if focused {
        theme.selected
    } else {
        theme.sidebar_item.add_modifier(ratatui::style::Modifier::BOLD)
    });
    let selected = selected.filter(|_| !empty);
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, area, &mut state);
}

/// "Kim Kardashian ······ 9": the name, then the mention count at the right edge.
fn person_item<'a>(name: &str, count: usize, width: usize, theme: &Theme) -> ListItem<'a> {
    let count = count.to_string();
    let name = shorten_middle(&clean(name), width.saturating_sub(count.len() + 1));
    let pad = width.saturating_sub(name.width() + count.len()).max(1);
    ListItem::new(Line::from(vec![
        Span::styled(name, theme.sidebar_item),
        Span::raw(" ".repeat(pad)),
        Span::styled(count, theme.sidebar_dim),
    ]))
}

/// "Kim Kardashian: “I’ve been fighting…": the speaker, then the quote's opening words. A
/// speaker's name that would take more than half the `width` goes by its last word
/// (`Kardashian`), as a report does after the first mention, so that the quote keeps room to be
/// read; by the words before it where someone else listed has that last word too (`Margaret`
/// and `Thomas` for two Ellisons); one still too long is shortened in the middle.
fn quote_item<'a>(
    analysis: &Analysis,
    speaker: Option<usize>,
    quote: &str,
    width: usize,
    theme: &Theme,
) -> ListItem<'a> {
    let who = speaker.and_then(|s| analysis.people.get(s)).map_or_else(
        || "—".to_string(),
        |p| {
            let name = clean(&p.name);
            // (Not for a description: `the old gentleman` is no `gentleman`.)
            let described = name.starts_with(char::is_lowercase);
            let short = match name.rsplit_once(' ') {
                Some((given, last)) if name.width() * 2 > width && !described => {
                    let shared =
                        analysis.people.iter().enumerate().any(|(i, o)| {
                            Some(i) != speaker && o.name.rsplit_once(' ').is_some_and(|(_, l)| l == last)
                        });
                    // `Mr.` alone, for `Mr. Bennet` beside `Mrs. Bennet`, would say too little.
                    let titled_only = given.split(' ').all(|w| w.ends_with('.'));
                    match (shared, titled_only) {
                        (false, _) => last.to_string(),
                        (true, false) => given.to_string(),
                        (true, true) => name,
                    }
                }
                _ => name,
            };
            shorten_middle(&short, width.saturating_sub(QUOTE_COLUMNS + 1).max(MIN_NAME_COLUMNS))
        },
    );
    // Cut where the row ends, with `…` saying there is more.
    let words = clean(&quote.split_whitespace().collect::<Vec<_>>().join(" "));
    let words = truncate(&words, width.saturating_sub(who.width() + 1));
    ListItem::new(Line::from(vec![Span::styled(who, theme.heading), Span::raw(" "), Span::styled(words, theme.quote)]))
}
