//! Splitting a quotation around what does not belong to its speaker at this point.
//!
//! The dialogue-corpus convention byline follows (and which readers expect in a side panel):
//! a quotation that repeats someone else's words (`"He said 'never', and left."`) is the
//! speaker's own words around the repeated ones, so the nested quote cuts the outer one in two
//! and is not a quotation of its own; and a stage direction in parentheses inside a quotation
//! (`"Well, (smiling,) I hope so."`) is narration, so it cuts the quotation too. A parenthesis
//! that is part of the speech (`"her being (especially since you praised her) above him"`)
//! stays. Each cut is one scan of the quotation's bytes: linear overall.

use std::ops::Range;

/// Which marks are the nested ones inside a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nested {
    /// Single marks nested in a double-quoted text.
    Single,
    /// Double marks nested in a single-quoted (British) text.
    Double,
    /// Single marks nested in a double-quoted text that lost every single mark to a space
    /// (`He d`, `wouldn t`): the spaces left over are the marks (see [`lost_nested_quotes`]).
    LostSingle,
}

/// The pieces of the quotation `span` once nested quotes and stage directions are cut out.
/// Pieces keep their marks where they have them; a piece with no letter or digit is dropped.
pub fn split(text: &str, span: Range<usize>, nested: Nested, out: &mut Vec<Range<usize>>) {
    let mut start = span.start;
    let mut cuts: Vec<Range<usize>> = Vec::new();
    nested_quotes(text, span.clone(), nested, &mut cuts);
    stage_directions(text, span.clone(), &mut cuts);
    cuts.sort_by_key(|c| c.start);
    for cut in cuts {
        if cut.start < start {
            continue;
        }
        push_piece(text, start..cut.start, out);
        start = cut.end;
    }
    push_piece(text, start..span.end, out);
}

/// A piece starts after the blanks and the comma or semicolon that followed a cut (`'no' ;
/// that I did`): those are the cut's.
fn push_piece(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let rest = piece.trim_start_matches(|c: char| c.is_whitespace() || ",;".contains(c));
    let lead = piece.len() - rest.len();
    let trimmed = rest.trim_end();
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = range.start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// A nested mark's bytes and whether it can open or close, read from its neighbours.
fn nested_mark(text: &str, i: usize, nested: Nested) -> Option<(usize, bool, bool)> {
    let b = text.as_bytes();
    if b[i] == b'?' && nested == Nested::Single {
        return lost_opening_mark(text, i).then_some((1, true, false));
    }
    let len = match (b[i], nested) {
        (_, Nested::LostSingle) => return None,
        (b'\'', Nested::Single) | (b'"', Nested::Double) => 1,
        (0xE2, _) if i + 2 < b.len() && b[i + 1] == 0x80 => match (b[i + 2], nested) {
            (0x98 | 0x99, Nested::Single) | (0x9C | 0x9D, Nested::Double) => 3,
            _ => return None,
        },
        _ => return None,
    };
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    let opens = before.is_none_or(|c| c.is_whitespace() || "([{—–-\"“'‘:".contains(c))
        && after.is_some_and(|c| c.is_alphanumeric() || "_(“‘\"".contains(c));
    let closes = before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric());
    Some((len, opens, closes))
}

/// A `?` glued to the word after it with a space or a mark before it (`I said ?no' to that`)
/// is no question mark: it stands for an opening `‘` that a conversion to a narrower character
/// set lost. It opens; the `'` that closes it survived.
fn lost_opening_mark(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_some_and(|c| c.is_whitespace() || "\"“".contains(c)) && after.is_some_and(char::is_alphabetic)
}

