//! Evidence in the words around a candidate that it names a person: speech and what only
//! people do, a role or an age beside it, a citation, a credit, a signature, a list it shares
//! with someone known to be a person, a title in the plural before it.

use super::{common_noun_shape, is_all_caps, is_capitalised, strip_possessive};
use crate::analyze::lexicon::{self, first_names, lower};
use crate::analyze::tokens::{Kind, Token};

/// Speech, a role noun or an age next to the name at tokens `first..=last`.
pub(super) fn has_evidence(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word_at = |i: usize| tokens.get(i).filter(|t| t.is_word()).map(|t| lower(t.text(text)));
    // "X said", "X, 63, said", "X told", "X has said" — the verb within two words after.
    let after: Vec<lexicon::Lower> =
        tokens[last + 1..].iter().take(3).take_while(|t| t.is_word()).map(|t| lower(t.text(text))).collect();
    // "X called …" names more often than it speaks.
    let speaks = |w: &lexicon::Lower| lexicon::speech_verb(w) && !matches!(w.as_str(), "called" | "calls");
    // Things only people do: "X smiled", "X was born", "X married".
    let human = |w: &str| {
        matches!(
            w,
            "smiled"
                | "laughed"
                | "sighed"
                | "nodded"
                | "shrugged"
                | "grinned"
                | "wept"
                | "frowned"
                | "believed"
                | "felt"
                | "knew"
                | "wanted"
                | "hoped"
                | "wished"
                | "loved"
                | "hated"
                | "remembered"
                | "realized"
                | "realised"
                | "wondered"
                | "preferred"
                | "married"
                | "died"
                | "kissed"
                | "hugged"
                | "blushed"
                | "winced"
                | "sobbed"
                | "smiles"
                | "laughs"
                | "sighs"
                | "nods"
                | "shrugs"
                | "grins"
                | "believes"
                | "feels"
                | "knows"
                | "wants"
                | "hopes"
                | "loves"
                | "hates"
                | "remembers"
                | "realizes"
                | "wonders"
                | "prefers"
                | "dies"
                | "pointed"
                | "painted"
                | "composed"
                | "starred"
                | "graduated"
                | "resigned"
                | "retired"
                | "studied"
                | "taught"
                | "proclaimed"
        )
    };
    let born = after.len() >= 2 && matches!(after[0].as_str(), "was" | "is") && after[1] == "born";
    // "Rask's grammars", "Okoro's widow": what only a person has.
    let possessive = strip_possessive(tokens[last].text(text)).1;
    let owns = possessive && after.first().is_some_and(|w| lexicon::personal_belonging(w));
    // "De Certeau's (1984) practice": cited; "Goya etchings": made.
    let cited = possessive
        && tokens.get(last + 1).is_some_and(|t| t.is('('))
        && tokens.get(last + 2).is_some_and(|t| is_year(text, t));
    let made = !possessive && after.first().is_some_and(|w| lexicon::artworks(w));
    if cited || made {
        return true;
    }
    if born || owns || after.first().is_some_and(|w| human(w)) {
        return true;
    }
    if after.first().is_some_and(speaks)
        || (after.len() >= 2
            && matches!(after[0].as_str(), "has" | "had" | "then" | "also" | "later" | "once")
            && speaks(&after[1]))
    {
        return true;
    }
    // A citation: "Brieber 2014", "Binderman et al.", "(Marsden, 2011)", "Williams, & Liu".
    let next: Vec<&Token> = tokens[last + 1..].iter().take(3).collect();
    // Not "X (2009)": films and books are listed that way too.
    let year_follows = match next.as_slice() {
        [y, ..] if is_year(text, y) => true,
        [p, y, ..] if p.is(',') && is_year(text, y) => true,
        _ => false,
    };
    let et_al = next.first().is_some_and(|t| t.is_word() && t.text(text) == "et")
        && next.get(1).is_some_and(|t| t.is_word() && t.text(text) == "al");
    // Spaced, unlike "R&D" and "M&M", and cited: with a year after, or in brackets
    // ("(Armstrong & Plaskitt)"); street corners are joined so too ("Priest & Washington").
    let cited = || tokens[last + 1..].iter().take(8).take_while(|t| !t.is('.')).any(|t| is_year(text, t) || t.is(')'));
    let ampersand = (next.first().is_some_and(|t| t.is('&') && t.start() > tokens[last].end())
        || (next.first().is_some_and(|t| t.is(',')) && next.get(1).is_some_and(|t| t.is('&')))
        || (first > 0 && tokens[first - 1].is('&') && tokens[first - 1].end() < tokens[first].start()))
        && cited();
    if year_follows
        || et_al
        || ampersand
        || in_citation(text, tokens, first, last)
        || paired_citation(text, tokens, first, last)
    {
        return true;
    }
    if listed_with_a_person(text, tokens, first, last)
        || paired_with_a_given_name(text, tokens, first, last)
        || called_or_signed(text, tokens, first, last)
        || credited(text, tokens, first, last)
    {
        return true;
    }
    // "Orla, the maid,", "Ruth Brand, a lawyer,": a role in apposition after the name. Not
    // "my" ("Ay, my man!" calls someone), and only lower-case words ("Quenby, the home of
    // Mrs. Orme").
    let determiner = |i: usize| {
        word_at(i).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "our" | "his" | "her" | "their"))
    };
    let lower_word =
        |i: usize| tokens.get(i).filter(|t| t.is_word() && !is_capitalised(t.text(text))).map(|t| lower(t.text(text)));
    let role_within =
        || (last + 3..last + 6).map(lower_word).take_while(Option::is_some).flatten().any(|w| lexicon::role_noun(&w));
    if tokens.get(last + 1).is_some_and(|t| t.is(',')) && determiner(last + 2) && role_within() {
        return true;
    }
    // "X, 63," — an age.
    if tokens.get(last + 1).is_some_and(|t| t.is(','))
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.is_word() && t.text(text).len() <= 3 && t.text(text).chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    if first == 0 {
        return false;
    }
    // "said X", "the actor X", "attorney X", "the harbourmaster, X,".
    let before = word_at(first - 1);
    let apposition = first >= 2
        && tokens[first - 1].is(',')
        && word_at(first - 2).is_some_and(|w| {
            lexicon::role_noun(&w) || w.ends_with("master") || w.ends_with("man") || w.ends_with("woman")
        });
    // "a man named X", "she was named X"; not "a nightclub named X".
    let naming = |w: &str| matches!(w, "named" | "nicknamed" | "dubbed");
    let named_person = || {
        first >= 2
            && word_at(first - 2).is_some_and(|w| {
                lexicon::role_noun(&w)
                    || lexicon::pronoun_gender(&w).is_some()
                    || matches!(
                        w.as_str(),
                        "someone"
                            | "somebody"
                            | "person"
                            | "guy"
                            | "gentleman"
                            | "fellow"
                            | "child"
                            | "baby"
                            | "kid"
                            | "i"
                            | "we"
                            | "they"
                            | "was"
                            | "were"
                            | "is"
                    )
            })
    };
    // "the Duke of Orvale, Tancred": a title of a place in apposition before the name.
    let word_is = |i: usize, w: &str| tokens.get(i).is_some_and(|t| t.is_word() && t.text(text) == w);
    let office_of_place = first >= 4
        && tokens[first - 1].is(',')
        && tokens[first - 2].is_word()
        && is_capitalised(tokens[first - 2].text(text))
        && word_is(first - 3, "of")
        && word_at(first - 4).is_some_and(|w| lexicon::title(&w).is_some());
    // "the council appointed X to …": what only people are.
    let chosen = before
        .as_ref()
        .is_some_and(|w| matches!(w.as_str(), "appointed" | "elected" | "nominated" | "arrested" | "married"));
    // "said the Quiet Man": a speaker known by an epithet of several words (one word must
    // speak twice: see `epithet_of_one_word`).
    let said_the = last > first
        && before.as_deref() == Some("the")
        && first >= 2
        && word_at(first - 2).is_some_and(|w| inverted_speech(&w));
    if office_of_place || chosen || said_the {
        return true;
    }
    // A lower-case title before the name counts too ("Major general Fuad Basya").
    apposition
        || before.is_some_and(|w| {
            inverted_speech(&w)
                || (lexicon::role_noun(&w) && (!naming(&w) || named_person()))
                || lexicon::title(&w).is_some()
        })
}

