//! The person an attribution's pronoun (`she said`) or description (`the old lady`, `her
//! father`, `the doctor`) stands for. Methods of the speaker pass's [`Context`].

use super::*;
use crate::analyze::tokens::Kind;
use crate::analyze::Age;

impl Context<'_> {
    /// The person a description (`the old lady`, `her father`, `his companion`) stands for, as
    /// seen from `at`: someone of its sex, not the owner of a possessive of the same sex (`her
    /// mother` is not "her"); `the other` is the other party of the conversation.
    pub(super) fn describe(
        &self,
        d: Description,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        other_kind: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        match d {
            Description::Sexed { sex, possessor, age, kin } => {
                // `her father` not found by surname (see `kin_by_surname`) is someone named as
                // parents and spouses are (`Mr. Hale`, `Lady Ann`), when the text names any man
                // so: not a brother or a friend; and `her` in `her mother` is no such one.
                let elders_only = kin && possessor.is_some() && self.names_elders(sex);
                let elder = |p: usize| elders_only && families::elder(&self.people[p]);
                // `her mother` is not "her"; and a description in a new turn of dialogue
                // (`replied the old man`) names someone else than the last turn's speaker.
                // "Her" of a description answering a turn of her sex is that turn's speaker
                // (`“Well!” said the elder lady. / “…,” her daughter went on`).
                let adjacent = self.adjacent_turn_speaker(at, speakers);
                let owner = possessor.filter(|&g| g == sex).and_then(|g| {
                    adjacent
                        .filter(|&p| self.people[p].gender == g && !elder(p))
                        .or_else(|| self.resolve_where(g, at, speakers, &elder))
                });
                let exclude = owner.or(adjacent);
                // Nobody calls themselves by name, nor tells of themselves so: `“Come, Ann,” said
                // the old lady` and `“Let's hope Mrs. Harris was no such person,” said her mother`
                // are neither Ann's nor Mrs. Harris's.
                let i = self.quotes.partition_point(|o| o.start < at);
                let mut called: Vec<Option<usize>> = self.quotes.get(i).map_or(Vec::new(), |_| {
                    self.addressees(i)
                        .chain(self.named_after_description(i))
                        .chain(self.told_of_in_quote(i))
                        .map(Some)
                        .collect()
                });
                // `the old gentleman` is nobody the text calls young, `the boy` nobody it calls
                // old.
                // Nor a character the text knows by another description (see `other_kind`).
                let ruled_out = |p: usize, called: &[Option<usize>]| {
                    called.contains(&Some(p)) || self.other_age(p, age) || (elders_only && !elder(p)) || other_kind(p)
                };
                let fits = |p: &usize| self.people[*p].gender == sex && Some(*p) != owner && !ruled_out(*p, &called);
                // The one the last turn called answers; else `the old man` after `old Mr.
                // Emerson` is the one the pages before called so, if one. (`the young man` is
                // not `little Ned`: young tells too little.)
                // (One named later only when the scene names nobody else who may be old.)
                let ahead = || self.named_near(sex, at, &|p| Some(p) == exclude || Some(p) == owner).is_none();
                let old = || (age == Some(Age::Old)).then(|| self.only_one_old(sex, at, &ahead)).flatten();
                if let Some(p) = self
                    .addressed_by_last_turn(at, speakers)
                    .filter(fits)
                    .or_else(|| old().filter(|p| fits(p) && Some(*p) != exclude))
                    .or_else(|| self.alternating_speaker(at, speakers).filter(fits))
                {
                    return Some(p);
                }
                // Never the last turn's speaker, even when no one else fits: then the person
                // is likely named only later (see `cataphor`).
                called.push(exclude);
                self.resolve_where(sex, at, speakers, &|p| ruled_out(p, &called))
            }
            Description::Latter | Description::Former => {
                // The people named before the quote, latest first, each once.
                let k = self.mentions.partition_point(|m| m.span.start < at);
                let mut named = self.mentions[..k]
                    .iter()
                    .rev()
                    .take(40)
                    .filter(|m| !self.inside_quote(m.span.start))
                    .map(|m| m.person);
                let latter = named.next()?;
                match d {
                    Description::Latter => Some(latter),
                    _ => named.find(|&p| p != latter),
                }
            }
            Description::OtherParty => {
                // In a run of turns, the one the last turn called by name, or who spoke two
                // turns back: the other party of the last turn's speaker.
                if let Some(p) =
                    self.addressed_by_last_turn(at, speakers).or_else(|| self.alternating_speaker(at, speakers))
                {
                    return Some(p);
                }
                let i = self.quotes.partition_point(|o| o.start < at);
                let last = speakers[..i.min(speakers.len())].iter().rev().find_map(|s| s.0)?;
                self.other_party(i, last, speakers)
            }
        }
    }

    /// The one person of sex `g` called old where named (`old Mr. Emerson`, not `poor old Tom`)
    /// in the pages before `at`; with none, and when `ahead` says the scene names nobody who
    /// may be the one, the first the pages after call so, if not named before `at` (a newcomer
    /// told of as `the old man` before the text names him), and not in a description (`the old
    /// Jew` may be another old man).
    fn only_one_old(&self, g: Gender, at: usize, ahead: &dyn Fn() -> bool) -> Option<usize> {
        // The word before the `old` of a mention called so, if any (`About` in `About old Mr.
        // Emerson`, `the` in `the old Jew`).
        let before_old = |m: &Mention| {
            let from = crate::char_bounds::floor(self.text, m.span.start.saturating_sub(24));
            let mut words =
                self.text[from..m.span.start].rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).peekable();
            // A mention leaves its title out: `old` stands before the `Mr.` of `old Mr. Emerson`.
            words.next_if(|w| lexicon::title(&lower(w)).is_some());
            words.next().is_some_and(|w| w.eq_ignore_ascii_case("old")).then(|| lower(words.next().unwrap_or("")))
        };
        let called_old =
            |m: &Mention| before_old(m).is_some_and(|w| !matches!(w.as_str(), "poor" | "dear" | "good" | "silly"));
        // `the old Jew`: a description, which may be said of another old man.
        let described = |m: &Mention| before_old(m).is_some_and(|w| sentences::determiner(&w));
        let k = self.mentions.partition_point(|m| m.span.start < at);
        let mut aged = self.mentions[..k]
            .iter()
            .rev()
            .take(MENTIONS_BACK)
            .take_while(|m| at - m.span.start < AGED_BYTES)
            .filter(|m| self.people[m.person].gender == g && called_old(m))
            .map(|m| m.person);
        if let Some(first) = aged.next() {
            return aged.all(|p| p == first).then_some(first);
        }
        // Nobody before: one the pages after first call so, who was not named before (`said
        // the old man` at a dinner where `old Mr. Emerson` is named a chapter later).
        if !ahead() {
            return None;
        }
        let later = self.mentions[k..]
            .iter()
            .take(MENTIONS_BACK)
            .take_while(|m| m.span.start - at < AGED_AHEAD_BYTES)
            .find(|m| self.people[m.person].gender == g && called_old(m) && !described(m))?;
        let first = self.people[later.person].mentions.first()?.start;
        (first > at).then_some(later.person)
    }

    /// For a description of kin (`his wife`, `her father`), the person of its sex who bears
    /// the surname of the one the possessive stands for; or, given a quote `quote` that calls
    /// someone of the possessive's sex by name, of that one (`“Lizzy,” said her mother`).
    pub(super) fn kin_by_surname(
        &self,
        d: Description,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        quote: Option<usize>,
    ) -> Option<usize> {
        let Description::Sexed { sex, possessor: Some(g), kin: true, .. } = d else { return None };
        let called = quote.and_then(|i| self.addressees(i).find(|&p| self.people[p].gender == g));
        let owner = called.or_else(|| self.resolve(g, at, speakers, &[]))?;
        families::kin_of(self.people, &self.surnames, owner, sex)
    }

    /// `the doctor` or `the colonel` (in lower case) for a person named with that title: the
    /// latest one named before `at` as `Doctor Losberne`, `Dr. Kemp` or `Colonel Adye`, else
    /// the first one named so in the pages after (a scene may name the doctor only later).
    /// `her ladyship` and `his lordship` stand for a `Lady` and a `Lord` the same way. With no
    /// `Dr.` near, `the doctor` is one set off as a surgeon (`Mr. Losberne, a surgeon`).
    pub(super) fn titled_description(&self, words: &[&str], at: usize) -> Option<usize> {
        let noun = match words {
            ["the", noun, ..] => *noun,
            ["her", "ladyship", ..] => "lady",
            ["his", "lordship", ..] => "lord",
            _ => return None,
        };
        lexicon::title(noun)?;
        let same = |w: &str| {
            let w = lower(w.trim_end_matches('.'));
            w == noun || (noun == "doctor" && w == "dr")
        };
        let k = self.mentions.partition_point(|m| m.span.start < at);
        let titled = |m: &&Mention| {
            let own = self.text[m.span.clone()].split_whitespace().next().unwrap_or("");
            let from = crate::char_bounds::floor(self.text, m.span.start.saturating_sub(12));
            // (`“Major Brill`: the title may follow a quote mark.)
            let before = self.text[from..m.span.start]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .trim_start_matches(|c: char| !c.is_alphanumeric());
            // `the doctor.\n\nTom` is no `Doctor Tom`: a word before the name that ends a
            // sentence is no title, unless it is `Dr.`.
            let before_is_title = match before.strip_suffix('.') {
                Some(stem) => lower(stem) == "dr" && noun == "doctor",
                None => same(before),
            };
            same(own) || before_is_title
        };
        // A `Dr.` before or after first; else one set off as a surgeon, for `the doctor`.
        let doctor = |m: &&Mention| noun == "doctor" && self.set_off_as_doctor(m);
        let near = |found: &dyn Fn(&&Mention) -> bool| {
            let earlier = self.mentions[..k].iter().rev().take(MENTIONS_TITLED).find(|m| found(m));
            earlier.or_else(|| {
                self.mentions[k..]
                    .iter()
                    .take(MENTIONS_TITLED)
                    .take_while(|m| m.span.start < at + TITLED_AHEAD_BYTES)
                    .find(|m| found(m))
            })
        };
        // A lady the narration names before one a quote tells of (`“Lady Metcalfe called
        // yesterday,” … said her ladyship` is Lady Catherine's, whom the narration names).
        // (Not for `the doctor`: a doctor a quote sends for by name is the one who comes.)
        let told = |m: &&Mention| titled(m) && !self.inside_quote(m.span.start) && noun != "doctor";
        near(&told).or_else(|| near(&titled)).or_else(|| near(&doctor)).map(|m| m.person)
    }

    /// Whether mention `m` is set off by a word for a doctor (`Mr. Losberne, a surgeon in the
    /// neighbourhood`): `the doctor` may stand for the person so named.
    fn set_off_as_doctor(&self, m: &Mention) -> bool {
        let Some(after) = self.text[m.span.end..].strip_prefix(',') else { return false };
        let mut words = after.split_whitespace().take(2);
        matches!(words.next(), Some("a" | "the" | "an"))
            && words.next().is_some_and(|w| {
                matches!(w.trim_end_matches([',', '.', ';']), "doctor" | "surgeon" | "physician" | "apothecary")
            })
    }

    /// Whether the text names anyone of sex `g` as parents and spouses are named (`Mrs.`,
    /// `Mr.`, `Lady`, `Lord`).
    fn names_elders(&self, g: Gender) -> bool {
        self.elders[usize::from(g == Gender::Male)]
    }

    /// Whether person `p` can be what description `d` tells: of its sex, if it tells one.
    pub(super) fn fits_description(&self, p: usize, d: Description) -> bool {
        match d {
            Description::Sexed { sex, age, .. } => {
                (self.people[p].gender == sex || self.people[p].gender == Gender::Unknown) && !self.other_age(p, age)
            }
            _ => false,
        }
    }

    /// Whether the text calls person `p` of another age than `age` (`little Ned` is not `the
    /// old man`); or names as a parent or a spouse is named (`Mrs. Maylie`, `Mr. Bumble`)
    /// someone a child's noun describes (`the girl`); or as the young are named (`Miss Rose`)
    /// someone old or elder (`the elder lady`), when the text names some woman as the married
    /// are named, who may be the old one (else an old maid, `Miss Deborah`, is the old lady).
    pub(super) fn other_age(&self, p: usize, age: Option<Age>) -> bool {
        let young = |a: Age| matches!(a, Age::Young | Age::Child);
        match (self.people[p].age, age) {
            (_, Some(Age::Child)) if families::named_as_elder(&self.people[p]) => true,
            (_, Some(Age::Old))
                if families::named_young(&self.people[p]) && self.names_elders(self.people[p].gender) =>
            {
                true
            }
            (Some(a), Some(b)) => young(a) != young(b),
            _ => false,
        }
    }

    /// The person `he` or `she` (sex `g`) in the attribution of the quote at `at` stands for,
    /// never one the quote calls by name.
    pub(super) fn resolve_pronoun(
        &self,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        going_on: bool,
    ) -> Option<usize> {
        let found = self.pronoun_referent(g, at, speakers, going_on)?;
        // Nobody calls themselves by name, nor tells of themselves so: `“Come, Ann,” she said`
        // and `“To Ann herself,” she said` are not Ann's.
        let i = self.quotes.partition_point(|o| o.start < at);
        let named = |p: usize| {
            self.named_in_quote(i, p) || self.called_later_in_turn(i, p) || self.named_after_pronoun(i, g, p)
        };
        if i < self.quotes.len() && named(found) {
            // Nor anyone else the quote names (`“Carry this, Kitty,” she said. “Rose, you take
            // the eggs.”` is neither Kitty's nor Rose's).
            return self.resolve_where(g, at, speakers, &|p| p == found || Some(p) == self.narrator || named(p));
        }
        // Who tells the story is `I`, never `he` or `she`.
        if Some(found) == self.narrator {
            return self.resolve(g, at, speakers, &[Some(found)]);
        }
        Some(found)
    }

    /// Whether quote `i` names person `p`, other than as who says it (`“I am Ann Lee”`).
    fn named_in_quote(&self, i: usize, p: usize) -> bool {
        self.told_of_in_quote(i).any(|n| n == p)
    }

    /// The people quote `i` names, other than as who says it.
    pub(super) fn told_of_in_quote(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let q = &self.quotes[i];
        let k = self.mentions.partition_point(|m| m.span.start < q.start);
        // (`I am Mr. Pym`: a mention leaves its title out.)
        let own = move |m: &Mention| ["I am", "I'm", "I’m"].iter().any(|w| self.before_name(q.start, m).ends_with(w));
        self.mentions[k..].iter().take_while(move |m| m.span.start < q.end).filter(move |m| !own(m)).map(|m| m.person)
    }

    /// Whether a later quote of quote `i`'s paragraph calls person `p` by name, with no name
    /// between to say someone else speaks it (`“Good boy, Charley,” he mumbled. “Oliver, too,
    /// ha!”` is not Oliver's).
    fn called_later_in_turn(&self, i: usize, p: usize) -> bool {
        let turn = &self.dialogue.turns[self.dialogue.turn_of_quote[i]];
        let quiet =
            |gap: Range<usize>| !self.paragraphs.any_within(gap.clone()) && self.first_mention_in(gap).is_none();
        // The narration after a piece, to the next quote or the paragraph's end.
        let after = |j: usize| {
            let end = self.quotes.get(j + 1).map_or(self.text.len(), |n| n.start);
            self.quotes[j].end..self.paragraphs.end_after(self.quotes[j].end).min(end)
        };
        // One may call oneself by name in thought (`“Ann, you are in for it,” she reflected`).
        !self.thought(i)
            && (i + 1..turn.quotes.end)
                .take_while(|&j| quiet(self.quotes[j - 1].end..self.quotes[j].start))
                .any(|j| self.addresses(j, p) && quiet(after(j)) && !self.repeats_a_call(j, p))
    }

    /// Whether quote `j` names person `p` inside a quotation of its own (`“It's ‘Ned, fetch
    /// this!’ all day”`): words said to them once, repeated, call nobody now.
    fn repeats_a_call(&self, j: usize, p: usize) -> bool {
        let q = &self.quotes[j];
        let k = self.mentions.partition_point(|m| m.span.start < q.start);
        let Some(m) = self.mentions[k..].iter().take_while(|m| m.span.start < q.end).find(|m| m.person == p) else {
            return false;
        };
        let before = &self.text[q.start..m.span.start];
        before.contains('‘') || before.contains(" '") || before.trim_start_matches(['“', '"']).starts_with('\'')
    }

    /// Whether person `p` is named after the `he` or `she` of the attribution following quote
    /// `i`, in its sentence (`said she to Ann`, `“…,” he said, seeing Tom's doubt`): a pronoun
    /// never stands for a name that comes later in its own clause.
    fn named_after_pronoun(&self, i: usize, g: Gender, p: usize) -> bool {
        let is_pronoun = |t: &Token| {
            matches!((lower(t.text(self.text)).as_str(), g), ("he", Gender::Male) | ("she", Gender::Female))
        };
        self.named_in_attribution(i, &|words| words.iter().take(3).position(|t| is_pronoun(t)))
            .is_some_and(|named| named.contains(&p))
    }

    /// The people named in the attribution after quote `i` (`said the young man to Ann`, `said
    /// the doctor, looking at Tom`), none of whom a description in it stands for: a description
    /// that could be one named in its own clause would be that name.
    pub(super) fn named_after_description(&self, i: usize) -> Vec<usize> {
        self.named_in_attribution(i, &|words| (!words.is_empty()).then_some(0)).unwrap_or_default()
    }

    /// The people named in the attribution after quote `i`, in its sentence, after the word
    /// `start` picks among the attribution's first words (`None`: no such word, no list).
    fn named_in_attribution(&self, i: usize, start: &dyn Fn(&[&Token]) -> Option<usize>) -> Option<Vec<usize>> {
        let q = &self.quotes[i];
        let limit = self.quotes.get(i + 1).map_or(self.text.len(), |n| n.start).min(q.end + ATTRIBUTION_BYTES);
        let tokens = self.window(q.end..limit);
        let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
        let from = words[start(&words)?];
        let end = tokens
            .iter()
            .find(|t| {
                t.start() > from.start()
                    && (matches!(t.kind, Kind::Break)
                        || (t.is('.') && !self.abbreviation_before(t.start()))
                        || t.is('!')
                        || t.is('?'))
            })
            .map_or(limit, Token::start);
        // A comparison may name the speaker again (`she gasped, whiter than Ann had ever been`).
        let end = tokens
            .iter()
            .find(|t| t.start() > from.start() && t.text(self.text) == "than")
            .map_or(end, |t| end.min(t.start()));
        let k = self.mentions.partition_point(|m| m.span.start < from.end());
        Some(self.mentions[k..].iter().take_while(|m| m.span.end <= end).map(|m| m.person).collect())
    }

    /// The person a pronoun of sex `g` attributing the quote at `at` stands for. The person
    /// the last turn called by name answers; in a run of turns, speakers alternate. A turn
    /// right after another, with no narration paragraph between, is nearly always someone
    /// else's, so the last turn's speaker (and the next one's, in a run) is passed over when
    /// another person fits. A verb that
    /// tells the speaker goes on (`he added`, `she continued`) asks for the latest known
    /// speaker instead, when of that sex and the paragraph names nobody else of it.
    fn pronoun_referent(
        &self,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        going_on: bool,
    ) -> Option<usize> {
        if going_on {
            // `Ann talked on. “…,” she added`: the narration's subject goes on.
            if let Some(p) = self.subject_of_narration_before(g, at, speakers, false) {
                return Some(p);
            }
            // A new turn right after someone else's (`“…,” he repeated`) goes on with what its
            // speaker said two turns back.
            // `On Ann's asking again, she added`: not Ann.
            let others = self.others_than_the_pronoun(g, at);
            let fits = |p: &usize| self.people[*p].gender == g && !others.contains(p);
            if let Some(p) = self.alternating_speaker(at, speakers).filter(fits) {
                return Some(p);
            }
            if let Some(p) = self.resumed_after_narration(at, speakers).filter(fits) {
                return Some(p);
            }
            let i = self.quotes.partition_point(|o| o.start < at);
            let last = speakers[..i.min(speakers.len())].iter().rev().take(4).find_map(|s| s.0).filter(fits);
            let para = self.paragraph_start(at);
            let k = self.mentions.partition_point(|m| m.span.start < at);
            let named = self.mentions[..k]
                .iter()
                .rev()
                .take(MENTIONS_BACK)
                .take_while(|m| m.span.start >= para)
                .find(|m| fits(&m.person) && !self.inside_quote(m.span.start));
            return match (last, named) {
                (Some(p), None) => Some(p),
                _ => self.resolve_where(g, at, speakers, &|p| others.contains(&p)),
            };
        }
        if let Some(p) = self.subject_of_narration_before(g, at, speakers, true) {
            return Some(self.answering_instead_of(p, g, at, speakers).unwrap_or(p));
        }
        // `In front of Tom he paused. “…,” he asked`: not Tom.
        let others = self.others_than_the_pronoun(g, at);
        let fits = |p: &usize| self.people[*p].gender == g && !others.contains(p);
        // The one the last turn called answers, whatever the narration said of her.
        if let Some(p) = self
            .addressed_by_last_turn(at, speakers)
            .filter(|&p| self.people[p].gender == g)
            .or_else(|| self.alternating_speaker(at, speakers).filter(fits))
        {
            return Some(p);
        }
        if let Some(p) = self
            .last_speaker_still_told_of(g, at, speakers)
            .or_else(|| self.called_one_still_told_of(g, at, speakers))
            .filter(fits)
        {
            return Some(p);
        }
        let prev = self.adjacent_turn_speaker(at, speakers);
        let next = self.next_turn_speaker(at, speakers);
        // The one the next turn calls by name said this one (`“…,” said he. / “You will excuse
        // me, Mr. Sholto,” said Miss Morstan`), when the narration since the last quote's
        // paragraph names nobody of that sex it may go on with, and not the one who said the
        // turn before (`“Shall I fetch it?” said Lucy. / “No,” she said. / “Lucy, fetch it.”`).
        let since = self.quotes[..self.quotes.partition_point(|o| o.end <= at)]
            .last()
            .map_or(0, |q| self.paragraphs.end_after(q.end).min(at));
        if let Some(p) = self
            .called_by_next_turn(at, speakers)
            .filter(|p| fits(p) && Some(*p) != prev && !self.names_any(g, since..at))
        {
            return Some(p);
        }
        if let Some(p) = self.only_one_told_of(g, at).filter(|p| fits(p) && ![prev, next].contains(&Some(*p))) {
            return Some(p);
        }
        let besides = |near: [Option<usize>; 2]| {
            self.resolve_where(g, at, speakers, &|p| near.contains(&Some(p)) || others.contains(&p))
        };
        besides([prev, next]).or_else(|| besides([prev, None])).or_else(|| besides([None, None]))
    }

    /// Who answers with the quote at `at` (`“…,” he replied`) when the narration before it
    /// tells of `p`, who has no part in the talk: `“I shall be glad to look it over,” said he.
    /// / But that would not do. Mr. Weston was to call in the evening. / “I would rather talk
    /// to you,” he replied` is not Mr. Weston's, who neither said nor was called by any of the
    /// conversation's last quotes, but its last speaker of that sex's.
    fn answering_instead_of(
        &self,
        p: usize,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
    ) -> Option<usize> {
        let i = self.quotes.partition_point(|o| o.start < at);
        if i >= self.quotes.len() || !self.verb_after(i, attribution::answers) {
            return None;
        }
        let own = self.conversation_of_quote(i);
        let talk = (i.saturating_sub(TALK_QUOTES)..i).rev().filter(|&k| self.conversation_of_quote(k) == own);
        if talk.clone().any(|k| speakers[k].0 == Some(p) || self.addresses(k, p)) {
            return None;
        }
        talk.filter_map(|k| speakers[k].0).find(|&q| self.people[q].gender == g)
    }

    /// For a turn after narration, the speaker of the turn before the last, when the last turn
    /// was someone else's of the same sex: `“…,” said Elton. / John Knightley said only, “I
    /// cannot wish it.” / Emma was astonished at Mr. Elton's spirits. / “…,” continued he`
    /// goes on with Elton, whom the other's short answer broke off. (Narration that tells of
    /// the last speaker, `John Knightley paused.`, lets him go on: see
    /// `subject_of_narration_before`, asked first.)
    fn resumed_after_narration(&self, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        if t < 2 || self.follows(t) {
            return None;
        }
        let (last, before) = (self.turn_speaker(t - 1, speakers)?, self.turn_speaker(t - 2, speakers)?);
        (last != before && self.people[last].gender == self.people[before].gender).then_some(before)
    }

    /// The one person of sex `g` the narration's last sentence before `at` names, when it says
    /// no `he`, `she`, `his` or `her` of that sex: whatever place the name has in it (`It was
    /// some time before a smile could be extorted from Jane.`), the sentence tells of her.
    fn only_one_told_of(&self, g: Gender, at: usize) -> Option<usize> {
        let (floor, start, end) = self.last_sentence_before(at);
        // A whole sentence: not a clause after a semicolon, which may go on with the subject of
        // the one before (`Ann bowed; and, tired of Kate's talk, turned away`).
        if end == floor || self.text[..start].trim_end().ends_with(';') {
            return None;
        }
        let sentence = &self.text[start..end];
        let sexed = |w: &str| lexicon::pronoun_gender(&lower(w)) == Some(g);
        let mut words = sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        // A short sentence: a long one tells of more than one person, named or not.
        if words.clone().count() > TOLD_OF_WORDS || words.any(sexed) {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.span.start < start);
        let mut named = self.mentions[k..]
            .iter()
            .take_while(|m| m.span.end <= end)
            .take(MENTIONS_LOOKED_AT)
            .filter(|m| self.people[m.person].gender == g && !self.inside_quote(m.span.start));
        let first = named.next()?;
        // Not a possessive (`lit Ann's face`), nor a name a description leads up to (`the
        // presence of the offended Mrs. Lyle`): those tell of someone else too.
        let described = self
            .before_name(start, first)
            .rsplit(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| sentences::determiner(&lower(w)));
        if self.possessive(first) || described {
            return None;
        }
        named.all(|m| m.person == first.person).then_some(first.person)
    }

    /// The narration between the quote before `at` and `at`, as where it starts (the quote's
    /// end), where its last sentence starts, and where that sentence ends, spaces left out.
    pub(super) fn last_sentence_before(&self, at: usize) -> (usize, usize, usize) {
        let i = self.quotes.partition_point(|o| o.start < at);
        let floor = i.checked_sub(1).map_or(0, |p| self.quotes[p].end);
        let end = floor + self.text[floor..at].trim_end().len();
        (floor, self.sentence_start(end.saturating_sub(1)).max(floor), end)
    }

    /// The people of sex `g` named as no subject (a preposition's object, a possessive) in the
    /// narration's last sentence before the quote at `at`, when that sentence tells of `he` or
    /// `she` of that sex without naming its subject (see `subject_of_narration_before`): such a
    /// name is someone else than the pronoun (`In front of Tom he paused`, `She looked at Ann`),
    /// and the quote's pronoun goes on with the narration's.
    fn others_than_the_pronoun(&self, g: Gender, at: usize) -> Vec<usize> {
        let (floor, start, end) = self.last_sentence_before(at);
        if end == floor
            || !main_clause_pronoun(&self.text[start..end], g)
            || self.clause_subject(g, start, end, false).is_some()
        {
            return Vec::new();
        }
        let k = self.mentions.partition_point(|m| m.span.start < start);
        self.mentions[k..]
            .iter()
            .take_while(|m| m.span.end <= end)
            .take(MENTIONS_LOOKED_AT)
            .filter(|m| self.people[m.person].gender == g && !self.can_be_subject(m))
            .map(|m| m.person)
            .collect()
    }

    /// Whom `he` or `she` (sex `g`) attributing quote `i` stands for when nobody of that sex
    /// comes before (a chapter that opens on a conversation): the dialogue's turn-taking when
    /// it gives someone of that sex, else the first person of that sex named after, however
    /// far on within the next `MENTIONS_BACK` mentions (`said the girl` in a scene that names
    /// her only pages later; no other woman came before her), in the narration or called by a
    /// quote (`said the old lady`, whom only a later `“My dear Mrs. Maylie”` names). Never the
    /// speaker of the turn just before or just after: that is the one the quote answers, or
    /// who answers it.
    pub(super) fn cataphor(
        &self,
        i: usize,
        g: Gender,
        age: Option<Age>,
        speakers: &[(Option<usize>, Source)],
        excluded: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let start = self.quotes[i].start;
        let next_to = [self.adjacent_turn_speaker(start, speakers), self.next_turn_speaker(start, speakers)];
        let others = self.others_than_the_pronoun(g, start);
        // Only a stated attribution makes God the speaker (see `attribute`).
        let fits = |p: usize| {
            self.people[p].gender == g
                && !next_to.contains(&Some(p))
                && !others.contains(&p)
                && !lexicon::deity(&lower(&self.people[p].name))
                && !self.other_age(p, age)
                && !excluded(p)
        };
        if let Some(p) = self.turn_taking(i, speakers).filter(|&p| fits(p)) {
            return Some(p);
        }
        let at = self.quotes[i].end;
        let k = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[k..]
            .iter()
            .take(MENTIONS_BACK)
            .find(|m| fits(m.person) && (!self.inside_quote(m.span.start) || self.called_there(m)))
            .map(|m| m.person)
    }

    /// Whether mention `m`, inside a quote, is that quote calling the person by name (`“My
    /// dear Mrs. Maylie, …”`): one who is there to be spoken to.
    fn called_there(&self, m: &Mention) -> bool {
        let j = self.quotes.partition_point(|q| q.end <= m.span.start);
        j < self.quotes.len() && self.addresses(j, m.person)
    }

    /// The person of sex `g` (not one `excluded` rules out) named in the narration of the paragraph of
    /// `at`, else in the narration just before it (a paragraph or two); one who can be a
    /// sentence's subject first, not an object (`turned to Hugh`).
    fn named_near(&self, g: Gender, at: usize, excluded: &dyn Fn(usize) -> bool) -> Option<usize> {
        let fits = |p: usize| self.people[p].gender == g && !excluded(p);
        let para = self.paragraph_start(at);
        let i = self.mentions.partition_point(|m| m.span.start < at);
        let earlier = &self.mentions[..i];
        let near = at.saturating_sub(NEAR_BYTES);
        for from in [para, near.min(para)] {
            let window = || {
                earlier
                    .iter()
                    .rev()
                    .take(MENTIONS_BACK)
                    .take_while(move |m| m.span.start >= from)
                    .filter(|m| fits(m.person) && !self.inside_quote(m.span.start))
            };
            if let Some(m) = self.latest_subject(window(), g).or_else(|| {
                window()
                    .take(MENTIONS_LOOKED_AT)
                    .find(|m| !self.bound(m, g, self.sentence_start(m.span.start)))
                    .filter(|m| !self.pronoun_chain_around(m, g, at))
            }) {
                return Some(m.person);
            }
        }
        None
    }

    /// Whether the narration tells of a `he` or `she` (sex `g`) as a main clause's subject both
    /// before mention `m` in its paragraph and after it, up to the sentence of `at`: a chain of
    /// sentences about someone else (`She thought he was looking at her. Perhaps he wanted to
    /// speak of Kate. She could not bear it.`), which a name that is no subject does not take
    /// over. (Each side read no further than `CHAIN_BYTES` from the name.)
    fn pronoun_chain_around(&self, m: &Mention, g: Gender, at: usize) -> bool {
        let says = |from: usize, to: usize| {
            let from = crate::char_bounds::ceil(self.text, from);
            to > from
                && self.text[from..to]
                    .split(['.', '!', '?', ';'])
                    .any(|s| main_clause_pronoun(s.trim_start_matches(|c: char| !c.is_alphabetic()), g))
        };
        let (start, end) = (self.sentence_start(m.span.start), self.sentence_start(at));
        let para = self.paragraph_start(m.span.start).max(start.saturating_sub(CHAIN_BYTES));
        says(para, start) && says(m.span.end.max(end.saturating_sub(CHAIN_BYTES)), end)
    }

    /// For a quote whose turn does not follow the last one straight on (narration comes
    /// between them), the subject of the narration's last clause when of sex `g`: a pronoun
    /// right after narration goes back to its subject (`Ruth fell in love with the new
    /// teacher. “…,” she said`), before any turn-taking; when that clause's subject is `she`
    /// herself, to the subject of the clause before, and so on back to the one that names her
    /// (if `chain`: not when the verb says the last speaker goes on, as `she added` does); and
    /// back over a clause after a semicolon that goes on with no subject of its own, always.
    fn subject_of_narration_before(
        &self,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        chain: bool,
    ) -> Option<usize> {
        let t = *self.dialogue.turn_of_quote.get(self.quotes.partition_point(|o| o.start < at))?;
        let (floor, start, end) = self.last_sentence_before(at);
        // A turn straight after another still follows narration when the other's paragraph
        // goes on for sentences after its quote (`“…,” said Ann. … Tom came back.`).
        if self.follows(t) && self.text[floor..start].trim().is_empty() {
            return None;
        }
        // `Mrs. Hale came in. She sat down. “…,” she said`: back over sentences whose subject
        // is a pronoun of that sex, to the one that names it, names it as kin (`Her husband
        // sat still. But when they had gone, he said`) or opens with a description of it (`The
        // little man waved his hand. “…,” he said`).
        let (mut start, mut end) = (start, end);
        let mut told_of_next = false;
        let subject = loop {
            if let Some(m) = self
                .clause_subject(g, start, end, told_of_next)
                .or_else(|| self.kin_subject(g, start, speakers))
                .or_else(|| self.described_subject(g, start, at, speakers))
            {
                break m;
            }
            // Only over a sentence whose main clause says `she`, and that names no other woman
            // (`She left Kate alone with him`: Kate may be the one who speaks next); or over a
            // clause after a semicolon that goes on with the one before it and no subject of
            // its own (`Jane sat still; and at last, rising, acknowledged that …`).
            let clause = &self.text[start..end];
            let says = chain && main_clause_pronoun(clause, g);
            if start <= floor || !(says || self.goes_on_without_subject(start, clause)) || self.names_any(g, start..end)
            {
                return None;
            }
            told_of_next = says;
            end = floor + self.text[floor..start].trim_end().len();
            if end == floor || end + CHAIN_BYTES < at {
                return None;
            }
            start = self.sentence_start(end - 1).max(floor);
        };
        // Who speaks the next turn is not who speaks this one.
        let next = self.next_turn_speaker(at, speakers);
        (Some(subject) != next).then_some(subject)
    }

    /// Whether the clause `clause`, starting at `start`, comes after a semicolon and goes on
    /// with the clause before's subject: `and` or `but`, adverbs in `-ly` or `then`, and a
    /// verb in `-ing` or `-ed` or of saying, with no stop between them and no `he` or `she` up
    /// to the clause's first comma (`; and instantly embracing her, owned …`, `; but then
    /// said`; not `; and, trembling, her sister rose`, `; but frightened as she was, …`).
    fn goes_on_without_subject(&self, start: usize, clause: &str) -> bool {
        if !self.text[..start].trim_end().ends_with(';') {
            return false;
        }
        let head = &clause[..clause.find([',', ';', ':', '.', '!', '?']).unwrap_or(clause.len())];
        if head.split(|c: char| !c.is_alphabetic()).any(|w| subject_pronoun(w).is_some()) {
            return false;
        }
        let mut words = head.split_whitespace();
        if !words.next().is_some_and(|w| matches!(w, "and" | "but")) {
            return false;
        }
        let plain = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
        let mut words = words.skip_while(|w| plain(w) && (w.ends_with("ly") || *w == "then"));
        words.next().is_some_and(|w| {
            plain(w)
                && (w.ends_with("ing") || w.ends_with("ed") || lexicon::speech_verb(w))
                && !matches!(w, "nothing" | "something" | "anything" | "everything" | "evening" | "morning" | "indeed")
        })
    }

    /// The person of sex `g` a sentence starting at `start` opens with as kin (`Her mother
    /// followed her.`, `His wife gave him a look`), found by surname.
    fn kin_subject(&self, g: Gender, start: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let head = self.text[start..].trim_start();
        // Kin found by surname is someone's (`her`, `his`): most sentences open otherwise.
        if !["Her ", "His ", "her ", "his "].iter().any(|p| head.starts_with(p)) {
            return None;
        }
        let d = opening_description(head)?;
        let Description::Sexed { sex, kin: true, .. } = d else { return None };
        if sex != g {
            return None;
        }
        self.kin_by_surname(d, start, speakers, None)
    }

    /// The one a description of sex `g` that opens the sentence at `start` stands for (`The
    /// young man gazed down on them.`), found as `said the young man` would be at `at`; with
    /// `this` or `that`, the one of that sex last named before it (`This lady looked at them`).
    fn described_subject(
        &self,
        g: Gender,
        start: usize,
        at: usize,
        speakers: &[(Option<usize>, Source)],
    ) -> Option<usize> {
        let head = self.text[start..].trim_start();
        let pointing = head.starts_with("This ") || head.starts_with("That ");
        if !head.starts_with("The ") && !pointing {
            return None;
        }
        let d = opening_description(head)?;
        let Description::Sexed { sex, kin: false, possessor: None, .. } = d else { return None };
        if sex != g {
            return None;
        }
        if pointing {
            return self.just_named(start, Some(g), &|_| false);
        }
        self.describe(d, at, speakers, &|_| false)
    }

    /// Whether `range` of the narration names anyone of sex `g`.
    fn names_any(&self, g: Gender, range: Range<usize>) -> bool {
        let k = self.mentions.partition_point(|m| m.span.start < range.start);
        self.mentions[k..].iter().take_while(|m| m.span.end <= range.end).any(|m| self.people[m.person].gender == g)
    }

    /// The person of sex `g` the sentence `start..end` names as its subject: the first; or, when
    /// `told_of_next` (a sentence after it says `she`), the last clause's after `, but`, which
    /// brings in a subject of its own that the next sentence goes on with (`Ann looked at her
    /// mother, but Mrs. Hale was calm. She …`), unless that clause says the subject does not or
    /// only does something (`but Mrs. Hale would not hear of it`, `but Tom only shook his
    /// head`): then the next sentence is most often about the one refused.
    fn clause_subject(&self, g: Gender, start: usize, end: usize, told_of_next: bool) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < start);
        let subjects = || {
            self.mentions[k..]
                .iter()
                .take_while(|m| m.span.end <= end)
                .take(MENTIONS_LOOKED_AT)
                .filter(|m| self.of_sex(m, g).is_some())
                .filter(|m| {
                    ((self.can_be_subject(m) || self.opens_sentence(m, start)) && !self.subordinate(m)
                        || self.taken_up_by_pronoun(m, start, end, g))
                        && !self.bound(m, g, start)
                })
        };
        let after_but = |m: &&Mention| {
            let b = self.before_name(start, m);
            let refused = self.text[m.span.end..end]
                .split(|c: char| !c.is_alphabetic())
                .any(|w| matches!(w, "not" | "t" | "no" | "never" | "only" | "nothing"));
            told_of_next && !refused && b.strip_suffix("but").is_some_and(|r| r.trim_end().ends_with([',', ';']))
        };
        subjects().filter(after_but).last().or_else(|| subjects().next()).and_then(|m| self.of_sex(m, g))
    }

    /// The person of sex `g` mention `m` stands for: its own person when of that sex; else,
    /// for a surname alone (`Hall`, no `Mrs.` before it) of someone of the other sex, the one
    /// of sex `g` who bears it (`Hall went first. “…,” he said`: Mr. Hall, though the name
    /// finder gave the bare surname to Mrs. Hall, named more often).
    fn of_sex(&self, m: &Mention, g: Gender) -> Option<usize> {
        let p = m.person;
        if self.people[p].gender == g {
            return Some(p);
        }
        let from = crate::char_bounds::floor(self.text, m.span.start.saturating_sub(12));
        let bare = families::surname(&self.people[p]) == Some(&self.text[m.span.clone()])
            && self.before_name(from, m).len() == self.text[from..m.span.start].trim_end().len();
        // A husband or a wife (`Miss Darcy` is a sister).
        let spouse = |k: &usize| families::elder(&self.people[p]) && families::elder(&self.people[*k]);
        bare.then(|| families::kin_of(self.people, &self.surnames, p, g)).flatten().filter(spouse)
    }

    /// Whether mention `m` is the subject of a clause that opens its sentence (`start..end`)
    /// and that the main clause takes up with a pronoun of sex `g` (`When Ann was told, she
    /// wept`): then the sentence tells of that person, though the name stands in a
    /// subordinate clause.
    fn taken_up_by_pronoun(&self, m: &Mention, start: usize, end: usize, g: Gender) -> bool {
        let opener = self.before_name(start, m).trim_start();
        // `When Ann's mother came in, she sat down`: the mother is the subject.
        if self.possessive(m) || !sentences::subordinator(&lower(opener)) {
            return false;
        }
        let rest = &self.text[m.span.end..end];
        let Some(comma) = rest.find(',') else { return false };
        rest[comma + 1..].split_whitespace().next().and_then(subject_pronoun) == Some(g)
    }

    /// The speaker of the quote before the one at `at`, when of sex `g` and the short narration
    /// between names nobody else but tells of someone of that sex (`“…,” said Ned.\n\nThey
    /// stared at him.\n\n“…,” he said.`, `“…,” said Ned, and left. He came back.\n\n“…,” he
    /// said.`): the one who was talking is still the one told of.
    fn last_speaker_still_told_of(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let i = self.quotes.partition_point(|o| o.start < at);
        let prev = i.checked_sub(1)?;
        let last = speakers.get(prev)?.0.filter(|&p| self.people[p].gender == g)?;
        self.told_of_since(prev, g, at, last).then_some(last)
    }

    /// The one the quote before the one at `at` called by name, when of sex `g` and its speaker
    /// of the other, and the short narration between names nobody else but tells of someone of
    /// sex `g` (`“Will you dance, Miss Bennet?”\n\nShe smiled, but made no answer. He asked
    /// again.\n\n“Oh!” said she`): the one spoken to answers, however the narration puts off
    /// the answer.
    fn called_one_still_told_of(&self, g: Gender, at: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let i = self.quotes.partition_point(|o| o.start < at);
        let prev = i.checked_sub(1)?;
        // Only across the sexes: `he` and `she` then tell the two apart.
        let said_by = speakers
            .get(prev)?
            .0
            .filter(|&p| !matches!(self.people[p].gender, Gender::Unknown) && self.people[p].gender != g)?;
        let called = self.answerers(prev).find(|&a| a != said_by && self.people[a].gender == g)?;
        self.told_of_since(prev, g, at, called).then_some(called)
    }

    /// Whether the narration between quote `prev` and `at` is short, names nobody but `told`
    /// and tells of someone of sex `g` (`she`, `her`).
    fn told_of_since(&self, prev: usize, g: Gender, at: usize, told: usize) -> bool {
        let floor = self.quotes[prev].end;
        let narration = &self.text[floor..at];
        let k = self.mentions.partition_point(|m| m.span.start < floor);
        narration.len() <= SHORT_NARRATION_BYTES
            && self.mentions[k..]
                .iter()
                .take_while(|m| m.span.end <= at)
                .all(|m| m.person == told || self.inside_quote(m.span.start))
            && narration.split(|c: char| !c.is_alphabetic()).any(|w| lexicon::pronoun_gender(&lower(w)) == Some(g))
    }

    /// The person a pronoun of sex `g` stands for, as seen from `at`, other than those in
    /// `exclude`: named earlier in the paragraph; else the latest speaker of that sex; else the
    /// latest person of that sex named.
    fn resolve(
        &self,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        exclude: &[Option<usize>],
    ) -> Option<usize> {
        self.resolve_where(g, at, speakers, &|p| exclude.contains(&Some(p)))
    }

    /// [`Self::resolve`], ruling out whom `excluded` says.
    fn resolve_where(
        &self,
        g: Gender,
        at: usize,
        speakers: &[(Option<usize>, Source)],
        excluded: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let fits = |p: usize| self.people[p].gender == g && !excluded(p);
        if let Some(p) = self.named_near(g, at, excluded) {
            return Some(p);
        }
        let i = self.mentions.partition_point(|m| m.span.start < at);
        let earlier = &self.mentions[..i];
        let before = self.quotes.partition_point(|o| o.start < at).min(speakers.len());
        // The speakers of the last six quotes, and before them those of the quote's own
        // conversation: a long exchange leaves many turns unattributed until the second pass
        // (`She shook her head. “…” / “…,” answered he` after ten turns of two people).
        let own = (before < self.quotes.len()).then(|| self.conversation_of_quote(before));
        if let Some(p) = speakers[..before]
            .iter()
            .enumerate()
            .rev()
            .enumerate()
            .take_while(|&(n, (k, _))| {
                n < RECENT_QUOTES || (n < CONVERSATION_QUOTES && Some(self.conversation_of_quote(k)) == own)
            })
            .map(|(_, x)| x)
            .take_while(|(k, _)| at - self.quotes[*k].start < FAR_BYTES)
            .filter_map(|(_, s)| s.0)
            .find(|&p| fits(p))
        {
            return Some(p);
        }
        earlier
            .iter()
            .rev()
            .take(200)
            .take_while(|m| at - m.span.start < FAR_BYTES)
            .find(|m| fits(m.person) && !self.inside_quote(m.span.start))
            // Nobody of that sex: the latest person whose sex is not known.
            .or_else(|| {
                earlier.iter().rev().take(60).take_while(|m| at - m.span.start < FAR_BYTES).find(|m| {
                    self.people[m.person].gender == Gender::Unknown
                        && !excluded(m.person)
                        && !self.inside_quote(m.span.start)
                })
            })
            .map(|m| m.person)
    }
}

