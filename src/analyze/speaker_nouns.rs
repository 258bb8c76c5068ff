//! Speakers named by a description instead of a name: `said the old lady`, `her mother cried`,
//! `replied his companion`. Novels do this all the time; the description's noun tells the
//! speaker's sex, and a possessive (`her mother`) says the speaker is not the woman just named.

use super::{Age, Gender};

/// What a description tells about the speaker it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Description {
    /// A noun of that sex (`the girl`, `the old gentleman`); `possessor` is the sex of a
    /// possessive before it (`her aunt`: the speaker is another person than "her"); `kin`
    /// when the noun is a parent or a spouse, who bears the possessor's surname (`his wife`).
    /// `age` is what an adjective or the noun tells of the person's age (`the old lady`, `the boy`).
    Sexed { sex: Gender, possessor: Option<Gender>, kin: bool, age: Option<Age> },
    /// `the other`, `his companion`: the other party of the conversation.
    OtherParty,
    /// `the latter`: the last person named before.
    Latter,
    /// `the former`: the person named before the last one.
    Former,
}

/// The age an adjective tells: `old Mr. Hale`, `little Ned`, `the young lady`.
pub fn age_of_adjective(word: &str) -> Option<Age> {
    match word {
        "old" | "elderly" | "aged" | "elder" => Some(Age::Old),
        "young" | "little" => Some(Age::Young),
        _ => None,
    }
}

/// The age a description's words tell: an adjective's (`the old girl` is no child), else a
/// child's noun's (`the boy`, `the girl`), else a young person's (`the lad`, `the youth`).
fn age(words: &[&str]) -> Option<Age> {
    let child = |w: &&str| matches!(head_word(w), "boy" | "girl");
    let young = |w: &&str| matches!(*w, "lad" | "lass" | "youth" | "damsel");
    words
        .iter()
        .find_map(|w| age_of_adjective(w))
        .or_else(|| words.iter().any(child).then_some(Age::Child))
        .or_else(|| words.iter().any(young).then_some(Age::Young))
}

/// Nouns that tell a woman.
const FEMALE: &[&str] = &[
    "lady", "woman", "girl", "mother", "wife", "aunt", "sister", "daughter", "widow", "maid", "matron", "mistress",
    "housekeeper", "landlady", "niece", "grandmother", "mama", "mamma", "dame", "lass", "governess", "bride",
    "hostess", "nurse", "queen", "duchess", "countess", "actress", "damsel", "signorina", "signora", "mademoiselle",
    "señora", "señorita",
];

/// Nouns that tell a man.
const MALE: &[&str] = &[
    "man", "gentleman", "boy", "father", "husband", "uncle", "brother", "son", "fellow", "lad", "youth", "jew",
    "nephew", "grandfather", "papa", "landlord", "master", "squire", "priest", "clergyman", "parson", "vicar",
    "rector", "curate", "host", "king", "butler", "waiter", "chap", "gentlemen", "duke", "earl", "baronet", "sailor",
    "soldier", "footman", "coachman", "signor", "monsieur", "señor", "beadle", "robber", "sexton", "tinker", "pedlar",
    "peddler",
];

/// Parents and spouses: `his wife` bears his surname, `her father` hers.
const KIN: &[&str] = &["mother", "father", "wife", "husband", "mama", "mamma", "papa"];

/// Nouns for the person being talked with (a visitor or a guest is whoever calls, not one
/// character the word stood for before).
const OTHER: &[&str] = &["other", "companion", "visitor", "guest"];

/// Reads a description from its words in lower case (`["the", "old", "lady"]`), starting with
/// a determiner; up to two words (adjectives) may stand between determiner and noun. Returns
/// the description and how many words it took.
pub fn read(words: &[&str]) -> Option<(Description, usize)> {
    let possessor = match *words.first()? {
        "the" | "this" | "that" | "my" | "our" | "their" | "your" => None,
        "her" => Some(Gender::Female),
        "his" => Some(Gender::Male),
        _ => return None,
    };
    if possessor.is_none() {
        match words.get(1).copied() {
            Some("latter") => return Some((Description::Latter, 2)),
            Some("former") => return Some((Description::Former, 2)),
            _ => {}
        }
    }
    for (k, w) in words.iter().enumerate().take(4).skip(1) {
        if OTHER.contains(w) {
            return Some((Description::OtherParty, k + 1));
        }
        // An adjective may stand before the noun: "the old lady", "her eldest daughter".
        let Some(sex) = sex_of_noun(w) else { continue };
        let age = age(&words[1..=k]);
        return Some((Description::Sexed { sex, possessor, kin: KIN.contains(w), age }, k + 1));
    }
    None
}

