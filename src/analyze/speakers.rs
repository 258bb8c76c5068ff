//! Speakers: who said each quotation.
//!
//! In order of trust:
//! 1. Explicit attribution next to the quote: `“…,” X said`, `said X`, `X told …`, `she said`
//!    after it; `X said: “…”`, `X added that “…”`, `according to X` before it in the sentence.
//! 2. Another quote in the same paragraph with a speaker (an interrupted quote, a second
//!    sentence after the attribution).
//! 3. For a quote that opens its paragraph: a person named in the paragraph's narration; else the
//!    turn-taking of a dialogue (speakers alternate between the last two), or, with no dialogue
//!    going on, the previous paragraph's speaker going on talking.
//!
//! Pronouns go to the nearest person of that sex named earlier in the paragraph, else the most
//! recent speaker of that sex, else the most recent person of that sex named at all. A quote in
//! the middle of a sentence with no attribution (a scare quote, a title) gets no speaker.
//!
//! This file holds the types, the passes over the quotes and the lookups all the parts share;
//! `speakers/attribution.rs` reads the attribution next to a quote, `speakers/resolve.rs` finds
//! whom its pronoun or description stands for, `speakers/sentences.rs` tells where a sentence
//! starts and who can be its subject, `speakers/unattributed.rs` gives a speaker to a quote no
//! attribution names, `speakers/turns.rs` reads the turn-taking of a dialogue, and
//! `speakers/two_names.rs` finds one person the text names two ways (`Lucy`, `Miss
//! Honeychurch`).

use super::dialogue::{self, Dialogue};
use super::families;
use super::lexicon::{self, lower, speech_verb};
use super::paragraph_breaks::ParagraphBreaks;
use super::speaker_nouns::{self, Description};
use super::tokens::{self, tokenize, Token};
use super::{Gender, Person};
use std::ops::Range;

mod attribution;
mod resolve;
mod sentences;
mod turns;
mod two_names;
mod unattributed;

/// A person's mention: where it is and who it is.
#[derive(Debug, Clone)]
struct Mention {
    span: Range<usize>,
    person: usize,
}

struct Context<'a> {
    text: &'a str,
    people: &'a [Person],
    /// Every mention of every person but God, in text order: the people a pronoun, a
    /// description or a turn of dialogue can stand for.
    mentions: Vec<Mention>,
    /// Every mention of every person, God too, in text order, when God is named (else the
    /// same as `mentions`, and not copied): the names an attribution can state (`said God`).
    named: Option<Vec<Mention>>,
    quotes: &'a [Range<usize>],
    paragraphs: ParagraphBreaks,
    dialogue: Dialogue,
    /// Who "I" is in the narration (`said I`), when the text tells.
    narrator: Option<usize>,
    /// Whether the text's stated turns of dialogue mostly change speaker (a novel's
    /// conversation), rather than one speaker going on over paragraphs (news).
    alternates: bool,
    /// For each turn, whether it follows the turn before in a run of dialogue (see
    /// [`Context::turn_follows`]): asked of every turn many times, so told once.
    follows: Vec<bool>,
    /// For each turn, the sex it calls someone by (`sir`, `madam`; see [`Context::turn_calls`]):
    /// asked of some turns many times, so kept once told.
    called: Vec<std::cell::OnceCell<Option<Gender>>>,
    /// Each person's surname, for `his wife` and `her father`.
    surnames: families::Surnames<'a>,
    /// Whether any woman, and any man, is named as parents and spouses are (`Mrs. Hale`, `Mr.
    /// Hale`; see [`families::elder`]): then `her mother` is one of them.
    elders: [bool; 2],
}

/// How a quote got its speaker, so that later quotes know what to trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Explicit,
    Inferred,
    /// An attribution names something that is not a person: no speaker, on purpose.
    NotAPerson,
    Unknown,
}

/// What an attribution tells of its quote's speaker, before pronouns and descriptions are
/// resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Said {
    /// A person named, or `None` for something that is not a person (an outlet).
    Named(Option<usize>),
    /// `he` or `she`, and whether the verb tells the speaker goes on (`she added`).
    Pronoun(Gender, bool),
    /// `the old lady`, `her father`, `his companion`, with the epithet's key word when it
    /// reads `the …`.
    Described(Description, Option<Epithet>),
    /// `the doctor`, `the stranger`: a person the text calls so, of no sex the words tell.
    Epithet(Epithet),
    /// `said I`: the first-person narrator.
    Narrator,
}

/// Where the first word after `the` of a description stands (`old` in `the old man`): the
/// text calls one person the same way for a while.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Epithet {
    start: usize,
    end: usize,
}

/// Who said each quotation, and which unnamed characters the quotes named.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    /// For each quote span, the index in `people` of the person who said it, or `None`.
    pub speakers: Vec<Option<usize>>,
    /// Unnamed characters a quote gave a name (`the stranger` answering `“Monks!”`), and people
    /// found to be another under a second name (`Miss Honeychurch` answering as `Lucy`), each
    /// with the person they are: one person, whose quotes are already given to the latter.
    pub named: Vec<(usize, usize)>,
}

