//! The reader's state and the one function that changes it: [`App::update`].
//!
//! `update` is pure: it takes an [`Action`] and changes the state, with no I/O and no terminal,
//! so every behaviour can be tested by feeding actions and reading the state back.

pub mod action;
pub mod geometry;
pub mod prompt;
pub mod search;

pub use action::Action;
pub use prompt::{Motion, Prompt, PromptEdit, PromptKind};

use crate::analyze::Analysis;
use crate::article::Article;
use crate::config::{Config, SidebarStart};
use crate::layout::{Layout, Pos};
use crate::store::{self, Entry};
use action::Keymap;
use geometry::{Panes, Prefs};
use ratatui::layout::Rect;
use std::ops::Range;
use std::sync::Arc;

/// Which pane the keys move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    People,
    Quotes,
}

impl Focus {
    pub fn name(self) -> &'static str {
        match self {
            Focus::Text => "text",
            Focus::People => "people",
            Focus::Quotes => "quotes",
        }
    }
}

/// What `n` / `N` step through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stepper {
    Matches,
    Mentions,
    /// The quotes, in order, after `Enter` on one.
    Quotes,
}

/// A search and where in its matches the reader is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub matches: Vec<Range<usize>>,
    pub current: Option<usize>,
    /// Whether its matches are marked: `Esc` hides them and `n` shows them again, as `less`
    /// keeps the last search after its highlighting is turned off.
    pub shown: bool,
}

/// One open article and the reader's place in it.
#[derive(Debug)]
pub struct Doc {
    /// Shared with the analysis thread, which reads it while the reader shows it.
    pub article: Arc<Article>,
    /// `None` while the analysis is still running in the background.
    pub analysis: Option<Analysis>,
    pub layout: Layout,
    /// The row at the top of the reading pane.
    pub top: Pos,
    pub selected_person: usize,
    pub selected_quote: usize,
    /// The first entry the People and the Quotes list show, once the wheel or a move of the
    /// selection set it (see [`geometry::shown_entries`]); until then the list shows its
    /// selection at the bottom when it has to scroll.
    pub list_top: [Option<usize>; 2],
    /// The person whose mentions are highlighted (after Enter on them).
    pub person: Option<usize>,
    /// Which of that person's mentions `n` / `N` last went to.
    pub mention: Option<usize>,
    /// The quote last jumped to (`Enter` in the Quotes list, or `n` / `N` after it).
    pub quote: Option<usize>,
    /// The span the reader last jumped to, marked on screen.
    pub mark: Option<Range<usize>>,
    pub search: Option<Search>,
    /// Where the article came from, to remember the place in it; `None` for standard input.
    pub key: Option<String>,
    /// A person to select once the analysis arrives (restored from the last visit).
    pending_person: Option<String>,
    /// The top row the last jump left the view at: while the view is still there, `n` and
    /// `N` step on from the entry jumped to; once the reader has moved, from the view.
    landed: Option<Pos>,
    /// Where the reader was before a run of jumps (`'` goes back there).
    before_jump: Option<Pos>,
    /// The byte the view stood at before a run of resizes, and the row a resize then put at
    /// the top: while the top is still that row, the next resize goes back to that byte, so
    /// that narrowing and widening again lands where the reader was (each rewrap would
    /// otherwise move the view a row or two up).
    resized: Option<(usize, Pos)>,
}

impl Doc {
    pub fn new(article: Arc<Article>, width: u16) -> Doc {
        let layout = Layout::new(&article, width);
        Doc {
            article,
            analysis: None,
            layout,
            top: Pos::default(),
            selected_person: 0,
            selected_quote: 0,
            list_top: [None; 2],
            person: None,
            mention: None,
            quote: None,
            mark: None,
            search: None,
            key: None,
            pending_person: None,
            landed: None,
            before_jump: None,
            resized: None,
        }
    }

    /// The highest the top row may be on a page of `page` rows: the last page ends with the
    /// last row. `G` goes there, and nothing else goes further, so the view never shows empty
    /// rows past the end.
    fn max_top(&self, page: usize) -> Pos {
        let end = self.layout.end(&self.article);
        self.layout.advance(&self.article, end, -(page as isize - 1))
    }

    /// Brings the top row back within [`Doc::max_top`].
    fn clamp_top(&mut self, page: usize) {
        self.top = self.top.min(self.max_top(page));
    }
}

