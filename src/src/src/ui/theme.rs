//! Colours and text attributes, in one place. The user's settings over them are applied by
//! [`crate::config::Config::theme`]: the theme knows nothing of the config.

use crate::article::inline::Inline;
use ratatui::style::{Color, Modifier, Style};

/// The styles the reader draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub text: Style,
    pub heading: Style,
    /// Words the writer set apart: `*emphasis*`, `**strong**`, `` `code` ``, links, `~~struck~~`.
    pub emphasis: Style,
    pub strong: Style,
    pub code: Style,
    pub link: Style,
    pub struck: Style,
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
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: Style::new().add_modifier(Modifier::BOLD),
            code: Style::new().fg(Color::LightGreen),
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            struck: Style::new().add_modifier(Modifier::CROSSED_OUT),
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

    /// Colours for a light terminal background: darker hues that keep their contrast on white.
    pub fn light() -> Theme {
        Theme {
            code: Style::new().fg(Color::Green),
            quote: Style::new().fg(Color::Blue),
            mention: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            search: Style::new().fg(Color::Black).bg(Color::LightYellow),
            search_current: Style::new().fg(Color::White).bg(Color::Magenta),
            gutter: Style::new().fg(Color::Gray),
            sidebar_title_focused: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            sidebar_dim: Style::new().fg(Color::DarkGray),
            ..Theme::dark()
        }
    }

    /// No colour at all (the `NO_COLOR` convention): attributes alone tell things apart.
    pub fn monochrome() -> Theme {
        Theme {
            text: Style::new(),
            heading: Style::new().add_modifier(Modifier::BOLD),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: Style::new().add_modifier(Modifier::BOLD),
            code: Style::new().add_modifier(Modifier::DIM),
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            struck: Style::new().add_modifier(Modifier::CROSSED_OUT),
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

    /// The style of words set as `inline` says.
    pub fn inline(&self, inline: Inline) -> Style {
        match inline {
            Inline::Emphasis => self.emphasis,
            Inline::Strong => self.strong,
            Inline::Code => self.code,
            Inline::Link => self.link,
            Inline::Struck => self.struck,
        }
    }

    /// Whether the environment asks for no colour (<https://no-color.org>).
    pub fn no_color_env() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}
