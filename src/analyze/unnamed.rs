//! Unnamed characters: the people a novel never names, who speak by a description in lower
//! case (`said the ferryman`, `the turnkey said`). Without them, such a quote goes to some
//! named person of the scene, which is always wrong; with them, the People list holds
//! `the ferryman`, whose mentions are the description's occurrences, and attribution finds
//! those mentions in the attributions like any name.
//!
//! A description is read as an unnamed character only when the text introduced it with an
//! indefinite article and no name (`a grey ferryman stepped off the boat`), or first told of it
//! as a sentence's opening words (`The barman leant on the counter`), the way a scene brings in
//! its fixtures: a role word for a named person (`the doctor` for a doctor named earlier) is
//! introduced by the name instead, and is left to the resolution of descriptions in
//! `speakers`. A word for someone nobody knows (`the stranger`) needs no such introduction:
//! only to be told of before it speaks.
//!
//! A plain word for a person (`the man`) is no character of its own, except with a phrase that
//! tells it from others (`said the man with the red scarf`): the whole phrase is then its
//! description, and needs no introduction either. Nor does a description with an ordinal
//! (`said the second policeman`): it tells apart people the text has no names for.
//!
//! One that answers a call to a name is that person after all (`answers`).

use super::fast_hash::FastMap as HashMap;
use super::lexicon::{self, lower, speech_verb};
use super::speaker_nouns;
use super::tokens::{tokenize, Kind, Token};
use super::{Gender, Person};
use std::ops::Range;

pub mod answers;

/// How far after a quote its attribution is read.
const ATTRIBUTION_BYTES: usize = 80;

/// How far before a description's first speech its introduction is looked for.
const INTRO_BYTES: usize = 3000;

/// How far back from a word the `the` before it, or the end of the sentence before that, is
/// looked for.
const LOOK_BACK_BYTES: usize = 16;

/// How much of the sentence a role opens is read for a name attached to it (`The spokesman for
/// the ministry, Ali Reza, met reporters`).
const NAMED_AFTER_BYTES: usize = 80;

/// How many words after the introduction's noun a name would be attached (`a clerk, Mr. Pye`).
const NAME_WORDS: usize = 6;

/// How far after its last speech an unnamed character is still mentioned by the description.
const MENTION_TAIL_BYTES: usize = 2000;

/// How far from its introduction an unnamed character is looked for at most: such a
/// character lives in a scene or a chapter, and a book is read in linear time.
const CHARACTER_BYTES: usize = 60_000;

/// How far before a description's noun its determiner stands at most (`the grey old ferryman`).
const DETERMINER_BYTES: usize = 48;

/// How far after a description its pronouns tell its sex (`said the porter, shaking his head`).
const PRONOUN_BYTES: usize = 80;

/// How many times a role must speak to be a character when the text never introduces it.
const MIN_UNINTRODUCED_SPEECHES: usize = 2;

/// How far before a role's first speech what ties it to a name is looked for: a few pages
/// (`Doctor Losberne came in.` … `said the surgeon`).
const TIES_BACK_BYTES: usize = 10_000;

/// How many quotes on each side of a role's speech are read for a turn that calls a name.
const NEXT_TURN_QUOTES: usize = 4;

/// How far before a role noun a name in apposition with it is looked for.
const APPOSITION_BYTES: usize = 40;

/// How many words may stand between the article and the noun (`a grey ferryman`).
const ADJECTIVES: usize = 2;

/// How many words may follow the article of a distinguishing phrase (`in the grey coat`).
const PHRASE_WORDS: usize = 3;

/// How many capitalised words the name of a place after a description has at most (`the
/// landlord of the Three Cripples`).
const PLACE_WORDS: usize = 3;

/// How far before a distinguishing phrase's last word its preposition stands at most.
const PHRASE_BYTES: usize = 64;

/// A description that speaks: its noun and ordinal (`first` in `the first porter`), which tell
/// one unnamed character from another, and the phrase that makes a plain word for a person
/// someone of their own (`the man with the red scarf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key<'a> {
    ordinal: Option<&'a str>,
    noun: &'a str,
    phrase: Option<Phrase<'a>>,
}

/// What follows a plain word for a person to tell one of its kind (`in the grey coat`):
/// the preposition and the words after the article, which is `the` where the description
/// speaks and may be any in its introduction (`a gentleman in a grey coat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Phrase<'a> {
    preposition: &'a str,
    /// The words after the article, the unused ones empty.
    words: [&'a str; PHRASE_WORDS],
}

