//! Where each pane goes on the screen. The app needs the reading pane's size to scroll by
//! pages and to wrap; the ui needs it to draw: both ask here.

use ratatui::layout::Rect;

/// The widest the text column gets: a comfortable reading measure.
pub const MEASURE: u16 = 80;
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

/// Splits the screen. Returns `None` when it is too small to read on.
pub fn panes(area: Rect, sidebar: bool) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let body_height = area.height - 1;
    let status = Rect { x: area.x, y: area.y + body_height, width: area.width, height: 1 };
    let side_width = if sidebar { (area.width / 3).clamp(20, 44) } else { 0 };
    let side_width = if area.width - side_width < MIN_WIDTH { 0 } else { side_width };
    let reader_width = area.width - side_width;
    let sidebar = (side_width > 0).then(|| Rect {
        x: area.x + reader_width,
        y: area.y,
        width: side_width,
        height: body_height,
    });
    // Two columns of margin on each side when there is room; the text centred in what is left.
    let margin = if reader_width >= MEASURE + 4 { 2 } else { 1 };
    let text_width = (reader_width - 2 * margin).min(MEASURE);
    let x = area.x + (reader_width - text_width) / 2;
    let text = Rect { x, y: area.y, width: text_width, height: body_height };
    Some(Panes { text, sidebar, status })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_capped_and_centred() {
        let p = panes(Rect::new(0, 0, 200, 50), false).unwrap();
        assert_eq!(p.text.width, MEASURE);
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
    fn tiny_screens_are_refused_and_narrow_ones_drop_the_sidebar() {
        assert!(panes(Rect::new(0, 0, 19, 10), false).is_none());
        assert!(panes(Rect::new(0, 0, 40, 3), false).is_none());
        assert!(panes(Rect::new(0, 0, 30, 6), true).unwrap().sidebar.is_none());
    }
}
