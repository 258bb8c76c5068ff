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
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '-').to_string();
    let same_as_site = site.is_some_and(|s| s.trim().eq_ignore_ascii_case(&text));
    (!text.is_empty() && !same_as_site).then_some(text)
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
    fn names_that_start_like_a_label_are_kept() {
        assert_eq!(clean("Byron Hale", None).as_deref(), Some("Byron Hale"));
        assert_eq!(clean("Paris Ngata", None).as_deref(), Some("Paris Ngata"));
    }

    #[test]
    fn the_site_name_is_not_an_author() {
        assert_eq!(clean("Shore Weekly", Some("shore weekly")), None);
        assert_eq!(clean("  ", None), None);
    }
}
