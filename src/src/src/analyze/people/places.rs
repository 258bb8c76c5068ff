//! Where a name stands for something other than a person: a place (after "in", beside
//! another place, in a list of places or streets), a shop, or a pet.

use super::{is_capitalised, is_numeric_ordinal, strip_possessive};
use crate::analyze::lexicon::{self, lower};
use crate::analyze::tokens::Token;

/// Whether the word at tokens `first..=last` stands where places do: after "in" or "near"
/// ("born in Irving"; not "in Irving's book"), after travelling to or from ("drove out to
/// Norwood"), before a comma and a place ("Preston, Victoria"), or after one in a list
/// ("Leicester, Derby and Gilbert").
pub(super) fn in_place_context(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let place_at = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && lexicon::place(&lower(t.text(text))))
    };
    let word_is = |i: usize, w: &[&str]| tokens.get(i).is_some_and(|t| t.is_word() && w.contains(&t.text(text)));
    let possessive = strip_possessive(tokens[last].text(text)).1;
    if first > 0 && word_is(first - 1, &["in", "near"]) && !possessive {
        return true;
    }
    // "go to Norwood", "drove out to Norwood", "on his way back from Clayton Park": where one
    // travels. (One goes to people too, "went to Tom", but a person is named elsewhere so.)
    if first > 1 && word_is(first - 1, &["to", "from", "towards"]) && !possessive {
        let particle = word_is(first - 2, &["out", "back", "down", "up", "over", "off", "home"]);
        if word_is(first - 2, TRAVEL) || (particle && first > 2 && word_is(first - 3, TRAVEL)) {
            return true;
        }
    }
    // A shop: "down at Dillard's.", "we went in Spencer's again".
    let nothing_owned = tokens.get(last + 1).is_none_or(|t| !t.is_word() || t.text(text) == "again");
    if possessive
        && nothing_owned
        && first > 0
        && word_is(first - 1, &["at", "in", "into", "to", "from", "past", "pass"])
    {
        return true;
    }
    // "Preston, Victoria, Australia": the place may come one name later.
    let comma_at = |i: usize| tokens.get(i).is_some_and(|t| t.is(','));
    if comma_at(last + 1) && (place_at(last + 2) || (comma_at(last + 3) && place_at(last + 4))) {
        return true;
    }
    // The list items before: "Derby, X", "Derby and X", "Swansea & X"; or two places a few
    // items back ("Leicester, Plymouth, Ripon, Cardiff, and X", "Castle Junction, Cedar
    // Hills, Queen X", "N 12th St & X"). An item is a run of capitalised words and ranks.
    let part = |i: usize| {
        tokens.get(i).is_some_and(|t| t.is_word() && (is_capitalised(t.text(text)) || is_numeric_ordinal(t.text(text))))
    };
    // Each walk back over an item stops after a few words: a headline in capitals is one
    // candidate a word, and walking it whole from each would be quadratic.
    let item_start = |mut k: usize| {
        let floor = k.saturating_sub(ITEM_WORDS);
        while k > floor && part(k - 1) {
            k -= 1;
        }
        k
    };
    let mut k = item_start(first);
    let mut places = 0;
    for item in 0..6 {
        let before = k;
        if k >= 2 && (word_is(k - 1, &["and", "or"]) || tokens[k - 1].is('&')) {
            k -= 1;
        }
        if k >= 2 && tokens[k - 1].is(',') {
            k -= 1;
        }
        if k == before || k == 0 || !part(k - 1) {
            return false;
        }
        let end = k - 1;
        k = item_start(k);
        let single = k == end;
        let l = lower(tokens[end].text(text));
        // Next to a place, or to a street ("N 12th St & X": a corner).
        let street = matches!(
            l.as_str(),
            "st" | "street" | "ave" | "avenue" | "rd" | "road" | "blvd" | "boulevard" | "dr" | "drive" | "lane" | "way"
        );
        // (Not "the Duke of Orvale, Tancred": an office of the place, then its holder.)
        let office = k >= 2 && word_is(k - 1, &["of"]) && lexicon::title(&lower(tokens[k - 2].text(text))).is_some();
        if item == 0 && ((single && place_at(end) && !office) || (!single && street)) {
            return true;
        }
        // A place, or several words ending in a place word ("Cedar Hills", "Castle Junction").
        if place_at(end) || (!single && (lexicon::org_word(&l) || l == "st")) {
            places += 1;
            if places == 2 {
                return true;
            }
        }
    }
    false
}

