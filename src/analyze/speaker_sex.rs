//! The sex of a speaker whom no given name, title or noun tells (`the Voice`, `the stranger`),
//! from the `he` or `she` that the narration takes them up with right after they speak:
//! `“…,” said the Voice. “…” He stopped to sneeze.` Without it, `he said` can never be theirs.

use super::{Gender, Person};
use std::ops::Range;

/// How far after a speaker's mention the pronoun that takes them up is looked for.
const TAKEN_UP_BYTES: usize = 400;

/// How far before a mention the quote it attributes may end (`“…,” said the Voice`).
const ATTRIBUTION_BYTES: usize = 16;

/// Gives each person of `people` with no known sex the one the narration tells right after
/// their speeches, when it tells one more often than the other.
pub fn tell(text: &str, quotes: &[Range<usize>], people: &mut [Person]) {
    let mut mentions: Vec<(Range<usize>, usize)> =
        people.iter().enumerate().flat_map(|(p, person)| person.mentions.iter().map(move |m| (m.clone(), p))).collect();
    mentions.sort_unstable_by_key(|(m, _)| m.start);
    let mut votes = vec![(0usize, 0usize); people.len()];
    for (k, (m, p)) in mentions.iter().enumerate() {
        if people[*p].gender != Gender::Unknown || !attributes(text, quotes, m.start) {
            continue;
        }
        // Up to the next name, the paragraph's end or the reach, whichever comes first.
        let next = mentions.get(k + 1).map_or(text.len(), |(n, _)| n.start);
        let end = crate::char_bounds::floor(text, next.min(m.end + TAKEN_UP_BYTES).min(text.len()));
        let after = &text[m.end..end];
        let after = &after[..after.find("\n\n").unwrap_or(after.len())];
        match opening_pronoun(text, quotes, m.end, after) {
            Some(Gender::Male) => votes[*p].0 += 1,
            Some(Gender::Female) => votes[*p].1 += 1,
            _ => {}
        }
    }
    for (person, (male, female)) in people.iter_mut().zip(votes) {
        if person.gender == Gender::Unknown {
            person.gender = match male.cmp(&female) {
                std::cmp::Ordering::Greater => Gender::Male,
                std::cmp::Ordering::Less => Gender::Female,
                std::cmp::Ordering::Equal => Gender::Unknown,
            };
        }
    }
}

/// Whether the mention at `at` attributes a quote that ends just before it (`“…,” said the
/// Voice`, `“…” the Voice said`).
fn attributes(text: &str, quotes: &[Range<usize>], at: usize) -> bool {
    let i = quotes.partition_point(|q| q.end <= at);
    i.checked_sub(1).is_some_and(|i| {
        let between = &text[quotes[i].end..at];
        between.len() <= ATTRIBUTION_BYTES && !between.contains('\n')
    })
}

/// The sex of `He` or `She` opening a sentence of the narration in `after` (which starts at
/// `from`), outside quotes: the first sentence that opens so, if any.
fn opening_pronoun(text: &str, quotes: &[Range<usize>], from: usize, after: &str) -> Option<Gender> {
    ["He ", "She "].iter().filter_map(|p| after.find(p).map(|k| (k, *p))).min().and_then(|(k, p)| {
        let at = from + k;
        let i = quotes.partition_point(|q| q.end <= at);
        let in_quote = quotes.get(i).is_some_and(|q| q.start <= at);
        // Opening a sentence: after a sentence's end, or after a quote.
        let before = text[..at].trim_end();
        let opens = before.ends_with(['.', '!', '?', '"', '”']);
        (!in_quote && opens).then_some(if p == "He " { Gender::Male } else { Gender::Female })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, mentions: Vec<Range<usize>>) -> Person {
        Person { name: name.into(), aliases: Vec::new(), mentions, gender: Gender::Unknown, age: None }
    }

    #[test]
    fn a_speaker_taken_up_by_he_after_speaking_is_a_man() {
        let text = "“Stop,” said the Voice. “Listen.” He paused to sneeze.";
        let at = text.find("the Voice").unwrap();
        let quotes = crate::analyze::quotes::find(text);
        let mut people = [person("the Voice", std::iter::once(at..at + 9).collect())];
        tell(text, &quotes, &mut people);
        assert_eq!(people[0].gender, Gender::Male);
    }

    #[test]
    fn a_pronoun_after_someone_else_is_named_or_inside_a_quote_tells_nothing() {
        let text = "“Stop,” said the Voice. Tom Hale turned. He ran.\n\n“Go,” said the Voice. “He is gone.”";
        let quotes = crate::analyze::quotes::find(text);
        let v: Vec<Range<usize>> = text.match_indices("the Voice").map(|(k, _)| k..k + 9).collect();
        let t = text.find("Tom Hale").unwrap();
        let mut people = [person("the Voice", v), person("Tom Hale", std::iter::once(t..t + 8).collect())];
        people[1].gender = Gender::Male;
        tell(text, &quotes, &mut people);
        assert_eq!(people[0].gender, Gender::Unknown);
    }
}
