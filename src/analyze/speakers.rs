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
//! Turn-taking lives in `speakers/turns.rs`; this file reads attributions and resolves them.

use super::dialogue::{self, Dialogue};
use super::families;
use super::lexicon::{self, lower, speech_verb};
use super::paragraph_breaks::ParagraphBreaks;
use super::speaker_nouns::{self, Description};
use super::vocatives;
use super::tokens::{last_word_start, tokenize, Kind, Token};
use super::{Age, Gender, Person};
use std::ops::Range;

mod turns;

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
    surnames: Vec<Option<&'a str>>,
    /// The people whose age the text tells.
    aged: Vec<usize>,
}

/// How many mentions back a pronoun's paragraph is searched for its person: a text without
/// blank lines is one long paragraph.
const MENTIONS_BACK: usize = 200;

/// How many quotes of its paragraph a quote looks through for a stated speaker: a text
/// without blank lines is one long paragraph.
const QUOTES_IN_A_PARAGRAPH: usize = 40;

/// How many turns away turn-taking looks for a known speaker.
const TURNS_LOOKED_AT: usize = 20;

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

/// For each quote span, the index in `people` of the person who said it, or `None`.
pub fn attribute(text: &str, quotes: &[Range<usize>], people: &[Person]) -> Vec<Option<usize>> {
    let mut mentions: Vec<Mention> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| Mention { span: m.clone(), person: i }))
        .collect();
    mentions.sort_unstable_by_key(|m| (m.span.start, m.person));
    // "in the sight of God", "God bless her": God is named often and speaks seldom, so only a
    // stated attribution makes God the speaker, never `she said` or `the old lady said`.
    let deity = |p: &Person| lexicon::deity(&lower(&p.name));
    let named = people.iter().any(deity).then(|| mentions.clone());
    if named.is_some() {
        mentions.retain(|m| !deity(&people[m.person]));
    }
    let paragraphs = ParagraphBreaks::new(text);
    let mut cx = Context { text, people, mentions, named, quotes, paragraphs, dialogue: dialogue::turns(text, quotes), narrator: None, alternates: false, follows: Vec::new(), called: Vec::new(), surnames: families::surnames(people), aged: Vec::new() };
    cx.aged = (0..people.len()).filter(|&p| people[p].age.is_some()).collect();
    cx.follows = (0..cx.dialogue.turns.len()).map(|t| cx.turn_follows(t)).collect();
    cx.called = vec![std::cell::OnceCell::new(); cx.dialogue.turns.len()];
    // First pass: what each quote's attribution says; the second half of an interrupted quote
    // (`“…,” said he, “…”`) shares the first half's, which stands between them.
    let mut said: Vec<Option<Said>> = Vec::with_capacity(quotes.len());
    for (i, q) in quotes.iter().enumerate() {
        let shared = (i > 0 && cx.continues(i)).then(|| said[i - 1]).flatten().filter(|s| !matches!(s, Said::Named(None)));
        said.push(shared.or_else(|| cx.after(q).or_else(|| cx.before(q))));
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
    for i in 0..quotes.len() {
        let at = quotes[i].start;
        let found = match said[i] {
            _ if i > 0 && cx.continues(i) && said[i] == said[i - 1] && speakers[i - 1].0.is_some() => speakers[i - 1].0,
            Some(Said::Pronoun(g, going_on)) => cx.resolve_pronoun(g, at, &speakers, going_on),
            Some(Said::Described(d, epithet)) => {
                let known = epithet.and_then(|e| epithets.get(text, e)).filter(|&p| cx.fits_description(p, d) && !cx.spoke_last_turn(p, at, &speakers));
                let found = known.or_else(|| cx.describe(d, at, &speakers));
                if let (Some(e), Some(p)) = (epithet, found) {
                    epithets.set(text, e, p);
                }
                found
            }
            Some(Said::Epithet(e)) => {
                let found = epithets.get(text, e).filter(|&p| !cx.spoke_last_turn(p, at, &speakers)).or_else(|| cx.addressed_by_last_turn(at, &speakers).or_else(|| cx.alternating_speaker(at, &speakers)));
                if let Some(p) = found {
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
        let going_on = (i > 0 && cx.continues(i)).then(|| speakers[i - 1].0).flatten();
        // `he said` or `said the young lady` with nobody of that sex before it: someone who
        // comes later. A description's sex also rules out whoever the dialogue would give.
        let described = match said[i] {
            Some(Said::Described(Description::Sexed { sex, .. }, _)) => Some(sex),
            _ => None,
        };
        let sex = match said[i] {
            Some(Said::Pronoun(g, _)) => Some(g),
            _ => described,
        };
        if let Some(p) = sex.filter(|_| going_on.is_none()).and_then(|g| cx.cataphor(i, g, &speakers)) {
            speakers[i] = (Some(p), Source::Explicit);
            continue;
        }
        let fits = |p: &usize| described.is_none_or(|g| cx.people[*p].gender == Gender::Unknown || cx.people[*p].gender == g);
        let found = going_on.or_else(|| cx.same_paragraph(i, &speakers)).or_else(|| cx.implicit(i, &speakers)).filter(fits);
        if let Some(p) = found {
            speakers[i] = (Some(p), Source::Inferred);
        }
    }
    cx.share_within_cut_quotes(&mut speakers);
    speakers.into_iter().map(|s| s.0).collect()
}

/// Whether the text after a quote says nothing before its sentence or paragraph ends: it
/// opens with a blank line or with `.`, `!`, `?` or a quotation mark. (What tokenizing it
/// would tell, without the tokenizing.)
fn ends_at_once(after: &str) -> bool {
    let rest = after.trim_start();
    after[..after.len() - rest.len()].matches('\n').count() >= 2 || rest.is_empty() || rest.starts_with(['.', '!', '?', '"', '“', '”'])
}

/// Whether the text before a quote ends in a paragraph break that no colon, comma or dash
/// leads over into the quote (`…stopped to say,` does). (What tokenizing it would tell,
/// without the tokenizing.)
fn after_a_paragraph(before: &str) -> bool {
    let kept = before.trim_end();
    before[kept.len()..].matches('\n').count() >= 2 && !kept.ends_with([':', ',', '—', '-'])
}

/// The people the latest epithets stood for (`the doctor` → Losberne), latest first.
#[derive(Default)]
struct Epithets(Vec<(Epithet, usize)>);

/// How many epithets are remembered.
const EPITHETS_KEPT: usize = 16;

impl Epithets {
    fn get(&self, text: &str, e: Epithet) -> Option<usize> {
        let word = &text[e.start..e.end];
        self.0.iter().find(|(k, _)| text[k.start..k.end].eq_ignore_ascii_case(word)).map(|&(_, p)| p)
    }

    fn set(&mut self, text: &str, e: Epithet, p: usize) {
        let word = &text[e.start..e.end];
        self.0.retain(|(k, _)| !text[k.start..k.end].eq_ignore_ascii_case(word));
        self.0.insert(0, (e, p));
        self.0.truncate(EPITHETS_KEPT);
    }
}

/// Words an attribution may put between subject and verb: "X also said", "she had told".
fn filler(word: &str) -> bool {
    matches!(word, "also" | "then" | "later" | "has" | "had" | "have" | "would" | "will" | "could" | "once" | "quickly" | "quietly" | "simply" | "finally" | "again" | "softly" | "gently" | "suddenly" | "now" | "still" | "just")
}

impl Context<'_> {
    /// The mentions an attribution can name (see `named`).
    fn named(&self) -> &[Mention] {
        self.named.as_deref().unwrap_or(&self.mentions)
    }

    /// The person whose mention starts at `at` (give or take a title before it).
    fn mention_at(&self, range: Range<usize>) -> Option<&Mention> {
        let named = self.named();
        let i = named.partition_point(|m| m.span.start < range.start);
        named.get(i).filter(|m| m.span.start < range.end)
    }

    /// The person whose mention ends within `range`.
    fn mention_ending_in(&self, range: Range<usize>) -> Option<&Mention> {
        let named = self.named();
        let i = named.partition_point(|m| m.span.end <= range.start);
        named.get(i).filter(|m| m.span.end <= range.end && m.span.start < range.end)
    }

    /// The tokens of a window of the text, with spans in the text's offsets.
    fn window(&self, range: Range<usize>) -> Vec<Token> {
        let mut start = range.start;
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = range.end.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        tokenize(&self.text[start..end]).into_iter().map(|t| t.shifted(start)).collect()
    }

    /// An attribution after the quote: `“…,” X said`, `said X`, `she said`, `said he`.
    fn after(&self, q: &Range<usize>) -> Option<Said> {
        let next = self.quotes.partition_point(|o| o.start < q.end);
        let limit = self.quotes.get(next).map_or(self.text.len(), |o| o.start);
        let from = self.nested_quote_end(q, limit);
        let to = (from + 120).min(limit).max(from);
        // Most quotes are followed by a new paragraph or the end of a sentence: nothing to read.
        if self.text.get(from..to).is_some_and(ends_at_once) {
            return None;
        }
        let tokens = self.window(from..to);
        let text = self.text;
        // Up to the sentence's end; the period of "Mr." or "J." ends nothing.
        let ends = |k: usize| match tokens[k].kind {
            Kind::Break | Kind::Punct('!' | '?' | '"' | '“' | '”') => true,
            Kind::Punct('.') => !(k > 0 && tokens[k - 1].is_word() && {
                let w = lower(tokens[k - 1].text(text));
                lexicon::title(&w).is_some() || w.chars().count() == 1
            }),
            _ => false,
        };
        let end = (0..tokens.len()).find(|&k| ends(k)).unwrap_or(tokens.len());
        let mut words: Vec<&Token> = tokens[..end].iter().filter(|t| t.is_word()).take(9).collect();
        // An adverb may come first: `“…,” suddenly cried Tarrow`.
        if words.len() > 1 && adverb(&lower(words[0].text(text))) && speech_verb(&lower(words[1].text(text))) {
            words.remove(0);
        }
        words.truncate(8);
        let w = |i: usize| words.get(i).map(|t| lower(t.text(text)));
        // "was her answer", "was his next remark".
        let owner = w(1).filter(|_| w(0).as_deref() == Some("was")).and_then(|p| possessive_pronoun(&p));
        if let Some(g) = owner.filter(|_| (2..4).any(|k| w(k).is_some_and(|n| speech_noun(&n)))) {
            return Some(Said::Pronoun(g, false));
        }
        // "said X", "said he", "said Mr. X", "replied the other".
        if w(0).is_some_and(|v| speech_verb(&v)) {
            let rest = words.get(1)?;
            if let Some(g) = w(1).and_then(|p| pronoun(&p)) {
                return Some(Said::Pronoun(g, w(0).as_deref().is_some_and(goes_on)));
            }
            if w(1).as_deref() == Some("i") {
                return Some(Said::Narrator);
            }
            let lowered: Vec<lexicon::Lower> = words[1..].iter().take(4).map(|t| lower(t.text(text))).collect();
            let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
            if let Some(p) = self.titled_description(&refs, q.start) {
                return Some(Said::Named(Some(p)));
            }
            let epithet = (refs[0] == "the").then(|| words.get(2)).flatten().map(|t| Epithet { start: t.start(), end: t.end() });
            if let Some((d, used)) = speaker_nouns::read(&refs) {
                // A name that reads like a description (`the Quiet Man`) is a name.
                let span = rest.start()..words[used].end();
                return Some(self.mention_at(span).map_or(Said::Described(d, epithet), |m| Said::Named(Some(m.person))));
            }
            // Up to three words on: `said Mr. Pym.`, `said Lady Ann de Vere`.
            let last = words.get(3).or(words.last()).map_or(rest.end(), |t| t.end());
            if let Some(m) = self.mention_at(rest.start()..last) {
                return Some(Said::Named(Some(m.person)));
            }
            return epithet.map(Said::Epithet);
        }
        // "X said", "she said", "X told Mic", "X also said".
        if let Some(first) = words.first() {
            let lowered: Vec<lexicon::Lower> = words.iter().take(4).map(|t| lower(t.text(text))).collect();
            let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
            if refs.len() > 2 && speech_verb(refs[2]) {
                if let Some(p) = self.titled_description(&refs, q.start) {
                    return Some(Said::Named(Some(p)));
                }
            }
            let epithet = (refs[0] == "the").then(|| words.get(1)).flatten().map(|t| Epithet { start: t.start(), end: t.end() });
            if let Some((d, used)) = speaker_nouns::read(&refs) {
                if (used..used + 2).any(|k| w(k).is_some_and(|v| speech_verb(&v))) {
                    return Some(Said::Described(d, epithet));
                }
                return None;
            }
            // `the porter said`, unless the text knows the porter as a person of its own.
            let known = self.mention_at(first.start()..first.end() + 1).is_some();
            if let Some(e) = epithet.filter(|_| !known && refs.len() > 2 && speech_verb(refs[2])) {
                return Some(Said::Epithet(e));
            }
            if w(0).as_deref() == Some("i") {
                return (1..3).any(|k| w(k).is_some_and(|v| speech_verb(&v))).then_some(Said::Narrator);
            }
            if let Some(g) = w(0).and_then(|p| pronoun(&p)) {
                if let Some(verb) = (1..3).find_map(|k| w(k).filter(|v| speech_verb(v))) {
                    return Some(Said::Pronoun(g, goes_on(&verb)));
                }
                return None;
            }
            if let Some(m) = self.mention_at(first.start()..first.end() + 1) {
                let after_name = words.iter().position(|t| t.start() >= m.span.end)?;
                let verb = (after_name..after_name + 3).find(|&k| w(k).is_some_and(|v| !filler(&v)))?;
                if w(verb).is_some_and(|v| speech_verb(&v)) {
                    return Some(Said::Named(Some(m.person)));
                }
            }
        }
        None
    }

    /// Where the quotation of quote `q` really closes: a quote cut short by a nested one
    /// (`“…what you mean by ‘success,’” said he`) closes at the next double mark, when that
    /// comes soon and before `limit`; any other quote closes at its end.
    fn nested_quote_end(&self, q: &Range<usize>, limit: usize) -> usize {
        if self.text[q.clone()].ends_with(['"', '”']) {
            return q.end;
        }
        let mut end = (q.end + NESTED_QUOTE_BYTES).min(limit);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = &self.text[q.end..end];
        let paragraph = rest.find("\n\n").unwrap_or(rest.len());
        rest[..paragraph].char_indices().find(|&(_, c)| matches!(c, '"' | '”')).map_or(q.end, |(k, c)| q.end + k + c.len_utf8())
    }

    /// An attribution before the quote, in its sentence: `X said: “…”`, `X added that “…”`,
    /// `according to X, … “…”`.
    fn before(&self, q: &Range<usize>) -> Option<Said> {
        let prev = self.quotes.partition_point(|o| o.end <= q.start);
        let floor = prev.checked_sub(1).map_or(0, |p| self.quotes[p].end);
        let from = floor.max(q.start.saturating_sub(300));
        // Most quotes open a paragraph that nothing before introduces: nothing to read.
        if self.text.get(from..q.start).is_some_and(after_a_paragraph) {
            return None;
        }
        let tokens = self.window(from..q.start);
        // Back to the sentence's start. A paragraph that ends in a colon or comma introduces
        // the quote that opens the next one ("…stopt to say,\n\n“Oh! no.”").
        let mut tokens = tokens.as_slice();
        if let Some(Token { kind: Kind::Break, .. }) = tokens.last() {
            let n = tokens.len() - 1;
            if n > 0 && matches!(tokens[n - 1].kind, Kind::Punct(':' | ',' | '—' | '-')) {
                tokens = &tokens[..n - 1];
            } else {
                return None;
            }
        }
        let text = self.text;
        // The period of "Mr." or "J." ends no sentence.
        let ends = |k: usize| match tokens[k].kind {
            Kind::Break | Kind::Punct('!' | '?') => true,
            Kind::Punct('.') => !(k > 0 && tokens[k - 1].is_word() && {
                let w = lower(tokens[k - 1].text(text));
                lexicon::title(&w).is_some() || w.chars().count() == 1
            }),
            _ => false,
        };
        let from = (0..tokens.len()).rev().find(|&k| ends(k)).map_or(0, |i| i + 1);
        let sentence = &tokens[from..];
        let words: Vec<&Token> = sentence.iter().filter(|t| t.is_word()).collect();
        for (k, t) in words.iter().enumerate() {
            if lower(t.text(text)) == "according" && words.get(k + 1).is_some_and(|n| lower(n.text(text)) == "to") {
                let Some(after) = words.get(k + 2) else { continue };
                return Some(Said::Named(self.mention_at(after.start()..after.end() + 1).map(|m| m.person)));
            }
        }
        // The speech verb nearest the quote, and its subject.
        let verb = words.iter().rposition(|t| speaking(&lower(t.text(text))))?;
        let mut s = verb;
        while s > 0 && adverb(&lower(words[s - 1].text(text))) {
            s -= 1;
        }
        if s == 0 {
            // "said Emma: “…”" — the name after the verb.
            let next = words.get(verb + 1)?;
            return self.mention_at(next.start()..next.end() + 1).map(|m| Said::Named(Some(m.person)));
        }
        // `Mr. Pym, whose thoughts were on the Marsh's, said`: the subject is the name
        // the relative clause hangs on, not its last word.
        let relative = words[..s].iter().any(|t| matches!(lower(t.text(text)).as_str(), "who" | "whose"));
        let clause_closed = self.text[words[s - 1].end()..words[s].start()].contains(',');
        if relative && clause_closed {
            if let Some(m) = self.who_before(&words[..verb]) {
                return Some(Said::Named(Some(m.person)));
            }
        }
        let subject = words[s - 1];
        let lowered: Vec<lexicon::Lower> = words[s.saturating_sub(4)..s].iter().map(|t| lower(t.text(text))).collect();
        let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
        if let Some(d) = speaker_nouns::read_backwards(&refs) {
            return Some(Said::Described(d, None));
        }
        if subject.text(text) == "I" {
            return Some(Said::Narrator);
        }
        // `she added that … she would tell him that “…”` goes on as much as `she added, “…”`.
        let verb_word = words[..=verb].iter().map(|t| lower(t.text(text))).find(|w| goes_on(w)).unwrap_or_else(|| lower(words[verb].text(text)));
        if let Some(g) = pronoun(&lower(subject.text(text))) {
            return Some(Said::Pronoun(g, goes_on(&verb_word)));
        }
        // A name set off from the verb by a comma ends a phrase put in (`Tom, stopping beside Ann,
        // said`), and is no subject.
        if let Some(m) = self.mention_ending_in(subject.span()).filter(|_| !clause_closed) {
            return Some(Said::Named(Some(m.person)));
        }
        // "said Emma: “…”" in the middle of a sentence.
        if let Some(m) = words.get(verb + 1).and_then(|next| self.mention_at(next.start()..next.end() + 1)) {
            return Some(Said::Named(Some(m.person)));
        }
        // The sentence's subject further back: "Mr. Pym, who had …, answered at once, “…”":
        // the name a `who` before the verb stands for (`met Maria, who cried out`), else
        // whichever comes first of `he` or `she` and a name that is not a preposition's object
        // (not `to Miss Orme's` in `He drew his chair nearer to Miss Orme's, and said`),
        // a main clause's subject first (`Before Ann could speak, Kate said`).
        let before_verb = words[0].start()..words[verb].start();
        if let Some(m) = self.who_before(&words[..verb]) {
            return Some(Said::Named(Some(m.person)));
        }
        let pronoun_at = words[..verb].iter().find_map(|t| pronoun(&lower(t.text(text))).map(|g| (t.start(), g)));
        let until_pronoun = before_verb.start..pronoun_at.map_or(before_verb.end, |(at, _)| at);
        let k = self.mentions.partition_point(|m| m.span.start < until_pronoun.start);
        let named: Vec<&Mention> = self.mentions[k..].iter().take_while(|m| m.span.end <= until_pronoun.end).take(MENTIONS_LOOKED_AT).filter(|m| !self.inside_quote(m.span.start) && !self.after_preposition(m)).collect();
        if let Some(m) = named.iter().find(|m| !self.subordinate(m)).or(named.first()) {
            return Some(Said::Named(Some(m.person)));
        }
        pronoun_at.map(|(_, g)| Said::Pronoun(g, goes_on(&verb_word)))
    }

    /// The person a relative `who` or `whose` among `words` stands for: the latest name a few
    /// words before the latest of them (`met Maria in the hall, who, breathless, cried`).
    fn who_before(&self, words: &[&Token]) -> Option<&Mention> {
        let who = words.iter().rposition(|t| ["who", "whose"].iter().any(|r| t.text(self.text).eq_ignore_ascii_case(r)))?;
        let at = words[who].start();
        let from = words[who.saturating_sub(WORDS_BEFORE_WHO)..who].first().map_or(at, |t| t.start());
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..k].last().filter(|m| m.span.start >= from)
    }

    /// The person a description (`the old lady`, `her father`, `his companion`) stands for, as
    /// seen from `at`: someone of its sex, not the owner of a possessive of the same sex (`her
    /// mother` is not "her"); `the other` is the other party of the conversation.
    fn describe(&self, d: Description, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        match d {
            Description::Sexed { sex, possessor, kin, age } => {
                // `his wife` bears his surname.
                if let Some(g) = possessor.filter(|_| kin) {
                    let owner = self.resolve(g, at, speakers, &[]);
                    if let Some(p) = owner.and_then(|o| families::kin_of(self.people, &self.surnames, o, sex)) {
                        return Some(p);
                    }
                }
                // `her mother` is not "her"; and a description in a new turn of dialogue
                // (`replied the old man`) names someone else than the last turn's speaker.
                let owner = possessor.filter(|&g| g == sex).and_then(|g| self.resolve(g, at, speakers, &[]));
                let exclude = owner.or_else(|| self.last_turn_speaker(at, speakers));
                // Nobody calls themselves by name: `“Come, Ann,” said the old lady` is not Ann.
                let i = self.quotes.partition_point(|o| o.start < at);
                let mut called: Vec<Option<usize>> = self.quotes.get(i).map_or(Vec::new(), |_| self.addressees(i).map(Some).collect());
                // `the old gentleman` is nobody the text calls young, `the boy` nobody it calls
                // old (only the people whose age the text tells are looked at).
                called.extend(self.aged.iter().copied().filter(|&p| self.other_age(p, age)).map(Some));
                let fits = |p: &usize| self.people[*p].gender == sex && Some(*p) != owner && !called.contains(&Some(*p));
                if let Some(p) = self.addressed_by_last_turn(at, speakers).filter(fits).or_else(|| self.alternating_speaker(at, speakers).filter(fits)) {
                    return Some(p);
                }
                let mut excluded = called.clone();
                excluded.push(exclude);
                self.resolve(sex, at, speakers, &excluded).or_else(|| self.resolve(sex, at, speakers, &called))
            }
            Description::Latter | Description::Former => {
                // The people named before the quote, latest first, each once.
                let k = self.mentions.partition_point(|m| m.span.start < at);
                let mut named = self.mentions[..k].iter().rev().take(40).filter(|m| !self.inside_quote(m.span.start)).map(|m| m.person);
                let latter = named.next()?;
                match d {
                    Description::Latter => Some(latter),
                    _ => named.find(|&p| p != latter),
                }
            }
            Description::OtherParty => {
                // In a run of turns, the one the last turn called by name, or who spoke two
                // turns back: the other party of the last turn's speaker.
                if let Some(p) = self.addressed_by_last_turn(at, speakers).or_else(|| self.alternating_speaker(at, speakers)) {
                    return Some(p);
                }
                let i = self.quotes.partition_point(|o| o.start < at);
                let last = speakers[..i.min(speakers.len())].iter().rev().find_map(|s| s.0)?;
                self.other_party(i, last, speakers)
            }
        }
    }

    /// `the doctor` or `the colonel` (in lower case) for a person named with that title: the
    /// latest one named before `at` as `Doctor Losberne`, `Dr. Kemp` or `Colonel Adye`.
    fn titled_description(&self, words: &[&str], at: usize) -> Option<usize> {
        let ["the", noun, ..] = words else { return None };
        lexicon::title(noun)?;
        let same = |w: &str| {
            let w = lower(w.trim_end_matches('.'));
            w == *noun || (*noun == "doctor" && w == "dr")
        };
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..k].iter().rev().take(MENTIONS_TITLED).find(|m| {
            let own = self.text[m.span.clone()].split_whitespace().next().unwrap_or("");
            let mut from = m.span.start.saturating_sub(12);
            while !self.text.is_char_boundary(from) {
                from -= 1;
            }
            let before = self.text[from..m.span.start].split_whitespace().last().unwrap_or("");
            same(own) || same(before)
        }).map(|m| m.person)
    }

    /// Whether person `p` can be what description `d` tells: of its sex, if it tells one.
    fn fits_description(&self, p: usize, d: Description) -> bool {
        match d {
            Description::Sexed { sex, age, .. } => (self.people[p].gender == sex || self.people[p].gender == Gender::Unknown) && !self.other_age(p, age),
            _ => false,
        }
    }

    /// Whether the text calls person `p` of another age than `age` (`little Ned` is not `the
    /// old man`).
    fn other_age(&self, p: usize, age: Option<Age>) -> bool {
        matches!((self.people[p].age, age), (Some(a), Some(b)) if a != b)
    }

    /// Whether a mention can be a sentence's subject: not the object of a preposition, not a
    /// possessive (`Emma's hand`).
    fn can_be_subject(&self, m: &Mention) -> bool {
        let possessive = self.text[m.span.end..].starts_with(['\'', '’']);
        !possessive && !self.after_preposition(m)
    }

    /// Whether a mention is the first words of the sentence starting at `sentence_start`: even
    /// as a possessive it tells whom the sentence is about (`Ann's face fell.`).
    fn opens_sentence(&self, m: &Mention, sentence_start: usize) -> bool {
        let before = self.text[sentence_start.min(m.span.start)..m.span.start].trim();
        let before = TITLES.iter().fold(before, |b, t| b.strip_suffix(t).map_or(b, str::trim_end));
        before.chars().all(|c| !c.is_alphanumeric())
    }

    /// Whether a mention is the object of a preposition (`to Hugh`, `with Mr. Hale`).
    fn after_preposition(&self, m: &Mention) -> bool {
        let before = self.text[..m.span.start].trim_end();
        let mut before = before;
        for title in TITLES {
            before = before.strip_suffix(title).map_or(before, str::trim_end);
        }
        let word_start = last_word_start(before);
        matches!(&before[word_start..], "to" | "with" | "at" | "of" | "for" | "by" | "from" | "on" | "upon" | "towards" | "toward" | "than" | "like" | "about" | "into" | "after" | "near" | "beside" | "behind")
    }

    /// Among `mentions` (latest first, all of sex `g`), the subject of the latest sentence that
    /// names someone of that sex: its first mention that can be a subject, outside a
    /// subordinate clause (`When Tom left, Bob sat down`), and that no pronoun of the same sex
    /// comes before in the sentence (in `she told Diana`, Diana is not "she").
    /// Sentences further back are tried when the latest has no such mention.
    fn latest_subject<'m>(&self, mentions: impl Iterator<Item = &'m Mention>, g: Gender) -> Option<&'m Mention> {
        let mut best: Option<&Mention> = None;
        let mut sentence_start = usize::MAX;
        for m in mentions.take(MENTIONS_LOOKED_AT) {
            if m.span.end <= sentence_start {
                if best.is_some() {
                    return best;
                }
                sentence_start = self.sentence_start(m.span.start);
            }
            if (self.can_be_subject(m) || self.opens_sentence(m, sentence_start)) && !self.subordinate(m) && !self.bound(m, g, sentence_start) {
                best = Some(m);
            }
        }
        best
    }

    /// Whether a pronoun of sex `g` comes before mention `m` in its sentence (from
    /// `sentence_start`): then the mention is someone else than that pronoun's person.
    fn bound(&self, m: &Mention, g: Gender, sentence_start: usize) -> bool {
        self.text[sentence_start..m.span.start].split(|c: char| !c.is_alphabetic()).any(|w| subject_pronoun(w) == Some(g))
    }

    /// Where the sentence holding `at` starts: after the last `.`, `!`, `?` or paragraph break
    /// before it (the period of a title or an initial ends nothing), looking a bounded way back.
    /// A semicolon parts two clauses that each have their subject (`Hugh stared; but Ned
    /// understood`), so it starts one too.
    fn sentence_start(&self, at: usize) -> usize {
        let floor = at.saturating_sub(SENTENCE_BYTES);
        let bytes = self.text.as_bytes();
        let mut k = at;
        while k > floor {
            k -= 1;
            match bytes[k] {
                b'!' | b'?' | b';' => return k + 1,
                b'\n' if k > 0 && bytes[k - 1] == b'\n' => return k + 1,
                b'.' if !self.abbreviation_before(k) => return k + 1,
                _ => {}
            }
        }
        floor
    }

    /// Whether the period at `dot` ends a title (`Mr.`) or an initial (`J.`) rather than a sentence.
    fn abbreviation_before(&self, dot: usize) -> bool {
        let head = &self.text[..dot];
        let word_start = head.char_indices().rev().take(5).find(|(_, c)| !c.is_alphabetic()).map_or(head.len().saturating_sub(5), |(i, c)| i + c.len_utf8());
        let Some(word) = head.get(word_start..) else { return false };
        word.chars().count() == 1 && word.chars().all(char::is_uppercase) || lexicon::title(&lower(word)).is_some()
    }

    /// The person `he` or `she` (sex `g`) in the attribution of the quote at `at` stands for,
    /// never one the quote calls by name.
    fn resolve_pronoun(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)], going_on: bool) -> Option<usize> {
        let found = self.pronoun_referent(g, at, speakers, going_on)?;
        // Nobody calls themselves by name: `“Come, Ann,” she said` is not Ann's.
        let i = self.quotes.partition_point(|o| o.start < at);
        if i < self.quotes.len() && (self.addresses(i, found) || self.said_to(i) == Some(found)) {
            return self.resolve(g, at, speakers, &[Some(found), self.narrator]);
        }
        // Who tells the story is `I`, never `he` or `she`.
        if Some(found) == self.narrator {
            return self.resolve(g, at, speakers, &[Some(found)]);
        }
        Some(found)
    }

    /// The person the attribution after quote `i` says it is spoken to (`said she to Ann`,
    /// `he whispered to Mr. Hale`), who is not its speaker.
    fn said_to(&self, i: usize) -> Option<usize> {
        let q = &self.quotes[i];
        let end = self.quotes.get(i + 1).map_or(self.text.len(), |n| n.start).min(q.end + SAID_TO_BYTES);
        let k = self.mentions.partition_point(|m| m.span.start < q.end);
        let m = self.mentions.get(k).filter(|m| m.span.end <= end)?;
        let words = self.text[q.end..m.span.start].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count();
        (words <= SAID_TO_WORDS && self.told_to(q.end, m)).then_some(m.person)
    }

    /// The person a pronoun of sex `g` attributing the quote at `at` stands for. The person
    /// the last turn called by name answers; in a run of turns, speakers alternate. A turn
    /// right after another, with no narration paragraph between, is nearly always someone
    /// else's, so the last turn's speaker (and the next one's, in a run) is passed over when
    /// another person fits. A verb that
    /// tells the speaker goes on (`he added`, `she continued`) asks for the latest known
    /// speaker instead, when of that sex and the paragraph names nobody else of it.
    fn pronoun_referent(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)], going_on: bool) -> Option<usize> {
        if going_on {
            // `Ann talked on. “…,” she added`: the narration's subject goes on.
            if let Some(p) = self.subject_of_narration_before(g, at, speakers) {
                return Some(p);
            }
            // A new turn right after someone else's (`“…,” he repeated`) goes on with what its
            // speaker said two turns back.
            if let Some(p) = self.alternating_speaker(at, speakers).filter(|&p| self.people[p].gender == g) {
                return Some(p);
            }
            let i = self.quotes.partition_point(|o| o.start < at);
            let last = speakers[..i.min(speakers.len())].iter().rev().take(4).find_map(|s| s.0).filter(|&p| self.people[p].gender == g);
            let para = self.paragraph_start(at);
            let k = self.mentions.partition_point(|m| m.span.start < at);
            let named = self.mentions[..k].iter().rev().take(MENTIONS_BACK).take_while(|m| m.span.start >= para).find(|m| self.people[m.person].gender == g && !self.inside_quote(m.span.start));
            return match (last, named) {
                (Some(p), None) => Some(p),
                _ => self.resolve(g, at, speakers, &[]),
            };
        }
        let fits = |p: &usize| self.people[*p].gender == g;
        if let Some(p) = self.subject_of_narration_before(g, at, speakers) {
            return Some(p);
        }
        if let Some(p) = self.addressed_by_last_turn(at, speakers).filter(fits).or_else(|| self.alternating_speaker(at, speakers).filter(fits)) {
            return Some(p);
        }
        if let Some(p) = self.last_speaker_still_told_of(g, at, speakers) {
            return Some(p);
        }
        let prev = self.adjacent_turn_speaker(at, speakers);
        let next = self.next_turn_speaker(at, speakers);
        self.resolve(g, at, speakers, &[prev, next]).or_else(|| self.resolve(g, at, speakers, &[prev])).or_else(|| self.resolve(g, at, speakers, &[]))
    }

    /// Whom `he` or `she` (sex `g`) attributing quote `i` stands for when nobody of that sex
    /// comes before (a chapter that opens on a conversation): the dialogue's turn-taking when
    /// it gives someone of that sex, else the first person of that sex named soon after.
    fn cataphor(&self, i: usize, g: Gender, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let fits = |p: usize| self.people[p].gender == g;
        if let Some(p) = self.turn_taking(i, speakers).filter(|&p| fits(p)) {
            return Some(p);
        }
        let at = self.quotes[i].end;
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[k..].iter().take(MENTIONS_BACK).take_while(|m| m.span.start < at + NEAR_BYTES).find(|m| fits(m.person) && !self.inside_quote(m.span.start)).map(|m| m.person)
    }

    /// The first mention in `range` that is not inside a quote.
    fn first_mention_in(&self, range: std::ops::Range<usize>) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.start < range.start);
        self.mentions[i..].iter().take_while(|m| m.span.end <= range.end).find(|m| !self.inside_quote(m.span.start))
    }

    /// Whether quote `i` goes on with quote `i - 1` across a short attribution in the same
    /// sentence: the words between them end with a comma, semicolon, colon or dash.
    fn continues(&self, i: usize) -> bool {
        let between = &self.text[self.quotes[i - 1].end..self.quotes[i].start];
        between.len() < MAX_INTERRUPTION_BYTES && !between.contains("\n\n") && between.trim_end().ends_with([',', ';', ':', '-', '—'])
    }

    /// The speaker of another quote in the same paragraph: an earlier one's however it was
    /// found (nothing between them tells of another speaker), a later one's only when stated.
    fn same_paragraph(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let same = |j: usize| !self.paragraphs.any_within(self.quotes[j.min(i)].end..self.quotes[j.max(i)].start);
        let explicit = |j: usize| (speakers[j].1 == Source::Explicit).then_some(speakers[j].0).flatten();
        let known = |j: usize| (speakers[j].1 != Source::NotAPerson).then_some(speakers[j].0).flatten();
        let prev = (0..i).rev().take(QUOTES_IN_A_PARAGRAPH).take_while(|&j| same(j)).find_map(known);
        let next = (i + 1..self.quotes.len()).take(QUOTES_IN_A_PARAGRAPH).take_while(|&j| same(j)).find_map(explicit);
        prev.or(next)
    }

    fn paragraph_start(&self, at: usize) -> usize {
        self.paragraphs.start_before(at)
    }

    /// A quote that opens its paragraph with no attribution: a person the paragraph's
    /// narration names, else the dialogue's turn-taking, else the last speaker going on.
    fn implicit(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let q = &self.quotes[i];
        let start = self.paragraph_start(q.start);
        if !self.text[start..q.start].trim().is_empty() {
            // Narration before the quote in its paragraph: its subject speaks.
            if let Some(m) = self.first_mention_in(start..q.start) {
                return Some(m.person);
            }
            // `She looked up. “…”`: the pronoun the paragraph opens with.
            if let Some(g) = leading_pronoun(&self.text[start..q.start]) {
                return self.resolve_pronoun(g, q.start, speakers, false);
            }
            // A quote inside a running sentence with no attribution (a scare quote, a title)
            // gets no speaker; one after a finished sentence may still be a turn of dialogue.
            let before = self.text[start..q.start].trim_end();
            if !before.ends_with(['.', '!', '?', ':', ';', '-', '—', '"', '”']) {
                return None;
            }
        }
        // A person named after the quote in the paragraph's narration.
        let end = self.paragraphs.end_after(q.end);
        let i_after = self.mentions.partition_point(|m| m.span.start < q.end);
        if let Some(m) = self.mentions.get(i_after).filter(|m| m.span.start < end) {
            if !self.inside_quote(m.span.start) {
                return Some(m.person);
            }
        }
        // `“…”--she took his hand--“…”`: a pronoun right after the quote.
        let next = self.quotes.get(i + 1).map_or(end, |n| n.start.min(end));
        if let Some(g) = leading_pronoun(&self.text[q.end..next]) {
            return self.resolve_pronoun(g, q.start, speakers, false);
        }
        // Narration just before, in a paragraph of its own: the subject of its last sentence
        // speaks next (`Gilbert it was who spoke up.`, `Mr. Weston was calling out,`).
        if let Some(p) = self.narration_before(i, start, true) {
            return Some(p);
        }
        // `Tom made no answer.` between two turns: the one who keeps silent does not say the
        // next; the other party of the talk does.
        let silent = self.silent_before(i, start);
        if let Some(p) = silent.and_then(|silent| self.other_party(i, silent, speakers)) {
            return Some(p);
        }
        // No exchange to take turns in: a quote that opens a scene is most often said by the
        // one the narration just before was telling of, whatever it says of them.
        self.turn_taking(i, speakers).or_else(|| self.narration_before(i, start, false).filter(|_| silent.is_none()))
    }

    /// The person the paragraph before `para_start`, narration only, tells kept silent in its
    /// last sentence (`Ann made no answer.`, `Tom asked again, but Ann was silent.`): the
    /// subject nearest before the words of silence.
    fn silent_before(&self, i: usize, para_start: usize) -> Option<usize> {
        let (start, sentence) = self.last_narration_sentence(i, para_start)?;
        let silence = start + silence_in(sentence)?;
        // `Ann looked at Tom, who said nothing.`: the one `who` stands for.
        let k = self.mentions.partition_point(|m| m.span.end <= silence);
        let who = k.checked_sub(1).map(|k| &self.mentions[k]).filter(|m| m.span.start >= start && self.text[m.span.end..silence].trim_start_matches([',', ' ']).trim_end() == "who");
        who.map(|m| m.person).or_else(|| self.subject_before(start, silence))
    }

    /// Who speaks after the paragraph before `para_start`, narration only: the subject nearest
    /// before the last speech verb of its last sentence (`Ann went on about the fair; but Tom, tired
    /// of it all, folded his paper and spoke.`), else the first person that sentence names.
    /// With `introducing`, only when that sentence leads into speech (a speech verb, or a
    /// closing colon or comma) and says nobody keeps silent.
    fn narration_before(&self, i: usize, para_start: usize, introducing: bool) -> Option<usize> {
        let (start, sentence) = self.last_narration_sentence(i, para_start)?;
        let mut word_starts = sentence.char_indices().filter(|&(k, c)| c.is_alphabetic() && !sentence[..k].ends_with(char::is_alphabetic)).map(|(k, _)| k);
        let last_speech_verb = word_starts.rfind(|&k| speaking(&lower(sentence[k..].split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))));
        let introduces = (sentence.ends_with([':', ',', '-', '—']) || last_speech_verb.is_some()) && silence_in(sentence).is_none();
        if introducing && !introduces {
            return None;
        }
        last_speech_verb
            .and_then(|verb| self.subject_before(start, start + verb))
            .or_else(|| self.first_mention_in(start..start + sentence.len()).map(|m| m.person))
    }

    /// The last sentence of the paragraph before `para_start`, and where it starts, when that
    /// paragraph is narration only (it holds no quote, and quote `i - 1` ends before it).
    fn last_narration_sentence(&self, i: usize, para_start: usize) -> Option<(usize, &str)> {
        let prev_end = self.text[..para_start].trim_end().len();
        let prev_start = self.paragraph_start(prev_end);
        if i > 0 && self.quotes[i - 1].end > prev_start {
            return None;
        }
        let paragraph = &self.text[prev_start..prev_end];
        let body = paragraph.trim_end_matches(['.', ',', ':', ';', '-', '—', '!', '?']);
        let last_sentence = body.rfind(['.', '!', '?']).map_or(0, |k| k + 1);
        Some((prev_start + last_sentence, &paragraph[last_sentence..]))
    }

    /// The person named last between `start` and `at` who can be a clause's subject: not a
    /// preposition's object (`stopping beside Ann`), nor a subordinate clause's subject, nor in a
    /// quote.
    fn subject_before(&self, start: usize, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.span.start < start);
        let named = self.mentions[i..].iter().take_while(|m| m.span.end <= at);
        named.filter(|m| !self.inside_quote(m.span.start) && self.can_be_subject(m) && !self.subordinate(m)).last().map(|m| m.person)
    }

    fn inside_quote(&self, at: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).is_some_and(|q| q.start <= at) || (i > 0 && i < self.quotes.len() && self.cut_before(i))
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

    /// Gives every piece of a cut quotation the same speaker: the first explicit one among the
    /// pieces, else the first found.
    fn share_within_cut_quotes(&self, speakers: &mut [(Option<usize>, Source)]) {
        let mut start = 0;
        for i in 1..=speakers.len() {
            if i < speakers.len() && self.cut_before(i) {
                continue;
            }
            let group = &mut speakers[start..i];
            if group.len() > 1 {
                let best = group.iter().find(|s| s.1 == Source::Explicit).or_else(|| group.iter().find(|s| s.0.is_some())).copied();
                if let Some(best) = best {
                    group.iter_mut().for_each(|s| *s = best);
                }
            }
            start = i;
        }
    }

    /// The person of sex `g` (not in `exclude`) named in the narration of the paragraph of
    /// `at`, else in the narration just before it (a paragraph or two); one who can be a
    /// sentence's subject first, not an object (`turned to Hugh`).
    fn named_near(&self, g: Gender, at: usize, exclude: &[Option<usize>]) -> Option<usize> {
        let fits = |p: usize| self.people[p].gender == g && !exclude.contains(&Some(p));
        let para = self.paragraph_start(at);
        let i = self.mentions.partition_point(|m| m.span.start < at);
        let earlier = &self.mentions[..i];
        let near = at.saturating_sub(NEAR_BYTES);
        for from in [para, near.min(para)] {
            let window = || earlier.iter().rev().take(MENTIONS_BACK).take_while(move |m| m.span.start >= from).filter(|m| fits(m.person) && !self.inside_quote(m.span.start));
            if let Some(m) = self.latest_subject(window(), g).or_else(|| window().take(MENTIONS_LOOKED_AT).find(|m| !self.bound(m, g, self.sentence_start(m.span.start)))) {
                return Some(m.person);
            }
        }
        None
    }

    /// For a quote whose turn does not follow the last one straight on (narration comes
    /// between them), the subject of the narration's last clause when of sex `g`: a pronoun
    /// right after narration goes back to its subject (`Ruth fell in love with the new
    /// teacher. “…,” she said`), before any turn-taking.
    fn subject_of_narration_before(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let i = self.quotes.partition_point(|o| o.start < at);
        let t = *self.dialogue.turn_of_quote.get(i)?;
        let floor = i.checked_sub(1).map_or(0, |p| self.quotes[p].end);
        let end = floor + self.text[floor..at].trim_end().len();
        let start = self.sentence_start(end.saturating_sub(1)).max(floor);
        // A turn straight after another still follows narration when the other's paragraph
        // goes on for sentences after its quote (`“…,” said Ann. … Tom came back.`).
        if self.follows(t) && self.text[floor..start].trim().is_empty() {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.span.start < start);
        let subject = self.mentions[k..]
            .iter()
            .take_while(|m| m.span.end <= end)
            .take(MENTIONS_LOOKED_AT)
            .filter(|m| self.people[m.person].gender == g)
            .find(|m| (self.can_be_subject(m) || self.opens_sentence(m, start)) && !self.subordinate(m) && !self.bound(m, g, start))?;
        // Who speaks the next turn is not who speaks this one.
        let next = self.next_turn_speaker(at, speakers);
        (Some(subject.person) != next).then_some(subject.person)
    }

    /// The speaker of the quote before the one at `at`, when of sex `g` and the short narration
    /// between names nobody but tells of someone of that sex (`“…,” said Ned.\n\nThey stared
    /// at him.\n\n“…,” he said.`): the one who was talking is still the one told of.
    fn last_speaker_still_told_of(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let i = self.quotes.partition_point(|o| o.start < at);
        let prev = i.checked_sub(1)?;
        let last = speakers.get(prev)?.0.filter(|&p| self.people[p].gender == g)?;
        let floor = self.quotes[prev].end;
        let narration = &self.text[floor..at];
        if narration.len() > SHORT_NARRATION_BYTES || self.first_mention_in(floor..at).is_some() {
            return None;
        }
        narration.split(|c: char| !c.is_alphabetic()).any(|w| lexicon::pronoun_gender(&lower(w)) == Some(g)).then_some(last)
    }

    /// Whether a mention opens a subordinate clause (`when Ann came in`), whose subject is not
    /// the sentence's.
    fn subordinate(&self, m: &Mention) -> bool {
        let before = self.text[..m.span.start].trim_end();
        let mut before = before;
        for title in TITLES {
            before = before.strip_suffix(title).map_or(before, str::trim_end);
        }
        let word = lower(&before[last_word_start(before)..]);
        matches!(word.as_str(), "when" | "while" | "whilst" | "as" | "after" | "before" | "if" | "though" | "although" | "since" | "until" | "till" | "because" | "unless" | "whether")
    }

    /// The person a pronoun of sex `g` stands for, as seen from `at`, other than those in
    /// `exclude`: named earlier in the paragraph; else the latest speaker of that sex; else the
    /// latest person of that sex named.
    fn resolve(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)], exclude: &[Option<usize>]) -> Option<usize> {
        let fits = |p: usize| self.people[p].gender == g && !exclude.contains(&Some(p));
        if let Some(p) = self.named_near(g, at, exclude) {
            return Some(p);
        }
        let i = self.mentions.partition_point(|m| m.span.start < at);
        let earlier = &self.mentions[..i];
        let before = self.quotes.partition_point(|o| o.start < at).min(speakers.len());
        if let Some(p) = speakers[..before].iter().rev().take(6).filter_map(|s| s.0).find(|&p| fits(p)) {
            return Some(p);
        }
        earlier
            .iter()
            .rev()
            .take(200)
            .find(|m| fits(m.person) && !self.inside_quote(m.span.start))
            // Nobody of that sex: the latest person whose sex is not known.
            .or_else(|| earlier.iter().rev().take(60).find(|m| self.people[m.person].gender == Gender::Unknown && !self.inside_quote(m.span.start)))
            .map(|m| m.person)
    }
}

