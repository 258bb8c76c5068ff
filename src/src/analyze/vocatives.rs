//! Words that call someone of a known sex without naming them: `“Yes, sir.”`, `“Indeed,
//! madam,”`, `“Only one more, papa.”` A turn of dialogue that says `sir` talks to a man, so
//! the turn that answers it, or that it answers, is a man's.

use super::Gender;

/// Words that call a man.
const MALE: &[&str] = &["sir", "papa", "uncle", "father"];

/// Words that call a woman.
const FEMALE: &[&str] = &["madam", "ma'am", "ma’am", "mamma", "mama", "mother", "aunt", "miss", "lady"];

/// Words that may stand between the punctuation that opens a call and its word (`my dear sir`).
const BEFORE: &[&str] = &["my", "dear", "good", "dearest"];

/// The sex of the person a quotation calls by a word like `sir` or `madam`, when it calls
/// someone of only one sex that way: the word stands between commas, an exclamation or the
/// quotation's edges (`“No, sir; …”`, `“Madam!”`), not inside a clause (`the old lady`).
pub fn addressed_sex(quote: &str) -> Option<Gender> {
    let (mut male, mut female) = (false, false);
    let b = quote.as_bytes();
    // A call ends on punctuation or the quotation's end, so only the word before each of
    // those is looked at, not every word.
    for p in 0..=b.len() {
        let closes = p == b.len()
            || matches!(b[p], b',' | b'!' | b'?' | b'.' | b';' | b'-' | b'"')
            || (b[p] == 0xE2 && b.get(p + 1) == Some(&0x80) && matches!(b.get(p + 2), Some(0x94 | 0x9D)));
        if !closes {
            continue;
        }
        let mut before = quote[..p].trim_end();
        let start = word_start(before);
        let word = &before[start..];
        if word.is_empty() || before[..start].chars().next_back().is_some_and(char::is_alphabetic) {
            continue;
        }
        let sex = if is_one_of(MALE, word) {
            Gender::Male
        } else if is_one_of(FEMALE, word) {
            Gender::Female
        } else {
            continue;
        };
        // Back over `my dear` before the word, blanks between.
        before = before[..start].trim_end();
        loop {
            let w = word_start(before);
            if w == before.len() || !is_one_of(BEFORE, &before[w..]) {
                break;
            }
            before = before[..w].trim_end();
        }
        let opens = before.is_empty() || before.ends_with([',', '!', '?', '"', '“', '\'', '‘', '-', '—', '.']);
        if opens {
            match sex {
                Gender::Male => male = true,
                _ => female = true,
            }
        }
    }
    match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Whether `word` is one of `list` whatever its case (the lists are in lower case).
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Where the word that ends `s` starts: ASCII letters, with an apostrophe between letters
/// (`ma'am`, `ma’am`); `s.len()` when `s` ends in no letter.
fn word_start(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = b.len();
    loop {
        while i > 0 && b[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        let inside = i < b.len();
        if inside && i >= 2 && b[i - 1] == b'\'' && b[i - 2].is_ascii_alphabetic() {
            i -= 1;
        } else if inside && i >= 4 && &b[i - 3..i] == "’".as_bytes() && b[i - 4].is_ascii_alphabetic() {
            i -= 3;
        } else {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sir_and_madam_between_commas() {
        assert_eq!(addressed_sex("“No, sir, I cannot.”"), Some(Gender::Male));
        assert_eq!(addressed_sex("“I am very sensible, madam, of the hardship.”"), Some(Gender::Female));
        assert_eq!(addressed_sex("“Only one more, papa.”"), Some(Gender::Male));
        assert_eq!(addressed_sex("“Yes, ma'am.”"), Some(Gender::Female));
    }

    #[test]
    fn words_before_the_call() {
        assert_eq!(addressed_sex("“Indeed, my dear sir, you are right.”"), Some(Gender::Male));
        assert_eq!(addressed_sex("“Oh, lord! I do not know.”"), None);
    }

    #[test]
    fn a_word_inside_a_clause_calls_nobody() {
        assert_eq!(addressed_sex("“I told my mother so.”"), None);
        assert_eq!(addressed_sex("“The old lady is asleep.”"), None);
        assert_eq!(addressed_sex("“Sir William came.”"), None);
    }

    #[test]
    fn words_are_read_whole_across_any_characters() {
        // "désir" holds no "sir"; "ma’am" is one word; marks and dashes part words.
        assert_eq!(addressed_sex("“Quel désir, ma’am—voilà.”"), Some(Gender::Female));
        assert_eq!(addressed_sex("“Le désir… l’amour”"), None);
        assert_eq!(addressed_sex("“Sir!” “Oui…”"), Some(Gender::Male));
    }

    #[test]
    fn both_sexes_called_tell_nothing() {
        assert_eq!(addressed_sex("“Good night, sir; good night, madam.”"), None);
    }
}