impl<'a> Phrase<'a> {
    fn words(&self) -> impl Iterator<Item = &'a str> {
        self.words.into_iter().filter(|w| !w.is_empty())
    }

    fn last(&self) -> &'a str {
        self.words().last().unwrap_or_default()
    }

    /// How many tokens the phrase takes: the preposition, the article and the words.
    fn len(&self) -> usize {
        2 + self.words().count()
    }

    /// The phrase's words with some of those before the last left out (`scarf` and `grey scarf`
    /// for `grey curly scarf`… and `curly scarf`), the unused places empty.
    fn shortenings(&self) -> Vec<[&'a str; PHRASE_WORDS]> {
        let words: Vec<&str> = self.words().collect();
        let Some((&last, before)) = words.split_last() else { return Vec::new() };
        // Each subset of the words before the last, but all of them.
        (0..(1usize << before.len()) - 1)
            .map(|kept| {
                let mut out = [""; PHRASE_WORDS];
                let chosen = before.iter().enumerate().filter(|(k, _)| kept & (1 << k) != 0).map(|(_, w)| *w);
                for (slot, w) in out.iter_mut().zip(chosen.chain([last])) {
                    *slot = w;
                }
                out
            })
            .collect()
    }

    /// Whether `words` are this phrase's words or fewer of them, ending with its last one (`scarf`
    /// for `red scarf`).
    fn shortened_to<'w>(&self, words: impl Iterator<Item = &'w str>) -> bool {
        let mut mine = self.words();
        let mut any = false;
        for w in words {
            if !mine.any(|m| m == w) {
                return false;
            }
            any = true;
        }
        any && mine.next().is_none()
    }

    /// How many tokens the phrase takes at the start of `tokens`, whatever its article and with
    /// any of its words but the last left out (`with a scarf` for `with the red scarf`).
    fn at_start(&self, text: &str, tokens: &[Token]) -> Option<usize> {
        let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
        if word(0) != Some(self.preposition) || !word(1).is_some_and(|a| matches!(a, "the" | "a" | "an")) {
            return None;
        }
        let n = (2..2 + PHRASE_WORDS).find(|&k| word(k) == Some(self.last()))?;
        self.shortened_to((2..=n).filter_map(word)).then_some(n + 1)
    }
}

/// The descriptions that speak in `text`: each attribution next to one of `quotes` that
/// reads `said the …` or `the … said`, with its span. Needs no people, so it can run while
/// they are being grouped.
pub fn speeches<'t>(text: &'t str, quotes: &[Range<usize>]) -> Speeches<'t> {
    Speeches(quotes.iter().filter_map(|q| attribution(text, q)).collect())
}

/// Whether the attribution starting at `from` has `the` as its first or second word (`the
/// porter said`, `said the porter`): most attributions have not, and are passed over before
/// any tokenizing, which a book's thousands of quotes would make the costliest step here.
fn the_first_or_second(text: &str, from: usize) -> bool {
    let mut words = text[from..].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2);
    words.any(|w| w == "the")
}

/// What [`speeches`] found: each speaking description's key and span, in text order.
pub struct Speeches<'t>(Vec<(Key<'t>, Range<usize>)>);

/// The unnamed characters of `text`: descriptions that speak (`speeches`, by the attributions
/// of `quotes`) and that the text introduced with `a` or `an`, or by opening a sentence with
/// them, and no name of `people` attached. A plain word for a person with a phrase that tells
/// it apart (`the man with the red scarf`) needs no introduction: the phrase points at someone
/// the reader was shown.
pub fn find(text: &str, quotes: &[Range<usize>], speeches: &Speeches, people: &[Person]) -> Vec<Person> {
    if speeches.0.is_empty() {
        return Vec::new();
    }
    let speeches = &with_full_phrases(&speeches.0);
    let mut mentions: Vec<Range<usize>> = people.iter().flat_map(|p| p.mentions.iter().cloned()).collect();
    mentions.sort_unstable_by_key(|m| (m.start, m.end));
    let mut first: HashMap<Key, Range<usize>> = HashMap::default();
    let mut last: HashMap<Key, usize> = HashMap::default();
    let mut said: HashMap<Key, Vec<Range<usize>>> = HashMap::default();
    for (key, span) in speeches {
        first.entry(*key).or_insert_with(|| span.clone());
        last.insert(*key, span.end);
        said.entry(*key).or_default().push(span.clone());
    }
    // Where each person is first named, when that is in a quote: one the dialogue names between
    // a description's introduction and the quote of its first speech may be who it is (`A
    // clergyman came in. “Why, it is Mr. Pym!” … said the clergyman`); the speech itself
    // names whom it speaks to. Only the stretch just before that speech counts: a stranger told
    // of long before speaks to people the story has named since.
    let mut firsts: Vec<usize> =
        people.iter().filter_map(|p| p.mentions.first().map(|m| m.start)).filter(|&at| spoken(quotes, at)).collect();
    firsts.sort_unstable();
    let named_since =
        |from: usize, to: usize| firsts.get(firsts.partition_point(|&f| f < from)).is_some_and(|&f| f < to);
    let mut found: Vec<(Key, usize)> = first
        .iter()
        .filter_map(|(key, span)| {
            introduction(text, quotes, &mentions, key, span.start)
                .or_else(|| key.phrase.map(|_| span.start))
                .or_else(|| speaks_untied(text, quotes, &mentions, key, &said[key]).then_some(span.start))
                .filter(|&at| {
                    let said = said_at(quotes, span.start);
                    !named_since(at.max(said.saturating_sub(INTRO_BYTES)), said)
                })
                .map(|at| (*key, at))
        })
        .collect();
    found.sort_by_key(|(key, at)| (*at, first[key].start));
    found
        .into_iter()
        .filter_map(|(key, intro)| {
            let until = crate::char_bounds::floor(text, (last[&key] + MENTION_TAIL_BYTES).min(intro + CHARACTER_BYTES));
            character(text, key, intro..until, &mentions)
        })
        .collect()
}

