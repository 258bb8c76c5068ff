//! Drawing: turns `&App` into a frame. Nothing here changes state.

pub mod help;
pub mod reader;
pub mod sidebar;
pub mod status;
pub mod theme;

use crate::app::App;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;
pub use theme::Theme;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let Some(panes) = app.panes() else {
        too_small(frame, area);
        return;
    };
    reader::draw(frame, app, theme, panes.text);
    if let Some(side) = panes.sidebar {
        sidebar::draw(frame, app, theme, side);
    }
    status::draw(frame, app, theme, panes.status);
    if app.help {
        help::draw(frame, app, theme, area);
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!("Enlarge the terminal: byline needs {}×{}", crate::app::geometry::MIN_WIDTH, crate::app::geometry::MIN_HEIGHT);
    frame.render_widget(Paragraph::new(Line::from(text)), area);
}
