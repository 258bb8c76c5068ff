//! Quotations: spans of quoted speech, quotation marks included.
//!
//! One pass over the bytes collects the quotation marks and paragraph breaks; marks are then
//! paired paragraph by paragraph. Curly marks say which way they face; a straight `"` is read
//! from its neighbours (after a space it opens, before one it closes). A quotation that runs
//! over several paragraphs (no closing mark until its last paragraph, each paragraph opening
//! again) gives one quote per paragraph piece, and an unclosed quote never runs past its
//! paragraph. Single quotation marks are used as the outer marks only in a text that quotes
//! with them (British style); elsewhere they are apostrophes or nested quotes (`don’t`, `’90s`,
//! `Barr‘s`) and are left alone.

use super::lexicon::{lower, Lower};
use super::mark_scan::next_lead;
use super::quote_split::{self, Nested};
use super::tokens::last_word_start;
use crate::char_bounds;
use std::ops::Range;

/// Which family of marks a text quotes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// A straight mark between two words: it can only be told by what is open.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    facing: Facing,
}

/// Finds the quotations in `text`, in text order and never overlapping.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let family = family_of(text);
    let marks = marks(text, family);
    let paragraphs = paragraph_ends(text);
    let whole = pair(text, &marks, &paragraphs, family);
    let nested = match family {
        Family::Double if lost_single_marks(text) => Nested::LostSingle,
        Family::Double => Nested::Single,
        Family::Single => Nested::Double,
    };
    let mut quotes = Vec::with_capacity(whole.len());
    for q in whole {
        quote_split::split(text, q, nested, &mut quotes);
    }
    let set_in = set_in_lines(text, &quotes);
    let letter = letter_lines(text, &quotes);
    let babble = babble(text, &quotes);
    quotes
        .into_iter()
        .zip(set_in.into_iter().zip(letter).zip(babble))
        .filter(|(q, ((set_in, letter), babble))| {
            !set_in
                && !letter
                && !babble
                && !is_scare_quote(text, q.clone())
                && !is_sign_or_name(text, q.clone())
                && !is_unspoken(&text[..q.start])
                && !named_after(&text[q.end..])
        })
        .map(|(q, _)| q)
        .collect()
}

/// Words that put what follows as speech nobody spoke: a look's meaning (`as much as to say,`,
/// `a smile which seemed to say,`, `looks which meant,`) or words held back (`She nearly said,`,
/// `She was going to answer,`, `A poet might have quoted,`).
const UNSPOKEN: &[&str] = &[
    "as much as to say", "as if to say", "seemed to say", "seeming to say", "seems to say", "meant", "expressed",
    "indicating", "nearly said", "almost said", "going to say", "going to answer", "going to ask", "might have said",
    "might have quoted", "would have said", "could have said", "instead of saying",
];

/// For each quote, whether it is one of a chain of quotes run together with dashes inside a
/// paragraph, no verb of saying near it (`what he was. “Was he handsome?”--“She believed so.”
/// “Was he tall?”--…`): an exchange reported in passing, or voices overheard, not lines of
/// dialogue. A chain that opens its paragraph is dialogue set close (`“Ready?”--“Yes.”`).
fn babble(text: &str, quotes: &[Range<usize>]) -> Vec<bool> {
    let linked = |i: usize| i > 0 && matches!(text.get(quotes[i - 1].end..quotes[i].start), Some("--" | "—"));
    let mut out = vec![false; quotes.len()];
    let mut i = 0;
    while i < quotes.len() {
        let mut end = i + 1;
        while end < quotes.len() && linked(end) {
            end += 1;
        }
        if end - i > 1 && !starts_paragraph(text, quotes[i].start) {
            for (k, q) in quotes.iter().enumerate().take(end).skip(i) {
                out[k] = !said_near(text, q.clone());
            }
        }
        i = end;
    }
    out
}

/// Whether a verb of saying stands among the three words before `q` or after it (past a dash).
fn said_near(text: &str, q: Range<usize>) -> bool {
    let before = &text[..q.start];
    // A window, so that a long run of marks with no blank is not read again for each quote.
    let near_before =
        before[char_bounds::floor(before, before.len().saturating_sub(NEAR_BYTES))..].split_whitespace().rev().take(3);
    near_before.map(bare_word).any(|w| introduces_speech(&w))
        || saying_next(text[q.end..].trim_start_matches(['-', '—']))
}

/// A word without the marks around it, in lower case (`“Hello,` reads `hello`).
fn bare_word(w: &str) -> Lower {
    lower(w.trim_matches(|c: char| !c.is_alphabetic()))
}

/// Whether a verb of saying is among the first three words of `after`, the text after a quote
/// (`“Hello” she said`).
fn saying_next(after: &str) -> bool {
    let window = &after[..char_bounds::floor(after, NEAR_BYTES)];
    window
        .split_whitespace()
        .take(3)
        .map(bare_word)
        .any(|w| SAYING_VERBS.contains(&w.as_str()) || super::lexicon::speech_verb(&w))
}

/// How far around a quote its neighbouring words are looked for.
const NEAR_BYTES: usize = 80;

/// Enough of the text before a quote to hold the longest of [`UNSPOKEN`].
const UNSPOKEN_TAIL_BYTES: usize = 24;

/// Whether the words right before a quote (`before` is the text up to its opening mark) say
/// it was never spoken: see [`UNSPOKEN`].
fn is_unspoken(before: &str) -> bool {
    let lead = before.trim_end().trim_end_matches([',', ':', '-', '—']).trim_end();
    let tail = lower(&lead[char_bounds::floor(lead, lead.len().saturating_sub(UNSPOKEN_TAIL_BYTES))..]);
    UNSPOKEN.iter().any(|p| {
        tail.strip_suffix(p).is_some_and(|head| {
            // `what she meant: “…”` tells what was said.
            let told = head.split_whitespace().rev().take(2).any(|w| w == "what");
            (head.is_empty() || head.ends_with(|c: char| c.is_whitespace())) && !told
        })
    })
}

/// Text in quotation marks that names or labels rather than speaks: all in capitals (a sign, a
/// heading, a signature: `“FIVE GUINEAS REWARD”`, `“E. L.”`), or a few words that a determiner
/// makes a name: after `the` or a person's possessive (`at the “Old Mill,”`, `Turner’s “Rain”`),
/// after `of` when no word of speech comes first (`a copy of “Home Songs”`, but `a shout of
/// “Run”` is speech), and capitalised after `a` or `an` (`an “Old Mill”`). An exclamation or a
/// question is speech whatever its place; so is a phrase that `a` puts before a comma (`a
/// “Yes,” as…`). Right after a word that names (`called`, `entitled`, `labelled`, `an
/// inscription:`) it is the name or the writing, however long.
fn is_sign_or_name(text: &str, q: Range<usize>) -> bool {
    let quoted = &text[q.clone()];
    if quoted.contains(['!', '?']) {
        return false;
    }
    let inner = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    if inner.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !inner.chars().any(char::is_lowercase) {
        return true;
    }
    let few_words = || inner.split_whitespace().nth(NAME_WORDS).is_none();
    let words = quoted.trim_matches(['"', '“', '”', '\'', '‘', '’']).trim();
    if follows_naming_word(&text[..q.start], words)
        || is_title_in_sentence(text, q.clone())
        || is_lone_name(text, q.clone())
    {
        return true;
    }
    let before = text[..q.start].trim_end();
    let word_start = last_word_start(before);
    match &before[word_start..] {
        "the" | "The" => few_words(),
        "a" | "A" | "an" | "An" => inner.starts_with(char::is_uppercase) && !quoted.contains(',') && few_words(),
        "of" => !of_speech(before) && few_words(),
        "s" => is_name_possessive(&before[..word_start]) && few_words(),
        _ => false,
    }
}

