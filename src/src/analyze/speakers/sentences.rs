//! Where a sentence starts, and which person it names can be its subject: not a preposition's
//! object, a possessive or a subordinate clause's subject. Methods of the speaker pass's
//! [`Context`].

use super::*;
use crate::analyze::tokens::last_word_start;

impl Context<'_> {
    /// Whether a mention can be a sentence's subject: not the object of a preposition, not a
    /// possessive (`Emma's hand`).
    pub(super) fn can_be_subject(&self, m: &Mention) -> bool {
        !self.possessive(m) && (!self.after_preposition(m) || self.passive_agent(m))
    }

    /// Whether a mention is a possessive (`Ann's`, `the Lees'`, `Ann s` with the apostrophe
    /// lost, as some editions of old books have it).
    pub(super) fn possessive(&self, m: &Mention) -> bool {
        let after = &self.text[m.span.end..];
        after.starts_with(['\'', '’']) || after.strip_prefix(" s").is_some_and(|r| r.starts_with([' ', '\n', ',']))
    }

    /// Whether a mention is the one who acts in a passive clause (`she was overtaken by Tom`,
    /// `was joined by Mr. Hale`): the clause's subject in all but form.
    fn passive_agent(&self, m: &Mention) -> bool {
        let mut words = self.before_name(0, m).rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        let (Some("by"), Some(verb), Some(aux)) = (words.next(), words.next(), words.next()) else { return false };
        // `was then by Tom`, `was seated by Tom`: an adverb, or a place beside someone.
        let not_passive = matches!(verb, "then" | "often" | "even" | "seated" | "placed" | "situated");
        (verb.ends_with("ed") || verb.ends_with("en"))
            && !not_passive
            && matches!(aux, "was" | "were" | "been" | "being" | "is" | "are")
    }

    /// Whether a mention is the first words of the sentence starting at `sentence_start`: even
    /// as a possessive it tells whom the sentence is about (`Ann's face fell.`).
    pub(super) fn opens_sentence(&self, m: &Mention, sentence_start: usize) -> bool {
        self.before_name(sentence_start, m).chars().all(|c| !c.is_alphanumeric())
    }

    /// Whether a mention is the object of a preposition (`to Hugh`, `with Mr. Hale`), also
    /// past a determiner and a word or two after `of` or `to` (`into the presence of the
    /// offended Mrs. Lynde`, `to her friend Harriet`, `of her dear friend Jane`). A phrase that
    /// only sets the scene keeps the sentence's subject (`for a moment Kate was still`, `at this
    /// Kate turned`).
    pub(super) fn after_preposition(&self, m: &Mention) -> bool {
        let before = self.before_name(0, m);
        let mut words = before.rsplit(char::is_whitespace).take(5);
        let Some(last) = words.next() else { return false };
        if preposition(last) {
            return true;
        }
        let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        let mut word = Some(last);
        let mut between = 0;
        // One or two adjectives or nouns of address (`offended`, `friend`).
        while between < 2 {
            match word {
                Some(w) if plain(w) && !determiner(w) => {
                    word = words.next();
                    between += 1;
                }
                _ => break,
            }
        }
        // `of her dear friend Harriet`: possessives and `poor` or `dear` may stack; `this`
        // ends a phrase of its own (`because of this his brother Ned went`).
        let stacks = |w: &&str| matches!(*w, "his" | "her" | "their" | "my" | "our" | "your" | "poor" | "dear");
        between > 0
            && word.is_some_and(determiner)
            && words.find(|w| !stacks(w)).is_some_and(|w| matches!(w, "of" | "to"))
    }

    /// Whether a mention is the object of a participle right before it (`On finding Mrs.
    /// Bennet`, `Observing Kate`): the one found or watched is no subject of the sentence.
    pub(super) fn after_participle(&self, m: &Mention) -> bool {
        let before = self.before_name(0, m);
        let word = &before[before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + 1)..];
        // (Not a noun in `-ing` after which a clause may open: `that evening Kate said`.)
        let noun = matches!(word, "morning" | "evening" | "darling" | "nothing") || word.ends_with("thing");
        word.len() > PARTICIPLE_MIN_LEN && word.ends_with("ing") && word.chars().all(|c| c.is_lowercase()) && !noun
    }

    /// The preposition a mention stands a few words after (`of` in `the accent of the elderly
    /// Miss Miller`), if any.
    pub(super) fn governing_preposition(&self, m: &Mention) -> Option<&str> {
        self.before_name(0, m).rsplit(char::is_whitespace).filter(|w| !w.is_empty()).take(4).find(|w| preposition(w))
    }

    /// Among `mentions` (latest first, all of sex `g`), the subject of the latest sentence that
    /// names someone of that sex: its first mention that can be a subject, outside a
    /// subordinate clause (`When Tom left, Bob sat down`), and that no pronoun of the same sex
    /// comes before in the sentence (in `she told Diana`, Diana is not "she"); with none, a
    /// subordinate clause's subject that the sentence goes on to tell of with a pronoun of
    /// that sex (`before Tom came up and told her that he had news`). Sentences further back
    /// are tried when the latest has neither.
    pub(super) fn latest_subject<'m>(
        &self,
        mentions: impl Iterator<Item = &'m Mention>,
        g: Gender,
    ) -> Option<&'m Mention> {
        let mut best: Option<&Mention> = None;
        let mut told_of: Option<&Mention> = None;
        let mut sentence_start = usize::MAX;
        for m in mentions.take(MENTIONS_LOOKED_AT) {
            if m.span.end <= sentence_start {
                if best.is_some() || told_of.is_some() {
                    return best.or(told_of);
                }
                sentence_start = self.sentence_start(m.span.start);
            }
            if !self.can_be_subject(m) && !self.opens_sentence(m, sentence_start) || self.bound(m, g, sentence_start) {
                continue;
            }
            if !self.subordinate(m) {
                best = Some(m);
            } else if told_of.is_none() && self.pronoun_after_in_sentence(m, g) {
                // `before Mr. Collins came up and told her that he had found out`: the
                // subordinate clause's subject, whom the rest of the sentence tells of.
                told_of = Some(m);
            }
        }
        best.or(told_of)
    }

    /// Whether the first `he` or `she` after mention `m` in its sentence is of sex `g`, with
    /// no main clause's subject named between (`before Tom came up and told her that he had
    /// news`): the rest of the sentence tells of the mention's person, not of one a main clause
    /// brought in (`After Tom had left, Ann rang, and he came up`).
    fn pronoun_after_in_sentence(&self, m: &Mention, g: Gender) -> bool {
        // Bounded: a text with no sentence ends would make every look a scan to its end.
        let limit = crate::char_bounds::floor(self.text, m.span.end + SENTENCE_BYTES);
        let rest = &self.text[m.span.end..limit];
        let end = rest.find(['.', '!', '?', ';', '"', '“', '”']).unwrap_or(rest.len());
        let sentence = &rest[..end];
        let mut word_start = None;
        let mut pronoun = None;
        for (i, c) in sentence.char_indices().chain(std::iter::once((sentence.len(), ' '))) {
            if c.is_alphabetic() {
                word_start.get_or_insert(i);
            } else if let Some(from) = word_start.take() {
                if let Some(sex) = subject_pronoun(&sentence[from..i]) {
                    pronoun = Some((sex, m.span.end + from));
                    break;
                }
            }
        }
        let Some((_, pronoun_at)) = pronoun.filter(|&(sex, _)| sex == g) else { return false };
        let k = self.mentions.partition_point(|n| n.span.start < m.span.end);
        !self.mentions[k..]
            .iter()
            .take_while(|n| n.span.end <= pronoun_at)
            .any(|n| self.can_be_subject(n) && !self.subordinate(n))
    }

    /// Whether a pronoun of sex `g` comes before mention `m` in its sentence (from
    /// `sentence_start`): then the mention is someone else than that pronoun's person.
    pub(super) fn bound(&self, m: &Mention, g: Gender, sentence_start: usize) -> bool {
        self.text[sentence_start.min(m.span.start)..m.span.start]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| subject_pronoun(w) == Some(g))
    }

    /// Where the sentence holding `at` starts: after the last `.`, `!`, `?` or paragraph break
    /// before it (the period of a title or an initial ends nothing), looking a bounded way back.
    /// A semicolon parts two clauses that each have their subject (`Hugh stared; but Ned
    /// understood`), so it starts one too.
    pub(super) fn sentence_start(&self, at: usize) -> usize {
        let floor = crate::char_bounds::ceil(self.text, at.saturating_sub(SENTENCE_BYTES));
        let bytes = self.text.as_bytes();
        let mut k = at;
        while k > floor {
            k -= 1;
            match bytes[k] {
                b'!' | b'?' | b';' => return k + 1,
                b'\n' if k > 0 && bytes[k - 1] == b'\n' => return k + 1,
                b'.' if !self.abbreviation_before(k) => return k + 1,
                _ => {}
            }
        }
        floor
    }

    /// Whether the period at `dot` ends a title (`Mr.`) or an initial (`J.`) rather than a sentence.
    pub(super) fn abbreviation_before(&self, dot: usize) -> bool {
        let head = &self.text[..dot];
        let word_start = head
            .char_indices()
            .rev()
            .take(5)
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(head.len().saturating_sub(5), |(i, c)| i + c.len_utf8());
        let Some(word) = head.get(word_start..) else { return false };
        word.chars().count() == 1 && word.chars().all(char::is_uppercase) || lexicon::title(&lower(word)).is_some()
    }

    /// The person named last between `start` and `at` who can be a clause's subject: not a
    /// preposition's object (`stopping beside Ann`), nor a subordinate clause's subject, nor in a
    /// quote.
    pub(super) fn subject_before(&self, start: usize, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.span.start < start);
        let named = self.mentions[i..].iter().take_while(|m| m.span.end <= at);
        named
            .filter(|m| !self.inside_quote(m.span.start) && self.can_be_subject(m) && !self.subordinate(m))
            .last()
            .map(|m| m.person)
    }

    /// Whether a mention opens a subordinate clause (`when Ann came in`), whose subject is not
    /// the sentence's.
    pub(super) fn subordinate(&self, m: &Mention) -> bool {
        let before = self.before_name(0, m);
        subordinator(&lower(&before[last_word_start(before)..]))
    }
}

