//! What the user can ask for, and the one table that maps keys to it. The help overlay reads
//! the same table, so the keys it lists are the keys that work.

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
    /// Scroll the text by this many lines, whatever has the focus (the mouse wheel).
    Scroll(i16),
    /// Cycle the focus: text → People → Quotes → text.
    FocusNext,
    FocusPrev,
    /// Jump the text to the selected person or quote.
    Open,
    /// The next / previous search match or mention of the selected person.
    Next,
    Prev,
    Search,
    Goto,
    ToggleSidebar,
    Help,
    NextArticle,
    PrevArticle,
    /// Close what is open (help, prompt, search), or quit when nothing is.
    Back,
    Quit,
    Suspend,
}

/// A key and the action it does, with the words the help overlay shows.
pub struct Binding {
    pub keys: &'static [KeyEvent],
    pub label: &'static str,
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
    Binding { keys: &[ch('j'), key(KeyCode::Down)], label: "j ↓", action: Action::Down, help: "line down / next entry" },
    Binding { keys: &[ch('k'), key(KeyCode::Up)], label: "k ↑", action: Action::Up, help: "line up / previous entry" },
    Binding { keys: &[ch(' '), key(KeyCode::PageDown), ctrl('f')], label: "Space PgDn", action: Action::PageDown, help: "page down" },
    Binding { keys: &[ch('b'), key(KeyCode::PageUp), ctrl('b')], label: "b PgUp", action: Action::PageUp, help: "page up" },
    Binding { keys: &[ctrl('d')], label: "Ctrl-d", action: Action::HalfPageDown, help: "half a page down" },
    Binding { keys: &[ctrl('u')], label: "Ctrl-u", action: Action::HalfPageUp, help: "half a page up" },
    Binding { keys: &[ch('g'), key(KeyCode::Home)], label: "g Home", action: Action::First, help: "top / first entry" },
    Binding { keys: &[ch('G'), key(KeyCode::End)], label: "G End", action: Action::Last, help: "bottom / last entry" },
    Binding { keys: &[key(KeyCode::Tab)], label: "Tab", action: Action::FocusNext, help: "focus: text → People → Quotes" },
    Binding { keys: &[key(KeyCode::BackTab)], label: "Shift-Tab", action: Action::FocusPrev, help: "focus the other way" },
    Binding { keys: &[key(KeyCode::Enter)], label: "Enter", action: Action::Open, help: "jump to the selected person or quote" },
    Binding { keys: &[ch('n')], label: "n", action: Action::Next, help: "next match / next mention" },
    Binding { keys: &[ch('N')], label: "N", action: Action::Prev, help: "previous match / mention" },
    Binding { keys: &[ch('/')], label: "/", action: Action::Search, help: "search the text" },
    Binding { keys: &[ch(':')], label: ":", action: Action::Goto, help: "go to a percentage (:50%)" },
    Binding { keys: &[ch('s')], label: "s", action: Action::ToggleSidebar, help: "show / hide the sidebar" },
    Binding { keys: &[ch(']')], label: "]", action: Action::NextArticle, help: "next article (several files)" },
    Binding { keys: &[ch('[')], label: "[", action: Action::PrevArticle, help: "previous article" },
    Binding { keys: &[ch('?')], label: "?", action: Action::Help, help: "this help" },
    Binding { keys: &[key(KeyCode::Esc)], label: "Esc", action: Action::Back, help: "close help / clear search / quit" },
    Binding { keys: &[ch('q'), ctrl('c')], label: "q", action: Action::Quit, help: "quit" },
    Binding { keys: &[ctrl('z')], label: "Ctrl-z", action: Action::Suspend, help: "suspend (fg to return)" },
];

/// The action a key press asks for, if any.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    // Shifted letters arrive with SHIFT set on some terminals and without on others.
    let mods = key.modifiers - KeyModifiers::SHIFT;
    KEYMAP
        .iter()
        .find(|b| b.keys.iter().any(|k| k.code == key.code && k.modifiers - KeyModifiers::SHIFT == mods))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn no_key_is_bound_twice() {
        let all: Vec<_> = KEYMAP.iter().flat_map(|b| b.keys.iter()).collect();
        for (i, a) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(a), "{a:?} bound twice");
        }
    }
}
