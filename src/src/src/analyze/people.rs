//! People: named mentions found and grouped into one entry per person.
//!
//! 1. Candidates: runs of capitalised words (with initials and particles inside), leading
//!    titles and sentence words peeled off, possessive endings stripped.
//! 2. Evidence: a first name from the census list, a title, a speech verb (`X said`, `said X`),
//!    a role noun (`attorney X`), an age (`X, 63,`). A surface form is a person when the
//!    evidence over all its occurrences says so; sequences that hold an organisation or place
//!    word, or that follow `the`, are not.
//! 3. Grouping (`grouping.rs`): multi-word names merge when one's words are within the other's
//!    or they share a surname without conflicting first names; single words join the one person
//!    they can stand for (the nearest one before them when several fit, never one of another
//!    sex by title).
//!
//! Everything is one pass over the tokens plus hash lookups, linear in the text's length.

use super::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use super::lexicon::{self, first_names, lower, surnames};
use super::tokens::{tokenize, Kind, Token};
use super::{speaker_nouns, Age, Gender, Person};
use evidence::{has_evidence, listed_after_plural_title, relative_who, speaks_as_epithet};
use grouping::group;
use places::{after_place_preposition, in_list_of_places, in_place_context, is_animal};
use std::ops::Range;

/// One occurrence of a possible name.
#[derive(Debug, Clone)]
struct Candidate {
    /// The name, without title or possessive ending.
    span: Range<usize>,
    /// Its words, lower case and joined by single spaces ("j r r tolkien"): one allocation per
    /// candidate, and the key its form is counted under.
    key: String,
    /// The title before it, with the sex it implies.
    title: Option<(Range<usize>, Gender)>,
    /// The name's first word begins a sentence (so its capital tells nothing).
    sentence_start: bool,
    /// `the` stands right before it ("the White House").
    after_the: bool,
    /// Where places stand: "in X", "X, Texas", "Leicester, Derby and X".
    placed: bool,
    /// A name of several words where houses and shops stand: "at X", "into X".
    at_place: bool,
    /// An animal by the words next to it ("Hugo, our sheepdog", "my cat Tibbles").
    animal: bool,
    /// Listed after a title in the plural ("Senators Ames, Brody, and Ortiz").
    title_listed: bool,
    /// Speech, role or age next to it.
    evidence: bool,
    /// Said to speak right after `the` ("said the Ferret", "the Ferret said").
    speaks_after_the: bool,
    /// The age an adjective right before it tells (`old Mr. Hale`, `little Ned`).
    age: Option<Age>,
    all_caps: bool,
    /// In italics, between underscores ("_Matilda_").
    italic: bool,
    /// The sex of a pronoun just after the name ("Emma …; she"), a hint to the person's sex.
    pronoun_after: Option<Gender>,
}

impl Candidate {
    /// The same candidate in a text that starts `by` bytes earlier.
    fn shifted(mut self, by: usize) -> Candidate {
        self.span = self.span.start + by..self.span.end + by;
        if let Some((t, _)) = &mut self.title {
            *t = t.start + by..t.end + by;
        }
        self
    }

    fn key(&self) -> &str {
        &self.key
    }

    fn word_count(&self) -> usize {
        self.key.split(' ').count()
    }

    fn words(&self) -> Vec<String> {
        self.key.split(' ').map(str::to_string).collect()
    }
}

/// The possible names of a text, before they are weighed and grouped.
pub struct Candidates<'a> {
    list: Vec<Candidate>,
    /// The words of candidates that the text also writes in lower case ("Basil … the basil").
    lowercase: HashSet<&'a str>,
}

impl<'a> Candidates<'a> {
    /// The candidates of a text that starts `at` bytes into this one, added to these.
    fn extend(&mut self, more: Candidates<'a>, at: usize) {
        // Exactly: a book's candidates are the largest list the analysis keeps, and a list
        // grown by doubling may hold twice the room it needs at the peak.
        self.list.reserve_exact(more.list.len());
        self.list.extend(more.list.into_iter().map(|c| c.shifted(at)));
        self.lowercase.extend(more.lowercase);
    }
}

/// The first half of finding the people of a text: the possible names (on both cores for a
/// long text).
pub fn find_candidates(text: &str) -> Candidates<'_> {
    all_candidates(text)
}

/// The second half: deciding who is a person and grouping their mentions (one core, so the
/// analysis can find quotes on the other meanwhile).
pub fn group_candidates(text: &str, candidates: Candidates) -> Vec<Person> {
    let forms = forms(text, &candidates.list, &candidates.lowercase);
    group(text, &candidates.list, &forms)
}

/// Texts longer than this are read in pieces of about this size, two at once (one per core).
const SPLIT_BYTES: usize = 1 << 20;

/// The candidates of the whole text. Candidates depend only on the few words around them, so a
/// long text is cut at paragraph breaks into pieces of about a megabyte: each piece is
/// tokenised, its candidates found and its tokens (the largest thing the analysis holds)
/// dropped before the next, and the two halves of the text go to two threads.
fn all_candidates(text: &str) -> Candidates<'_> {
    let Some(middle) = cut_near(text, text.len() / 2).filter(|_| text.len() > SPLIT_BYTES) else {
        return read(text);
    };
    let (first, second) = text.split_at(middle);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| pieces(second));
        let mut all = pieces(first);
        let rest = later.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        all.extend(rest, middle);
        all
    })
}

