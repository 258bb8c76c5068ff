//! Grouping: which surface forms are people, and which mentions are one person. Multi-word
//! names merge when one's words are within the other's or they share a surname without
//! conflicting given names; single words join the one person they can stand for (the nearest
//! one before them when several fit, never one of another sex by title); then each person
//! gets its fullest name, its aliases and its sex.

use super::name_index::NameIndex;
use super::{epithet_of_one_word, is_person, Candidate, Form};
use crate::analyze::fast_hash::{FastMap as HashMap, FastSet};
use crate::analyze::lexicon::{self, first_names, lower};
use crate::analyze::tokens::last_word_start;
use crate::analyze::{speaker_nouns, Age, Gender, Person};
use std::ops::Range;

/// A person being assembled.
#[derive(Debug)]
struct Entity {
    /// The words of its fullest name.
    words: Vec<String>,
    /// The sex its title or given name implies, to keep people of the other sex apart.
    title_gender: Option<Gender>,
    mentions: Vec<(Range<usize>, usize)>,
    /// How many of its mentions so far give more than one word of its name (`Jane Fairfax`).
    named_in_full: usize,
    /// Whether a title of some sex stood before one of its mentions (`Mr. Darcy`).
    titled: bool,
    gender_votes: [i32; 2],
    /// How often an adjective before a mention calls them young, and old.
    age_votes: [usize; 2],
    last_seen: usize,
    /// Known only by a capitalised epithet after "the" ("the Quiet Man"), which its name
    /// keeps.
    epithet: bool,
    /// Whether its title says it is a married woman ("Mrs.") or an unmarried one ("Miss"),
    /// once a title has: "Miss Bates" and "Mrs. Bates" are two people.
    married: Option<bool>,
    /// Named in full only as a wife with a man's given name (`Mrs. James Cooper`): the
    /// given name is her husband's, and alone it is not her.
    husbands_name: bool,
}

impl Entity {
    /// A person known so far by `words` only, with no mention counted yet.
    fn new(words: Vec<String>, title_gender: Option<Gender>, epithet: bool) -> Entity {
        Entity {
            words,
            title_gender,
            mentions: Vec::new(),
            named_in_full: 0,
            titled: false,
            gender_votes: [0, 0],
            age_votes: [0, 0],
            last_seen: 0,
            epithet,
            married: None,
            husbands_name: false,
        }
    }
}

/// Whether a candidate's title tells a married woman ("Mrs.", "Madame") or an unmarried one
/// ("Miss", "Mademoiselle"); "Ms." and the rest tell neither.
pub(super) fn married(text: &str, c: &Candidate) -> Option<bool> {
    let (t, _) = c.title.as_ref()?;
    let title = text[t.clone()].trim_end_matches('.');
    let is = |words: &[&str]| words.iter().any(|w| title.eq_ignore_ascii_case(w));
    if is(&["mrs", "mme", "madame"]) {
        Some(true)
    } else if is(&["miss", "mlle", "mademoiselle"]) {
        Some(false)
    } else {
        None
    }
}

/// Whether two words can stand for the same name part ("J" for "John").
fn word_matches(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() == 1 && b.starts_with(a)) || (b.chars().count() == 1 && a.starts_with(b))
}

/// Whether a multi-word name can be the same person as an entity's fuller name.
fn compatible(words: &[String], entity: &[String]) -> bool {
    if words.iter().all(|w| entity.iter().any(|e| word_matches(w, e))) {
        return true;
    }
    let names = first_names();
    let shares_surname =
        words.iter().any(|w| w.chars().count() >= 3 && !names.contains_key(w.as_str()) && entity.contains(w));
    // Two given names; or a familiar form and an initial that none of the names it stands for
    // starts with (`Freddy Honeychurch` is not the `L. M. Honeychurch` who signs a letter,
    // `Bob Dole` may be `R. J. Dole`; a form the list does not know, `Kit`, may be anyone's).
    let familiar_against_initial = |name: &String, initial: &String| {
        let formal = lexicon::given_names_of(name);
        initial.chars().count() == 1 && !formal.is_empty() && !formal.iter().any(|g| g.starts_with(initial.as_str()))
    };
    let first_conflict = {
        let (a, b) = (&words[0], &entity[0]);
        (names.contains_key(a.as_str())
            && names.contains_key(b.as_str())
            && !word_matches(a, b)
            && !lexicon::same_given_name(a, b))
            || familiar_against_initial(a, b)
            || familiar_against_initial(b, a)
    };
    shares_surname && !first_conflict
}

