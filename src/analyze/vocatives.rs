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
    for (start, end) in words(quote) {
        let word = &quote[start..end];
        // Every word of every quotation comes here: the first letter rules most out.
        if !matches!(word.as_bytes()[0] | 0x20, b's' | b'p' | b'u' | b'f' | b'm' | b'a' | b'l') {
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
        let mut before = quote[..start].trim_end();
        loop {
            let w = before.len() - before.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
            if w == before.len() || !is_one_of(BEFORE, &before[w..]) {
                break;
            }
            before = before[..w].trim_end();
        }
        let after = quote[end..].trim_start();
        let opens = before.is_empty() || before.ends_with([',', '!', '?', '"', '“', '\'', '‘', '-', '—', '.']);
        let closes = after.is_empty() || after.starts_with([',', '!', '?', '.', ';', '"', '”', '-', '—']);
        if opens && closes {
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

/// Whether `word` is one of `list` whatever its case (the lists are in lower case). Compared
/// in place: this runs on many words.
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The byte ranges of the words of `s`, read byte by byte: runs of letters (any character
/// beyond ASCII counts as one, but for quotation marks and dashes) with an apostrophe inside
/// (`ma'am`, `ma’am`).
fn words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let letter = move |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    // Whether the character at `i` belongs to a word, and its length.
    let at = move |i: usize| -> (bool, usize) {
        match b[i] {
            c if c.is_ascii_alphabetic() => (true, 1),
            b'\'' => (i > 0 && letter(i - 1) && letter(i + 1), 1),
            // Quotation marks, dashes and the like; `’` inside a word is an apostrophe.
            0xE2 if b.get(i + 1) == Some(&0x80) => (b.get(i + 2) == Some(&0x99) && i > 0 && letter(i - 1) && letter(i + 3), 3),
            c if c >= 0xF0 => (true, 4),
            c if c >= 0xE0 => (true, 3),
            c if c >= 0xC0 => (true, 2),
            _ => (false, 1),
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !at(i).0 {
            i += at(i).1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() {
            match at(i) {
                (true, n) => i += n,
                _ => break,
            }
        }
        Some((start, i))
    })
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