/// Nested quotes inside `span` (its own outer marks excluded): each opener paired with the
/// next closer; an opener with no closer before the quotation ends was an apostrophe ('tis).
/// The apostrophes that never open or close a quote of single marks are none here either: a
/// word that lost its first letters (`'ere`, `'em`) or its last (`again'`, `a-comin'`).
fn nested_quotes(text: &str, span: Range<usize>, nested: Nested, cuts: &mut Vec<Range<usize>>) {
    if nested == Nested::LostSingle {
        return lost_nested_quotes(text, span, cuts);
    }
    let mut open: Option<usize> = None;
    // After the outer mark, whatever its width.
    let mut i = span.start + text[span.clone()].chars().next().map_or(0, char::len_utf8);
    // Where a lost opening mark may be looked for: after the last nested quote.
    let mut floor = i;
    // Only these bytes can start a nested mark: the rest of the quotation is skipped.
    let (a, b) = match nested {
        Nested::Single => (b'\'', b'?'),
        Nested::Double | Nested::LostSingle => (b'"', b'"'),
    };
    while i < span.end {
        let Some(k) = memchr::memchr3(a, b, 0xE2, &text.as_bytes()[i..span.end]) else { break };
        i += k;
        if let Some((len, opens, closes)) = nested_mark(text, i, nested) {
            match open {
                Some(o)
                    if closes
                        && !plural_possessive(text, i, len)
                        && !super::quotes::word_final_apostrophe(text, i, len) =>
                {
                    if !is_term(text, o, i) {
                        cuts.push(o..i + len);
                    }
                    open = None;
                    floor = i + len;
                }
                None if opens && !super::quotes::elision(&text[i + len..]) => open = Some(i),
                None if closes && nested == Nested::Single && after_stop(text, i) => {
                    if let Some(o) = lost_opener(text, floor..i).filter(|&o| !is_term(text, o, i)) {
                        cuts.push(o..i + len);
                    }
                    // No later nested quote opened before this mark: each byte is looked at once.
                    floor = i + len;
                }
                _ => {}
            }
            i += len;
        } else {
            i += 1;
        }
    }
    // (An opener before a digit was an apostrophe after all: `’90s`.)
    let before_letter = |o: usize| text[o..].chars().nth(1).is_some_and(char::is_alphabetic);
    if let Some(o) = open.filter(|&o| runs_on(text, &span) && before_letter(o)) {
        cuts.push(o..span.end);
    }
}

/// Whether the quotation `span` runs on into the next paragraph (it has no closing mark): a
/// nested quote still open in it runs on too, so the rest of this paragraph is nested.
fn runs_on(text: &str, span: &Range<usize>) -> bool {
    !text[..span.end].ends_with(['"', '”', '\'', '’'])
}

/// Whether the mark at `i` follows a stop or a comma: a nested quote's close does (`Spyers,'`,
/// `him!'`), where an apostrophe that ends a word does not (`the Smiths'.`, `singin'.`).
fn after_stop(text: &str, i: usize) -> bool {
    text[..i].ends_with([',', '.', '!', '?', ';', ':', '-', '—'])
}

/// Where a nested quote that closes at `within.end` opened, when its opening mark was lost to
/// a space and only the closing one survived (`" Somebody,' I says,  is forcing a door.'"`):
/// the last blank more than a word space, right before a word, or the blank right after the
/// outer mark (`"` or `“`).
fn lost_opener(text: &str, within: Range<usize>) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = within.end;
    while i > within.start {
        i -= 1;
        let blank = |k: usize| b[k] == b' ' || b[k] == b'\n';
        let word_next = || text[i + 1..within.end].chars().next().is_some_and(char::is_alphanumeric);
        if blank(i) && word_next() {
            let after_outer = i == within.start && (b[..i].ends_with(b"\"") || b[..i].ends_with("“".as_bytes()));
            if after_outer || (i > within.start && blank(i - 1)) {
                return Some(i);
            }
        }
    }
    None
}

/// Nested quotes inside `span` in a text whose single marks became spaces: `"Got cross.  A
/// long research,  said he.  Oh,  said I."` was `"Got cross. 'A long research,' said he. 'Oh,'
/// said I."`. Words are parted by one blank, so each blank more in a run is a lost mark; so is
/// a blank next to the outer mark (`" I have`, `end. "`) or before a comma or stop (`'no' ;`).
/// A mark opens when none is open and closes the open one; a run of two closes and opens
/// (`sleeve?   Empty`). A blank that ends a word of dropped letters (`clackin  on`) or opens
/// one (`  em`) is an apostrophe, as with marks that survived.
fn lost_nested_quotes(text: &str, span: Range<usize>, cuts: &mut Vec<Range<usize>>) {
    let inner = strip_outer_marks(text, span.clone());
    let b = text.as_bytes();
    let mut open: Option<usize> = None;
    let mut i = inner.start;
    while i < inner.end {
        if !b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let run = i..i + b[i..inner.end].iter().take_while(|c| c.is_ascii_whitespace()).count();
        i = run.end;
        let before = (run.start > inner.start).then(|| text[..run.start].chars().next_back()).flatten();
        let after = (run.end < inner.end).then(|| text[run.end..].chars().next()).flatten();
        let blanks = b[run.clone()].iter().filter(|&&c| c != b'\r').count();
        let before_stop = before.is_some_and(char::is_alphanumeric) && after.is_some_and(|c| ",;:.!?".contains(c));
        let mut lost =
            if before.is_none() || after.is_none() || before_stop { blanks } else { blanks.saturating_sub(1) };
        if lost == 0 || (lost == 1 && between_words(text, &run)) {
            continue;
        }
        if let Some(o) = open {
            if before.is_none()
                || super::quotes::word_final_apostrophe(text, run.start, 1)
                || super::quotes::elision(&text[run.end..])
            {
                continue;
            }
            if !is_term(text, o, run.start) {
                cuts.push(o..run.start + 1);
            }
            open = None;
            lost -= 1;
        }
        let opens = after.is_some_and(|c| c.is_alphanumeric() || c == '_') && !super::quotes::elision(&text[run.end..]);
        if lost > 0 && opens {
            open = Some(run.end - 1);
        }
    }
    if let Some(o) = open.filter(|_| runs_on(text, &span)) {
        cuts.push(o..span.end);
    }
}