/// The candidates of `text`, read a piece of about `SPLIT_BYTES` at a time.
fn pieces(text: &str) -> Candidates<'_> {
    let mut out = Candidates { list: Vec::new(), lowercase: HashSet::default() };
    let mut start = 0;
    while start < text.len() {
        let end = cut_near(text, start + SPLIT_BYTES).filter(|&e| e > start).unwrap_or(text.len());
        out.extend(read(&text[start..end]), start);
        start = end;
    }
    out
}

/// The candidates of one piece of text, and which of their words it writes in lower case.
fn read(text: &str) -> Candidates<'_> {
    let tokens = tokenize(text);
    let list = candidates(text, &tokens);
    let lowercase = lowercase_uses(text, &tokens, &list);
    Candidates { list, lowercase }
}

/// The first place after `at` just past a paragraph break, if there is one.
fn cut_near(text: &str, at: usize) -> Option<usize> {
    if at >= text.len() {
        return None;
    }
    let from = crate::char_bounds::ceil(text, at);
    text[from..].find("\n\n").map(|i| from + i + 2)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

/// The word without a possessive ending ("Trump’s" → "Trump"), and whether it had one.
fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "‘s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// Whether `words` starts with two initials ("A. B. Carter", "I. M. Pei"): then the first is
/// one too, though alone it could be the article or the pronoun ("A. Carter" may end a
/// sentence with "Plan A.").
fn first_of_initials(text: &str, tokens: &[Token], words: &[usize]) -> bool {
    words.len() > 2 && is_initial(text, tokens, words[0]) && is_initial(text, tokens, words[1])
}

/// A single capital letter: an initial when a period follows.
fn is_initial(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    w.chars().count() == 1
        && is_capitalised(w)
        && tokens.get(i + 1).is_some_and(|t| t.is('.') && t.start() == tokens[i].end())
}

/// Whether only spaces (at most one line break) separate two tokens: names do not run over
/// paragraph breaks.
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end()..b.start()];
    gap.len() <= 3 && gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1
}

/// In an all-capitals run, the number of words of a full name at its start: a plain given name,
/// its initials, and a word that could be a surname ("MARGARET B. OKONJO"). Without an
/// initial the next word may be anything: "MARTIN MEETS A STRANGER" is a chapter's title.
fn caps_full_name(text: &str, tokens: &[Token], words: &[usize]) -> Option<usize> {
    let low = |i: usize| lower(tokens[words[i]].text(text));
    let given = low(0);
    if !first_names().contains_key(given.as_str()) || lexicon::ambiguous_first_name(&given) || lexicon::place(&given) {
        return None;
    }
    let mut e = 1;
    while e < words.len() && is_initial(text, tokens, words[e]) {
        e += 1;
    }
    if e == 1 {
        return None;
    }
    let surname = words.get(e).map(|_| low(e))?;
    let plain = |w: &str| {
        w.chars().count() > 1
            && !lexicon::not_name(w)
            && !lexicon::org_word(w)
            && !lexicon::place(w)
            && lexicon::title(w).is_none()
    };
    plain(&surname).then_some(e + 1)
}

/// At the start of a line, a surname, a comma, and a given name closed by a period ("Quarrel,
/// Catherine."): the token of the given name.
fn inverted_name(text: &str, tokens: &[Token], surname: usize) -> Option<usize> {
    let line_start = surname == 0 || tokens[surname - 1].kind == Kind::Break;
    let comma = || tokens.get(surname + 1).is_some_and(|t| t.is(',') && t.start() == tokens[surname].end());
    let closed = || tokens.get(surname + 3).is_some_and(|t| t.is('.'));
    let given = || {
        tokens.get(surname + 2).is_some_and(|t| {
            t.is_word() && is_capitalised(t.text(text)) && first_names().contains_key(lower(t.text(text)).as_str())
        })
    };
    (line_start && comma() && closed() && given()).then_some(surname + 2)
}

/// A nickname in quotation marks between a given name (token `given`) and a surname: Dorian
/// "Dash" Okafor. With the opening mark at token `open`, the surname's token.
fn quoted_nickname(text: &str, tokens: &[Token], given: usize, open: usize) -> Option<usize> {
    let capital = |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    let mark = |i: usize, marks: &[char]| {
        tokens.get(i).is_some_and(|t| matches!(t.kind, Kind::Punct(c) if marks.contains(&c)))
    };
    let glued = |a: usize, b: usize| tokens[a].end() == tokens[b].start();
    let spaced = |a: usize, b: usize| adjacent(text, &tokens[a], &tokens[b]) && !glued(a, b);
    let shape = open == given + 1
        && mark(open, &['"', '“'])
        && capital(open + 1)
        && mark(open + 2, &['"', '”'])
        && capital(open + 3)
        && spaced(given, open)
        && glued(open, open + 1)
        && glued(open + 1, open + 2)
        && spaced(open + 2, open + 3);
    (shape && first_names().contains_key(lower(tokens[given].text(text)).as_str())).then_some(open + 3)
}