pub(super) fn group(text: &str, candidates: &[Candidate], forms: &HashMap<String, Form>) -> Vec<Person> {
    let mut entities: Vec<Entity> = Vec::new();
    // Multi-word people first, fullest names first, so shorter forms find them.
    let mut multi: Vec<(&String, &Form)> = forms.iter().filter(|(k, _)| k.contains(' ')).collect();
    multi.sort_by(|a, b| {
        b.0.matches(' ').count().cmp(&a.0.matches(' ').count()).then(b.1.count.cmp(&a.1.count)).then(a.0.cmp(b.0))
    });
    let mut form_entity: HashMap<&str, usize> = HashMap::default();
    let mut index = NameIndex::default();
    let families = family_surnames(candidates);
    for (key, form) in multi {
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        // "the John Knightleys", "those Florentine Emersons": a family, in the plural of a
        // name the text uses more often alone.
        let last = &words[words.len() - 1];
        let stems = [last.strip_suffix('s'), last.strip_suffix("es")];
        if stems.into_iter().flatten().any(|stem| forms.get(stem).is_some_and(|f| f.count > form.count)) {
            continue;
        }
        let mut fits = index.candidates(&words, |w| first_names().contains_key(w));
        fits.retain(|&e| compatible(&words, &entities[e].words));
        if fits.len() == 1 {
            // The person's name parts grow with each form ("Kardashian West" + "Kim Kardashian").
            let e = &mut entities[fits[0]];
            // `F. C. Weston Churchill` told no sex; `Frank Churchill` does.
            e.title_gender = e.title_gender.or_else(|| first_names().get(words[0].as_str()).copied());
            for w in words {
                if !e.words.contains(&w) {
                    index.add(fits[0], &w);
                    // Before the surname, which stays last.
                    let at = e.words.len() - 1;
                    e.words.insert(at, w);
                }
            }
            e.husbands_name &= form.wife_only;
            form_entity.insert(key, fits[0]);
        } else if is_person(&words, form, surname_speaks(&words, forms, &families)) {
            for w in &words {
                index.add(entities.len(), w);
            }
            form_entity.insert(key, entities.len());
            // The sex a given name tells keeps "Mrs. Churchill" off "Frank Churchill"; so does
            // the title of one whose given name tells none (`Mr. Mordecai Smith` is not `Mrs.
            // Smith`).
            let sex = first_names().get(words[0].as_str()).copied().or_else(|| form.title_sex());
            // Known by an epithet when nearly always after "the": `I am Invisible Man the
            // First` once among twenty `the Invisible Man` does not make it a name.
            let epithet = form.after_the * 5 >= form.count * 4 && !form.titled;
            let husbands_name = form.wife_only && sex == Some(Gender::Male);
            // She is a woman, whatever her husband's given name tells.
            let sex = if husbands_name { Some(Gender::Female) } else { sex };
            entities.push(Entity { husbands_name, ..Entity::new(words, sex, epithet) });
        }
    }
    // Every occurrence, in text order: multi-word ones by their form, single words by whom
    // they can stand for (looked up by word, so the pass stays linear).
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        for w in &e.words {
            by_word.entry(w.clone()).or_default().push(i);
        }
    }
    // The long words of full names, by first letter and length, for spotting misspellings.
    let mut long_words: LongWords = HashMap::default();
    for (w, es) in &by_word {
        let n = w.chars().count();
        if n >= 6 {
            for &e in es {
                long_words.entry((w.chars().next().unwrap_or(' '), n)).or_default().push((w.clone(), e));
            }
        }
    }
    // People named in full with a title ("Mr. Tom Lorne"), and where first named in full at
    // all: a bare "Mr. Lorne" named before that is somebody else (an elder brother, whom the
    // title alone names), or the author would not need the given name; after it, the same
    // person again (a novel's "Jane Fairfax", then "Miss Fairfax", then once in a while "Miss
    // Jane Fairfax"). Named so once is a formal list (a chapter heading, the guests at a
    // dinner), which says nothing of a namesake.
    let mut titled: HashMap<(usize, Gender), usize> = HashMap::default();
    let mut first_in_full: HashMap<usize, usize> = HashMap::default();
    for c in candidates.iter().filter(|c| c.word_count() > 1) {
        let Some(&e) = form_entity.get(c.key()) else { continue };
        first_in_full.entry(e).or_insert(c.span.start);
        if let Some((_, g)) = c.title.as_ref().filter(|(_, g)| *g != Gender::Unknown) {
            *titled.entry((e, *g)).or_default() += 1;
        }
    }
    let titled_in_full: HashMap<(usize, Gender), usize> =
        titled.into_iter().filter(|(_, times)| *times > 1).map(|((e, g), _)| ((e, g), first_in_full[&e])).collect();
    let mothers = mother_and_daughter_surnames(text, candidates);
    // `Mrs. John Knightley` where the text also names `Mr. John Knightley`: his wife, by his
    // name, a person of her own. (Not one `Mrs. Knightley` stands for: that may be his mother.)
    let mut wives: HashMap<usize, usize> = HashMap::default();
    for c in candidates.iter().filter(|c| c.word_count() > 1 && married(text, c) == Some(true)) {
        let Some(&e) = form_entity.get(c.key()) else { continue };
        let a_man_of_the_name = forms.get(c.key()).is_some_and(|f| f.titled_sexes[1] > 0);
        if a_man_of_the_name && !entities[e].husbands_name && !wives.contains_key(&e) {
            let wife = Entity::new(entities[e].words.clone(), Some(Gender::Female), false);
            entities.push(Entity { husbands_name: true, married: Some(true), ..wife });
            wives.insert(e, entities.len() - 1);
        }
    }
    let slips = titled_slips(forms);
    let mut single_entity = SingleEntities::default();
    let mut misspelt = Misspellings::default();
    for c in candidates {
        let entity = if c.word_count() > 1 {
            form_entity.get(c.key()).map(|&e| {
                if married(text, c) == Some(true) {
                    wives.get(&e).copied().unwrap_or(e)
                } else {
                    e
                }
            })
        } else {
            let known = Known {
                text,
                by_word: &by_word,
                long_words: &long_words,
                titled_in_full: &titled_in_full,
                mothers: &mothers,
                slips: &slips,
            };
            resolve_single(c, forms, &mut entities, &known, &mut single_entity, &mut misspelt)
        };
        if let Some(e) = entity {
            let ent = &mut entities[e];
            ent.last_seen = c.span.start;
            let title_start = c.title.as_ref().map_or(c.span.start, |t| t.0.start);
            ent.mentions.push((c.span.clone(), title_start));
            ent.named_in_full += usize::from(c.word_count() > 1);
            ent.married = ent.married.or_else(|| married(text, c));
            if let Some(g) = c.pronoun_after {
                vote(&mut ent.gender_votes, g, 1);
            }
            if let Some((_, g)) = &c.title {
                vote(&mut ent.gender_votes, *g, 5);
                ent.titled |= *g != Gender::Unknown;
            }
            if let Some(a) = c.age {
                ent.age_votes[usize::from(a == Age::Old)] += 1;
            }
        }
    }
    merge_familiar_forms(&mut entities);
    finish(text, entities)
}

