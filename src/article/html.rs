//! HTML pages: the main article's text, title, author and site.

use super::{Article, LoadError};

/// Extracts the article from an HTML page.
pub fn parse(bytes: &[u8], fallback_title: &str) -> Result<Article, LoadError> {
    let _ = (bytes, fallback_title);
    Err(LoadError::Fetch("HTML is not supported yet".into()))
}
