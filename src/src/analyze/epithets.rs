//! Characters known only by a capitalised epithet after `the`: `said the King`, `the March
//! Hare said`, `said the General`, `said the Hatter`. The capital marks a character as a name
//! would, but the name finder reads a lone title (`King`, `General`) as no name, and words
//! that are no names (`Hatter`, `March Hare`) as none either; without this, every quote such a
//! character speaks goes to someone else in the scene.
//!
//! An epithet counts once it speaks at least twice, and only when it is no name already found
//! (`the Dodger`), no title of someone named with it (`the Colonel` for `Colonel Adye`, `the
//! President` for `Ann Roe, the president`), and no organisation or place (`the Ministry
//! said`); and not when the text calls it `it` more often than `he` or `she` (`the Agency said
//! it would`). Its mentions are every `the` or `The` before its words, a sentence's first
//! words too.

use super::fast_hash::FastMap as HashMap;
use super::fast_hash::FastSet as HashSet;
use super::lexicon::{self, lower, speech_verb};
use super::speaker_nouns;
use super::unnamed::{pronouns_after, stop_word};
use super::{Gender, Person};
use std::ops::Range;

/// How far after a quote its attribution is read.
const ATTRIBUTION_BYTES: usize = 80;

/// How many capitalised words an epithet has at most (`the Mock Turtle`).
const EPITHET_WORDS: usize = 2;

/// How many times an epithet must speak to be read as a character: once may be a place or a
/// thing that a sentence personifies.
const MIN_SPEECHES: usize = 2;

/// Where a capitalised epithet speaks in `text`: its span in each attribution of `quotes` that
/// reads `said the King` or `the King said`. Needs no people, so it can run while they are
/// being grouped.
pub fn speeches(text: &str, quotes: &[Range<usize>]) -> Vec<Range<usize>> {
    quotes.iter().filter_map(|q| speaking_epithet(text, q)).collect()
}

/// The characters of `text` known by a capitalised epithet that speaks (`speeches`, by
/// [`speeches`]), none of them among `people`; each with its mentions (`the King`, `The King`).
pub fn find(text: &str, speeches: &[Range<usize>], people: &[Person]) -> Vec<Person> {
    if speeches.len() < MIN_SPEECHES {
        return Vec::new();
    }
    let mut mentions: Vec<Range<usize>> = people.iter().flat_map(|p| p.mentions.iter().cloned()).collect();
    mentions.sort_unstable_by_key(|m| (m.start, m.end));
    let overlaps_a_name = |span: &Range<usize>| {
        let k = mentions.partition_point(|m| m.end <= span.start);
        mentions.get(k).is_some_and(|m| m.start < span.end)
    };
    // How often each epithet speaks, by its words one space apart (`March\nHare` is `March Hare`).
    let mut counts: HashMap<String, usize> = HashMap::default();
    for span in speeches.iter().filter(|s| !overlaps_a_name(s)) {
        *counts.entry(spaced_words(&text[span.clone()])).or_default() += 1;
    }
    if counts.values().all(|&n| n < MIN_SPEECHES) {
        return Vec::new();
    }
    // The titles people have are read only when an epithet holds a title at all.
    let titled = |e: &str| e.split_whitespace().any(|w| lexicon::title(lower(w).as_str()).is_some());
    let titles = if counts.iter().any(|(e, n)| *n >= MIN_SPEECHES && titled(e)) {
        titles_of_people(text, people)
    } else {
        HashSet::default()
    };
    let mut epithets: Vec<String> = counts
        .into_iter()
        .filter(|(e, n)| *n >= MIN_SPEECHES && !title_of_someone(e, &titles) && !thing(e))
        .map(|(e, _)| e)
        .collect();
    if epithets.is_empty() {
        return Vec::new();
    }
    epithets.sort_unstable();
    let index: HashMap<&str, usize> = epithets.iter().enumerate().map(|(k, e)| (e.as_str(), k)).collect();
    let mut found: Vec<Vec<Range<usize>>> = vec![Vec::new(); epithets.len()];
    for (span, k) in occurrences(text, &index) {
        if !overlaps_a_name(&span) {
            found[k].push(span);
        }
    }
    epithets
        .iter()
        .zip(found)
        .filter(|(_, own)| !own.is_empty())
        .filter_map(|(epithet, own)| {
            let gender = sex(text, epithet, &own)?;
            Some(Person { name: format!("the {epithet}"), aliases: Vec::new(), mentions: own, gender, age: None })
        })
        .collect()
}