/// Every run of capitalised words, cut into title and name.
fn candidates(text: &str, tokens: &[Token]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut evidenced: HashSet<String> = HashSet::default();
    let mut run: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].is_word() && is_capitalised(tokens[i].text(text))) {
            i += 1;
            continue;
        }
        // Collect the run: word indices, with the periods of initials and titles skipped.
        run.clear();
        run.push(i);
        let mut j = i;
        loop {
            let (_, possessive) = strip_possessive(tokens[j].text(text));
            if possessive {
                break;
            }
            let mut k = j + 1;
            let w = lower(tokens[j].text(text));
            if tokens.get(k).is_some_and(|t| t.is('.') && t.start() == tokens[j].end())
                && (is_initial(text, tokens, j) || lexicon::title(&w).is_some())
            {
                k += 1;
            }
            let Some(next) = tokens.get(k) else { break };
            if let Some(surname) = quoted_nickname(text, tokens, j, k) {
                run.push(k + 1);
                run.push(surname);
                j = surname;
                continue;
            }
            if !next.is_word() || !adjacent(text, &tokens[k - 1], next) {
                break;
            }
            let nw = next.text(text);
            if is_capitalised(nw) {
                run.push(k);
                j = k;
            } else if lexicon::particle(nw)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && adjacent(text, next, t))
            {
                run.push(k);
                run.push(k + 1);
                j = k + 1;
            } else {
                break;
            }
        }
        let mut next_i = run.last().map_or(i + 1, |&l| l + 1);
        // `With Mrs. Allan Anne fell in love`: after a title and a surname (no given name of the
        // title's sex: `Mrs. Allan`, not `Miss Catharine Alan`), a given name that is no
        // surname starts a name of its own.
        if let [.., title, middle, last] = run[..] {
            let word = |k: usize| lower(strip_possessive(tokens[k].text(text)).0);
            let names = lexicon::first_names();
            let given_only = |w: &str| names.contains_key(w) && !lexicon::surnames().contains(w);
            let sex = lexicon::title(&word(title));
            let surname = |w: &str| sex.is_some() && names.get(w).copied() != sex;
            if surname(&word(middle)) && given_only(&word(last)) {
                run.pop();
                next_i = last;
            }
        }
        if chapter_heading(text, tokens, run[0]) {
            trim_heading_run(text, tokens, &mut run);
            if run.is_empty() {
                i = next_i;
                continue;
            }
        }
        // Most capitalised words stand alone at a sentence's start ("The", "She", "But"): a
        // lone sentence word or title is no name, as `make_candidate` would find at more cost.
        if run.len() == 1 {
            let l = lower(strip_possessive(tokens[i].text(text)).0);
            if lexicon::not_name(&l) || lexicon::title(&l).is_some() {
                i = next_i;
                continue;
            }
            // "Quarrel, Catherine. “The board decides …”": a reference list's entry, the
            // surname first; the surname is the mention.
            if let Some(given) = inverted_name(text, tokens, i) {
                out.extend(
                    make_candidate(text, tokens, &run, &mut evidenced).map(|c| Candidate { evidence: true, ..c }),
                );
                i = given + 1;
                continue;
            }
        }
        let caps = |w: &usize| is_all_caps(tokens[*w].text(text));
        let initial = |w: &usize| tokens[*w].text(text).chars().count() == 1;
        if run.len() > 1 && run.iter().any(caps) && run.iter().all(|w| caps(w) || initial(w)) {
            // An all-capitals headline: each word on its own, to be matched with names the
            // text gives in ordinary case.
            // A title stays with the word after it ("MRS. ABBOT"), and a given name with its
            // initials and surname ("MARGARET B. OKONJO").
            let mut k = 0;
            while k < run.len() {
                let titled = k + 1 < run.len() && lexicon::title(&lower(tokens[run[k]].text(text))).is_some();
                let mut len = if titled { 2 } else { 1 };
                if let Some(named) = caps_full_name(text, tokens, &run[k + len - 1..]) {
                    len += named - 1;
                }
                out.extend(make_candidate(text, tokens, &run[k..k + len], &mut evidenced));
                k += len;
            }
        } else if let Some(c) = make_candidate(text, tokens, &run, &mut evidenced) {
            out.push(c);
        }
        i = next_i;
    }
    out
}

/// Whether token `i` stands in a chapter's heading: a paragraph that opens with "Chapter" and
/// a number ("CHAPTER IX. Tom Rides Out", "Chapter 4\nNell Goes Home").
fn chapter_heading(text: &str, tokens: &[Token], i: usize) -> bool {
    let start = tokens[i.saturating_sub(HEADING_TOKENS)..=i]
        .iter()
        .rposition(|t| t.kind == Kind::Break)
        .map_or(i.saturating_sub(HEADING_TOKENS), |b| i.saturating_sub(HEADING_TOKENS) + b + 1);
    let word_at = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    (start == 0 || tokens[start - 1].kind == Kind::Break)
        && word_at(start).is_some_and(|w| w.eq_ignore_ascii_case("chapter"))
        && word_at(start + 1).is_some_and(chapter_number)
}

/// How far back a chapter heading's first word is looked for.
const HEADING_TOKENS: usize = 16;

/// A chapter's number: "12", "XIV", "iv".
fn chapter_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit()) || word.bytes().all(|b| b"IVXLCivxlc".contains(&b))
}

/// A run of capitalised words in a chapter's heading, cut to the name in it: not "Chapter"
/// and its number ("CHAPTER X. Tom" is no initial before "Tom"), and not the verb of the
/// heading's title after the name and what follows it ("Tom Rides Out", "Nell Returns", "Nell
/// Faced"): a word ending in "s" or "ed" that is no given name, surname or title ("Mrs").
fn trim_heading_run(text: &str, tokens: &[Token], run: &mut Vec<usize>) {
    let word = |k: usize| tokens[k].text(text);
    if word(run[0]).eq_ignore_ascii_case("chapter") {
        run.remove(0);
    }
    if run.first().is_some_and(|&k| {
        k > 0 && tokens[k - 1].is_word() && word(k - 1).eq_ignore_ascii_case("chapter") && chapter_number(word(k))
    }) {
        run.remove(0);
    }
    let verb = |k: usize| {
        let (w, possessive) = strip_possessive(word(k));
        let w = lower(w);
        let name_word =
            first_names().contains_key(w.as_str()) || surnames().contains(w.as_str()) || lexicon::title(&w).is_some();
        !possessive && !is_all_caps(word(k)) && (w.ends_with('s') || w.ends_with("ed")) && !name_word
    };
    if let Some(at) = (1..run.len()).find(|&i| verb(run[i])) {
        run.truncate(at);
    }
}

