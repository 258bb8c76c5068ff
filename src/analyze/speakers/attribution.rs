//! Reading the attribution next to a quote (`“…,” X said`, `said she`, `X added that “…”`,
//! `according to X`) into what it tells of the speaker, a [`Said`]. Methods of the speaker
//! pass's [`Context`].

use super::sentences::{preposition, subordinator};
use super::*;
use crate::analyze::speaker_nouns;
use crate::analyze::tokens::{last_word_start, Kind};

impl Context<'_> {
    /// An attribution after the quote: `“…,” X said`, `said X`, `she said`, `said he`.
    pub(super) fn after(&self, q: &Range<usize>) -> Option<Said> {
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
            Kind::Punct('.') => {
                !(k > 0 && tokens[k - 1].is_word() && {
                    let w = lower(tokens[k - 1].text(text));
                    lexicon::title(&w).is_some() || w.chars().count() == 1
                })
            }
            _ => false,
        };
        let end = (0..tokens.len()).find(|&k| ends(k)).unwrap_or(tokens.len());
        // `said the doctor, shaking his head`: the clause's own possessive tells the sex the
        // noun does not.
        let sexed = |e: Epithet| {
            let own =
                tokens[..end].iter().filter(|t| t.is_word() && t.start() > e.end).take(OWN_POSSESSIVE_WORDS).find_map(
                    |t| match lower(t.text(text)).as_str() {
                        "his" | "himself" => Some(Gender::Male),
                        "herself" => Some(Gender::Female),
                        _ => None,
                    },
                );
            own.map_or(Said::Epithet(e), |sex| {
                Said::Described(Description::Sexed { sex, possessor: None, kin: false, age: None }, Some(e))
            })
        };
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
            // `said that lady`, `said this worthy`: the one the narration just named.
            if matches!(refs[0], "this" | "that") && refs.len() > 1 {
                let sex = match speaker_nouns::read(&refs) {
                    Some((Description::Sexed { sex, possessor: None, .. }, _)) => Some(sex),
                    _ => None,
                };
                let fits = |p: &usize| sex.is_none_or(|g| self.people[*p].gender == g);
                // The one the turn before called answers (`“What have you got, Dodger?” …
                // replied that young gentleman`); else the one just named, but not one the
                // quote calls or the attribution names as someone else (`said this young
                // gentleman to Oliver`).
                let i = self.quotes.partition_point(|o| o.start < q.start);
                let t = self.dialogue.turn_of_quote[i];
                let called = (t > 0 && self.follows(t))
                    .then(|| self.dialogue.turns[t - 1].quotes.clone().flat_map(|j| self.answerers(j)).find(fits))
                    .flatten();
                let told = self.named_after_description(i);
                let others = |p: usize| told.contains(&p) || self.addresses(i, p);
                if let Some(p) = called.or_else(|| self.just_named(q.start, sex, &others)) {
                    return Some(Said::Named(Some(p)));
                }
            }
            let epithet =
                (refs[0] == "the").then(|| words.get(2)).flatten().map(|t| Epithet { start: t.start(), end: t.end() });
            if let Some((d, used)) = speaker_nouns::read(&refs) {
                // A name that reads like a description (`the Quiet Man`) is a name.
                let span = rest.start()..words[used].end();
                let epithet = epithet.or_else(|| kin_epithet(d, words[used]));
                return Some(
                    self.mention_at(span).map_or(Said::Described(d, epithet), |m| Said::Named(Some(m.person))),
                );
            }
            // Up to three words on: `said Mr. Pym.`, `said Lady Ann de Vere`.
            let last = words.get(3).or(words.last()).map_or(rest.end(), |t| t.end());
            if let Some(m) = self.mention_at(rest.start()..last) {
                // `rejoined Oliver's benefactress`: someone of Oliver's, not Oliver.
                if let Some(noun) = self.possessed_noun(m) {
                    // `answered Daisy's mamma`: the married woman of Daisy's surname, when the
                    // text has her (not a sister, nor a brother for `Tom's father`).
                    let kin = speaker_nouns::kin_sex(&lower(&text[noun.start..noun.end]))
                        .and_then(|sex| families::kin_of(self.people, &self.surnames, m.person, sex))
                        .filter(|&k| families::elder(&self.people[k]));
                    return Some(kin.map_or(Said::Epithet(noun), |p| Said::Named(Some(p))));
                }
                return Some(Said::Named(Some(m.person)));
            }
            return epithet.map(sexed);
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
            let epithet =
                (refs[0] == "the").then(|| words.get(1)).flatten().map(|t| Epithet { start: t.start(), end: t.end() });
            if let Some((d, used)) = speaker_nouns::read(&refs) {
                if (used..used + 2).any(|k| w(k).is_some_and(|v| speech_verb(&v))) {
                    return Some(Said::Described(d, epithet.or_else(|| kin_epithet(d, words[used - 1]))));
                }
                return None;
            }
            // `the porter said`, unless the text knows the porter as a person of its own.
            let known = self.mention_at(first.start()..first.end() + 1).is_some();
            if let Some(e) = epithet.filter(|_| !known && refs.len() > 2 && speech_verb(refs[2])) {
                return Some(sexed(e));
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

    /// The noun after a possessive name (`Oliver's benefactress`, `Ann’s mother`, `Daisy s
    /// mamma` with the apostrophe lost): whoever that is, the name is not the speaker.
    fn possessed_noun(&self, m: &Mention) -> Option<Epithet> {
        let after = &self.text[m.span.end..];
        let rest = ["'s ", "’s ", " s "].iter().find_map(|p| after.strip_prefix(p))?;
        let len = rest.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(rest.len());
        let start = m.span.end + (after.len() - rest.len());
        (len > 0 && rest.starts_with(char::is_lowercase)).then_some(Epithet { start, end: start + len })
    }

    /// The person last named in the narration before `at`, a paragraph or so back, of sex
    /// `sex` when one is asked: whom `this` or `that` points back to.
    pub(super) fn just_named(&self, at: usize, sex: Option<Gender>, others: &dyn Fn(usize) -> bool) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..k]
            .iter()
            .rev()
            .take(MENTIONS_LOOKED_AT)
            .take_while(|m| at - m.span.start < JUST_NAMED_BYTES)
            .filter(|m| !self.inside_quote(m.span.start))
            .find(|m| sex.is_none_or(|g| self.people[m.person].gender == g) && !others(m.person))
            .map(|m| m.person)
    }

    /// Where the quotation of quote `q` really closes: a quote cut short by a nested one
    /// (`“…what you mean by ‘success,’” said he`) closes at the next double mark, when that
    /// comes soon and before `limit`; any other quote closes at its end.
    fn nested_quote_end(&self, q: &Range<usize>, limit: usize) -> usize {
        if self.text[q.clone()].ends_with(['"', '”']) {
            return q.end;
        }
        let end = crate::char_bounds::floor(self.text, (q.end + NESTED_QUOTE_BYTES).min(limit));
        let rest = &self.text[q.end..end];
        let paragraph = rest.find("\n\n").unwrap_or(rest.len());
        rest[..paragraph]
            .char_indices()
            .find(|&(_, c)| matches!(c, '"' | '”'))
            .map_or(q.end, |(k, c)| q.end + k + c.len_utf8())
    }

    /// An attribution before the quote, in its sentence: `X said: “…”`, `X added that “…”`,
    /// `according to X, … “…”`.
    pub(super) fn before(&self, q: &Range<usize>) -> Option<Said> {
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
            Kind::Punct('.') => {
                !(k > 0 && tokens[k - 1].is_word() && {
                    let w = lower(tokens[k - 1].text(text));
                    lexicon::title(&w).is_some() || w.chars().count() == 1
                })
            }
            _ => false,
        };
        let from = (0..tokens.len()).rev().find(|&k| ends(k)).map_or(0, |i| i + 1);
        let sentence = &tokens[from..];
        let words: Vec<&Token> = sentence.iter().filter(|t| t.is_word()).collect();
        for (k, t) in words.iter().enumerate() {
            if lower(t.text(text)) == "according" && words.get(k + 1).is_some_and(|n| lower(n.text(text)) == "to") {
                let Some(after) = words.get(k + 2) else { continue };
                // `according to his custom` tells a habit, not a source (`according to her
                // lawyer` is one).
                let owner = lower(after.text(text));
                let habit = words.get(k + 3).is_some_and(|n| habit_noun(&lower(n.text(text))));
                if habit && matches!(owner.as_str(), "his" | "her" | "their" | "my" | "our" | "your" | "its") {
                    continue;
                }
                return Some(Said::Named(self.mention_at(after.start()..after.end() + 1).map(|m| m.person)));
            }
        }
        // The speech verb nearest the quote, and its subject.
        let mut verb = words.iter().rposition(|t| speaking(&lower(t.text(text))))?;
        // `addressed Mrs. Oly thus:`: `thus` after a verb of saying and its object is no verb.
        if lower(words[verb].text(text)) == "thus" {
            if let Some(k) =
                (verb.saturating_sub(THUS_OBJECT_WORDS)..verb).rev().find(|&k| speaking(&lower(words[k].text(text))))
            {
                verb = k;
            }
        }
        let mut s = verb;
        // `his wife was exclaiming`: a form of `be` right before the verb in `-ing` is no
        // subject (`Ann was asked,` is said to Ann).
        let be = |k: usize| {
            matches!(lower(words[k].text(text)).as_str(), "was" | "were")
                && lower(words[k + 1].text(text)).ends_with("ing")
                && !text[words[k].end()..words[k + 1].start()].contains(',')
        };
        while s > 0 && (adverb(&lower(words[s - 1].text(text))) || be(s - 1)) {
            s -= 1;
        }
        if s == 0 {
            // "said Emma: “…”" — the name after the verb.
            return self.name_at(&words[verb + 1..]).map(|m| Said::Named(Some(m.person)));
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
        // `so near as to give Emma time only to say`, `asked Ann to add`: the one a verb asks,
        // lets or makes say it, named a few words before `to`, says it (not in `rang Tom to
        // say` or `promised Tom to say`, where the caller says it).
        if lower(words[s - 1].text(text)) == "to" {
            // Right before `to` (`asked Tom to say`), or past the time or leave given (`gave
            // Emma time only to say`): not `told Tom she wished to say`, `asked Tom whether to
            // say`, nor `gave Tom a kiss to say`.
            let to = words[s - 1].start();
            let told = |m: &Mention| {
                let verb = self.word_before(0, m).map(lower);
                let between: Vec<lexicon::Lower> = self.text[m.span.end..to]
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(lower)
                    .collect();
                let given = |w: &lexicon::Lower| {
                    matches!(
                        w.as_str(),
                        "time" | "leave" | "permission" | "opportunity" | "occasion" | "chance" | "only" | "just"
                    )
                };
                verb.is_some_and(|v| match v.as_str() {
                    "gave" | "give" | "giving" => !between.is_empty() && between.iter().all(given),
                    v => object_control_verb(v) && between.is_empty(),
                })
            };
            let named = words[s.saturating_sub(1 + INFINITIVE_OBJECT_WORDS)..s - 1]
                .iter()
                .rev()
                .find_map(|t| self.mention_ending_in(t.span()).filter(|m| m.span.end == t.end() && told(m)));
            if let Some(m) = named {
                return Some(Said::Named(Some(m.person)));
            }
        }
        let subject = words[s - 1];
        let lowered: Vec<lexicon::Lower> = words[s.saturating_sub(4)..s].iter().map(|t| lower(t.text(text))).collect();
        let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
        if let Some(d) = speaker_nouns::read_backwards(&refs) {
            return Some(Said::Described(d, kin_epithet(d, subject)));
        }
        if subject.text(text) == "I" {
            return Some(Said::Narrator);
        }
        // `she added that … she would tell him that “…”` goes on as much as `she added, “…”`.
        let verb_word = words[..=verb]
            .iter()
            .map(|t| lower(t.text(text)))
            .find(|w| goes_on(w))
            .unwrap_or_else(|| lower(words[verb].text(text)));
        if let Some(g) = pronoun(&lower(subject.text(text))) {
            return Some(Said::Pronoun(g, goes_on(&verb_word)));
        }
        // A name set off from the verb by a comma ends a phrase put in (`Tom, stopping beside Ann,
        // said`), and is no subject.
        if let Some(m) = self.mention_ending_in(subject.span()).filter(|_| !clause_closed) {
            return Some(Said::Named(Some(m.person)));
        }
        // `Mr. Darcy, drawing near Elizabeth, said`: the name just before the phrase put in.
        if let Some(m) = self.name_before_aside(words[0].start()..words[s].start()).filter(|_| clause_closed) {
            return Some(Said::Named(Some(m.person)));
        }
        // `and he, lifting his eyes, said`: the pronoun just before the phrase put in, whoever
        // the sentence told of first.
        if let Some(g) = self.pronoun_before_aside(words[0].start()..words[s].start()).filter(|_| clause_closed) {
            return Some(Said::Pronoun(g, goes_on(&verb_word)));
        }
        // "said Emma: “…”" in the middle of a sentence (not the one `addressed`).
        if let Some(m) = self.name_at(&words[verb + 1..]).filter(|_| lower(words[verb].text(text)) != "addressed") {
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
        if let Some(p) = self.gerunds_owner(&words[..=verb]) {
            return Some(Said::Named(Some(p)));
        }
        if let Some(said) = self.heard_say(&words[..=verb], goes_on(&verb_word)) {
            return Some(said);
        }
        if let Some(said) = self.verbs_own_subject(&words[..=verb], goes_on(&verb_word)) {
            return Some(said);
        }
        // The first `he` or `she` that opens no subordinate clause: in `As she entered he
        // stopped, and said`, he speaks.
        let pronouns = words[..verb]
            .iter()
            .enumerate()
            .filter_map(|(k, t)| pronoun(&lower(t.text(text))).map(|g| (k, t.start(), g)));
        let main_clause =
            |&(k, _, _): &(usize, usize, Gender)| k == 0 || !subordinator(&lower(words[k - 1].text(text)));
        let main_pronoun = pronouns.clone().find(main_clause).map(|(_, at, g)| (at, g));
        let pronoun_at = main_pronoun.or_else(|| pronouns.clone().next().map(|(_, at, g)| (at, g)));
        // A name after a subordinate clause's pronoun still counts (`As she went up, Mrs.
        // Bennet followed her, saying`).
        let until_pronoun = before_verb.start..main_pronoun.map_or(before_verb.end, |(at, _)| at);
        let k = self.mentions.partition_point(|m| m.span.start < until_pronoun.start);
        let named: Vec<&Mention> = self.mentions[k..]
            .iter()
            .take_while(|m| m.span.end <= until_pronoun.end)
            .take(MENTIONS_LOOKED_AT)
            .filter(|m| !self.inside_quote(m.span.start) && !self.after_preposition(m) && !self.after_participle(m))
            .collect();
        // `Mrs. Bennet begged her to stay; but Lady Catherine declined; and then, rising up, said`:
        // the subject of the latest clause after a semicolon that has one.
        // Only after a conjunction (not `; Tom had gone out`, nor a list `; Kate, Lucy and Tom;`),
        // and as a subject (not `; but Tom's mother declined`, nor `; Tom she ignored`).
        let opens_clause = |m: &&&Mention| {
            let before = &self.text[before_verb.start..m.span.start];
            let joined = before.rfind(';').is_some_and(|k| {
                let words: Vec<String> =
                    before[k + 1..].split_whitespace().map(|w| lower(w.trim_end_matches('.')).to_string()).collect();
                let conjunction = |w: &str| matches!(w, "but" | "and" | "yet" | "so");
                words.first().is_some_and(|w| conjunction(w))
                    && words.iter().all(|w| conjunction(w) || w == "then" || lexicon::title(w).is_some())
            });
            // No `he` or `she` of a clause of its own between the name and the verb (`; and Tom,
            // above all, she thanked`).
            let to_verb = &self.text[m.span.end..before_verb.end];
            let subject_after = to_verb
                .split(|c: char| !c.is_alphabetic())
                .any(|w| pronoun(&lower(w)).is_some() || matches!(w, "I" | "they" | "we"));
            joined && !self.possessive(m) && !subject_after
        };
        if let Some(m) = named.iter().rev().find(|m| opens_clause(m) && !self.subordinate(m)) {
            return Some(Said::Named(Some(m.person)));
        }
        if let Some(m) = named.iter().find(|m| !self.subordinate(m)).or(named.first()) {
            return Some(Said::Named(Some(m.person)));
        }
        // `His wife gave him a look; and, while he was coming round, added`: when the only `he`
        // or `she` opens a subordinate clause that a comma closes before the verb, a description
        // that opens the sentence is its subject (not in `His sister was reading when he came
        // in and asked`, where the verb is the clause's).
        let clause_closed_before_verb = |(at, _): (usize, Gender)| self.text[at..words[verb].start()].contains(',');
        if main_pronoun.is_none() && pronoun_at.is_some_and(clause_closed_before_verb) {
            let lowered: Vec<lexicon::Lower> = words[..verb.min(4)].iter().map(|t| lower(t.text(text))).collect();
            let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
            if let Some((d, used)) = speaker_nouns::read(&refs) {
                return Some(Said::Described(d, kin_epithet(d, words[used - 1])));
            }
        }
        if pronoun_at.is_none() {
            if let Some(said) = self.description_opening_clause(&words[..verb]) {
                return Some(said);
            }
        }
        pronoun_at.map(|(_, g)| Said::Pronoun(g, goes_on(&verb_word)))
    }

    /// A description that opens the sentence or a clause of it among `words` (the words before
    /// the speech verb), for a sentence with no name or `he` or `she` to be its subject: `Upon
    /// this, the boy crossed over; and walking up to Oliver, said`. Not a preposition's or a
    /// verb's object (`and looking at the girl, said`): the description stands first, or after
    /// a stop or a comma.
    fn description_opening_clause(&self, words: &[&Token]) -> Option<Said> {
        let text = self.text;
        let lowered: Vec<lexicon::Lower> = words.iter().map(|t| lower(t.text(text))).collect();
        let refs: Vec<&str> = lowered.iter().map(lexicon::Lower::as_str).collect();
        (0..words.len()).find_map(|k| {
            let opens = k == 0 || text[words[k - 1].end()..words[k].start()].contains([',', ';', ':']);
            let (d, used) = speaker_nouns::read(&refs[k..(k + 4).min(refs.len())]).filter(|_| opens)?;
            Some(Said::Described(d, kin_epithet(d, words[k + used - 1])))
        })
    }

    /// The name that the first of `words` opens, or that follows it as a title (`said Lady Ann`:
    /// a mention leaves its title out).
    fn name_at(&self, words: &[&Token]) -> Option<&Mention> {
        let first = words.first()?;
        let titled = lexicon::title(&lower(first.text(self.text))).is_some();
        let end = words.get(1).filter(|_| titled).map_or(first.end() + 1, |t| t.start() + 1);
        self.mention_at(first.start()..end)
    }

    /// The subject of the clause the speech verb (the last of `words`) is in, when a verb follows
    /// it straight on to the speech verb: `that Emma could not help saying`. Not across a stop,
    /// a comma or an `and` (in `She turned when he came in, and said` and `Tom said that Ann
    /// had left and added`, the main clause's subject says it), nor past another subject, nor
    /// for a verb after a preposition (`before saying`, `by saying` go with the main clause).
    fn verbs_own_subject(&self, words: &[&Token], goes_on: bool) -> Option<Said> {
        let text = self.text;
        let verb = words.len() - 1;
        let word = |k: usize| lower(words[k].text(text));
        // `Ann Lee was asked,`: the one asked does not say it.
        let passive = verb > 0
            && matches!(word(verb - 1).as_str(), "was" | "were" | "been" | "be" | "being")
            && !word(verb).ends_with("ing");
        let after_preposition = verb > 0 && {
            let w = word(verb - 1);
            preposition(&w) || matches!(w.as_str(), "before" | "without" | "while" | "in")
        };
        if passive || after_preposition {
            return None;
        }
        for k in (verb.saturating_sub(CLAUSE_SUBJECT_WORDS)..verb).rev() {
            let gap = &text[words[k].end()..words[k + 1].start()];
            if gap.contains([',', ';', ':', '—', '(', ')', '.', '!', '?', '"', '“', '”', '-']) {
                return None;
            }
            let w = word(k);
            if matches!(w.as_str(), "and" | "or" | "but" | "nor" | "i" | "we" | "they" | "you" | "who" | "which") {
                return None;
            }
            if k + 1 == verb || !finite_verb(&word(k + 1)) {
                continue;
            }
            if let Some(g) = pronoun(&w) {
                return Some(Said::Pronoun(g, goes_on));
            }
            if let Some(m) = self.mention_ending_in(words[k].span()).filter(|m| m.span.end == words[k].end()) {
                if self.inside_quote(m.span.start) || self.after_preposition(m) || self.possessive(m) {
                    return None;
                }
                return Some(Said::Named(Some(m.person)));
            }
        }
        None
    }

    /// The owner of a gerund the speech verb in `-ing` (the last of `words`) goes on with:
    /// `without Mr. Woodhouse's giving a gentle sigh, and saying`. Not past another subject.
    fn gerunds_owner(&self, words: &[&Token]) -> Option<usize> {
        let text = self.text;
        let verb = words.len() - 1;
        let word = |k: usize| lower(words[k].text(text));
        if !word(verb).ends_with("ing") {
            return None;
        }
        for k in (verb.saturating_sub(CLAUSE_SUBJECT_WORDS * 2)..verb).rev() {
            if pronoun(&word(k)).is_some() || matches!(word(k).as_str(), "i" | "we" | "they" | "who") {
                return None;
            }
            let Some(m) = self.mention_ending_in(words[k].span()) else { continue };
            // (An edition that lost the apostrophe splits `Woodhouse s` in two words.)
            let gerund = (k + 1..verb).find(|&j| word(j) != "s").filter(|&j| word(j).ends_with("ing"));
            if !self.possessive(m) || gerund.is_none() || self.inside_quote(m.span.start) {
                return None;
            }
            return Some(m.person);
        }
        None
    }

    /// The one a verb of hearing has say the speech verb (the last of `words`), right after it
    /// with at most words of how or when between: `Emma heard her saying`, `heard him almost at
    /// once afterwards say`, `He heard Frank next say`, `her overhearing Mr. Weston whisper`
    /// (not `Ann heard him leave`, where the one heard does something else).
    fn heard_say(&self, words: &[&Token], goes_on: bool) -> Option<Said> {
        let text = self.text;
        let verb = words.len() - 1;
        let word = |k: usize| lower(words[k].text(text));
        let k = (0..verb).rev().find(|&k| !how_or_when(&word(k)))?;
        let object = word(k);
        if matches!(object.as_str(), "him" | "her") {
            let g = lexicon::pronoun_gender(&object)?;
            return (k > 0 && heard(&word(k - 1))).then_some(Said::Pronoun(g, goes_on));
        }
        let m = self.mention_ending_in(words[k].span()).filter(|m| m.span.end == words[k].end())?;
        let before = self.word_before(0, m).map(lower)?;
        let heard_one = heard(&before) && !self.inside_quote(m.span.start) && !self.possessive(m);
        heard_one.then_some(Said::Named(Some(m.person)))
    }

    /// The name that ends just before a phrase set off by commas at the end of `range` (`Mr.
    /// Darcy, drawing near Elizabeth,`): a phrase of a few words with no other stop in it.
    fn name_before_aside(&self, range: Range<usize>) -> Option<&Mention> {
        let name_end = range.start + self.before_aside(range.clone())?.len();
        // Not a name inside an earlier aside (`Ann, turning to Tom Hale, with a smile, said`).
        self.mention_ending_in(name_end.saturating_sub(1)..name_end)
            .filter(|m| m.span.end == name_end && !self.after_preposition(m))
    }

    /// The sex of `he` or `she` just before a phrase set off by commas at the end of `range`
    /// (`and he, lifting his eyes,`).
    fn pronoun_before_aside(&self, range: Range<usize>) -> Option<Gender> {
        let before = self.before_aside(range)?;
        pronoun(&lower(&before[last_word_start(before)..]))
    }

    /// The text of `range` before a phrase set off by commas at its end, when that phrase has
    /// a few words and no other stop in it (`Mr. Darcy` in `Mr. Darcy, drawing near Elizabeth,`).
    fn before_aside(&self, range: Range<usize>) -> Option<&str> {
        let before = self.text[range].trim_end().strip_suffix(',')?;
        let open = before.rfind(',')?;
        let aside = &before[open + 1..];
        if aside.split_whitespace().count() > ASIDE_WORDS || aside.contains(['.', ';', ':', '!', '?']) {
            return None;
        }
        Some(before[..open].trim_end())
    }

    /// The person a relative `who` or `whose` among `words` stands for: the latest name a few
    /// words before the latest of them (`met Maria in the hall, who, breathless, cried`).
    fn who_before(&self, words: &[&Token]) -> Option<&Mention> {
        let who =
            words.iter().rposition(|t| ["who", "whose"].iter().any(|r| t.text(self.text).eq_ignore_ascii_case(r)))?;
        let at = words[who].start();
        let from = words[who.saturating_sub(WORDS_BEFORE_WHO)..who].first().map_or(at, |t| t.start());
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..k].last().filter(|m| m.span.start >= from)
    }
}