/// `speeches` with each phrase that shortens one said before read as that one (`the man with
/// the scarf` after `the man with the red scarf`): a novel drops the adjectives of a
/// description it has made known.
fn with_full_phrases<'t>(speeches: &[(Key<'t>, Range<usize>)]) -> Vec<(Key<'t>, Range<usize>)> {
    // The shortenings of the phrases said so far, each read as the first phrase it shortens:
    // a phrase has at most three words, so a few shortenings each, and a look-up is one.
    let mut shortened: HashMap<Key, Key> = HashMap::default();
    let mut full = |key: &Key<'t>| {
        let Some(phrase) = key.phrase else { return *key };
        if let Some(full) = shortened.get(key) {
            return *full;
        }
        for words in phrase.shortenings() {
            shortened.entry(Key { phrase: Some(Phrase { words, ..phrase }), ..*key }).or_insert(*key);
        }
        *key
    };
    speeches.iter().map(|(key, span)| (full(key), span.clone())).collect()
}

/// The speaking description of the attribution right after quote `q`: `said the old porter`
/// or `the porter said`, as its key and span (from `the` to the noun).
fn attribution<'t>(text: &'t str, q: &Range<usize>) -> Option<(Key<'t>, Range<usize>)> {
    let end = crate::char_bounds::floor(text, q.end + ATTRIBUTION_BYTES);
    if !the_first_or_second(&text[..end], q.end) {
        return None;
    }
    let tokens: Vec<Token> = tokenize(&text[q.end..end]).into_iter().map(|t| t.shifted(q.end)).collect();
    let at = tokens.iter().position(Token::is_word)?;
    if tokens[..at].iter().any(|t| t.kind == Kind::Break) {
        return None;
    }
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    if word(at).is_some_and(speech_verb) {
        return description(text, &tokens[at + 1..]).map(|(key, span, _)| (key, span));
    }
    let (key, span, used) = description(text, &tokens[at..])?;
    word(at + used).filter(|w| speech_verb(w)).map(|_| (key, span))
}

/// A description at the start of `tokens`: `the`, up to two adjectives, and a noun for a
/// person in a role, as its key, its span, and how many tokens it took. Plain words for a
/// person (`the old man`, `her aunt`) are read only with a phrase that tells them apart (`the
/// man with the red scarf`): alone, they mostly stand for a named character seen from
/// outside.
fn description<'t>(text: &'t str, tokens: &[Token]) -> Option<(Key<'t>, Range<usize>, usize)> {
    let the = tokens.first().filter(|t| t.text(text) == "the")?;
    let words: Vec<&'t str> =
        tokens[1..].iter().take_while(|t| t.is_word()).take(ADJECTIVES + 1).map(|t| t.text(text)).collect();
    let used = words.iter().position(|w| stop_word(w)).unwrap_or(words.len());
    let noun = *words[..used].last()?;
    if !lower_case(noun) {
        return None;
    }
    let ordinal = words[..used - 1].iter().copied().find(|w| ordinal(w));
    if role(noun) {
        return Some((Key { ordinal, noun, phrase: None }, the.start()..tokens[used].end(), used + 1));
    }
    if !plain(noun) {
        return None;
    }
    let phrase = phrase(text, &tokens[used + 1..])?;
    let end = used + phrase.len();
    Some((Key { ordinal, noun, phrase: Some(phrase) }, the.start()..tokens[end].end(), end + 1))
}