/// Whether the word at token `first` (to `last`), right after "the", speaks: "said the
/// Ferret", "the Ferret said".
pub(super) fn speaks_as_epithet(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word_at = |i: usize| tokens.get(i).filter(|t| t.is_word()).map(|t| lower(t.text(text)));
    let said_before = first >= 2 && word_at(first - 2).is_some_and(|w| inverted_speech(&w));
    let says_after =
        word_at(last + 1).is_some_and(|w| lexicon::speech_verb(&w) && !matches!(w.as_str(), "called" | "calls"));
    said_before || says_after
}

/// "Brisco Tull who lived upstairs", "Orla Brik, who cooked": "who" stands for people. Taken
/// only after full names: after one word it is as often a group ("Many Vandals who …"); and
/// after "of" it stands for the noun before ("members of Deep Lore, who …").
pub(super) fn relative_who(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word_is = |i: usize, w: &[&str]| tokens.get(i).is_some_and(|t| t.is_word() && w.contains(&t.text(text)));
    let who = |i: usize| word_is(i, &["who", "whom"]);
    let of_before = first > 0 && word_is(first - 1, &["of"]);
    !of_before && (who(last + 1) || (tokens.get(last + 1).is_some_and(|t| t.is(',')) && who(last + 2)))
}

/// Whether the name at token `first` is an item of a list after a title in the plural:
/// "Senators Ames, Brody, and Ortiz", "Drs. Ames and Rowe".
pub(super) fn listed_after_plural_title(text: &str, tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    for _ in 0..24 {
        let Some(prev) = k.checked_sub(1).and_then(|i| tokens.get(i)) else { return false };
        let w = prev.text(text);
        if prev.is_word() && is_capitalised(w) {
            if lexicon::plural_title(&lower(w)) {
                return true;
            }
        } else if prev.is('.') {
            // "Drs. Ames": only an abbreviation's period, not a sentence's.
            let abbreviation =
                |w: &str| matches!(w, "drs" | "messrs" | "mmes" | "reps" | "sens" | "profs" | "gens" | "govs");
            return k >= 2 && tokens[k - 2].end() == prev.start() && abbreviation(&lower(tokens[k - 2].text(text)));
        } else if !(prev.is(',') || (prev.is_word() && matches!(w, "and" | "or"))) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Words that introduce speech when they come before the speaker ("said Emma"). Not "told"
/// or "called": there the name after is the listener or the name given.
fn inverted_speech(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "replied"
            | "cried"
            | "answered"
            | "added"
            | "continued"
            | "exclaimed"
            | "returned"
            | "observed"
            | "whispered"
            | "shouted"
            | "remarked"
            | "repeated"
            | "began"
            | "resumed"
            | "rejoined"
            | "retorted"
            | "murmured"
            | "muttered"
            | "inquired"
            | "enquired"
            | "explained"
            | "wrote"
            | "laughed"
            | "sighed"
            | "pursued"
            | "interposed"
            | "concluded"
    )
}

/// "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a two-word name listed next to one
/// that starts with a known given name is a name too.
fn listed_with_a_person(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    // Two-word names only: one word beside a given name is as often a clause joined to
    // another ("outreach from Zorvex and Martha was invited").
    let n = last + 1 - first;
    if n != 2 {
        return false;
    }
    let capital = |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    let joiner = |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && matches!(t.text(text), "and" | "or"));
    let comma = |i: usize| tokens.get(i).is_some_and(|t| t.is(','));
    // A run of exactly `n` capitalised words at `i`, the first a given name.
    let person_at = |i: usize| {
        let given = tokens.get(i).is_some_and(|t| {
            let w = lower(t.text(text));
            first_names().contains_key(w.as_str()) && !lexicon::ambiguous_first_name(&w)
        });
        given && (i..i + n).all(capital) && !capital(i + n) && (i == 0 || !capital(i - 1))
    };
    // A comma alone may set off an apposition ("Soren Hale, Special Envoy", "Envoy of Peace,
    // Kim Hale, met"): a list has "and" or "or" next to one of the two.
    let mut k = last + 1;
    if comma(k) {
        k += 1;
    }
    let joined = joiner(k);
    if joined {
        k += 1;
    }
    if k > last + 1 && person_at(k) && (joined || joiner(k + n) || (comma(k + n) && joiner(k + n + 1))) {
        return true;
    }
    let mut k = first;
    let joined = k > 0 && joiner(k - 1);
    if joined {
        k -= 1;
    }
    if k > 0 && comma(k - 1) {
        k -= 1;
    }
    joined && k >= n && person_at(k - n)
}

