//! The marker a list item's text starts with (`• `, `3. `, `c. `, `iv. `), written by the
//! Markdown and the HTML loaders alike. Each block records how long its marker is
//! ([`super::Block::marker`]), so nothing reads markers back out of the text.

/// How an ordered list writes its numbers: HTML's `<ol type>` (`1`, `a`, `A`, `i`, `I`).
/// Markdown has only decimal numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Numbering {
    #[default]
    Decimal,
    /// a, b, … z, aa, ab …
    LowerAlpha,
    UpperAlpha,
    /// i, ii, iii, iv …
    LowerRoman,
    UpperRoman,
}

impl Numbering {
    /// The numbering an `<ol type>` value names (case matters: `a` and `A` differ); decimal
    /// for anything else, as in a browser.
    pub fn from_type(value: &str) -> Numbering {
        match value.trim() {
            "a" => Numbering::LowerAlpha,
            "A" => Numbering::UpperAlpha,
            "i" => Numbering::LowerRoman,
            "I" => Numbering::UpperRoman,
            _ => Numbering::Decimal,
        }
    }

    /// `n` written this way. A number the letters or numerals cannot write (letters start at
    /// 1; numerals run from 1 to 3999) is written in decimal, as CSS's list styles fall back.
    fn write(self, n: i64) -> String {
        let upper = matches!(self, Numbering::UpperAlpha | Numbering::UpperRoman);
        let written = match self {
            Numbering::Decimal => None,
            Numbering::LowerAlpha | Numbering::UpperAlpha => alphabetic(n),
            Numbering::LowerRoman | Numbering::UpperRoman => roman(n),
        };
        match written {
            Some(w) if upper => w.to_ascii_uppercase(),
            Some(w) => w,
            None => n.to_string(),
        }
    }
}

/// An ordered list's count: the next item's number, which way the count goes, and how it is
/// written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub next: i64,
    /// Counting down (HTML's `<ol reversed>`).
    pub reversed: bool,
    pub numbering: Numbering,
}

impl Counter {
    /// A list numbered 1, 2, 3 … from `start`, as every Markdown list is.
    pub fn decimal(start: i64) -> Counter {
        Counter { next: start, reversed: false, numbering: Numbering::Decimal }
    }
}

/// The marker of the next item of a list: numbered by `counter` (which then moves on, stopping
/// at the ends of the number range rather than wrapping) in an ordered list, a bullet otherwise.
pub fn next(counter: Option<&mut Counter>) -> String {
    match counter {
        Some(c) => {
            let this = c.next;
            c.next = if c.reversed { this.saturating_sub(1) } else { this.saturating_add(1) };
            format!("{}. ", c.numbering.write(this))
        }
        None => "• ".to_string(),
    }
}

/// `n` in letters, lower case, for `n` ≥ 1: a … z, then aa … zz, then aaa …
fn alphabetic(n: i64) -> Option<String> {
    let mut n = u64::try_from(n).ok().filter(|&n| n > 0)?;
    let mut letters = Vec::new();
    while n > 0 {
        n -= 1;
        letters.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).ok()
}

/// `n` in roman numerals, lower case, for 1 ≤ `n` ≤ 3999.
fn roman(n: i64) -> Option<String> {
    const NUMERALS: [(i64, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    if !(1..=3999).contains(&n) {
        return None;
    }
    let mut rest = n;
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while rest >= value {
            out.push_str(numeral);
            rest -= value;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(mut counter: Counter, count: usize) -> Vec<String> {
        (0..count).map(|_| next(Some(&mut counter))).collect()
    }

    #[test]
    fn markers_count_on() {
        assert_eq!(markers(Counter::decimal(3), 2), ["3. ", "4. "]);
        assert_eq!(next(None), "• ");
        // A list may start anywhere, the last number too.
        assert_eq!(markers(Counter::decimal(i64::MAX), 2), [format!("{}. ", i64::MAX), format!("{}. ", i64::MAX)]);
    }

    #[test]
    fn a_reversed_count_goes_down_through_zero_and_stops_at_the_least_number() {
        let down = |next| Counter { next, reversed: true, numbering: Numbering::Decimal };
        assert_eq!(markers(down(2), 4), ["2. ", "1. ", "0. ", "-1. "]);
        assert_eq!(markers(down(i64::MIN), 2), [format!("{}. ", i64::MIN), format!("{}. ", i64::MIN)]);
    }

    #[test]
    fn letters_go_on_past_z_as_a_browser_writes_them() {
        let letters = |next, numbering| markers(Counter { next, reversed: false, numbering }, 3);
        assert_eq!(letters(1, Numbering::LowerAlpha), ["a. ", "b. ", "c. "]);
        assert_eq!(letters(25, Numbering::LowerAlpha), ["y. ", "z. ", "aa. "]);
        assert_eq!(letters(702, Numbering::UpperAlpha), ["ZZ. ", "AAA. ", "AAB. "]);
        let huge = Counter { next: i64::MAX, reversed: false, numbering: Numbering::LowerAlpha };
        assert_eq!(markers(huge, 1), ["crpxnlskvljfhg. "]);
    }

    #[test]
    fn roman_numerals_run_from_one_to_3999_and_decimal_takes_over_outside() {
        let numerals = |next, numbering| markers(Counter { next, reversed: true, numbering }, 1).remove(0);
        assert_eq!(numerals(4, Numbering::LowerRoman), "iv. ");
        assert_eq!(numerals(1994, Numbering::UpperRoman), "MCMXCIV. ");
        assert_eq!(numerals(3999, Numbering::LowerRoman), "mmmcmxcix. ");
        assert_eq!(numerals(4000, Numbering::LowerRoman), "4000. ");
        assert_eq!(numerals(0, Numbering::UpperRoman), "0. ");
        assert_eq!(numerals(-3, Numbering::LowerRoman), "-3. ");
        assert_eq!(numerals(0, Numbering::LowerAlpha), "0. ");
    }

    #[test]
    fn the_type_attribute_names_a_numbering_and_anything_else_is_decimal() {
        assert_eq!(Numbering::from_type("a"), Numbering::LowerAlpha);
        assert_eq!(Numbering::from_type(" A "), Numbering::UpperAlpha);
        assert_eq!(Numbering::from_type("i"), Numbering::LowerRoman);
        assert_eq!(Numbering::from_type("I"), Numbering::UpperRoman);
        assert_eq!(Numbering::from_type("1"), Numbering::Decimal);
        assert_eq!(Numbering::from_type("disc"), Numbering::Decimal);
    }
}
