//! Rendering tests: the whole screen drawn into ratatui's `TestBackend` and read back as text.

use byline::analyze::{Analysis, Gender, Person, Quote};
use byline::app::{Action, App, PromptEdit};
use byline::article::text;
use byline::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use ratatui::Terminal;

fn article() -> byline::article::Article {
    let mut s = String::from("The Harbour Vote\n\n");
    s.push_str("Margaret Ellison spoke first. “We are not against the machine,” Ellison said.\n\n");
    for i in 0..40 {
        s.push_str(&format!("Filler paragraph number {i} about the harbour, the board and the weather.\n\n"));
    }
    s.push_str("“Sentiment does not pay for diesel,” said Rupert Vance at the very end.\n");
    text::parse(s, "t")
}

fn analysis(text: &str) -> Analysis {
    let find = |s: &str| text.match_indices(s).map(|(i, m)| i..i + m.len()).collect::<Vec<_>>();
    let quotes = {
        let opens: Vec<_> = text.match_indices('“').map(|(i, _)| i).collect();
        let closes: Vec<_> = text.match_indices('”').map(|(i, _)| i + '”'.len_utf8()).collect();
        opens.into_iter().zip(closes).enumerate().map(|(i, (s, e))| Quote { span: s..e, speaker: Some(i) }).collect()
    };
    let mut ellison = find("Margaret Ellison");
    ellison.extend(find("Ellison said"));
    ellison.sort_by_key(|r| r.start);
    Analysis {
        people: vec![
            Person {
                name: "Margaret Ellison".into(),
                aliases: vec!["Ellison".into()],
                mentions: ellison,
                gender: Gender::Female,
                age: None,
            },
            Person {
                name: "Rupert Vance".into(),
                aliases: vec![],
                mentions: find("Rupert Vance"),
                gender: Gender::Male,
                age: None,
            },
        ],
        quotes,
    }
}

fn app(width: u16, height: u16) -> App {
    let a = article();
    let an = analysis(&a.text);
    let mut app = App::new(vec![a], width, height);
    app.set_analysis(0, an);
    app
}

fn render(app: &App, width: u16, height: u16) -> (Vec<String>, Terminal<TestBackend>) {
    let mut term = Terminal::new(TestBackend::new(width, height)).unwrap();
    term.draw(|f| ui::draw(f, app, &Theme::dark())).unwrap();
    let buf = term.backend().buffer().clone();
    let rows = (0..height).map(|y| (0..width).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>()).collect();
    (rows, term)
}

fn screen(app: &App, width: u16, height: u16) -> String {
    render(app, width, height).0.join("\n")
}

#[test]
fn first_screen_shows_text_people_and_quotes() {
    let s = screen(&app(110, 30), 110, 30);
    assert!(s.contains("The Harbour Vote"), "{s}");
    assert!(s.contains("People 2"));
    assert!(s.contains("Margaret Ellison"));
    assert!(s.contains("Quotes 2"));
    assert!(s.contains("Rupert Vance “Sentiment"), "{s}");
    assert!(s.lines().last().unwrap().contains("text"));
}

#[test]
fn text_stays_within_its_measure_and_wraps_on_words() {
    let mut app = app(200, 20);
    app.update(Action::ToggleSidebar);
    let s = screen(&app, 200, 20);
    for line in s.lines().take(19) {
        let text = line.trim();
        assert!(text.chars().count() <= 80, "{text}");
    }
    assert!(s.contains("Margaret Ellison spoke first."));
}

#[test]
fn quotes_are_drawn_in_their_own_style() {
    let app = app(80, 24);
    let (rows, term) = render(&app, 80, 24);
    let y = rows.iter().position(|r| r.contains("We are not against")).unwrap();
    let x = rows[y].find("We are").unwrap();
    let col = rows[y][..x].chars().count() as u16;
    let buf = term.backend().buffer();
    assert_eq!(buf[(col, y as u16)].style().fg, Theme::dark().quote.fg);
    let plain = rows[y].find("spoke").map(|x| rows[y][..x].chars().count() as u16).unwrap();
    assert_ne!(buf[(plain, y as u16)].style().fg, Theme::dark().quote.fg);
}