/// "I can't wait to show Quell and Martha.": one word paired with a given name, the pair ending
/// the clause (not "outreach from Zorvex and Martha was invited", where the clause goes on).
fn paired_with_a_given_name(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    if first != last || first == 0 {
        return false;
    }
    let word_is = |i: usize, w: &str| tokens.get(i).is_some_and(|t| t.is_word() && t.text(text) == w);
    let lone_capital = |i: usize| {
        tokens.get(i).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && !is_all_caps(t.text(text)))
    };
    let given = |i: usize| {
        lone_capital(i) && {
            let w = lower(tokens[i].text(text));
            first_names().contains_key(w.as_str()) && !lexicon::ambiguous_first_name(&w)
        }
    };
    let clause_ends = |i: usize| {
        tokens.get(i).is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';' | '!' | '?') | Kind::Break))
    };
    let after = word_is(last + 1, "and") && given(last + 2) && clause_ends(last + 3) && !lone_capital(first - 1);
    let before = first >= 3
        && word_is(first - 1, "and")
        && given(first - 2)
        && !lone_capital(first - 3)
        && clause_ends(last + 1);
    after || before
}

/// A name called out in a quotation ("“Robert,” she said", "“It's fine, Gram,”"), a party to a
/// case ("Biden versus Nebraska"), or a letter's signature: alone on its line after a closing
/// that ends with a comma or starts with "Love", "Yours" and the like.
fn called_or_signed(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let kind = |i: usize| tokens.get(i).map(|t| t.kind);
    let word_in = |i: usize, ws: &[&str]| tokens.get(i).is_some_and(|t| t.is_word() && ws.contains(&t.text(text)));
    let closing_quote = || matches!(kind(last + 2), Some(Kind::Punct('”' | '"')));
    // After a comma, or a given name right after the opening mark (not “Uhhh,” or “ZEE-no,”).
    let given = || first_names().contains_key(lower(tokens[first].text(text)).as_str());
    let opening = || {
        first > 0 && (tokens[first - 1].is(',') || (matches!(kind(first - 1), Some(Kind::Punct('“' | '"'))) && given()))
    };
    if matches!(kind(last + 1), Some(Kind::Punct(',' | '!' | '?'))) && closing_quote() && opening() {
        return true;
    }
    // "… just a dream." — Ted Bundy: a quotation's author after a dash.
    let dash = first >= 2
        && matches!(kind(first - 1), Some(Kind::Punct('—' | '–' | '-')))
        && matches!(kind(first - 2), Some(Kind::Punct('”' | '"' | '.')));
    if dash {
        return true;
    }
    let versus = ["versus", "v", "vs"];
    if word_in(last + 1, &versus)
        || (first > 0 && word_in(first - 1, &versus))
        || (first > 1 && tokens[first - 1].is('.') && word_in(first - 2, &versus))
    {
        return true;
    }
    // A signature: a line of its own, after a paragraph break.
    let line_ends = matches!(kind(last + 1), None | Some(Kind::Break))
        || (matches!(kind(last + 1), Some(Kind::Punct(',' | '.')))
            && matches!(kind(last + 2), None | Some(Kind::Break)));
    if first < 2 || kind(first - 1) != Some(Kind::Break) || !line_ends {
        return false;
    }
    let closing_start = tokens[..first - 1].iter().rposition(|t| t.kind == Kind::Break).map_or(0, |b| b + 1);
    let closing = &tokens[closing_start..first - 1];
    let valediction = [
        "Love", "Yours", "Sincerely", "Regards", "Cheers", "Best", "Respectfully", "Faithfully", "Cordially", "Thanks",
        "Affectionately",
    ];
    closing.last().is_some_and(|t| t.is(',')) || (closing.len() <= 5 && word_in(closing_start, &valediction))
}