/// Gives the mentions of a person known only by a familiar form of a given name (`Lizzy`) to
/// the one person whose given name it stands for (`Elizabeth Bennet`); then those of a person
/// known only by a given name (`Elizabeth`) to the one named in full with a familiar form of it
/// (`Eliza Bennet`). Only when there is exactly one such person of the same sex, and when the
/// given name is one the text uses without a title (`Lady Catherine` is never `Kitty`, nor
/// `Queen Elizabeth` `Betty White`).
fn merge_familiar_forms(entities: &mut [Entity]) {
    // Looked up by first word, so that a text of thousands of people stays linear.
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        by_first.entry(e.words[0].clone()).or_default().push(i);
    }
    let untitled = |e: &Entity| e.mentions.iter().any(|(span, title_start)| *title_start == span.start);
    // Familiar forms first, so that `Lizzy` reaches `Elizabeth` before `Elizabeth` moves on.
    for familiar_first in [true, false] {
        for a in 0..entities.len() {
            let [word] = entities[a].words.as_slice() else { continue };
            if entities[a].mentions.is_empty() || (!familiar_first && !untitled(&entities[a])) {
                continue;
            }
            let names = if familiar_first { lexicon::given_names_of(word) } else { lexicon::familiar_forms_of(word) };
            let sex = entities[a].title_gender.or_else(|| first_names().get(word.as_str()).copied());
            let mut targets: Vec<usize> = names
                .iter()
                .filter_map(|n| by_first.get(*n))
                .flatten()
                .copied()
                .filter(|&b| {
                    let e = &entities[b];
                    b != a
                        && if familiar_first { untitled(e) } else { e.words.len() > 1 }
                        && sex.is_none_or(|g| e.title_gender.is_none_or(|h| g == h))
                })
                .collect();
            targets.sort_unstable();
            targets.dedup();
            let [b] = targets[..] else { continue };
            // Shown by the name it stands for: `Miss Lizzy` is no fuller a name than `Elizabeth`.
            let from =
                std::mem::take(&mut entities[a].mentions).into_iter().map(|(span, _)| (span.clone(), span.start));
            let (votes, ages, titled) = (entities[a].gender_votes, entities[a].age_votes, entities[a].titled);
            let e = &mut entities[b];
            e.mentions.extend(from);
            e.gender_votes = [e.gender_votes[0] + votes[0], e.gender_votes[1] + votes[1]];
            e.age_votes = [e.age_votes[0] + ages[0], e.age_votes[1] + ages[1]];
            e.titled |= titled;
        }
    }
}

