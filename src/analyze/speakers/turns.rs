//! Who speaks a turn that no attribution names, from the turns around it: in a run of
//! turns speakers alternate, the person a turn calls by name (or `sir`, `madam`) answers it,
//! and a first-person narrator is the one the quotes call by name. Methods of the speaker
//! pass's [`Context`], kept apart from reading attributions.

use super::*;
use crate::analyze::vocatives;

impl Context<'_> {
    /// Whether, over turns that follow one another with both speakers stated, the speaker
    /// changes more often than not.
    pub(super) fn stated_turns_alternate(&self, speakers: &[(Option<usize>, Source)]) -> bool {
        let stated = |t: usize| {
            self.dialogue.turns[t]
                .quotes
                .clone()
                .find_map(|j| (speakers[j].1 == Source::Explicit).then_some(speakers[j].0).flatten())
        };
        let (mut changes, mut stays) = (0usize, 0usize);
        for t in 1..self.dialogue.turns.len() {
            if let (Some(a), Some(b)) = (stated(t - 1), stated(t)) {
                if self.follows(t) {
                    *if a == b { &mut stays } else { &mut changes } += 1;
                }
            }
        }
        changes > stays
    }

    /// Whether turn `t` follows turn `t - 1` in a run of dialogue.
    pub(super) fn follows(&self, t: usize) -> bool {
        self.follows.get(t).copied().unwrap_or(false)
    }

    /// Whether turn `t` follows turn `t - 1` in a run of dialogue: both open their paragraphs
    /// and no narration paragraph parts them (a quote inside a narration paragraph is often a
    /// thought or a scare quote, not a turn).
    pub(super) fn turn_follows(&self, t: usize) -> bool {
        let turns = &self.dialogue.turns;
        let (Some(prev), Some(turn)) = (t.checked_sub(1).and_then(|p| turns.get(p)), turns.get(t)) else {
            return false;
        };
        let opens = |q: usize| self.text[self.paragraph_start(q)..q].trim().is_empty();
        let (first, start) = (self.quotes[prev.quotes.start].start, self.quotes[turn.quotes.start].start);
        opens(first) && opens(start) && paragraph_breaks(&self.text[self.quotes[prev.quotes.end - 1].end..start]) == 1
    }

    /// The known speaker of turn `t`.
    pub(super) fn turn_speaker(&self, t: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        self.dialogue.turns[t].quotes.clone().filter(|&j| j < speakers.len()).find_map(|j| speakers[j].0)
    }

    /// The speaker of the turn right before the quote at `at`, when the quote's turn follows it.
    pub(super) fn adjacent_turn_speaker(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        self.follows(t).then(|| self.turn_speaker(t - 1, speakers)).flatten()
    }

    /// Whether `p` said the turn right before the quote at `at`, which follows it: then `p`
    /// does not say this one, whatever the epithet stood for before (`the matron` found once
    /// for the wrong woman).
    pub(super) fn spoke_last_turn(&self, p: usize, at: usize, speakers: &[(Option<usize>, Source)]) -> bool {
        self.adjacent_turn_speaker(at, speakers) == Some(p)
    }

    /// The speaker of the turn right after the quote at `at`, when that turn follows it.
    pub(super) fn next_turn_speaker(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        (t + 1 < self.dialogue.turns.len() && self.follows(t + 1)).then(|| self.turn_speaker(t + 1, speakers)).flatten()
    }

    /// The one the turn right after the quote at `at` calls by name, when that turn follows it
    /// and is someone else's: the speaker it answers.
    pub(super) fn called_by_next_turn(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        if t + 1 >= self.dialogue.turns.len() || !self.follows(t + 1) {
            return None;
        }
        let next = self.turn_speaker(t + 1, speakers);
        self.dialogue.turns[t + 1].quotes.clone().flat_map(|j| self.answerers(j)).find(|&p| Some(p) != next)
    }

    /// In a run of turns, the nearest known speaker an even number of turns away (speakers
    /// alternate), earlier first, when not the speaker of a turn next to this one.
    pub(super) fn alternating_speaker(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        let turns = self.dialogue.turns.len();
        let back = (1..=TURNS_LOOKED_AT).take_while(|&d| d <= t && self.follows(t + 1 - d)).count();
        let ahead = (1..=TURNS_LOOKED_AT).take_while(|&d| t + d < turns && self.follows(t + d)).count();
        let found = (2..=back.max(ahead)).step_by(2).find_map(|d| {
            let earlier = (d <= back).then(|| self.turn_speaker(t - d, speakers)).flatten();
            earlier.or_else(|| (d <= ahead).then(|| self.turn_speaker(t + d, speakers)).flatten())
        })?;
        let prev = (back >= 1).then(|| self.turn_speaker(t - 1, speakers)).flatten();
        let next = (ahead >= 1).then(|| self.turn_speaker(t + 1, speakers)).flatten();
        (prev != Some(found) && next != Some(found)).then_some(found)
    }

    /// The person the turn before the quote at `at` calls by name (`"You are late, Ann."`), who
    /// is likely to answer: not that turn's own speaker.
    pub(super) fn addressed_by_last_turn(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        if !self.follows(t) {
            return None;
        }
        let said_by = self.turn_speaker(t - 1, speakers);
        self.dialogue.turns[t - 1]
            .quotes
            .clone()
            .flat_map(|j| self.answerers(j))
            .find(|&a| Some(a) != said_by)
            .or_else(|| self.spoken_to(t - 1).filter(|&a| Some(a) != said_by))
    }

    /// Whether quote `i` says `he`, `him`, `she` or `her` of sex `g` (any, for no known sex):
    /// an answer that tells of someone of the sex of the one called may be given for them
    /// (`“Joe! Where are you?” “He went over on the first boat,” replied the old man`).
    pub(super) fn tells_of(&self, i: usize, g: Gender) -> bool {
        let words = self.text[self.quotes[i].clone()].split(|c: char| !c.is_alphabetic());
        words.into_iter().any(|w| match w {
            "he" | "He" | "him" | "Him" => g != Gender::Female,
            "she" | "She" | "her" | "Her" => g != Gender::Male,
            _ => false,
        })
    }

    /// Whether quote `i` is thought, not said: a verb of thinking among the first words after
    /// it (`“…!” thought Emma`, `“…,” she reflected`).
    pub(super) fn thought(&self, i: usize) -> bool {
        let q = &self.quotes[i];
        let limit = self.quotes.get(i + 1).map_or(self.text.len(), |n| n.start).min(q.end + THOUGHT_BYTES);
        let after = &self.text[q.end..crate::char_bounds::floor(self.text, limit)];
        after
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| matches!(w, "thought" | "thinks" | "wondered" | "reflected" | "mused"))
    }

    /// The person turn `k`'s narration says it is spoken to: `“…,” he said to Mrs. Grey`,
    /// `she cried, turning to Ruth`.
    fn spoken_to(&self, k: usize) -> Option<usize> {
        let quotes = self.dialogue.turns[k].quotes.clone();
        let start = self.quotes[quotes.start].end;
        let end = self.paragraphs.end_after(self.quotes[quotes.end - 1].end);
        let i = self.mentions.partition_point(|m| m.span.start < start);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.span.end <= end)
            .take(MENTIONS_LOOKED_AT)
            .find(|m| self.told_to(self.sentence_start(m.span.start), m))
            .map(|m| m.person)
    }

    /// Whether the words from `from` up to mention `m` say something is said to them: `to`
    /// right before the name (a title between), after a speech verb or `turning` among the three
    /// words before it (`he said to Mrs. Grey`, `she cried, turning to Ruth`); or `of` after a
    /// verb of asking a few words back, past how it was asked (`asked Ann, in a low voice, of
    /// Tom`).
    fn told_to(&self, from: usize, m: &Mention) -> bool {
        let before = self.before_name(from, m);
        let mut words = before.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        let asking = |w: &str| matches!(w, "asked" | "inquired" | "enquired" | "demanded");
        match words.next() {
            Some("to") => words.take(3).any(|w| speaking(&w.to_lowercase()) || w.eq_ignore_ascii_case("turning")),
            // Right after the verb or a comma (`asked of Tom`, `asked Ann, low, of Tom`), not
            // after a noun (`the hearing of Tom`, `the portrait of Sir Roger`).
            Some("of") => {
                let head = before.strip_suffix("of").unwrap_or(before).trim_end();
                let set_off = head.ends_with(',') || head.rsplit(' ').next().is_some_and(asking);
                set_off && !self.possessive(m) && words.take(8).any(asking)
            }
            _ => false,
        }
    }

    /// The speaker of quote `i` by turn-taking: from the nearest turn of its conversation whose
    /// speaker is known, the same speaker an even number of turns away, the other party an odd
    /// number away.
    pub(super) fn turn_taking(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let found = self.turn_taking_unchecked(i, speakers)?;
        let t = self.dialogue.turn_of_quote[i];
        // The turn just before calls `sir` or `madam`: this one answers as someone of that sex.
        if let Some(g) = self.follows(t).then(|| self.called_sex(t - 1)).flatten() {
            let sex = self.people[found].gender;
            if sex != g && sex != Gender::Unknown {
                let last = self.turn_speaker(t - 1, speakers).unwrap_or(found);
                if let Some(p) = self.other_party_of_sex(i, last, g, speakers) {
                    return Some(p);
                }
            }
        }
        // Nobody speaks to themselves: a quote that calls `found` by name is someone else's;
        // nor, where speakers take turns, answers themselves.
        // `k` follows `k - 1` and `found` said one of them.
        let next_to = |k: usize| {
            k < self.dialogue.turns.len()
                && self.follows(k)
                && self.turn_speaker(if k == t { t - 1 } else { k }, speakers) == Some(found)
        };
        let answers_self = self.alternates && (next_to(t) || next_to(t + 1));
        if self.addresses(i, found) || answers_self {
            let conversation = self.dialogue.turns[t].conversation;
            let known = |k: usize| self.dialogue.turns[k].quotes.clone().find_map(|j| speakers[j].0);
            let others = (1..=TURNS_LOOKED_AT).flat_map(|d| [t.checked_sub(d), Some(t + d)]).flatten();
            let other = self.partner_of_turn(t.saturating_sub(1), found).filter(|_| answers_self).or_else(|| {
                others
                    .filter(|&k| k < self.dialogue.turns.len() && self.dialogue.turns[k].conversation == conversation)
                    .find_map(|k| known(k).filter(|&o| o != found))
            });
            return other.or_else(|| if answers_self { Some(found) } else { self.other_party(i, found, speakers) });
        }
        Some(found)
    }

    /// The first-person narrator, for `said I`: the person the quotes call by name most often
    /// (the others talk to the narrator, who never names themselves), if called at least
    /// three times, among them by someone else in a conversation where `I` speaks, named in the
    /// narration less than half as often as called, and never named as a quote's speaker
    /// (`said Ann` is not how a narrator tells their own words); but not one whom no turn
    /// near one of `I` calls last, when such turns call one other person so.
    /// When attributions say `said I` that often, once is enough if only one person is called
    /// by the turns next to those; and with nobody called there, the one person the turns near
    /// them tell of who is never named in the narration, as a speaker or by `I` is the narrator.
    pub(super) fn narrator(&self, said: &[Option<Said>]) -> Option<usize> {
        // A story told in the third person has no one who says `I` in the narration.
        if !said.iter().any(|s| matches!(s, Some(Said::Narrator))) {
            return None;
        }
        let mut narrated = vec![0usize; self.people.len()];
        for m in self.mentions.iter().filter(|m| !self.inside_quote(m.span.start)) {
            narrated[m.person] += 1;
        }
        for s in said {
            if let Some(Said::Named(Some(p))) = s {
                narrated[*p] = usize::MAX / 2;
            }
        }
        let called_most = |quotes: &mut dyn Iterator<Item = usize>| {
            let mut counts = vec![0usize; self.people.len()];
            for i in quotes {
                for a in self.addressees(i) {
                    counts[a] += 1;
                }
            }
            let mut called: Vec<(usize, usize)> =
                counts.into_iter().enumerate().filter(|&(p, n)| narrated[p] * 2 < n).collect();
            called.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
            called
        };
        let turns = &self.dialogue.turns;
        let first_person: Vec<usize> = (0..turns.len())
            .filter(|&t| turns[t].quotes.clone().any(|j| said.get(j) == Some(&Some(Said::Narrator))))
            .collect();
        // The narrator talks with those who call them: one called only in conversations where
        // `I` says nothing is someone else (`“A fine child, Mrs. Smith!”`, to a landlady the
        // narrator only stands beside). Calls in the narrator's own turns do not count.
        let mut with_narrator = vec![false; turns.last().map_or(0, |t| t.conversation + 1)];
        let mut own = vec![false; turns.len()];
        for &t in &first_person {
            with_narrator[turns[t].conversation] = true;
            own[t] = true;
        }
        let mut talked_with = vec![false; self.people.len()];
        for t in (0..turns.len()).filter(|&t| with_narrator[turns[t].conversation] && !own[t]) {
            for i in turns[t].quotes.clone() {
                for a in self.addressees(i) {
                    talked_with[a] = true;
                }
            }
        }
        // The turns near one of `I`, marked once (a long first-person text has thousands).
        let mut near_i = vec![false; turns.len()];
        for &f in &first_person {
            near_i[f.saturating_sub(NARRATOR_TURNS)..(f + NARRATOR_TURNS + 1).min(turns.len())].fill(true);
        }
        let near = |t: usize| near_i[t];
        let all = called_most(&mut (0..self.quotes.len()));
        let mut candidates = all.iter().filter(|&&(p, _)| talked_with[p]);
        if let Some(&(p, n)) = candidates.next().filter(|&&(_, n)| n >= MIN_NARRATOR_CALLS) {
            // The one the turns near one of `I` call last, when they call one person so and
            // never `p`: `p` was someone else spoken to (`Good-morning, Mrs. Smith. There is a
            // boatman here, Watson.` turns from the landlady to the narrator).
            let mut called_near = vec![0usize; self.people.len()];
            for t in (0..turns.len()).filter(|&t| !own[t] && near(t)) {
                for i in turns[t].quotes.clone() {
                    if let Some(a) = self.addressees(i).last() {
                        called_near[a] += 1;
                    }
                }
            }
            let mut near_ones =
                (0..self.people.len()).filter(|&q| called_near[q] > 0 && narrated[q] * 2 < called_near[q]);
            if let (Some(q), None, 0) = (near_ones.next(), near_ones.next(), called_near[p]) {
                return Some(q);
            }
            return candidates.next().is_none_or(|&(_, m)| m < n).then_some(p);
        }
        if first_person.len() < MIN_NARRATOR_CALLS {
            return None;
        }
        let mut next_to = first_person
            .iter()
            .flat_map(|&t| [t.wrapping_sub(1), t + 1])
            .filter(|t| *t < turns.len())
            .flat_map(|t| turns[t].quotes.clone());
        match called_most(&mut next_to)[..] {
            [(p, _)] => Some(p),
            // Nobody called: the one person the turns near `I` tell of whom the narration never
            // names (`“…why, Dr. Watson is the very man.”` two turns before `said I`).
            [] => {
                // Nor one `I` names: `“Robert talked for both of us,” said I` tells of someone else.
                let (mut told, mut told_by_i) = (vec![false; self.people.len()], vec![false; self.people.len()]);
                for t in (0..turns.len()).filter(|&t| near(t)) {
                    for p in turns[t].quotes.clone().flat_map(|i| self.told_of_in_quote(i)) {
                        if own[t] {
                            told_by_i[p] = true;
                        } else {
                            told[p] = true;
                        }
                    }
                }
                let mut ones = (0..self.people.len()).filter(|&p| told[p] && narrated[p] == 0);
                ones.next().filter(|&p| ones.next().is_none() && !told_by_i[p])
            }
            _ => None,
        }
    }

    /// Whether quote `i` calls person `p` by name (`"Indeed, Jane, you…"`, `"Oh, Mr. Hale!"`):
    /// a mention inside the quote set off by commas, an exclamation or the quote's edges.
    pub(super) fn addresses(&self, i: usize, p: usize) -> bool {
        self.addressees(i).any(|a| a == p)
    }

    /// The people quote `i` calls by name, who may answer it: nobody, when it is a thought
    /// (`“Well done, Mrs. Martin!” thought Emma`).
    pub(super) fn answerers(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let thought = self.addressees(i).next().is_some() && self.thought(i);
        self.addressees(i).filter(move |_| !thought)
    }

    /// The people quote `i` calls by name.
    pub(super) fn addressees(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let q = &self.quotes[i];
        let k = self.mentions.partition_point(|m| m.span.start < q.start);
        self.mentions[k..]
            .iter()
            .take_while(move |m| m.span.end <= q.end)
            .filter(move |m| {
                let mut before = self.text[q.start..m.span.start].trim_end();
                // (`“My dear Ann,` opens a quote in capitals.)
                for title in [
                    "Mr.", "Mrs.", "Miss", "Ms.", "Dr.", "Lady", "Sir", "dear", "dearest", "Dear", "Dearest", "my",
                    "My",
                ] {
                    before = before.strip_suffix(title).map_or(before, str::trim_end);
                }
                // `Anny dear,` calls Anny as much as `Anny,`.
                let after = self.text[m.span.end..q.end].trim_start();
                let after = after.strip_prefix("dear").map_or(after, str::trim_start);
                let opens = before.is_empty() || before.ends_with([',', '!', '?', '"', '“', '\'', '‘', '-', '—', '.']);
                // `your little friend, Miss Smith, and my son`: a name set beside a noun for a
                // person tells who that is, and calls nobody.
                let beside = || {
                    before
                        .strip_suffix(',')
                        .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
                        .is_some_and(|w| lexicon::role_noun(&lower(w)))
                };
                // A semicolon closes a call set off by a comma (`“Take it, Joe; can't you?”`),
                // not a name said (`“No--Ann Lee; she is away.”`).
                let closes = after.is_empty()
                    || after.starts_with([',', '!', '?', '.', '"', '”', '-', '—'])
                    || (after.starts_with(';') && before.ends_with(','));
                opens && closes && !named_not_called(after) && !beside()
            })
            .map(|m| m.person)
    }

    fn turn_taking_unchecked(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let turns = &self.dialogue.turns;
        let t = *self.dialogue.turn_of_quote.get(i)?;
        let conversation = turns[t].conversation;
        // The person the last turn called by name answers.
        if let Some(prev) = t.checked_sub(1).map(|p| &turns[p]).filter(|p| p.conversation == conversation) {
            let said_by = prev.quotes.clone().find_map(|j| speakers[j].0);
            if let Some(a) = prev
                .quotes
                .clone()
                .flat_map(|j| self.answerers(j))
                .find(|&a| Some(a) != said_by)
                .or_else(|| self.spoken_to(t - 1).filter(|&a| Some(a) != said_by))
            {
                return Some(a);
            }
        }
        // Anchors: turns whose speaker the text states; guesses only when there is none, so
        // that one wrong guess does not run down the whole exchange. Turns are counted only
        // over a run of turns with no narration between them, where they surely alternate;
        // past it (a silent reply may hide in the narration) only when the run has no anchor.
        let stated = |k: usize| {
            turns[k].quotes.clone().find_map(|j| (speakers[j].1 == Source::Explicit).then_some(speakers[j].0).flatten())
        };
        let guessed = |k: usize| turns[k].quotes.clone().find_map(|j| speakers[j].0);
        let in_reach = |k: &usize| *k < turns.len() && turns[*k].conversation == conversation;
        let back = (1..=TURNS_LOOKED_AT.min(t)).map(|d| (d, t - d));
        let ahead = (1..=TURNS_LOOKED_AT).map(|d| (d, t + d));
        // The nearest known turn at an even distance, and at an odd one, nearer first, earlier
        // first on a tie.
        let run = |k: usize| if k < t { self.follows(k + 1) } else { self.follows(k) };
        let nearest_in = |known: &dyn Fn(usize) -> Option<usize>, parity: usize, in_run: bool| {
            let side = |it: &mut dyn Iterator<Item = (usize, usize)>| {
                it.take_while(|(_, k)| in_reach(k) && (!in_run || run(*k)))
                    .filter(|(d, _)| d % 2 == parity)
                    .find_map(|(d, k)| known(k).map(|s| (d, k, s)))
            };
            match (side(&mut back.clone()), side(&mut ahead.clone())) {
                (Some(b), Some(a)) => Some(if a.0 < b.0 { a } else { b }),
                (Some(x), None) | (None, Some(x)) => Some(x),
                (None, None) => None,
            }
        };
        // A known speaker an even number of turns away says more than the other party of one
        // an odd number away, who has to be guessed.
        let found = |known: &dyn Fn(usize) -> Option<usize>, in_run: bool| {
            nearest_in(known, 0, in_run).or_else(|| nearest_in(known, 1, in_run))
        };
        let (distance, anchor, s) = found(&stated, true)
            .or_else(|| found(&guessed, true))
            .or_else(|| found(&stated, false))
            .or_else(|| found(&guessed, false))?;
        let known = |k: usize| stated(k).or_else(|| guessed(k));
        if distance % 2 == 0 {
            return Some(s);
        }
        // The other party: whom the anchor turn talks to, else the nearest other known speaker
        // of the conversation, earlier turns first; of the sex the anchor turn calls by `sir`
        // or `madam`, when it does.
        let called = self.called_sex(anchor);
        let fits =
            |p: &usize| called.is_none_or(|g| self.people[*p].gender == g || self.people[*p].gender == Gender::Unknown);
        if let Some(p) = self.partner_of_turn(anchor, s).filter(fits) {
            return Some(p);
        }
        let others = (1..=TURNS_LOOKED_AT).filter_map(|d| t.checked_sub(d)).chain((1..=TURNS_LOOKED_AT).map(|d| t + d));
        let other = others.filter(in_reach).find_map(|k| known(k).filter(|&o| o != s && fits(&o)));
        if other.is_some() {
            return other;
        }
        if let Some(p) = called.and_then(|g| self.other_party_of_sex(i, s, g, speakers)) {
            return Some(p);
        }
        // Only one voice known: a question gets an answer from someone else, and so does a turn
        // right after another where speakers take turns; otherwise, as in news, a quote
        // paragraph with no attribution goes on with the last speaker.
        let asked = i > 0
            && self.text[self.quotes[i - 1].clone()]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?')
                .ends_with('?');
        if asked || (self.alternates && self.follows(t)) {
            self.other_party(i, s, speakers).or(Some(s))
        } else {
            Some(s)
        }
    }

    /// Whom turn `k`, said by `s`, talks to: a person its quotes call by name, else one its
    /// paragraph's narration names (`Cecil bent towards Lucy and said:`).
    fn partner_of_turn(&self, k: usize, s: usize) -> Option<usize> {
        let quotes = self.dialogue.turns[k].quotes.clone();
        if let Some(a) = quotes.clone().flat_map(|j| self.answerers(j)).find(|&a| a != s) {
            return Some(a);
        }
        let start = self.paragraph_start(self.quotes[quotes.start].start);
        let end = self.quotes[quotes.end - 1].end;
        let end = self.paragraphs.end_after(end);
        let i = self.mentions.partition_point(|m| m.span.start < start);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.span.end <= end)
            .take(MENTIONS_LOOKED_AT)
            .find(|m| m.person != s && !self.inside_quote(m.span.start))
            .map(|m| m.person)
    }

    /// The sex turn `k` calls someone by, as told once by [`Context::turn_calls`].
    fn called_sex(&self, k: usize) -> Option<Gender> {
        *self.called[k].get_or_init(|| self.turn_calls(k))
    }

    /// The sex turn `k` calls someone by (`sir`, `madam`), when it calls only one.
    fn turn_calls(&self, k: usize) -> Option<Gender> {
        let quotes = self.dialogue.turns[k].quotes.clone();
        let mut sexes = quotes.filter_map(|j| vocatives::addressed_sex(&self.text[self.quotes[j].clone()]));
        let first = sexes.next()?;
        sexes.all(|g| g == first).then_some(first)
    }

    /// The person of sex `g` that `a` is talking with (see [`Self::other_party`]).
    fn other_party_of_sex(&self, i: usize, a: usize, g: Gender, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        self.latest_fitting(i, speakers, |p| p != a && self.people[p].gender == g)
    }

    /// The person `a` is talking with: the latest other speaker, else the latest other person
    /// named in the narration before quote `i`.
    pub(super) fn other_party(&self, i: usize, a: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        self.latest_fitting(i, speakers, |p| p != a)
    }

    /// The latest speaker before quote `i` that `fits`, else the latest person named in the
    /// narration before it that does.
    fn latest_fitting(
        &self,
        i: usize,
        speakers: &[(Option<usize>, Source)],
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        if let Some(b) = speakers[..i].iter().rev().take(12).filter_map(|s| s.0).find(|&b| fits(b)) {
            return Some(b);
        }
        let at = self.quotes[i].start;
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..k]
            .iter()
            .rev()
            .take(40)
            .find(|m| fits(m.person) && !self.inside_quote(m.span.start))
            .map(|m| m.person)
    }
}