/// Everything the reader shows.
#[derive(Debug)]
pub struct App {
    pub docs: Vec<Doc>,
    pub current: usize,
    pub focus: Focus,
    pub sidebar: bool,
    /// The sidebar was hidden until `Tab` opened it to take the focus: giving the focus back
    /// (`Esc`, or `Tab` round to the text) hides it again.
    sidebar_for_focus: bool,
    /// The list that had the focus when a resize left the sidebar no room: it takes the
    /// focus back when a resize gives the room back.
    focus_without_room: Option<Focus>,
    pub help: bool,
    /// The first line of the help the overlay shows, when the screen is too short for it all.
    pub help_scroll: usize,
    pub prompt: Option<Prompt>,
    /// The searches made so far, oldest first, for `Up` in the search prompt.
    searches: Vec<String>,
    pub stepper: Stepper,
    /// A one-off note for the status line ("no match for …"), cleared by the next key.
    pub message: Option<String>,
    /// The last `n` or `N` went round the end of the text (forward: back to the top), told
    /// beside the position until the next key, as `less` and `vim` do.
    pub wrapped: Option<bool>,
    pub screen: Rect,
    pub prefs: Prefs,
    pub keymap: Keymap,
    pub quit: bool,
    pub suspend: bool,
}

impl App {
    /// A reader over `articles` on a screen of `width` × `height` cells, with default settings.
    pub fn new<A: Into<Arc<Article>>>(articles: Vec<A>, width: u16, height: u16) -> App {
        App::with_config(articles, width, height, &Config::default())
    }

    pub fn with_config<A: Into<Arc<Article>>>(articles: Vec<A>, width: u16, height: u16, config: &Config) -> App {
        let screen = Rect::new(0, 0, width, height);
        let prefs = Prefs::from(config);
        let sidebar = match config.sidebar_on_start {
            SidebarStart::Auto => width >= geometry::SIDEBAR_AUTO_WIDTH,
            SidebarStart::Always => true,
            SidebarStart::Never => false,
        };
        let text_width = geometry::panes(screen, sidebar, &prefs).map_or(width, |p| p.text.width);
        App {
            docs: articles.into_iter().map(|a| Doc::new(a.into(), text_width)).collect(),
            current: 0,
            focus: Focus::Text,
            sidebar,
            sidebar_for_focus: false,
            focus_without_room: None,
            help: false,
            help_scroll: 0,
            prompt: None,
            searches: Vec::new(),
            stepper: Stepper::Matches,
            message: None,
            wrapped: None,
            screen,
            prefs,
            keymap: Keymap::with_overrides(&config.keys),
            quit: false,
            suspend: false,
        }
    }

    pub fn doc(&self) -> &Doc {
        &self.docs[self.current]
    }

    fn doc_mut(&mut self) -> &mut Doc {
        &mut self.docs[self.current]
    }

    pub fn panes(&self) -> Option<Panes> {
        geometry::panes(self.screen, self.sidebar, &self.prefs)
    }

    /// Whether the lists, having the focus on a screen with no room for the sidebar beside
    /// the text, are drawn over the text (as `epy` shows its table of contents): `Enter` then
    /// gives the text back, at the place jumped to.
    pub fn lists_over_text(&self) -> bool {
        self.focus != Focus::Text && self.panes().is_some_and(|p| p.sidebar.is_none())
    }

    /// Rows of text the reading pane shows.
    pub fn page_height(&self) -> usize {
        self.panes().map_or(1, |p| p.text.height.max(1) as usize)
    }

    /// Whether byte `byte` of the open article is on screen.
    pub fn on_screen(&self, byte: usize) -> bool {
        let doc = self.doc();
        let pos = doc.layout.pos_of(&doc.article, byte);
        let bottom = doc.layout.advance(&doc.article, doc.top, self.page_height() as isize - 1);
        doc.top <= pos && pos <= bottom
    }

    /// Stores the finished analysis of article `index`.
    pub fn set_analysis(&mut self, index: usize, analysis: Analysis) {
        if let Some(doc) = self.docs.get_mut(index) {
            if let Some(name) = doc.pending_person.take() {
                if let Some(i) = analysis.people.iter().position(|p| p.name == name) {
                    doc.selected_person = i;
                }
            }
            doc.selected_quote = doc.selected_quote.min(analysis.quotes.len().saturating_sub(1));
            doc.analysis = Some(analysis);
        }
        // The lists are there now: a note that they were not yet is out of date.
        if index == self.current && self.message.as_deref() == Some(STILL_ANALYSING) {
            self.message = None;
        }
    }

