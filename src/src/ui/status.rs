//! The status line: the title on the left; the prompt, a message or the search position in
//! the middle; the focused pane and the position on the right.

use super::{truncate, Theme};
use crate::app::{App, Stepper};
use crate::sanitize::clean;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let doc = app.doc();
    if let Some(prompt) = &app.prompt {
        let (before, after) = prompt.input.split_at(prompt.cursor);
        let (text, cursor) = prompt_view(prompt.kind.sigil(), &clean(before), &clean(after), area.width as usize);
        frame.render_widget(Paragraph::new(Line::from(text)), area);
        frame.set_cursor_position(Position::new(area.x + cursor as u16, area.y));
        return;
    }
    let right = format!(" {} {:>3}% ", app.focus.name(), app.percent());
    // A message may quote what the reader typed or pasted (`no match for …`): cleaned too.
    let middle = app
        .message
        .as_deref()
        .map(clean)
        .or_else(|| position_note(app).map(|note| with_wrap(note, app.wrapped)))
        .unwrap_or_default();
    let mut title = clean(&doc.article.title);
    // A web page's author is found apart from its text; the status line is where it shows.
    if let Some(author) = doc.article.byline.as_deref().filter(|a| !a.trim().is_empty() && !title.contains(a.trim())) {
        title = format!("{title} — {}", clean(author.trim()));
    }
    if app.docs.len() > 1 {
        title = format!("[{}/{}] {title}", app.current + 1, app.docs.len());
    }
    let right =
        if keeps_right(area.width as usize, &middle, &right, app.message.is_some()) { right } else { String::new() };
    let line = arrange(area.width as usize, &title, &middle, &right);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// The prompt as it fits in `width` columns, and the column of its cursor, which stands
/// between `before` and `after`. An input too long to fit scrolls sideways: when the text
/// before the cursor does not fit, the sigil, `…`, then as much of its end as leaves the
/// cursor a cell, so that what is being typed stays in view; what follows the cursor takes
/// the cells left.
fn prompt_view(sigil: char, before: &str, after: &str, width: usize) -> (String, usize) {
    let head = format!("{sigil}{before}");
    if width < 3 {
        let cursor = head.width().min(width.saturating_sub(1));
        return (format!("{head}{after}"), cursor);
    }
    // The character under the cursor, if any, stays in view with it.
    let under = after.chars().next().map_or(0, |c| c.width().unwrap_or(0));
    let head = if head.width() + under < width {
        head
    } else {
        let room = (width - 3).saturating_sub(under);
        let (mut start, mut used) = (before.len(), 0);
        for (i, c) in before.char_indices().rev() {
            used += c.width().unwrap_or(0);
            if used > room {
                break;
            }
            start = i;
        }
        format!("{sigil}…{}", &before[start..])
    };
    let cursor = head.width();
    // What follows the cursor, as much as fits, with room for the cursor at the very end.
    let mut shown = head;
    let mut used = cursor;
    for c in after.chars() {
        used += c.width().unwrap_or(0);
        if used >= width {
            break;
        }
        shown.push(c);
    }
    (shown, cursor)
}

/// The fewest columns worth giving the title: fewer show only a letter and `…`.
const MIN_TITLE: usize = 4;

/// The status line in `width` columns: ` title  middle ··· right`. What the reader needs now
/// comes first: the right-hand part (focus and position) stays whole whenever it fits at all
/// (the caller leaves it out while a message needs its room, see `keeps_right`),
/// the middle (a message, a search's or a person's position) takes what it needs of the rest,
/// and the title — the one part that the screen above already shows — gets what is left.
fn arrange(width: usize, title: &str, middle: &str, right: &str) -> String {
    let right = truncate(right, width);
    let rest = width - right.width();
    if rest == 0 {
        return right;
    }
    // (A column between it and the right-hand part, besides the one the right-hand part opens
    // with: two, as between the other parts.)
    let middle = truncate(middle, rest.saturating_sub(2));
    let gap = if middle.is_empty() { 0 } else { 2 };
    let title_room = rest.saturating_sub(1 + gap + middle.width());
    let mut left = String::from(" ");
    if title_room >= MIN_TITLE {
        left.push_str(&truncate(title, title_room));
        left.push_str(&" ".repeat(gap));
    }
    left.push_str(&middle);
    let pad = rest.saturating_sub(left.width());
    format!("{left}{}{right}", " ".repeat(pad))
}

/// Whether the right-hand part keeps its place beside `middle` on a line `width` columns wide.
/// A message is news of what the reader just did (`sidebar: no room`): where both do not fit,
/// it takes the right-hand part's room until it clears, rather than be cut.
fn keeps_right(width: usize, middle: &str, right: &str, message: bool) -> bool {
    !message || 1 + middle.width() + right.width() <= width
}

/// A position note, with a word that `n` or `N` went round the end of the text.
fn with_wrap(note: String, wrapped: Option<bool>) -> String {
    match wrapped {
        Some(true) => format!("{note} (from the top)"),
        Some(false) => format!("{note} (from the end)"),
        None => note,
    }
}

