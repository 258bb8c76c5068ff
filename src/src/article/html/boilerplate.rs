//! Page furniture that survives inside the main content: advertisement slots, newsletter
//! boxes, share bars and "related stories" lists sit within the article's own container on
//! many news sites, where content extraction (which judges containers, not their parts)
//! keeps them. They are recognised by the names sites give them and by their fixed wording.

use dom_query::{Document, NodeRef};

/// Class and id words that name furniture, compared whole after splitting at `-`, `_` and
/// spaces (so "ad-slot" matches "ad" but "header" and "read" match nothing).
const FURNITURE_WORDS: [&str; 22] = [
    "ad", "ads", "adslot", "advert", "advertisement", "advertising", "banner", "newsletter", "promo", "subscribe",
    "subscription", "signup", "sponsored", "share", "sharing", "social", "related", "recommended", "outbrain",
    "taboola", "paywall", "donate",
];

/// Whole blocks that only announce an advertisement or a link elsewhere.
const FURNITURE_LINES: [&str; 7] = [
    "advertisement",
    "ad",
    "continue reading the main story",
    "story continues below advertisement",
    "skip advertisement",
    "article continues below advertisement",
    "scroll to continue with content",
];

/// A furniture element holding more than this share of the content's text is not removed:
/// a site that names its whole article "social-story" must not lose it.
const MAX_SHARE: f64 = 0.25;

/// Removes furniture elements from the extracted content.
pub fn remove(content: &Document) {
    let total = text_len(&content.root()).max(1);
    let mut doomed = Vec::new();
    let mut stack = vec![content.root()];
    while let Some(node) = stack.pop() {
        if node.is_element() && is_furniture(&node) && (text_len(&node) as f64) <= MAX_SHARE * total as f64 {
            doomed.push(node);
            continue;
        }
        stack.extend(node.children_it(false).filter(|c| c.is_element() || c.is_document() || c.is_fragment()));
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// Whether a rendered block only announces an advertisement.
pub fn is_furniture_line(block: &str) -> bool {
    let words: String = block
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    FURNITURE_LINES.contains(&words.as_str())
}

fn is_furniture(node: &NodeRef) -> bool {
    let names = [node.attr("class"), node.id_attr()];
    names.iter().flatten().any(|value| {
        value
            .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
            .any(|w| FURNITURE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    })
}

fn text_len(node: &NodeRef) -> usize {
    node.text().split_whitespace().map(str::len).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(html: &str) -> String {
        let doc = Document::fragment(html);
        remove(&doc);
        doc.root().text().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    const STORY: &str =
        "<p>The harbour wall was rebuilt in stone after the winter storms had broken it twice in a decade.</p>";

    #[test]
    fn named_furniture_is_removed() {
        let html = format!("{STORY}<div class='ad-slot'>Advertisement</div><div id='newsletter_box'>Sign up now</div>{STORY}<ul class='related links'><li>Other</li></ul>");
        let text = cleaned(&html);
        assert!(!text.contains("Advertisement") && !text.contains("Sign up") && !text.contains("Other"), "{text}");
        assert!(text.contains("harbour wall"));
    }

    #[test]
    fn words_that_merely_contain_furniture_names_are_not_matched() {
        let html = format!("<div class='header reader shadow'>Kept heading</div>{STORY}");
        assert!(cleaned(&html).contains("Kept heading"));
    }

    #[test]
    fn furniture_holding_most_of_the_text_is_kept() {
        let html = format!("<div class='social-story'>{STORY}{STORY}</div><p>Short.</p>");
        assert!(cleaned(&html).contains("harbour wall"));
    }

    #[test]
    fn advertisement_lines_are_recognised_whole() {
        assert!(is_furniture_line("ADVERTISEMENT"));
        assert!(is_furniture_line("Story continues below advertisement"));
        assert!(!is_furniture_line("The advertisement was banned."));
    }
}