/// Words of travelling before `to` or `from` a place (`go to`, `drove out to`, `way back from`).
const TRAVEL: &[&str] = &[
    "go", "goes", "going", "gone", "went", "drive", "drives", "driving", "drove", "driven", "travel", "travelled",
    "traveled", "travelling", "journey", "journeyed", "ride", "rode", "riding", "sail", "sailed", "return", "returned",
    "returning", "moved", "removed", "back", "out", "way",
];

/// Whether a name of several words at tokens `first..=last` stands where a house, an estate or
/// a shop does: right after "at", "into", "near" or "outside" ("tea at Holly Lodge", "drove
/// into Cedar Bottom"). People stand there too ("looked at Laura Brennan"), but seldom, and
/// with a possessive ("at Laura Brennan's", whose owner is a person) or a title ("at Mrs.
/// Orme", whose candidate starts after the title) more often than bare.
pub(super) fn after_place_preposition(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let before = first.checked_sub(1).map(|i| &tokens[i]).filter(|t| t.is_word()).map(|t| t.text(text));
    let place_preposition = before.is_some_and(|w| matches!(w, "at" | "into" | "near" | "outside"));
    place_preposition && last > first && !strip_possessive(tokens[last].text(text)).1
}

/// Whether the name at token `first` is an item of a list that a plural place noun introduces:
/// "the islands Belle Anse, Marie Colbert and X", "towns such as X", "cities like X".
pub(super) fn in_list_of_places(text: &str, tokens: &[Token], first: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let capital = |i: usize| word(i).is_some_and(is_capitalised);
    let mut k = first;
    // Back over the items before and their commas, a few at most.
    for _ in 0..24 {
        if k == 0 {
            return false;
        }
        let prev = &tokens[k - 1];
        if capital(k - 1) || prev.is(',') || word(k - 1).is_some_and(|w| matches!(w, "and" | "or" | "de" | "la" | "le"))
        {
            k -= 1;
            continue;
        }
        break;
    }
    // "such as", "like", "of", "including" may stand between the noun and the list.
    let mut n = k;
    if n >= 2 && word(n - 1) == Some("as") && word(n - 2) == Some("such") {
        n -= 2;
    } else if n >= 1 && word(n - 1).is_some_and(|w| matches!(w, "like" | "of" | "including")) {
        n -= 1;
    }
    n >= 1 && word(n - 1).is_some_and(lexicon::plural_place_noun)
}

/// A pet or other animal: a name with an animal noun in apposition ("Hugo, our sheepdog,",
/// "Tibbles, a black cat") or right before it ("my cat Tibbles").
pub(super) fn is_animal(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    // (Most names have a word before them: a length test spares lowering it.)
    let animal_at = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.is_word() && t.end() - t.start() <= "dachshund".len() && lexicon::animal(&lower(t.text(text)))
        })
    };
    if first > 0 && animal_at(first - 1) {
        return true;
    }
    // After the comma: a determiner, then the noun within three words ("our golden retriever").
    let determiner = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.is_word()
                && matches!(&*lower(t.text(text)), "a" | "an" | "the" | "our" | "my" | "his" | "her" | "their" | "your")
        })
    };
    tokens.get(last + 1).is_some_and(|t| t.is(','))
        && determiner(last + 2)
        && (last + 3..last + 6).take_while(|&i| tokens.get(i).is_some_and(Token::is_word)).any(animal_at)
}

/// The most words a list item before a name is read back over ("Castle Junction", "N 12th
/// St").
const ITEM_WORDS: usize = 8;