/// Who said each quote span, as indices in `people`.
pub fn attribute(text: &str, quotes: &[Range<usize>], people: &[Person]) -> Attribution {
    let mut mentions: Vec<Mention> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| Mention { span: m.clone(), person: i }))
        .collect();
    mentions.sort_unstable_by_key(|m| (m.span.start, m.person));
    // `a Leonardo`, `a Turner`: a work by someone, not the person (but `a Voice` brings in
    // the character known as `the Voice`).
    mentions.retain(|m| people[m.person].name.starts_with("the ") || !after_indefinite_article(text, m.span.start));
    // "in the sight of God", "God bless her": God is named often and speaks seldom, so only a
    // stated attribution makes God the speaker, never `she said` or `the old lady said`.
    let deity = |p: &Person| lexicon::deity(&lower(&p.name));
    let named = people.iter().any(deity).then(|| mentions.clone());
    if named.is_some() {
        mentions.retain(|m| !deity(&people[m.person]));
    }
    let paragraphs = ParagraphBreaks::new(text);
    let mut cx = Context {
        text,
        people,
        mentions,
        named,
        quotes,
        paragraphs,
        dialogue: dialogue::turns(text, quotes),
        narrator: None,
        alternates: false,
        follows: Vec::new(),
        called: Vec::new(),
        surnames: families::surnames(people),
        elders: [Gender::Female, Gender::Male].map(|g| people.iter().any(|p| p.gender == g && families::elder(p))),
    };
    cx.follows = (0..cx.dialogue.turns.len()).map(|t| cx.turn_follows(t)).collect();
    cx.called = vec![std::cell::OnceCell::new(); cx.dialogue.turns.len()];
    // First pass: what each quote's attribution says; the second half of an interrupted quote
    // (`“…,” said he, “…”`) shares the first half's, which stands between them.
    let mut said: Vec<Option<Said>> = Vec::with_capacity(quotes.len());
    for (i, q) in quotes.iter().enumerate() {
        let shared =
            (i > 0 && cx.continues(i)).then(|| said[i - 1]).flatten().filter(|s| !matches!(s, Said::Named(None)));
        // `“Whup!” cried Hall, and Fearenside howled, “Lie down!”`: someone else named just
        // before a verb of saying that ends the words between speaks the second quote.
        // (Not when the second quote carries on in lower case: `and Tom nodded, “you may go.”`.)
        let carries_on = || text[q.clone()].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        let other = shared
            .filter(|_| !carries_on())
            .and_then(|_| cx.named_right_before(q))
            .filter(|&p| shared != Some(Said::Named(Some(p))));
        said.push(other.map(|p| Said::Named(Some(p))).or(shared).or_else(|| cx.after(q).or_else(|| cx.before(q))));
    }
    // One person under two names is one person to every rule that follows.
    let merged = cx.one_person_two_names(&said);
    if !merged.is_empty() {
        let mut into: Vec<usize> = (0..people.len()).collect();
        for &(folded, kept) in &merged {
            into[folded] = kept;
        }
        for m in cx.mentions.iter_mut().chain(cx.named.iter_mut().flatten()) {
            m.person = into[m.person];
        }
        for s in said.iter_mut() {
            if let Some(Said::Named(Some(p))) = s {
                *p = into[*p];
            }
        }
    }
    cx.narrator = cx.narrator(&said);
    let mut speakers: Vec<(Option<usize>, Source)> = said
        .iter()
        .map(|s| match s {
            Some(Said::Named(Some(p))) => (Some(*p), Source::Explicit),
            Some(Said::Narrator) if cx.narrator.is_some() => (cx.narrator, Source::Explicit),
            Some(Said::Named(None) | Said::Narrator) => (None, Source::NotAPerson),
            _ => (None, Source::Unknown),
        })
        .collect();
    // Then `she said` and `the old man said`, in text order, knowing every named speaker on
    // both sides.
    let mut epithets = Epithets::default();
    // For each unnamed character, the person a quote named it as, the first time.
    let mut named_as: Vec<Option<usize>> = vec![None; people.len()];
    // Where the last quote that told again whom an epithet stands for stands: the quotes before
    // it were gone over then, and are not again (a text of such quotes stays linear).
    let mut restated_back_to = 0;
    // `the stranger`, a character the text has no name for.
    let unnamed = |u: &usize| unnamed(&people[*u]);
    for i in 0..quotes.len() {
        let at = quotes[i].start;
        let said_by_unnamed = match said[i] {
            Some(Said::Named(Some(u))) => Some(u).filter(unnamed),
            _ => None,
        };
        let stated = matches!(said[i], Some(Said::Named(_) | Said::Narrator));
        if let Some(p) = cx.names_self(i, said[i]).filter(|_| said_by_unnamed.is_some() || !stated) {
            // `“Monks!” rejoined the stranger`: the character has a name now (if all the text
            // tells of it is near: the same words may tell of someone else further on).
            let near = |u: &usize| {
                let m = &people[*u].mentions;
                m.first()
                    .zip(m.last())
                    .is_some_and(|(f, l)| at.abs_diff(f.start).max(at.abs_diff(l.start)) < SELF_NAMED_BACK_BYTES)
            };
            if let Some(u) = said_by_unnamed.filter(near) {
                named_as[u].get_or_insert(p);
            }
            // `“My name, sir, is Brownlow,” said the old gentleman`: the description stood for
            // Brownlow all along, whoever it was taken for before.
            if let Some(e) = said[i].and_then(Said::epithet) {
                let taken_for = epithets.get(text, e).or(speakers[i].0);
                if let Some(u) = taken_for.filter(unnamed).filter(near) {
                    named_as[u].get_or_insert(p);
                }
                cx.restate_epithet(&said, &mut speakers, (&mut restated_back_to, i), e, taken_for, p);
                epithets.set(text, e, p);
            }
            speakers[i] = (Some(p), Source::Explicit);
            continue;
        }
        let found = match said[i] {
            _ if i > 0 && cx.continues(i) && said[i] == said[i - 1] && speakers[i - 1].0.is_some() => speakers[i - 1].0,
            Some(Said::Pronoun(g, going_on)) => cx.resolve_pronoun(g, at, &speakers, going_on),
            Some(Said::Described(d, epithet)) => {
                // `his wife` of a man whose surname the text tells is his kin by that name,
                // whoever `wife` stood for before.
                // A parent speaks to the child (`“Lizzy,” said her mother`); a husband or a wife
                // may call anyone.
                let parent = epithet.is_some_and(|e| {
                    matches!(lower(&text[e.start..e.end]).as_str(), "mother" | "father" | "mama" | "mamma" | "papa")
                });
                if let Some(p) = cx.kin_by_surname(d, at, &speakers, Some(i).filter(|_| parent)) {
                    if let Some(e) = epithet {
                        epithets.set(text, e, p);
                    }
                    speakers[i] = (Some(p), Source::Explicit);
                    continue;
                }
                // The one the last turn called by name answers, whomever the words stood for
                // before (`“Take it, Joe.” “Why?” replied the man`), unless the answer tells of
                // someone of their sex (`“He went over,” replied the man`); `her mother` is
                // found through her child.
                let unowned = matches!(d, Description::Sexed { possessor: None, .. });
                // `said the young man to Ann` is not Ann's, whatever the words stood for before.
                let told_of = cx.named_after_description(i);
                let called = cx.addressed_by_last_turn(at, &speakers).filter(|&p| {
                    unowned
                        && cx.fits_description(p, d)
                        && !cx.tells_of(i, cx.people[p].gender)
                        && !told_of.contains(&p)
                });
                let known = epithet
                    .and_then(|e| epithets.get(text, e))
                    .filter(|&p| cx.fits_description(p, d) && !cx.spoke_last_turn(p, at, &speakers))
                    .filter(|p| !told_of.contains(p))
                    .filter(|&p| called.is_none_or(|c| c == p))
                    // A plain word is said of whoever is about (`the man` was the guard a page
                    // ago): the dialogue's alternation goes first when it gives another who fits.
                    .filter(|&p| {
                        !epithet.is_some_and(|e| plain_word(text, e))
                            || cx
                                .alternating_speaker(at, &speakers)
                                .filter(|&a| cx.fits_description(a, d))
                                .is_none_or(|a| a == p)
                    });
                // `the girl` is Nancy, so `the young lady` who answers her is someone else: a
                // different noun the text has just used for a person of that sex tells of
                // another person (the latest epithets are remembered, see `Epithets`).
                let found = known.or_else(|| {
                    cx.describe(d, at, &speakers, &|p| other_kind(text, &people[p], d, epithet))
                        .filter(|&p| !epithet.is_some_and(|e| epithets.another_kind_for(text, e, p)))
                });
                if let (Some(e), Some(p)) = (epithet, found) {
                    epithets.set(text, e, p);
                }
                found
            }
            Some(Said::Epithet(e)) => {
                let told_of = cx.named_after_description(i);
                // `“…,” said Blathers. / “…?” demanded the doctor`: the doctor is not Blathers,
                // nor was he before.
                let (remembered, mistaken) = match epithets.get(text, e) {
                    Some(p) if cx.spoke_last_turn(p, at, &speakers) => (None, Some(p)),
                    p => (p, None),
                };
                let found = remembered
                    .or_else(|| cx.brought_in_by_paragraph(at).filter(|&p| !cx.spoke_last_turn(p, at, &speakers)))
                    .or_else(|| {
                        cx.addressed_by_last_turn(at, &speakers).or_else(|| cx.alternating_speaker(at, &speakers))
                    })
                    .filter(|p| !told_of.contains(p));
                if let Some(p) = found {
                    // A word for one kind of person stands for one person in a scene (`the man`
                    // is said of whoever is about).
                    if mistaken.is_some_and(|m| m != p) && !plain_word(text, e) {
                        cx.restate_epithet(&said, &mut speakers, (&mut restated_back_to, i), e, mistaken, p);
                    }
                    epithets.set(text, e, p);
                }
                found
            }
            _ => continue,
        };
        if found.is_some() {
            speakers[i] = (found, Source::Explicit);
        }
    }
    cx.share_within_cut_quotes(&mut speakers);
    cx.alternates = cx.stated_turns_alternate(&speakers);
    // Second pass: quotes without an explicit speaker.
    for i in 0..quotes.len() {
        if speakers[i].1 != Source::Unknown {
            continue;
        }
        // The rest of an interrupted quote goes on with its first part, however that was found.
        let going_on = (i > 0 && (cx.continues(i) || cx.runs_on_into(i))).then(|| speakers[i - 1].0).flatten();
        // `he said` or `said the young lady` with nobody of that sex before it: someone who
        // comes later. A description's sex also rules out whoever the dialogue would give.
        let (described, age) = match said[i] {
            Some(Said::Described(Description::Sexed { sex, age, .. }, _)) => (Some(sex), age),
            _ => (None, None),
        };
        let other_kind = |p: usize| match said[i] {
            Some(Said::Described(d, e)) => other_kind(text, &people[p], d, e),
            _ => false,
        };
        let sex = match said[i] {
            Some(Said::Pronoun(g, _)) => Some(g),
            _ => described,
        };
        if let Some(p) = sex.filter(|_| going_on.is_none()).and_then(|g| cx.cataphor(i, g, age, &speakers, &other_kind))
        {
            speakers[i] = (Some(p), Source::Explicit);
            continue;
        }
        let fits = |p: &usize| {
            described.is_none_or(|g| cx.people[*p].gender == Gender::Unknown || cx.people[*p].gender == g)
                && (sex.is_none() || !deity(&cx.people[*p]))
                && !cx.other_age(*p, age)
                && !other_kind(*p)
        };
        let found =
            going_on.or_else(|| cx.same_paragraph(i, &speakers)).or_else(|| cx.implicit(i, &speakers)).filter(fits);
        if let Some(p) = found {
            speakers[i] = (Some(p), Source::Inferred);
        }
    }
    cx.share_within_cut_quotes(&mut speakers);
    let speakers = speakers.into_iter().map(|s| s.0.map(|p| named_as[p].unwrap_or(p))).collect();
    let named = named_as.iter().enumerate().filter_map(|(u, p)| p.map(|p| (u, p))).chain(merged).collect();
    Attribution { speakers, named }
}