/// How many times the quotes must call a person by name to make them the narrator.
const MIN_NARRATOR_CALLS: usize = 3;

/// The longest attribution that can stand inside an interrupted quote.
const MAX_INTERRUPTION_BYTES: usize = 160;

/// How many words back from a relative `who` the name it stands for is looked for.
const WORDS_BEFORE_WHO: usize = 5;

/// How far back narration counts as "just before" for a pronoun.
const NEAR_BYTES: usize = 1000;

/// How far back the start of a sentence is looked for.
const SENTENCE_BYTES: usize = 400;

/// How long narration between two quotes counts as short.
const SHORT_NARRATION_BYTES: usize = 300;

/// How many mentions a pronoun's antecedent is looked for among, in one window.
const MENTIONS_LOOKED_AT: usize = 24;

/// Where in `sentence` words of [`SILENCE`] stand, if any.
fn silence_in(sentence: &str) -> Option<usize> {
    let lowered = sentence.to_ascii_lowercase();
    SILENCE.iter().filter_map(|w| lowered.find(w)).min()
}

/// Words that tell someone keeps silent instead of answering.
const SILENCE: &[&str] = &["no answer", "no reply", "was silent", "were silent", "said nothing", "did not answer", "did not reply", "ignored", "shook his head", "shook her head"];