/// Whether `before` ends in `of` after a noun of speech (`a shout of`, `the cry of`).
fn of_speech(before: &str) -> bool {
    let of = last_word_start(before);
    if &before[of..] != "of" {
        return false;
    }
    let head = before[..of].trim_end();
    SPEECH_NOUNS.contains(&&head[last_word_start(head)..])
}

/// Whether `q` is one capitalised word with no stop of its own, inside a running paragraph, the
/// sentence going on in lower case after it, and neither introduced as speech nor handed to a
/// speaker: a name (`inspect “Cissie” for herself`, `“Albert” was let`). A word said alone
/// opens its line (`“Yes”--briefly.`), or is called out after a comma or a verb of saying
/// (`calling, “Marilla”`).
fn is_lone_name(text: &str, q: Range<usize>) -> bool {
    let words = text[q.clone()].trim_matches(['"', '“', '”']);
    let one_word = words.starts_with(char::is_uppercase)
        && words.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        && words.chars().count() > 1;
    if !one_word || starts_paragraph(text, q.start) {
        return false;
    }
    let before = text[..q.start].trim_end();
    let after = text[q.end..].trim_start();
    let word = lower(&before[last_word_start(before)..]);
    before.ends_with(|c: char| c.is_alphanumeric() || ".;".contains(c))
        && !introduces_speech(&word)
        && !of_speech(before)
        && after.starts_with(char::is_lowercase)
        && !saying_next(after)
}

/// Nouns that, after `was` or `were`, make the quotation before them a label, a writing or a
/// thought (`“Village Goes Mad” was the heading`, `“Cissie” was the name of one`, `“What could
/// it mean?” was a wonder which…`), where `was her reply` makes it speech.
const LABEL_NOUNS: &[&str] = &[
    "heading", "headline", "title", "name", "motto", "inscription", "caption", "legend", "wonder", "printed", "written",
];

/// Whether `rest`, the text after a quote, opens with `was` or `were`, then perhaps `not` and a
/// determiner, then one of [`LABEL_NOUNS`].
fn named_after(rest: &str) -> bool {
    let rest = &rest[..char_bounds::floor(rest, NEAR_BYTES)];
    let mut words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
    if !matches!(words.next(), Some("was" | "were")) {
        return false;
    }
    let next = words
        .find(|w| !matches!(*w, "not" | "the" | "a" | "an" | "its" | "his" | "her" | "their" | "only"))
        .unwrap_or("");
    LABEL_NOUNS.contains(&next)
}

/// Words after which a quotation is a name or writing, with a comma or a colon between or not:
/// `a song entitled, “…”`, `this inscription: “…”`.
const NAMING_WORDS: &[&str] = &[
    "named", "entitled", "titled", "labelled", "labeled", "headed", "inscribed", "inscription", "nicknamed",
    "christened", "dubbed", "termed", "marked",
];

/// Whether `before` ends in a word that names what follows: one of [`NAMING_WORDS`], or `call`
/// with nothing between it and the quote (`people called “Old Tom”`, `what she would call
/// “folly”`); with a comma or a colon between, `called` is a cry (`he called, “Wait”`), and so
/// is a whole sentence called out (`she called “Come back to the house.”`). `words` is the
/// quote's text without its marks.
fn follows_naming_word(before: &str, words: &str) -> bool {
    const SPACE: &[char] = &[' ', '\t', '\n', '\r'];
    let tight = before.trim_end_matches(SPACE);
    if matches!(&tight[last_word_start(tight)..], "called" | "call" | "calls") {
        // (A title ending a sentence, `called “The Road Home.”`, has every word capitalised.)
        let title_cased =
            words.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || TITLE_SMALL_WORDS.contains(&w));
        let sentence = words.starts_with(char::is_uppercase)
            && words.ends_with(['.', '!', '?'])
            && words.split_whitespace().nth(2).is_some()
            && !title_cased;
        return !sentence;
    }
    let loose = before.trim_end_matches(|c: char| SPACE.contains(&c) || c == ',' || c == ':');
    NAMING_WORDS.contains(&&loose[last_word_start(loose)..])
}

/// Small words a title leaves in lower case: `“Over the Hills and Far Away”`.
const TITLE_SMALL_WORDS: &[&str] =
    &["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"];