/// How many words the last sentence of narration may have for the one person it names to be
/// whom a following `he` or `she` stands for.
const TOLD_OF_WORDS: usize = 20;

/// How far back a person the text calls old is looked for by `the old man`.
const AGED_BYTES: usize = 8000;

/// How far on a person called old is looked for by `the old man` when none came before: a
/// chapter, where the newcomer is named at last.
const AGED_AHEAD_BYTES: usize = 16_000;

/// How far back a chain of sentences about `she` is followed to the one that names her.
const CHAIN_BYTES: usize = 1500;

/// The description the words that open `head` read as (`Her mother`, `The little man`), if any.
fn opening_description(head: &str) -> Option<Description> {
    let words: Vec<String> = head
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(|w| lower(w).to_string())
        .collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    crate::analyze::speaker_nouns::read(&refs).map(|(d, _)| d)
}

/// Whether the first `he` or `she` among a sentence's first words that opens no subordinate
/// clause is of sex `g` (`She sat down`, `Suddenly he laughed`, `In front of Tom he paused`;
/// not `As soon as she saw it, …`): the main clause's subject, most likely.
fn main_clause_pronoun(sentence: &str, g: Gender) -> bool {
    let words: Vec<&str> = sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(8).collect();
    let opens_main = |k: usize| k == 0 || !sentences::subordinator(&lower(words[k - 1]));
    (0..words.len())
        .filter(|&k| subject_pronoun(words[k]).is_some() && opens_main(k))
        .map(|k| subject_pronoun(words[k]))
        .next()
        == Some(Some(g))
}

