//! Drawing: turns `&App` into a frame. Nothing here changes state.

pub mod help;
pub mod reader;
pub mod sidebar;
pub mod status;
pub mod theme;

use crate::app::{geometry, App};
use ratatui::layout::{Alignment, Rect};
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
    } else if app.lists_over_text() {
        // No room beside the text: the lists cover it while they have the focus.
        let body = crate::app::geometry::body(&panes);
        frame.render_widget(ratatui::widgets::Clear, body);
        sidebar::draw(frame, app, theme, body);
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

/// The request to enlarge a screen too small to read on, centred in it.
fn too_small(frame: &mut Frame, area: Rect) {
    let lines = enlarge_message(area.width as usize, area.height as usize);
    let height = lines.len() as u16;
    let rect = Rect { y: area.y + (area.height - height) / 2, height, ..area };
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), rect);
}

/// The request to enlarge the screen, wrapped into `width` × `height` cells: the most complete
/// form that fits whole, down to the bare size needed, since a clipped sentence could lose the
/// one thing it asks for. Nothing when not even the size, on two lines, fits.
fn enlarge_message(width: usize, height: usize) -> Vec<String> {
    let size = format!("{}×{}", geometry::MIN_WIDTH, geometry::MIN_HEIGHT);
    let forms = [
        format!("Enlarge the terminal: byline needs {size}"),
        format!("Enlarge the terminal to {size}"),
        format!("Enlarge to {size}"),
        format!("Need {size}"),
        size,
        // Narrower still, the width above the height: `20` over `×4`.
        format!("{} ×{}", geometry::MIN_WIDTH, geometry::MIN_HEIGHT),
    ];
    forms.iter().find_map(|form| wrap_whole(form, width, height)).unwrap_or_default()
}

/// `text` wrapped at its spaces into lines of at most `width` columns, if that takes at most
/// `height` lines without cutting a word.
fn wrap_whole(text: &str, width: usize, height: usize) -> Option<Vec<String>> {
    use unicode_width::UnicodeWidthStr;
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        if word.width() > width {
            return None;
        }
        match lines.last_mut() {
            Some(line) if line.width() + 1 + word.width() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    (lines.len() <= height).then_some(lines)
}

#[cfg(test)]
mod tests {
    use super::{enlarge_message, shorten_middle, truncate};
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

    #[test]
    fn the_request_to_enlarge_wraps_whole_into_small_screens() {
        assert_eq!(enlarge_message(80, 1), ["Enlarge the terminal: byline needs 20×4"]);
        assert_eq!(enlarge_message(19, 6), ["Enlarge the", "terminal: byline", "needs 20×4"]);
        assert_eq!(enlarge_message(12, 3), ["Enlarge the", "terminal to", "20×4"]);
        assert_eq!(enlarge_message(12, 1), ["Need 20×4"]);
        assert_eq!(enlarge_message(5, 2), ["Need", "20×4"]);
        assert_eq!(enlarge_message(4, 1), ["20×4"]);
        assert_eq!(enlarge_message(3, 3), ["20", "×4"]);
        assert!(enlarge_message(3, 1).is_empty());
        assert!(enlarge_message(1, 1).is_empty());
        for width in 0..45 {
            for height in 0..5 {
                let lines = enlarge_message(width, height);
                assert!(
                    lines.len() <= height && lines.iter().all(|l| l.width() <= width),
                    "{width}×{height}: {lines:?}"
                );
            }
        }
    }
}
