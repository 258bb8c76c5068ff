//! The terminal session: entering and leaving the full-screen mode, and the event loop that
//! turns keys, mouse, resizes, signals and finished analyses into updates and redraws.
//!
//! The terminal is restored on every way out: a normal quit, an error (the guard's `Drop`), a
//! panic (a hook restores it before the message is printed), and SIGTERM / SIGHUP / SIGINT
//! (turned into events that end the loop). `Ctrl-Z` leaves the screen, stops the process, and
//! redraws when it continues.

use crate::analyze::{analyze_article, Analysis};
use crate::app::action::WHEEL_LINES;
use crate::app::{Action, App, Motion, PromptEdit};
use crate::article::Article;
use crate::config::Config;
use crate::store::Store;
use crate::ui::{self, Theme};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, IsTerminal, Stdout};
use std::sync::mpsc::{self, Sender};
use std::sync::Arc;
use std::thread;

/// Something the event loop reacts to.
enum Event {
    Term(event::Event),
    Analysed(usize, Analysis),
    /// The analysis of an article panicked (a bug): the reader goes on without its lists.
    AnalysisFailed(usize),
    /// SIGTERM, SIGHUP or SIGINT (its number): leave now, restoring the terminal.
    Signal(i32),
    /// Reading input failed (the terminal went away).
    InputGone,
}

/// An article to open, and the key its reading position is remembered under (none for stdin).
pub struct Opened {
    pub article: Article,
    pub key: Option<String>,
}

/// Opens the reader on `docs` and runs until the user quits. With a `store`, each article
/// opens where it was left and its place is saved on the way out. `skipped` tells, on the
/// first screen, of sources that could not be opened. Returns the signal that ended the
/// reader, if one did.
pub fn run(
    docs: Vec<Opened>,
    config: &Config,
    store: Option<Store>,
    skipped: Option<String>,
) -> io::Result<Option<i32>> {
    if !io::stdout().is_terminal() {
        return Err(io::Error::other("standard output is not a terminal (use --json to print the analysis)"));
    }
    let (saved, warning) = store.as_ref().map_or((Vec::new(), None), |s| s.load());
    if let Some(w) = &warning {
        crate::sanitize::report(&format!("warning: {w}"));
    }
    let keys: Vec<Option<String>> = docs.iter().map(|d| d.key.clone()).collect();
    let articles: Vec<Arc<Article>> = docs.into_iter().map(|d| Arc::new(d.article)).collect();
    let (tx, rx) = mpsc::channel();
    spawn_analysis(&articles, tx.clone());
    spawn_signals(tx.clone())?;
    let mut session = Session::enter(config.mouse)?;
    let size = session.terminal.size()?;
    let mut app = App::with_config(articles, size.width, size.height, config);
    for (i, key) in keys.into_iter().enumerate() {
        if let Some(entry) = key.as_ref().and_then(|k| saved.iter().find(|e| &e.key == k)) {
            app.restore(i, entry);
        }
        app.docs[i].key = key;
    }
    if warning.is_some() {
        app.message = Some("the saved state was unreadable: starting afresh".into());
    }
    app.message = skipped.or(app.message.take());
    let theme = config.theme(Theme::no_color_env());
    spawn_input(tx);
    let result = event_loop(&mut session, &mut app, &theme, &rx);
    drop(session);
    if let Some(store) = store {
        if let Err(e) = store.save(&app.entries()) {
            let path = store.path();
            crate::sanitize::report(&format!(
                "warning: could not save the reading position in {}: {e}",
                path.display()
            ));
        }
    }
    result
}

fn event_loop(
    session: &mut Session,
    app: &mut App,
    theme: &Theme,
    rx: &mpsc::Receiver<Event>,
) -> io::Result<Option<i32>> {
    loop {
        session.terminal.draw(|f| ui::draw(f, app, theme))?;
        let Ok(event) = rx.recv() else { break };
        match event {
            Event::Term(e) => handle(app, e),
            Event::Analysed(i, analysis) => app.set_analysis(i, analysis),
            Event::AnalysisFailed(i) => {
                app.set_analysis(i, Analysis::default());
                app.message = Some("the analysis of this text failed: no people or quotes".into());
            }
            Event::Signal(signal) => return Ok(Some(signal)),
            Event::InputGone => break,
        }
        if app.quit {
            break;
        }
        if app.suspend {
            app.suspend = false;
            session.suspend()?;
        }
    }
    Ok(None)
}

