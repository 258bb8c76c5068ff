use super::*;
use crate::analyze::{Gender, Person, Quote};
use crate::article::text;
use crate::layout::Row;

fn long_article() -> Article {
    let mut s = String::from("Title line\n\n");
    for i in 0..200 {
        s.push_str(&format!("Paragraph {i} says Ada Lovelace wrote notes on the engine, at some length.\n\n"));
    }
    s.push_str("“The end,” said Ada.\n");
    text::parse(s, "t")
}

fn analysed(width: u16, height: u16) -> App {
    let article = long_article();
    let t = &article.text;
    let mentions: Vec<_> = t.match_indices("Ada").map(|(i, m)| i..i + m.len()).collect();
    let q = t.find('“').unwrap();
    let end = t.rfind('”').unwrap() + '”'.len_utf8();
    let analysis = Analysis {
        people: vec![Person {
            name: "Ada Lovelace".into(),
            aliases: vec!["Ada".into()],
            mentions,
            gender: Gender::Female,
            age: None,
        }],
        quotes: vec![Quote { span: q..end, speaker: Some(0) }],
    };
    let mut app = App::new(vec![article], width, height);
    app.set_analysis(0, analysis);
    app
}

/// The byte ranges of the rows on screen.
fn visible(app: &App) -> Vec<Range<usize>> {
    let doc = app.doc();
    let mut pos = doc.top;
    let mut out = Vec::new();
    for _ in 0..app.page_height() {
        if let Row::Text { line, .. } = doc.layout.row(&doc.article, pos) {
            out.push(line.range.clone());
        }
        let next = doc.layout.advance(&doc.article, pos, 1);
        if next == pos {
            break;
        }
        pos = next;
    }
    out
}

fn in_view(app: &App, byte: usize) -> bool {
    visible(app).iter().any(|r| r.contains(&byte))
}

#[test]
fn sidebar_shows_on_wide_screens_only() {
    assert!(analysed(110, 30).sidebar);
    assert!(!analysed(80, 24).sidebar);
}

#[test]
fn scrolling_moves_and_stops_at_the_ends() {
    let mut app = analysed(80, 24);
    app.update(Action::Down);
    assert_eq!(app.doc().top, Pos { block: 0, row: 1 });
    app.update(Action::Up);
    app.update(Action::Up);
    assert_eq!(app.doc().top, Pos::default());
    app.update(Action::Last);
    let last = app.doc().article.text.len() - 2;
    assert!(in_view(&app, last));
    assert_eq!(app.percent(), 100);
    let top = app.doc().top;
    app.update(Action::Down);
    assert_eq!(app.doc().top, top, "cannot scroll past the last page");
}

#[test]
fn pages_keep_two_lines_of_context() {
    let mut app = analysed(80, 24);
    let rows = |app: &App| {
        let d = app.doc();
        (0..app.page_height() as isize).map(|i| d.layout.advance(&d.article, d.top, i)).collect::<Vec<_>>()
    };
    let before = rows(&app);
    app.update(Action::PageDown);
    let after = rows(&app);
    assert_eq!(after[..2], before[before.len() - 2..]);
    app.update(Action::PageUp);
    assert_eq!(rows(&app), before);
    // On a pane of four rows, a page keeps one, not half of it.
    let mut small = analysed(30, 5);
    assert_eq!(small.page_height(), 4);
    let before = rows(&small);
    small.update(Action::PageDown);
    assert_eq!(rows(&small)[..1], before[3..]);
}

#[test]
fn tab_cycles_focus_and_lists_move_their_selection() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::People);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Quotes);
    app.update(Action::Down);
    assert_eq!(app.doc().selected_quote, 0, "only one quote");
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Text);
}

#[test]
fn enter_on_the_last_quote_brings_it_into_view() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    app.update(Action::Last);
    app.update(Action::Open);
    let span = app.doc().analysis.as_ref().unwrap().quotes[0].span.clone();
    assert!(in_view(&app, span.start));
    assert_eq!(app.doc().mark, Some(span));
}

