//! Who said a quote that no attribution of its own names: the one who said the rest of an
//! interrupted or cut quotation, or another quote of its paragraph, or the one its paragraph's
//! narration tells of, else the dialogue's turn-taking. Methods of the speaker pass's
//! [`Context`].

use super::*;

impl Context<'_> {
    /// Whether quote `i` goes on with quote `i - 1` across a short attribution in the same
    /// sentence: the words between them end with a comma, semicolon, colon or dash.
    pub(super) fn continues(&self, i: usize) -> bool {
        let between = &self.text[self.quotes[i - 1].end..self.quotes[i].start];
        between.len() < MAX_INTERRUPTION_BYTES
            && !between.contains("\n\n")
            && between.trim_end().ends_with([',', ';', ':', '-', '—'])
    }

    /// Whether quote `i` is a later paragraph of the speech quote `i - 1` began: the dialogue
    /// put them in one turn across a paragraph break.
    pub(super) fn runs_on_into(&self, i: usize) -> bool {
        let turn = &self.dialogue.turn_of_quote;
        turn[i] == turn[i - 1] && self.paragraphs.any_within(self.quotes[i - 1].end..self.quotes[i].start)
    }

    /// The speaker of another quote in the same paragraph: an earlier one's however it was
    /// found (nothing between them tells of another speaker), a later one's only when stated.
    pub(super) fn same_paragraph(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let same = |j: usize| !self.paragraphs.any_within(self.quotes[j.min(i)].end..self.quotes[j.max(i)].start);
        let explicit = |j: usize| (speakers[j].1 == Source::Explicit).then_some(speakers[j].0).flatten();
        let known = |j: usize| (speakers[j].1 != Source::NotAPerson).then_some(speakers[j].0).flatten();
        let prev = (0..i).rev().take(QUOTES_IN_A_PARAGRAPH).take_while(|&j| same(j)).find_map(known);
        let next = (i + 1..self.quotes.len()).take(QUOTES_IN_A_PARAGRAPH).take_while(|&j| same(j)).find_map(explicit);
        prev.or(next)
    }

    /// A quote that opens its paragraph with no attribution: a person the paragraph's
    /// narration names, else the dialogue's turn-taking, else the last speaker going on.
    pub(super) fn implicit(&self, i: usize, speakers: &[(Option<usize>, Source)]) -> Option<usize> {
        let q = &self.quotes[i];
        let start = self.paragraph_start(q.start);
        if !self.text[start..q.start].trim().is_empty() {
            // Narration before the quote in its paragraph: its subject speaks.
            if let Some(m) = self.first_mention_in(start..q.start) {
                return Some(m.person);
            }
            // `She looked up. “…”`: the pronoun the paragraph opens with.
            if let Some(g) = leading_pronoun(&self.text[start..q.start]) {
                return self.resolve_pronoun(g, q.start, speakers, false);
            }
            // A quote inside a running sentence with no attribution (a scare quote, a title)
            // gets no speaker; one after a finished sentence may still be a turn of dialogue.
            let before = self.text[start..q.start].trim_end();
            if !before.ends_with(['.', '!', '?', ':', ';', '-', '—', '"', '”']) {
                return None;
            }
        }
        // A person named after the quote in the paragraph's narration.
        let end = self.paragraphs.end_after(q.end);
        let i_after = self.mentions.partition_point(|m| m.span.start < q.end);
        if let Some(m) = self.mentions.get(i_after).filter(|m| m.span.start < end) {
            // Unless `he` or `she` comes first (`“…”--She was stopped by a cough. Frank turned
            // to her.`): then the pronoun's person speaks; but not when the quote calls someone
            // of that sex, whom the pronoun then stands for (`“Come here, Ann.” She came.`).
            let lead = leading_pronoun(&self.text[q.end..m.span.start])
                .filter(|&g| !self.addressees(i).any(|a| self.people[a].gender == g));
            // Nor the object of a preposition, whom the speaker turns to (`said the undertaker,
            // looking at the paper and then to Mr. Bumble`); but a voice and a doing are told
            // with `of`, `from` and `by` (`in the accent of Miss Miller`, `“Hear!” from Mr.
            // Snodgrass`).
            let object =
                self.after_preposition(m) && !matches!(self.governing_preposition(m), Some("of" | "from" | "by"));
            if !self.inside_quote(m.span.start) && lead.is_none() && !object {
                return Some(m.person);
            }
        }
        // `“…”--she took his hand--“…”`: a pronoun right after the quote.
        let next = self.quotes.get(i + 1).map_or(end, |n| n.start.min(end));
        if let Some(g) = leading_pronoun(&self.text[q.end..next]) {
            return self.resolve_pronoun(g, q.start, speakers, false);
        }
        // Narration just before, in a paragraph of its own: the subject of its last sentence
        // speaks next (`Gilbert it was who spoke up.`, `Mr. Weston was calling out,`).
        if let Some(p) = self.narration_before(i, start, true) {
            return Some(p);
        }
        // `At last she spoke.` before the quote, naming nobody: whom `she` stands for.
        if let Some(g) = self.pronoun_introducing(i, start) {
            return self.resolve_pronoun(g, q.start, speakers, false);
        }
        // `Tom made no answer.` between two turns: the one who keeps silent does not say the
        // next; the other party of the talk does.
        let silent = self.silent_before(i, start);
        if let Some(p) = silent.and_then(|silent| self.other_party(i, silent, speakers)) {
            return Some(p);
        }
        // No exchange to take turns in: a quote that opens a scene is most often said by the
        // one the narration just before was telling of, whatever it says of them.
        self.turn_taking(i, speakers).or_else(|| self.narration_before(i, start, false).filter(|_| silent.is_none()))
    }

    /// The person the paragraph before `para_start`, narration only, tells kept silent in its
    /// last sentence (`Ann made no answer.`, `Tom asked again, but Ann was silent.`): the
    /// subject nearest before the words of silence.
    fn silent_before(&self, i: usize, para_start: usize) -> Option<usize> {
        let (start, sentence) = self.last_narration_sentence(i, para_start)?;
        let silence = start + silence_in(sentence)?;
        // `Ann looked at Tom, who said nothing.`: the one `who` stands for.
        let k = self.mentions.partition_point(|m| m.span.end <= silence);
        let who = k.checked_sub(1).map(|k| &self.mentions[k]).filter(|m| {
            m.span.start >= start && self.text[m.span.end..silence].trim_start_matches([',', ' ']).trim_end() == "who"
        });
        who.map(|m| m.person).or_else(|| self.subject_before(start, silence))
    }

    /// Who speaks after the paragraph before `para_start`, narration only: the subject nearest
    /// before the last speech verb of its last sentence (`Ann went on about the fair; but Tom, tired
    /// of it all, folded his paper and spoke.`), else the first person that sentence names.
    /// With `introducing`, only when that sentence leads into speech (a speech verb, or a
    /// closing colon or comma) and says nobody keeps silent.
    fn narration_before(&self, i: usize, para_start: usize, introducing: bool) -> Option<usize> {
        let (start, sentence) = self.last_narration_sentence(i, para_start)?;
        let mut word_starts = sentence
            .char_indices()
            .filter(|&(k, c)| c.is_alphabetic() && !sentence[..k].ends_with(char::is_alphabetic))
            .map(|(k, _)| k);
        let last_speech_verb = word_starts
            .rfind(|&k| speaking(&lower(sentence[k..].split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))));
        let introduces =
            (sentence.ends_with([':', ',', '-', '—']) || last_speech_verb.is_some()) && silence_in(sentence).is_none();
        if introducing && !introduces {
            return None;
        }
        last_speech_verb
            .and_then(|verb| self.subject_before(start, start + verb))
            .or_else(|| self.first_mention_in(start..start + sentence.len()).map(|m| m.person))
    }

    /// The sex of the `he` or `she` before the last speech verb of the paragraph before
    /// `para_start`, narration only, when its last sentence leads into speech and names
    /// nobody (`At last she spoke, and with fitting gravity.`, `She went on, however.`).
    fn pronoun_introducing(&self, i: usize, para_start: usize) -> Option<Gender> {
        let (start, sentence) = self.last_narration_sentence(i, para_start)?;
        if silence_in(sentence).is_some() || self.first_mention_in(start..start + sentence.len()).is_some() {
            return None;
        }
        let tokens = self.window(start..start + sentence.len());
        let word_tokens: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
        let words: Vec<&str> = word_tokens.iter().map(|t| t.text(self.text)).collect();
        // `she went on`: the speech goes on; `on` ends the verb.
        let goes_on = |k: usize| words[k] == "on" && k > 0 && matches!(words[k - 1], "went" | "goes" | "talked");
        let verb = (0..words.len()).rposition(|k| INTRODUCING.contains(&words[k]) || goes_on(k))?;
        let next = words.get(verb + 1).copied().unwrap_or("");
        let after = self.text[word_tokens[verb].end()..].trim_start();
        let ends_clause = next.is_empty() || after.starts_with([',', ';', ':', '.', '-', '—']);
        let verb_ok = if goes_on(verb) {
            // `She went on.`, `She went on, however.`: not `She went on slowly up the hill`,
            // nor `She went on, leaving him behind`: then she walks.
            next.is_empty()
                || (after.starts_with(',') && matches!(next, "however" | "nevertheless" | "though" | "still"))
        } else {
            // The verb ends its clause, or a manner follows (`she spoke, and with fitting
            // gravity`, `he did explain before they had gone`), not an object (`She began to
            // cry`, `She continued her knitting`).
            ends_clause || next.ends_with("ly") || matches!(next, "again" | "at" | "in" | "with" | "before" | "then")
        };
        if !verb_ok {
            return None;
        }
        // The verb's own subject, a word or two before it (`she at last spoke`, `she went on`).
        let verb_start = if goes_on(verb) { verb - 1 } else { verb };
        words[verb_start.saturating_sub(3)..verb_start].iter().rev().find_map(|w| subject_pronoun(w))
    }

    /// The last sentence of the paragraph before `para_start`, and where it starts, when that
    /// paragraph is narration only (it holds no quote, and quote `i - 1` ends before it).
    fn last_narration_sentence(&self, i: usize, para_start: usize) -> Option<(usize, &str)> {
        // Only so far back: the white space before a paragraph may run on for pages (a text
        // padded with blank lines), and reading it all for every quote would be quadratic.
        let floor = crate::char_bounds::floor(self.text, para_start.saturating_sub(BLANK_BYTES));
        let gap = self.text[floor..para_start].trim_end();
        if gap.is_empty() && floor > 0 {
            return None;
        }
        let prev_end = floor + gap.len();
        let prev_start = self.paragraph_start(prev_end);
        if i > 0 && self.quotes[i - 1].end > prev_start {
            return None;
        }
        let paragraph = &self.text[prev_start..prev_end];
        let body = paragraph.trim_end_matches(['.', ',', ':', ';', '-', '—', '!', '?']);
        let last_sentence = body.rfind(['.', '!', '?']).map_or(0, |k| k + 1);
        Some((prev_start + last_sentence, &paragraph[last_sentence..]))
    }

    /// Gives every piece of a cut quotation the same speaker: the first explicit one among the
    /// pieces, else the first found.
    pub(super) fn share_within_cut_quotes(&self, speakers: &mut [(Option<usize>, Source)]) {
        let mut start = 0;
        for i in 1..=speakers.len() {
            if i < speakers.len() && self.cut_before(i) {
                continue;
            }
            let group = &mut speakers[start..i];
            if group.len() > 1 {
                let best = group
                    .iter()
                    .find(|s| s.1 == Source::Explicit)
                    .or_else(|| group.iter().find(|s| s.0.is_some()))
                    .copied();
                if let Some(best) = best {
                    group.iter_mut().for_each(|s| *s = best);
                }
            }
            start = i;
        }
    }
}

