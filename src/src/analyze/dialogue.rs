//! Dialogue structure: which quotes make one turn (a paragraph), and which turns make one
//! conversation (turns not parted by much narration). Speaker attribution reads turn-taking
//! from it: in an exchange, speakers alternate, so an unattributed turn an even number of
//! turns from a known one has that speaker, and an odd number the other party.

use std::ops::Range;

/// One paragraph's worth of quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// Indices of the turn's quotes.
    pub quotes: Range<usize>,
    /// Turns of one conversation share this number.
    pub conversation: usize,
}

/// The turns of a text's quotes, and the turn of each quote.
#[derive(Debug, Clone, Default)]
pub struct Dialogue {
    pub turns: Vec<Turn>,
    pub turn_of_quote: Vec<usize>,
}

/// More narration than this between two turns ends the conversation.
const MAX_NARRATION_BYTES: usize = 300;
/// More paragraph breaks than this between two turns (two narration paragraphs) ends it too.
const MAX_BREAKS: usize = 2;

/// Groups `quotes` (in text order) into turns and conversations. One pass over the quotes and
/// the text between them.
pub fn turns(text: &str, quotes: &[Range<usize>]) -> Dialogue {
    let mut d = Dialogue::default();
    let mut conversation = 0;
    for (i, q) in quotes.iter().enumerate() {
        if i > 0 {
            let prev = &quotes[i - 1];
            let between = text.get(prev.end..q.start).unwrap_or("");
            let breaks = between.matches("\n\n").count();
            let runs_on_to_here = runs_on(&text[prev.clone()])
                && ((breaks == 1 && between.trim().is_empty()) || ends_a_run_on_speech(text, q.clone()));
            if breaks == 0 || runs_on_to_here {
                if let Some(t) = d.turns.last_mut() {
                    t.quotes.end = i + 1;
                    d.turn_of_quote.push(d.turns.len() - 1);
                    continue;
                }
            }
            if breaks > MAX_BREAKS || between.trim().len() > MAX_NARRATION_BYTES {
                conversation += 1;
            }
        }
        d.turns.push(Turn { quotes: i..i + 1, conversation });
        d.turn_of_quote.push(d.turns.len() - 1);
    }
    d
}

/// Marks that open a quotation. A quote after a paragraph break that starts with none ends a
/// speech that ran on past verse or a letter set in (`“Listen.` … verse … `That is all.”`).
const OPENING_MARKS: &[char] = &['"', '“', '\'', '‘', '«', '‹'];

/// Whether `q` opens its paragraph with no mark: the quote finder gives such a quote only for
/// the paragraphs of a speech that ran on past verse set in.
fn ends_a_run_on_speech(text: &str, q: Range<usize>) -> bool {
    !text[q.clone()].starts_with(OPENING_MARKS) && text[..q.start].trim_end_matches([' ', '\t']).ends_with('\n')
}

/// Whether a quote runs on into the next paragraph: it has no closing mark (a speech of
/// several paragraphs opens each one again and closes only the last), and was not broken off
/// with a dash.
fn runs_on(quote: &str) -> bool {
    let end = quote.trim_end();
    !end.ends_with(['"', '”', '\'', '’', '-', '—']) && end.chars().count() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speech_over_several_paragraphs_is_one_turn() {
        // Each paragraph of a long speech opens again; only the last closes. A speech broken
        // off with a dash ends its turn.
        let t = "\"It was late.\n\n\"Then I left.\"\n\n\"Why?\"\n\n\"Because--\n\n\"Say it.\"";
        let q = [0..13, 15..29, 31..37, 39..49, 51..60];
        assert!(q.iter().all(|r| t.is_char_boundary(r.start) && t.is_char_boundary(r.end)));
        let d = turns(t, &q);
        assert_eq!(d.turn_of_quote, vec![0, 0, 1, 2, 3]);
    }

    #[test]
    fn a_speech_that_runs_on_past_verse_is_one_turn() {
        let t = "\"Listen.\n\n   Roses are red.\n\nThat is all.\"\n\n\"Fine.\"";
        let q = [0..8, 29..42, 44..51];
        assert!(q.iter().all(|r| t.is_char_boundary(r.start) && t.is_char_boundary(r.end)));
        assert_eq!(&t[q[1].clone()], "That is all.\"");
        assert_eq!(turns(t, &q).turn_of_quote, vec![0, 0, 1]);
    }

    #[test]
    fn quotes_of_one_paragraph_are_one_turn() {
        let t = "\"A,\" he said, \"b.\"\n\n\"C.\"\n\nA long stretch of narration that goes on and on. ".to_string()
            + &"x".repeat(400)
            + "\n\n\"D.\"";
        let q: Vec<Range<usize>> =
            t.match_indices('"').collect::<Vec<_>>().chunks(2).map(|c| c[0].0..c[1].0 + 1).collect();
        let d = turns(&t, &q);
        assert_eq!(d.turns.len(), 3);
        assert_eq!(d.turns[0].quotes, 0..2);
        assert_eq!(d.turn_of_quote, vec![0, 0, 1, 2]);
        assert_eq!(d.turns[1].conversation, d.turns[0].conversation);
        assert_ne!(d.turns[2].conversation, d.turns[1].conversation);
    }

    #[test]
    fn no_quotes() {
        assert!(turns("", &[]).turns.is_empty());
    }
}