/// Maps a terminal event to the app's actions.
fn handle(app: &mut App, event: event::Event) {
    match event {
        event::Event::Key(key) if key.kind != KeyEventKind::Release => handle_key(app, key),
        event::Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => {
                app.update(Action::Scroll { lines: WHEEL_LINES, column: m.column, row: m.row })
            }
            MouseEventKind::ScrollUp => {
                app.update(Action::Scroll { lines: -WHEEL_LINES, column: m.column, row: m.row })
            }
            MouseEventKind::Down(event::MouseButton::Left) => {
                app.update(Action::Click { column: m.column, row: m.row })
            }
            _ => {}
        },
        event::Event::Resize(w, h) => app.resize(w, h),
        _ => {}
    }
}

/// A key goes to the open prompt, if there is one, except the suspend key: `Ctrl-z` suspends
/// from anywhere, and the prompt is there as it was after `fg`. A suspend key that types a
/// character (a config may bind a plain letter) still types it. In the help, a quit key that
/// types a letter (`q`) closes the help, as in `less`; `Ctrl-c` still quits.
fn handle_key(app: &mut App, key: KeyEvent) {
    let action = app.keymap.action_for(key);
    if app.prompt.is_some() && (action != Some(Action::Suspend) || typed(key).is_some()) {
        if let Some(edit) = prompt_edit(key) {
            app.update(Action::Edit(edit));
        }
        return;
    }
    if app.help && action == Some(Action::Quit) && typed(key).is_some() {
        app.update(Action::Back);
        return;
    }
    match action {
        Some(action) => app.update(action),
        None => app.unbound_key(),
    }
}

/// What a key does in a prompt: the keys of readline and `less`, the same whatever the config.
fn prompt_edit(key: KeyEvent) -> Option<PromptEdit> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Enter => PromptEdit::Submit,
        KeyCode::Esc => PromptEdit::Cancel,
        KeyCode::Backspace => PromptEdit::Backspace,
        KeyCode::Char('c' | 'g') if ctrl => PromptEdit::Cancel,
        KeyCode::Char('u') if ctrl => PromptEdit::DeleteToStart,
        KeyCode::Char('w') if ctrl => PromptEdit::DeleteWord,
        KeyCode::Char('a') if ctrl => PromptEdit::Move(Motion::Home),
        KeyCode::Char('e') if ctrl => PromptEdit::Move(Motion::End),
        KeyCode::Up => PromptEdit::RecallOlder,
        KeyCode::Down => PromptEdit::RecallNewer,
        KeyCode::Left => PromptEdit::Move(Motion::Left),
        KeyCode::Right => PromptEdit::Move(Motion::Right),
        KeyCode::Home => PromptEdit::Move(Motion::Home),
        KeyCode::End => PromptEdit::Move(Motion::End),
        KeyCode::Delete => PromptEdit::Delete,
        _ => PromptEdit::Input(typed(key)?),
    })
}

/// The character a key types into a prompt: any character key without Ctrl.
fn typed(key: KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(c),
        _ => None,
    }
}

/// Analyses each article on a thread of its own, so the text is readable at once.
fn spawn_analysis(articles: &[Arc<Article>], tx: Sender<Event>) {
    // The thread shares the articles the reader shows: a book is not held twice.
    let articles = articles.to_vec();
    thread::spawn(move || {
        for (i, article) in articles.iter().enumerate() {
            let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze_article(article)));
            let event = analysed.map_or(Event::AnalysisFailed(i), |a| Event::Analysed(i, a));
            if tx.send(event).is_err() {
                return;
            }
        }
    });
}

fn spawn_input(tx: Sender<Event>) {
    thread::spawn(move || loop {
        let event = match event::read() {
            Ok(e) => Event::Term(e),
            Err(_) => Event::InputGone,
        };
        let gone = matches!(event, Event::InputGone);
        if tx.send(event).is_err() || gone {
            return;
        }
    });
}

fn spawn_signals(tx: Sender<Event>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = tx.send(Event::Signal(signal));
        }
    });
    Ok(())
}