/// Whether the last word of a name of several words is, alone, someone the text shows is a
/// person (`said Quarrow`, `Mr. Quarrow`): then the full name (`Zorbel Quarrow`) is that
/// person's, though its first word is no given name byline knows. A last word that is a given
/// name needs a title (`“Dreadful Hugo!”` is no full name) or a surname before it in a full
/// name used twice; it must stand where places do in fewer than a quarter of its uses (one `in
/// Hartley s study`, its apostrophe lost, among many `said Hartley`); and no word may be a
/// place. A surname the text gives both a man's and a woman's title (`Mr. Smith`, `Mrs. Smith`) is a
/// family's: a full name of unknown sex could be any of them, so it proves nothing.
fn surname_speaks(words: &[String], forms: &HashMap<String, Form>, families: &FastSet<&str>) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    let given = |w: &str| first_names().contains_key(w);
    // `Sherlock Holmes`: a last word that is a given name somewhere (`Holmes`) is still a
    // surname after another surname.
    let surname = |w: &str| lexicon::surnames().contains(w);
    // Twice, since some surnames are words too (`Sweet Arthur`).
    let full_twice = forms.get(words.join(" ").as_str()).is_some_and(|f| f.count >= 2);
    let evidenced = |f: &Form| f.evidence && (!given(last) || (surname(last) && surname(first) && full_twice));
    let a_person = forms
        .get(last.as_str())
        .is_some_and(|f| (f.titled || evidenced(f)) && !f.lowercase_too && f.placed * 4 < f.count);
    words.len() > 1
        && a_person
        && !given(first)
        && !families.contains(last.as_str())
        && !words.iter().any(|w| lexicon::place(w))
}

/// The surnames the text titles both as a man's and as a woman's (`Mr. Smith`, `Mrs. Smith`).
fn family_surnames(candidates: &[Candidate]) -> FastSet<&str> {
    titled_both_ways(candidates, |c| match c.title.as_ref()?.1 {
        Gender::Male => Some(false),
        Gender::Female => Some(true),
        Gender::Unknown => None,
    })
}

/// The surnames the text titles both "Mrs." and "Miss" (`Mrs. Hale`, `Miss Hale`): a mother
/// and a daughter at least.
fn mother_and_daughter_surnames<'c>(text: &str, candidates: &'c [Candidate]) -> FastSet<&'c str> {
    titled_both_ways(candidates, |c| married(text, c))
}

/// The one-word names that `title` (which of two kinds of title a mention has, if either)
/// finds with both kinds.
fn titled_both_ways(candidates: &[Candidate], title: impl Fn(&Candidate) -> Option<bool>) -> FastSet<&str> {
    let mut seen: HashMap<&str, [bool; 2]> = HashMap::default();
    for c in candidates.iter().filter(|c| c.word_count() == 1) {
        if let Some(kind) = title(c) {
            seen.entry(c.key()).or_default()[usize::from(kind)] = true;
        }
    }
    seen.into_iter().filter(|(_, [a, b])| *a && *b).map(|(k, _)| k).collect()
}

fn vote(votes: &mut [i32; 2], g: Gender, weight: i32) {
    match g {
        Gender::Female => votes[0] += weight,
        Gender::Male => votes[1] += weight,
        Gender::Unknown => {}
    }
}

/// How many people's names may share a word for that word alone to stand for one of them.
const MAX_BEARERS: usize = 40;

/// How close a mention must follow another person's to be taken for them over the one the
/// text names most.
const NEAR_BYTES: usize = 250;

type LongWords = HashMap<(char, usize), Vec<(String, usize)>>;

/// What single-word names are looked up in: the text, the people's name words, the long
/// ones among them by first letter and length, and the people named in full with a title.
#[derive(Clone, Copy)]
struct Known<'a> {
    text: &'a str,
    by_word: &'a HashMap<String, Vec<usize>>,
    long_words: &'a LongWords,
    titled_in_full: &'a HashMap<(usize, Gender), usize>,
    /// The surnames titled both "Mrs." and "Miss".
    mothers: &'a FastSet<&'a str>,
    /// Titled names seen once that misspell one titled often (`Mr. Browlow`).
    slips: &'a HashMap<&'a str, &'a str>,
}

