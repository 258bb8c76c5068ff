//! Where each pane goes on the screen. The app needs the reading pane's size to scroll by
//! pages and to wrap; the ui needs it to draw: both ask here.

use super::action::{help_key_column, HelpLine};
use crate::config::{Config, Side};
use ratatui::layout::Rect;

/// Below this the screen shows only a request to enlarge it.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 4;
/// The sidebar is shown on start when the terminal is at least this wide.
pub const SIDEBAR_AUTO_WIDTH: u16 = 100;

/// The rectangles of one screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The column the text is drawn in (centred in the reading pane).
    pub text: Rect,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

/// The user's choices that shape the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    /// The widest the text column gets: a comfortable reading measure.
    pub measure: u16,
    pub sidebar_side: Side,
    pub sidebar_width: u16,
}

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs::from(&Config::default())
    }
}

impl From<&Config> for Prefs {
    fn from(c: &Config) -> Prefs {
        Prefs { measure: c.reading_width, sidebar_side: c.sidebar_side, sidebar_width: c.sidebar_width }
    }
}

/// Where the help overlay goes: centred on the screen, as wide as its key column and longest
/// line of help (a space on each side, and the border), as tall as its `lines` and its border
/// when there is room, and never larger than the screen.
pub fn help_box(screen: Rect, lines: &[HelpLine]) -> Rect {
    let column = help_key_column(lines);
    let widest = lines
        .iter()
        .map(|l| if l.keys.is_empty() { l.text.chars().count() } else { column + l.text.chars().count() })
        .max()
        .unwrap_or(0);
    let width = u16::try_from(widest + 4).unwrap_or(u16::MAX).min(screen.width);
    let height = (lines.len() + 2).min(screen.height as usize) as u16;
    Rect { x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width, height }
}

/// The sidebar's two lists: People above (45% of it), Quotes below.
pub fn lists(sidebar: Rect) -> [Rect; 2] {
    use ratatui::layout::{Constraint, Layout};
    Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(sidebar)
}

/// How many entries a list drawn in `area` shows: a row each, under its title.
pub fn list_rows(area: Rect) -> usize {
    area.height.saturating_sub(1).max(1) as usize
}

/// The entries a list of `len` shows in `area`: from `top`, where the wheel or a move of the
/// selection left its view, else far enough down to show entry `selected` (at the bottom).
/// Only these are built when the list is drawn, so that a book with thousands of quotes draws
/// as fast as an article; a click reads its entry from the same window.
pub fn shown_entries(top: Option<usize>, selected: usize, len: usize, area: Rect) -> std::ops::Range<usize> {
    let rows = list_rows(area);
    let start = top.unwrap_or_else(|| (selected.min(len.saturating_sub(1)) + 1).saturating_sub(rows));
    let start = start.min(len.saturating_sub(rows));
    start..(start + rows).min(len)
}

/// The screen above the status line, where the lists go over the text on a narrow screen.
pub fn body(panes: &Panes) -> Rect {
    Rect { x: 0, y: 0, width: panes.status.width, height: panes.status.y }
}

/// Splits the screen. Returns `None` when it is too small to read on.
pub fn panes(area: Rect, sidebar: bool, prefs: &Prefs) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let body_height = area.height - 1;
    let status = Rect { x: area.x, y: area.y + body_height, width: area.width, height: 1 };
    // The sidebar never takes more than a third of the screen, nor leaves the text too narrow.
    let side_width = if sidebar { prefs.sidebar_width.min(area.width / 3).max(16) } else { 0 };
    let side_width = if area.width - side_width < MIN_WIDTH { 0 } else { side_width };
    let reader_width = area.width - side_width;
    let (reader_x, side_x) = match prefs.sidebar_side {
        Side::Right => (area.x, area.x + reader_width),
        Side::Left => (area.x + side_width, area.x),
    };
    let sidebar = (side_width > 0).then_some(Rect { x: side_x, y: area.y, width: side_width, height: body_height });
    // Two columns of margin on each side when there is room; the text centred in what is left.
    let margin = if reader_width >= prefs.measure + 4 { 2 } else { 1 };
    let text_width = (reader_width - 2 * margin).min(prefs.measure);
    let x = reader_x + (reader_width - text_width) / 2;
    let text = Rect { x, y: area.y, width: text_width, height: body_height };
    Some(Panes { text, sidebar, status })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panes(area: Rect, sidebar: bool) -> Option<Panes> {
        super::panes(area, sidebar, &Prefs::default())
    }

    #[test]
    fn text_is_capped_and_centred() {
        let p = panes(Rect::new(0, 0, 200, 50), false).unwrap();
        assert_eq!(p.text.width, 80);
        assert_eq!(p.text.x, 60);
        assert_eq!(p.status.y, 49);
    }

    #[test]
    fn sidebar_takes_the_right() {
        let p = panes(Rect::new(0, 0, 110, 30), true).unwrap();
        let s = p.sidebar.unwrap();
        assert_eq!(s.x + s.width, 110);
        assert!(p.text.x + p.text.width <= s.x);
    }

    #[test]
    fn sidebar_on_the_left_and_a_wider_measure() {
        let prefs = Prefs { measure: 100, sidebar_side: Side::Left, sidebar_width: 30 };
        let p = super::panes(Rect::new(0, 0, 200, 50), true, &prefs).unwrap();
        assert_eq!(p.sidebar.unwrap().x, 0);
        assert_eq!(p.text.width, 100);
        assert!(p.text.x >= 30);
    }

    #[test]
    fn tiny_screens_are_refused_and_narrow_ones_drop_the_sidebar() {
        assert!(panes(Rect::new(0, 0, 19, 10), false).is_none());
        assert!(panes(Rect::new(0, 0, 40, 3), false).is_none());
        assert!(panes(Rect::new(0, 0, 30, 6), true).unwrap().sidebar.is_none());
    }
}