/// The words of candidates that the text also writes in lower case ("Basil grows well …
/// pinch the basil"): ordinary words in a capitalised place, not names. One pass over the
/// words; a bitmap of the candidates' words passes over most of them before any hashing.
fn lowercase_uses<'a>(text: &'a str, tokens: &[Token], candidates: &[Candidate]) -> HashSet<&'a str> {
    let mut bits = vec![0u64; LOWER_BITS / 64];
    for c in candidates {
        for w in c.key.split(' ') {
            let b = lower_bit(w.as_bytes());
            bits[b / 64] |= 1 << (b % 64);
        }
    }
    // Not the parts of addresses ("claire.bailey@…", "…/basil-care"), which are no prose.
    // A word is part of one when a dot, at sign, slash or underscore joins it to another word
    // with no space on either side.
    let joint = |t: &Token| matches!(t.kind, Kind::Punct('.' | '@' | '/' | '_'));
    let joined = |a: &Token, b: &Token| a.end() == b.start();
    let glued_after = |i: usize| matches!(tokens.get(i + 1..i + 3), Some([p, w]) if joint(p) && w.is_word() && joined(&tokens[i], p) && joined(p, w));
    let glued_before = |i: usize| {
        i >= 2
            && joint(&tokens[i - 1])
            && tokens[i - 2].is_word()
            && joined(&tokens[i - 2], &tokens[i - 1])
            && joined(&tokens[i - 1], &tokens[i])
    };
    let mut seen: HashSet<&str> = HashSet::default();
    let bytes = text.as_bytes();
    for (i, t) in tokens.iter().enumerate() {
        // Bytes, not a checked slice, until the filter lets the word through: this runs on
        // every word of a book.
        // (Punctuation and breaks never start with a lower-case letter.)
        if !bytes[t.start()].is_ascii_lowercase() {
            continue;
        }
        let b = lower_bit(&bytes[t.start()..t.end()]);
        if bits[b / 64] & (1 << (b % 64)) != 0 && !glued_after(i) && !glued_before(i) {
            seen.insert(t.text(text));
        }
    }
    seen
}

/// Bits in the filter of [`lowercase_uses`]: eight kilobytes, which stay in the fastest cache.
const LOWER_BITS: usize = 1 << 16;