#[test]
fn a_jump_near_the_end_stops_where_g_does() {
    let mut app = analysed(120, 40);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    app.update(Action::Open); // the one quote, on the last line of the text
    let span = app.doc().mark.clone().unwrap();
    assert!(in_view(&app, span.start));
    let jumped = app.doc().top;
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Text);
    app.update(Action::Down);
    assert_eq!(app.doc().top, jumped, "no empty rows below the end to scroll into");
    app.update(Action::Last);
    assert_eq!(app.doc().top, jumped, "G neither scrolls back up nor further down");
}

#[test]
fn stepping_to_a_mention_near_the_end_stops_at_the_last_page() {
    let mut app = analysed(80, 24);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    app.update(Action::Prev); // the last mention of Ada, in the last line
    assert!(in_view(&app, app.doc().mark.clone().unwrap().start));
    let jumped = app.doc().top;
    app.focus = Focus::Text;
    app.update(Action::Last);
    assert_eq!(app.doc().top, jumped);
}

#[test]
fn an_article_in_the_background_keeps_within_its_last_page_when_the_screen_grows() {
    let mut app = App::new(vec![long_article(), long_article()], 80, 24);
    app.update(Action::Last);
    app.update(Action::NextArticle);
    app.resize(80, 40);
    app.update(Action::PrevArticle);
    let top = app.doc().top;
    app.update(Action::Down);
    assert_eq!(app.doc().top, top, "a key down must not scroll up");
    app.update(Action::Last);
    assert_eq!(app.doc().top, top);
}

#[test]
fn an_article_reopened_where_it_was_left_says_so_and_quote_goes_to_the_top() {
    let mut app = App::new(vec![long_article()], 80, 24);
    let text = app.doc().article.text.clone();
    let byte = text.find("Paragraph 100").unwrap();
    let entry = crate::store::Entry {
        key: "k".into(),
        hash: crate::store::hash(&text),
        byte,
        len: text.len(),
        anchor: "Paragraph 100".into(),
        person: None,
        quote: 0,
        saved: 0,
    };
    app.restore(0, &entry);
    assert!(in_view(&app, byte));
    assert!(app.message.as_deref().is_some_and(|m| m.contains("left off")));
    app.update(Action::Return);
    assert_eq!(app.doc().top, Pos::default());
}

#[test]
fn enter_in_the_text_goes_a_line_down_as_in_less() {
    let mut app = analysed(80, 24);
    let top = app.doc().top;
    app.update(Action::Open);
    let d = app.doc();
    assert_eq!(d.top, d.layout.advance(&d.article, top, 1));
}

#[test]
fn going_round_the_list_of_articles_is_said() {
    let mut app = App::new(vec![long_article(), long_article()], 80, 24);
    app.update(Action::NextArticle);
    assert!(app.current == 1 && app.message.is_none());
    app.update(Action::NextArticle);
    assert!(app.current == 0 && app.message.as_deref() == Some("back to the first article"));
    app.update(Action::PrevArticle);
    assert!(app.current == 1 && app.message.as_deref() == Some("on to the last article"));
}

#[test]
fn jumps_put_the_target_a_third_down_the_page() {
    let mut app = analysed(80, 24);
    app.update(Action::FocusNext);
    app.update(Action::Open); // first mention of Ada, near the top: cannot be a third down
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Next);
    let mark = app.doc().mark.clone().unwrap();
    let rows = visible(&app);
    let at = rows.iter().position(|r| r.contains(&mark.start)).unwrap();
    assert!(at >= 3, "target on row {at}");
    assert_eq!(app.doc().mention, Some(10));
}

#[test]
fn n_and_n_step_through_a_persons_mentions_and_wrap() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert_eq!(app.doc().person, Some(0));
    app.update(Action::Prev);
    let count = app.doc().analysis.as_ref().unwrap().people[0].mentions.len();
    assert_eq!(app.doc().mention, Some(count - 1));
    assert!(in_view(&app, app.doc().mark.clone().unwrap().start));
}