/// Whether a person is a character the text has no name for (`the turnkey`, `the man with the
/// red scarf`), known by a description in lower case.
fn unnamed(p: &Person) -> bool {
    p.name.strip_prefix("the ").is_some_and(|n| n.starts_with(char::is_lowercase))
}

/// Whether `p` is a character the text knows only by another description than the one whose
/// words start at `e` (description `d`), and one it cannot be: a character of no sex the text
/// tells (`the cook` is no `young lady`, though `the governess` may be), or any for a child's
/// noun (`the boy` is no `gentleman in the white waistcoat`). A plain word for a person (`the
/// man`, `the old woman`) or the character's own noun (`the gentleman`) may stand for it.
fn other_kind(text: &str, p: &Person, d: Description, e: Option<Epithet>) -> bool {
    if !unnamed(p) {
        return false;
    }
    let own = &p.name["the ".len()..];
    let child = matches!(d, Description::Sexed { age: Some(crate::analyze::Age::Child), .. });
    if p.gender != Gender::Unknown && !child {
        return false;
    }
    let Some(e) = e else { return true };
    !plain_word(text, e)
        && !description_words(text, e)
            .any(|w| own.split(' ').any(|o| o == w && !matches!(o, "in" | "with" | "the" | "of")))
}

/// The words of the description that start at `e`, up to the end of its clause: `young lady`
/// in `the young lady; “you …`.
fn description_words(text: &str, e: Epithet) -> impl Iterator<Item = &str> {
    let rest = &text[e.start..];
    let clause = &rest[..rest.find(|c: char| !c.is_alphabetic() && c != ' ' && c != '-').unwrap_or(rest.len())];
    clause.split_whitespace().take(DESCRIPTION_WORDS)
}

