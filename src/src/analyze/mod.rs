//! Analysis: the people an article mentions and the quotations it holds, with their speakers.
//!
//! Pure and offline: `analyze(text)` (and `analyze_article`, which leaves code, verse and list
//! markers in letters out) does no I/O and keeps no global state besides the gazetteers in
//! `assets/`, which are compiled in and parsed once. Every position is a UTF-8 byte range
//! into the text it was given.

pub(crate) mod dialogue;
mod epithets;
pub(crate) mod families;
pub(crate) mod fast_hash;
pub(crate) mod lexicon;
mod line_breaks;
pub(crate) mod mark_scan;
mod named_later;
pub(crate) mod paragraph_breaks;
pub(crate) mod people;
pub(crate) mod quote_split;
pub(crate) mod quotes;
pub(crate) mod speaker_nouns;
pub(crate) mod speakers;
pub(crate) mod tokens;
pub(crate) mod unnamed;
pub(crate) mod vocatives;

use std::borrow::Cow;
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
    /// How old the text calls them (`old Mr. Hale`, `little Ned`), when it does: `said the old
    /// gentleman` is nobody the text calls young.
    pub age: Option<Age>,
}

/// How old an adjective or a description tells a person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Age {
    Young,
    Old,
    /// A child's noun (`the girl`, `the boy`): young, and nobody named as a parent or a spouse
    /// is (`Mrs. Maylie`).
    Child,
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

/// Texts longer than this have their speakers found in two halves at once.
const HALVES_FROM_BYTES: usize = 1 << 20;

/// How far from the middle of the quotes a book may be cut: within this share of them.
const CUT_WINDOW_SHARE: usize = 10;

/// Speakers of `quotes`. Attribution looks only a few paragraphs back (the last speakers, the
/// current conversation), so a long text is cut at the widest stretch of narration near its
/// middle, where no conversation runs on, and its halves are read on the two cores, each as
/// a text of its own. The text-wide habits attribution also reads (who "I" is, whether turns
/// alternate) are then read per half: a book of several novels may get a few speakers other
/// than one reading would give.
fn attribute_in_halves(text: &str, quotes: &[std::ops::Range<usize>], people: &[Person]) -> speakers::Attribution {
    let n = quotes.len();
    let window = (n / 2).saturating_sub(n / CUT_WINDOW_SHARE).max(1)..(n / 2 + n / CUT_WINDOW_SHARE).min(n);
    let cut = window.max_by_key(|&k| quotes[k].start - quotes[k - 1].end);
    let Some(cut) = cut.filter(|_| text.len() > HALVES_FROM_BYTES) else {
        return speakers::attribute(text, quotes, people);
    };
    let (first, second) = quotes.split_at(cut);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| speakers::attribute(text, second, people));
        let mut all = speakers::attribute(text, first, people);
        let later = later.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        all.speakers.extend(later.speakers);
        all.named.extend(later.named);
        all
    })
}

/// The order of the People list: most mentioned first; ties keep the order of first
/// appearance.
fn most_mentioned_first(a: &Person, b: &Person) -> std::cmp::Ordering {
    let first = |p: &Person| p.mentions.first().map(|m| m.start);
    b.mentions.len().cmp(&a.mentions.len()).then_with(|| first(a).cmp(&first(b)))
}

/// Finds the people and quotations in `text`. Linear in the text's length.
pub fn analyze(text: &str) -> Analysis {
    analyze_outside(text, &[])
}

/// Finds the people and quotations in an article: quote marks in its preformatted blocks
/// (code, verse set in) are program text or verse, not speech.
pub fn analyze_article(article: &crate::article::Article) -> Analysis {
    analyze_outside(&without_letter_markers(article), &preformatted(article))
}

/// The article's text with the markers of list items numbered in letters (`C. `, `IV. `)
/// blanked, since the people finder would read them as initials (`C. Lincoln`). Every other
/// byte stands where it stood; the text is borrowed when it has no such marker.
fn without_letter_markers(article: &crate::article::Article) -> Cow<'_, str> {
    let lettered = |b: &crate::article::Block| {
        let marker = b.range.start..b.range.start + b.marker as usize;
        article.text[marker.clone()].starts_with(|c: char| c.is_ascii_alphabetic()).then_some(marker)
    };
    let mut markers = article.blocks.iter().filter_map(lettered).peekable();
    if markers.peek().is_none() {
        return Cow::Borrowed(&article.text);
    }
    let mut bytes = article.text.clone().into_bytes();
    for marker in markers {
        bytes[marker].fill(b' ');
    }
    // ASCII letters and a full stop became spaces: still UTF-8.
    String::from_utf8(bytes).map_or(Cow::Borrowed(&article.text), Cow::Owned)
}