#[test]
fn search_counts_matches_and_steps() {
    let mut app = analysed(80, 24);
    app.update(Action::Search);
    for c in "ENGINE".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let s = app.doc().search.clone().unwrap();
    assert_eq!(s.matches.len(), 200);
    assert_eq!(s.current, Some(0));
    app.update(Action::Prev);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(199));
    assert!(in_view(&app, s.matches[199].start));
    // `Esc` hides the matches and keeps the search: `n` shows them again and goes on.
    app.update(Action::Back);
    assert!(!app.doc().search.as_ref().unwrap().shown);
    assert!(!app.quit);
    app.update(Action::Next);
    let s = app.doc().search.as_ref().unwrap();
    assert!(s.shown && s.current == Some(0), "{:?}", s.current);
}

#[test]
fn a_search_without_matches_says_so() {
    let mut app = analysed(80, 24);
    app.update(Action::Search);
    app.update(Action::Edit(PromptEdit::Input('z')));
    app.update(Action::Edit(PromptEdit::Input('q')));
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.message.as_deref().unwrap().contains("no match"));
}

#[test]
fn goto_percentage() {
    let mut app = analysed(80, 24);
    app.update(Action::Goto);
    for c in "50%".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let doc = app.doc();
    let byte = doc.layout.byte_of(&doc.article, doc.top);
    let half = doc.article.text.len() / 2;
    assert!(byte.abs_diff(half) < 200, "{byte} vs {half}");
    app.update(Action::Goto);
    app.update(Action::Edit(PromptEdit::Input('x')));
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.message.is_some());
}

#[test]
fn resize_keeps_the_passage_and_survives_tiny_screens() {
    let mut app = analysed(110, 30);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let byte = {
        let d = app.doc();
        d.layout.byte_of(&d.article, d.top)
    };
    app.resize(24, 6);
    app.resize(3, 1);
    app.update(Action::PageDown);
    app.resize(110, 30);
    let d = app.doc();
    let now = d.layout.byte_of(&d.article, d.top);
    assert!(now.abs_diff(byte) < 400, "{now} vs {byte}");
}

#[test]
fn keys_do_nothing_unseen_on_a_screen_too_small_but_quit() {
    let mut app = analysed(80, 24);
    app.resize(10, 3);
    for a in [Action::FocusNext, Action::Search, Action::Last, Action::Help] {
        app.update(a);
    }
    app.resize(80, 24);
    assert!(app.focus == Focus::Text && app.prompt.is_none() && !app.help && app.doc().top == Default::default());
    app.resize(10, 3);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn escape_steps_back_and_never_quits() {
    let mut app = analysed(80, 24);
    app.update(Action::Help);
    app.update(Action::Back);
    assert!(!app.help && !app.quit);
    // With nothing left to close, it says how to quit; pressed again, it clears that.
    app.update(Action::Back);
    assert!(!app.quit && app.message.as_deref() == Some("q quits"));
    app.update(Action::Back);
    assert!(!app.quit && app.message.is_none());
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn lists_wait_for_the_analysis() {
    let mut app = App::new(vec![long_article()], 110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert!(app.message.as_deref().unwrap().contains("analysing"));
}

#[test]
fn a_sidebar_squeezed_out_by_a_resize_gives_the_focus_to_the_text_until_there_is_room_again() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::People);
    app.resize(24, 6);
    assert_eq!(app.focus, Focus::Text);
    // Room again: the list takes the focus back.
    app.resize(110, 30);
    assert_eq!(app.focus, Focus::People);
}

#[test]
fn narrowing_and_widening_again_lands_on_the_same_row() {
    let mut app = analysed(80, 24);
    for _ in 0..7 {
        app.update(Action::PageDown);
    }
    app.update(Action::Down);
    let top = app.doc().top;
    for (w, h) in [(20, 5), (80, 24), (120, 40), (80, 24), (31, 9), (80, 24)] {
        app.resize(w, h);
    }
    assert_eq!(app.doc().top, top);
    // At the very end, a round trip through a taller screen still ends on the last row.
    app.update(Action::Last);
    let last = app.doc().top;
    app.resize(120, 40);
    app.resize(80, 24);
    assert_eq!(app.doc().top, last);
}

#[test]
fn escape_after_a_failed_search_dismisses_the_message_and_does_not_quit() {
    let mut app = analysed(80, 24);
    app.update(Action::Search);
    for c in "zzz".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.message.is_some());
    app.update(Action::Back);
    assert!(!app.quit && app.message.is_none());
    app.update(Action::Back);
    assert!(!app.quit);
}