/// A verb of hearing, whose object says what is heard (`heard her say`).
fn heard(word: &str) -> bool {
    matches!(word, "heard" | "overheard" | "hear" | "overhear" | "hearing" | "overhearing")
}

/// A word that tells how or when, between a verb of hearing's object and what it is heard do
/// (`heard him almost at once afterwards say`).
fn how_or_when(word: &str) -> bool {
    adverb(word)
        || matches!(word, "almost" | "at" | "once" | "afterwards" | "soon" | "presently" | "again" | "next" | "first")
}

/// How many words before a speech verb its clause's subject is looked for.
const CLAUSE_SUBJECT_WORDS: usize = 8;

/// A word that can be the first of a clause's verb after its subject: an auxiliary, a past
/// tense, or an adverb before one.
fn finite_verb(word: &str) -> bool {
    adverb(word)
        || (word.len() > 3 && word.ends_with("ed"))
        || matches!(
            word,
            "could"
                | "would"
                | "should"
                | "might"
                | "must"
                | "can"
                | "cannot"
                | "will"
                | "shall"
                | "may"
                | "did"
                | "was"
                | "were"
                | "had"
                | "has"
                | "is"
                | "does"
                | "began"
                | "spoke"
                | "made"
                | "took"
                | "came"
                | "went"
                | "got"
                | "gave"
                | "saw"
                | "felt"
                | "sat"
                | "stood"
                | "rose"
                | "ran"
                | "broke"
                | "put"
                | "let"
                | "held"
                | "told"
                | "thought"
                | "heard"
                | "knew"
                | "drew"
                | "threw"
                | "shook"
                | "bent"
                | "left"
                | "met"
                | "kept"
                | "caught"
                | "found"
                | "brought"
                | "struck"
                | "turned"
        )
}