#[test]
fn jumping_to_the_last_quote_shows_and_marks_it() {
    let mut app = app(110, 30);
    for a in [Action::FocusNext, Action::FocusNext, Action::Last, Action::Open] {
        app.update(a);
    }
    let (rows, term) = render(&app, 110, 30);
    let y = rows.iter().position(|r| r.contains("Sentiment does not pay")).expect("last quote on screen");
    assert!(y > 2 && y < 29, "quote not above the status line: row {y}");
    let x = rows[y].find("Sentiment").unwrap();
    let col = rows[y][..x].chars().count() as u16;
    assert!(term.backend().buffer()[(col, y as u16)].style().add_modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn selected_person_mentions_are_highlighted() {
    let mut app = app(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    let (rows, term) = render(&app, 110, 30);
    let y = rows.iter().position(|r| r.contains("machine,” Ellison")).unwrap();
    let x = rows[y].find("Ellison").unwrap();
    let col = rows[y][..x].chars().count() as u16;
    assert_eq!(term.backend().buffer()[(col, y as u16)].style().fg, Theme::dark().mention.fg);
    assert!(rows.last().unwrap().contains("Margaret Ellison 1/2"), "{}", rows.last().unwrap());
}

#[test]
fn search_shows_its_position() {
    let mut app = app(80, 24);
    app.update(Action::Search);
    for c in "harbour".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    let prompt = screen(&app, 80, 24);
    assert!(prompt.lines().last().unwrap().starts_with("/harbour"));
    app.update(Action::Edit(PromptEdit::Submit));
    app.update(Action::Next);
    let s = screen(&app, 80, 24);
    assert!(s.lines().last().unwrap().contains("match 2/41"), "{}", s.lines().last().unwrap());
    // Gone elsewhere, the reader is at no match: the count would mislead, as `n` goes on from
    // the screen.
    app.update(Action::Last);
    let s = screen(&app, 80, 24);
    assert!(!s.lines().last().unwrap().contains("match"), "{}", s.lines().last().unwrap());
}

#[test]
fn help_shows_every_key_of_an_action_apart_from_what_it_does() {
    // Page down has three keys; the column fits them all, and a space parts them from the words.
    let mut app = app(100, 40);
    app.update(Action::Help);
    let s = screen(&app, 100, 40);
    assert!(s.contains("Space PgDn Ctrl-f page down"), "{s}");
    assert!(s.contains("b PgUp Ctrl-b     page up"), "{s}");
    assert!(s.lines().any(|l| l.contains("Esc               close, clear, back to the text  ")), "{s}");
}

#[test]
fn help_lists_every_key_of_the_keymap() {
    let mut app = app(100, 40);
    app.update(Action::Help);
    let s = screen(&app, 100, 40);
    for b in byline::app::action::KEYMAP {
        assert!(s.contains(b.help), "help lacks {}", b.help);
    }
}

#[test]
fn tiny_screens_draw_without_panicking() {
    for (w, h) in [(1, 1), (5, 2), (19, 3), (20, 4), (24, 6), (30, 5), (60, 8)] {
        let mut app = app(w, h);
        app.update(Action::Last);
        app.update(Action::FocusNext);
        let s = screen(&app, w, h);
        if w < 20 || h < 4 {
            assert!(s.contains("Enlarge") || w < 8, "{s}");
        }
    }
}

#[test]
fn control_characters_never_reach_the_screen() {
    let raw = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile.txt")).unwrap();
    let a = text::parse(String::from_utf8(raw).unwrap(), "t");
    let app = App::new(vec![a], 100, 20);
    let (rows, _) = render(&app, 100, 20);
    for row in &rows {
        for c in row.chars() {
            assert!(!c.is_control(), "control character {c:?} in {row:?}");
            assert!(!('\u{202a}'..='\u{202e}').contains(&c) && !('\u{2066}'..='\u{2069}').contains(&c));
        }
    }
    assert!(rows.iter().any(|r| r.contains('␛')), "escape shown as a placeholder");
}

#[test]
fn moving_through_the_people_list_highlights_that_persons_mentions() {
    let mut app = app(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Down); // Rupert Vance
    let (rows, term) = render(&app, 110, 30);
    let y = rows.iter().position(|r| r.contains("Margaret Ellison spoke")).unwrap();
    let x = rows[y].find("Margaret").unwrap();
    let col = rows[y][..x].chars().count() as u16;
    assert_ne!(
        term.backend().buffer()[(col, y as u16)].style().fg,
        Theme::dark().mention.fg,
        "not the selected person"
    );
    app.update(Action::Up); // Margaret Ellison
    let (_, term) = render(&app, 110, 30);
    assert_eq!(term.backend().buffer()[(col, y as u16)].style().fg, Theme::dark().mention.fg);
}

/// The column of byte offset `x` of a row read back from the screen.
fn column(row: &str, x: usize) -> u16 {
    row[..x].chars().count() as u16
}

#[test]
fn a_search_across_a_line_break_highlights_the_whole_phrase() {
    let a = text::parse("The Walk\n\nAt last they came back home\nand happy to the fire.\n".to_string(), "t");
    let mut app = App::new(vec![a], 80, 24);
    app.update(Action::Search);
    for c in "HOME AND happy".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.message.is_none(), "{:?}", app.message);
    let (rows, term) = render(&app, 80, 24);
    let y = rows.iter().position(|r| r.contains("back home and happy to")).expect("one row on screen");
    let from = column(&rows[y], rows[y].find("back").unwrap());
    let to = column(&rows[y], rows[y].find(" to").unwrap());
    let current = Theme::dark().search_current.bg;
    let buf = term.backend().buffer();
    for x in from..=to {
        let highlighted = buf[(x, y as u16)].style().bg == current;
        let inside = x >= from + 5 && x < to;
        assert_eq!(highlighted, inside, "column {x} of {:?}", rows[y]);
    }
}

#[test]
fn a_narrow_status_line_keeps_the_focus_and_position_whole() {
    let mut app = app(30, 10);
    app.update(Action::Search);
    for c in "harbour".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let s = screen(&app, 30, 10);
    let status = s.lines().last().unwrap();
    assert!(
        status.contains("match 1/41") && status.contains(" text ") && status.trim_end().ends_with('%'),
        "{status:?}"
    );
    let mut app = self::app(40, 12);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    let s = screen(&app, 40, 12);
    let status = s.lines().last().unwrap();
    assert!(
        status.contains("Margaret Ellison 1/2") && status.contains(" people ") && status.trim_end().ends_with('%'),
        "{status:?}"
    );
}

#[test]
fn a_screen_too_small_asks_for_the_size_it_needs_in_full_words() {
    for (w, h, words) in [
        (19, 6, "Enlarge the terminal: byline needs 20×4"),
        (12, 3, "Enlarge the terminal to 20×4"),
        (30, 1, "Enlarge the terminal to 20×4"),
        (30, 2, "Enlarge the terminal: byline needs 20×4"),
        (9, 1, "Need 20×4"),
    ] {
        let s = screen(&app(w, h), w, h);
        let shown = s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(shown, words, "at {w}×{h}:\n{s}");
    }
    assert_eq!(screen(&app(1, 1), 1, 1).trim(), "");
}

#[test]
fn a_long_search_query_scrolls_so_its_end_and_the_cursor_stay_in_view() {
    let mut app = app(80, 24);
    app.update(Action::Search);
    let query: String = (0..12).map(|i| format!("word{i:02}xxx ")).collect::<String>() + "END";
    assert!(query.len() > 120);
    for c in query.chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    let (rows, mut term) = render(&app, 80, 24);
    let status = rows.last().unwrap();
    assert!(status.starts_with("/…") && status.trim_end().ends_with("word11xxx END"), "{status:?}");
    let x = status.trim_end().chars().count() as u16;
    assert!(x < 80);
    term.backend_mut().assert_cursor_position((x, 23));
}

#[test]
fn a_quote_jump_names_the_quote_and_its_speaker_and_n_steps_to_the_next() {
    let mut app = app(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert!(screen(&app, 110, 30).lines().last().unwrap().contains("Margaret Ellison 1/2"));
    for a in [Action::FocusNext, Action::Down, Action::Open] {
        app.update(a);
    }
    let s = screen(&app, 110, 30);
    let status = s.lines().last().unwrap();
    assert!(status.contains("quote 2/2 — Rupert Vance") && !status.contains("Ellison"), "{status:?}");
    assert_eq!(app.doc().person, None, "Ellison's mentions are no longer marked");
    app.update(Action::Next);
    assert!(screen(&app, 110, 30).lines().last().unwrap().contains("quote 1/2 — Margaret Ellison (from the top)"));
    assert_eq!(app.doc().selected_quote, 0, "the list follows");
}

#[test]
fn a_help_taller_than_the_screen_says_so_and_scrolls_to_the_mouse_wheel() {
    for (w, h) in [(80, 24), (24, 6)] {
        let mut app = app(w, h);
        app.update(Action::Help);
        let s = screen(&app, w, h);
        assert!(s.contains("more") && !s.contains("wheel"), "{s}");
        for _ in 0..40 {
            app.update(Action::Down);
        }
        let s = screen(&app, w, h);
        assert!(s.contains("wheel") && s.contains("more"), "{s}");
        assert!(app.help);
    }
    let mut app = app(80, 24);
    app.update(Action::Help);
    for _ in 0..40 {
        app.update(Action::Down);
    }
    assert!(screen(&app, 80, 24).contains("scroll 3 lines or a list; open an entry"));
}

#[test]
fn the_author_of_a_page_shows_beside_its_title() {
    let mut a = article();
    a.byline = Some("Sam Writer".into());
    let an = analysis(&a.text);
    let mut app = App::new(vec![a], 100, 20);
    app.set_analysis(0, an);
    let rows = render(&app, 100, 20).0;
    assert!(rows.last().is_some_and(|r| r.contains("The Harbour Vote — Sam Writer")), "{rows:?}");
}

#[test]
fn a_message_quoting_what_was_typed_is_cleaned_too() {
    let mut app = app(80, 24);
    app.update(Action::Search);
    for c in "zq\u{202e}xv".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let status = screen(&app, 80, 24).lines().last().unwrap().to_string();
    assert!(status.contains("no match for zq\u{fffd}xv") && !status.contains('\u{202e}'), "{status:?}");
}

#[test]
fn tabs_in_code_reach_the_next_tab_stop() {
    let a = byline::article::markdown::parse("# T\n\n```\na\tb\tc\naaaa\tbb\tc\n```\n", "t");
    let app = App::new(vec![a], 60, 10);
    let s = screen(&app, 60, 10);
    let rows: Vec<&str> = s.lines().filter(|l| l.contains('c')).map(str::trim_end).collect();
    // Both rows put their `c` in the same column, as a terminal or `less` would.
    let columns: Vec<usize> = rows.iter().map(|r| r.chars().count()).collect();
    assert_eq!(columns.len(), 2, "{s}");
    assert_eq!(columns[0], columns[1], "{s}");
    assert!(rows[0].contains("a       b       c"), "{s}");
}

#[test]
fn a_list_and_code_inside_a_block_quote_keep_its_bar() {
    let a = byline::article::markdown::parse(
        "# T\n\n> Said.\n>\n> - one\n> - two\n>\n> ```\n> x = 1\n> ```\n\nAfter.\n",
        "t",
    );
    let app = App::new(vec![a], 40, 12);
    let s = screen(&app, 40, 12);
    for row in ["│ Said.", "│ • one", "│ • two", "│   x = 1"] {
        assert!(s.lines().any(|l| l.trim_start().starts_with(row)), "{row:?} in\n{s}");
    }
    assert!(s.lines().any(|l| l.trim_start().starts_with("After.")));
}

#[test]
fn a_quote_and_code_inside_a_list_item_stand_under_the_item() {
    let a = byline::article::markdown::parse(
        "# T\n\n1. Step one:\n\n   > Said.\n\n   ```\n   make\n   ```\n\nAfter.\n",
        "t",
    );
    let app = App::new(vec![a], 40, 14);
    let s = screen(&app, 40, 14);
    let column = |needle: &str| {
        s.lines()
            .find_map(|l| l.find(needle).map(|b| l[..b].chars().count()))
            .unwrap_or_else(|| panic!("{needle:?} in\n{s}"))
    };
    let item = column("1. Step");
    assert_eq!(column("│ Said."), item + 2, "{s}");
    assert!(column("make") > item + 2, "{s}");
    assert_eq!(column("After."), item, "{s}");
}

#[test]
fn words_the_writer_set_apart_are_drawn_so_inside_quotes_too() {
    let md = "Plain *slanted* and **heavy** words, “a **said** `ls -la`” too.\n";
    let article = byline::article::markdown::parse(md, "t");
    let quote = article.text.find('“').unwrap()..article.text.find('”').unwrap() + '”'.len_utf8();
    let mut app = App::new(vec![article], 80, 10);
    app.set_analysis(0, Analysis { people: vec![], quotes: vec![Quote { span: quote, speaker: None }] });
    let (rows, term) = render(&app, 80, 10);
    let buf = term.backend().buffer();
    let style_at = |word: &str| {
        let y = rows.iter().position(|r| r.contains(word)).unwrap();
        let col = rows[y][..rows[y].find(word).unwrap()].chars().count() as u16;
        buf[(col, y as u16)].style()
    };
    assert!(style_at("slanted").add_modifier.contains(Modifier::ITALIC));
    assert!(style_at("heavy").add_modifier.contains(Modifier::BOLD));
    assert!(!style_at("Plain").add_modifier.intersects(Modifier::ITALIC | Modifier::BOLD));
    let said = style_at("said");
    assert!(said.add_modifier.contains(Modifier::BOLD));
    assert_eq!(said.fg, Theme::dark().quote.fg);
    assert_eq!(style_at("ls -la").fg, Theme::dark().code.fg, "code keeps its colour in a quotation");
}

#[test]
fn out_of_focus_a_list_marks_in_bold_only_the_entry_opened() {
    let bold_row = |app: &App, name: &str| {
        let (rows, term) = render(app, 110, 30);
        let y = rows
            .iter()
            .position(|r| r.contains(name) && r.contains('│'))
            .unwrap_or_else(|| panic!("{name} not in the sidebar: {rows:#?}"));
        let x = rows[y].rfind(name).unwrap();
        let col = rows[y][..x].chars().count() as u16;
        term.backend().buffer()[(col, y as u16)].style().add_modifier.contains(Modifier::BOLD)
    };
    let mut app = app(110, 30);
    assert!(!bold_row(&app, "Margaret Ellison"), "nothing opened, nothing marked");
    // Enter on the first person, then back to the text: her entry stays marked.
    for a in [Action::FocusNext, Action::Open, Action::FocusNext, Action::FocusNext] {
        app.update(a);
    }
    assert!(bold_row(&app, "Margaret Ellison"));
    assert!(!bold_row(&app, "Rupert Vance"));
}

#[test]
fn a_narrow_help_keeps_words_beside_the_keys_and_marks_what_it_cut() {
    for (w, h) in [(30, 8), (20, 5)] {
        let mut app = app(w, h);
        app.update(Action::Help);
        let s = screen(&app, w, h);
        assert!(s.contains("j ↓ line down"), "{s}");
        assert!(s.contains('…'), "{s}");
    }
}

#[test]
fn a_narrow_quotes_list_names_the_speaker_by_the_last_word_to_leave_the_quote_room() {
    let mut narrow = app(80, 24);
    narrow.update(Action::ToggleSidebar);
    let s = screen(&narrow, 80, 24);
    assert!(s.contains("│Ellison “We are not"), "{s}");
    // A quote cut at the row's end says so.
    let row = s.lines().find(|l| l.contains("│Ellison “We are not")).unwrap();
    assert!(row.trim_end().trim_end_matches('│').trim_end().ends_with('…'), "{row}");
    // With room for both, the whole name.
    let s = screen(&app(130, 30), 130, 30);
    assert!(s.contains("│Margaret Ellison “We are not"), "{s}");
}

#[test]
fn two_speakers_of_one_surname_go_by_their_given_names_in_a_narrow_quotes_list() {
    let a = article();
    let mut an = analysis(&a.text);
    an.people[1].name = "Thomas Ellison".into();
    let mut narrow = App::new(vec![a], 80, 24);
    narrow.set_analysis(0, an);
    narrow.update(Action::ToggleSidebar);
    let s = screen(&narrow, 80, 24);
    assert!(s.contains("│Margaret “We are not"), "{s}");
    assert!(s.contains("│Thomas “Sentiment"), "{s}");
}

#[test]
fn the_title_heading_stands_out_from_section_headings() {
    let md = "# Harbour Notes\n\nSome words.\n\n## Tides\n\nMore words.\n";
    let article = byline::article::markdown::parse(md, "t");
    let app = App::new(vec![article], 80, 10);
    let (rows, term) = render(&app, 80, 10);
    let style_at = |word: &str| {
        let y = rows.iter().position(|r| r.contains(word)).unwrap_or_else(|| panic!("{word}: {rows:#?}"));
        let col = rows[y][..rows[y].find(word).unwrap()].chars().count() as u16;
        term.backend().buffer()[(col, y as u16)].style()
    };
    let (title, section) = (style_at("Harbour"), style_at("Tides"));
    assert!(title.add_modifier.contains(Modifier::BOLD | Modifier::UNDERLINED), "{title:?}");
    assert!(section.add_modifier.contains(Modifier::BOLD), "{section:?}");
    assert!(!section.add_modifier.contains(Modifier::UNDERLINED), "{section:?}");
}