/// The noun of the description that starts at `e`, in lower case, when it tells a kind of
/// person of one sex (`lady` in `the young lady`, `girl`); not a plain word (`the old man` may
/// be anyone), nor kin (`her mother` may also be `the old lady`).
fn kind_noun(text: &str, e: Epithet) -> Option<lexicon::Lower> {
    let noun = description_words(text, e).map(lower).take(3).find(|w| speaker_nouns::sex_of_noun(w).is_some())?;
    (!plain(&noun) && !speaker_nouns::relative(&noun)).then_some(noun)
}

/// Whether a word is a plain one for a person, which may stand for anyone.
fn plain(word: &str) -> bool {
    matches!(word, "man" | "woman" | "person" | "fellow" | "creature" | "figure")
}

/// Whether the description that starts at `e` is a plain word for a person (`the man`, `the
/// old woman`).
fn plain_word(text: &str, e: Epithet) -> bool {
    description_words(text, e).take(3).any(plain)
}

/// The people the latest epithets stood for (`the doctor` → Losberne), latest first.
#[derive(Default)]
struct Epithets(Vec<(Epithet, usize)>);

/// How far after a quote the verb of its attribution is looked for.
const VERB_AFTER_BYTES: usize = 30;

/// How many epithets are remembered.
const EPITHETS_KEPT: usize = 16;