/// Whether the blanks `run` stand between two words that no verb of saying introduces, the
/// second not capitalised (or `I`): a lost mark there is much rarer than a lost apostrophe (`An
/// I knows`, `kind o  thick`, `ha  known`) or a lost dash (`for instance \nhallucinations`), as
/// a nested quote's marks touch its stops or open on a capital (`with  What is it?  and`).
fn between_words(text: &str, run: &Range<usize>) -> bool {
    let before = &text[..run.start];
    let word = &before[super::tokens::last_word_start(before)..];
    let next = text[run.end..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let capital = next.starts_with(char::is_uppercase) && next != "I";
    before.ends_with(char::is_alphanumeric)
        && next.starts_with(char::is_alphanumeric)
        && !capital
        && !super::lexicon::speech_verb(&super::lexicon::lower(word))
}

/// `span` without its own opening and closing double marks, where it has them.
fn strip_outer_marks(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start_matches(['"', '“']).len();
    let trail = s.len() - s.trim_end_matches(['"', '”']).len();
    if lead + trail >= s.len() {
        return span.start..span.start;
    }
    span.start + lead..span.end - trail
}

/// A nested quote of a few words inside the speaker's running sentence (`my 'History of
/// Coincidence' is still to write`, `the 'love,' which nobody carries`) names or mocks a term,
/// and a title-cased one (`she recited 'The Fall of the Year' twice`) names a work: the words
/// around it are one quotation. Repeated speech is introduced (`I said, 'Go!'`) or runs longer.
fn is_term(text: &str, open: usize, close: usize) -> bool {
    const MAX_TERM_WORDS: usize = 3;
    let before = text[..open].trim_end();
    let in_sentence = before.ends_with(|c: char| c.is_alphanumeric());
    let introduced = before.ends_with([',', ':']);
    let inner = &text[open..close];
    (in_sentence && inner.split_whitespace().nth(MAX_TERM_WORDS).is_none())
        || is_subject(inner, &text[close..])
        || (title_cased(inner) && !introduced && !said_after(&text[close..]))
}

/// Whether a nested quote with no stop of its own is the subject of `was` or `is` right after
/// its closing mark (`'Not better' was my answer`): the speaker names the words as a thing.
fn is_subject(inner: &str, after_close: &str) -> bool {
    let stopped = inner.trim_end().ends_with(['.', '!', '?', ',', ';', ':']);
    let mut rest = after_close.splitn(2, char::is_whitespace);
    let mark_only = rest.next().is_some_and(|m| !m.chars().any(char::is_alphanumeric));
    let next = rest.next().and_then(|r| r.split_whitespace().next());
    !stopped && mark_only && matches!(next, Some("was" | "were" | "is" | "are"))
}

/// Whether a verb of saying comes right after a nested quote's close (`'Lady Ann,' said he`,
/// `'Good Day,' he said`): then it is speech, however capitalised.
fn said_after(rest: &str) -> bool {
    let words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).filter(|w| !w.is_empty());
    words.take(2).any(super::lexicon::speech_verb)
}

/// Whether every word of a nested quote (its mark included) is capitalised but the little
/// words of a title (`The Fall of the Year`): a name of a work, not words someone said. A
/// comma before its last word parts a list of names or a notice (`'Lately, Ann Dunn, to …'`),
/// and a period before it ends an initial or a title of a person's name (`'Mr. Tom Hale'`).
fn title_cased(inner: &str) -> bool {
    if inner.trim_end_matches(|c: char| !c.is_alphanumeric()).contains([',', '.']) {
        return false;
    }
    const LITTLE: &[&str] = &["a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from"];
    let mut words = inner.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let first_capital = words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
    let mut capitals = 1;
    let rest = words.filter(|w| !w.is_empty()).all(|w| {
        let capital = w.starts_with(char::is_uppercase);
        capitals += usize::from(capital);
        capital || LITTLE.contains(&w)
    });
    first_capital && rest && capitals >= 2
}

