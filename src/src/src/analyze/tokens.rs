//! Words and punctuation with their byte spans, and where sentences start: the one pass over
//! the text that people detection builds on.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with apostrophes and hyphens inside ("O'Neil", "Bailey-Ross").
    Word,
    /// One punctuation character.
    Punct(char),
    /// A paragraph break (a blank line).
    Break,
}

/// Offsets are kept as `u32` (byline reads at most 512 MB): a book has millions of tokens, and
/// their size is most of the analysis's memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    start: u32,
    /// The end offset, with the top bit set for a word that begins a sentence (where any word
    /// is capitalised): twelve bytes a token instead of sixteen.
    end_and_start_flag: u32,
    pub kind: Kind,
}

const SENTENCE_START: u32 = 1 << 31;

impl Token {
    fn new(span: Range<usize>, kind: Kind) -> Token {
        Token { start: span.start as u32, end_and_start_flag: span.end as u32 & !SENTENCE_START, kind }
    }

    pub fn span(&self) -> Range<usize> {
        self.start()..self.end()
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        (self.end_and_start_flag & !SENTENCE_START) as usize
    }

    /// A word that begins a sentence, where any word is capitalised.
    pub fn sentence_start(&self) -> bool {
        self.end_and_start_flag & SENTENCE_START != 0
    }

    fn mark_sentence_start(&mut self) {
        self.end_and_start_flag |= SENTENCE_START;
    }

    /// The same token in a text that starts `by` bytes earlier.
    pub fn shifted(mut self, by: usize) -> Token {
        let flag = self.end_and_start_flag & SENTENCE_START;
        self.start += by as u32;
        self.end_and_start_flag = (self.end() as u32 + by as u32) | flag;
        self
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// ASCII letters and digits, by byte: the test the tokenizer makes on nearly every byte.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// Splits `text` into tokens. White space is dropped, except blank lines, which become breaks.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // About one token per four bytes of prose: enough that the list is not copied as it grows
    // (pages never written are never resident).
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 16);
    let mut line = Line::default();
    let mut newlines = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The commonest bytes first, without decoding: a space, a plain letter or digit.
        if b == b' ' {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_whitespace() {
            if c == '\n' {
                line.end(&mut out);
                newlines += 1;
                if newlines == 2 {
                    out.push(Token::new(i..i + 1, Kind::Break));
                }
            }
            i += len;
            continue;
        }
        newlines = 0;
        if !(ASCII_WORD[usize::from(b)] || (b >= 0x80 && c.is_alphanumeric())) {
            out.push(Token::new(i..i + len, Kind::Punct(c)));
            i += len;
            continue;
        }
        let start = i;
        i += len;
        loop {
            while i < bytes.len() && ASCII_WORD[usize::from(bytes[i])] {
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
            let (d, dlen) = char_at(text, i);
            if d.is_alphanumeric() || d == '\u{301}' || d == '\u{300}' {
                i += dlen;
            } else if (is_apostrophe(d) || d == '-')
                && i + dlen < bytes.len()
                && char_at(text, i + dlen).0.is_alphanumeric()
            {
                // Inside a word only when a letter follows: "O'Neil", "well-known".
                i += dlen;
            } else {
                break;
            }
        }
        line.word(i - start, c.is_uppercase());
        out.push(Token::new(start..i, Kind::Word));
    }
    line.end(&mut out);
    mark_sentence_starts(text, &mut out);
    out
}

/// The line being read, for telling Title Case lines ("Caring for Basil and Using It"), where
/// a capital tells nothing: their words count as starting a sentence. Counted as the words go
/// by, so that telling costs no second pass.
#[derive(Default)]
struct Line {
    /// Index of the line's first token.
    first: usize,
    /// Words longer than three bytes ("for", "and", "of" stay lower case in titles)...
    long: usize,
    /// ...and how many of them are capitalised.
    capitalised: usize,
}

impl Line {
    fn word(&mut self, len: usize, capitalised: bool) {
        if len > 3 {
            self.long += 1;
            self.capitalised += usize::from(capitalised);
        }
    }