/// Whether a word is written in lower case, as a description's words are.
fn lower_case(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// Whether `noun` is a plain word for a person, which a phrase can make someone of their own.
fn plain(noun: &str) -> bool {
    lexicon::person_noun(noun) || matches!(noun, "fellow" | "chap" | "lad" | "lass" | "youth")
}

/// The phrase at the start of `tokens` that tells a plain word for a person apart: `in` or
/// `with`, `the`, and up to three words in lower case that end where the attribution goes on
/// (at punctuation or a word of its rest: `said the man with the red scarf, stooping`). A
/// longer run of words is not read: where its noun ends is not known. With `a`, the phrase
/// tells how the words are said (`in a whisper`, `with a groan`), as it does with `the same`
/// or `the utmost`.
fn phrase<'t>(text: &'t str, tokens: &[Token]) -> Option<Phrase<'t>> {
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let preposition = word(0).filter(|w| matches!(*w, "in" | "with"))?;
    word(1).filter(|w| *w == "the")?;
    if word(2).is_some_and(|w| matches!(w, "same" | "utmost" | "uttermost" | "most" | "least" | "greatest")) {
        return None;
    }
    let mut words = [""; PHRASE_WORDS];
    let mut n = 0;
    while let Some(w) = word(2 + n).filter(|w| lower_case(w) && !stop_word(w)) {
        *words.get_mut(n)? = w;
        n += 1;
    }
    // The phrase must end before the window does (or it may go on), and not before `of` (`with
    // a bunch of keys`).
    let after = tokens.get(2 + n)?;
    (n > 0 && after.text(text) != "of").then_some(Phrase { preposition, words })
}

/// Whether a word ends a description: a word of the attribution's rest (`said the porter
/// again`, `the porter to her`), not of the description.
pub(super) fn stop_word(word: &str) -> bool {
    speech_verb(word)
        || word.ends_with("ly")
        || matches!(
            word,
            "to" | "in"
                | "with"
                | "at"
                | "of"
                | "on"
                | "from"
                | "for"
                | "and"
                | "but"
                | "as"
                | "who"
                | "again"
                | "then"
                | "now"
                | "still"
                | "once"
                | "presently"
                | "quickly"
        )
}

/// Whether `noun` names a person by a role (`porter`, `turnkey`, `ferryman`), not a plain word
/// for a person (`man`, `fellow`), kin, the other party, or a thing (`the face said`).
fn role(noun: &str) -> bool {
    if unknown_one(noun) {
        return true;
    }
    if lexicon::person_noun(noun)
        || matches!(
            noun,
            "fellow"
                | "chap"
                | "lad"
                | "lass"
                | "youth"
                | "child"
                | "one"
                | "other"
                | "latter"
                | "former"
                | "voice"
                | "figure"
        )
    {
        return false;
    }
    match speaker_nouns::read(&["his", noun]) {
        Some((speaker_nouns::Description::Sexed { kin, .. }, _)) => !kin,
        Some(_) => false,
        None => lexicon::role_noun(noun) || agentive(noun) || ROLES.contains(&noun),
    }
}

/// Whether `noun` calls someone the text does not know (`the stranger`): what makes a character
/// unnamed, whatever the article it came in with.
fn unknown_one(noun: &str) -> bool {
    matches!(noun, "stranger" | "visitor" | "newcomer")
}

/// Whether a noun's ending tells someone who does something (`ferryman`, `lodger`,
/// `warder`, `tobacconist`, `attendant`).
fn agentive(noun: &str) -> bool {
    noun.len() > 4 && ["man", "er", "or", "ist", "ian", "ant", "ent", "ess"].iter().any(|s| noun.ends_with(s))
}

/// Roles that no ending tells.
const ROLES: &[&str] = &[
    "turnkey", "surgeon", "navvy", "clerk", "constable", "magistrate", "guard", "sentry", "beggar", "cook", "groom",
    "valet", "page", "postboy", "ostler", "usher", "beadle", "tramp", "drover", "smith", "mate", "boatswain",
    "steward", "cadet", "recruit", "nun", "monk", "hermit", "pilgrim",
];

/// Whether a word tells one of several people of one role from another.
fn ordinal(word: &str) -> bool {
    matches!(word, "first" | "second" | "third" | "fourth" | "fifth")
}

/// Where the unnamed character of `key`, speaking at `speech`, comes into the text: where it is
/// first told of for someone nobody knows (`the stranger`), where it is introduced with an
/// indefinite article otherwise, or where a sentence first opens with it; or, for one told
/// apart by an ordinal, at its speech if nowhere before. `None`: the description is left to
/// the resolution of descriptions.
fn introduction(
    text: &str,
    quotes: &[Range<usize>],
    mentions: &[Range<usize>],
    key: &Key,
    speech: usize,
) -> Option<usize> {
    let noun = key.noun;
    if unknown_one(noun) {
        return first_told_of(text, quotes, noun, speech, CHARACTER_BYTES);
    }
    let introduced = indefinite_introduction(text, quotes, mentions, key, speech);
    // An ordinal tells one of several people of a role apart (`said the second policeman`):
    // people the text has no names for, introduced or not.
    if key.ordinal.is_some() {
        return introduced.or(Some(speech));
    }
    introduced
        .or_else(|| key.phrase.is_none().then(|| opens_a_sentence(text, quotes, mentions, noun, speech)).flatten())
}

