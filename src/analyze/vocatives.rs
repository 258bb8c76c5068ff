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
    let words = words(quote);
    for (k, &(start, end)) in words.iter().enumerate() {
        let word = quote[start..end].to_lowercase();
        let sex = if MALE.contains(&word.as_str()) {
            Gender::Male
        } else if FEMALE.contains(&word.as_str()) {
            Gender::Female
        } else {
            continue;
        };
        let mut first = k;
        while first > 0 && BEFORE.contains(&quote[words[first - 1].0..words[first - 1].1].to_lowercase().as_str()) && only_blanks(&quote[words[first - 1].1..words[first].0]) {
            first -= 1;
        }
        let before = quote[..words[first].0].trim_end();
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

/// Whether `s` holds only spaces and line breaks.
fn only_blanks(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// The byte ranges of the words of `s`: runs of letters and apostrophes inside a word.
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’') && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if c.is_alphabetic() || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s0) = start.take() {
            out.push((s0, i));
        }
    }
    if let Some(s0) = start {
        out.push((s0, s.len()));
    }
    out
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
    fn both_sexes_called_tell_nothing() {
        assert_eq!(addressed_sex("“Good night, sir; good night, madam.”"), None);
    }
}