/// Whether `q` is a title or a name in a running sentence: a few words, two or more of them
/// capitalised and the rest small words (`recited “The Boy on the Shore”`, `addressed it to
/// “Captain Hale, Dover”`), right after a word in lower case in the same paragraph, with no
/// speech verb around it. Speech is hardly ever all capitalised words, and a vocative or a
/// greeting said aloud comes with `said` or opens its paragraph.
fn is_title_in_sentence(text: &str, q: Range<usize>) -> bool {
    let inner = text[q.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let mut words = 0;
    let mut capitalised = 0;
    for w in inner.split_whitespace() {
        words += 1;
        if w.starts_with(char::is_uppercase) {
            capitalised += 1;
        } else if !TITLE_SMALL_WORDS.contains(&w) {
            return false;
        }
    }
    if capitalised < 2 || words > NAME_WORDS {
        return false;
    }
    // Said, after all: a verb of saying right after it (`“Thank You,” said Ann`, `“Good Day,”
    // she said`) or among the few words before it (`said to her “Good Day, Miss Lee.”`).
    // (Within the sentence and short of the next quotation on either side.)
    let stops = ['.', '!', '?', '"', '“', '”'];
    let after_end = crate::char_bounds::floor(text, q.end + TITLE_CONTEXT_BYTES);
    let after_end = text[q.end..after_end].find(stops).map_or(after_end, |k| q.end + k);
    let before_start = crate::char_bounds::ceil(text, q.start.saturating_sub(TITLE_CONTEXT_BYTES));
    let before_start = text[before_start..q.start].rfind(stops).map_or(before_start, |k| {
        let at = before_start + k;
        at + text[at..].chars().next().map_or(1, char::len_utf8)
    });
    fn words_of(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect()
    }
    let saying = |w: &&str| SAYING_VERBS.contains(w);
    let said_after = words_of(&text[q.end..after_end]).iter().take(ATTRIBUTION_WORDS).any(saying);
    let said_before = words_of(&text[before_start..q.start]).iter().rev().take(TITLE_CONTEXT_WORDS).any(saying);
    if said_after || said_before {
        return false;
    }
    // At most one line break between: a blank line would start a paragraph.
    let before = text[..q.start].trim_end_matches([' ', '\t', '\r']);
    let before = before.strip_suffix('\n').unwrap_or(before).trim_end_matches([' ', '\t', '\r']);
    let word = &before[last_word_start(before)..];
    word.starts_with(char::is_lowercase)
}

/// Verbs that tell words were said, not sung, read or written: a title-like quote beside one
/// is speech (`“Good Day,” she said`), one beside `recited` or `sang` a title.
const SAYING_VERBS: &[&str] = &[
    "said", "says", "say", "cried", "exclaimed", "replied", "asked", "answered", "whispered", "shouted", "added",
    "muttered", "murmured", "continued", "returned", "observed", "remarked", "repeated", "declared", "insisted",
    "explained", "began",
];

/// How many words after a title-like quote an attribution's verb may stand at (`she said`).
const ATTRIBUTION_WORDS: usize = 2;

/// How many words before a title-like quote are looked at for a verb of saying.
const TITLE_CONTEXT_WORDS: usize = 3;

/// How far around a title-like quote those words are looked for.
const TITLE_CONTEXT_BYTES: usize = 40;

/// The most words a name or a title in quotation marks is taken to have.
const NAME_WORDS: usize = 6;

/// Nouns of speech: `a cry of “…”` quotes what was cried.
const SPEECH_NOUNS: &[&str] = &[
    "cry", "cries", "shout", "shouts", "scream", "screams", "exclamation", "exclamations", "remark", "words", "reply",
    "answer", "call", "calls", "yell", "shriek", "whisper", "murmur",
];

/// Whether `before` (the text up to an `s` that ends it) ends in a name's possessive:
/// `Turner’` or `Turner'`, whose name is capitalised and is no pronoun (`It's “fine”`).
fn is_name_possessive(before: &str) -> bool {
    let Some(name) = before.strip_suffix(['\'', '’']) else {
        return false;
    };
    let name = &name[last_word_start(name)..];
    name.starts_with(char::is_uppercase)
        && !matches!(name, "It" | "He" | "She" | "That" | "There" | "What" | "Who" | "Here" | "Let")
}

/// For each quote, whether it is part of a letter copied into the text rather than speech. A
/// letter shows as paragraphs that are each a quote of their own, some of them short lines that
/// stop on a comma: the greeting and the closing (`“Dear Ann,”`, `“Yours ever,”`; speech hardly
/// ever ends a paragraph mid-sentence, and a long quote that does leads into verse). Everything
/// from the first such line to the last is the letter, and so is a short line (no exclamation or
/// question) right before or after: its date, place or signature.
fn letter_lines(text: &str, quotes: &[Range<usize>]) -> Vec<bool> {
    let alone: Vec<bool> = quotes.iter().map(|q| alone_in_paragraph(text, q.clone())).collect();
    let short = |q: &Range<usize>| text[q.clone()].split_whitespace().nth(LETTER_LINE_WORDS).is_none();
    let stops_on_comma = |q: &Range<usize>| text[q.clone()].trim_end_matches(CLOSING_MARKS).ends_with(',');
    let is_line = |i: usize| alone[i] && stops_on_comma(&quotes[i]) && short(&quotes[i]);
    let short_line = |i: usize| alone[i] && short(&quotes[i]) && !text[quotes[i].clone()].contains(['!', '?']);
    let adjacent = |i: usize| text[quotes[i].end..quotes[i + 1].start].trim().is_empty();
    let mut letter = vec![false; quotes.len()];
    let mut start = 0;
    while start < quotes.len() {
        // A run of paragraphs that are each a quote of their own, one after the other.
        let mut end = start + 1;
        while alone[start] && end < quotes.len() && alone[end] && adjacent(end - 1) {
            end += 1;
        }
        let mut lines = (start..end).filter(|&i| is_line(i));
        if let (Some(first), Some(last)) = (lines.clone().next(), lines.next_back()) {
            let from = if start > 0 && greeting(text, quotes[start - 1].clone(), quotes[start].start) {
                start - 1
            } else if first > start && short_line(first - 1) {
                first - 1
            } else {
                first
            };
            let to = if last + 1 < end && short_line(last + 1) { last + 1 } else { last };
            letter[from..=to].fill(true);
        }
        start = end;
    }
    letter
}

/// Whether `q` opens its paragraph with a letter's greeting (`“Dearest Ann” [wrote Tom],`,
/// `“My dear Sir,”`): the paragraphs after it, each a quote, are the letter when a closing line
/// ends them, even if the writer's name comes between the greeting and its comma.
fn greeting(text: &str, q: Range<usize>, next: usize) -> bool {
    let words = text[q.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let opening = ["Dear ", "Dearest ", "My dear ", "My dearest "].iter().any(|g| words.starts_with(g));
    let rest = &text[q.end..next];
    let rest_of_paragraph = rest.trim_end().len() <= GREETING_REST_BYTES && rest.trim().split("\n\n").nth(1).is_none();
    opening
        && starts_paragraph(text, q.start)
        && words.split_whitespace().nth(LETTER_LINE_WORDS).is_none()
        && rest_of_paragraph
        && rest.contains("\n\n")
}

/// The most bytes that may follow a letter's greeting in its paragraph (`[wrote Anne],`).
const GREETING_REST_BYTES: usize = 40;

/// The most words a line of a letter is taken to have.
const LETTER_LINE_WORDS: usize = 5;

/// Marks that close a quotation.
const CLOSING_MARKS: &[char] = &['"', '”', '\'', '’', '»', '›'];

/// Whether a blank line (or the text's edge) stands on both sides of `q`, with only spaces
/// between.
fn alone_in_paragraph(text: &str, q: Range<usize>) -> bool {
    let before = text[..q.start].trim_end_matches([' ', '\t', '\r']);
    let after = text[q.end..].trim_start_matches([' ', '\t', '\r']);
    let blank_before = before.is_empty()
        || before
            .strip_suffix('\n')
            .is_some_and(|b| b.trim_end_matches([' ', '\t', '\r']).ends_with('\n') || b.trim_end().is_empty());
    let blank_after = after.is_empty()
        || after
            .strip_prefix('\n')
            .is_some_and(|a| a.trim_start_matches([' ', '\t', '\r']).starts_with('\n') || a.trim_start().is_empty());
    blank_before && blank_after
}

/// How much further in than the text's quotations usually stand a line must be set to be
/// verse, a song or a letter quoted whole, not speech.
const SET_IN_COLUMNS: usize = 4;

/// For each quote, whether its line is set in well beyond the usual quote's line: verse, songs
/// and letters copied into the text. "Usual" is the median indent of the lines quotes start
/// on, so a text that indents every paragraph loses none.
fn set_in_lines(text: &str, quotes: &[Range<usize>]) -> Vec<bool> {
    // The line starts are walked once alongside the quotes, which come in text order.
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes()).peekable();
    let mut line = 0;
    let indents: Vec<usize> = quotes
        .iter()
        .map(|q| {
            while let Some(n) = newlines.next_if(|&n| n < q.start) {
                line = n + 1;
            }
            text[line..q.start].bytes().take_while(|&b| b == b' ' || b == b'\t').count()
        })
        .collect();
    if indents.is_empty() {
        return Vec::new();
    }
    let mut sorted = indents.clone();
    let usual = *sorted.select_nth_unstable(indents.len() / 2).1;
    indents.into_iter().map(|n| n >= usual + SET_IN_COLUMNS).collect()
}

/// Words besides the [`SAYING_VERBS`] that introduce speech or writing: a quote right after
/// one is speech, however short (`he told her “no”`, `the word “yes”`).
const INTRODUCING_WORDS: &[&str] =
    &["called", "told", "wrote", "writes", "answer", "reply", "word", "words", "saying", "that"];

/// Whether a quote right after `word` is speech, however short.
fn introduces_speech(word: &str) -> bool {
    SAYING_VERBS.contains(&word) || INTRODUCING_WORDS.contains(&word)
}

/// A few words in quotation marks inside a running sentence, in lower case, after a word that
/// does not introduce speech: a scare quote, a term or a title (`called “experts”`, `would
/// “do”`), not speech.
fn is_scare_quote(text: &str, q: Range<usize>) -> bool {
    let inner = text[q.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let words = inner.split_whitespace().take(SCARE_QUOTE_WORDS + 1).count();
    if words == 0 || words > SCARE_QUOTE_WORDS || !inner.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    if text[q.clone()].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '?').ends_with(['!', '?']) {
        return false;
    }
    let before = text[..q.start].trim_end();
    if !before.ends_with(|c: char| c.is_alphabetic()) || handed_to_a_speaker(text, q.clone()) {
        return false;
    }
    let word_start = last_word_start(before);
    let word = before[word_start..].to_lowercase();
    // "so-called" is no speech verb, whatever its last part says.
    let compound = before[..word_start].ends_with('-');
    compound || !introduces_speech(&word)
}

/// The most words a scare quote has. Four would drop six found quotes that the dialogue
/// corpus's key leaves out and none it keeps, but news quotes four-word phrases as speech
/// (`followed “months of quiet talks” with`).
const SCARE_QUOTE_WORDS: usize = 3;

/// Whether a comma closes the quote and a verb of speech follows it among the next three
/// words (`with “a quote,” said Ann Rivers`, `“good news,” she said`): speech, whatever
/// word came before it.
fn handed_to_a_speaker(text: &str, q: Range<usize>) -> bool {
    let inside = text[q.clone()].trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',');
    inside.ends_with(',')
        && text[q.end..]
            .split_whitespace()
            .take(3)
            .any(|w| SAYING_VERBS.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str()))
}