/// Whether a noun tells a habit or a way (`according to his custom`), not someone who speaks.
fn habit_noun(word: &str) -> bool {
    matches!(
        word,
        "custom"
            | "customs"
            | "habit"
            | "habits"
            | "wont"
            | "way"
            | "usual"
            | "practice"
            | "nature"
            | "manner"
            | "fashion"
            | "rule"
            | "rules"
            | "plan"
            | "taste"
            | "principles"
    )
}

/// Whether a verb has its object do what the infinitive after says (`asked Ann to say`, `got
/// Ann to say`), unlike one whose subject does it (`promised Ann to say`, `rang Ann to say`).
/// (`give` does only with the time or leave it gives: see `before`.)
fn object_control_verb(word: &str) -> bool {
    matches!(
        word,
        "asked"
            | "ask"
            | "asking"
            | "begged"
            | "beg"
            | "begging"
            | "told"
            | "tell"
            | "telling"
            | "bade"
            | "bid"
            | "allowed"
            | "allow"
            | "allowing"
            | "permitted"
            | "forced"
            | "obliged"
            | "compelled"
            | "urged"
            | "got"
            | "get"
            | "invited"
            | "encouraged"
            | "requested"
            | "entreated"
            | "implored"
            | "desired"
    )
}

/// How many words before `to say` the one told to say it is looked for (`give Emma time only
/// to say`).
const INFINITIVE_OBJECT_WORDS: usize = 3;

