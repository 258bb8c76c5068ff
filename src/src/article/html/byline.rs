//! The author line as readers expect it: a name, not the page's "By …" label, a link, or the
//! publication's own name repeated.

use super::blocks::collapse;

/// Words that introduce an author in the languages byline's users read most.
const LABELS: [&str; 6] = ["by", "von", "par", "por", "door", "di"];

/// Cleans the byline a page gives; `None` when nothing of an author remains or it only
/// repeats the site's name.
pub fn clean(raw: &str, site: Option<&str>) -> Option<String> {
    let mut text = collapse(raw);
    // A personal home page in parentheses: "Ann Lee (https://ann.example/)".
    while let Some(open) = text.find("(http") {
        let Some(close) = text[open..].find(')') else { break };
        text.replace_range(open..open + close + 1, "");
        text = collapse(&text);
    }
    let lower = text.to_lowercase();
    for label in LABELS {
        if lower.starts_with(label) && lower[label.len()..].starts_with([' ', ':']) {
            text = text[label.len()..].trim_start_matches([' ', ':']).to_string();
            break;
        }
    }
    // Names hold no digits: what starts with one is a date or a count glued on by the page.
    if let Some(digit) = text.find(|c: char| c.is_ascii_digit()) {
        text.truncate(digit);
    }
    let text =
        text.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '-' || c == '·').to_string();
    let same_as_site = site.is_some_and(|s| s.trim().eq_ignore_ascii_case(&text));
    (!text.is_empty() && !same_as_site).then_some(text)
}

/// Whether a block near the top of the article is only the author line ("By Ann Lee,
/// 3 March"), which the reader shows apart and which is not part of the story.
pub fn is_author_line(block: &str, author: &str) -> bool {
    let block = collapse(block);
    let lower = block.to_lowercase();
    let names_author = !author.is_empty() && lower.contains(&author.to_lowercase());
    let labelled = LABELS.iter().any(|l| lower.starts_with(l) && lower[l.len()..].starts_with(' '));
    names_author && (labelled || lower.starts_with(&author.to_lowercase())) && block.len() <= author.len() + 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_links_are_removed() {
        assert_eq!(clean("By  Ada\n Brandt", None).as_deref(), Some("Ada Brandt"));
        assert_eq!(clean("by: Ada Brandt", None).as_deref(), Some("Ada Brandt"));
        assert_eq!(clean("Ada Brandt (https://ada.example/)", None).as_deref(), Some("Ada Brandt"));
    }

    #[test]
    fn dates_glued_to_the_name_are_cut() {
        assert_eq!(clean("by Ada Brandt22 Dec 2016651", None).as_deref(), Some("Ada Brandt"));
        assert_eq!(clean("Ada Brandt · 3 March 2026", None).as_deref(), Some("Ada Brandt"));
        assert_eq!(clean("2026-03-03", None), None);
    }

    #[test]
    fn names_that_start_like_a_label_are_kept() {
        assert_eq!(clean("Byron Hale", None).as_deref(), Some("Byron Hale"));
        assert_eq!(clean("Paris Ngata", None).as_deref(), Some("Paris Ngata"));
    }

    #[test]
    fn author_lines_are_short_and_name_the_author() {
        assert!(is_author_line("By Ada Brandt 3 March 2026", "Ada Brandt"));
        assert!(is_author_line("Ada Brandt, Shore Weekly", "Ada Brandt"));
        assert!(!is_author_line(
            "Ada Brandt said the tides would be high all month, and that boats should move.",
            "Ada Brandt"
        ));
        assert!(!is_author_line("By the harbour", "Ada Brandt"));
    }

    #[test]
    fn the_site_name_is_not_an_author() {
        assert_eq!(clean("Shore Weekly", Some("shore weekly")), None);
        assert_eq!(clean("  ", None), None);
    }
}
