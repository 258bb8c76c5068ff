//! The article's title, chosen among the page's claims to one.
//!
//! dom_smoothie's title is already the best single claim (JSON-LD headline, then `og:title`,
//! then a cleaned `<title>`). Two common faults remain and are mended here: a title that is
//! only the site's name (a home-page `<title>` on an article page), and a `<title>` that still
//! carries the site's name as a suffix or prefix ("Tide tables - Shore Weekly"). A title the
//! publisher set as `og:title` is kept as it stands: that is the name they chose to share.

use super::blocks::{collapse, words_only};
use dom_query::Document;

/// Separators that CMS templates put between a headline and the site's name.
const SEPARATORS: [&str; 10] = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", ": "];

/// The titles a page offers besides dom_smoothie's choice.
#[derive(Debug, Default)]
pub struct Claims {
    pub og_title: String,
    pub first_h1: String,
    pub document: String,
}

impl Claims {
    pub fn from_page(page: &Document) -> Claims {
        let meta = |selector: &str| collapse(&page.select(selector).first().attr("content").unwrap_or_default());
        Claims {
            og_title: meta("meta[property='og:title']"),
            first_h1: collapse(&page.select("h1").first().text()),
            document: collapse(&page.select("title").first().text()),
        }
    }

    /// The best title, or `None` when the page offers none. `chosen` is dom_smoothie's title
    /// and `site` the site's name when known.
    pub fn choose(&self, chosen: &str, site: Option<&str>) -> Option<String> {
        let chosen = collapse(chosen);
        let site = site.map(words_only).filter(|s| !s.is_empty());
        let is_site = |t: &str| site.as_deref().is_some_and(|s| words_only(t) == s);
        let title = if chosen.is_empty() || is_site(&chosen) {
            [&self.og_title, &self.first_h1, &self.document]
                .into_iter()
                .find(|t| !t.is_empty() && !is_site(t))
                .cloned()
                .unwrap_or(chosen)
        } else {
            chosen
        };
        let title = match &site {
            Some(site) if title != self.og_title => strip_site(&title, site),
            _ => title,
        };
        (!title.is_empty()).then_some(title)
    }
}

/// Removes the site's name when it ends or starts the title after a separator.
fn strip_site(title: &str, site: &str) -> String {
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if words_only(tail) == site && !words_only(head).is_empty() {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if words_only(head) == site && !words_only(tail).is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(og: &str, h1: &str, doc: &str) -> Claims {
        Claims { og_title: og.into(), first_h1: h1.into(), document: doc.into() }
    }

    #[test]
    fn site_suffix_and_prefix_are_stripped() {
        let c = claims("", "", "");
        assert_eq!(c.choose("Tide tables - Shore Weekly", Some("Shore Weekly")).unwrap(), "Tide tables");
        assert_eq!(c.choose("Shore Weekly | Tide tables", Some("Shore Weekly")).unwrap(), "Tide tables");
        assert_eq!(c.choose("Tide tables – Shore weekly", Some("Shore Weekly.")).unwrap(), "Tide tables");
    }

    #[test]
    fn other_suffixes_and_unknown_sites_are_kept() {
        let c = claims("", "", "");
        assert_eq!(c.choose("Tide tables - Part 2", Some("Shore Weekly")).unwrap(), "Tide tables - Part 2");
        assert_eq!(c.choose("Tide tables - Shore Weekly", None).unwrap(), "Tide tables - Shore Weekly");
    }

    #[test]
    fn publisher_og_title_is_kept_as_is() {
        let c = claims("Tide tables | Shore Weekly", "", "");
        assert_eq!(c.choose("Tide tables | Shore Weekly", Some("Shore Weekly")).unwrap(), "Tide tables | Shore Weekly");
    }

    #[test]
    fn a_title_that_is_only_the_site_name_gives_way() {
        let c = claims("", "Tide tables", "Shore Weekly");
        assert_eq!(c.choose("Shore Weekly", Some("Shore Weekly")).unwrap(), "Tide tables");
        assert_eq!(claims("", "", "").choose("", None), None);
    }
}
