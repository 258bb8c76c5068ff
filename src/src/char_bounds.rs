//! Byte offsets moved onto character boundaries. The loaders and detectors look a fixed number
//! of bytes around a position; such a window must never cut a UTF-8 character in two, which
//! would panic when the text is sliced there.

/// The last character boundary at or before `at`; the text's end when `at` is past it.
pub fn floor(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first character boundary at or after `at`; the text's end when `at` is past it.
pub fn ceil(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_a_character_move_to_its_edges() {
        let t = "aé漢";
        assert_eq!((floor(t, 2), ceil(t, 2)), (1, 3));
        assert_eq!((floor(t, 4), ceil(t, 4)), (3, 6));
        assert_eq!((floor(t, 3), ceil(t, 3)), (3, 3));
        assert_eq!((floor(t, 99), ceil(t, 99)), (6, 6));
    }
}
