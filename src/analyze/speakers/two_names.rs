//! One person under two names: `“You do sound tired, Miss Honeychurch.”` answered by `“Not a
//! bit,” said Lucy.` The one a turn calls by name answers it (see [`Context::answerers`]), so
//! when the answer's stated speaker goes by a given name alone and the name called is a title
//! and a surname alone, the text is naming one person two ways without ever giving the full
//! name. Methods of the speaker pass's [`Context`].

use super::*;
use crate::analyze::fast_hash::{FastMap, FastSet};

impl Context<'_> {
    /// Pairs of people found to be one, `(folded, kept)`: the one less mentioned is folded
    /// into the other. A pair needs a turn called by one name answered under the other, no
    /// turn stated as one's that calls the other by name, and the two names never in one
    /// sentence of narration; a person answering under two names pairs with neither.
    pub(super) fn one_person_two_names(&self, said: &[Option<Said>]) -> Vec<(usize, usize)> {
        let stated = |k: usize| match said[k] {
            Some(Said::Named(Some(p))) => Some(p),
            _ => None,
        };
        let turns = &self.dialogue.turns;
        let conversations = self.conversation_speakers(said);
        // For each pair of people, whether they were found to be one; once found two, two.
        let mut one: FastMap<(usize, usize), bool> = FastMap::default();
        for (t, turn) in turns.iter().enumerate() {
            let speaker = turn.quotes.clone().find_map(stated);
            // Whom a quote stated as someone's calls by name is someone else.
            for k in turn.quotes.clone() {
                for c in stated(k).into_iter().flat_map(|s| self.answerers(k).map(move |c| pair(s, c))) {
                    one.insert(c, false);
                }
            }
            if t == 0 || !self.follows(t) {
                continue;
            }
            let prev = &turns[t - 1];
            let before = prev.quotes.clone().find_map(stated);
            // Two who speak turn and turn about are two.
            if let Some((a, s)) = before.zip(speaker).filter(|(a, s)| a != s) {
                one.insert(pair(a, s), false);
            }
            let Some(b) = stated(turn.quotes.start).filter(|_| !self.goes_on_speaking(turn.quotes.start)) else {
                continue;
            };
            let called: Vec<usize> =
                prev.quotes.clone().filter(|&k| !self.name_alone(k)).flat_map(|k| self.answerers(k)).collect();
            let [v] = called[..] else { continue };
            // An answer that tells of `he` or `she` may be given for the one called.
            if turn.quotes.clone().any(|k| self.tells_of(k, self.people[v].gender)) {
                continue;
            }
            // With a third speaker about, anyone may answer a call.
            let crowd = conversations[turn.conversation].iter().filter(|&&p| p != v && p != b).nth(1).is_some();
            if v == b || before == Some(v) || before == Some(b) || crowd || !self.may_be_one(v, b) {
                continue;
            }
            one.entry(pair(v, b)).or_insert(true);
        }
        // `“Miss Honeychurch, come here.” Lucy poked at the ground.`: the one a quote calls
        // is the one the narration right after it opens with.
        for k in 0..self.quotes.len() {
            let named = [self.opening_narration_after(k), self.narration_before_opens_with(k)];
            if named.iter().all(Option::is_none) {
                continue;
            }
            let called: Vec<usize> = self.answerers(k).collect();
            let [v] = called[..] else { continue };
            for b in named.into_iter().flatten() {
                if b != v && stated(k) != Some(b) && self.may_be_one(v, b) {
                    one.entry(pair(v, b)).or_insert(true);
                }
            }
        }
        // Two named in one sentence are two.
        for w in self.mentions.windows(2) {
            let (m, n) = (&w[0], &w[1]);
            // (Mentions may overlap: `Ann Lee` and `Ann`.)
            let Some(between) = self.text.get(m.span.end..n.span.start).filter(|b| b.len() < SENTENCE_BYTES) else {
                continue;
            };
            if m.person != n.person && !between.contains(['.', '!', '?']) && !between.contains("\n\n") {
                one.insert(pair(m.person, n.person), false);
            }
        }
        // The narration names each of its people one way when it says who speaks.
        let speaking: FastSet<usize> = (0..said.len()).filter_map(stated).collect();
        let mut partners: FastMap<usize, Vec<usize>> = FastMap::default();
        for (&(x, y), _) in
            one.iter().filter(|&(&(x, y), &one)| one && !(speaking.contains(&x) && speaking.contains(&y)))
        {
            partners.entry(x).or_default().push(y);
            partners.entry(y).or_default().push(x);
        }
        let mut found: Vec<(usize, usize)> = partners
            .iter()
            .filter_map(|(&x, ys)| match ys[..] {
                [y] if x > y && partners[&y].len() == 1 => Some((x, y)),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found
    }

    /// The person whose name opens the narration right after quote `k`, in its paragraph or
    /// the next, as a subject (a word in lower case follows: `Lucy poked at the ground`).
    fn opening_narration_after(&self, k: usize) -> Option<usize> {
        let end = self.quotes[k].end;
        let rest = &self.text[end..];
        let from = end + (rest.len() - rest.trim_start().len());
        if rest[..from - end].matches('\n').count() > 2 {
            return None;
        }
        self.subject_opening(from).map(|m| m.person)
    }

    /// The mention that opens the words at `from` as a sentence's subject (a word in lower case
    /// follows it), past a title (a mention leaves its title out: `Miss Bartlett was silent`).
    fn subject_opening(&self, from: usize) -> Option<&Mention> {
        let rest = &self.text[from..];
        let title = rest.split_once(' ').filter(|(w, _)| lexicon::title(&lower(w.trim_end_matches('.'))).is_some());
        let from = title.map_or(from, |(w, _)| from + w.len() + 1);
        let m = self.mentions.get(self.mentions.partition_point(|m| m.span.start < from))?;
        let after = self.text[m.span.end..].strip_prefix(' ')?;
        (m.span.start == from && after.starts_with(|c: char| c.is_lowercase())).then_some(m)
    }

    /// The person whose name opens the last sentence of the narration paragraph right before
    /// quote `k`, which opens its own paragraph (`Lucy passed into Schumann.\n\n“Miss Honeychurch!”`).
    fn narration_before_opens_with(&self, k: usize) -> Option<usize> {
        let start = self.quotes[k].start;
        let before = self.text[..start].trim_end();
        if k > 0 && self.quotes[k - 1].end >= before.len().saturating_sub(1) {
            return None;
        }
        if !self.text[before.len()..start].contains("\n\n") || !before.ends_with('.') {
            return None;
        }
        let para = self.paragraph_start(before.len());
        let sentence = self.sentence_start(before.len() - 1).max(para);
        let from = sentence + (self.text[sentence..].len() - self.text[sentence..].trim_start().len());
        self.subject_opening(from).filter(|m| m.span.end < before.len()).map(|m| m.person)
    }

    /// Whether quote `k` says a name and nothing else (`“Miss Bartlett.”`, the answer to
    /// `“Who?”`): it names someone, it calls nobody.
    fn name_alone(&self, k: usize) -> bool {
        self.name_first(k).is_some_and(|(_, after)| !after.contains(char::is_alphabetic))
    }

    /// Whether the verb after quote `k` tells its speaker goes on from before (`continued
    /// Bingley`): then the quote answers nobody.
    fn goes_on_speaking(&self, k: usize) -> bool {
        self.verb_after(k, attribution::goes_on)
    }

    /// For each conversation, the people stated as speakers of its turns.
    fn conversation_speakers(&self, said: &[Option<Said>]) -> Vec<Vec<usize>> {
        let turns = &self.dialogue.turns;
        let mut found = vec![Vec::new(); turns.last().map_or(0, |t| t.conversation + 1)];
        for turn in turns {
            let speakers = &mut found[turn.conversation];
            for k in turn.quotes.clone() {
                if let Some(Said::Named(Some(p))) = said[k] {
                    if !speakers.contains(&p) {
                        speakers.push(p);
                    }
                }
            }
        }
        found
    }

    /// Whether `a` and `b` may be one person named two ways: one by a given name alone
    /// (`Lucy`), the other by a title and a surname alone (`Miss Honeychurch`), of no
    /// different sex.
    fn may_be_one(&self, a: usize, b: usize) -> bool {
        let (pa, pb) = (&self.people[a], &self.people[b]);
        let sexes = [pa.gender, pb.gender];
        if sexes.contains(&Gender::Female) && sexes.contains(&Gender::Male) {
            return false;
        }
        (given_name_alone(pa) && title_and_surname(pb)) || (given_name_alone(pb) && title_and_surname(pa))
    }
}

/// Names further apart than this are not looked at as names of one sentence.
const SENTENCE_BYTES: usize = 300;

/// A pair's key, the smaller index first.
fn pair(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// Whether a person goes only by one word with no title: `Lucy`, `Cecil`.
fn given_name_alone(p: &Person) -> bool {
    p.aliases.is_empty() && !p.name.contains(' ') && !p.name.starts_with(char::is_lowercase)
}

/// Whether a person goes only by a title and a surname, or the surname alone: `Miss
/// Honeychurch`, `Mr. Vyse`.
fn title_and_surname(p: &Person) -> bool {
    let Some((title, surname)) = p.name.split_once(' ') else { return false };
    matches!(title, "Mr." | "Mrs." | "Miss" | "Ms." | "Mr" | "Mrs" | "Ms")
        && !surname.contains(' ')
        && !lexicon::first_names().contains_key(lower(surname).as_str())
        && p.aliases.iter().all(|a| a == surname || a.strip_suffix(surname).is_some_and(|t| !t.trim().contains(' ')))
}

#[cfg(test)]
mod tests {
    use crate::analyze::analyze;

    /// The People list's entries, each with its aliases, in order.
    fn entries(text: &str) -> Vec<(String, Vec<String>)> {
        analyze(text).people.into_iter().map(|p| (p.name, p.aliases)).collect()
    }

    /// Whether the People list has an entry `name` that goes by `alias` too.
    fn listed_with_alias(people: &[(String, Vec<String>)], name: &str, alias: &str) -> bool {
        people.iter().any(|(n, aliases)| n == name && aliases.iter().any(|a| a == alias))
    }

    const CALLED_AND_ANSWERED: &str = "Tom came into the hall where Ann sat by the fire.\n\n\
        “You do sound tired, Miss Grey,” said Tom.\n\n\
        “Not a bit,” said Ann, and smiled.\n\n\
        “Then you will walk with me?”\n\n\
        “Gladly.”\n\n";

    #[test]
    fn one_called_by_title_and_surname_who_answers_by_her_given_name_is_one_person() {
        let people = entries(CALLED_AND_ANSWERED);
        assert!(listed_with_alias(&people, "Ann", "Miss Grey"), "{people:?}");
        assert!(!people.iter().any(|(name, _)| name == "Miss Grey"), "{people:?}");
    }

    #[test]
    fn a_name_said_alone_or_a_third_speaker_or_two_who_both_speak_keep_two_people() {
        // `“Miss Grey.”` answers a question; it calls nobody.
        let named = CALLED_AND_ANSWERED.replace("You do sound tired, Miss Grey", "Miss Grey");
        // A third speaker in the conversation: anyone may answer a call.
        let third = format!("{CALLED_AND_ANSWERED}“And I?” said Ned.\n\n");
        // The narration says `said Miss Grey` too: the narration names each speaker one way.
        let both = format!("{CALLED_AND_ANSWERED}Later that day, by the river:\n\n“Hush,” said Miss Grey.\n\n");
        // An answer that tells of `she` may be given for the one called.
        let for_her = CALLED_AND_ANSWERED.replace("Not a bit", "She is out");
        for text in [named, third, both, for_her] {
            let people = entries(&text);
            assert!(people.iter().any(|(name, _)| name == "Miss Grey"), "{text}\n{people:?}");
        }
    }

    #[test]
    fn one_called_by_title_and_surname_whom_the_narration_names_right_after_is_one_person() {
        let text = "Lucy stood by the gate, and Lucy waited. Tom came up, beaming.\n\n“Aha! Miss Grey, come here and tell me all.” Lucy poked at the ground with her parasol.\n\n“There is nothing to tell.”\n";
        let people = entries(text);
        assert!(listed_with_alias(&people, "Lucy", "Miss Grey"), "{people:?}");
        // A name set beside a noun for a person calls nobody: the friend is someone else.
        let beside = text.replace("Aha! Miss Grey, come here", "Bring your friend, Miss Grey, here");
        let people = entries(&beside);
        assert!(people.iter().any(|(name, _)| name == "Miss Grey"), "{people:?}");
    }

    #[test]
    fn one_called_by_title_and_surname_right_after_the_narration_names_her_is_one_person() {
        let text = "Tom sat listening in the window, and Lucy played on. Lucy passed into a sonata.\n\n“Miss Grey!”\n\n“Yes.”\n\n“I met your brother on the hill.”\n";
        let people = entries(text);
        assert!(listed_with_alias(&people, "Lucy", "Miss Grey"), "{people:?}");
    }

    #[test]
    fn one_called_by_a_given_name_whom_the_narration_names_with_a_title_right_after_is_one_person() {
        let text = "Lucy and Charlotte sat together, and Charlotte waited.\n\n“But, Charlotte, you know what happened then.”\n\nMiss Grey was silent. She drew her cousin to her.\n\n“I want to be truthful,” said Lucy.\n";
        let people = entries(text);
        assert!(listed_with_alias(&people, "Charlotte", "Miss Grey"), "{people:?}");
    }
}
