//! The marker a list item's text starts with (`• `, `3. `): written by the Markdown and the
//! HTML loaders alike, and recognised by them when an item holds nothing else yet (`<li><p>…`
//! goes on in the marker's block).

/// The marker of the next item of a list: numbered from `counter` (which then moves on) in an
/// ordered list, a bullet otherwise.
pub fn next(counter: Option<&mut u64>) -> String {
    match counter {
        Some(n) => {
            let this = *n;
            *n = n.saturating_add(1);
            format!("{this}. ")
        }
        None => "• ".to_string(),
    }
}

/// Whether `written` is a marker and nothing more.
pub fn is_marker(written: &str) -> bool {
    !written.is_empty() && strip(written).is_empty()
}

/// `written` without the marker it starts with, if it starts with one (`• x` → `x`).
pub fn strip(written: &str) -> &str {
    if let Some(rest) = written.strip_prefix("• ") {
        return rest;
    }
    let digits = written.bytes().take_while(u8::is_ascii_digit).count();
    match written[digits..].strip_prefix(". ") {
        Some(rest) if digits > 0 => rest,
        _ => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_count_on_and_are_recognised() {
        let mut n = 3;
        assert_eq!(next(Some(&mut n)), "3. ");
        assert_eq!(next(Some(&mut n)), "4. ");
        assert_eq!(next(None), "• ");
        assert!(is_marker("4. ") && is_marker("• "));
        assert!(!is_marker(". ") && !is_marker("• a") && !is_marker("4. a"));
        // A list may start anywhere, the last number too.
        let mut n = u64::MAX;
        assert_eq!(next(Some(&mut n)), format!("{}. ", u64::MAX));
        assert_eq!(next(Some(&mut n)), format!("{}. ", u64::MAX));
    }

    #[test]
    fn a_leading_marker_is_stripped_and_nothing_else() {
        assert_eq!(strip("• x"), "x");
        assert_eq!(strip("12. y"), "y");
        assert_eq!(strip("1999 was a year"), "1999 was a year");
        assert_eq!(strip(". z"), ". z");
    }
}