#[test]
fn escape_gives_a_lists_focus_back_and_hides_the_sidebar_tab_opened() {
    let mut app = analysed(80, 24);
    app.update(Action::FocusNext);
    assert!(app.sidebar && app.focus == Focus::People);
    app.update(Action::Back);
    assert!(!app.quit);
    assert_eq!(app.focus, Focus::Text);
    assert!(!app.sidebar, "Tab showed the sidebar only for the focus");
    assert_eq!(app.doc().layout.width(), app.panes().unwrap().text.width, "the text takes the room back");
    app.update(Action::Back);
    assert!(!app.quit);
}

#[test]
fn tab_round_to_the_text_hides_the_sidebar_tab_opened_and_keeps_one_shown_anyway() {
    let mut app = analysed(80, 24);
    for _ in 0..3 {
        app.update(Action::FocusNext);
    }
    assert_eq!(app.focus, Focus::Text);
    assert!(!app.sidebar, "Tab showed the sidebar only for the lists");
    app.update(Action::FocusPrev);
    assert!(app.sidebar && app.focus == Focus::Quotes);
    let mut wide = analysed(110, 30);
    for _ in 0..3 {
        wide.update(Action::FocusNext);
    }
    assert!(wide.sidebar && wide.focus == Focus::Text);
}

#[test]
fn escape_from_a_list_keeps_a_sidebar_that_was_shown_anyway() {
    let mut wide = analysed(110, 30);
    wide.update(Action::FocusNext);
    wide.update(Action::Back);
    assert!(wide.sidebar && wide.focus == Focus::Text && !wide.quit);
    let mut shown = analysed(80, 24);
    shown.update(Action::ToggleSidebar);
    shown.update(Action::FocusNext);
    shown.update(Action::Back);
    assert!(shown.sidebar && shown.focus == Focus::Text && !shown.quit);
}

#[test]
fn escape_clears_the_highlights_before_it_leaves_the_list() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert!(app.doc().person.is_some() && app.doc().mark.is_some());
    app.update(Action::Back);
    assert!(app.doc().person.is_none() && app.doc().mark.is_none(), "one Esc clears every highlight");
    assert_eq!(app.focus, Focus::People);
    app.update(Action::Back);
    assert_eq!(app.focus, Focus::Text);
    assert!(!app.quit);
    app.update(Action::Back);
    assert!(!app.quit);
}

#[test]
fn tab_on_a_screen_too_narrow_for_the_sidebar_puts_the_lists_over_the_text() {
    let mut app = analysed(30, 10);
    app.update(Action::FocusNext);
    assert!(app.focus == Focus::People && app.lists_over_text());
    // `Enter` jumps and gives the text back, at the place jumped to.
    app.update(Action::Open);
    assert!(app.focus == Focus::Text && !app.lists_over_text() && !app.sidebar);
    assert!(app.doc().mark.is_some());
    // `Esc` gives it back too, and `s` says there is no room for the sidebar beside the text.
    app.update(Action::FocusNext);
    app.update(Action::Back);
    app.update(Action::Back);
    assert!(app.focus == Focus::Text && !app.lists_over_text());
    app.update(Action::ToggleSidebar);
    assert_eq!(app.message.as_deref(), Some("sidebar: no room"));
}