/// Decides between double and single quotation marks by counting marks that open a quote:
/// a text that quotes with single marks has many `‘` (or `'`) before a word and few double marks.
/// A chapter that reads out letters may nest many double quotes in its single ones, so the
/// marks that open a line count too: a line of dialogue opens with the outer mark, and a
/// nested quote or an apostrophe seldom does.
fn family_of(text: &str) -> Family {
    let b = text.as_bytes();
    let (mut doubles, mut single_opens) = (0usize, 0usize);
    let (mut lines_double, mut lines_single) = (0usize, 0usize);
    let mut i = next_lead(b, 0);
    while i < b.len() {
        let (double, single) = match b[i] {
            b'"' => (true, false),
            0xE2 if i + 2 < b.len() && b[i + 1] == 0x80 => match b[i + 2] {
                0x9C | 0x9D => (true, false),
                0x98 => (false, opens_at(text, i, 3)),
                _ => (false, false),
            },
            b'\'' => (false, opens_at(text, i, 1)),
            _ => (false, false),
        };
        doubles += usize::from(double);
        single_opens += usize::from(single);
        if (double || single) && starts_line(b, i) {
            lines_double += usize::from(double);
            lines_single += usize::from(single);
        }
        i = next_lead(b, i + 1);
    }
    let by_marks = single_opens >= 4 && doubles * 3 < single_opens;
    let by_lines = lines_single >= 4 && lines_double * 2 < lines_single;
    if by_marks || by_lines {
        Family::Single
    } else {
        Family::Double
    }
}

/// Whether the text lost every single mark to a space in some conversion: it has no `'`, `‘`
/// or `’` at all, yet contractions stand split in two (`don t`, `I ll`, `we re`; a lone `t`
/// after any other word is no sign: `a t shirt`).
fn lost_single_marks(text: &str) -> bool {
    if memchr::memchr(b'\'', text.as_bytes()).is_some() || text.contains(['‘', '’']) {
        return false;
    }
    let mut words = text.split_whitespace();
    let mut last = "";
    words.any(|w| {
        let part = w.trim_end_matches(|c: char| !c.is_alphabetic());
        // `don t`, `isn t`; `I ll`, `you ve`, `we re`.
        let split = (part == "t" && last.ends_with('n') && last.len() > 1)
            || (matches!(part, "ll" | "ve" | "re")
                && matches!(last, "I" | "you" | "You" | "we" | "We" | "they" | "They" | "he" | "He" | "she" | "She"));
        last = w;
        split
    })
}

/// Whether byte `i` is the first of its line but blanks (`\n    ‘Yes,’ she said`).
fn starts_line(b: &[u8], i: usize) -> bool {
    let before = &b[..i];
    let indent = before.iter().rev().take_while(|&&c| c == b' ' || c == b'\t').count();
    before.len() == indent || before[before.len() - indent - 1] == b'\n'
}

/// Whether the mark at `i` (of `len` bytes) stands before a word, after a space or at a start.
fn opens_at(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || "([{—–-".contains(c)) && after.is_some_and(|c| !c.is_whitespace())
}

/// How a straight mark faces, from the characters around it.
fn facing_of(before: Option<char>, after: Option<char>) -> Facing {
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{<—–/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}>—–".contains(c));
    match (space_before, space_after) {
        (true, false) => Facing::Open,
        (false, true) => Facing::Close,
        _ => Facing::Either,
    }
}