/// Where the text introduces the noun of `key` with an indefinite article and no name before
/// `speech` (`a grey ferryman, holding a rope, stepped off`), followed by the key's phrase if it
/// has one (`a gentleman in a grey coat`): not in a quote, not as a predicate (`he was a
/// clerk`), with no name of a person attached (`a clerk named Pye`).
fn indefinite_introduction(
    text: &str,
    quotes: &[Range<usize>],
    mentions: &[Range<usize>],
    key: &Key,
    speech: usize,
) -> Option<usize> {
    let noun = key.noun;
    let from = crate::char_bounds::ceil(text, speech.saturating_sub(INTRO_BYTES));
    // Only a window that holds the noun (and the phrase's last word) at all is worth tokenizing.
    if !text[from..speech].contains(noun) || key.phrase.is_some_and(|p| !text[from..speech].contains(p.last())) {
        return None;
    }
    let tokens: Vec<Token> = tokenize(&text[from..speech]).into_iter().map(|t| t.shifted(from)).collect();
    let named_after = |k: usize| {
        let end = tokens.get(k + NAME_WORDS).map_or(speech, Token::end);
        let i = mentions.partition_point(|m| m.start < tokens[k].end());
        mentions.get(i).is_some_and(|m| m.start < end)
            || tokens[k + 1..].iter().take(NAME_WORDS).any(|t| matches!(t.text(text), "named" | "called"))
    };
    (0..tokens.len()).find_map(|k| {
        let article = lower(tokens[k].text(text));
        if !matches!(article.as_str(), "a" | "an") || spoken(quotes, tokens[k].start()) {
            return None;
        }
        let predicate = k > 0 && tokens[k - 1].is_word() && copula(&lower(tokens[k - 1].text(text)));
        let n = (k + 1..tokens.len())
            .take(ADJECTIVES + 1)
            .take_while(|&j| tokens[j].is_word() || tokens[j].is(','))
            .find(|&j| tokens[j].text(text) == noun)?;
        let n = match key.phrase {
            Some(phrase) => n + phrase.at_start(text, &tokens[n + 1..])?,
            None => n,
        };
        (!predicate && !named_after(n)).then(|| tokens[k].start())
    })
}

/// Where the narration first tells of `the` and `noun` (`the stranger`) before `speech`, within
/// `reach` bytes: a word for someone the text does not know needs no introduction, but it
/// must be told of before it speaks (`the visitor` said once, by someone the text knows, is
/// nobody new).
fn first_told_of(text: &str, quotes: &[Range<usize>], noun: &str, speech: usize, reach: usize) -> Option<usize> {
    let from = crate::char_bounds::ceil(text, speech.saturating_sub(reach));
    let whole = |at: usize| !text[at + noun.len()..].starts_with(char::is_alphabetic);
    text[from..speech]
        .match_indices(noun)
        .map(|(k, _)| from + k)
        .find(|&at| !spoken(quotes, at) && whole(at) && the_before(text, at).is_some())
}

/// Where the `the` right before `at` starts (`the porter`, `The\nporter`), if one is: looked
/// for in a few bytes only, whatever runs of letters or blanks come before.
fn the_before(text: &str, at: usize) -> Option<usize> {
    let from = crate::char_bounds::floor(text, at.saturating_sub(LOOK_BACK_BYTES));
    let before = text[from..at].trim_end();
    let the = from + before.len().checked_sub(3)?;
    if !text.is_char_boundary(the) {
        return None;
    }
    let whole = text[..the].chars().next_back().is_none_or(|c| !c.is_alphabetic());
    (whole && text[the..from + before.len()].eq_ignore_ascii_case("the")).then_some(the)
}

/// Where the narration first tells of a role (`the barman`) in the stretch before `speech` where
/// an introduction is looked for, when it opens a sentence there (`The barman leant on the
/// counter`) with no name attached (`The spokesman, Ali Reza, said`, `The gardener was a man
/// named Gray`): the text brings in someone it has no name for, as part of the scene. Not a
/// title (`the doctor`, `the colonel`): that mostly stands for someone named with it, whom the
/// resolution of descriptions finds.
fn opens_a_sentence(
    text: &str,
    quotes: &[Range<usize>],
    mentions: &[Range<usize>],
    noun: &str,
    speech: usize,
) -> Option<usize> {
    if lexicon::title(noun).is_some() {
        return None;
    }
    let at = first_told_of(text, quotes, noun, speech, INTRO_BYTES)?;
    let the = the_before(text, at)?;
    let from = crate::char_bounds::floor(text, the.saturating_sub(LOOK_BACK_BYTES));
    let before = text[from..the].trim_end().trim_end_matches(['"', '”']);
    let opens =
        (before.is_empty() && from == 0) || before.ends_with(['.', '!', '?']) || text[from..the].ends_with("\n\n");
    if !opens || !text[the..].starts_with('T') {
        return None;
    }
    // The rest of the sentence, a bounded stretch of it: a name in it, or `named`, ties one to
    // the role.
    let after = at + noun.len();
    let rest = &text[after..crate::char_bounds::floor(text, (after + NAMED_AFTER_BYTES).min(text.len()))];
    let rest = &rest[..rest.find(['.', '!', '?']).unwrap_or(rest.len())];
    let named = mentions.get(mentions.partition_point(|m| m.start < at)).is_some_and(|m| m.start < after + rest.len())
        || rest.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "named" | "called"));
    (!named).then_some(at)
}