#[test]
fn a_quote_jump_keeps_the_marked_person_only_if_they_said_it() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert_eq!(app.doc().person, Some(0));
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert_eq!(app.doc().person, Some(0), "Ada said it");
    app.docs[0].analysis.as_mut().unwrap().quotes[0].speaker = None;
    app.update(Action::Open);
    assert_eq!((app.doc().person, app.doc().mention), (None, None), "nobody known said it");
}

#[test]
fn the_help_scrolls_line_by_line_and_stops_at_its_last_line() {
    let mut app = analysed(80, 24);
    app.update(Action::Help);
    let lines = action::help_lines(&app.keymap).len();
    assert!(lines > 22, "the help is taller than 24 rows less its border");
    app.update(Action::Scroll { lines: 2, column: 0, row: 0 });
    assert_eq!(app.help_scroll, 2, "the wheel scrolls the help");
    for _ in 0..lines {
        app.update(Action::Down);
    }
    assert!(app.help);
    assert_eq!(app.help_scroll, lines - 22);
    app.update(Action::Up);
    assert_eq!(app.help_scroll, lines - 23);
    app.resize(80, 40);
    assert_eq!(app.help_scroll, 0, "the whole help fits now");
    app.update(Action::Last);
    assert!(!app.help && !app.quit, "any other key closes the help");
}

#[test]
fn n_in_a_list_opens_the_selected_entry_as_enter_does_then_steps() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::People);
    app.update(Action::Next);
    assert_eq!((app.doc().person, app.doc().mention), (Some(0), Some(0)));
    assert!(app.message.is_none(), "{:?}", app.message);
    app.update(Action::Next);
    assert_eq!(app.doc().mention, Some(1));
}

fn search_for(app: &mut App, query: &str) {
    app.update(Action::Search);
    for c in query.chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
}

#[test]
fn n_goes_on_from_where_the_reader_has_moved_to_not_from_the_last_match() {
    let mut app = analysed(80, 24);
    search_for(&mut app, "engine");
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(0));
    // Half way down the text, `n` finds the next match below the top of the screen.
    app.update(Action::Goto);
    for c in "50".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let top = app.doc().layout.byte_of(&app.doc().article, app.doc().top);
    app.update(Action::Next);
    let s = app.doc().search.clone().unwrap();
    let i = s.current.unwrap();
    assert!(s.matches[i].start >= top && (i == 0 || s.matches[i - 1].start < top), "{i}");
    // Not moved since: `n` and `N` step from that match.
    app.update(Action::Next);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(i + 1));
    app.update(Action::Prev);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(i));
    assert_eq!(app.wrapped, None);
}

#[test]
fn n_past_the_last_match_says_it_went_round() {
    let mut app = analysed(80, 24);
    search_for(&mut app, "engine");
    app.update(Action::Prev);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(199));
    assert_eq!(app.wrapped, Some(false));
    app.update(Action::Next);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(0));
    assert_eq!(app.wrapped, Some(true));
    app.update(Action::Next);
    assert_eq!(app.wrapped, None);
}

#[test]
fn a_search_made_from_a_list_steps_through_its_matches() {
    let mut app = analysed(110, 30);
    app.update(Action::FocusNext);
    search_for(&mut app, "engine");
    assert_eq!(app.focus, Focus::Text);
    app.update(Action::Next);
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(1));
}

#[test]
fn an_empty_search_runs_the_last_one_again_and_an_empty_goto_does_nothing() {
    let mut app = analysed(80, 24);
    search_for(&mut app, "");
    assert!(app.doc().search.is_none() && app.message.is_none());
    search_for(&mut app, "engine");
    app.update(Action::Back);
    assert!(!app.doc().search.as_ref().unwrap().shown);
    search_for(&mut app, "");
    assert_eq!(app.doc().search.as_ref().map(|s| (s.query.as_str(), s.shown)), Some(("engine", true)));
    app.update(Action::Goto);
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.message.is_none());
}