/// How far back `this` or `that` points for a person named (`said that lady`).
const JUST_NAMED_BYTES: usize = 1500;

/// The most words a phrase put in between a name and its verb may have (`Mr. Darcy, drawing
/// near Elizabeth, said`).
const ASIDE_WORDS: usize = 8;

/// Whether the text after a quote says nothing before its sentence or paragraph ends: it
/// opens with a blank line or with `.`, `!`, `?` or a quotation mark. (What tokenizing it
/// would tell, without the tokenizing.)
pub(super) fn ends_at_once(after: &str) -> bool {
    let rest = after.trim_start();
    after[..after.len() - rest.len()].matches('\n').count() >= 2
        || rest.is_empty()
        || rest.starts_with(['.', '!', '?', '"', '“', '”'])
}

/// The kin noun of a description (`mother` in `her mother`) as its epithet: the text means one
/// person by it for a while, as by `the doctor`.
fn kin_epithet(d: Description, noun: &Token) -> Option<Epithet> {
    matches!(d, Description::Sexed { kin: true, possessor: Some(_), .. })
        .then(|| Epithet { start: noun.start(), end: noun.end() })
}

/// Whether the text before a quote ends in a paragraph break that no colon, comma or dash
/// leads over into the quote (`…stopped to say,` does). (What tokenizing it would tell,
/// without the tokenizing.)
pub(super) fn after_a_paragraph(before: &str) -> bool {
    let kept = before.trim_end();
    before[kept.len()..].matches('\n').count() >= 2 && !kept.ends_with([':', ',', '—', '-'])
}