/// The quotation marks of `family`, in order.
fn marks(text: &str, family: Family) -> Vec<Mark> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = next_lead(b, 0);
    while i < b.len() {
        let mark = match (b[i], family) {
            (b'"', Family::Double) | (b'\'', Family::Single) => {
                let before = text[..i].chars().next_back();
                let after = text[i + 1..].chars().next();
                // An apostrophe inside a word (don't), for letters left out ('em, 'tis, comin')
                // or after a plural's s (the boys' room) is never a quotation mark.
                let apostrophe = family == Family::Single
                    && ((before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
                        || elision(&text[i + 1..])
                        || word_final_apostrophe(text, i, 1));
                (!apostrophe).then(|| Mark { at: i, len: 1, facing: facing_of(before, after) })
            }
            (0xE2, _) if i + 2 < b.len() && b[i + 1] == 0x80 => match (b[i + 2], family) {
                (0x9C, Family::Double) => Some(Mark { at: i, len: 3, facing: Facing::Open }),
                (0x9D, Family::Double) => Some(Mark { at: i, len: 3, facing: Facing::Close }),
                (0x98, Family::Single) => {
                    let before = text[..i].chars().next_back();
                    let after = text[i + 3..].chars().next();
                    // ‘ typed for an apostrophe (Barr‘s) stands between letters.
                    let inside_word =
                        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
                    (!inside_word).then_some(Mark { at: i, len: 3, facing: Facing::Open })
                }
                (0x99, Family::Single) => {
                    let before = text[..i].chars().next_back();
                    let after = text[i + 3..].chars().next();
                    let apostrophe = after.is_some_and(char::is_alphanumeric) || word_final_apostrophe(text, i, 3);
                    (!apostrophe && before.is_some_and(|c| !c.is_whitespace())).then_some(Mark {
                        at: i,
                        len: 3,
                        facing: Facing::Close,
                    })
                }
                _ => None,
            },
            (0xC2, Family::Double) if i + 1 < b.len() && (b[i + 1] == 0xAB || b[i + 1] == 0xBB) => {
                Some(Mark { at: i, len: 2, facing: if b[i + 1] == 0xAB { Facing::Open } else { Facing::Close } })
            }
            _ => None,
        };
        if let Some(m) = mark {
            i = next_lead(b, i + m.len);
            out.push(m);
        } else {
            i = next_lead(b, i + 1);
        }
    }
    out
}

/// Whether `rest`, the text after a `'`, starts with a word that lost its first letters to the
/// apostrophe (`'em`, `'tis`, `'twas`): then the mark is no quotation mark. `'Tis` and `'Twas`
/// open sentences; the others are written in lower case, so that speech opening on a word of
/// the same letters (`'Ow!'`, `'Em, come here'`) keeps its mark.
pub(super) fn elision(rest: &str) -> bool {
    const ANY_CASE: &[&str] = &["tis", "twas", "twere", "twill", "twould", "twixt"];
    const LOWER_CASE: &[&str] =
        &["em", "cause", "bout", "im", "ere", "ave", "ow", "fore", "gainst", "neath", "nough", "un", "ee"];
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    ANY_CASE.iter().any(|e| word.eq_ignore_ascii_case(e)) || LOWER_CASE.contains(&word)
}

/// Whether the mark at `i` (of `len` bytes) ends a word that lost letters to it or owns by it,
/// before a word in lower case that is neither a verb of saying nor a pronoun: a plural's s
/// (`the neighbours' opinions`), a dropped g (`a-comin' on`) or `o'` (`o' me`). Then it is an
/// apostrophe; a closing mark follows short words and words that end so of themselves
/// (`'Come with us' and she went`, `'Yes' was all`, `'Come in' and`, `'Once again' he`).
pub(super) fn word_final_apostrophe(text: &str, i: usize, len: usize) -> bool {
    let before = &text[..i];
    let last = lower(&before[last_word_start(before)..]);
    let plural = last.len() > 3
        && last.ends_with('s')
        && !ENDS_IN_S.contains(&last.as_str())
        && !last.ends_with("ss")
        && !last.ends_with("ous");
    let dropped_g = last.len() > 4
        && last.ends_with("in")
        && !last.ends_with("ain")
        && !last.ends_with("oin")
        && !ENDS_IN_IN.contains(&last.as_str());
    let Some(after) = text[i + len..].strip_prefix(' ') else { return false };
    let word = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    (plural || dropped_g || last == "o")
        && word.starts_with(|c: char| c.is_lowercase())
        && !super::lexicon::speech_verb(word)
        && super::lexicon::pronoun_gender(word).is_none()
}

/// Words of four letters or more that end in s without being plurals.
const ENDS_IN_S: &[&str] = &[
    "this", "thus", "does", "always", "perhaps", "unless", "besides", "towards", "afterwards", "upwards", "downwards",
    "backwards", "forwards", "whereas", "alas", "yours", "ours", "hers", "theirs", "sometimes", "nowadays", "series",
    "news", "means", "lens", "chaos", "bias", "atlas", "iris", "canvas", "various", "anxious", "nervous",
];

/// Words of five letters or more that end in "in" without a dropped g.
const ENDS_IN_IN: &[&str] = &[
    "within", "cousin", "begin", "basin", "cabin", "robin", "satin", "margin", "origin", "violin", "raisin", "napkin",
    "muslin", "penguin", "dolphin", "pumpkin", "goblin", "muffin", "coffin", "assassin", "herein", "therein",
    "wherein", "toxin", "resin", "cumin", "latin", "berlin", "dublin", "austin", "martin", "kevin", "justin",
    "benjamin", "franklin",
];

/// The byte offsets where paragraphs end: at each blank line, and at the end of the text. A
/// text with no blank line at all takes each line for a paragraph.
fn paragraph_ends(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut ends = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &b[i..]) {
        let nl = i + off;
        let mut j = nl + 1;
        while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            ends.push(nl);
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
        }
        i = j.max(nl + 1);
    }
    if ends.is_empty() && text.contains('\n') {
        ends = b.iter().enumerate().filter(|(_, &c)| c == b'\n').map(|(i, _)| i).collect();
    }
    ends.push(text.len());
    ends
}

/// Pairs the marks of each paragraph into quotes.
fn pair(text: &str, marks: &[Mark], paragraph_ends: &[usize], family: Family) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut m = 0;
    let mut start = 0;
    // The paragraphs passed over since a speech ran on past its paragraph's end: with no mark,
    // or set in (verse, a letter's lines, quoted or not).
    let mut carried: Option<Vec<Range<usize>>> = None;
    for (p, &end) in paragraph_ends.iter().enumerate() {
        let first = m;
        while m < marks.len() && marks[m].at < end {
            m += 1;
        }
        let prior = carried.take();
        let after_run_on = prior.is_some();
        let passed_over = |mut c: Vec<Range<usize>>| {
            (c.len() < MAX_CARRIED_PARAGRAPHS).then(|| {
                c.push(start..end);
                c
            })
        };
        if first == m {
            carried = prior.and_then(passed_over);
            start = end;
            continue;
        }
        // The speech closes here with a paragraph that only closes it: the prose paragraphs
        // between that no mark opened are the speech's too, when set-in lines are what parted
        // them from it.
        let closes_speech = m - first == 1 && marks[first].facing == Facing::Close;
        if let Some(c) = prior.as_ref().filter(|c| closes_speech && c.iter().any(|r| set_in(text, r.clone()))) {
            let prose = c.iter().filter(|r| !set_in(text, (*r).clone()) && !text[(*r).clone()].trim().is_empty());
            out.extend(prose.map(|r| trimmed(text, r.clone())));
        }
        let next = paragraph_ends.get(p + 1).map(|&e| end..e);
        let next_opens = marks.get(m).is_some_and(|n| {
            n.facing != Facing::Close && next.as_ref().is_none_or(|r| n.at < r.end) && starts_paragraph(text, n.at)
        });
        let follows = Follows { next_opens, after_run_on };
        let ran_on = pair_paragraph(text, &marks[first..m], start..end, family, follows, &mut out);
        let next_set_in = next.is_some_and(|r| set_in(text, r));
        carried = if after_run_on && !closes_speech && set_in(text, start..end) {
            prior.and_then(passed_over)
        } else {
            (ran_on && (!next_opens || next_set_in)).then(Vec::new)
        };
        start = end;
    }
    // A speech's prose paragraphs are listed when it closes, after the quotes of the verse set
    // in between them; everything after works on quotes in text order.
    out.sort_by_key(|q| q.start);
    out
}