/// People known by one word, by that word, with a slot for each kind of person a title gives
/// them (none, female, male, unmarried female): "Mr. Bennet", "Mrs. Bennet" and "Miss Bennet"
/// are three people. Looked up by the word alone, so a look-up builds no key.
type SingleEntities = HashMap<String, [Option<usize>; 4]>;

/// The slot of a title's sex, or of "Miss".
fn slot(title_gender: Option<Gender>, married: Option<bool>) -> usize {
    match (title_gender, married) {
        (_, Some(false)) => 3,
        (Some(Gender::Female), _) => 1,
        (Some(Gender::Male), _) => 2,
        _ => 0,
    }
}

/// Whom each word is a misspelling of, once asked: the long words of full names are all known
/// before the single words are read, so the answer never changes, and a book asks it of the
/// same capitalised words thousands of times.
type Misspellings<'c> = HashMap<&'c str, Option<usize>>;

/// The entity a one-word name stands for, creating one when it is a person of its own.
fn resolve_single<'c>(
    c: &'c Candidate,
    forms: &HashMap<String, Form>,
    entities: &mut Vec<Entity>,
    known: &Known,
    single_entity: &mut SingleEntities,
    misspelt: &mut Misspellings<'c>,
) -> Option<usize> {
    let Known { text, by_word, long_words, titled_in_full, mothers, slips } = *known;
    let word = &c.key;
    // "the Westons", "what Emersons": a family named after someone, not a person; unless,
    // without `the`, the word is the surname of someone named in full and its singular is not
    // (`Bill Sikes` makes `whispered Sikes` his, though a slip wrote `Mr. Sike's` once).
    let known = |stem: &str| {
        by_word.contains_key(stem) || single_entity.get(stem).is_some_and(|slots| slots.iter().any(Option::is_some))
    };
    let surname_in_full = |w: &str| {
        by_word.get(w).is_some_and(|es| {
            es.iter().map(|&e| &entities[e].words).any(|words| {
                words.len() > 1 && words.last().is_some_and(|l| l == w) && first_names().contains_key(words[0].as_str())
            })
        })
    };
    let stem = [word.strip_suffix('s'), word.strip_suffix("es")].into_iter().flatten().find(|s| known(s));
    if stem
        .filter(|_| word.len() > 3)
        .is_some_and(|stem| c.after_the || !surname_in_full(word) || surname_in_full(stem))
    {
        return None;
    }
    let title_gender = c.title.as_ref().map(|t| t.1).filter(|g| *g != Gender::Unknown);
    let married = married(text, c);
    let own_slot = slot(title_gender, married);
    // `Mr. Browlow` once, in a book of `Mr. Brownlow`s: a slip of the pen or the press.
    if let Some(e) = slips.get(word.as_str()).and_then(|w| single_entity.get(*w)).and_then(|s| s[own_slot]) {
        return Some(e);
    }
    let sex_fits = |e: &Entity| {
        let sex = match (title_gender, e.title_gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        sex && married.is_none_or(|m| e.married.is_none_or(|n| m == n))
    };
    let mut slots = single_entity.get(word.as_str()).copied().unwrap_or_default();
    // A bare `Mr. Lorne` is not `Mr. Tom Lorne` when named before him, or when the text
    // already has a `Mr. Lorne` of his own.
    let someone_else = |e: usize, g: Gender| {
        titled_in_full.get(&(e, g)).is_some_and(|&first| c.span.start < first || slots[own_slot].is_some())
    };
    // The people whose surname, then whose first name, this is. A word that many people's
    // names share (a directory of "John"s) tells none of them; looking at them all at each
    // mention would make the pass quadratic.
    let bearers = by_word.get(word.as_str()).map_or(&[][..], Vec::as_slice);
    let bearers = if bearers.len() > MAX_BEARERS { &[][..] } else { bearers };
    let having: Vec<usize> =
        bearers.iter().copied().filter(|&e| title_gender.is_none_or(|g| !someone_else(e, g))).collect();
    // `Mrs. Bennet` or `Lady Lucas` where a man of that surname is known is his wife, not a
    // woman the text names by given name and surname (a daughter), unless it names her in full
    // as a wife (`Mrs. Anne Lucas`); so is a `Mrs. Hale` where the text has a `Miss Hale`.
    let man_of_the_name = slots[2].is_some()
        || having
            .iter()
            .any(|&e| entities[e].title_gender == Some(Gender::Male) && entities[e].words.last() == Some(word));
    let a_wife = title_gender == Some(Gender::Female)
        && married != Some(false)
        && (man_of_the_name || mothers.contains(word.as_str()));
    let mut fits: Vec<usize> = having
        .iter()
        .copied()
        .filter(|&e| entities[e].words.len() > 1 && entities[e].words.last() == Some(word) && sex_fits(&entities[e]))
        .filter(|&e| !a_wife || entities[e].married == Some(true))
        .collect();
    // A title of a sex (`Mr.`, `Mrs.`, `Sir`, `Lady`), `Miss` aside, goes before a surname or a
    // first name (`Mrs. Rachel`), never before a middle name (`Mrs. Weston` is not the
    // `Weston` of `F. C. Weston Churchill`).
    let not_middle = title_gender.is_some() && married != Some(false);
    if fits.is_empty() && !lexicon::place(word) {
        // A given name alone ("Kim" for "Kim Kardashian"); never a middle name, nor a place
        // that is also a given name ("Kenya" is not the "Kenya" of a "Kenya House"), nor the
        // husband's name a wife goes by.
        let given = first_names().contains_key(word.as_str());
        fits = having
            .iter()
            .copied()
            .filter(|&e| {
                let ws = &entities[e].words;
                ws.len() > 1
                    && (ws[0] == *word || (given && !not_middle && ws.last() != Some(word)))
                    && sex_fits(&entities[e])
                    && !(entities[e].husbands_name && ws[0] == *word)
            })
            .collect();
    }
    // "Darcy" named bare before "Mr. Darcy": the title tells the sex of the one known so far,
    // unless what the text says of them ("she") tells the other.
    if let (Some(g), None, Some(e)) = (title_gender, slots[own_slot], slots[0]) {
        let votes = entities[e].gender_votes;
        let against = match g {
            Gender::Female => votes[1] > votes[0],
            _ => votes[0] > votes[1],
        };
        // `Colonel Forster` is neither `Mrs. Forster` nor `Miss Forster`: a title that tells no
        // sex, before a surname alone, is far more often the husband's or the father's. (`Ms.
        // Warren` after `Senator Warren` is the news naming the senator again.)
        let titled_sexless = entities[e].mentions.iter().any(|(span, title_start)| *title_start < span.start);
        let his_kin = g == Gender::Female && married.is_some() && titled_sexless;
        if entities[e].title_gender.is_none() && entities[e].words.len() == 1 && !against && !his_kin {
            entities[e].title_gender = Some(g);
            slots[own_slot] = Some(e);
            single_entity.entry(word.clone()).or_default()[own_slot] = Some(e);
        }
    }
    if let Some(e) = slots[own_slot] {
        fits.push(e);
    } else if title_gender.is_none() {
        // An untitled "Bennet" may be Mr., Mrs. or Miss Bennet.
        fits.extend(slots[1..].iter().flatten());
    }
    fits.sort_unstable();
    fits.dedup();
    match fits.len() {
        1 => return Some(fits[0]),
        n if n > 1 => {
            // Several people fit: the one named just before, if that was in the last few
            // lines of the same paragraph; else the one the text has named most so far (a
            // biography's "Goode" is its subject, not the son named once at the end of the
            // paragraph before). A given name counts only the full names said: a novel's
            // "Jane" is the heroine named in full a hundred times, not a mother named once
            // whose surname a busy aunt shares.
            let latest = fits.iter().copied().max_by_key(|&e| entities[e].last_seen)?;
            let since = entities[latest].last_seen..c.span.start;
            if since.len() < NEAR_BYTES && !text.get(since).is_some_and(|s| s.contains("\n\n")) {
                return Some(latest);
            }
            let given_name = fits.iter().all(|&e| entities[e].words.len() > 1 && entities[e].words[0] == *word);
            let in_full = |e: usize| if given_name { entities[e].named_in_full } else { 0 };
            return fits
                .iter()
                .copied()
                .max_by_key(|&e| (in_full(e), entities[e].mentions.len(), entities[e].last_seen));
        }
        _ => {}
    }
    // "Hill", "Street": organisation words stand alone only for someone already named, in
    // full or with a title ("Mr. Hall").
    if lexicon::org_word(word) && c.title.is_none() {
        return None;
    }
    let form = forms.get(word.as_str())?;
    if is_person(&c.words(), form, false) {
        let e = entities.len();
        let epithet = epithet_of_one_word(&c.words(), form);
        entities.push(Entity::new(c.words(), title_gender, epithet));
        single_entity.entry(word.clone()).or_default()[own_slot] = Some(e);
        return Some(e);
    }
    // A misspelt surname ("Kardahian" for "Kardashian") of someone already named.
    let len = word.chars().count();
    if len >= 6 && !c.sentence_start || len >= 8 {
        return *misspelt.entry(word).or_insert_with(|| misspelling_of(word, len, long_words));
    }
    None
}

/// The titled one-word names seen once that misspell, by a letter dropped or added, exactly one
/// long titled name seen at least `TITLED_OFTEN` times: `Browlow` for `Brownlow`, when the text
/// says `Mr. Brownlow` forty times and `Mr. Browlow` once. Looked up by first letter and length,
/// so the pass stays linear.
fn titled_slips(forms: &HashMap<String, Form>) -> HashMap<&str, &str> {
    let long = |k: &&String| !k.contains(' ') && k.chars().count() >= 6;
    let mut often: HashMap<(char, usize), Vec<&str>> = HashMap::default();
    for (k, _) in forms.iter().filter(|(k, f)| long(k) && f.titled && f.count >= TITLED_OFTEN) {
        often.entry((k.chars().next().unwrap_or(' '), k.chars().count())).or_default().push(k);
    }
    let mut slips = HashMap::default();
    for (k, _) in forms.iter().filter(|(k, f)| long(k) && f.titled && f.count == 1) {
        let (first, len) = (k.chars().next().unwrap_or(' '), k.chars().count());
        // A letter dropped or added; one changed is most often another name (`Hansen`,
        // `Hanson`).
        let mut near = [len - 1, len + 1]
            .into_iter()
            .filter_map(|l| often.get(&(first, l)))
            .flatten()
            .take(MAX_BEARERS)
            .filter(|w| one_edit_apart(w, k));
        if let (Some(w), None) = (near.next(), near.next()) {
            slips.insert(k.as_str(), *w);
        }
    }
    slips
}

/// How often a titled name is seen for a rarer one a letter off to be its misspelling.
const TITLED_OFTEN: usize = 3;

/// The one person whose long name word `word` (of `len` characters) misspells, if exactly one.
fn misspelling_of(word: &str, len: usize, long_words: &LongWords) -> Option<usize> {
    let first = word.chars().next().unwrap_or(' ');
    let mut near: Vec<usize> = (len - 1..=len + 1)
        .filter_map(|l| long_words.get(&(first, l)))
        .flatten()
        .filter(|(w, _)| one_edit_apart(w, word))
        .map(|(_, e)| *e)
        .collect();
    near.sort_unstable();
    near.dedup();
    (near.len() == 1).then(|| near[0])
}

/// Whether two words differ by one inserted, deleted or replaced character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Names, aliases, gender and sorted mentions of each entity.
fn finish(text: &str, entities: Vec<Entity>) -> Vec<Person> {
    let mut people = Vec::new();
    for mut e in entities {
        if e.mentions.is_empty() {
            continue;
        }
        e.mentions.sort_by_key(|m| m.0.start);
        e.mentions.dedup_by_key(|m| m.0.start);
        // Surface forms with how often each is used, how many words it has, and whether it
        // is a name without a title.
        let mut surfaces: Vec<Surface> = Vec::new();
        for (span, title_start) in &e.mentions {
            let plain = clean_surface(&text[span.clone()]);
            let titled = (*title_start < span.start).then(|| clean_surface(&text[*title_start..span.end]));
            // `James Cooper` is the husband's name, not hers.
            let plain = (!e.husbands_name || titled.is_none()).then_some(plain);
            for (s, untitled) in plain.map(|p| (p, true)).into_iter().chain(titled.map(|t| (t, false))) {
                match surfaces.iter_mut().find(|x| x.text == s) {
                    Some(x) => x.count += 1,
                    None => {
                        let words = s.split(' ').count();
                        surfaces.push(Surface { text: s.into_owned(), count: 1, words, untitled });
                    }
                }
            }
        }
        if is_estate(text, &e, &surfaces) {
            continue;
        }
        // A wife known by her husband's name is shown with her title (`Mrs. James Cooper`).
        let untitled_multi = !e.husbands_name && surfaces.iter().any(|x| x.untitled && x.words > 1);
        surfaces.sort_by(|a, b| b.words.cmp(&a.words).then(b.count.cmp(&a.count)));
        // The fullest name; a titled form only when no first name is ever given ("Mr. Elton").
        let name = if untitled_multi {
            // A form of several words that starts with a given name ("Kim Kardashian" over
            // "Kardashian West", "Hugh Lake" over "H. R. Rowe Lake"; a lone given name never
            // beats a full name); then the most words; then the most used.
            let starts_with_given_name =
                |s: &str| s.split(' ').next().is_some_and(|w| first_names().contains_key(lower(w).as_str()));
            let best = surfaces
                .iter()
                .filter(|x| x.untitled)
                .max_by_key(|x| (x.words > 1 && starts_with_given_name(&x.text), x.words, x.count));
            best.map(|x| x.text.clone()).unwrap_or_default()
        } else {
            // A form in ordinary case over one in capitals (a chapter's heading `MR. MONKS`).
            let ordinary_case = |x: &&Surface| x.text.chars().any(char::is_lowercase);
            surfaces.iter().find(ordinary_case).unwrap_or(&surfaces[0]).text.clone()
        };
        let mut aliases: Vec<String> = surfaces.into_iter().map(|s| s.text).filter(|s| s != &name).collect();
        let name = if e.epithet { format!("the {name}") } else { name };
        aliases.dedup();
        let first_gender =
            e.words.first().and_then(|w| first_names().get(w.as_str())).copied().filter(|_| !e.husbands_name);
        if let Some(g) = first_gender {
            // A given name that is also a word (`Frank`, `Rose`) tells the sex once the text
            // names the person in full with it (`Frank Churchill`); one common for both sexes
            // does not.
            let word_name = e.named_in_full > 0 && !lexicon::unisex_first_name(&e.words[0]);
            if !lexicon::ambiguous_first_name(&e.words[0]) || word_name {
                // A given name outweighs the pronouns after the name (told from a woman's side,
                // "she" follows a man's name every time), but not a title: `Mr. Darcy`.
                let pronouns = if e.titled { 0 } else { i32::try_from(e.mentions.len()).unwrap_or(i32::MAX - 3) };
                vote(&mut e.gender_votes, g, 3 + pronouns);
            }
        }
        let gender = match e.gender_votes {
            [f, m] if f > m => Gender::Female,
            [f, m] if m > f => Gender::Male,
            // `the Invisible Man`: an epithet's noun tells what nothing else did.
            _ if e.epithet => e.words.last().and_then(|w| speaker_nouns::sex_of_noun(w)).unwrap_or(Gender::Unknown),
            _ => Gender::Unknown,
        };
        let age = match e.age_votes {
            [young, old] if young > old => Some(Age::Young),
            [young, old] if old > young => Some(Age::Old),
            _ => None,
        };
        people.push(Person { name, aliases, mentions: e.mentions.into_iter().map(|m| m.0).collect(), gender, age });
    }
    people
}

/// Whether an entity is a house or an estate named like a person ("Windy Corner", "Maple
/// Grove": the first word may be a given name): its name ends in a word for a place, it is
/// used again and again, always whole and never with a title (a person's name is shortened
/// now and then: "Hall", "Mr. Hall", "Robert"), and most often where places stand, after
/// "at", "to" or "from" (a person named in full each time, as in the news, seldom is).
fn is_estate(text: &str, e: &Entity, surfaces: &[Surface]) -> bool {
    let place_word = e.words.last().is_some_and(|w| lexicon::org_word(w));
    if !place_word || e.titled || e.mentions.len() < MENTIONS_OF_A_PLACE || surfaces.iter().any(|x| x.words < 2) {
        return false;
    }
    let placed = e.mentions.iter().filter(|(span, _)| {
        let before = text[..span.start].trim_end();
        let word = &before[last_word_start(before)..];
        PLACE_PREPOSITIONS.iter().any(|p| word.eq_ignore_ascii_case(p))
    });
    placed.count() * 2 >= e.mentions.len()
}

/// The words after which a name stands where places do (`at Maple Grove`, `At Maple Grove`).
const PLACE_PREPOSITIONS: [&str; 11] =
    ["at", "to", "from", "in", "into", "near", "round", "towards", "toward", "outside", "beyond"];

/// How many times a name that ends in a place word must be used to be taken for a place: a
/// person named once or twice in full is common, in the news above all.
const MENTIONS_OF_A_PLACE: usize = 3;

/// One way a person is named, and how the text uses it.
struct Surface {
    text: String,
    count: usize,
    words: usize,
    untitled: bool,
}

/// A name as it is shown: its words joined by single spaces (a name can run over a line break).
fn clean_surface(s: &str) -> std::borrow::Cow<'_, str> {
    if s.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace)) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}
