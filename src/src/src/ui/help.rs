//! The help overlay: every key, read from the same table that maps them. On a screen too short
//! for it all, it shows the lines from `app.help_scroll` on, and says on its border how many
//! more there are and which key brings them.

use super::{truncate, Theme};
use crate::app::action::{help_key_column, help_lines, Action, HelpLine, Keymap};
use crate::app::{geometry, App};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lines = help_lines(&app.keymap);
    let rect = geometry::help_box(area, &lines);
    let room = rect.height.saturating_sub(2) as usize;
    let column = help_key_column(&lines);
    let inner = rect.width.saturating_sub(2) as usize;
    let shown: Vec<Line> =
        lines.iter().skip(app.help_scroll).take(room).map(|l| styled(l, column, inner, theme)).collect();
    let mut block = Block::bordered().title(" Keys ");
    let below = lines.len().saturating_sub(app.help_scroll + room);
    if let Some(more) = more_note(&app.keymap, app.help_scroll, below) {
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(shown).block(block), rect);
}

/// A binding: its keys in a column of their own (`column` wide), then what they do; a note,
/// dimmed. On a box `inner` columns wide too narrow for the column and a few words, the words
/// follow the keys straight on; words that do not fit end in `…`, rather than be cut.
fn styled<'a>(line: &'a HelpLine, column: usize, inner: usize, theme: &Theme) -> Line<'a> {
    if line.keys.is_empty() {
        return Line::from(Span::styled(truncate(&format!(" {}", line.text), inner), theme.sidebar_dim));
    }
    let column = if inner >= 1 + column + NARROWEST_WORDS { column } else { line.keys.chars().count() + 1 };
    let keys = truncate(&format!(" {:<column$}", line.keys), inner);
    let room = inner.saturating_sub(keys.width());
    Line::from(vec![Span::styled(keys, theme.heading), Span::raw(truncate(&line.text, room))])
}

/// The fewest columns of words beside the aligned key column: below that, words follow keys.
const NARROWEST_WORDS: usize = 12;

/// " j ↓ 4 more ": the lines hidden below the box, or above it once all below are in view.
fn more_note(keymap: &Keymap, above: usize, below: usize) -> Option<String> {
    let (action, hidden) = if below > 0 { (Action::Down, below) } else { (Action::Up, above) };
    (hidden > 0).then(|| format!(" {} {hidden} more ", keymap.label(action)))
}
