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

/// `s` cut to at most `max` columns, with `…` where it was cut: long names (`the gentleman in
/// the red woollen scarf`) must leave room for what stands beside them.
fn truncate(s: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// `s` cut to at most `max` columns by leaving out its middle: both ends of a name tell it
/// from its neighbours (`the woman…green coat`, `the woman…the blue hat`).
fn shorten_middle(s: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if s.width() <= max || max < 3 {
        return truncate(s, max);
    }
    let tail_room = (max - 1) / 2;
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > tail_room {
            break;
        }
        used += w;
        tail.push(c);
    }
    let tail: String = tail.into_iter().rev().collect();
    truncate(s, max - used) + tail.trim_start()
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!("Enlarge the terminal: byline needs {}×{}", crate::app::geometry::MIN_WIDTH, crate::app::geometry::MIN_HEIGHT);
    frame.render_widget(Paragraph::new(Line::from(text)), area);
}

#[cfg(test)]
mod tests {
    use super::{shorten_middle, truncate};
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn truncating_keeps_to_the_width_and_marks_the_cut() {
        assert_eq!(truncate("Kim Kardashian", 20), "Kim Kardashian");
        assert_eq!(truncate("the woman in the long green coat", 12), "the woman i…");
        let wide = truncate("東京の紳士と淑女", 7);
        assert!(wide.width() <= 7 && wide.ends_with('…'), "{wide}");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn shortening_in_the_middle_keeps_both_ends() {
        assert_eq!(shorten_middle("the woman in the long green coat", 21), "the woman…green coat");
        assert_eq!(shorten_middle("Kim Kardashian", 20), "Kim Kardashian");
        assert!(shorten_middle("the lady in the pink silk dress", 11).width() <= 11);
    }
}