/// What the paragraphs around one being paired say about its quotes.
#[derive(Debug, Clone, Copy)]
struct Follows {
    /// The next paragraph opens with a mark: a quote left open here runs on into it.
    next_opens: bool,
    /// A quote ran on past the end of an earlier paragraph, with no mark since.
    after_run_on: bool,
}

/// How many paragraphs a speech is followed across, looking for its close.
const MAX_CARRIED_PARAGRAPHS: usize = 8;

/// Whether paragraph `r` is set in: its first line starts with blanks.
fn set_in(text: &str, r: Range<usize>) -> bool {
    let p = text[r].trim_start_matches(['\n', '\r']);
    p.starts_with([' ', '\t']) && !p.trim().is_empty()
}

/// `r` without the blanks around it.
fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let p = &text[r.clone()];
    let lead = p.len() - p.trim_start().len();
    r.start + lead..r.start + lead + p.trim().len()
}

/// Whether only white space stands between the start of `at`'s line and `at`. It reads back
/// over the blanks only, so a long line costs nothing.
fn starts_paragraph(text: &str, at: usize) -> bool {
    let before = &text.as_bytes()[..at];
    before.iter().rposition(|c| !c.is_ascii_whitespace() || *c == b'\n').is_none_or(|i| before[i] == b'\n')
}

/// Pairs one paragraph's marks into quotes, pushed to `out`; returns whether a quote was left
/// open at the paragraph's end (a speech that runs on).
fn pair_paragraph(
    text: &str,
    marks: &[Mark],
    paragraph: Range<usize>,
    family: Family,
    follows: Follows,
    out: &mut Vec<Range<usize>>,
) -> bool {
    let Follows { next_opens, after_run_on } = follows;
    let mut left_open = false;
    let end = paragraph.end;
    let mut open: Option<usize> = None;
    let mut k = 0;
    while k < marks.len() {
        let mark = marks[k];
        match (open, mark.facing) {
            (None, Facing::Open | Facing::Either) => open = Some(k),
            (None, Facing::Close) if marks.len() == 1 && family == Family::Double && after_run_on => {
                // A paragraph whose one mark closes it ends the quote that ran on before it
                // without opening again, as speech does around verse set in: the paragraph is
                // the speaker's. (A closing mark inside a paragraph is a typing slip.)
                let whole = trimmed(text, paragraph.clone());
                if whole.start < mark.at && whole.end == mark.at + mark.len {
                    out.push(whole);
                }
            }
            (None, Facing::Close) => {}
            (Some(o), Facing::Close | Facing::Either) => {
                out.push(marks[o].at..mark.at + mark.len);
                open = None;
            }
            (Some(o), Facing::Open) => {
                // A new quote opens before the last one closed. With double marks the last one
                // ends here; a single mark that never closed was an apostrophe ('tis).
                if family == Family::Double {
                    let piece = trim_end(text, marks[o].at..mark.at);
                    if piece.len() > marks[o].len {
                        out.push(piece);
                    }
                }
                open = Some(k);
            }
        }
        k += 1;
        if k == marks.len() {
            if let Some(o) = open {
                // Unclosed at the paragraph's end (it is then the paragraph's last mark, as
                // every mark after it would have closed it or opened another). Double marks,
                // or a quote the next paragraph goes on with: the piece up to here. A lone
                // single mark was an apostrophe after all (’tis, ’90s): no quote.
                if family == Family::Double || next_opens {
                    let piece = trim_end(text, marks[o].at..end);
                    if piece.len() > marks[o].len {
                        out.push(piece);
                        left_open = true;
                    }
                }
            }
        }
    }
    left_open
}