/// "match 3/14", "Kim Kardashian 2/9" or "quote 3/8 — Kim Kardashian": where the reader is in
/// what `n` / `N` step through. Only while that place is on screen: once the reader has gone
/// elsewhere (`:30%`, `g`), `n` goes on from the screen, and the old count would mislead.
fn position_note(app: &App) -> Option<String> {
    let doc = app.doc();
    let shown = |byte: usize| app.on_screen(byte).then_some(());
    match app.stepper {
        Stepper::Matches => {
            let s = doc.search.as_ref().filter(|s| s.shown)?;
            shown(s.matches.get(s.current?)?.start)?;
            Some(format!("match {}/{}", s.current? + 1, s.matches.len()))
        }
        Stepper::Mentions => {
            let person = doc.analysis.as_ref()?.people.get(doc.person?)?;
            shown(person.mentions.get(doc.mention?)?.start)?;
            Some(format!("{} {}/{}", clean(&person.name), doc.mention? + 1, person.mentions.len()))
        }
        Stepper::Quotes => {
            let analysis = doc.analysis.as_ref()?;
            let index = doc.quote?;
            shown(analysis.quotes.get(index)?.span.start)?;
            let count = format!("quote {}/{}", index + 1, analysis.quotes.len());
            match analysis.quotes.get(index)?.speaker.and_then(|s| analysis.people.get(s)) {
                Some(speaker) => Some(format!("{count} — {}", clean(&speaker.name))),
                None => Some(count),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{arrange, keeps_right, prompt_view};
    use unicode_width::UnicodeWidthStr;

    const TITLE: &str = "Well, it happened. Here's why Kim Kardashian and Donald Trump just met";

    #[test]
    fn a_message_too_long_for_a_narrow_line_takes_the_right_hand_parts_room() {
        let right = " text   2% ";
        assert!(!keeps_right(24, "sidebar: no room", right, true));
        let line = arrange(24, TITLE, "sidebar: no room", "");
        assert!(line.ends_with("sidebar: no room") && line.width() == 24, "{line:?}");
        // Beside a wider line, or for a position note, the right-hand part stays.
        assert!(keeps_right(80, "sidebar: no room", right, true));
        assert!(keeps_right(24, "Kim Kardashian 1/9", right, false));
    }

    #[test]
    fn the_right_hand_part_stays_whole_on_a_narrow_screen() {
        let line = arrange(30, TITLE, "match 1/5", " text   3% ");
        assert!(line.ends_with(" text   3% "), "{line:?}");
        assert!(line.contains("match 1/5"), "{line:?}");
        assert_eq!(line.width(), 30);
        let line = arrange(40, TITLE, "Kim Kardashian 1/9", " people  42% ");
        assert!(line.ends_with(" people  42% ") && line.contains("Kim Kardashian 1/9"), "{line:?}");
        assert_eq!(line.width(), 40);
    }

    #[test]
    fn the_title_gives_way_first_then_the_message_is_shortened() {
        let roomy = arrange(80, TITLE, "match 1/5", " text   3% ");
        assert!(roomy.starts_with(" Well, it happened.") && roomy.contains("…  match 1/5"), "{roomy:?}");
        let message = "no match for a very long query that somebody typed in full";
        let line = arrange(40, TITLE, message, " text   3% ");
        assert_eq!(line, " no match for a very long q…  text   3% ");
        assert_eq!(line.width(), 40);
    }

    #[test]
    fn a_right_hand_part_wider_than_the_screen_is_cut_not_overflowed() {
        let line = arrange(8, TITLE, "match 1/5", " quotes 100% ");
        assert!(line.width() <= 8, "{line:?}");
        assert_eq!(arrange(0, TITLE, "", " text 1% "), "");
    }

    #[test]
    fn a_long_prompt_shows_its_end_with_the_cursor_after_it() {
        assert_eq!(prompt_view('/', "home", "", 20), ("/home".to_string(), 5));
        let query = "abcdefghij".repeat(12);
        let (text, cursor) = prompt_view('/', &query, "", 80);
        assert!(text.starts_with("/…") && text.ends_with("hij"), "{text}");
        assert_eq!(text.width(), 79);
        assert_eq!(cursor, 79);
        let (text, cursor) = prompt_view(':', "東京東京東京東京東京", "", 10);
        assert_eq!((text.as_str(), cursor), (":…京東京", 8));
        let (exact, cursor) = prompt_view('/', &"x".repeat(19), "", 20);
        assert!(exact.starts_with("/…") && cursor == 19, "no cursor cell left: {exact}");
    }

    #[test]
    fn the_cursor_in_the_middle_of_a_prompt_stays_in_view() {
        // Moved back to the start of a short line: the cursor on its first character.
        assert_eq!(prompt_view('/', "", "home", 20), ("/home".to_string(), 1));
        assert_eq!(prompt_view('/', "ho", "me", 20), ("/home".to_string(), 3));
        // A long line with the cursor near its start shows the start, cut at the edge.
        let (text, cursor) = prompt_view('/', "ab", &"x".repeat(50), 20);
        assert_eq!((text.width(), cursor), (19, 3));
        assert!(text.starts_with("/abxx"), "{text}");
        // Near its end, the end.
        let (text, cursor) = prompt_view('/', &"y".repeat(50), "z", 20);
        assert!(text.starts_with("/…") && text.ends_with('z') && cursor == 18, "{text} {cursor}");
    }
}