    /// Puts article `index` back where a saved entry left it. An edited file goes to the start
    /// of the paragraph that was at the top, wherever it now is.
    pub fn restore(&mut self, index: usize, entry: &Entry) {
        let Some(doc) = self.docs.get_mut(index) else { return };
        let byte = store::restore_byte(entry, &doc.article.text);
        let mut pos = doc.layout.pos_of(&doc.article, byte);
        if entry.hash != store::hash(&doc.article.text) {
            pos.row = 0;
        }
        doc.top = pos;
        doc.selected_quote = entry.quote;
        doc.pending_person = entry.person.clone();
        let page = self.page_height();
        self.docs[index].clamp_top(page);
        // Said, and undone by `'` as a jump is: an article that opens mid-way can surprise.
        let doc = &mut self.docs[index];
        if doc.top != Pos::default() {
            doc.before_jump = Some(Pos::default());
            if index == self.current {
                self.message = Some("back where you left off; ' goes to the top".into());
            }
        }
    }

    /// The place in each remembered article, to save on quit.
    pub fn entries(&self) -> Vec<Entry> {
        self.docs
            .iter()
            .filter_map(|doc| {
                let key = doc.key.clone()?;
                let text = &doc.article.text;
                let byte = doc.layout.byte_of(&doc.article, doc.top);
                let block_start = doc.article.blocks.get(doc.top.block).map_or(0, |b| b.range.start);
                let person =
                    doc.analysis.as_ref().and_then(|a| a.people.get(doc.selected_person)).map(|p| p.name.clone());
                Some(Entry {
                    key,
                    hash: store::hash(text),
                    byte,
                    len: text.len(),
                    anchor: store::anchor(text, block_start),
                    person: person.or_else(|| doc.pending_person.clone()),
                    quote: doc.selected_quote,
                    saved: store::now(),
                })
            })
            .collect()
    }

    /// The screen changed size: re-wrap and keep the same passage at the top.
    pub fn resize(&mut self, width: u16, height: u16) {
        let sidebar = self.sidebar;
        // Lists over the text stay over it while the screen is still too narrow for them.
        let over = self.lists_over_text();
        let focus = self.focus_without_room.take().unwrap_or(self.focus);
        self.screen = Rect::new(0, 0, width, height);
        self.relayout(sidebar);
        if self.panes().is_some_and(|p| p.sidebar.is_some()) || (over && self.panes().is_some()) {
            self.focus = focus;
        } else if focus != Focus::Text {
            self.focus_without_room = Some(focus);
        }
        self.scroll_help(0);
    }