/// Whether a role that no introduction brought in is still a character of its own: one that
/// speaks more than once (`said the turnkey`; a chapter cut from a novel may open in the
/// middle of its scene), with no title (`the doctor` stands for someone named so) and nothing
/// in the text that ties it to a name: no quote naming someone answered by the role (`“Are you
/// cold, Mrs. Corney?” … exclaimed the matron`), no name in apposition with it (`Mr. Sowerberry,
/// the parochial undertaker`, `Mr. Pye, a clerk`), and for a word for a doctor, no one titled
/// so (`Doctor Losberne` … `said the surgeon`).
fn speaks_untied(
    text: &str,
    quotes: &[Range<usize>],
    mentions: &[Range<usize>],
    key: &Key,
    said: &[Range<usize>],
) -> bool {
    if said.len() < MIN_UNINTRODUCED_SPEECHES || key.ordinal.is_some() || lexicon::title(key.noun).is_some() {
        return false;
    }
    // Only the stretch where the character would live is read: a book is read in linear time.
    let first = said[0].start;
    let from = crate::char_bounds::ceil(text, first.saturating_sub(TIES_BACK_BYTES));
    let to = crate::char_bounds::floor(text, said[said.len() - 1].end.min(first + CHARACTER_BYTES));
    let scene = &text[from..to.max(from)];
    let medical = matches!(key.noun, "surgeon" | "physician" | "apothecary" | "practitioner");
    if medical && (scene.contains("Dr. ") || scene.contains("Doctor ")) {
        return false;
    }
    // A turn next to the role's (the paragraph before or after the quote its attribution
    // follows) that calls someone by name: the one the role answers, or who answers the role.
    let calls = |k: usize| {
        let q = &quotes[k];
        let m = mentions.partition_point(|m| m.start < q.start);
        mentions[m..].iter().take_while(|m| m.end <= q.end).any(|m| called(text, q, m))
    };
    let answers_a_name = said.iter().take_while(|s| s.end <= to).any(|span| {
        let Some(own) = quotes.partition_point(|q| q.end <= span.start).checked_sub(1) else { return false };
        let apart = |a: usize, b: usize| text[quotes[a].end..quotes[b].start].contains("\n\n");
        let before = (own.saturating_sub(NEXT_TURN_QUOTES)..own).rev().skip_while(|&k| !apart(k, k + 1));
        let after = (own + 1..quotes.len().min(own + 1 + NEXT_TURN_QUOTES)).skip_while(|&k| !apart(k - 1, k));
        // Only the quotes of that one paragraph.
        let mut before = before.peekable();
        let first_before = before.peek().copied();
        let before = before.take_while(|&k| first_before.is_some_and(|f| k == f || !apart(k, k + 1)));
        let mut after = after.peekable();
        let first_after = after.peek().copied();
        let after = after.take_while(|&k| first_after.is_some_and(|f| k == f || !apart(k - 1, k)));
        before.chain(after).any(calls)
    });
    let named_so = |at: usize| {
        let rest = &text[at..crate::char_bounds::floor(text, (at + NAMED_AFTER_BYTES).min(text.len()))];
        let rest = &rest[..rest.find(['.', '!', '?']).unwrap_or(rest.len())];
        // `called Bartle`, not `called out`.
        let words: Vec<&str> = rest.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
        words.windows(2).any(|w| matches!(w[0], "named" | "called") && w[1].starts_with(char::is_uppercase))
            || rest.contains("whose name")
    };
    !answers_a_name
        && !scene
            .match_indices(key.noun)
            .map(|(at, _)| from + at)
            .any(|at| in_apposition(text, mentions, at) || named_so(at))
}

/// Whether the name at `m` in quote `q` calls someone: set off by punctuation or the quote's
/// marks on both sides, a title aside (`“Cold night, Mrs. Pell?”`, `“Tom! Come here.”`).
fn called(text: &str, q: &Range<usize>, m: &Range<usize>) -> bool {
    let before = text[q.start..m.start].trim_end();
    let before = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr.", "Sir", "Lady"]
        .iter()
        .find_map(|t| before.strip_suffix(t))
        .map_or(before, str::trim_end);
    let after = text[m.end..q.end].trim_start();
    (before.is_empty() || before.ends_with([',', '!', '?', '.', '"', '“', '\'', '‘']))
        && (after.is_empty() || after.starts_with([',', '!', '?', '.', '"', '”', ';']))
}

