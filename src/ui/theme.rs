//! Colours and text attributes, in one place.

use ratatui::style::{Color, Modifier, Style};

/// The styles the reader draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub text: Style,
    pub heading: Style,
    pub quote: Style,
    pub mention: Style,
    pub search: Style,
    pub search_current: Style,
    pub mark: Style,
    pub gutter: Style,
    pub sidebar_title: Style,
    pub sidebar_title_focused: Style,
    pub sidebar_item: Style,
    pub sidebar_dim: Style,
    pub selected: Style,
    pub status: Style,
}

impl Theme {
    /// Colours for a dark terminal background, from the 16 ANSI colours so that every terminal
    /// shows them and the user's palette decides their exact shade.
    pub fn dark() -> Theme {
        Theme {
            text: Style::new(),
            heading: Style::new().add_modifier(Modifier::BOLD),
            quote: Style::new().fg(Color::LightCyan),
            mention: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            search: Style::new().fg(Color::Black).bg(Color::Yellow),
            search_current: Style::new().fg(Color::Black).bg(Color::LightMagenta),
            mark: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            gutter: Style::new().fg(Color::DarkGray),
            sidebar_title: Style::new().add_modifier(Modifier::BOLD),
            sidebar_title_focused: Style::new().fg(Color::LightCyan).add_modifier(Modifier::BOLD),
            sidebar_item: Style::new(),
            sidebar_dim: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            status: Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// No colour at all (the `NO_COLOR` convention): attributes alone tell things apart.
    pub fn monochrome() -> Theme {
        Theme {
            text: Style::new(),
            heading: Style::new().add_modifier(Modifier::BOLD),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            mention: Style::new().add_modifier(Modifier::BOLD),
            search: Style::new().add_modifier(Modifier::REVERSED),
            search_current: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            mark: Style::new().add_modifier(Modifier::UNDERLINED),
            gutter: Style::new(),
            sidebar_title: Style::new().add_modifier(Modifier::BOLD),
            sidebar_title_focused: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            sidebar_item: Style::new(),
            sidebar_dim: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            status: Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// The theme for this environment: monochrome when `NO_COLOR` is set to anything non-empty.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::dark(),
        }
    }
}
