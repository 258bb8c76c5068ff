//! What the user can ask for, and the one table that maps keys to it. The help overlay reads
//! the same table, so the keys it lists are the keys that work.

use super::prompt::PromptEdit;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Something the user asked the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A line down (text) or the next entry (lists).
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    /// The top of the text, or the first entry of a list.
    First,
    Last,
    /// The mouse wheel, by this many lines, with the pointer at this column and row: it
    /// scrolls the list under the pointer, else the text, whatever has the focus.
    Scroll {
        lines: i16,
        column: u16,
        row: u16,
    },
    /// A click at this column and row: on a list's entry, opens it.
    Click {
        column: u16,
        row: u16,
    },
    /// Cycle the focus: text → People → Quotes → text.
    FocusNext,
    FocusPrev,
    /// Jump the text to the selected person or quote.
    Open,
    /// The next / previous search match, mention of the selected person, or quote.
    Next,
    Prev,
    /// Back to where the reader was before the last jump (and again, to the jump).
    Return,
    Search,
    Goto,
    ToggleSidebar,
    Help,
    NextArticle,
    PrevArticle,
    /// Step back from what is open (help, prompt, highlights, a list's focus, a message), or
    /// quit when nothing is.
    Back,
    Quit,
    Suspend,
    /// A key typed into the open prompt. Not in [`KEYMAP`]: the prompt's keys are fixed, as
    /// a shell line's are, and a config cannot bind them.
    Edit(PromptEdit),
}

/// The lines the mouse wheel scrolls the text by, one notch at a time.
pub const WHEEL_LINES: i16 = 3;

/// The default keys of an action, its name in the config file, and the words the help shows.
pub struct Binding {
    pub keys: &'static [KeyEvent],
    pub name: &'static str,
    pub action: Action,
    pub help: &'static str,
}

const fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

const fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

const fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

/// Every key byline answers to outside a prompt.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[ch('j'), key(KeyCode::Down)],
        name: "down",
        action: Action::Down,
        help: "line down / next entry",
    },
    Binding { keys: &[ch('k'), key(KeyCode::Up)], name: "up", action: Action::Up, help: "line up / previous entry" },
    Binding {
        keys: &[ch(' '), key(KeyCode::PageDown), ctrl('f')],
        name: "page_down",
        action: Action::PageDown,
        help: "page down",
    },
    Binding {
        keys: &[ch('b'), key(KeyCode::PageUp), ctrl('b')],
        name: "page_up",
        action: Action::PageUp,
        help: "page up",
    },
    Binding { keys: &[ctrl('d')], name: "half_page_down", action: Action::HalfPageDown, help: "half a page down" },
    Binding { keys: &[ctrl('u')], name: "half_page_up", action: Action::HalfPageUp, help: "half a page up" },
    Binding { keys: &[ch('g'), key(KeyCode::Home)], name: "first", action: Action::First, help: "top / first entry" },
    Binding { keys: &[ch('G'), key(KeyCode::End)], name: "last", action: Action::Last, help: "bottom / last entry" },
    Binding {
        keys: &[key(KeyCode::Tab)],
        name: "focus_next",
        action: Action::FocusNext,
        help: "focus: text → People → Quotes",
    },
    Binding {
        keys: &[key(KeyCode::BackTab)],
        name: "focus_prev",
        action: Action::FocusPrev,
        help: "focus the other way",
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        name: "open",
        action: Action::Open,
        help: "jump to the selected person or quote; in the text, line down",
    },
    Binding { keys: &[ch('n')], name: "next", action: Action::Next, help: "next match / mention / quote" },
    Binding { keys: &[ch('N')], name: "prev", action: Action::Prev, help: "previous match / mention / quote" },
    Binding {
        keys: &[ch('\''), ctrl('o')],
        name: "return",
        action: Action::Return,
        help: "back to where you were before the jump",
    },
    Binding { keys: &[ch('/')], name: "search", action: Action::Search, help: "search the text" },
    Binding { keys: &[ch(':')], name: "goto", action: Action::Goto, help: "go to a percentage (:50%)" },
    Binding {
        keys: &[ch('s')],
        name: "toggle_sidebar",
        action: Action::ToggleSidebar,
        help: "show / hide the sidebar",
    },
    Binding {
        keys: &[ch(']')],
        name: "next_article",
        action: Action::NextArticle,
        help: "next article (several files)",
    },
    Binding { keys: &[ch('[')], name: "prev_article", action: Action::PrevArticle, help: "previous article" },
    Binding { keys: &[ch('?')], name: "help", action: Action::Help, help: "this help" },
    Binding { keys: &[key(KeyCode::Esc)], name: "back", action: Action::Back, help: "close, clear, back to the text" },
    Binding { keys: &[ch('q'), ctrl('c')], name: "quit", action: Action::Quit, help: "quit" },
    Binding { keys: &[ctrl('z')], name: "suspend", action: Action::Suspend, help: "suspend (fg to return)" },
];

