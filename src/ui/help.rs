//! The help overlay: every key, read from the same table that maps them.

use super::Theme;
use crate::app::action::KEYMAP;
use crate::app::App;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let mut lines: Vec<Line> = KEYMAP
        .iter()
        .map(|b| Line::from(vec![Span::styled(format!(" {:<12}", app.keymap.label(b.action)), theme.heading), Span::raw(b.help)]))
        .collect();
    lines.push(Line::from(vec![Span::styled(format!(" {:<12}", "wheel"), theme.heading), Span::raw("scroll the text")]));
    lines.push(Line::from(Span::styled(" In / and : prompts: Enter runs, Esc cancels.", theme.sidebar_dim)));
    lines.push(Line::from(Span::styled(" Any key closes this help.", theme.sidebar_dim)));
    let width = 56.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(Block::bordered().title(" Keys ")), rect);
}