/// How many quotes of its paragraph a quote looks through for a stated speaker: a text
/// without blank lines is one long paragraph.
const QUOTES_IN_A_PARAGRAPH: usize = 40;

/// The longest attribution that can stand inside an interrupted quote.
const MAX_INTERRUPTION_BYTES: usize = 160;

/// Where in `sentence` words of [`SILENCE`] stand, if any.
fn silence_in(sentence: &str) -> Option<usize> {
    let lowered = sentence.to_ascii_lowercase();
    SILENCE.iter().filter_map(|w| lowered.find(w)).min()
}

/// Words that tell someone keeps silent instead of answering.
const SILENCE: &[&str] = &[
    "no answer", "no reply", "was silent", "were silent", "remained silent", "kept silent", "said nothing",
    "did not answer", "did not reply", "did not speak", "could not speak", "could not answer", "could not reply",
    "ignored", "shook his head", "shook her head",
];

/// The sex of `he` or `she` when it is the first word of `s`.
fn leading_pronoun(s: &str) -> Option<Gender> {
    subject_pronoun(s.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty())?)
}

/// Verbs by which narration names nobody but says the next words are someone's (`At last she
/// spoke.`); not those that also tell of other things (`He returned to his work.`).
const INTRODUCING: &[&str] = &[
    "spoke", "said", "asked", "began", "replied", "answered", "cried", "exclaimed", "whispered", "continued",
    "explained", "inquired", "enquired", "demanded", "remarked", "observed",
];

/// How much white space before a paragraph may stand between it and the one before.
const BLANK_BYTES: usize = 1000;