/// Whether a name stands in apposition before the role noun at `at`: the name, a comma, an
/// article and at most two words (`Mr. Sowerberry, the parochial undertaker`).
fn in_apposition(text: &str, mentions: &[Range<usize>], at: usize) -> bool {
    let from = crate::char_bounds::floor(text, at.saturating_sub(APPOSITION_BYTES));
    let before = &text[from..at];
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(article) =
        words.iter().rposition(|w| matches!(*w, "the" | "a" | "an" | "our" | "his" | "her" | "their" | "my"))
    else {
        return false;
    };
    if words.len() - article - 1 > ADJECTIVES || article == 0 || !words[article - 1].ends_with(',') {
        return false;
    }
    // Where the comma is: the last one before the article.
    let Some(comma) = before.rfind(',') else { return false };
    let comma = from + comma;
    let k = mentions.partition_point(|m| m.end < comma);
    mentions.get(k).is_some_and(|m| m.end == comma)
}

/// Where the quote said by the attribution at `attribution` starts.
fn said_at(quotes: &[Range<usize>], attribution: usize) -> usize {
    let i = quotes.partition_point(|q| q.end <= attribution);
    i.checked_sub(1).map_or(attribution, |i| quotes[i].start)
}

/// Whether `at` lies in one of `quotes`.
fn spoken(quotes: &[Range<usize>], at: usize) -> bool {
    let i = quotes.partition_point(|q| q.end <= at);
    quotes.get(i).is_some_and(|q| q.start <= at)
}

/// Words before `a` that make it a predicate or a comparison, not someone coming in.
fn copula(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "is"
            | "be"
            | "been"
            | "being"
            | "were"
            | "as"
            | "like"
            | "than"
            | "such"
            | "of"
            | "became"
            | "become"
            | "seemed"
            | "quite"
            | "what"
            | "every"
            | "no"
    )
}