    fn relayout(&mut self, sidebar: bool) {
        self.sidebar = sidebar;
        let Some(panes) = self.panes() else { return };
        // A sidebar that is hidden, or has no room, cannot have the focus (until `Tab` gives
        // it the focus over the text).
        if panes.sidebar.is_none() {
            self.focus = Focus::Text;
        }
        // Every article, not only the one shown: another one's page also changed.
        let page = self.page_height();
        for doc in &mut self.docs {
            let byte = match doc.resized {
                Some((byte, top)) if top == doc.top => byte,
                _ => doc.layout.byte_of(&doc.article, doc.top),
            };
            if doc.layout.width() != panes.text.width {
                doc.layout = Layout::new(&doc.article, panes.text.width);
            }
            doc.top = doc.layout.pos_of(&doc.article, byte);
            doc.clamp_top(page);
            doc.resized = Some((byte, doc.top));
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        // A screen too small to read on shows only the request to enlarge it: a key that
        // searched or jumped there would act unseen, so only quitting and suspending do.
        if self.panes().is_none() && !matches!(action, Action::Quit | Action::Suspend) {
            return;
        }
        // The prompt's keys change the prompt and nothing else. It hides the status line, so a
        // message that came while it was open (a failed analysis) waits to be seen until it closes.
        if let Action::Edit(edit) = action {
            self.edit_prompt(edit);
            return;
        }
        let had_message = self.message.take().is_some();
        self.wrapped = None;
        if self.help {
            self.help_key(action);
            return;
        }
        let page = self.page_height();
        match action {
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(page_step(page) as isize),
            Action::PageUp => self.move_by(-(page_step(page) as isize)),
            Action::HalfPageDown => self.move_by((page / 2).max(1) as isize),
            Action::HalfPageUp => self.move_by(-((page / 2).max(1) as isize)),
            Action::First => self.go_to_end(false),
            Action::Last => self.go_to_end(true),
            Action::Scroll { lines, column, row } => match self.list_at(column, row) {
                Some((list, _)) => self.scroll_list(list, lines as isize),
                None => self.scroll(lines as isize),
            },
            Action::Click { column, row } => {
                if let Some((list, Some(entry))) = self.list_at(column, row) {
                    self.focus = list;
                    self.select(list, entry);
                    self.open_selected();
                }
            }
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrev => self.cycle_focus(false),
            // In the text, as in `less`, a line down.
            Action::Open if self.focus == Focus::Text => self.move_by(1),
            Action::Open => self.open_selected(),
            Action::Next => self.step(true),
            Action::Prev => self.step(false),
            Action::Return => self.return_from_jump(),
            Action::Search => self.prompt = Some(Prompt::new(PromptKind::Search)),
            Action::Goto => self.prompt = Some(Prompt::new(PromptKind::Goto)),
            Action::ToggleSidebar => {
                self.sidebar_for_focus = false;
                self.relayout(!self.sidebar);
                if self.sidebar && self.panes().is_some_and(|p| p.sidebar.is_none()) {
                    self.message = Some(TOO_NARROW.into());
                }
            }
            Action::Help => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::NextArticle => self.switch_article(1),
            Action::PrevArticle => self.switch_article(-1),
            Action::Back => self.back(had_message),
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            // Applied above, before the message is cleared.
            Action::Edit(_) => {}
        }
    }

    /// A key while the help is shown: line down and up (and the wheel) scroll it, quit and
    /// suspend do what they always do (the help is still there after `fg`; a quit key that
    /// types a letter never gets here: it closes the help), and any other key closes it.
    fn help_key(&mut self, action: Action) {
        match action {
            Action::Down => self.scroll_help(1),
            Action::Up => self.scroll_help(-1),
            Action::Scroll { lines, .. } => self.scroll_help(lines as isize),
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            _ => self.help = false,
        }
    }

    /// Scrolls the help by `n` lines, no further than its last line at the bottom of its box.
    fn scroll_help(&mut self, n: isize) {
        let lines = action::help_lines(&self.keymap);
        let shown = geometry::help_box(self.screen, &lines).height.saturating_sub(2) as usize;
        self.help_scroll = self.help_scroll.saturating_add_signed(n).min(lines.len().saturating_sub(shown));
    }

    /// A key bound to nothing: like any other key, it closes the help and clears a message.
    pub fn unbound_key(&mut self) {
        self.help = false;
        self.message = None;
    }

    /// A key typed into the open prompt; with no prompt open, nothing.
    fn edit_prompt(&mut self, edit: PromptEdit) {
        let Some(p) = &mut self.prompt else { return };
        match edit {
            PromptEdit::Input(c) => p.insert(c),
            PromptEdit::Backspace => {
                if !p.backspace() && p.input.is_empty() {
                    self.prompt = None;
                }
            }
            PromptEdit::Delete => p.delete(),
            PromptEdit::DeleteWord => p.delete_word(),
            PromptEdit::DeleteToStart => p.kill_to_start(),
            PromptEdit::Move(m) => p.motion(m),
            PromptEdit::RecallOlder => self.recall_search(true),
            PromptEdit::RecallNewer => self.recall_search(false),
            PromptEdit::Submit => self.submit_prompt(),
            PromptEdit::Cancel => self.prompt = None,
        }
    }

    /// `Up` (`older`) and `Down` in the search prompt: the searches made before, latest first,
    /// as in `less`; `Down` past the latest gives back what was being typed.
    fn recall_search(&mut self, older: bool) {
        let Some(p) = self.prompt.as_mut().filter(|p| p.kind == PromptKind::Search) else { return };
        let n = self.searches.len();
        let next = match (p.recalled, older) {
            (None, true) if n > 0 => Some(0),
            (Some(i), true) => Some((i + 1).min(n - 1)),
            (Some(i), false) => i.checked_sub(1),
            (None, _) => return,
        };
        if p.recalled.is_none() {
            p.draft = p.input.clone();
        }
        p.recalled = next;
        p.set(next.map_or_else(|| p.draft.clone(), |i| self.searches[n - 1 - i].clone()));
    }

    /// Runs what the prompt holds: a search, or a jump to a percentage.
    fn submit_prompt(&mut self) {
        let Some(prompt) = self.prompt.take() else { return };
        match prompt.kind {
            PromptKind::Search => {
                // An empty search runs the last one again, as in `less`.
                let Some(query) =
                    Some(prompt.input).filter(|q| !q.is_empty()).or_else(|| self.searches.last().cloned())
                else {
                    return;
                };
                self.searches.retain(|s| *s != query);
                self.searches.push(query.clone());
                self.search(query)
            }
            PromptKind::Goto if prompt.input.trim().is_empty() => {}
            PromptKind::Goto => self.goto(&prompt.input),
        }
    }

    fn search(&mut self, query: String) {
        let doc = self.doc_mut();
        let matches = search::find_all(&doc.article.text, &query);
        if matches.is_empty() {
            self.message = Some(format!("no match for {query}"));
            self.doc_mut().search = None;
            return;
        }
        let from = doc.layout.byte_of(&doc.article, doc.top);
        let ahead = matches.partition_point(|m| m.start < from);
        // Nothing ahead: the first match, with a word that the search went round the end.
        let first = ahead % matches.len();
        let wrapped = (ahead == matches.len()).then_some(true);
        doc.search = Some(Search { query, matches, current: None, shown: true });
        self.stepper = Stepper::Matches;
        // A search is in the text: `n` then steps through its matches, not a list's entries.
        if self.focus != Focus::Text {
            self.focus_text();
        }
        self.go_to_match(first);
        self.wrapped = wrapped;
    }

    fn goto(&mut self, input: &str) {
        let number = input.trim().trim_end_matches('%').trim();
        match number.parse::<f64>() {
            Ok(p) if (0.0..=100.0).contains(&p) => {
                let doc = self.doc_mut();
                let byte = ((doc.article.text.len() as f64) * p / 100.0) as usize;
                let top = doc.layout.pos_of(&doc.article, byte);
                self.leap(top);
                self.uncover_text();
            }
            _ => self.message = Some(format!("not a percentage: {input} (try :50%)")),
        }
    }

    /// Moves the text, or the selection of the focused list.
    fn move_by(&mut self, n: isize) {
        match self.focus {
            Focus::Text => self.scroll(n),
            list => self.move_list(list, n),
        }
    }

    /// Moves the selection of a list (`Focus::People` or `Focus::Quotes`) by `n` entries.
    fn move_list(&mut self, list: Focus, n: isize) {
        let len = self.list_len(list);
        let doc = self.doc_mut();
        match list {
            Focus::People => doc.selected_person = moved(doc.selected_person, n, len),
            Focus::Quotes => doc.selected_quote = moved(doc.selected_quote, n, len),
            Focus::Text => {}
        }
        self.reveal(list);
    }

    /// Scrolls a list's view by `n` entries, its selection left where it is (the wheel).
    fn scroll_list(&mut self, list: Focus, n: isize) {
        let len = self.list_len(list);
        self.move_list_view(list, |start, rows, _| start.saturating_add_signed(n).min(len.saturating_sub(rows)));
    }

    /// Scrolls a list's view as little as brings its selection into it.
    fn reveal(&mut self, list: Focus) {
        self.move_list_view(list, |start, rows, selected| {
            if selected < start {
                selected
            } else if selected >= start + rows {
                selected + 1 - rows
            } else {
                start
            }
        });
    }

    /// Sets the first entry a list on screen shows to what `to` makes of the one it shows now,
    /// the rows it has and its selection.
    fn move_list_view(&mut self, list: Focus, to: impl Fn(usize, usize, usize) -> usize) {
        let Some((slot, rect, selected)) = self.list_view(list) else { return };
        let len = self.list_len(list);
        let doc = self.doc_mut();
        let start = geometry::shown_entries(doc.list_top[slot], selected, len, rect).start;
        doc.list_top[slot] = Some(to(start, geometry::list_rows(rect), selected));
    }

    /// Where a list is drawn (in the sidebar, or over the text), its slot in `list_top`, and
    /// its selection; `None` while it is not on screen.
    fn list_view(&self, list: Focus) -> Option<(usize, Rect, usize)> {
        let panes = self.panes()?;
        let area = panes.sidebar.or_else(|| self.lists_over_text().then(|| geometry::body(&panes)))?;
        let [people, quotes] = geometry::lists(area);
        let doc = self.doc();
        match list {
            Focus::People => Some((0, people, doc.selected_person)),
            Focus::Quotes => Some((1, quotes, doc.selected_quote)),
            Focus::Text => None,
        }
    }

    /// Selects entry `entry` of a list.
    fn select(&mut self, list: Focus, entry: usize) {
        let doc = self.doc_mut();
        match list {
            Focus::People => doc.selected_person = entry,
            Focus::Quotes => doc.selected_quote = entry,
            Focus::Text => {}
        }
        self.reveal(list);
    }

    /// How many entries a list has (none before the analysis arrives).
    fn list_len(&self, list: Focus) -> usize {
        let analysis = self.doc().analysis.as_ref();
        match list {
            Focus::People => analysis.map_or(0, |a| a.people.len()),
            Focus::Quotes => analysis.map_or(0, |a| a.quotes.len()),
            Focus::Text => 0,
        }
    }

    /// The list drawn at a column and row of the screen (the sidebar's, or the lists over the
    /// text), and the entry on that row if there is one.
    fn list_at(&self, column: u16, row: u16) -> Option<(Focus, Option<usize>)> {
        let point = ratatui::layout::Position { x: column, y: row };
        let (list, (slot, rect, selected)) = [Focus::People, Focus::Quotes]
            .into_iter()
            .find_map(|l| self.list_view(l).filter(|v| v.1.contains(point)).map(|v| (l, v)))?;
        let shown = geometry::shown_entries(self.doc().list_top[slot], selected, self.list_len(list), rect);
        // The list's first row is its title.
        let entry = (row > rect.y).then(|| shown.start + usize::from(row - rect.y - 1)).filter(|e| shown.contains(e));
        Some((list, entry))
    }

    /// The top or bottom of the text (or the first or last entry of a list). The text goes
    /// straight there: walking row by row would wrap every block of a book on the way.
    fn go_to_end(&mut self, last: bool) {
        if self.focus != Focus::Text {
            self.move_by(if last { isize::MAX / 2 } else { isize::MIN / 2 });
            return;
        }
        let top = if last { self.max_top() } else { Pos::default() };
        self.leap(top);
    }

    /// Moves the view a long way at once (`g`, `G`, `:50%`): `'` then goes back to where the
    /// reader was, as `''` does in `less`.
    fn leap(&mut self, top: Pos) {
        let doc = self.doc_mut();
        if doc.top != top {
            doc.before_jump = Some(doc.top);
            doc.landed = None;
        }
        doc.top = top;
        self.clamp_top();
    }

    /// Scrolls the text. Scrolling down stops when the last row reaches the bottom.
    fn scroll(&mut self, n: isize) {
        let limit = self.max_top();
        let doc = self.doc_mut();
        doc.top = doc.layout.advance(&doc.article, doc.top, n).min(limit);
    }

    /// The highest the top row of the current article may be (see [`Doc::max_top`]).
    fn max_top(&self) -> Pos {
        self.doc().max_top(self.page_height())
    }

    fn clamp_top(&mut self) {
        let page = self.page_height();
        self.doc_mut().clamp_top(page);
    }

    /// Brings `span` into view a third of the way down the page, and marks it. Near the end of
    /// the text the view stops at the last page, as `G` does: the span is then lower down, but
    /// still on screen, since it lies within the last page.
    fn jump_to(&mut self, span: Range<usize>) {
        let context = (self.page_height() / 3) as isize;
        let doc = self.doc_mut();
        // A run of jumps (n, n, n) keeps the place it started from.
        if doc.landed != Some(doc.top) {
            doc.before_jump = Some(doc.top);
        }
        let at = doc.layout.pos_of(&doc.article, span.start);
        doc.top = doc.layout.advance(&doc.article, at, -context);
        doc.mark = Some(span);
        self.clamp_top();
        let doc = self.doc_mut();
        doc.landed = Some(doc.top);
    }

    /// `Esc` outside the help and the prompts: one step back a press. The highlights go first
    /// (the search, the mark and the person marked in the text, all at once), then a list's
    /// focus, then a message. It never quits: readers press `Esc` freely (in `less` and `vim` it
    /// quits nothing), so with nothing left to step back from it says how to quit.
    fn back(&mut self, had_message: bool) {
        if self.clear_highlights() {
            return;
        }
        if self.focus != Focus::Text {
            self.focus_text();
            return;
        }
        if !had_message {
            self.message = Some("q quits".into());
        }
    }

    /// Clears the mark and the person whose mentions are marked, and hides the search; whether
    /// there was any. `n` then steps through the search's matches again, showing them.
    fn clear_highlights(&mut self) -> bool {
        let doc = self.doc_mut();
        let searched = doc.search.as_mut().filter(|s| s.shown).map(|s| s.shown = false).is_some();
        let any = searched || doc.mark.is_some() || doc.person.is_some();
        doc.mark = None;
        doc.person = None;
        doc.mention = None;
        doc.quote = None;
        self.stepper = Stepper::Matches;
        any
    }

    /// Gives the focus back to the text, hiding the sidebar if it was shown only for the focus.
    fn focus_text(&mut self) {
        self.focus = Focus::Text;
        if std::mem::take(&mut self.sidebar_for_focus) {
            self.relayout(false);
        }
    }

    /// `Tab`: the next pane, showing the sidebar if it was hidden; back at the text, a sidebar
    /// shown only for the lists goes again, as it does with `Esc`. On a screen with no room
    /// for the sidebar beside the text, the lists take the screen while they have the focus
    /// (see [`App::lists_over_text`]).
    fn cycle_focus(&mut self, forward: bool) {
        if !self.sidebar {
            self.sidebar_for_focus = true;
            self.relayout(true);
        }
        match (self.focus, forward) {
            (Focus::Text, true) | (Focus::Quotes, false) => self.focus = Focus::People,
            (Focus::People, true) | (Focus::Text, false) => self.focus = Focus::Quotes,
            (Focus::Quotes, true) | (Focus::People, false) => self.focus_text(),
        }
    }

    fn open_selected(&mut self) {
        let doc = self.doc();
        let Some(analysis) = &doc.analysis else {
            self.message = Some(STILL_ANALYSING.into());
            return;
        };
        match self.focus {
            Focus::Text => {}
            Focus::People => {
                let index = doc.selected_person;
                let Some(first) = analysis.people.get(index).and_then(|p| p.mentions.first().cloned()) else {
                    return;
                };
                let doc = self.doc_mut();
                doc.person = Some(index);
                doc.mention = Some(0);
                self.stepper = Stepper::Mentions;
                self.jump_to(first);
            }
            Focus::Quotes => {
                let index = doc.selected_quote;
                self.go_to_quote(index);
            }
        }
        self.uncover_text();
    }

    /// Jumps to quote `index` and makes it what `n` / `N` step from. The person marked in the
    /// text stays only if they said it: their mentions are no longer what the reader follows.
    fn go_to_quote(&mut self, index: usize) {
        let doc = self.doc_mut();
        let Some(quote) = doc.analysis.as_ref().and_then(|a| a.quotes.get(index)) else { return };
        let span = quote.span.clone();
        if doc.person.is_some() && doc.person != quote.speaker {
            doc.person = None;
            doc.mention = None;
        }
        doc.quote = Some(index);
        doc.selected_quote = index;
        self.stepper = Stepper::Quotes;
        self.reveal(Focus::Quotes);
        self.jump_to(span);
    }

    /// `n` / `N`: the next or previous search match, mention of the selected person, or quote.
    fn step(&mut self, forward: bool) {
        // In a list, `n` on an entry not opened yet opens it, as Enter does: stepping through
        // that person's mentions, or from that quote, starts there.
        let doc = self.doc();
        let unopened = match self.focus {
            Focus::Text => false,
            Focus::People => doc.person != Some(doc.selected_person) || self.stepper != Stepper::Mentions,
            Focus::Quotes => doc.quote != Some(doc.selected_quote) || self.stepper != Stepper::Quotes,
        };
        if unopened {
            self.open_selected();
            return;
        }
        let doc = self.doc();
        // Where the reader is: the entry last jumped to while the view is still where the jump
        // left it, else the top of the screen (as `less` searches on from the screen).
        let here = if doc.landed == Some(doc.top) { None } else { Some(doc.layout.byte_of(&doc.article, doc.top)) };
        let wrapped = match self.stepper {
            Stepper::Matches => {
                let Some(s) = &self.doc().search else {
                    self.message = Some("no search: press / to search".into());
                    return;
                };
                let (next, wrapped) = step_from(&s.matches, |m| m.start, s.current, here, forward);
                self.go_to_match(next);
                wrapped
            }
            Stepper::Mentions => {
                let (Some(person), Some(analysis)) = (doc.person, &doc.analysis) else { return };
                let mentions = &analysis.people[person].mentions;
                let (next, wrapped) = step_from(mentions, |m| m.start, doc.mention, here, forward);
                let span = mentions[next].clone();
                self.doc_mut().mention = Some(next);
                self.jump_to(span);
                wrapped
            }
            Stepper::Quotes => {
                let (Some(_), Some(analysis)) = (doc.quote, &doc.analysis) else { return };
                let (next, wrapped) = step_from(&analysis.quotes, |q| q.span.start, doc.quote, here, forward);
                self.go_to_quote(next);
                wrapped
            }
        };
        self.wrapped = wrapped.then_some(forward);
        self.uncover_text();
    }

    /// A jump of the text while the lists cover it (`Enter`, `n`, `'`, `:50%`) gives the text
    /// back: the reader sees where it went.
    fn uncover_text(&mut self) {
        if self.lists_over_text() {
            self.focus_text();
        }
    }

    /// `'`: back to where the reader was before the last run of jumps; pressed again, to
    /// the jump (as `''` does in `less`).
    fn return_from_jump(&mut self) {
        let doc = self.doc_mut();
        let Some(before) = doc.before_jump else {
            self.message = Some("no jump to go back from".into());
            return;
        };
        doc.before_jump = Some(doc.top);
        doc.top = before;
        doc.landed = None;
        self.clamp_top();
        self.uncover_text();
    }

    fn go_to_match(&mut self, index: usize) {
        let doc = self.doc_mut();
        let Some(search) = &mut doc.search else { return };
        search.current = Some(index);
        search.shown = true;
        let span = search.matches[index].clone();
        self.jump_to(span);
    }

    fn switch_article(&mut self, by: isize) {
        let n = self.docs.len() as isize;
        if n < 2 {
            self.message = Some("only one article is open".into());
            return;
        }
        let next = self.current as isize + by;
        // Going round the list, as `n` goes round the text, is said.
        if next >= n {
            self.message = Some("back to the first article".into());
        } else if next < 0 {
            self.message = Some("on to the last article".into());
        }
        self.current = next.rem_euclid(n) as usize;
    }

    /// The share of the text above the bottom of the screen, 0–100.
    pub fn percent(&self) -> u8 {
        let doc = self.doc();
        let len = doc.article.text.len().max(1);
        let bottom = doc.layout.advance(&doc.article, doc.top, self.page_height() as isize - 1);
        if bottom == doc.layout.end(&doc.article) {
            return 100;
        }
        let byte = doc.layout.byte_of(&doc.article, bottom);
        ((byte as u128 * 100) / len as u128) as u8
    }
}

/// How many rows a page moves in a pane of `page` rows: all but two kept for context, as
/// `vim` keeps; on a small pane, where two would be half of it, all but a quarter.
fn page_step(page: usize) -> usize {
    page.saturating_sub((page / 4).min(2)).max(1)
}

/// The entry `n` (forward) or `N` goes to among `items` (in text order, not empty, each
/// starting at `start(item)`): the one after or before `current`, or, when the reader has
/// moved to byte `here`, the first at or after it or the last before it; and whether that
/// went round the end of the text.
fn step_from<T>(
    items: &[T],
    start: impl Fn(&T) -> usize,
    current: Option<usize>,
    here: Option<usize>,
    forward: bool,
) -> (usize, bool) {
    let next = match (current, here) {
        (Some(i), None) => i,
        _ => {
            // The first at or after the reader's place; backward, the one before that.
            let after = items.partition_point(|t| start(t) < here.unwrap_or(0));
            if forward {
                after.wrapping_sub(1)
            } else {
                after
            }
        }
    };
    let next = if forward { next.wrapping_add(1) } else { next.wrapping_sub(1) };
    // Past either end (0 - 1 wraps past the top too): round to the other.
    match next < items.len() {
        true => (next, false),
        false if forward => (0, true),
        false => (items.len() - 1, true),
    }
}

/// What `Tab` and `s` say when the screen has no room for the sidebar: short, for a screen
/// that narrow.
const TOO_NARROW: &str = "sidebar: no room";

/// What Enter in a list says before the analysis has come.
const STILL_ANALYSING: &str = "still analysing…";

/// An index moved by `n` within `0..len`, stopping at the ends.
fn moved(index: usize, n: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as isize).saturating_add(n).clamp(0, len as isize - 1) as usize
}

#[cfg(test)]
mod tests;