/// The byte ranges of an article's preformatted blocks, in text order.
fn preformatted(article: &crate::article::Article) -> Vec<Range<usize>> {
    article.blocks.iter().filter(|b| b.kind == crate::article::BlockKind::Code).map(|b| b.range.clone()).collect()
}

/// Finds the people and quotations in `text`, leaving out quotes that overlap the sorted
/// ranges of `preformatted`.
fn analyze_outside(text: &str, preformatted: &[Range<usize>]) -> Analysis {
    // Every rule reads line breaks as `\n`; a Windows or old Mac file is read through a copy
    // whose bytes all stand where they stood, so every span found holds for the text itself.
    let text = &*line_breaks::as_line_feeds(text);
    // Finding names takes both cores; grouping them takes one, and quotes (with the
    // descriptions and epithets that speak them) take the other.
    let candidates = people::find_candidates(text);
    let find_quotes = || {
        let mut spans = quotes::find(text);
        if !preformatted.is_empty() {
            spans.retain(|q| {
                let k = preformatted.partition_point(|r| r.end <= q.start);
                preformatted.get(k).is_none_or(|r| r.start >= q.end)
            });
        }
        let speeches = unnamed::speeches(text, &spans);
        let epithet_speeches = epithets::speeches(text, &spans);
        (spans, speeches, epithet_speeches)
    };
    let (mut people, (spans, speeches, epithet_speeches)) = std::thread::scope(|scope| {
        let quotes = scope.spawn(find_quotes);
        let people = people::group_candidates(text, candidates);
        (people, quotes.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    });
    // Characters the text never names, who speak by a description (`said the ferryman`).
    let unnamed = unnamed::find(text, &spans, &speeches, &people);
    unnamed::answers::fold(text, &spans, &mut people, unnamed);
    // Characters known by a capitalised epithet that is no name (`said the King`).
    let epithets = epithets::find(text, &epithet_speeches, &people);
    people.extend(epithets);
    people.sort_by(most_mentioned_first);
    let attribution = attribute_in_halves(text, &spans, &people);
    let (people, speakers) = named_later::fold(people, attribution);
    let quotes = spans.into_iter().zip(speakers).map(|(span, speaker)| Quote { span, speaker }).collect();
    Analysis { people, quotes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_known_by_an_epithet_speaks_the_quotes_said_by_it() {
        let text = "“Go away,” said the Silent Woman.\n\n“Why?” said Kemp.\n\n“Because,” said the Silent Woman.";
        let analysis = analyze(text);
        let names: Vec<&str> = analysis.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["the Silent Woman", "Kemp"]);
        let said: Vec<Option<usize>> = analysis.quotes.iter().map(|q| q.speaker).collect();
        assert_eq!(said, [Some(0), Some(1), Some(0)]);
    }

    #[test]
    fn a_character_known_by_a_title_alone_speaks_the_quotes_said_by_it() {
        let text = "Alice Reed stood up.\n\n“Read it,” said the King.\n\n“No,” said Alice.\n\n“Now,” said the King.";
        let analysis = analyze(text);
        let said: Vec<Option<&str>> =
            analysis.quotes.iter().map(|q| q.speaker.map(|p| analysis.people[p].name.as_str())).collect();
        assert_eq!(said, [Some("the King"), Some("Alice Reed"), Some("the King")]);
    }

    #[test]
    fn an_unnamed_characters_words_are_no_epithet_of_their_own() {
        let text = "Ruth Vance waited on the quay. Presently a French officer came up the steps.\n\n“Your papers, miss?” said the French officer.\n\n“Here,” said Ruth.\n\n“These are in order,” said the French officer, handing them back.";
        let names: Vec<String> = analyze(text).people.into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["the officer", "Ruth Vance"]);
    }

    #[test]
    fn an_unnamed_character_is_listed_by_its_description_and_speaks_its_quotes() {
        let text = "Ruth Vance waited on the quay. Presently an old ferryman came up the steps.\n\n“Crossing, miss?” said the ferryman.\n\n“Yes,” said Ruth.\n\n“Sixpence,” said the ferryman, holding out his hand.";
        let analysis = analyze(text);
        let ferryman = analysis.people.iter().position(|p| p.name == "the ferryman").expect("listed");
        let mentions = &analysis.people[ferryman].mentions;
        assert!(mentions.len() == 3 && mentions.windows(2).all(|w| w[0].start < w[1].start));
        let said: Vec<Option<&str>> =
            analysis.quotes.iter().map(|q| q.speaker.map(|p| analysis.people[p].name.as_str())).collect();
        assert_eq!(said, [Some("the ferryman"), Some("Ruth Vance"), Some("the ferryman")]);
    }

    #[test]
    fn a_list_item_numbered_in_letters_gives_its_marker_to_no_name() {
        let html = "<ol type=A start=3><li>Abraham Lincoln said no.</li><li>Lincoln left.</li></ol>\n";
        let article = crate::article::markdown::parse(html, "x");
        assert!(article.text.starts_with("C. Abraham Lincoln"), "{}", article.text);
        let analysis = analyze_article(&article);
        let names: Vec<&str> = analysis.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Abraham Lincoln"]);
        assert_eq!(analysis.people[0].mentions[0], 3..18);
    }

    #[test]
    fn an_initial_opening_a_later_paragraph_of_a_list_item_is_kept() {
        let article = crate::article::markdown::parse("- First point.\n\n  J. Smith said hello.\n", "x");
        let analysis = analyze_article(&article);
        let start = article.text.find("J. Smith").unwrap();
        assert_eq!(analysis.people[0].name, "J. Smith");
        assert_eq!(analysis.people[0].mentions[0], start..start + "J. Smith".len());
    }

    #[test]
    fn windows_and_old_mac_line_breaks_and_blank_lines_of_spaces_give_the_same_analysis() {
        // Unattributed turns alternate only where the paragraphs tell the turns apart.
        let text = "Anna Berg met Tom Field at the gate.\n\n“Late again,” said Anna.\n\n“The train,” he said.\n\n“It always is.”\n\n“Not always.”\n\n“You say so.”\n";
        let unix = analyze(text);
        let others = [
            text.replace('\n', "\r\n"),
            text.replace('\n', "\r"),
            text.replace("\n\n", "\n  \n"),
            text.replace("\n\n", "\n\t\n"),
        ];
        for (k, other_text) in others.iter().enumerate() {
            let other = analyze(other_text);
            let said = |a: &Analysis| a.quotes.iter().map(|q| q.speaker).collect::<Vec<_>>();
            assert_eq!(said(&other), said(&unix), "text {k}");
            assert_eq!(other.people.len(), unix.people.len());
        }
    }

    #[test]
    fn an_unnamed_character_who_answers_with_a_name_is_that_person() {
        let text = "Mr. Bumble sat by the fire. A tall man in a cloak came in, and the stranger sat down.\n\n\
                    “You are the beadle?” said the stranger.\n\n“I am,” said Mr. Bumble.\n\n\
                    “Then come to me tomorrow,” said the stranger.\n\n“What name am I to ask for?” said Mr. Bumble.\n\n\
                    “Monks!” rejoined the stranger; and Mr. Bumble never forgot Mr. Monks.";
        let analysis = analyze(text);
        let names: Vec<&str> = analysis.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Mr. Monks", "Mr. Bumble"]);
        assert!(analysis.people[0].aliases.contains(&"the stranger".to_string()));
        let said: Vec<_> = analysis.quotes.iter().map(|q| q.speaker.map(|p| names[p])).collect();
        assert_eq!(
            said,
            [Some("Mr. Monks"), Some("Mr. Bumble"), Some("Mr. Monks"), Some("Mr. Bumble"), Some("Mr. Monks")]
        );
        // A name asked for of someone else is no answer of one's own.
        let text = text.replace("What name am I to ask for?", "And what is his name?");
        let analysis = analyze(&text);
        assert!(analysis.people.iter().any(|p| p.name == "the stranger"));
    }

    #[test]
    fn a_long_text_read_in_halves_gets_the_speakers_of_one_reading() {
        let scene = "Anna Berg met Tom Field at the gate.\n\n“Late again,” said Anna.\n\n“The train,” he said.\n\n“It always is.”\n\n“Not always.”\n\nThey walked on without a word for a long while, past the mill and the church and the row of elms by the river.\n\n";
        let text = scene.repeat(HALVES_FROM_BYTES / scene.len() + 50);
        let analysis = analyze(&text);
        let spans: Vec<_> = analysis.quotes.iter().map(|q| q.span.clone()).collect();
        assert!(text.len() > HALVES_FROM_BYTES && spans.len() > 1000);
        let halves = attribute_in_halves(&text, &spans, &analysis.people).speakers;
        assert_eq!(halves, speakers::attribute(&text, &spans, &analysis.people).speakers);
        assert!(halves.iter().filter(|s| s.is_some()).count() * 10 > spans.len() * 9, "most turns have a speaker");
    }
}