/// A word's place in that filter: its length and its first and last two bytes.
fn lower_bit(w: &[u8]) -> usize {
    let n = w.len();
    let key = (n as u64) << 32
        | u64::from(w[0]) << 24
        | u64::from(w[n.min(2) - 1]) << 16
        | u64::from(w[n - 1]) << 8
        | u64::from(w[n.saturating_sub(2)]);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// `evidenced` holds the keys of the names already found with evidence in this piece of text:
/// a name's evidence is told by any one of its occurrences, so the others need not look.
fn make_candidate(text: &str, tokens: &[Token], run: &[usize], evidenced: &mut HashSet<String>) -> Option<Candidate> {
    // A slice narrowed from both ends: peeling words off the front of a vector would be
    // quadratic in a long run of capitalised words.
    let mut words: &[usize] = run;
    let mut title = None;
    // "bd Louis Blanc", "rue Jules Ferry", "calle Simón Bolívar": a street named after
    // someone, in an address.
    if run[0] > 0 && tokens[run[0] - 1].is_word() && lexicon::street_before_name(tokens[run[0] - 1].text(text)) {
        return None;
    }
    // "the 82nd Airborne", "5th Avenue", "the 18th Century": a number's rank names units,
    // streets and times, not people, whose ranks come after their names ("Henry VIII"). A
    // name may follow ("18th Century Goya etchings").
    if run[0] > 0 && is_numeric_ordinal(tokens[run[0] - 1].text(text)) {
        return run
            .get(1..)
            .filter(|rest| !rest.is_empty())
            .and_then(|rest| make_candidate(text, tokens, rest, evidenced));
    }
    // "her graphic novel Night Heron, with …", "the film Harbour.": a work's title after
    // the kind of work. (Not "the book Anna wrote", where a verb follows the name.)
    let work_before = run[0] > 0 && tokens[run[0] - 1].is_word() && lexicon::work_noun(tokens[run[0] - 1].text(text));
    let last_of_run = *run.last()?;
    let title_ends = tokens
        .get(last_of_run + 1)
        .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';' | ':' | '(' | ')' | '!' | '?') | Kind::Break));
    if work_before && title_ends {
        return None;
    }
    // "the Cathedral of Christ the King", "the Church of Jesus Christ": the name of an
    // organisation or building that holds a name.
    let org_of = run[0] >= 2
        && tokens[run[0] - 1].is_word()
        && tokens[run[0] - 1].text(text) == "of"
        && tokens[run[0] - 2].is_word()
        && is_capitalised(tokens[run[0] - 2].text(text))
        && lexicon::org_word(&lower(tokens[run[0] - 2].text(text)));
    if org_of {
        return None;
    }
    // "her Ladyship", "your Grace", "His Majesty": a way of addressing someone, not a name.
    // (Looked at only for a lone word that is one: most runs are not.)
    let possessive_before = || {
        run[0] > 0
            && tokens[run[0] - 1].is_word()
            && matches!(lower(tokens[run[0] - 1].text(text)).as_str(), "her" | "his" | "your" | "their" | "our" | "my")
    };
    if run.len() == 1 && lexicon::honorific(&lower(tokens[run[0]].text(text))) && possessive_before() {
        return None;
    }
    let start = italics_open(tokens, run[0]);
    let mut after_the =
        start > 0 && tokens[start - 1].is_word() && tokens[start - 1].text(text).eq_ignore_ascii_case("the");
    // "Dear Jean": a letter's greeting names a person.
    let mut salutation = false;
    let sentence_start_of_run = tokens[run[0]].sentence_start();
    // "New York", "San Francisco", "St. Louis", "Fort Worth": places, whatever follows.
    let place_prefixes = ["new", "san", "santa", "st", "saint", "los", "las", "fort", "port", "mount", "lake", "cape"];
    if run.len() > 1 && place_prefixes.iter().any(|p| tokens[run[0]].text(text).eq_ignore_ascii_case(p)) {
        return None;
    }
    // A title inside the run ends whatever came before it ("Later President Ngozi Adeyemi").
    if let Some(t) = (1..words.len().saturating_sub(1))
        .rev()
        .find(|&k| lexicon::title(&lower(tokens[words[k]].text(text))).is_some())
    {
        words = &words[t..];
    }
    // Peel leading sentence words and titles ("But Mr. Darcy", "President Donald Trump").
    while let Some(&first) = words.first() {
        let w = lower(strip_possessive(tokens[first].text(text)).0);
        if let Some(g) = lexicon::title(&w) {
            // "Princess of Diplomacy", "President of …": a title with no name after it; but
            // after a courtesy title it is the surname ("Mr. King", "Mrs. Bishop").
            if words.len() == 1 {
                let courtesy =
                    |t: &Range<usize>| lexicon::courtesy_title(&lower(text[t.clone()].trim_end_matches('.')));
                if title.as_ref().is_some_and(|(t, _)| courtesy(t)) {
                    break;
                }
                return None;
            }
            title = Some((tokens[first].start()..tokens[first].end(), g));
            words = &words[1..];
        } else if (lexicon::not_name(&w) && !first_of_initials(text, tokens, words)) || lexicon::plural_title(&w) {
            // "The Second Circuit" is still after "the".
            after_the |= w == "the";
            salutation = w == "dear";
            title = None;
            words = &words[1..];
        } else {
            break;
        }
    }
    // A capital letter without a period is no initial ("S Buckeye", "Gates C", "R&D"): a name
    // has none at either end.
    let bare_letter =
        |w: &usize| tokens[*w].text(text).chars().count() == 1 && !tokens.get(*w + 1).is_some_and(|t| t.is('.'));
    while words.first().is_some_and(bare_letter) {
        words = &words[1..];
    }
    while words.last().is_some_and(bare_letter) {
        words = &words[..words.len() - 1];
    }
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    // A capitalised sentence opener before a first name ("Afterwards Laura Brennan left").
    if words.len() >= 3 && title.is_none() && tokens[words[0]].sentence_start() {
        let (w0, w1) = (lower(tokens[words[0]].text(text)), lower(tokens[words[1]].text(text)));
        if !first_names().contains_key(w0.as_str())
            && !surnames().contains(w0.as_str())
            && first_names().contains_key(w1.as_str())
        {
            words = &words[1..];
        }
    }
    let initials_first = first_of_initials(text, tokens, words);
    let mut lowered: Vec<lexicon::Lower> = Vec::with_capacity(words.len());
    let given_first = words.len() > 1 && first_names().contains_key(lower(tokens[words[0]].text(text)).as_str());
    for k in 0..words.len() {
        let w = words[k];
        let word = strip_possessive(tokens[w].text(text)).0;
        let l = lower(word);
        // An organisation or place word ends a name ("Harvard University", "Baker Street"),
        // unless a given name starts it ("Christopher Hill", "Laura House"); a full name
        // before it is a person the organisation is named after ("the Bill Hewlett
        // Foundation", "the Will Rogers Turnpike").
        if lexicon::org_word(&l) {
            // (Only right after given names and initials: not "Summer Olympic Games".)
            let names_before = || {
                words[1..k.max(1)].iter().all(|&m| {
                    let x = tokens[m].text(text);
                    x.chars().count() == 1 || first_names().contains_key(lower(x).as_str())
                })
            };
            // Not after a given name that is also a word or a place ("Ivy College", "Florence
            // Street", "Kenya House").
            let plain_given = || {
                let g = lower(tokens[words[0]].text(text));
                !lexicon::ambiguous_first_name(&g) && !lexicon::place(&g)
            };
            let surname_too = given_first
                && names_before()
                && surnames().contains(l.as_str())
                && !lexicon::street_after_name(&l)
                && (k == 0 || plain_given());
            let named_after = given_first && k >= 2 && lowered.last().is_some_and(|w| surnames().contains(w.as_str()));
            if !surname_too && named_after {
                // "The" goes with the foundation, not with its namesake.
                after_the = false;
                words = &words[..k];
                break;
            }
            // Alone and not after "the", such a word may be the surname of someone named in
            // full ("Christopher Hill … Hill said"): it is kept, to be weighed with the others.
            let lone_surname = words.len() == 1 && !after_the && surnames().contains(l.as_str());
            // A Korean family name before a given name of two syllables ("Park Min-seo").
            let family_name = k == 0 && words.len() == 2 && syllable_pair(&lower(tokens[words[1]].text(text)));
            if !surname_too && !lone_surname && !family_name {
                return None;
            }
        }
        // After a particle any word is a name part: "Luis Ortega de Santa Cruz", "Pedro
        // Ruiz de San Martín".
        let after_particle = lowered.last().is_some_and(|p| lexicon::particle(p));
        let initial = k == 0 && initials_first;
        if lexicon::not_name(&l) && !lexicon::particle(&l) && !after_particle && !initial {
            return None;
        }
        // A place on its own ("Paris"), or a run that starts with one ("New Zealand" was cut
        // to "Zealand", "London Bridge"), is not a person.
        if lexicon::place(&l) && words.len() > 1 && w == words[0] && !first_names().contains_key(l.as_str()) {
            return None;
        }
        // Digits, or a hyphenated word with a lower-case part ("Prize-winner"): no name. But
        // "Lung-bin" and "Kai-shek" are given names.
        let lower_part =
            word.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase) && !lexicon::particle(part));
        if word.chars().any(|c| c.is_ascii_digit()) || (lower_part && !syllable_pair(&l)) {
            return None;
        }
        lowered.push(l);
    }
    let first = words[0];
    let last = *words.last()?;
    let (last_word, _) = strip_possessive(tokens[last].text(text));
    let span = tokens[first].start()..tokens[last].start() + last_word.len();
    let all_caps = words.iter().all(|&w| is_all_caps(strip_possessive(tokens[w].text(text)).0));
    let italic =
        italics_open(tokens, first) < first && tokens.get(last + 1).is_some_and(|t| t.is('_') && t.start() == span.end);
    let sentence_start =
        title.is_none() && (tokens[first].sentence_start() || (first == run[0] && sentence_start_of_run));
    // Not "Dear Friends".
    let greeted = salutation && (!lowered[0].ends_with('s') || first_names().contains_key(lowered[0].as_str()));
    let key = lowered.iter().map(lexicon::Lower::as_str).collect::<Vec<_>>().join(" ");
    let known = evidenced.contains(&key);
    let evidence = greeted
        || known
        || has_evidence(text, tokens, run[0], last)
        || (words.len() > 1 && relative_who(text, tokens, first, last));
    if evidence && !known {
        evidenced.insert(key.clone());
    }
    // "the Marta Pell novel": a full name after "the" modifies the noun that follows;
    // but a name that ends in a place word is the place ("the Mill Trail runs west").
    let noun_after = || {
        tokens.get(last + 1).is_some_and(|t| {
            t.is_word() && t.text(text).starts_with(|c: char| c.is_lowercase()) && !lexicon::not_name(t.text(text))
        })
    };
    let place_named = lowered.last().is_some_and(|w| lexicon::org_word(w));
    if after_the
        && lowered.len() > 1
        && !place_named
        && noun_after()
        && first_names().contains_key(lowered[0].as_str())
        && !lexicon::ambiguous_first_name(&lowered[0])
    {
        after_the = false;
    }
    let pronoun_after = pronoun_after(text, tokens, last + 1);
    let placed =
        (words.len() == 1 && in_place_context(text, tokens, first, last)) || in_list_of_places(text, tokens, first);
    let at_place = after_place_preposition(text, tokens, first, last);
    let animal = is_animal(text, tokens, first, last);
    let title_listed = listed_after_plural_title(text, tokens, first);
    let speaks_after_the = after_the && words.len() == 1 && speaks_as_epithet(text, tokens, first, last);
    let age = age_before(text, title.as_ref().map_or(span.start, |t| t.0.start));
    Some(Candidate {
        span,
        key,
        title,
        sentence_start,
        after_the,
        placed,
        at_place,
        animal,
        title_listed,
        evidence,
        speaks_after_the,
        age,
        all_caps,
        italic,
        pronoun_after,
    })
}