/// The capitalised epithet of the attribution right after quote `q` (`said the Mock Turtle`,
/// `the King said`), as its span (without `the`): `the` in lower case, then one or two words
/// each a capital and lower-case letters, with a speech verb right before `the` or right after.
fn speaking_epithet(text: &str, q: &Range<usize>) -> Option<Range<usize>> {
    let end = crate::char_bounds::floor(text, (q.end + ATTRIBUTION_BYTES).min(text.len()));
    let window = &text[q.end..end];
    // Most attributions have no `the` before a capital: they are passed over on their bytes.
    if !the_before_capital(window.as_bytes()) {
        return None;
    }
    // The attribution's own words: before any new paragraph or quote.
    let window = &window[..window.find(['"', '“', '”']).unwrap_or(window.len())];
    let window = &window[..blank_line(window.as_bytes()).unwrap_or(window.len())];
    let words = words(window);
    let word = |k: usize| words.get(k).map(|w| &window[w.clone()]);
    let spaced = |k: usize| words.get(k + 1).is_some_and(|b| window[words[k].end..b.start].trim().is_empty());
    let (the, verb_first) = match (word(0), word(1)) {
        (Some(v), Some("the")) if speech_verb(v) && spaced(0) => (1, true),
        (Some("the"), _) => (0, false),
        _ => return None,
    };
    let n =
        (1..=EPITHET_WORDS + 1).take_while(|&k| word(the + k).is_some_and(capitalised) && spaced(the + k - 1)).count();
    if n == 0 || n > EPITHET_WORDS {
        return None;
    }
    let last = the + n;
    // `said the Reverend Mr. Collins`: an abbreviated title goes on with a name.
    if window[words[last].end..].starts_with('.') && abbreviated_title(&lower(&window[words[last].clone()])) {
        return None;
    }
    let verb_after = spaced(last) && word(last + 1).is_some_and(speech_verb);
    // After `said the …`, the epithet must end where the attribution goes on (`said the King,`,
    // `said the King to her`): a noun after it makes it an adjective (`said the French officer`).
    let ends = !spaced(last) || word(last + 1).is_none_or(|w| stop_word(w) || !w.starts_with(char::is_lowercase));
    ((verb_first && ends) || verb_after).then(|| q.end + words[the + 1].start..q.end + words[last].end)
}

/// Whether `the` stands in `bytes` before blanks and a capital (`said the King`): a look at
/// bytes only, for the few words after a quote.
fn the_before_capital(bytes: &[u8]) -> bool {
    (0..bytes.len().saturating_sub(3)).any(|k| {
        &bytes[k..k + 3] == b"the" && {
            let blanks = bytes[k + 3..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            blanks > 0 && bytes.get(k + 3 + blanks).is_some_and(u8::is_ascii_uppercase)
        }
    })
}

/// Where the first blank line (`\n\n`) in `bytes` starts, if one does: the end of a paragraph.
fn blank_line(bytes: &[u8]) -> Option<usize> {
    bytes.windows(2).position(|w| w == b"\n\n")
}

/// The byte ranges of the words (runs of letters and hyphens) of `s`.
fn words(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let in_word = c.is_alphabetic() || (c == '-' && start.is_some());
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s0) = start {
        out.push(s0..s.len());
    }
    out
}

/// Whether a word (in lower case) is a title written short (`mr`, `dr`, `col`), which a period
/// ends before a name.
fn abbreviated_title(word: &str) -> bool {
    lexicon::title(word).is_some()
        && (!word.contains(['a', 'e', 'i', 'o', 'u']) || written_out(word) != word || matches!(word, "mme" | "mlle"))
}

/// Whether a word is written as an epithet's words are: a capital, then lower-case letters.
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() > 1
        && chars.all(|c| c.is_ascii_lowercase() || c == '-')
}

/// The titles the text gives people, in lower case and written out (`doctor` for `Dr.`): the
/// first word of each name (`Colonel Adye`, `Dr. Kemp`), and a title set beside a name by a
/// comma (`Ann Roe, the president`, `the country's president, Ann Roe`). Read once, so that
/// each epithet is a look-up, however many people there are.
fn titles_of_people(text: &str, people: &[Person]) -> HashSet<String> {
    let mut titles = HashSet::default();
    let mut add = |word: &str| {
        let w = lower(word.trim_end_matches('.'));
        let w = written_out(w.as_str());
        if lexicon::title(w).is_some() {
            titles.insert(w.to_string());
        }
    };
    for p in people {
        for name in std::iter::once(&p.name).chain(&p.aliases) {
            add(name.split_whitespace().next().unwrap_or(""));
        }
        for m in &p.mentions {
            // Most names have no comma beside them: looked at on the bytes first.
            let bytes = text.as_bytes();
            if bytes.get(m.end) == Some(&b',') {
                let after =
                    &text[m.end + 1..crate::char_bounds::floor(text, (m.end + APPOSITION_BYTES).min(text.len()))];
                after.split([',', '.', ';', '\n']).next().unwrap_or("").split_whitespace().for_each(&mut add);
            }
            let blanks = bytes[..m.start].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
            if m.start > blanks && bytes[m.start - blanks - 1] == b',' {
                let before = &text[crate::char_bounds::ceil(text, m.start.saturating_sub(APPOSITION_BYTES))..m.start];
                let phrase = before.trim_end().trim_end_matches(',');
                phrase.rsplit([',', '.', ';', '\n']).next().unwrap_or("").split_whitespace().for_each(&mut add);
            }
        }
    }
    titles
}

