//! An unnamed character whom a quote later names (`the stranger`, who answers `“Monks!”`) is
//! that person: the People list holds one entry, under the name, with the description among
//! its aliases and its mentions among the name's.

use super::speakers::Attribution;
use super::Person;

/// `people` with each unnamed character of `attribution.named` folded into the person it
/// was named as, and the speakers' indices into the list that is left.
pub fn fold(mut people: Vec<Person>, attribution: Attribution) -> (Vec<Person>, Vec<Option<usize>>) {
    let Attribution { mut speakers, named } = attribution;
    if named.is_empty() {
        return (people, speakers);
    }
    let mut gone = vec![false; people.len()];
    for &(character, person) in &named {
        if gone[character] || gone[person] || character == person {
            continue;
        }
        let folded = std::mem::take(&mut people[character].mentions);
        let description = std::mem::take(&mut people[character].name);
        let target = &mut people[person];
        target.mentions.extend(folded);
        target.mentions.sort_unstable_by_key(|m| (m.start, m.end));
        target.mentions.dedup();
        target.aliases.push(description);
        gone[character] = true;
    }
    // The people left, most mentioned first again, and each old index's new one.
    let mut order: Vec<usize> = (0..people.len()).filter(|&p| !gone[p]).collect();
    order.sort_by(|&a, &b| super::most_mentioned_first(&people[a], &people[b]));
    let mut index = vec![0; people.len()];
    for (new, &old) in order.iter().enumerate() {
        index[old] = new;
    }
    for s in speakers.iter_mut().flatten() {
        *s = index[*s];
    }
    let mut slots: Vec<Option<Person>> = people.into_iter().map(Some).collect();
    let people = order.iter().filter_map(|&old| slots[old].take()).collect();
    (people, speakers)
}