/// How many turns away turn-taking looks for a known speaker.
const TURNS_LOOKED_AT: usize = 20;

/// How many turns from one of `I` a turn that calls someone by name is said to the narrator.
const NARRATOR_TURNS: usize = 2;

/// How many times the quotes must call a person by name to make them the narrator.
const MIN_NARRATOR_CALLS: usize = 3;

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

/// How far after a quote its verb of thinking is looked for.
const THOUGHT_BYTES: usize = 40;

/// Whether what follows a name set off by a comma shows the name is no call: an item of a list
/// (`the teachers, Miss Nash, and Miss Prince`), or a subject with a remark put in before its
/// verb (`Mr. Martin, I suppose, is no reader`).
fn named_not_called(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else { return false };
    let mut words = rest.split_whitespace();
    // `Miss Nash, and Miss Prince`, not `Come in, Tom, and sit down`.
    if matches!(words.next(), Some("and" | "or" | "nor")) {
        return words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
    }
    let Some((aside, then)) = rest.split_once(',') else { return false };
    let aside: Vec<&str> = aside.split_whitespace().collect();
    let verb = then.split_whitespace().next().unwrap_or("");
    (2..=4).contains(&aside.len())
        && matches!(aside[0], "I" | "we" | "you")
        && matches!(
            verb,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "does"
                | "did"
                | "must"
                | "may"
                | "might"
                | "should"
                | "shall"
        )
}