/// How far beside a name a title set off by a comma is read (`Ann Roe, the country's president`).
const APPOSITION_BYTES: usize = 40;

/// A title written short, written out (`dr` is `doctor`); any other word as it is.
fn written_out(word: &str) -> &str {
    match word {
        "dr" => "doctor",
        "col" => "colonel",
        "gen" => "general",
        "capt" => "captain",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "prof" => "professor",
        "rev" => "reverend",
        "maj" => "major",
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "pvt" => "private",
        _ => word,
    }
}

/// Whether `epithet` holds one of `titles`, the titles the text gives people (`the Colonel`
/// for `Colonel Adye`): then it stands for that person, whom the resolution of descriptions
/// finds.
fn title_of_someone(epithet: &str, titles: &HashSet<String>) -> bool {
    epithet.split_whitespace().any(|w| titles.contains(lower(w).as_str()))
}

/// Whether an epithet names an organisation or a place (`the Ministry`, `the Palace`).
fn thing(epithet: &str) -> bool {
    epithet.split_whitespace().any(|w| {
        let w = lower(w);
        lexicon::org_word(w.as_str()) || lexicon::place(w.as_str())
    })
}

/// Each occurrence of an epithet of `index` after `the` or `The`, as its span (without `the`)
/// and the epithet's index there: one pass over the text, and a look-up per capitalised word
/// after `the`, whatever the number of epithets.
fn occurrences<'a>(text: &'a str, index: &'a HashMap<&str, usize>) -> impl Iterator<Item = (Range<usize>, usize)> + 'a {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, "he").filter_map(move |at| {
        let the = at.checked_sub(1)?;
        // Bytes first, as most `he` are no `the` before a capital: the byte before `he` (then
        // `the` is where a character starts), and a capital after the blanks after it.
        if !matches!(bytes[the], b't' | b'T') || !bytes.get(at + 2).is_some_and(u8::is_ascii_whitespace) {
            return None;
        }
        let from = at + 2;
        let start = from + bytes[from..].iter().take_while(|b| b.is_ascii_whitespace()).count();
        if !bytes.get(start).is_some_and(u8::is_ascii_uppercase)
            || text[..the].chars().next_back().is_some_and(char::is_alphabetic)
            || blank_line(&bytes[from..start]).is_some()
        {
            return None;
        }
        // The capitalised words right after, each after blanks within a paragraph.
        let mut ends = [0; EPITHET_WORDS];
        let mut found = 0;
        let mut pos = from;
        while found < EPITHET_WORDS {
            let rest = &text[pos..];
            let gap = rest.len() - rest.trim_start().len();
            if gap == 0 || blank_line(&rest.as_bytes()[..gap]).is_some() {
                break;
            }
            let word_len = rest[gap..].find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len() - gap);
            if !capitalised(&rest[gap..gap + word_len]) {
                break;
            }
            pos += gap + word_len;
            ends[found] = pos;
            found += 1;
        }
        // The longest epithet that starts here; its words looked up as they stand when one
        // space parts them, as it mostly does.
        ends[..found].iter().rev().find_map(|&end| {
            let words = &text[start..end];
            let k = if words.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace)) {
                index.get(words)
            } else {
                index.get(spaced_words(words).as_str())
            };
            k.map(|&k| (start..end, k))
        })
    })
}

/// The words of `s`, one space apart.
fn spaced_words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sex of the character `epithet` names: its last word's (`Queen`, `Duchess`), else the
/// one the pronouns after its mentions tell more often. `None` when they call it `it` more
/// than `he` and `she` together: a thing or a body that speaks (`the Agency said it would`).
/// A rough count: an `it` that is an object (`threw it down`) counts too, so only a body told
/// of as `it` throughout is left out.
fn sex(text: &str, epithet: &str, mentions: &[Range<usize>]) -> Option<Gender> {
    let head = lower(epithet.rsplit(' ').next().unwrap_or(epithet));
    let told = speaker_nouns::sex_of_noun(head.as_str()).or_else(|| lexicon::title(head.as_str()));
    let pronouns = pronouns_after(text, mentions);
    if pronouns.neuter > pronouns.male + pronouns.female {
        return None;
    }
    Some(told.filter(|&g| g != Gender::Unknown).unwrap_or_else(|| pronouns.sex()))
}

#[cfg(test)]
mod tests;