impl Epithets {
    fn get(&self, text: &str, e: Epithet) -> Option<usize> {
        self.0.iter().find(|(k, _)| same_epithet(text, *k, e)).map(|&(_, p)| p)
    }

    /// Whether person `p` is what another noun for a kind of person than `e`'s stands for
    /// (see `kind_noun`): `the girl` is Nancy, so `the young lady` is not.
    fn another_kind_for(&self, text: &str, e: Epithet, p: usize) -> bool {
        kind_noun(text, e).is_some_and(|noun| {
            self.0.iter().any(|&(k, q)| q == p && kind_noun(text, k).is_some_and(|other| *other != *noun))
        })
    }

    fn set(&mut self, text: &str, e: Epithet, p: usize) {
        self.0.retain(|(k, _)| !same_epithet(text, *k, e));
        self.0.insert(0, (e, p));
        self.0.truncate(EPITHETS_KEPT);
    }
}

/// Whether two epithets are the same word, in any case.
fn same_epithet(text: &str, a: Epithet, b: Epithet) -> bool {
    text[a.start..a.end].eq_ignore_ascii_case(&text[b.start..b.end])
}

/// How far before a quote that names its own speaker (`“My name is Brownlow”`) the quotes said
/// by the same epithet are taken to be that person's: a scene or two.
const SELF_NAMED_BACK_BYTES: usize = 20_000;

impl Said {
    /// The epithet of `the old gentleman` or `the doctor`, if the attribution reads so.
    fn epithet(self) -> Option<Epithet> {
        match self {
            Said::Described(_, e) => e,
            Said::Epithet(e) => Some(e),
            _ => None,
        }
    }
}