/// How many words may stand between a quote and the name it is said to (`said she to`, `he
/// said to Mr.`).
const SAID_TO_WORDS: usize = 5;

/// How far after its quote an attribution may say whom the quote is spoken to.
const SAID_TO_BYTES: usize = 60;

/// How far a nested quotation may run past the end of the quote it cut short.
const NESTED_QUOTE_BYTES: usize = 60;

/// How many mentions back a title (`the doctor`) is looked for.
const MENTIONS_TITLED: usize = 300;

/// Titles that may stand before a name.
const TITLES: [&str; 7] = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr.", "Lady", "Sir"];

/// A word that tells someone speaks: a speech verb, `spoke`, `began`, or the -ing form of a
/// speech verb (`calling`, `answering`).
fn speaking(word: &str) -> bool {
    if speech_verb(word) || matches!(word, "spoke" | "speak" | "began" | "thus") {
        return true;
    }
    word.strip_suffix("ing").is_some_and(|base| speech_verb(&format!("{base}ed")) || speech_verb(&format!("{base}s")))
}

/// A word that says how, before a speech verb: `suddenly`, `then`.
fn adverb(word: &str) -> bool {
    filler(word) || (word.len() > 4 && word.ends_with("ly") && !speech_verb(word))
}

/// A speech verb that tells the speaker is the one who spoke last: `he added`, `she went on`.
fn goes_on(verb: &str) -> bool {
    matches!(verb, "added" | "continued" | "repeated" | "resumed" | "pursued" | "persisted" | "went" | "adds" | "continues")
}

/// How many paragraph breaks (runs of blank lines) `s` holds.
fn paragraph_breaks(s: &str) -> usize {
    let mut blank = false;
    let mut breaks = 0;
    for line in s.split('\n').skip(1) {
        let now = line.trim().is_empty();
        breaks += usize::from(now && !blank);
        blank = now;
    }
    breaks
}

/// The sex of `he` or `she` when it is the first word of `s`.
fn leading_pronoun(s: &str) -> Option<Gender> {
    subject_pronoun(s.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty())?)
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

/// The sex `his` or `her` tells.
fn possessive_pronoun(word: &str) -> Option<Gender> {
    match word {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    }
}

/// A noun for what someone says: `was her answer`.
fn speech_noun(word: &str) -> bool {
    matches!(word, "answer" | "reply" | "remark" | "rejoinder" | "response" | "comment" | "reflection" | "exclamation" | "question" | "retort" | "greeting")
}

/// The sex a subject pronoun tells.
fn pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "she" => lexicon::pronoun_gender(word),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