/// Where the name at token `first` starts with the underscore that opens italics glued to it:
/// "the _Matilda_ sailed" is a ship after "the", as a book or a paper would be.
fn italics_open(tokens: &[Token], first: usize) -> usize {
    let opens = first > 0 && tokens[first - 1].is('_') && tokens[first - 1].end() == tokens[first].start();
    if opens {
        first - 1
    } else {
        first
    }
}

/// The age told by the word right before `at` (`old Mr. Hale`, `little Ned`), if it is an
/// adjective of age.
fn age_before(text: &str, at: usize) -> Option<Age> {
    let head = text[..at].trim_end_matches([' ', '\n']);
    let start = head.len() - head.bytes().rev().take(8).take_while(u8::is_ascii_alphabetic).count();
    // Most words before a name are no adjective of age: told apart by length before any
    // lowering (a book holds hundreds of thousands of names).
    let word = &head[start..];
    (3..=7).contains(&word.len()).then(|| speaker_nouns::age_of_adjective(&lower(word))).flatten()
}

/// A given name of two short syllables joined by a hyphen, as Korean and Chinese names are
/// romanised ("hee-chan", "lung-bin", "kai-shek"); lower case.
fn syllable_pair(word: &str) -> bool {
    let mut parts = word.split('-');
    let short =
        |p: Option<&str>| p.is_some_and(|p| (2..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    short(parts.next()) && short(parts.next()) && parts.next().is_none()
}

/// "1st", "22nd", "82nd", "13th": a number's rank in figures.
fn is_numeric_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// What the whole text says of each surface form.
#[derive(Debug, Default, Clone)]
struct Form {
    count: usize,
    evidence: bool,
    titled: bool,
    /// Titled by a courtesy title ("Mrs.", "Dr."), not a rank that is also a common word
    /// ("General Delivery", "Master Plan").
    courtesy: bool,
    /// Seen where its capital means something (not starting a sentence).
    mid_sentence: bool,
    /// Every occurrence follows "the".
    always_after_the: bool,
    /// How many occurrences follow "the".
    after_the: usize,
    /// How many occurrences speak right after "the" ("said the Ferret").
    speaks_after_the: usize,
    /// How many occurrences stand where places do.
    placed: usize,
    /// How many stand where houses and shops do (see [`Candidate::at_place`]).
    at_place: usize,
    /// Some occurrence calls it an animal.
    animal: bool,
    /// Its words are ordinary words of the text too ("Basil" and "basil").
    lowercase_too: bool,
    /// Its first word is one ("Lunar Croquet" and "lunar").
    lowercase_first: bool,
    /// Its last word is one ("MARTIN MEETS" and "meets").
    lowercase_last: bool,
    all_caps_only: bool,
    /// Every occurrence is in italics.
    italic_only: bool,
    /// Every occurrence is titled "Mrs." (`Mrs. James Cooper`): a wife, perhaps by her
    /// husband's name.
    wife_only: bool,
    /// How many occurrences a title of a woman, and of a man, stands before (`Mr. Mordecai
    /// Smith`, `Miss Tamsin Oduya`; not `Mrs.`, which a wife takes with her husband's name):
    /// the sex of a full name whose given name tells none.
    titled_sexes: [usize; 2],
}

impl Form {
    /// The one sex the titles before the form's occurrences tell, if they tell only one.
    fn title_sex(&self) -> Option<Gender> {
        match self.titled_sexes {
            [0, 0] => None,
            [_, 0] => Some(Gender::Female),
            [0, _] => Some(Gender::Male),
            _ => None,
        }
    }
}

fn forms(text: &str, candidates: &[Candidate], lowercase: &HashSet<&str>) -> HashMap<String, Form> {
    let mut forms: HashMap<String, Form> = HashMap::default();
    for c in candidates {
        if !forms.contains_key(c.key()) {
            let lowercase_too = c.key.split(' ').all(|w| lowercase.contains(w));
            let lowercase_first = c.key.split(' ').next().is_some_and(|w| lowercase.contains(w));
            let lowercase_last = c.key.rsplit(' ').next().is_some_and(|w| lowercase.contains(w));
            let form = Form {
                always_after_the: true,
                all_caps_only: true,
                italic_only: true,
                wife_only: true,
                lowercase_too,
                lowercase_first,
                lowercase_last,
                ..Form::default()
            };
            forms.insert(c.key().to_string(), form);
        }
        let Some(f) = forms.get_mut(c.key()) else { continue };
        f.count += 1;
        f.evidence |= c.evidence;
        f.titled |= c.title.is_some() || c.title_listed;
        f.courtesy |= c
            .title
            .as_ref()
            .is_some_and(|(t, _)| lexicon::courtesy_title(&lower(text[t.clone()].trim_end_matches('.'))));
        f.mid_sentence |= !c.sentence_start;
        f.always_after_the &= c.after_the;
        f.after_the += usize::from(c.after_the);
        f.speaks_after_the += usize::from(c.speaks_after_the);
        f.placed += usize::from(c.placed);
        f.at_place += usize::from(c.at_place);
        f.animal |= c.animal;
        f.all_caps_only &= c.all_caps;
        f.italic_only &= c.italic;
        let mrs = grouping::married(text, c) == Some(true);
        f.wife_only &= mrs;
        // `Mrs. Obadiah Crane` may be his wife, by his name: only other titles count.
        match c.title.as_ref().map(|t| t.1).filter(|_| !mrs) {
            Some(Gender::Female) => f.titled_sexes[0] += 1,
            Some(Gender::Male) => f.titled_sexes[1] += 1,
            _ => {}
        }
    }
    forms
}

/// A word shaped like a common noun ("Normalcy", "Southerners", "Congressmen", "Recent")
/// that no one has for a given name or surname.
fn common_noun_shape(word: &str) -> bool {
    const ENDINGS: [&str; 10] = ["ness", "ment", "tion", "sion", "ity", "ism", "cy", "ers", "men", "ent"];
    ENDINGS.iter().any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        && !first_names().contains_key(word)
        && !surnames().contains(word)
}

/// "the Ferret", "the Whisper": one capitalised word, mostly after "the", that speaks more than
/// once names a character known by that epithet; not a rank ("the Colonel" may be anyone's),
/// nor an organisation or a place ("the Times said").
fn epithet_of_one_word(words: &[String], form: &Form) -> bool {
    let [word] = words else { return false };
    form.speaks_after_the >= 2
        && form.after_the * 2 > form.count
        && !form.titled
        && lexicon::title(word).is_none()
        && !lexicon::org_word(word)
        && !lexicon::place(word)
}

/// Whether a surface form names a person on its own evidence.
fn is_person(words: &[String], form: &Form, surname_speaks: bool) -> bool {
    if form.animal {
        return false;
    }
    if epithet_of_one_word(words, form) {
        return true;
    }
    // "the Quiet Man", "the Old Woman": a character known by a capitalised epithet whose
    // head is a word for a person, once the text shows it acting like one ("said the …").
    let epithet = words.len() > 1 && words.last().is_some_and(|w| lexicon::person_noun(w));
    // "the _Matilda_", "the old _Matilda_": a ship's, a book's or a paper's name is set in
    // italics wherever it stands; a person's is only now and then, for stress.
    if form.italic_only && form.count >= 2 && !form.titled {
        return false;
    }
    if form.always_after_the && !form.titled {
        return epithet && form.evidence && form.placed * 2 < form.count;
    }
    // "the Chief Visitor", "the General Assembly": a rank after "the" before a word that is no
    // given name names an office or a body; "the Reverend Ellis" is a courtesy.
    let given = |w: &str| first_names().contains_key(w);
    if words.len() == 1 && form.always_after_the && !form.courtesy && !given(&words[0]) {
        return false;
    }
    // "the first Senator Georgia has elected": a rank before a place is no name; "Mrs.
    // Georgia" is.
    if words.len() == 1 && lexicon::place(&words[0]) && !form.courtesy {
        return false;
    }
    // "Queen Lake" among the towns: a rank before a place is no name.
    let placed = form.placed > 0 && form.placed * 2 >= form.count;
    if words.len() == 1 && placed && form.titled && !form.courtesy {
        return false;
    }
    if (form.titled && (form.courtesy || !form.lowercase_too))
        || (words.len() == 1 && lexicon::deity(&words[0]) && !form.all_caps_only)
    {
        return true;
    }
    // "NASA", "UNESCO": a word only ever in capitals is an acronym, whatever it does.
    if words.len() == 1 && form.all_caps_only {
        return false;
    }
    // A place on its own ("Paris", "Geneva", "Dallas"), whatever names it is also given, and
    // whatever it does: countries and cities "say", "return" and "continue" in the news.
    // A word that stands where places do half the times it is used is one.
    if words.len() == 1 && (lexicon::place(&words[0]) || form.placed * 2 >= form.count || common_noun_shape(&words[0]))
    {
        return false;
    }
    // "Nova Scotia", "Costa Rica": a place of several words, whose first may be a given name.
    if words.len() > 1 && lexicon::place(&words.join(" ")) {
        return false;
    }
    // "SOO Africa", "S. Denver": a name does not end in a place, unless that is a surname too.
    if words.len() > 1 && words.last().is_some_and(|w| lexicon::place(w) && !surnames().contains(w.as_str())) {
        return false;
    }
    // "the islands Belle Anse, Marie Colbert and …": named where places are listed.
    if words.len() > 1 && form.placed * 2 >= form.count {
        return false;
    }
    // "tea at Holly Lodge", "back at Holly Lodge": a house or an estate named like a person,
    // unless the text shows a person ("looked at Laura Brennan" and "Laura Brennan said").
    if words.len() > 1 && form.at_place * 2 >= form.count && !form.evidence && !form.titled {
        return false;
    }
    // Words the text also writes in lower case need evidence where a capital means something
    // ("the vines … Basil Harvesting", "Things went on well").
    // "The makers of Lunar Croquet thought": a first word the text also writes in lower
    // case modifies the name of a thing, unless it is a given name ("Rose Tarrant", "rose";
    // "Will Parker", "will").
    if words.len() > 1 && form.lowercase_first && !first_names().contains_key(words[0].as_str()) {
        return false;
    }
    if form.lowercase_too || (words.len() > 1 && form.lowercase_first && !form.mid_sentence) {
        return form.evidence && form.mid_sentence;
    }
    if form.evidence {
        return true;
    }
    // In capitals, only a plain given name with initials before a word the text never writes
    // in lower case makes a name ("JOHN F. KENNEDY", not "MARTIN MEETS A STRANGER").
    let first = words[0].as_str();
    let plain_given =
        first_names().contains_key(first) && !lexicon::ambiguous_first_name(first) && !lexicon::place(first);
    let initials = words.len() > 2 && words[1..words.len() - 1].iter().all(|w| w.chars().count() == 1);
    if form.all_caps_only && !(plain_given && initials && !form.lowercase_last) {
        return false;
    }
    let known_first = first_names().contains_key(first);
    if words.len() >= 2 {
        let initial = first.chars().count() == 1;
        // "Hwang Hee-chan", "Hau Lung-bin": a family name and a two-syllable given name.
        let east_asian = words.len() == 2 && syllable_pair(&words[1]);
        return east_asian
            || surname_speaks
            || (known_first && (!lexicon::ambiguous_first_name(first) || form.mid_sentence))
            || (initial && words.len() >= 2 && words.last().is_some_and(|w| w.chars().count() > 1));
    }
    known_first && !lexicon::ambiguous_first_name(first) && form.mid_sentence
}

/// The sex of the first personal pronoun in the few words from token `next` on, if one comes
/// before another name does.
fn pronoun_after(text: &str, tokens: &[Token], next: usize) -> Option<Gender> {
    for t in tokens.get(next..).unwrap_or(&[]).iter().take(12) {
        if t.kind == Kind::Break {
            return None;
        }
        if t.is_word() {
            let w = t.text(text);
            // Every such pronoun starts with an h or an s, and none is longer than "herself":
            // most words need no lowering to tell.
            let maybe = w.len() <= "himself".len() && matches!(w.as_bytes()[0] | 0x20, b'h' | b's');
            let pronoun = if maybe { lexicon::pronoun_gender(&lower(w)) } else { None };
            if pronoun.is_some() {
                return pronoun;
            }
            if is_capitalised(w) && !t.sentence_start() {
                return None;
            }
        }
    }
    None
}

mod evidence;
mod grouping;
mod name_index;
mod places;
#[cfg(test)]
mod tests;