impl Context<'_> {
    /// The mentions an attribution can name (see `named`).
    fn named(&self) -> &[Mention] {
        self.named.as_deref().unwrap_or(&self.mentions)
    }

    /// The person quote `i` gives as its speaker's own name, when of the sex its attribution
    /// tells (`she` is no Tom): after `my name is` (`“My name, sir, is Brownlow”`), or a name
    /// alone answering a question for the name of whom it asked (`“Monks!”` after `“What name
    /// am I to ask for?”`). Not after `I am`: `“I am Lady Patroness”` is a part one plays.
    fn names_self(&self, i: usize, said: Option<Said>) -> Option<usize> {
        let p = self.my_name_is(i).or_else(|| self.name_then_my_name(i)).or_else(|| self.answers_with_a_name(i))?;
        let sex = match said {
            Some(Said::Pronoun(g, _)) | Some(Said::Described(Description::Sexed { sex: g, .. }, _)) => Some(g),
            _ => None,
        };
        let known = self.people[p].gender;
        sex.is_none_or(|g| known == g || known == Gender::Unknown).then_some(p)
    }

    /// The mention quote `i` opens with, only quotation marks or a title before it (`“Monks!”`,
    /// `“Miss Bartlett.”`), and the rest of the quote after it.
    fn name_first(&self, i: usize) -> Option<(&Mention, &str)> {
        let q = self.quotes[i].clone();
        let k = self.mentions.partition_point(|m| m.span.start < q.start);
        let m = self.mentions.get(k).filter(|m| m.span.end <= q.end)?;
        let before = self.text[q.start..m.span.start].trim_matches(NAME_MARKS);
        (before.is_empty() || TITLES.contains(&before)).then(|| (m, &self.text[m.span.end..q.end]))
    }

    /// The person quote `i` names and nothing else (`“Monks!”`), when the quote just before,
    /// in the turn before, asked for the name of whom it spoke to (`“What name am I to ask
    /// for?”`, `“What is your name?”`, `“Who are you?”`; not `“What is his name?”`, `“What
    /// name did he give?”`, `“Who are you waiting for?”`).
    fn answers_with_a_name(&self, i: usize) -> Option<usize> {
        let turn = &self.dialogue.turn_of_quote;
        if i == 0 || turn[i] != turn[i - 1] + 1 {
            return None;
        }
        // The answer first, the cheaper to tell: a name alone.
        let (m, after) = self.name_first(i)?;
        if !after.trim_matches(NAME_MARKS).trim_matches('.').is_empty() {
            return None;
        }
        let asked = self.text[self.quotes[i - 1].clone()].trim_end_matches(['"', '”', '\'', '’', ' ']);
        if !asked.ends_with('?') {
            return None;
        }
        let asked = lower(asked);
        let of_the_one_asked = asked.ends_with("who are you?")
            || asked.contains("your name")
            || ["what name am i", "what name shall i", "what name must i"].iter().any(|w| asked.contains(w));
        of_the_one_asked.then_some(m.person)
    }

    /// The person quote `i` opens with when the words right after say it is the speaker's own
    /// name, in the quote or in the next piece of its turn (`“Mr. Tod Pym,” said the little
    /// man. “That is my name.”`, `“Tod Pym is my name”`): how a stranger introduces himself.
    fn name_then_my_name(&self, i: usize) -> Option<usize> {
        let (m, after) = self.name_first(i)?;
        let after = after.trim_start_matches(NAME_MARKS).trim_start_matches('.').trim_start_matches(NAME_MARKS);
        let rest = if after.is_empty() {
            let turn = &self.dialogue.turn_of_quote;
            let next = self.quotes.get(i + 1).filter(|_| turn.get(i + 1) == Some(&turn[i]))?;
            self.text[next.clone()].trim_start_matches(NAME_MARKS)
        } else {
            after
        };
        let rest = lower(&rest[..crate::char_bounds::floor(rest, rest.len().min(OWN_NAME_BYTES))]);
        let own = ["is my name", "that is my name", "that's my name", "that’s my name", "such is my name"];
        if !own.iter().any(|w| rest.starts_with(w)) {
            return None;
        }
        // `“Thomas Lacey,” she read aloud. “That is my name, or was …”`: a woman reading a
        // man's name tells of her own family name, not of herself.
        let q = &self.quotes[i];
        let until = self.quotes.get(i + 1).map_or(self.text.len(), |n| n.start).min(q.end + OWN_NAME_ATTRIBUTION_BYTES);
        let sex = self.people[m.person].gender;
        let other_sex = self.text[q.end..crate::char_bounds::floor(self.text, until)]
            .split(|c: char| !c.is_alphabetic())
            .filter_map(subject_pronoun)
            .any(|g| sex != Gender::Unknown && g != sex);
        (!other_sex).then_some(m.person)
    }

    /// The person quote `i` gives as its speaker's own name after `my name is`: a few words of
    /// address may stand between (`my name, sir, is`), not others (`my name is not …`, `my
    /// namesake is`).
    fn my_name_is(&self, i: usize) -> Option<usize> {
        let q = &self.text[self.quotes[i].clone()];
        let word_at = |k: usize, w: &str| {
            q[k..].starts_with(w)
                && !q[..k].ends_with(char::is_alphabetic)
                && !q[k + w.len()..].starts_with(char::is_alphabetic)
        };
        let start = |w: &str| q.match_indices(w).map(|(k, _)| k).find(|&k| word_at(k, w));
        let at = start("my name").or_else(|| start("My name"))? + "my name".len();
        let rest = &q[at..];
        let verb = [" is ", "'s ", "’s "].iter().filter_map(|v| rest.find(v).map(|k| k + v.len())).min()?;
        if verb > NAME_TO_VERB_BYTES || rest[..verb].contains(['.', '!', '?', ';']) {
            return None;
        }
        let name = self.quotes[i].start + at + verb;
        let k = self.mentions.partition_point(|m| m.span.start < name);
        let m =
            self.mentions.get(k).filter(|m| m.span.start < name + TITLE_BYTES && m.span.end <= self.quotes[i].end)?;
        self.text[name..m.span.start].split_whitespace().all(|w| TITLES.contains(&w)).then_some(m.person)
    }

    /// The person whose mention starts within `range` (give or take a title before it).
    fn mention_at(&self, range: Range<usize>) -> Option<&Mention> {
        let named = self.named();
        let i = named.partition_point(|m| m.span.start < range.start);
        named.get(i).filter(|m| m.span.start < range.end)
    }

    /// The person named right before the verb of saying that ends the narration before quote
    /// `q`, in a clause joined on by `and` or `but` (`and Fearenside howled, “…”`), with at most
    /// an adverb between (`and Ann quietly said:`).
    fn named_right_before(&self, q: &Range<usize>) -> Option<usize> {
        let prev = self.quotes.partition_point(|o| o.end <= q.start);
        let floor = prev.checked_sub(1).map_or(0, |p| self.quotes[p].end);
        let before = self.text[floor..q.start].trim_end().trim_end_matches([',', ':', '—', '-']).trim_end();
        let mut words = before.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        let verb = words.next().filter(|v| before.ends_with(v) && speech_verb(&lower(v)))?;
        let mut end = floor + before.len() - verb.len();
        let rest = self.text[floor..end].trim_end();
        if let Some(adverb) =
            rest.rsplit(' ').next().filter(|w| w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
        {
            end = floor + rest.len() - adverb.len();
        }
        let end = floor + self.text[floor..end].trim_end().len();
        // A name in the words between, not one that ends a quote before (`“…Ann” said`).
        let m = self.mention_ending_in(end.saturating_sub(1)..end).filter(|m| m.span.start >= floor)?;
        // Only a clause of its own joined on after a stop (`, and Fearenside howled`): not `when
        // Mrs. Maylie returned`, `turning to Tom said`, `what Tom said`, `a letter Smith wrote`,
        // nor one of two names joined (`smiling at Mrs. Reed and Tom said`, `no one but Tom`).
        let before = self.text[floor..m.span.start].trim_end();
        let opener = self.word_before(floor, m)?;
        let joined = matches!(lower(opener).as_str(), "and" | "but" | "whereupon");
        // (The stop may close the quote before: `“Not yet,” and Ann said, “Then go.”`.)
        let stop_before = before.rfind(opener).is_some_and(|k| {
            let ahead = before[..k].trim_end();
            ahead.is_empty() || ahead.ends_with([',', ';', '—', '-'])
        });
        (joined && stop_before).then_some(m.person)
    }

    /// The last word from `from` up to mention `m` that is no title (`and` in `and Mrs. Reed`).
    fn word_before(&self, from: usize, m: &Mention) -> Option<&str> {
        self.text[from.min(m.span.start)..m.span.start]
            .rsplit(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty() && lexicon::title(&lower(w)).is_none())
    }

    /// The person whose mention ends within `range`.
    fn mention_ending_in(&self, range: Range<usize>) -> Option<&Mention> {
        let named = self.named();
        let i = named.partition_point(|m| m.span.end <= range.start);
        named.get(i).filter(|m| m.span.end <= range.end && m.span.start < range.end)
    }

    /// The tokens of a window of the text, with spans in the text's offsets.
    fn window(&self, range: Range<usize>) -> Vec<Token> {
        let start = crate::char_bounds::floor(self.text, range.start);
        let end = crate::char_bounds::ceil(self.text, range.end);
        tokenize(&self.text[start..end]).into_iter().map(|t| t.shifted(start)).collect()
    }

    /// The text from `from` up to mention `m`, without the blanks and the title just before the
    /// name (`… said to Mrs.` reads `… said to`): what the words before a name tell of it.
    fn before_name(&self, from: usize, m: &Mention) -> &str {
        let before = self.text[from.min(m.span.start)..m.span.start].trim_end();
        TITLES.iter().fold(before, |b, t| b.strip_suffix(t).map_or(b, str::trim_end))
    }

    /// The first mention in `range` that is not inside a quote, among its first
    /// `MENTIONS_LOOKED_AT`: a text with no blank line is one paragraph, whose quotes may call
    /// people thousands of times before any narration names one.
    fn first_mention_in(&self, range: std::ops::Range<usize>) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.start < range.start);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.span.end <= range.end)
            .take(MENTIONS_LOOKED_AT)
            .find(|m| !self.inside_quote(m.span.start))
    }

    /// The conversation quote `k` is a turn of.
    fn conversation_of_quote(&self, k: usize) -> usize {
        self.dialogue.turns[self.dialogue.turn_of_quote[k]].conversation
    }

    /// Whether one of the first words after quote `k` is a verb `verb` accepts (`said he,
    /// continuing`, `he replied`).
    fn verb_after(&self, k: usize, verb: fn(&str) -> bool) -> bool {
        let end = self.quotes[k].end;
        let after =
            &self.text[end..crate::char_bounds::floor(self.text, (end + VERB_AFTER_BYTES).min(self.text.len()))];
        after.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(3).any(verb)
    }

    /// Gives the quotes before quote `i`, back to `*back_to` and a few pages at most, that
    /// epithet `e` attributes and that were taken for `was`, the speaker `now`: the words
    /// stood for `now` all along. The quotes gone over are not again (`*back_to` moves to `i`),
    /// so a text of such quotes stays linear.
    fn restate_epithet(
        &self,
        said: &[Option<Said>],
        speakers: &mut [(Option<usize>, Source)],
        (back_to, i): (&mut usize, usize),
        e: Epithet,
        was: Option<usize>,
        now: usize,
    ) {
        let at = self.quotes[i].start;
        for j in (*back_to..i).rev().take_while(|&j| self.quotes[j].start + SELF_NAMED_BACK_BYTES > at) {
            let same = said[j].and_then(Said::epithet).is_some_and(|f| same_epithet(self.text, e, f));
            if same && speakers[j].0 == was {
                speakers[j].0 = Some(now);
            }
        }
        *back_to = i;
    }

    /// The one person the narration that opens the paragraph of the quote at `at` names in its
    /// last sentence (`Late that night, Mr. Pye arrived. “Hard,” said the good doctor`): who
    /// comes in, or is told of, right before speaking.
    fn brought_in_by_paragraph(&self, at: usize) -> Option<usize> {
        let para = self.paragraph_start(at);
        let (floor, start, end) = self.last_sentence_before(at);
        if floor > para || end == floor || start < para {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.span.start < start);
        let mut named = self.mentions[k..].iter().take_while(|m| m.span.end <= end).take(MENTIONS_LOOKED_AT);
        let first = named.next()?.person;
        named.all(|m| m.person == first).then_some(first)
    }

    fn paragraph_start(&self, at: usize) -> usize {
        self.paragraphs.start_before(at)
    }

    fn inside_quote(&self, at: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).is_some_and(|q| q.start <= at)
            || (i > 0 && i < self.quotes.len() && self.cut_before(i))
            || (i > 0 && self.in_cut_tail(i - 1, at))
    }

    /// Whether `at` is in a nested quote that ended quotation `q` and was cut off with it
    /// (`“He wrote: ‘Dear Ann.’”`): quote `q` ends with no double mark, and a double mark
    /// closes the quotation soon after `at`, with none between. (A quote in single marks ends
    /// with no double mark either; then the closing double mark is missing and nothing is
    /// found.)
    fn in_cut_tail(&self, q: usize, at: usize) -> bool {
        const TAIL_BYTES: usize = 200;
        let end = self.quotes[q].end;
        let double = |c: char| matches!(c, '"' | '“' | '”');
        if self.text[self.quotes[q].clone()].ends_with(double)
            || at - end > TAIL_BYTES
            || self.text[end..at].contains(double)
            || self.text[end..at].contains("\n\n")
        {
            return false;
        }
        let limit = crate::char_bounds::floor(self.text, at + TAIL_BYTES);
        let rest = &self.text[at..limit];
        let rest = &rest[..rest.find("\n\n").unwrap_or(rest.len())];
        rest.char_indices()
            .find(|&(_, c)| double(c))
            .is_some_and(|(k, c)| rest[k + c.len_utf8()..].chars().next().is_none_or(|n| !n.is_alphanumeric()))
    }

    /// Whether quotes `i - 1` and `i` are pieces of one quotation cut apart (by a nested quote
    /// or a stage direction): a piece that ends or starts without its quotation mark, in the
    /// same paragraph.
    fn cut_before(&self, i: usize) -> bool {
        let (a, b) = (&self.quotes[i - 1], &self.quotes[i]);
        let mark = |c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»');
        let open_end = !self.text[a.clone()].ends_with(mark);
        let open_start = !self.text[b.clone()].starts_with(mark);
        (open_end || open_start) && !self.text[a.end..b.start].contains("\n\n")
    }
}