/// How many mentions back a pronoun's paragraph is searched for its person: a text without
/// blank lines is one long paragraph.
const MENTIONS_BACK: usize = 200;

/// How far back a person last named, or last heard, is still someone a pronoun or a
/// description can stand for when nothing nearer does: a page or so. One named or heard only
/// pages before (a name on a notice in the first lines) is less likely than someone named
/// after the quote (see `cataphor`). On PDNC dev, 3,000 to 4,000 bytes did best; 2,000 cut
/// off people still spoken of.
const FAR_BYTES: usize = 4000;

/// How many quotes back a conversation's talk is looked at for who takes part in it.
const TALK_QUOTES: usize = 8;

/// How many quotes back the last speaker of a pronoun's sex is looked for, in any
/// conversation.
const RECENT_QUOTES: usize = 6;

/// How many quotes back the last speaker of a pronoun's sex is looked for within the quote's
/// own conversation.
const CONVERSATION_QUOTES: usize = 16;

/// How far back narration counts as "just before" for a pronoun.
const NEAR_BYTES: usize = 1000;

/// How long narration between two quotes counts as short.
const SHORT_NARRATION_BYTES: usize = 300;

/// How far after a quote its attribution's sentence is read for names (`he said, seeing …`).
const ATTRIBUTION_BYTES: usize = 200;

/// How many mentions back a title (`the doctor`) is looked for.
const MENTIONS_TITLED: usize = 300;

/// How far on a titled name (`Doctor Lind`) is looked for when none came before: a few pages.
const TITLED_AHEAD_BYTES: usize = 8000;