/// A picture's credit: "Image: Quorvo.", "Photo credit: Ann Lowe (Archive)", "Photo by Ann
/// Lowe": the name alone after the label, up to the end of the line or sentence.
fn credited(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| t.is_word()).map(|t| lower(t.text(text)));
    let label = |i: usize| {
        word(i).is_some_and(|w| matches!(w.as_str(), "image" | "photo" | "photograph" | "picture" | "credit"))
    };
    let labelled = match first.checked_sub(1).map(|i| &tokens[i]) {
        Some(t) if t.is(':') => first >= 2 && label(first - 2),
        Some(t) if t.is_word() => t.text(text) == "by" && first >= 2 && label(first - 2),
        _ => false,
    };
    labelled && tokens.get(last + 1).is_none_or(|t| matches!(t.kind, Kind::Punct('.' | '(') | Kind::Break))
}

/// A four-digit year from 1500 to 2099.
fn is_year(text: &str, t: &Token) -> bool {
    let b = text.as_bytes();
    t.is_word()
        && t.end() - t.start() == 4
        && matches!(&b[t.start()..t.start() + 2], b"15" | b"16" | b"17" | b"18" | b"19" | b"20")
        && b[t.start() + 2..t.end()].iter().all(u8::is_ascii_digit)
}

/// Two authors cited by year, or one and a team: "Vandergrift and Cross 2017", "Cruse and
/// Croft (2004)", "Kessler and colleagues". (A year in brackets after one name alone may be a
/// film's.)
fn paired_citation(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word_is = |i: usize, w: &str| tokens.get(i).is_some_and(|t| t.is_word() && t.text(text) == w);
    let capital_at = |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    let year_at = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| is_year(text, t) || (t.is('(') && tokens.get(i + 1).is_some_and(|y| is_year(text, y))))
    };
    if word_is(last + 1, "and") && (word_is(last + 2, "colleagues") || (capital_at(last + 2) && year_at(last + 3))) {
        return true;
    }
    // Not "Its Growth, Development and Purpose (1922)": a book's title of common nouns.
    let surname_at = |i: usize| capital_at(i) && !common_noun_shape(&lower(tokens[i].text(text)));
    first >= 2 && word_is(first - 1, "and") && surname_at(first - 2) && year_at(last + 1)
}

/// Whether a name followed by a comma stands in a parenthesised citation with a year:
/// "(Branco, Cohen, Vossen, & Calzolari, 2017)".
fn in_citation(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    if !tokens.get(last + 1).is_some_and(|t| t.is(',')) {
        return false;
    }
    let open = tokens[first.saturating_sub(30)..first].iter().rev().take_while(|t| !t.is(')')).any(|t| t.is('('));
    let close = tokens[last + 1..].iter().take(30).take_while(|t| !t.is('(')).position(|t| t.is(')'));
    let Some(close) = close else { return false };
    open && tokens[last + 1..last + 1 + close].iter().any(|t| is_year(text, t))
}