/// How many mentions a pronoun's antecedent is looked for among, in one window.
const MENTIONS_LOOKED_AT: usize = 24;

/// How far after `my name` its verb may stand (`my name, sir, is`).
const NAME_TO_VERB_BYTES: usize = 16;

/// How long a title before a name may be, with its blank.
const TITLE_BYTES: usize = 6;

/// How much of the words after a name is read for `that is my name`.
const OWN_NAME_BYTES: usize = 24;

/// How many words of a description are read: `surly one in the white waistcoat`.
const DESCRIPTION_WORDS: usize = 6;

/// How far after a name given as one's own its attribution is read for `he` or `she`.
const OWN_NAME_ATTRIBUTION_BYTES: usize = 60;

/// Marks that may stand around a name said alone: quotation marks, `!`, a comma, blanks.
const NAME_MARKS: &[char] = &['"', '“', '”', '\'', '‘', '’', '!', ',', ' '];

/// Titles that may stand before a name.
const TITLES: [&str; 7] = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr.", "Lady", "Sir"];

/// A word that tells someone speaks: a speech verb, `spoke`, `began`, `addressed`, or the -ing form of a
/// speech verb (`calling`, `answering`).
fn speaking(word: &str) -> bool {
    if speech_verb(word) || matches!(word, "spoke" | "speak" | "began" | "thus" | "addressed") {
        return true;
    }
    word.strip_suffix("ing").is_some_and(|base| speech_verb(&format!("{base}ed")) || speech_verb(&format!("{base}s")))
}

/// Whether the word before `at` is `a` or `an`, a capital right after (`a Leonardo`).
fn after_indefinite_article(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let word = &before[tokens::last_word_start(before)..];
    before.len() < at && (word == "a" || word == "an") && text[at..].starts_with(|c: char| c.is_uppercase())
}

/// The sex `he` or `she` tells, in any case, without allocating.
fn subject_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