/// The full-screen session; dropping it gives the terminal back as it was.
struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
    /// Whether byline takes the mouse (the `mouse` setting).
    mouse: bool,
}

impl Session {
    fn enter(mouse: bool) -> io::Result<Session> {
        install_panic_hook();
        setup(mouse)?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout()));
        match terminal {
            Ok(terminal) => Ok(Session { terminal, mouse }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Gives the terminal back, stops until `fg`, then takes it again and redraws everything.
    /// A new `Terminal` (empty buffers) forces the full redraw: `Terminal::clear` would ask the
    /// terminal for the cursor position, and the input thread would swallow the answer.
    fn suspend(&mut self) -> io::Result<()> {
        restore();
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        setup(self.mouse)?;
        self.terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

fn setup(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, Clear(ClearType::All), cursor::Hide)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Leaves every mode `setup` entered. Safe to call more than once.
fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
}

/// On a panic of the main thread, the terminal is restored before the message is printed. A
/// panic of another thread (the analysis) leaves the screen to the reader, which goes on and
/// says so on its status line; its message would only garble the screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some("main") {
            restore();
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::text;

    fn app() -> App {
        App::new(vec![text::parse("A Title\n\nSome words to read.\n".to_string(), "t")], 80, 24)
    }

    fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
        handle(app, event::Event::Key(KeyEvent::new(code, modifiers)));
    }

    fn type_text(app: &mut App, s: &str) {
        for c in s.chars() {
            press(app, KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    #[test]
    fn ctrl_z_suspends_from_the_prompt_and_keeps_what_was_typed() {
        let mut app = app();
        type_text(&mut app, "/wor");
        press(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert!(app.suspend);
        app.suspend = false; // as the event loop does once it is back from `fg`
        type_text(&mut app, "ds");
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("words"));
    }

    #[test]
    fn ctrl_z_suspends_from_the_help_and_the_help_is_still_there_after() {
        let mut app = app();
        type_text(&mut app, "?");
        press(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert!(app.suspend && app.help);
    }

    #[test]
    fn q_closes_the_help_and_ctrl_c_still_quits() {
        let mut app = app();
        type_text(&mut app, "?q");
        assert!(!app.help && !app.quit);
        type_text(&mut app, "?");
        press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(app.quit);
    }

    #[test]
    fn arrows_move_the_prompts_cursor_and_typing_goes_there() {
        let mut app = app();
        type_text(&mut app, "/Kim K");
        press(&mut app, KeyCode::Left, KeyModifiers::NONE);
        press(&mut app, KeyCode::Left, KeyModifiers::NONE);
        type_text(&mut app, "X");
        press(&mut app, KeyCode::Home, KeyModifiers::NONE);
        type_text(&mut app, "Y");
        press(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
        type_text(&mut app, "Z");
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("YKimX KZ"));
    }

    #[test]
    fn the_prompt_clears_deletes_a_word_and_recalls_earlier_searches() {
        let mut app = app();
        type_text(&mut app, "/some words");
        press(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("some "));
        press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some(""));
        type_text(&mut app, "words");
        press(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        type_text(&mut app, "/read");
        press(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        type_text(&mut app, "/");
        press(&mut app, KeyCode::Up, KeyModifiers::NONE);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("read"));
        press(&mut app, KeyCode::Up, KeyModifiers::NONE);
        press(&mut app, KeyCode::Up, KeyModifiers::NONE);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("words"));
        press(&mut app, KeyCode::Down, KeyModifiers::NONE);
        press(&mut app, KeyCode::Down, KeyModifiers::NONE);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some(""));
    }

    #[test]
    fn a_key_bound_to_nothing_closes_the_help_too() {
        let mut app = app();
        type_text(&mut app, "?x");
        assert!(!app.help && !app.quit);
    }

    #[test]
    fn a_suspend_key_that_types_a_letter_types_it_in_a_prompt() {
        let overrides = std::collections::BTreeMap::from([("suspend".to_string(), vec!["z".to_string()])]);
        let mut app = app();
        app.keymap = crate::app::action::Keymap::with_overrides(&overrides);
        type_text(&mut app, "/z");
        assert!(!app.suspend);
        assert_eq!(app.prompt.as_ref().map(|p| p.input.as_str()), Some("z"));
    }
}
