//! An unnamed character whom a quote later names (`the stranger`, who answers `“Monks!”`) is
//! that person, and so is one the text names a second way (`Miss Honeychurch`, who answers as
//! `Lucy`): the People list holds one entry, under the name, with the other names among its
//! aliases and their mentions among the name's.

use super::speakers::Attribution;
use super::Person;

/// `people` with each person of `attribution.named` folded into the person it was found to
/// be, names and all, and the speakers' indices into the list that is left, most mentioned first.
pub fn fold(mut people: Vec<Person>, attribution: Attribution) -> (Vec<Person>, Vec<Option<usize>>) {
    let Attribution { mut speakers, named } = attribution;
    if named.is_empty() {
        return (people, speakers);
    }
    // Each person's first naming, followed to its end (a named character may be named in turn);
    // a loop of namings names nobody.
    let mut into: Vec<usize> = (0..people.len()).collect();
    for &(character, person) in &named {
        if into[character] == character {
            into[character] = person;
        }
    }
    let owner: Vec<usize> = (0..people.len())
        .map(|p| {
            let mut q = p;
            for _ in 0..people.len() {
                if into[q] == q {
                    return q;
                }
                q = into[q];
            }
            p
        })
        .collect();
    for p in 0..people.len() {
        let o = owner[p];
        if o != p {
            let mentions = std::mem::take(&mut people[p].mentions);
            let description = std::mem::take(&mut people[p].name);
            let aliases = std::mem::take(&mut people[p].aliases);
            people[o].mentions.extend(mentions);
            people[o].aliases.push(description);
            people[o].aliases.extend(aliases);
        }
    }
    // The people left, most mentioned first again, and each old index's new one.
    let mut order: Vec<usize> = (0..people.len()).filter(|&p| owner[p] == p).collect();
    for &p in &order {
        people[p].mentions.sort_unstable_by_key(|m| (m.start, m.end));
        people[p].mentions.dedup();
    }
    order.sort_by(|&a, &b| super::most_mentioned_first(&people[a], &people[b]));
    let mut index = vec![0; people.len()];
    for (new, &old) in order.iter().enumerate() {
        index[old] = new;
    }
    for s in speakers.iter_mut().flatten() {
        *s = index[owner[*s]];
    }
    let mut slots: Vec<Option<Person>> = people.into_iter().map(Some).collect();
    let people = order.iter().filter_map(|&old| slots[old].take()).collect();
    (people, speakers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Gender;

    fn person(name: &str, mentions: &[usize]) -> Person {
        let mentions = mentions.iter().map(|&m| m..m + 1).collect();
        Person { name: name.into(), aliases: vec![], mentions, gender: Gender::Unknown, age: None }
    }

    #[test]
    fn a_chain_of_namings_ends_in_one_person_and_a_loop_names_nobody() {
        let people = vec![person("the clerk", &[1, 2]), person("the stranger", &[3]), person("Monks", &[4])];
        // The clerk is named `the stranger`, who is named Monks.
        let named = Attribution { speakers: vec![Some(0), Some(1), Some(2), None], named: vec![(0, 1), (1, 2)] };
        let (people, speakers) = fold(people, named);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Monks");
        assert_eq!(people[0].mentions.len(), 4);
        assert_eq!(speakers, [Some(0), Some(0), Some(0), None]);
        // A loop keeps both.
        let people = vec![person("the clerk", &[1]), person("the stranger", &[3, 5])];
        let named = Attribution { speakers: vec![Some(0), Some(1)], named: vec![(0, 1), (1, 0)] };
        let (people, speakers) = fold(people, named);
        assert_eq!(people.len(), 2);
        assert_eq!(speakers, [Some(1), Some(0)]);
    }

    #[test]
    fn a_person_folded_in_brings_every_name() {
        let mut grey = person("Miss Grey", &[5]);
        grey.aliases.push("Grey".into());
        let named = Attribution { speakers: vec![Some(1)], named: vec![(1, 0)] };
        let (people, speakers) = fold(vec![person("Ann", &[1, 2]), grey], named);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].aliases, ["Miss Grey", "Grey"]);
        assert_eq!(speakers, [Some(0)]);
    }
}
