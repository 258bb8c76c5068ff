//! An unnamed character who answers to a name: the guard told of as `the guard` all scene
//! long, whom someone calls `Ben` right before he speaks (`“Now, Ben,” replied the coachman.`
//! / `“Coming,” said the guard.`), is Ben. The one a turn calls is mostly the one who speaks
//! next, so a description that speaks right after a call to a name of its sex stands for that
//! person: its mentions join the person's, and the description becomes one of their names.

use super::{called, spoken, ATTRIBUTION_BYTES};
use crate::analyze::{Gender, Person};
use std::ops::Range;

/// Folds each of `unnamed` that answers to the name of one of `people` into that person, and
/// adds the others to `people`.
pub fn fold(text: &str, quotes: &[Range<usize>], people: &mut Vec<Person>, unnamed: Vec<Person>) {
    let mut named: Vec<(Range<usize>, usize)> =
        people.iter().enumerate().flat_map(|(i, p)| p.mentions.iter().map(move |m| (m.clone(), i))).collect();
    named.sort_unstable_by_key(|(m, _)| (m.start, m.end));
    for character in unnamed {
        match answers_to(text, quotes, &named, people, &character) {
            Some(i) => {
                let person = &mut people[i];
                person.mentions.extend(character.mentions);
                person.mentions.sort_unstable_by_key(|m| (m.start, m.end));
                person.aliases.push(character.name);
                person.aliases.extend(character.aliases);
            }
            None => people.push(character),
        }
    }
}

/// The one person of `people` that the turns right before `character`'s speeches call by name
/// (of a sex that fits), if every such call is to the same person and the character's own
/// turns never call them.
fn answers_to(
    text: &str,
    quotes: &[Range<usize>],
    named: &[(Range<usize>, usize)],
    people: &[Person],
    character: &Person,
) -> Option<usize> {
    let apart = |a: usize, b: usize| text[quotes[a].end..quotes[b].start].contains("\n\n");
    let mut answered: Option<usize> = None;
    let mut called_by_it: Vec<usize> = Vec::new();
    for m in &character.mentions {
        let Some(own) = speech(text, quotes, m) else { continue };
        let first = paragraph_start(own, &apart);
        called_by_it.extend(quotes[first..=own].iter().flat_map(|q| calls(text, q, named)));
        // The quotes of the paragraph before the one the speech is in.
        let Some(last_before) = first.checked_sub(1) else { continue };
        let before = &quotes[paragraph_start(last_before, &apart)..=last_before];
        for i in before.iter().flat_map(|q| calls(text, q, named)) {
            if !fits(people[i].gender, character.gender) {
                continue;
            }
            if answered.is_some_and(|a| a != i) {
                return None;
            }
            answered = Some(i);
        }
    }
    answered.filter(|a| !called_by_it.contains(a))
}

/// The first quote of the paragraph quote `k` is in, by `apart` (whether a paragraph break
/// parts two quotes).
fn paragraph_start(mut k: usize, apart: &dyn Fn(usize, usize) -> bool) -> usize {
    while k > 0 && !apart(k - 1, k) {
        k -= 1;
    }
    k
}

/// The index of the quote whose attribution the mention `m` stands in, if it does.
fn speech(text: &str, quotes: &[Range<usize>], m: &Range<usize>) -> Option<usize> {
    if spoken(quotes, m.start) {
        return None;
    }
    let k = quotes.partition_point(|q| q.end <= m.start).checked_sub(1)?;
    let between = &text[quotes[k].end..m.start];
    (between.len() <= ATTRIBUTION_BYTES && !between.contains("\n\n")).then_some(k)
}

/// The people that quote `q` calls by name: a name set off as a call, and not one of a list
/// (`“Sophy, Anne, and Kit.”` calls nobody).
fn calls(text: &str, q: &Range<usize>, named: &[(Range<usize>, usize)]) -> Vec<usize> {
    let from = named.partition_point(|(m, _)| m.start < q.start);
    let to = from + named[from..].iter().take_while(|(m, _)| m.end <= q.end).count();
    let after_another = |k: usize| k > from && joins(&text[named[k - 1].0.end..named[k].0.start]);
    (from..to)
        .filter(|&k| {
            let m = &named[k].0;
            called(text, q, m) && !after_another(k) && !lists(&text[m.end..q.end])
        })
        .map(|k| named[k].1)
        .collect()
}

/// Whether `between`, what stands between two names, joins them in a list (`, `, ` and `,
/// `, or `).
fn joins(between: &str) -> bool {
    between.split(|c: char| c == ',' || c.is_whitespace()).all(|w| w.is_empty() || w == "and" || w == "or")
}

/// Whether `rest`, what follows a name, goes on with more names (`, Anne, and Kit`, `, and Kit`).
fn lists(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(',') else { return false };
    let mut words = rest.split_whitespace();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    match words.next() {
        Some("and" | "or") => words.next().is_some_and(capital),
        Some(w) => capital(w) && (w.ends_with(',') || words.next().is_some_and(|n| matches!(n, "and" | "or"))),
        None => false,
    }
}

/// Whether a person of sex `a` may be one of sex `b`.
fn fits(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

#[cfg(test)]
mod tests {
    use crate::analyze::analyze;

    /// Each quote's speaker by name.
    fn said(text: &str) -> Vec<Option<String>> {
        let a = analyze(text);
        a.quotes.iter().map(|q| q.speaker.map(|p| a.people[p].name.clone())).collect()
    }

    /// The People list's names, each with its aliases.
    fn entries(text: &str) -> Vec<(String, Vec<String>)> {
        analyze(text).people.into_iter().map(|p| (p.name, p.aliases)).collect()
    }

    const CALLED_THEN_ANSWERED: &str = "The guard stood at the door of the coach, waiting for the bag. A \
        groom held the horses.\n\n\
        “That's for your people,” said the guard. “Look alive in there!”\n\n\
        “Now, Ned,” replied the groom impatiently.\n\n\
        “Coming,” growled the guard, and climbed up.\n\n\
        “Well, Ned, what news?” asked Tom Hale.\n\n";

    #[test]
    fn a_character_known_by_a_role_who_answers_a_call_to_a_name_is_that_person() {
        let people = entries(CALLED_THEN_ANSWERED);
        let said = said(CALLED_THEN_ANSWERED);
        let ned = people.iter().find(|(name, _)| name == "Ned").expect("Ned is listed");
        assert!(ned.1.contains(&"the guard".to_string()), "{people:?}");
        assert_eq!(said[0].as_deref(), Some("Ned"), "{said:?}");
        assert_eq!(said[3].as_deref(), Some("Ned"), "{said:?}");
    }

    #[test]
    fn a_role_answering_a_list_of_names_or_calling_the_name_itself_keeps_its_own_entry() {
        // A list names people; it calls nobody.
        let listed = CALLED_THEN_ANSWERED.replace("Now, Ned,", "Ned, Kit, and Sam,");
        // The guard calls Ned himself: two people.
        let calls = CALLED_THEN_ANSWERED.replace("“Coming,” growled", "“Coming, Ned,” growled");
        // A woman called is not the guard, whom the narration tells of as `he`.
        let her = CALLED_THEN_ANSWERED.replace("Now, Ned,", "Now, Mrs. Hale,").replace("and climbed", "and he climbed");
        for text in [listed, calls, her] {
            let people = entries(&text);
            assert!(people.iter().any(|(name, _)| name == "the guard"), "{text}\n{people:?}");
        }
    }
}