    /// Ends the line at the last token read, marking its words when it is Title Case.
    fn end(&mut self, tokens: &mut [Token]) {
        let line = &mut tokens[self.first..];
        let ends_like_prose = line.last().is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';')));
        if self.long >= 3 && self.capitalised * 10 >= self.long * 8 && !ends_like_prose {
            for t in line.iter_mut().filter(|t| t.is_word()) {
                t.mark_sentence_start();
            }
        }
        *self = Line { first: tokens.len(), ..Line::default() };
    }
}

/// Where the letters that end `s` begin (`s.len()` when it ends in no letter): the word just
/// before a place, once the space before that place is trimmed.
pub fn last_word_start(s: &str) -> usize {
    s.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8())
}

/// The character at byte `i` and its length, with a fast path for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

/// A word starts a sentence after a paragraph break, after `.`, `!`, `?` or `:` (quotation
/// marks and brackets between them aside), and at the start. A period after an initial or an
/// abbreviated title ("J.", "Mr.") ends no sentence.
fn mark_sentence_starts(text: &str, tokens: &mut [Token]) {
    let mut at_start = true;
    for i in 0..tokens.len() {
        match tokens[i].kind {
            Kind::Word => {
                // Words of a Title Case line are marked already.
                if at_start {
                    tokens[i].mark_sentence_start();
                }
                at_start = false;
            }
            Kind::Break => at_start = true,
            Kind::Punct(c) => {
                if matches!(c, '!' | '?' | ':' | '…') {
                    at_start = true;
                } else if c == '.' {
                    let abbreviation =
                        i > 0 && tokens[i - 1].is_word() && tokens[i - 1].end() == tokens[i].start() && {
                            let w = tokens[i - 1].text(text);
                            let mut chars = w.chars();
                            let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
                            // Titles are capitalised: "the general." ends a sentence.
                            let capitalised = w.starts_with(char::is_uppercase);
                            initial || (capitalised && super::lexicon::title(&super::lexicon::lower(w)).is_some())
                        };
                    at_start = !abbreviation;
                } else if !matches!(
                    c,
                    '"' | '“' | '”' | '‘' | '’' | '\'' | '(' | ')' | '[' | ']' | '*' | '_' | '—' | '–' | '-'
                ) {
                    at_start = false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        tokenize(text).iter().filter(|t| t.is_word()).map(|t| (t.text(text), t.sentence_start())).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let w: Vec<_> = words("O'Neil’s well-known dog - ran.").into_iter().map(|(w, _)| w).collect();
        assert_eq!(w, ["O'Neil’s", "well-known", "dog", "ran"]);
    }

    #[test]
    fn sentence_starts() {
        let w = words("Hi there. “Who is Kim?” she asked. Mr. Darcy came. He saw the general. Then\n\nNew paragraph");
        let starts: Vec<_> = w.iter().filter(|(_, s)| *s).map(|(w, _)| *w).collect();
        assert_eq!(starts, ["Hi", "Who", "she", "Mr", "He", "Then", "New"]);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let w = words("J. R. R. Tolkien wrote.");
        assert!(w.iter().skip(1).all(|(_, s)| !s));
    }

    #[test]
    fn words_of_a_title_case_line_tell_nothing_by_their_capitals() {
        let w = words("Caring for Basil and Harvesting Leaves\n\nBasil grows well in pots, said Ann Lee.");
        let starts: Vec<_> = w.iter().filter(|(_, s)| *s).map(|(w, _)| *w).collect();
        assert_eq!(starts, ["Caring", "for", "Basil", "and", "Harvesting", "Leaves", "Basil"]);
    }

    #[test]
    fn a_token_takes_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 12);
        let t = Token::new(5..9, Kind::Word).shifted(100);
        assert_eq!(t.span(), 105..109);
        let mut s = t.clone();
        s.mark_sentence_start();
        assert!(s.sentence_start() && s.shifted(1).span() == (106..110));
    }

    #[test]
    fn blank_lines_are_breaks() {
        let t = tokenize("a\n\nb\nc");
        assert_eq!(t.iter().filter(|t| t.kind == Kind::Break).count(), 1);
    }
}
