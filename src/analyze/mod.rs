//! Analysis: the people an article mentions and the quotations it holds, with their speakers.
//!
//! Pure and offline: `analyze(text)` does no I/O and keeps no global state besides the
//! gazetteers in `assets/`, which are compiled in and parsed once. Every position is a UTF-8
//! byte range into the text it was given.

pub mod dialogue;
pub mod fast_hash;
pub mod lexicon;
pub mod mark_scan;
pub mod people;
pub mod quote_split;
pub mod quotes;
pub mod speaker_nouns;
pub mod speakers;
pub mod tokens;

use std::ops::Range;

/// Everything byline knows about an article's people and quotations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// One entry per person, most mentioned first.
    pub people: Vec<Person>,
    /// Quotations in text order; they never overlap.
    pub quotes: Vec<Quote>,
}

/// A person the article names, with every named mention of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The fullest form the article uses ("Kim Kardashian").
    pub name: String,
    /// The other forms that name this person ("Kardashian West", "Kim K").
    pub aliases: Vec<String>,
    /// Byte ranges of each mention, in text order.
    pub mentions: Vec<Range<usize>>,
    /// Grammatical gender, when first names, titles or pronouns tell it; speaker attribution
    /// uses it to resolve "she said".
    pub gender: Gender,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    Female,
    Male,
    #[default]
    Unknown,
}

/// A quotation: its span includes the quotation marks.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: Range<usize>,
    /// Index into [`Analysis::people`], or `None` when no person said it (an outlet, an
    /// unnamed source, a scare quote or a title).
    pub speaker: Option<usize>,
}

/// Finds the people and quotations in `text`. Linear in the text's length.
pub fn analyze(text: &str) -> Analysis {
    // Finding names takes both cores; grouping them takes one, and quotes take the other.
    let candidates = people::find_candidates(text);
    let (mut people, spans) = std::thread::scope(|scope| {
        let quotes = scope.spawn(|| quotes::find(text));
        let people = people::group_candidates(text, candidates);
        (people, quotes.join().unwrap_or_else(|_| quotes::find(text)))
    });
    // Most mentioned first; ties keep the order of first appearance.
    people.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.mentions.first().map(|m| m.start).cmp(&b.mentions.first().map(|m| m.start)))
    });
    let speakers = speakers::attribute(text, &spans, &people);
    let quotes = spans
        .into_iter()
        .zip(speakers)
        .map(|(span, speaker)| Quote { span, speaker })
        .collect();
    Analysis { people, quotes }
}