#[test]
fn up_and_down_through_the_search_history_give_back_what_was_being_typed() {
    let mut app = analysed(80, 24);
    search_for(&mut app, "engine");
    app.update(Action::Search);
    for c in "dra".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::RecallOlder));
    assert_eq!(app.prompt.as_ref().unwrap().input, "engine");
    app.update(Action::Edit(PromptEdit::RecallNewer));
    assert_eq!(app.prompt.as_ref().unwrap().input, "dra");
}

#[test]
fn a_prompt_edit_with_no_prompt_open_does_nothing() {
    let mut app = analysed(80, 24);
    search_for(&mut app, "engine");
    app.update(Action::Goto);
    app.update(Action::Edit(PromptEdit::Input('x')));
    app.update(Action::Edit(PromptEdit::Submit));
    let (top, message) = (app.doc().top, app.message.clone());
    assert!(message.is_some());
    let edits = [
        PromptEdit::Input('x'),
        PromptEdit::Backspace,
        PromptEdit::Delete,
        PromptEdit::DeleteWord,
        PromptEdit::DeleteToStart,
        PromptEdit::Move(Motion::Left),
        PromptEdit::RecallOlder,
        PromptEdit::Submit,
        PromptEdit::Cancel,
    ];
    for edit in edits {
        app.update(Action::Edit(edit));
    }
    assert!(app.prompt.is_none() && !app.quit);
    assert_eq!((app.doc().top, app.message.clone()), (top, message));
    assert_eq!(app.doc().search.as_ref().map(|s| s.query.as_str()), Some("engine"));
}

#[test]
fn a_message_that_comes_while_the_prompt_is_open_is_there_when_it_closes() {
    let mut app = analysed(80, 24);
    app.update(Action::Search);
    app.message = Some("the analysis of this text failed".into());
    for edit in [PromptEdit::Input('x'), PromptEdit::Move(Motion::Home), PromptEdit::Cancel] {
        app.update(Action::Edit(edit));
    }
    assert!(app.prompt.is_none());
    assert_eq!(app.message.as_deref(), Some("the analysis of this text failed"));
}

#[test]
fn the_note_that_the_lists_are_not_ready_goes_when_they_are() {
    let mut app = App::new(vec![long_article()], 110, 30);
    app.update(Action::FocusNext);
    app.update(Action::Open);
    assert_eq!(app.message.as_deref(), Some("still analysing…"));
    let analysed = analysed(110, 30);
    app.set_analysis(0, analysed.doc().analysis.clone().unwrap());
    assert_eq!(app.message, None);
}

#[test]
fn return_goes_back_to_where_the_reading_was_before_a_run_of_jumps_and_again_to_the_jump() {
    let mut app = analysed(80, 24);
    app.update(Action::Return);
    assert_eq!(app.message.as_deref(), Some("no jump to go back from"));
    app.update(Action::Goto);
    for c in "50".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let reading = app.doc().top;
    search_for(&mut app, "engine");
    app.update(Action::Next);
    app.update(Action::Next);
    let jumped = app.doc().top;
    assert_ne!(jumped, reading);
    app.update(Action::Return);
    assert_eq!(app.doc().top, reading);
    app.update(Action::Return);
    assert_eq!(app.doc().top, jumped);
}

#[test]
fn a_search_with_nothing_ahead_says_it_went_round_to_the_top() {
    let mut app = analysed(80, 24);
    app.update(Action::Last);
    search_for(&mut app, "Paragraph 3 ");
    assert_eq!(app.doc().search.as_ref().unwrap().current, Some(0));
    assert_eq!(app.wrapped, Some(true));
    // A match ahead needs no such word.
    app.update(Action::First);
    search_for(&mut app, "Paragraph 3 ");
    assert_eq!(app.wrapped, None);
}

