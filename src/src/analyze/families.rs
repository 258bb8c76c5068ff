//! Families by surname: `said his wife` after Mr. Rowe speaks is Mrs. Rowe, `her father`
//! of Nell Dunn is Mr. Dunn. Parents and spouses bear one surname in the novels and news
//! byline reads, so the surname a person's names tell finds their kin among the people.

use super::fast_hash::FastMap as HashMap;
use super::lexicon::{first_names, lower};
use super::{Gender, Person};

/// Words that stand before a surname without being a given name.
const TITLES: &[&str] = &["Mr.", "Mrs.", "Miss", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Lady", "Sir", "Lord", "Master"];

/// The surname one of a person's names tells: the last word of a name of two words or more
/// (`Mrs. Rowe`, `Hugh Lake`), from the fullest form, the name itself before its aliases when
/// they are as full. A form that ends in the given name (`Miss Emma`, `Aunt Emma`) tells none.
pub fn surname(person: &Person) -> Option<&str> {
    let mut name = person.name.split_whitespace();
    let given = name.next().filter(|w| !TITLES.contains(w) && name.next().is_some());
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .filter_map(|form| {
            let words: Vec<&str> = form.split_whitespace().collect();
            let last = *words.last()?;
            let capitalised =
                last.chars().next().is_some_and(char::is_uppercase) && last.chars().skip(1).all(char::is_lowercase);
            (words.len() >= 2 && capitalised && !TITLES.contains(&last) && given != Some(last))
                .then_some((words.len(), last))
        })
        .rev()
        .max_by_key(|&(n, _)| n)
        .map(|(_, last)| last)
}

/// Each person's surname, and the people bearing each, told once for a text: a family is
/// then found among its own members, not by looking at every person.
pub struct Surnames<'a> {
    of: Vec<Option<&'a str>>,
    bearers: HashMap<&'a str, Vec<usize>>,
}

pub fn surnames(people: &[Person]) -> Surnames<'_> {
    let of: Vec<Option<&str>> = people.iter().map(surname).collect();
    let mut bearers: HashMap<&str, Vec<usize>> = HashMap::default();
    for (p, name) in of.iter().enumerate() {
        if let Some(name) = name {
            bearers.entry(name).or_default().push(p);
        }
    }
    Surnames { of, bearers }
}

/// The person of sex `sex` other than `owner` who bears `owner`'s surname: a mother or a wife
/// is a married woman (`Mrs. Miller`, not her daughter `Daisy Miller`); else, and among
/// several, the most mentioned one.
pub fn kin_of(people: &[Person], surnames: &Surnames, owner: usize, sex: Gender) -> Option<usize> {
    let name = surnames.of[owner]?;
    let married = |p: usize| sex == Gender::Female && titled(&people[p], &MARRIED);
    surnames.bearers[name]
        .iter()
        .copied()
        .filter(|&p| p != owner && people[p].gender == sex)
        .max_by_key(|&p| (married(p), people[p].mentions.len()))
}

/// Whether a person is named with the title of a married woman or of a man (`Mrs. Miller`,
/// `Mr. Reed`, `Lord Marchmain`, `Dr. Kemp`): one who can be someone's parent or spouse, not a
/// sibling named by a given name.
pub fn elder(person: &Person) -> bool {
    titled(person, &MARRIED)
        || titled(person, &["Mr. ", "Mr ", "Sir ", "Lord ", "Dr. ", "Colonel ", "General ", "Captain ", "Count "])
}

/// Whether a person's own name, aliases aside, has a married woman's or a man's title
/// (`Mrs. Maylie`, `Mr. Bumble`): no child. (An alias may be a parent's name merged in: a `Mr.
/// Miller` among the boy's. And `Lady Mary` or `Sir Tom` may be a child.)
pub fn named_as_elder(person: &Person) -> bool {
    ["Mrs.", "Mrs ", "Madame ", "Mr. ", "Mr "].iter().any(|t| person.name.starts_with(t))
}

/// Whether a person's own name is the way a young woman is named: `Miss` before a given name
/// (`Miss Rose`, not `Miss Bates`). (`Master` may be a schoolmaster's title.)
pub fn named_young(person: &Person) -> bool {
    let mut words = person.name.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("Miss"), Some(given), None) => first_names().contains_key(lower(given).as_str()),
        _ => false,
    }
}

/// Whether a person is named, or also named, with one of `titles`.
fn titled(person: &Person, titles: &[&str]) -> bool {
    std::iter::once(&person.name).chain(&person.aliases).any(|n| titles.iter().any(|t| n.starts_with(t)))
}

/// Titles of a married woman.
const MARRIED: [&str; 4] = ["Mrs.", "Mrs ", "Madame ", "Lady "];

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, aliases: &[&str], gender: Gender, mentions: usize) -> Person {
        Person {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: vec![0..1; mentions],
            gender,
            age: None,
        }
    }

    #[test]
    fn the_surname_is_the_last_word_of_a_full_name() {
        assert_eq!(surname(&person("Mrs. Rowe", &[], Gender::Female, 1)), Some("Rowe"));
        assert_eq!(surname(&person("Nell", &["Nell Dunn"], Gender::Female, 1)), Some("Dunn"));
        assert_eq!(surname(&person("Ruth", &[], Gender::Female, 1)), None);
        // The name itself first, and never a form that ends in the given name.
        assert_eq!(
            surname(&person("Emma Hale", &["Miss Hale", "Aunt Emma", "Miss Emma"], Gender::Female, 1)),
            Some("Hale")
        );
        assert_eq!(surname(&person("Mr. Hale", &["Hale"], Gender::Male, 1)), Some("Hale"));
    }

    #[test]
    fn kin_bears_the_surname() {
        let people = [
            person("Mr. Rowe", &["Rowe"], Gender::Male, 9),
            person("Mrs. Rowe", &[], Gender::Female, 7),
            person("Mrs. Pym", &[], Gender::Female, 12),
            person("Hugh Lake", &[], Gender::Male, 5),
        ];
        let names = surnames(&people);
        assert_eq!(kin_of(&people, &names, 0, Gender::Female), Some(1));
        assert_eq!(kin_of(&people, &names, 1, Gender::Male), Some(0));
        assert_eq!(kin_of(&people, &names, 3, Gender::Female), None);
        // Her mother is the married woman of the name, not the sister named more often.
        let people = [
            person("Tom Gray", &[], Gender::Male, 4),
            person("Ann Gray", &["Miss Gray"], Gender::Female, 30),
            person("Mrs. Gray", &["Gray"], Gender::Female, 6),
        ];
        assert_eq!(kin_of(&people, &surnames(&people), 0, Gender::Female), Some(2));
    }
}