/// `the boys' dog`: an `s'` before a space and a lower-case word is a possessive, not a close.
fn plural_possessive(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    let mut after = text[i + len..].chars();
    before == Some('s') && after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase)
}

/// Words that begin a stage direction in parentheses: `(smiling,)`, `(with a bow)`,
/// `(in a lower voice)`, `(to Emma)`.
const DIRECTION_WORDS: &[&str] = &["with", "in", "to", "as", "aside", "then", "again", "rather", "after"];

/// Parentheses inside `span` that hold narration rather than speech: their first word is a
/// present participle or a word of manner, in lower case.
fn stage_directions(text: &str, span: Range<usize>, cuts: &mut Vec<Range<usize>>) {
    let inner = &text[span.clone()];
    let mut from = 0;
    while let Some(open) = inner[from..].find('(').map(|k| from + k) {
        let Some(close) = inner[open..].find(')').map(|k| open + k) else { break };
        let content = &inner[open + 1..close];
        let first: &str = content.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // The speaker's own aside speaks in the first or second person: `(as I understand)`.
        let personal = content
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "I" | "me" | "my" | "we" | "us" | "our" | "you" | "your"));
        let direction = first.starts_with(|c: char| c.is_lowercase())
            && (first.ends_with("ing") || DIRECTION_WORDS.contains(&first))
            && !personal;
        if direction {
            cuts.push(span.start + open..span.start + close + 1);
        }
        from = close + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, nested: Nested) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), nested, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_nested_quote_cuts_the_outer_one() {
        assert_eq!(
            pieces("\"He told me, 'go home to your mother,' and left.\"", Nested::Single),
            ["\"He told me,", "and left.\""]
        );
    }

    #[test]
    fn a_term_in_nested_marks_does_not_cut() {
        let t = "\"My 'History of Coincidence' is still to write, and the 'love' too.\"";
        assert_eq!(pieces(t, Nested::Single), [t]);
    }

    #[test]
    fn a_title_in_nested_marks_does_not_cut() {
        let t = "\"She sang 'The Fall of the Year' and then 'Over the Hills and Far Away' twice over.\"";
        assert_eq!(pieces(t, Nested::Single), [t]);
        let said = "\"She said, 'Go away, Tom.' I went.\"";
        assert_eq!(pieces(said, Nested::Single), ["\"She said,", "I went.\""]);
        let called = "\"Then Ann came by. 'Lady Jane,' said she, 'you look well.' I agreed.\"";
        assert_eq!(pieces(called, Nested::Single), ["\"Then Ann came by.", "said she,", "I agreed.\""]);
        let notice = "\"It said only, 'Married, Tom Hale to Miss Ann Dunn,' and no more.\"";
        assert_eq!(pieces(notice, Nested::Single), ["\"It said only,", "and no more.\""]);
        let repeated = "\"I only said, 'Good Night Everyone!' and went up to bed.\"";
        assert_eq!(pieces(repeated, Nested::Single), ["\"I only said,", "and went up to bed.\""]);
        let greeting = "\"Then 'Good Morning To You All,' he said to us, and went.\"";
        assert_eq!(pieces(greeting, Nested::Single), ["\"Then", "he said to us, and went.\""]);
        let subject = "\"She asked how he did.--'Not much better today' was my answer.\"";
        assert_eq!(pieces(subject, Nested::Single), [subject]);
        let asked = "\"'When will you come back?' was all she said.\"";
        assert_eq!(pieces(asked, Nested::Single), ["was all she said.\""]);
        let signed = "\"The note was signed 'T. R. Hale Dunn.' I knew the hand.\"";
        assert_eq!(pieces(signed, Nested::Single), ["\"The note was signed", "I knew the hand.\""]);
    }

    #[test]
    fn a_quotation_that_is_all_nested_quote_leaves_nothing() {
        assert!(pieces("\"'Over the hills,'\"", Nested::Single).is_empty());
    }

    #[test]
    fn apostrophes_do_not_cut() {
        let t = "\"I don't know the boys' names, 'tis true.\"";
        assert_eq!(pieces(t, Nested::Single), [t]);
    }

    #[test]
    fn a_question_mark_standing_for_a_lost_opening_mark_opens_a_nested_quote() {
        let t = "\"I told her ?no thank you, not today' and went home. Was that wrong?\"";
        assert_eq!(pieces(t, Nested::Single), ["\"I told her", "and went home. Was that wrong?\""]);
        let asked = "\"Why? Who knows? Not I.\"";
        assert_eq!(pieces(asked, Nested::Single), [asked]);
    }

    #[test]
    fn spaces_left_by_lost_single_marks_cut_the_outer_quote() {
        let t = "\"He got cross.  A long job,  said he, and coughed.  Oh,  said I. That was all.\"";
        assert_eq!(
            pieces(t, Nested::LostSingle),
            ["\"He got cross.", "said he, and coughed.", "said I. That was all.\""]
        );
        let at_the_marks = "\" I have one thing,  he said,  to tell you. \"";
        assert_eq!(pieces(at_the_marks, Nested::LostSingle), ["he said,"]);
        let closed_and_opened = "\"I asked, why not?   Why not,  said he.\"";
        assert_eq!(pieces(closed_and_opened, Nested::LostSingle), ["\"I asked, why not?", "said he.\""]);
    }

    #[test]
    fn spaces_left_by_lost_apostrophes_do_not_cut() {
        let t = "\"An  I knows it, sir, kind o  thick. I could ha  known him. He s gone.\"";
        assert_eq!(pieces(t, Nested::LostSingle), [t]);
        let dropped = "\"She said,  Come and see  em, and be quick,  and went. They was a-comin  on.\"";
        assert_eq!(pieces(dropped, Nested::LostSingle), ["\"She said,", "and went. They was a-comin  on.\""]);
        let capital = "\"He came in with  What is that, Ann?  and sat down.\"";
        assert_eq!(pieces(capital, Nested::LostSingle), ["\"He came in with", "and sat down.\""]);
        let said = "\"I heard him say\n you are a wicked man ; that I did.\"";
        assert_eq!(pieces(said, Nested::LostSingle), ["\"I heard him say", "that I did.\""]);
        let kept = "\"She said 'you are a wicked man', and I did.\"";
        assert_eq!(pieces(kept, Nested::Single), ["\"She said", "and I did.\""]);
    }

    #[test]
    fn a_nested_quote_open_at_a_paragraph_end_runs_to_it() {
        let lost = "\" I have one thing,  he said,  to tell you, and it is this.\n\n";
        assert_eq!(pieces(lost.trim_end(), Nested::LostSingle), ["he said,"]);
        let kept = "\"'I have one thing,' he said, 'to tell you, and it is this.";
        assert_eq!(pieces(kept, Nested::Single), ["he said,"]);
        let decade = "“In the ’90s we had fun, and more.";
        assert_eq!(pieces(decade, Nested::Single), [decade]);
        let closed = "\"He said, 'come to me, Ann, and tell me all.\"";
        assert_eq!(pieces(closed, Nested::Single), [closed]);
    }

    #[test]
    fn a_nested_quote_that_lost_only_its_opening_mark() {
        let t = "\" Somebody,' I says,  is at the door; go and see.' So I went.\"";
        assert_eq!(pieces(t, Nested::Single), ["I says,", "So I went.\""]);
        let curly = "“ Somebody,’ I says,  is at the door.’ So I went.”";
        assert_eq!(pieces(curly, Nested::Single), ["I says,", "So I went.”"]);
        let stop = "\"It is late.  We must go to the Smiths'. They were singin'.\"";
        assert_eq!(pieces(stop, Nested::Single), [stop]);
        let term = "\"He said  God bless you' to me, he did.\"";
        assert_eq!(pieces(term, Nested::Single), [term]);
        let none = "\"The boys' dog, and the mens' hats.\"";
        assert_eq!(pieces(none, Nested::Single), [none]);
    }

    #[test]
    fn double_marks_nest_in_single_quoted_text() {
        assert_eq!(pieces("‘She said: “no, not today, not ever” twice.’", Nested::Double), ["‘She said:", "twice.’"]);
    }

    #[test]
    fn a_stage_direction_cuts_but_a_spoken_aside_does_not() {
        assert_eq!(pieces("\"Well, (smiling,) I hope so.\"", Nested::Single), ["\"Well,", "I hope so.\""]);
        let kept = "\"Her friends (especially the old ones) came.\"";
        assert_eq!(pieces(kept, Nested::Single), [kept]);
        let aside = "\"He went to town, and (as I understand) found her there.\"";
        assert_eq!(pieces(aside, Nested::Single), [aside]);
    }

    #[test]
    fn odd_input_never_panics() {
        for t in
            ["\"'", "\"(\"", "\"é'ü'\"", "\"(smiling\"", "\"‘’\"", "\" \"", "\"  é  ü \"", " ' ", " a,' b", "a\rb  c,'"]
        {
            let _ = pieces(t, Nested::Single);
            let _ = pieces(t, Nested::Double);
            let _ = pieces(t, Nested::LostSingle);
            let _ = pieces(&format!("“{t}"), Nested::Single);
        }
    }
}
