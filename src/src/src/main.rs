//! The command line: parse arguments, then print JSON or open the reader. Errors become one
//! line on standard error and an exit code: 1 when an article cannot be read, 2 for usage.

use byline::analyze::analyze_article;
use byline::article;
use byline::article::source::Source;
use byline::cli::{self, Command, Options};
use byline::config;
use byline::store::Store;
use byline::terminal::Opened;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// The article shown when byline is started with no argument and nothing piped in.
const SAMPLE: &str = include_str!("../assets/sample.md");

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => return fail(2, &e),
    };
    let opts = match command {
        Command::Help => return print_out(&format!("{}\n", cli::USAGE)),
        Command::Version => return print_out(&format!("byline {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Run(opts) => opts,
    };
    if opts.print_config {
        let mut text = config::default_config();
        if let Some(path) = config::default_path() {
            text += &format!("\n# This file's place on this machine: {}\n", path.display());
        }
        return print_out(&text);
    }
    // As `cat` and `less` do, a source that cannot be read is reported, and the others are
    // still read; with none readable, that is the error.
    let (docs, failed) = load_all(&opts);
    for e in &failed {
        byline::sanitize::report(e);
    }
    if docs.is_empty() {
        return ExitCode::from(1);
    }
    if opts.json {
        let printed = print_json(&docs);
        return if failed.is_empty() { printed } else { ExitCode::from(1) };
    }
    let config = match config::default_path().map(|p| config::load(&p)).transpose() {
        Ok(c) => c.unwrap_or_default(),
        Err(e) => return fail(2, &format!("bad config: {e}")),
    };
    let store = if opts.no_state { None } else { Store::open_default() };
    let skipped = match &failed[..] {
        [] => None,
        [one] => Some(format!("could not open {one}")),
        [first, rest @ ..] => Some(format!("could not open {first} (and {} more)", rest.len())),
    };
    match byline::terminal::run(docs, &config, store, skipped) {
        // Ended by a signal: the shell's code for it, 128 + its number (130 for Ctrl-c sent
        // by `kill -INT`).
        Ok(Some(signal)) => ExitCode::from(128 + signal.clamp(0, 127) as u8),
        Ok(None) if failed.is_empty() => ExitCode::SUCCESS,
        Ok(None) => ExitCode::from(1),
        Err(e) => fail(1, &e.to_string()),
    }
}

/// Loads every source the user named; with none, standard input when it is a pipe, else the
/// bundled sample. The articles read, and a message for each source that could not be.
fn load_all(opts: &Options) -> (Vec<Opened>, Vec<String>) {
    let mut sources = opts.sources.clone();
    if sources.is_empty() {
        if std::io::stdin().is_terminal() {
            let article = article::markdown::parse(SAMPLE, "sample");
            return (vec![Opened { article, key: Some("byline:sample".into()) }], Vec::new());
        }
        sources.push(Source::Stdin);
    }
    let mut docs = Vec::new();
    let mut failed = Vec::new();
    for s in &sources {
        // A pipe or a server may keep byline waiting: the user is told what for.
        let notice = byline::waiting::Notice::on_stderr(&waiting_for(s));
        let loaded = s.load(opts.format);
        drop(notice);
        match loaded {
            Ok(article) => docs.push(Opened { article, key: s.state_key() }),
            Err(e) => failed.push(format!("{}: {e}", s.name())),
        }
    }
    (docs, failed)
}

/// What byline does while a source keeps it waiting, in the words of its notice.
fn waiting_for(source: &Source) -> String {
    match source {
        Source::Url(url) => format!("fetching {url}"),
        _ => format!("reading {}", source.name()),
    }
}

/// One JSON object per article, one per line. The article's text, most of the output, is
/// written on one core while the other starts the analysis.
fn print_json(docs: &[Opened]) -> ExitCode {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    for Opened { article: a, .. } in docs {
        let (head, analysis) = std::thread::scope(|scope| {
            let head = scope.spawn(|| byline::json::write_head(&mut out, a));
            let analysis = analyze_article(a);
            (head.join().unwrap_or_else(|_| Err(std::io::ErrorKind::Other.into())), analysis)
        });
        let written =
            head.and_then(|()| byline::json::write_analysis(&mut out, a, &analysis)).and_then(|()| writeln!(out));
        if let Err(e) = written {
            return write_failed(&e);
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(&e),
    }
}

/// The end of a failed write to standard output, with code 1: quiet for a reader that closed
/// the pipe early, as `cat` is; said for anything else (a full disk), which would otherwise
/// leave a cut file and no word why.
fn write_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return ExitCode::from(1);
    }
    fail(1, &format!("cannot write the output: {e}"))
}

/// Writes `message` to standard error (see [`byline::sanitize::report`]) and gives `code`.
fn fail(code: u8, message: &str) -> ExitCode {
    byline::sanitize::report(message);
    ExitCode::from(code)
}

/// Prints `text` on standard output. A reader that closes the pipe early (`byline --help |
/// head -3`) ends the printing quietly, as it does for `cat`, with code 1 as for `--json`.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(&e),
    }
}