/// One line of the help overlay: the keys (none for a note) and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub text: String,
}

/// The help overlay's lines: every binding in force, the mouse wheel, then notes. The app
/// counts them to scroll the help, the ui draws them: both read them here.
pub fn help_lines(keymap: &Keymap) -> Vec<HelpLine> {
    let line = |keys: String, text: String| HelpLine { keys, text };
    let mut lines: Vec<HelpLine> = KEYMAP.iter().map(|b| line(keymap.label(b.action), b.help.to_string())).collect();
    lines.push(line("wheel click".into(), format!("scroll {WHEEL_LINES} lines or a list; open an entry")));
    lines.push(line(String::new(), "In / and : prompts: Enter runs, Esc cancels, ← → move,".into()));
    lines.push(line(String::new(), "Ctrl-w Ctrl-u delete back, ↑ ↓ bring back searches.".into()));
    let (down, up) = (keymap.label(Action::Down), keymap.label(Action::Up));
    lines.push(line(String::new(), format!("{down} / {up} scroll this help; other keys close it.")));
    lines
}

/// How wide the help's key column is: its widest keys and a space (at least 12 columns, so
/// that the usual keys line up the same whatever a config binds).
pub fn help_key_column(lines: &[HelpLine]) -> usize {
    lines.iter().map(|l| l.keys.chars().count() + 1).max().unwrap_or(0).max(12)
}

impl Action {
    /// The action a config file names (`page_down`).
    pub fn from_name(name: &str) -> Option<Action> {
        KEYMAP.iter().find(|b| b.name == name).map(|b| b.action)
    }
}

/// The keys in force: the defaults, with the user's overrides.
#[derive(Debug, Clone)]
pub struct Keymap {
    keys: Vec<(Action, Vec<KeyEvent>)>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap { keys: KEYMAP.iter().map(|b| (b.action, b.keys.to_vec())).collect() }
    }
}

impl Keymap {
    /// The defaults, with each named action's keys replaced by `overrides` (already checked by
    /// the config loader; unknown names and keys are skipped). A key given to an action is
    /// taken from whichever action had it before.
    pub fn with_overrides<'a>(overrides: impl IntoIterator<Item = (&'a String, &'a Vec<String>)>) -> Keymap {
        let mut map = Keymap::default();
        for (name, keys) in overrides {
            let Some(action) = Action::from_name(name) else { continue };
            // A key listed twice (`["x", "x"]`, or `"G"` and `"Shift-G"`) is bound once.
            let mut keys: Vec<KeyEvent> = keys.iter().filter_map(|k| parse_key(k)).collect();
            let mut k = 0;
            while k < keys.len() {
                if keys[..k].iter().any(|e| same_key(*e, keys[k])) {
                    keys.remove(k);
                } else {
                    k += 1;
                }
            }
            for (_, bound) in &mut map.keys {
                bound.retain(|k| !keys.iter().any(|n| same_key(*k, *n)));
            }
            if let Some((_, bound)) = map.keys.iter_mut().find(|(a, _)| *a == action) {
                *bound = keys;
            }
        }
        map
    }

    /// The action a key press asks for, if any.
    pub fn action_for(&self, key: KeyEvent) -> Option<Action> {
        self.keys.iter().find(|(_, keys)| keys.iter().any(|k| same_key(*k, key))).map(|(a, _)| *a)
    }

    /// The keys of an action as the help shows them ("j ↓").
    pub fn label(&self, action: Action) -> String {
        let keys = self.keys.iter().find(|(a, _)| *a == action).map_or(&[][..], |(_, k)| k.as_slice());
        keys.iter().take(3).map(|k| key_label(*k)).collect::<Vec<_>>().join(" ")
    }
}

/// Shifted letters arrive with SHIFT set on some terminals and without on others: the letter's
/// case already tells.
fn same_key(a: KeyEvent, b: KeyEvent) -> bool {
    a.code == b.code && a.modifiers - KeyModifiers::SHIFT == b.modifiers - KeyModifiers::SHIFT
}

