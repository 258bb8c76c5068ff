//! A line of input being typed at the bottom of the screen (`/` a search, `:` a percentage),
//! edited as a shell line is: a cursor that moves, characters typed where it stands, and the
//! `Ctrl` keys of readline and `less`.

/// A line of input and where its cursor stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: String,
    /// The byte of `input` the cursor stands before (`input.len()` at the end); always on a
    /// character boundary.
    pub cursor: usize,
    /// Which earlier search `Up` brought back, counting back from the latest.
    pub recalled: Option<usize>,
    /// What was typed before `Up` brought back an earlier search: `Down` past the latest
    /// gives it back.
    pub draft: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Goto,
}

impl PromptKind {
    pub fn sigil(self) -> char {
        match self {
            PromptKind::Search => '/',
            PromptKind::Goto => ':',
        }
    }
}

/// Where a cursor key sends the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Left,
    Right,
    Home,
    End,
}

/// An edit of the open prompt: what its keys ask for. The terminal maps them, and
/// [`App::update`](super::App::update) applies them, as it does every other action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptEdit {
    /// A character typed where the cursor stands.
    Input(char),
    /// The character before the cursor; on an empty line, closes the prompt.
    Backspace,
    /// The character under the cursor.
    Delete,
    /// `Ctrl-w`: the word before the cursor.
    DeleteWord,
    /// `Ctrl-u`: everything before the cursor.
    DeleteToStart,
    Move(Motion),
    /// `Up` in the search prompt: the search made before the one shown.
    RecallOlder,
    /// `Down`: the one after it, and past the latest, what was being typed.
    RecallNewer,
    /// `Enter`: runs the search or the jump.
    Submit,
    Cancel,
}

impl Prompt {
    pub fn new(kind: PromptKind) -> Prompt {
        Prompt { kind, input: String::new(), cursor: 0, recalled: None, draft: String::new() }
    }

    /// Types `c` where the cursor stands (a control character types nothing).
    pub fn insert(&mut self, c: char) {
        if !c.is_control() {
            self.input.insert(self.cursor, c);
            self.cursor += c.len_utf8();
        }
    }

    /// Deletes the character before the cursor; `false` when there is none.
    pub fn backspace(&mut self) -> bool {
        let Some(c) = self.input[..self.cursor].chars().next_back() else { return false };
        self.cursor -= c.len_utf8();
        self.input.remove(self.cursor);
        true
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.input.len() {
            self.input.remove(self.cursor);
        }
    }

    pub fn motion(&mut self, m: Motion) {
        self.cursor = match m {
            Motion::Left => self.input[..self.cursor].chars().next_back().map_or(0, |c| self.cursor - c.len_utf8()),
            Motion::Right => {
                self.input[self.cursor..].chars().next().map_or(self.cursor, |c| self.cursor + c.len_utf8())
            }
            Motion::Home => 0,
            Motion::End => self.input.len(),
        };
    }

    /// `Ctrl-u`: deletes everything before the cursor.
    pub fn kill_to_start(&mut self) {
        self.input.replace_range(..self.cursor, "");
        self.cursor = 0;
    }

    /// `Ctrl-w`: deletes the word before the cursor, and the blanks between it and the cursor.
    pub fn delete_word(&mut self) {
        let before = &self.input[..self.cursor];
        let start = before.trim_end().trim_end_matches(|c: char| !c.is_whitespace()).len();
        self.input.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Replaces the whole line (an earlier search brought back), the cursor at its end.
    pub fn set(&mut self, line: String) {
        self.cursor = line.len();
        self.input = line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> Prompt {
        let mut p = Prompt::new(PromptKind::Search);
        s.chars().for_each(|c| p.insert(c));
        p
    }

    #[test]
    fn typing_goes_where_the_cursor_stands() {
        let mut p = typed("Kim K");
        p.motion(Motion::Left);
        p.motion(Motion::Left);
        p.insert('X');
        assert_eq!((p.input.as_str(), p.cursor), ("KimX K", 4));
        p.motion(Motion::Home);
        p.insert('Y');
        p.motion(Motion::End);
        p.insert('Z');
        assert_eq!(p.input, "YKimX KZ");
    }

    #[test]
    fn the_cursor_steps_over_whole_characters() {
        let mut p = typed("a東é");
        p.motion(Motion::Left);
        assert!(p.backspace());
        assert_eq!((p.input.as_str(), p.cursor), ("aé", 1));
        p.motion(Motion::Right);
        p.motion(Motion::Right);
        assert_eq!(p.cursor, p.input.len());
        p.motion(Motion::Home);
        assert!(!p.backspace());
        p.delete();
        assert_eq!(p.input, "é");
    }

    #[test]
    fn ctrl_u_and_ctrl_w_delete_before_the_cursor() {
        let mut p = typed("one two  three");
        p.motion(Motion::Left);
        p.delete_word();
        assert_eq!((p.input.as_str(), p.cursor), ("one two  e", 9));
        p.delete_word();
        assert_eq!((p.input.as_str(), p.cursor), ("one e", 4));
        p.kill_to_start();
        assert_eq!((p.input.as_str(), p.cursor), ("e", 0));
    }
}
