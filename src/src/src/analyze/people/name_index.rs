//! The people found so far, by the words of their names, so that each new name is compared
//! only with the people it could be: grouping stays linear, not names × people.

use crate::analyze::fast_hash::FastMap as HashMap;

#[derive(Default)]
pub struct NameIndex {
    by_word: HashMap<String, Vec<usize>>,
    by_initial: HashMap<char, Vec<usize>>,
}

impl NameIndex {
    /// Records that person `entity`'s name holds `word` (in lower case).
    pub fn add(&mut self, entity: usize, word: &str) {
        self.by_word.entry(word.to_string()).or_default().push(entity);
        if let Some(c) = word.chars().next() {
            self.by_initial.entry(c).or_default().push(entity);
        }
    }

    /// The people who could share a name with `words`, in the order they were found: those
    /// holding one of its words, or a word one of its initials stands for ("j" for "john"), or
    /// an initial standing for one of its words. When the name has a word that is no given
    /// name ("smith" in "john smith"), a match must hold that word or its initial, so only
    /// those are looked up: a book's hundred Johns are not all compared with every John.
    pub fn candidates(&self, words: &[String], given_name: impl Fn(&str) -> bool) -> Vec<usize> {
        let distinctive: Vec<&String> = words.iter().filter(|w| w.chars().nth(1).is_some() && !given_name(w)).collect();
        let looked_up: Vec<&String> = if distinctive.is_empty() { words.iter().collect() } else { distinctive };
        let mut out: Vec<usize> = Vec::new();
        for w in looked_up {
            let mut chars = w.chars();
            let Some(first) = chars.next() else { continue };
            if chars.next().is_none() {
                out.extend(self.by_initial.get(&first).into_iter().flatten());
            } else {
                out.extend(self.by_word.get(w.as_str()).into_iter().flatten());
                out.extend(self.by_word.get(first.encode_utf8(&mut [0; 4]) as &str).into_iter().flatten());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn names_find_the_people_they_share_a_word_or_an_initial_with() {
        let mut index = NameIndex::default();
        for (e, name) in ["kim kardashian", "alice marie johnson", "j smith"].iter().enumerate() {
            for w in name.split(' ') {
                index.add(e, w);
            }
        }
        let given = |w: &str| matches!(w, "kim" | "alice" | "marie" | "john" | "bob");
        assert_eq!(index.candidates(&words("kardashian west"), given), [0]);
        assert_eq!(index.candidates(&words("a johnson"), given), [1, 2]);
        assert_eq!(index.candidates(&words("john smith"), given), [2]);
        assert_eq!(index.candidates(&words("k j"), given), [0, 1, 2]);
        assert!(index.candidates(&words("bob dylan"), given).is_empty());
        // Only given names: every person holding one of them.
        assert_eq!(index.candidates(&words("kim alice"), given), [0, 1]);
    }
}
