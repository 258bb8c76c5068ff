//! The status line: the title on the left; the prompt, a message or the search position in
//! the middle; the focused pane and the position on the right.

use super::{truncate, Theme};
use crate::app::{App, Stepper};
use crate::sanitize::clean;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let doc = app.doc();
    if let Some(prompt) = &app.prompt {
        let text = format!("{}{}", prompt.kind.sigil(), clean(&prompt.input));
        let width = text.width() as u16;
        frame.render_widget(Paragraph::new(Line::from(text)), area);
        frame.set_cursor_position(Position::new(area.x + width.min(area.width.saturating_sub(1)), area.y));
        return;
    }
    let right = format!(" {} {:>3}% ", app.focus.name(), app.percent());
    let middle = app.message.clone().or_else(|| position_note(app)).unwrap_or_default();
    let mut title = clean(&doc.article.title);
    if app.docs.len() > 1 {
        title = format!("[{}/{}] {title}", app.current + 1, app.docs.len());
    }
    let width = area.width as usize;
    let fixed = right.width() + middle.width() + 3;
    let title = truncate(&title, width.saturating_sub(fixed).max(width / 3));
    let used = title.width() + 1 + middle.width() + right.width();
    let pad = width.saturating_sub(used + 1);
    let line = Line::from(vec![
        Span::raw(format!(" {title}")),
        Span::raw(" ".repeat(pad.clamp(1, 2))),
        Span::raw(middle),
        Span::raw(" ".repeat(pad.saturating_sub(2).max(1))),
        Span::raw(right),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// "match 3/14" or "mention 2/9", when stepping through either.
fn position_note(app: &App) -> Option<String> {
    let doc = app.doc();
    match app.stepper {
        Stepper::Matches => {
            let s = doc.search.as_ref()?;
            Some(format!("match {}/{}", s.current? + 1, s.matches.len()))
        }
        Stepper::Mentions => {
            let person = doc.analysis.as_ref()?.people.get(doc.person?)?;
            Some(format!("{} {}/{}", clean(&person.name), doc.mention? + 1, person.mentions.len()))
        }
    }
}

