//! Speed at book scale. `cargo bench` prints medians; the README keeps the figures.
//!
//! The texts are made here from prose of our own (names, dialogue, narration), repeated to
//! size, so the benches need nothing outside the repository.

use byline::analyze::{analyze, Analysis};
use byline::app::{Action, App, PromptEdit};
use byline::article::{text, Article};
use byline::layout::Layout;
use byline::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const PARAGRAPHS: &[&str] = &[
    "“I never said that the harbour was safe,” said Margaret Ellison, folding the letter twice. “I said that it was ours.”",
    "Thomas Ellison looked out at the water for a long time before he answered. The boats had come in early, and the gulls were loud over the nets.",
    "“Then what will you tell the board?” he asked.",
    "“The truth,” she said. “That a light needs a keeper, and that a keeper needs a light.”",
    "Dr. Rupert Vance arrived at noon with two men from the mainland, a folder of figures, and an umbrella he did not open although it rained the whole afternoon.",
    "According to Priya Raman, the harbourmaster, the figures were “optimistic at best”. Raman had seen three winters of storms from the tower, and she said so.",
    "Mr. Pryce, who ran the ferry, thought the whole quarrel a waste of everybody’s time, and told anyone who would listen on the crossing to the island.",
    "“It is a lovely piece of theatre,” Owen Pryce told the Coastal Gazette. “But theatre does not keep the breakwater standing.”",
];

/// About `mb` megabytes of text in paragraphs.
fn make_text(mb: usize) -> String {
    let mut s = String::from("The Keepers\n\n");
    let mut i = 0;
    while s.len() < mb * 1_000_000 {
        s.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        s.push_str("\n\n");
        i += 1;
    }
    s
}

fn article(mb: usize) -> Article {
    text::parse(make_text(mb), "bench")
}

/// A 10 MB document with its analysis, made once.
fn big() -> &'static (Article, Analysis) {
    static BIG: OnceLock<(Article, Analysis)> = OnceLock::new();
    BIG.get_or_init(|| {
        let a = article(10);
        let an = analyze(&a.text);
        (a, an)
    })
}

fn big_app(width: u16, height: u16) -> App {
    let (a, an) = big();
    let mut app = App::new(vec![a.clone()], width, height);
    app.set_analysis(0, an.clone());
    app
}

#[divan::bench(args = [1, 2], sample_count = 10)]
fn analysis_mb(bencher: divan::Bencher, mb: usize) {
    let text = make_text(mb);
    bencher.bench(|| analyze(divan::black_box(&text)));
}

/// The same text with no blank line anywhere: one paragraph of a megabyte or two, where any
/// look back to "the paragraph's start" must stay bounded.
#[divan::bench(args = [1, 2], sample_count = 10)]
fn analysis_mb_without_blank_lines(bencher: divan::Bencher, mb: usize) {
    let text = make_text(mb).replace("\n\n", "\n");
    bencher.bench(|| analyze(divan::black_box(&text)));
}

/// Shapes of text that once made a rule quadratic, at one and two units of size: the time
/// must about double, not quadruple. Each is some hundreds of kilobytes a unit.
#[derive(Clone, Copy, Debug)]
enum Hostile {
    /// A headline in capitals that runs on for pages.
    CapitalsHeadline,
    /// Pages of blank lines before dialogue set on lines of its own.
    BlankPagesFirst,
    /// Thousands of people whose age is told, each followed by `said the young man`.
    AgedPeople,
    /// Thousands of people who share a given name, then that name alone.
    SharedGivenName,
    /// One run of capitalised words pages long.
    CapitalisedRun,
    /// Quotes joined by dashes with no blank between them, pages long.
    DashedQuoteChain,
    /// One line of short quotes, each a capitalised word.
    QuotedNamesOnOneLine,
}

impl Hostile {
    const ALL: [Hostile; 7] = [
        Hostile::CapitalsHeadline,
        Hostile::BlankPagesFirst,
        Hostile::AgedPeople,
        Hostile::SharedGivenName,
        Hostile::CapitalisedRun,
        Hostile::DashedQuoteChain,
        Hostile::QuotedNamesOnOneLine,
    ];

    fn text(self, units: usize) -> String {
        // Names of our own, different for each person: "Bal", "Cem", … in base 20.
        let name = |i: usize| {
            let letters = b"bcdfghjklmnprstvwxyz";
            let mut s = String::from("Q");
            let mut n = i;
            for _ in 0..4 {
                s.push(letters[n % 20] as char);
                s.push('a');
                n /= 20;
            }
            s
        };
        match self {
            Hostile::CapitalsHeadline => (0..20_000 * units).map(|i| name(i).to_uppercase() + " ").collect(),
            Hostile::BlankPagesFirst => {
                let blank = "\n".repeat(200_000 * units);
                format!("{blank}{}{blank}", "Narration goes on.\n“Hi there.”\nMore narration.\n".repeat(2000 * units))
            }
            Hostile::AgedPeople => (0..3000 * units)
                .map(|i| format!("Old Mr. {} came in.\n\n“Yes,” said the young man.\n\n", name(i)))
                .collect(),
            Hostile::SharedGivenName => {
                let full: String = (0..4000 * units).map(|i| format!("John {} came. ", name(i))).collect();
                full + &"John left. ".repeat(4000 * units)
            }
            Hostile::CapitalisedRun => "The ".repeat(20_000 * units) + "Ann sat.",
            Hostile::DashedQuoteChain => "So ".to_string() + &"“a”--".repeat(20_000 * units) + "“b”",
            Hostile::QuotedNamesOnOneLine => "He saw “Rose” there. ".repeat(20_000 * units),
        }
    }
}

#[divan::bench(consts = [1, 2], args = Hostile::ALL, sample_count = 5)]
fn analysis_of_hostile_shapes<const UNITS: usize>(bencher: divan::Bencher, shape: Hostile) {
    let text = shape.text(UNITS);
    bencher.bench(|| analyze(divan::black_box(&text)));
}

#[divan::bench(args = [1, 2], sample_count = 10)]
fn layout_mb_at_80_columns(bencher: divan::Bencher, mb: usize) {
    let a = article(mb);
    bencher.bench(|| {
        let layout = Layout::new(&a, 80);
        (0..a.blocks.len()).map(|b| layout.lines(&a, b).len()).sum::<usize>()
    });
}

#[divan::bench(sample_count = 50)]
fn frame_200x60_middle_of_10mb(bencher: divan::Bencher) {
    let mut app = big_app(200, 60);
    app.update(Action::Goto);
    for c in "50".chars() {
        app.update(Action::Edit(PromptEdit::Input(c)));
    }
    app.update(Action::Edit(PromptEdit::Submit));
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
    });
}

#[divan::bench(sample_count = 50)]
fn jump_to_last_quote_of_10mb(bencher: divan::Bencher) {
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.with_inputs(|| big_app(200, 60)).bench_local_values(|mut app| {
        for a in [Action::FocusNext, Action::FocusNext, Action::Last, Action::Open] {
            app.update(a);
        }
        terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
        app
    });
}

#[divan::bench(sample_count = 50)]
fn resize_10mb(bencher: divan::Bencher) {
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(150, 50)).unwrap();
    bencher.with_inputs(|| big_app(200, 60)).bench_local_values(|mut app| {
        app.resize(150, 50);
        terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
        app
    });
}

#[divan::bench(sample_count = 50)]
fn page_down_10mb(bencher: divan::Bencher) {
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut app = big_app(200, 60);
    bencher.bench_local(|| {
        app.update(Action::PageDown);
        terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
    });
}