/// Words that open a subordinate clause (`when Ann came in`, `as she entered`).
pub(super) fn subordinator(word: &str) -> bool {
    matches!(
        word,
        "when"
            | "while"
            | "whilst"
            | "as"
            | "after"
            | "before"
            | "if"
            | "though"
            | "although"
            | "since"
            | "until"
            | "till"
            | "because"
            | "unless"
            | "whether"
    )
}

/// How far back the start of a sentence is looked for, and how far on the rest of one is read.
const SENTENCE_BYTES: usize = 400;

/// How long a word in `-ing` must be to be read as a participle (not `king`, `ring`).
const PARTICIPLE_MIN_LEN: usize = 4;

/// Words that put a name in a prepositional phrase's object (`to Hugh`, `with Mr. Hale`).
pub(super) fn preposition(word: &str) -> bool {
    matches!(
        word,
        "to" | "with"
            | "at"
            | "of"
            | "for"
            | "by"
            | "from"
            | "on"
            | "upon"
            | "towards"
            | "toward"
            | "than"
            | "like"
            | "about"
            | "into"
            | "after"
            | "near"
            | "beside"
            | "behind"
    )
}

/// Words that open a noun phrase before a name (`the offended Mrs. Lynde`, `her friend Ann`).
pub(super) fn determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "his" | "her" | "their" | "my" | "our" | "your" | "this" | "that" | "poor" | "dear"
    )
}