/// The word of a compound noun that tells what it is, its last (`boy` in `charity-boy`,
/// `woman` in `washer-woman`); a plain noun is its own.
fn head_word(word: &str) -> &str {
    word.rsplit('-').next().unwrap_or(word)
}

/// The sex a noun for a person tells (`lady`, `gentleman`), in lower case.
pub fn sex_of_noun(word: &str) -> Option<Gender> {
    let word = head_word(word);
    if FEMALE.contains(&word) {
        Some(Gender::Female)
    } else if MALE.contains(&word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The sex of a parent or a spouse (`mamma`, `husband`), in lower case: kin who bear the
/// surname of the one they belong to.
pub fn kin_sex(word: &str) -> Option<Gender> {
    KIN.contains(&word).then(|| sex_of_noun(word)).flatten()
}

/// Whether a noun (in lower case) tells a relation rather than a kind of person: a parent, a
/// spouse, a child, a sibling and the like (`her sister` may also be `the young lady`).
pub fn relative(word: &str) -> bool {
    KIN.contains(&word)
        || matches!(
            word,
            "daughter"
                | "son"
                | "sister"
                | "brother"
                | "aunt"
                | "uncle"
                | "niece"
                | "nephew"
                | "grandmother"
                | "grandfather"
        )
}

/// Reads a description that ends at the last of `words` (`her mother` before `said`).
pub fn read_backwards(words: &[&str]) -> Option<Description> {
    let n = words.len();
    (2..=4.min(n)).find_map(|len| read(&words[n - len..]).filter(|&(_, used)| used == len).map(|(d, _)| d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_tells_the_sex() {
        assert_eq!(
            read(&["the", "old", "lady", "starting"]),
            Some((Description::Sexed { sex: Gender::Female, possessor: None, kin: false, age: Some(Age::Old) }, 3))
        );
        assert_eq!(
            read(&["the", "gentleman"]),
            Some((Description::Sexed { sex: Gender::Male, possessor: None, kin: false, age: None }, 2))
        );
        assert_eq!(
            read(&["the", "boy"]),
            Some((Description::Sexed { sex: Gender::Male, possessor: None, kin: false, age: Some(Age::Child) }, 2))
        );
    }

    #[test]
    fn a_possessive_is_kept() {
        assert_eq!(
            read(&["her", "father"]),
            Some((Description::Sexed { sex: Gender::Male, possessor: Some(Gender::Female), kin: true, age: None }, 2))
        );
    }

    #[test]
    fn the_other_party() {
        assert_eq!(read(&["his", "companion"]), Some((Description::OtherParty, 2)));
        assert_eq!(read(&["the", "other"]), Some((Description::OtherParty, 2)));
        assert_eq!(read(&["her", "visitor"]), Some((Description::OtherParty, 2)));
    }

    #[test]
    fn the_latter_and_the_former() {
        assert_eq!(read(&["the", "latter"]), Some((Description::Latter, 2)));
        assert_eq!(read(&["the", "former", "gravely"]), Some((Description::Former, 2)));
        assert_eq!(read(&["her", "latter"]), None);
    }

    #[test]
    fn no_determiner_or_no_noun() {
        assert_eq!(read(&["old", "lady"]), None);
        assert_eq!(read(&["the", "door", "was", "shut", "tight"]), None);
        assert_eq!(read(&[]), None);
    }

    #[test]
    fn backwards_before_a_verb() {
        assert_eq!(
            read_backwards(&["then", "her", "aunt"]),
            Some(Description::Sexed { sex: Gender::Female, possessor: Some(Gender::Female), kin: false, age: None })
        );
        assert_eq!(read_backwards(&["the", "aunt", "went"]), None);
    }
}