/// Reads a key as the config writes it: "j", "G", "Ctrl-d", "Alt-x", "Down", "PgDn", "Space",
/// "Enter", "Esc", "Tab", "Shift-Tab", "Home", "End", "Backspace", "F1".
pub fn parse_key(s: &str) -> Option<KeyEvent> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        let (m, len) = if lower.starts_with("ctrl-") {
            (KeyModifiers::CONTROL, 5)
        } else if lower.starts_with("c-") && rest.len() > 2 {
            (KeyModifiers::CONTROL, 2)
        } else if lower.starts_with("alt-") {
            (KeyModifiers::ALT, 4)
        } else if lower.starts_with("shift-") {
            (KeyModifiers::SHIFT, 6)
        } else {
            break;
        };
        mods |= m;
        rest = &rest[len..];
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some('↑'), None) => KeyCode::Up,
        (Some('↓'), None) => KeyCode::Down,
        (Some('←'), None) => KeyCode::Left,
        (Some('→'), None) => KeyCode::Right,
        // `Shift-n` is the `N` the terminal sends; with Ctrl, the letter's case says nothing.
        (Some(c), None) if mods.contains(KeyModifiers::CONTROL) => KeyCode::Char(c.to_ascii_lowercase()),
        (Some(c), None) if mods.contains(KeyModifiers::SHIFT) => KeyCode::Char(c.to_ascii_uppercase()),
        (Some(c), None) => KeyCode::Char(c),
        _ => match rest.to_ascii_lowercase().as_str() {
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "pgup" | "pageup" => KeyCode::PageUp,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?),
            _ => return None,
        },
    };
    Some(KeyEvent::new(code, mods))
}

/// How the help overlay writes a key.
pub fn key_label(k: KeyEvent) -> String {
    let name = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if k.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else if k.modifiers.contains(KeyModifiers::ALT) {
        format!("Alt-{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action_for(k: KeyEvent) -> Option<Action> {
        Keymap::default().action_for(k)
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(action_for(ch('j')), Some(Action::Down));
        assert_eq!(action_for(key(KeyCode::PageDown)), Some(Action::PageDown));
        assert_eq!(action_for(ctrl('d')), Some(Action::HalfPageDown));
        assert_eq!(action_for(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Last));
        assert_eq!(action_for(ch('x')), None);
        assert_eq!(action_for(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::ALT)), None);
    }

    #[test]
    fn overrides_replace_an_actions_keys_and_take_them_from_others() {
        let mut o = std::collections::BTreeMap::new();
        o.insert("quit".to_string(), vec!["x".to_string(), "j".to_string()]);
        let map = Keymap::with_overrides(&o);
        assert_eq!(map.action_for(ch('x')), Some(Action::Quit));
        assert_eq!(map.action_for(ch('j')), Some(Action::Quit));
        assert_eq!(map.action_for(ch('q')), None);
        assert_eq!(map.action_for(key(KeyCode::Down)), Some(Action::Down));
        assert_eq!(map.label(Action::Quit), "x j");
    }

    #[test]
    fn a_key_listed_twice_for_one_action_is_bound_once() {
        let mut o = std::collections::BTreeMap::new();
        o.insert("quit".to_string(), vec!["x".to_string(), "x".to_string(), "y".to_string()]);
        let map = Keymap::with_overrides(&o);
        assert_eq!(map.label(Action::Quit), "x y");
    }

    #[test]
    fn key_names_parse() {
        assert_eq!(parse_key("Ctrl-d"), Some(ctrl('d')));
        assert_eq!(parse_key("PgDn"), Some(key(KeyCode::PageDown)));
        assert_eq!(parse_key("Space"), Some(ch(' ')));
        assert_eq!(parse_key("Shift-Tab"), Some(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)));
        assert_eq!(parse_key("Shift-n").map(|k| k.code), Some(KeyCode::Char('N')));
        assert_eq!(parse_key("F5"), Some(key(KeyCode::F(5))));
        assert_eq!(parse_key("Hyper-q"), None);
        assert_eq!(parse_key("F99"), None);
        for b in KEYMAP {
            for k in b.keys {
                assert_eq!(parse_key(&key_label(*k)).map(|p| same_key(p, *k)), Some(true), "{k:?}");
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let all: Vec<_> = KEYMAP.iter().flat_map(|b| b.keys.iter()).collect();
        for (i, a) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(a), "{a:?} bound twice");
        }
    }
}