#[test]
fn return_goes_back_from_a_leap_to_the_end_or_to_a_percentage() {
    let mut app = analysed(80, 24);
    app.update(Action::Down);
    let start = app.doc().top;
    app.update(Action::Last);
    app.update(Action::Return);
    assert_eq!(app.doc().top, start, "G, then ' goes back");
    // From a search's match, `:80` and back again lands on the match, not before the search.
    search_for(&mut app, "Paragraph 30 ");
    let at_match = app.doc().top;
    app.update(Action::Goto);
    for c in "80".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    assert_ne!(app.doc().top, at_match);
    app.update(Action::Return);
    assert_eq!(app.doc().top, at_match);
}

#[test]
fn the_wheel_over_a_list_scrolls_the_list_and_a_click_opens_an_entry() {
    let mut app = analysed(110, 30);
    let side = app.panes().unwrap().sidebar.expect("shown on a wide screen");
    let [people, _quotes] = geometry::lists(side);
    let top = app.doc().top;
    app.update(Action::Scroll { lines: 3, column: side.x + 2, row: people.y + 1 });
    assert_eq!(app.doc().top, top, "the wheel over a list leaves the text");
    app.update(Action::Scroll { lines: 3, column: 1, row: 1 });
    assert_ne!(app.doc().top, top, "the wheel over the text scrolls it");
    // A click on the first person's row opens her; on a list's title, nothing.
    app.update(Action::Click { column: side.x + 2, row: people.y });
    assert!(app.doc().person.is_none());
    app.update(Action::Click { column: side.x + 2, row: people.y + 1 });
    assert_eq!((app.focus, app.doc().person), (Focus::People, Some(0)));
    assert!(app.doc().mark.is_some());
}

/// An app whose People list is long: sixty people, each named once in the text.
fn crowded(width: u16, height: u16) -> App {
    let article = long_article();
    let people = (0..60)
        .map(|i| Person {
            name: format!("Person {i}"),
            aliases: vec![],
            mentions: std::iter::once(i * 10..i * 10 + 5).collect(),
            gender: Gender::Unknown,
            age: None,
        })
        .collect();
    let mut app = App::new(vec![article], width, height);
    app.set_analysis(0, Analysis { people, quotes: vec![] });
    app
}

#[test]
fn the_wheel_scrolls_a_lists_view_and_a_click_leaves_the_view_where_it_is() {
    let mut app = crowded(110, 16);
    let side = app.panes().unwrap().sidebar.unwrap();
    let [people, _] = geometry::lists(side);
    let at = |app: &App| geometry::shown_entries(app.doc().list_top[0], app.doc().selected_person, 60, people).start;
    app.update(Action::Scroll { lines: 6, column: side.x + 2, row: people.y + 1 });
    assert_eq!((at(&app), app.doc().selected_person), (6, 0), "the view moves, not the selection");
    // A click on the top row opens the entry there, and the view stays put: a second click
    // on the same row opens the same entry.
    app.update(Action::Click { column: side.x + 2, row: people.y + 1 });
    assert_eq!((at(&app), app.doc().selected_person, app.doc().person), (6, 6, Some(6)));
    app.update(Action::Click { column: side.x + 2, row: people.y + 1 });
    assert_eq!(app.doc().person, Some(6));
    // Keys bring the selection back into view, moving the view as little as that needs.
    app.update(Action::Up);
    assert_eq!((at(&app), app.doc().selected_person), (5, 5));
}

#[test]
fn lists_over_the_text_stay_over_it_through_a_resize_and_give_it_back_for_a_jump() {
    let mut app = analysed(30, 10);
    app.update(Action::FocusNext);
    app.resize(28, 10);
    assert!(app.lists_over_text() && app.focus == Focus::People);
    app.resize(120, 30);
    assert!(!app.lists_over_text() && app.focus == Focus::People && app.panes().unwrap().sidebar.is_some());
    let mut app = analysed(30, 10);
    app.update(Action::FocusNext);
    app.update(Action::Goto);
    for c in "50".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    assert!(app.focus == Focus::Text && !app.lists_over_text(), "a jump gives the text back");
}