fn trim_end(text: &str, range: Range<usize>) -> Range<usize> {
    let trimmed = text[range.clone()].trim_end();
    range.start..range.start + trimmed.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(quotes("“Yes,” he said, and then: “No.”"), ["“Yes,”", "“No.”"]);
    }

    #[test]
    fn straight_double_quotes_face_by_their_neighbours() {
        assert_eq!(quotes(r#""Come in," she said. "It's cold.""#), [r#""Come in,""#, r#""It's cold.""#]);
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        let t = "“I’ve been there,” said Barr‘s friend. It’s the ’90s, rock ’n’ roll.";
        assert_eq!(quotes(t), ["“I’ve been there,”"]);
    }

    #[test]
    fn a_partial_quote_inside_a_sentence() {
        assert_eq!(
            quotes("She made “one of the worst decisions of [her] life” and went on."),
            ["“one of the worst decisions of [her] life”"]
        );
    }

    #[test]
    fn an_interrupted_quote_is_two_quotes() {
        assert_eq!(quotes("“I cannot,” said Ann, “you know I cannot.”"), ["“I cannot,”", "“you know I cannot.”"]);
    }

    #[test]
    fn a_quote_over_several_paragraphs_is_one_quote_per_paragraph() {
        let t = "\"The first part goes on\nover a line.\n\n\"The second part ends here.\"\n\nNarration.";
        assert_eq!(quotes(t), ["\"The first part goes on\nover a line.", "\"The second part ends here.\""]);
    }

    #[test]
    fn a_paragraph_that_only_closes_a_quote_ends_the_speech_around_verse() {
        let t = "“Listen to this.\n\n    Roses are red,\n    violets blue.\n\nThat is all. Clever, is it not?”\n\nShe laughed.";
        assert_eq!(quotes(t), ["“Listen to this.", "That is all. Clever, is it not?”"]);
        let between = "“Listen.\n\n    Roses are red,\n\nThat is the first.\n\n    violets blue.\n\nThat is all.”\n\nShe laughed.";
        assert_eq!(quotes(between), ["“Listen.", "That is the first.", "That is all.”"]);
        let narration = "“Listen.\n\nShe read on.\n\nThat is all.”\n\nShe laughed.";
        assert_eq!(quotes(narration), ["“Listen.", "That is all.”"]);
        let quoted_verse =
            "“Hear the lines:\n\n    “Over the hill,\n    and far away.”\n\nThat is all.”\n\nShe laughed.";
        assert_eq!(quotes(quoted_verse), ["“Hear the lines:", "That is all.”"]);
        // Quoted verse between two prose paragraphs of the speech: each listed in text order.
        let prose_verse_prose =
            "“We went on, and he sang\n\nall the way, and then\n\n    “High on the hill,” he sang,\n    \
                                 “the wind blows.”\n\nand we were glad.”";
        assert_eq!(
            quotes(prose_verse_prose),
            ["“We went on, and he sang", "all the way, and then", "and we were glad.”"]
        );
        let inches = "The new screen is 27\"\n\nHe said it was 55\" wide.";
        assert!(quotes(inches).is_empty());
        let slip = "The flag is old. Kits will be sent to schools,” For example, schools can vote.";
        assert!(quotes(slip).is_empty());
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_paragraph() {
        let t = "He shouted “Stop and ran.\n\nThe next paragraph is narration, with “A quote.” in it.";
        assert_eq!(quotes(t), ["“Stop and ran.", "“A quote.”"]);
    }

    #[test]
    fn a_nested_quote_cuts_the_outer_one_and_is_not_listed() {
        // The speaker's own words are the pieces around the words they repeat.
        let t = "“She told me, ‘never again, not in this house,’ twice,” he said.";
        assert_eq!(quotes(t), ["“She told me,", "twice,”"]);
    }

    #[test]
    fn a_text_that_lost_its_single_marks_to_spaces_is_cut_at_the_spaces_left() {
        let lost = "\"I don t know.  Go home,  said he.  Not now,  said I.\" He left.";
        assert_eq!(quotes(lost), ["\"I don t know.", "said he.", "said I.\""]);
        // With any single mark left in the text, double blanks are only blanks.
        let kept = "\"I don't know.  Go home,  said he.  Not now,  said I.\" He left.";
        assert_eq!(quotes(kept), ["\"I don't know.  Go home,  said he.  Not now,  said I.\""]);
        let shirt = "He wore a t shirt.  \"I am late.  Go home,  said he.\"";
        assert_eq!(quotes(shirt), ["\"I am late.  Go home,  said he.\""]);
        let no_contraction = "\"I do not know.  Go home,  said he.\" He left.";
        assert_eq!(quotes(no_contraction), ["\"I do not know.  Go home,  said he.\""]);
    }

    #[test]
    fn apostrophes_of_dropped_letters_inside_a_quote_do_not_cut_it() {
        // The same elisions that never open a single-quoted quote never open a nested one.
        let t = "\"That 'ere's a bullet, and I've had enough of 'em. His luck is again' him,\" said Tom.";
        assert_eq!(quotes(t), [&t[..t.find(" said").unwrap()]]);
    }

    #[test]
    fn british_single_quotes_with_apostrophes_among_them() {
        let t = "‘I don’t know,’ said Tom. ‘It’s late.’\n\n‘Perhaps,’ she said, ‘we’ll go.’\n\n‘Fine.’ The boys’ dog barked.\n\n‘Come.’";
        assert_eq!(quotes(t), ["‘I don’t know,’", "‘It’s late.’", "‘Perhaps,’", "‘we’ll go.’", "‘Fine.’", "‘Come.’"]);
    }

    #[test]
    fn straight_single_quotes_in_a_text_that_uses_them() {
        let t = "'Hello,' said Ann. 'Yes.'\n\n'No,' said Bo. 'Maybe.'\n\n'tis the season, he thought. 'Right.'";
        assert_eq!(quotes(t), ["'Hello,'", "'Yes.'", "'No,'", "'Maybe.'", "'Right.'"]);
    }

    #[test]
    fn a_single_quoted_text_that_nests_many_double_quotes_still_quotes_with_single_ones() {
        // Reading out a letter: as many double marks as single ones, but each line of
        // dialogue opens with a single mark.
        let mut t = String::new();
        for k in 0..6 {
            t.push_str(&format!(
                "'She wrote, \"Come on the {k}th,\" and then, \"Bring Tom,\" at the end.'\n\n'Did she?' said Ann.\n\n"
            ));
        }
        let q = quotes(&t);
        assert_eq!(q.iter().filter(|q| **q == "'Did she?'").count(), 6, "{q:?}");
        assert_eq!(q.iter().filter(|q| q.starts_with("'She wrote,")).count(), 6, "{q:?}");
    }

    #[test]
    fn letters_left_out_and_plural_owners_inside_single_quotes() {
        let t = "'Give 'em the boys' coats, for 'tis a-comin' on to rain,' said Ann.\n\n'Aye,' said Tom. 'Tell the girls' said Ann.\n\n'Fine.'\n\n'Good.'";
        assert_eq!(
            quotes(t),
            [
                "'Give 'em the boys' coats, for 'tis a-comin' on to rain,'",
                "'Aye,'",
                "'Tell the girls'",
                "'Fine.'",
                "'Good.'"
            ]
        );
    }

    #[test]
    fn speech_opening_or_closing_on_a_word_like_an_elision_keeps_its_marks() {
        let t = "'Ow!' cried Tom. 'That hurt.'\n\n'Em, come here,' said Tom.\n\n'Come with us' and she went.\n\n'Yes' was all he said.\n\n'Come in' and she did.\n\n'Fine.'";
        assert_eq!(
            quotes(t),
            ["'Ow!'", "'That hurt.'", "'Em, come here,'", "'Come with us'", "'Yes'", "'Come in'", "'Fine.'"]
        );
    }

    #[test]
    fn scare_quotes_are_not_speech() {
        let t = "The so-called “experts” met, and he would “do” fine. He said “yes” and went.";
        assert_eq!(quotes(t), ["“yes”"]);
        assert_eq!(quotes("It was “a lovely piece of theatre” to him."), ["“a lovely piece of theatre”"]);
    }

    #[test]
    fn a_quote_that_is_a_heading_a_name_or_a_wonder_is_not_speech() {
        let t = "“Village Goes Mad” was the heading. “Rose Villa” was not the name he chose. \
                 “What could he mean!” was a wonder to her. “No,” was her reply.";
        assert_eq!(quotes(t), ["“No,”"]);
    }

    #[test]
    fn speech_nobody_spoke_is_not_a_quotation() {
        let t = "She looked round as much as to say, “Are you all mad?” He nearly said, “Go away.” \
                 A smile which seemed to say, “I know.” He was going to answer, “No,” but did not.";
        assert!(quotes(t).is_empty());
        let told = "She told him what she meant: “I will not go.”";
        assert_eq!(quotes(told), ["“I will not go.”"]);
        let said = "Then he said, “Go away.” It was easy to say, “I know.” He meant it. “Yes,” said Ann. “Très,” dit-il é, “bien.”";
        assert_eq!(quotes(said), ["“Go away.”", "“I know.”", "“Yes,”", "“Très,”", "“bien.”"]);
        for n in 0..4 {
            let t = format!("{}éééééééééééé, “Hello there.”", "x".repeat(n));
            assert_eq!(quotes(&t), ["“Hello there.”"]);
        }
    }

    #[test]
    fn a_chain_of_quotes_run_together_with_dashes_is_not_dialogue() {
        let t = "She wondered about him. “Was he tall?”--“She believed so.” “Was he kind?”--“Very.” Then tea came.";
        assert_eq!(quotes(t), Vec::<&str>::new());
        let set_close = "Tom came.\n\n“Ready?”--“Yes.”--“Then go.”";
        assert_eq!(quotes(set_close), ["“Ready?”", "“Yes.”", "“Then go.”"]);
        let said = "Voices rose. “Go”--Ann says, “now?”--“Yes!” cried Tom.\n\n“No.”--\n\n“Well?”";
        assert_eq!(quotes(said), ["“Go”", "“now?”", "“Yes!”", "“No.”", "“Well?”"]);
    }

    #[test]
    fn a_short_quote_handed_to_a_speech_verb_is_speech_after_any_word() {
        let t = "She came in with “good news,” said Tom Hale. He came with “bad news,” she replied. The “old mill,” a ruin, stood.";
        assert_eq!(quotes(t), ["“good news,”", "“bad news,”"]);
    }

    #[test]
    fn signs_and_names_in_quotation_marks_are_not_speech() {
        let t = "The board read “NO ENTRY” and “J. K.” was carved below. We reached the “Old Mill.” “Stop!” he cried. She gave a “Yes,” and “HELP!” came from the lane.";
        assert_eq!(quotes(t), ["“Stop!”", "“Yes,”", "“HELP!”"]);
        let house = "They let “Cissie” first. Nobody took “Rose” that year, and “Albert” was let.";
        assert!(quotes(house).is_empty());
        let said = "Tom came in. “Hello” she said. He turned. “Thanks” he muttered. He nodded. “Okay”.";
        assert_eq!(quotes(said), ["“Hello”", "“Thanks”", "“Okay”"]);
        let said = "She heard a voice calling, “Marilla” from the hall.\n\n“Yes”--briefly. He said “No” and went. Then “Tom” said Ann.";
        assert_eq!(quotes(said), ["“Marilla”", "“Yes”", "“No”", "“Tom”"]);
    }

    #[test]
    fn names_and_titles_after_the_a_possessive_or_of_are_not_speech() {
        let t = "We met at the “Old Mill,” near the “little bridge.” She bought Turner’s “Rain” and a copy of “Home Songs.” That's “Good news,” he said. A shout of “Run” went up. “Of course,” said Bo.";
        assert_eq!(quotes(t), ["“Good news,”", "“Run”", "“Of course,”"]);
        // An exclamation after the article is still speech.
        assert_eq!(quotes("and then the “Help me!” came again"), ["“Help me!”"]);
    }

    #[test]
    fn a_quote_after_a_naming_word_is_a_name_or_writing() {
        let t = "The dog was called “Captain Biscuit” by all. It was what Ned would call “the long way round.” A box marked “fragile, this side up” and a tune entitled, “Down by the Weir.” He called, “Come back,” and she called “Not yet!” from the hill.";
        assert_eq!(quotes(t), ["“Come back,”", "“Not yet!”"]);
        assert!(quotes("The stone bore an inscription: “Here lies a good horse.”").is_empty());
    }

    #[test]
    fn a_title_in_a_running_sentence_is_not_speech() {
        let t = "The band played “Rain on the Old Bridge” twice, and he posted it to\n“Major Dunne, Hull.” “Good Morning,” said Ned. He said “Good Morning, Sir.”\n\n“Major Dunne.”";
        assert_eq!(quotes(t), ["“Good Morning,”", "“Good Morning, Sir.”", "“Major Dunne.”"]);
        // A phrase in lower case is no title.
        assert_eq!(quotes("and he sang “Come and Go with me” loudly"), ["“Come and Go with me”"]);
        // Capitalised words with a speech verb beside them, or a comma closing them, are said.
        assert_eq!(quotes("Tom smiled and “Yes, Ann,” he said."), ["“Yes, Ann,”"]);
        assert_eq!(quotes("And then “Thank You,” said Ann."), ["“Thank You,”"]);
        // But a title stays a title beside other words, or with a comma inside its marks.
        assert!(quotes("He recited “The Boy on the Shore” that evening, and told nobody.").is_empty());
        assert!(quotes("He read “The Long Night,” and then “Snow on Hill Farm.”").is_empty());
        assert_eq!(quotes("He bowed and said to her “Good Morning, Miss Lee.”"), ["“Good Morning, Miss Lee.”"]);
    }

    #[test]
    fn a_whole_sentence_called_out_is_speech() {
        assert_eq!(quotes("She called “Come back to the house.” from the hill."), ["“Come back to the house.”"]);
        assert!(quotes("The dog was called “Old Tom.” by the boys.").is_empty());
        assert!(quotes("She wrote a poem called “The Road Home by Night.”").is_empty());
    }

    #[test]
    fn the_lines_of_a_letter_are_not_speech() {
        let t =
            "She read it aloud.\n\n“May 3rd.”\n\n“Dear Ann,”\n\n“Ever yours,”\n\n“Bo.”\n\n“Well,” said Ann.\n\n“Yes.”";
        assert_eq!(quotes(t), ["“Well,”", "“Yes.”"]);
        // The body between the greeting and the closing is the letter's too.
        let body =
            "“Dear Ann,”\n\n“I am well. The rain has stopped.”\n\n“Yours,”\n\n“Bo.”\n\n“Read it again,” said Ann.";
        assert_eq!(quotes(body), ["“Read it again,”"]);
        // The writer's name may stand between the greeting and its comma.
        let named =
            "He got her letter.\n\n“Dear Ann” [wrote Bo],\n\n“I am well.”\n\n“Yours,”\n\n“Bo”\n\n“So,” said Ann.";
        assert_eq!(quotes(named), ["“So,”"]);
        let spoken = "“Dear Ann” [she began],\n\n“I am well,” said Bo.\n\n“Yes,” she said.";
        assert_eq!(quotes(spoken), ["“Dear Ann”", "“I am well,”", "“Yes,”"]);
    }

    #[test]
    fn verse_and_letters_set_in_are_not_speech() {
        let t = "“Come in,” said Ann.\n\n“Thank you,” said Bo.\n\nShe sang:\n\n     “Over the hills and far away.”\n\n“Lovely,” said Bo.";
        assert_eq!(quotes(t), ["“Come in,”", "“Thank you,”", "“Lovely,”"]);
        // A text that indents every paragraph keeps them all.
        let all = "  “Come in,” said Ann.\n\n  “Thank you,” said Bo.\n\n  “Lovely,” said Bo.";
        assert_eq!(quotes(all).len(), 3);
    }

    #[test]
    fn a_multibyte_character_before_a_short_quote() {
        // Found on a real page: the word before the quote follows a curly apostrophe.
        assert_eq!(quotes("young people’s “ghosts” live on"), Vec::<&str>::new());
    }

    #[test]
    fn guillemets() {
        assert_eq!(quotes("Il dit : «Oui.» Enfin."), ["«Oui.»"]);
    }

    #[test]
    fn no_quotes_and_odd_input() {
        assert!(quotes("").is_empty());
        assert!(quotes("plain text").is_empty());
        assert_eq!(quotes("“"), Vec::<&str>::new());
        assert_eq!(quotes("”“"), Vec::<&str>::new());
        assert!(quotes("5'10\" tall").len() <= 1);
    }

    #[test]
    fn spans_never_overlap() {
        let t = "“A “B” C” \"D \"E\" F\" “G\n\n”H“";
        let spans = find(t);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }
}