/// How many words a verb of saying may stand before a `thus` that follows its object
/// (`addressed Mrs. Oly thus`).
const THUS_OBJECT_WORDS: usize = 4;

/// Words an attribution may put between subject and verb: "X also said", "she had told".
fn filler(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "then"
            | "later"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "could"
            | "once"
            | "quickly"
            | "quietly"
            | "simply"
            | "finally"
            | "again"
            | "softly"
            | "gently"
            | "suddenly"
            | "now"
            | "still"
            | "just"
            | "soon"
            | "afterwards"
            | "afterward"
            | "presently"
            | "thereupon"
            | "thus"
            | "very"
    )
}

/// How many words back from a relative `who` the name it stands for is looked for.
const WORDS_BEFORE_WHO: usize = 5;

/// How far a nested quotation may run past the end of the quote it cut short.
const NESTED_QUOTE_BYTES: usize = 60;

/// A word that says how, before a speech verb: `suddenly`, `then`.
fn adverb(word: &str) -> bool {
    filler(word) || (word.len() > 4 && word.ends_with("ly") && !speech_verb(word))
}

/// A speech verb that tells the speaker is the one who spoke last: `he added`, `she went on`.
pub(super) fn goes_on(verb: &str) -> bool {
    matches!(
        verb,
        "added" | "continued" | "repeated" | "resumed" | "pursued" | "persisted" | "went" | "adds" | "continues"
    )
}

/// A speech verb that tells the words answer someone: `he replied`, `she returned`.
pub(super) fn answers(verb: &str) -> bool {
    matches!(verb, "replied" | "answered" | "rejoined" | "returned" | "retorted" | "responded" | "replies" | "answers")
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
    matches!(
        word,
        "answer"
            | "reply"
            | "remark"
            | "rejoinder"
            | "response"
            | "comment"
            | "reflection"
            | "exclamation"
            | "question"
            | "retort"
            | "greeting"
    )
}

/// The sex a subject pronoun tells.
fn pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "she" => lexicon::pronoun_gender(word),
        _ => None,
    }
}

/// How many words after an epithet (`said the doctor, shaking his head`) are read for a
/// possessive that tells its sex.
const OWN_POSSESSIVE_WORDS: usize = 6;