/// The unnamed character `key` introduced at `range.start`: its mentions are the introduction
/// and the description's occurrences in `range`, its sex told by the noun or by the pronouns
/// after its mentions.
fn character(text: &str, key: Key, range: Range<usize>, mentions: &[Range<usize>]) -> Option<Person> {
    let mut own: Vec<Range<usize>> = Vec::new();
    let mut forms: Vec<String> = Vec::new();
    // Each occurrence of the description's last word, with the few words before it: the range
    // can be long, and only these bits of it need tokenizing.
    let last = key.phrase.map_or(key.noun, |p| p.last());
    let reach = DETERMINER_BYTES + key.phrase.map_or(0, |_| PHRASE_BYTES);
    for (at, _) in text[range.clone()].match_indices(last) {
        let end = range.start + at + last.len();
        let from = crate::char_bounds::ceil(text, (range.start + at).saturating_sub(reach).max(range.start));
        let tokens: Vec<Token> = tokenize(&text[from..end]).into_iter().map(|t| t.shifted(from)).collect();
        let Some(end_token) = tokens.len().checked_sub(1) else { continue };
        let t = &tokens[end_token];
        let word_goes_on = text[end..].chars().next().is_some_and(char::is_alphanumeric);
        if t.text(text) != last || t.start() != range.start + at || word_goes_on {
            continue;
        }
        // The noun, before the phrase if the description has one (across a line's end too).
        let k = match key.phrase {
            None => Some(end_token),
            Some(phrase) => (3..=phrase.len()).filter_map(|len| end_token.checked_sub(len)).find(|&k| {
                tokens[k].text(text) == key.noun && phrase.at_start(text, &tokens[k + 1..]) == Some(end_token - k)
            }),
        };
        let Some(k) = k else { continue };
        let Some(start) = (k.saturating_sub(ADJECTIVES + 1)..k).find(|&j| {
            matches!(tokens[j].text(text), "the" | "The" | "a" | "an" | "A" | "An")
                && tokens[j + 1..k].iter().all(Token::is_word)
        }) else {
            continue;
        };
        let words: Vec<&str> = tokens[start + 1..k].iter().map(|t| t.text(text)).collect();
        if words.iter().copied().find(|w| ordinal(w)) != key.ordinal {
            continue;
        }
        let span = tokens[start].start()..t.end();
        if appositive(text, mentions, span.start) || named_right_after(text, mentions, span.end) {
            return None;
        }
        let form = lower(&text[span.clone()]).as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        if form.starts_with("the ") {
            let place = key.phrase.is_none().then(|| place_of(text, span.end)).flatten();
            let qualified = place.map(|place| format!("{form} of the {place}"));
            for form in std::iter::once(form).chain(qualified) {
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        own.push(span);
    }
    let mut name = match key.ordinal {
        Some(o) => format!("the {o} {}", key.noun),
        None => format!("the {}", key.noun),
    };
    if let Some(phrase) = key.phrase {
        let words: Vec<&str> = phrase.words().collect();
        name = format!("{name} {} the {}", phrase.preposition, words.join(" "));
    }
    let gender = sex(text, key.noun, &own);
    forms.retain(|f| *f != name);
    (!own.is_empty()).then_some(Person { name, aliases: forms, mentions: own, gender, age: None })
}

/// The named place or house right after a description that ends at `at` (`Cripples` in `the
/// landlord of the Cripples`), its words one space apart: the fuller description is the one a
/// reader knows the character by, so it is kept among the character's forms.
fn place_of(text: &str, at: usize) -> Option<String> {
    let rest = text[at..].strip_prefix(char::is_whitespace)?.strip_prefix("of")?;
    let rest = rest.strip_prefix(char::is_whitespace)?.strip_prefix("the")?;
    let mut words = Vec::new();
    let mut rest = rest;
    while words.len() < PLACE_WORDS {
        let Some(next) = rest.strip_prefix(char::is_whitespace) else { break };
        let len = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
        let word = &next[..len];
        let mut letters = word.chars();
        let capitalised = letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
        if !capitalised || lexicon::title(lower(word).as_str()).is_some() {
            break;
        }
        words.push(word);
        rest = &next[len..];
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether a person's name stands right before `at`, in apposition (`Mr. Pye, the clerk`).
fn appositive(text: &str, mentions: &[Range<usize>], at: usize) -> bool {
    let i = mentions.partition_point(|m| m.end <= at);
    i > 0 && text[mentions[i - 1].end..at].trim_matches([' ', ',']).is_empty()
}

/// Whether a person's name follows right after `at`, in apposition (`the clerk, Mr. Pye`).
fn named_right_after(text: &str, mentions: &[Range<usize>], at: usize) -> bool {
    let i = mentions.partition_point(|m| m.start < at);
    mentions.get(i).is_some_and(|m| text[at..m.start].trim_matches([' ', ',']).is_empty())
}

/// The sex of an unnamed character called by `noun`: the noun's, else the one the pronouns
/// just after its mentions tell more often (`said the porter, shaking his head`), if any.
fn sex(text: &str, noun: &str, mentions: &[Range<usize>]) -> Gender {
    if let Some((speaker_nouns::Description::Sexed { sex, .. }, _)) = speaker_nouns::read(&["the", noun]) {
        return sex;
    }
    pronouns_after(text, mentions).sex()
}

/// The pronouns of the narration just after a character's mentions, by what they tell.
#[derive(Default)]
pub(super) struct Pronouns {
    pub male: usize,
    pub female: usize,
    /// `it`, `its`, `itself`.
    pub neuter: usize,
}

impl Pronouns {
    /// The sex told more often, if one is.
    pub fn sex(&self) -> Gender {
        match self.male.cmp(&self.female) {
            std::cmp::Ordering::Greater => Gender::Male,
            std::cmp::Ordering::Less => Gender::Female,
            std::cmp::Ordering::Equal => Gender::Unknown,
        }
    }
}

/// The pronouns in the `PRONOUN_BYTES` after each of `mentions`, up to a quotation mark (`said
/// the porter, shaking his head`): a quote's pronouns are its speaker's words, not the
/// narration's. Those of the mention's sentence; with none there, and for a character brought
/// in by it (`A porter came up. He tipped his cap.`), the `he` or `she` that opens the next,
/// unless the sentence has a `him` or `her` it may stand for (`A surgeon put it in her arms.
/// She kissed it.`): the next sentence of a character told of again may be anyone's (`The
/// surgeon put the child down. She kissed it.`). Never `him`, nor `her`, which may be another's.
pub(super) fn pronouns_after(text: &str, mentions: &[Range<usize>]) -> Pronouns {
    let mut found = Pronouns::default();
    for span in mentions {
        let end = crate::char_bounds::floor(text, span.end + PRONOUN_BYTES);
        let after = &text[span.end..end];
        let after = &after[..after.find(['"', '“', '”']).unwrap_or(after.len())];
        let (sentence, next) = after.split_at(after.find(['.', '!', '?']).unwrap_or(after.len()));
        let object = |w: &str| matches!(lower(w).as_str(), "him" | "her");
        let (objects, own): (Vec<&str>, Vec<&str>) =
            sentence.split(|c: char| !c.is_alphabetic()).partition(|w| object(w));
        let told = own.iter().any(|w| lexicon::pronoun_gender(&lower(w)).is_some());
        let brought_in = ["A ", "An ", "a ", "an "].iter().any(|a| text[span.clone()].starts_with(a));
        let opening = next.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).filter(|&w| {
            let g = lexicon::pronoun_gender(&lower(w));
            brought_in && matches!(w, "He" | "She") && !objects.iter().any(|o| lexicon::pronoun_gender(&lower(o)) == g)
        });
        for w in own.into_iter().chain(opening.filter(|_| !told)) {
            match lower(w).as_str() {
                "it" | "its" | "itself" => found.neuter += 1,
                w => match lexicon::pronoun_gender(w) {
                    Some(Gender::Male) => found.male += 1,
                    Some(Gender::Female) => found.female += 1,
                    _ => {}
                },
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
