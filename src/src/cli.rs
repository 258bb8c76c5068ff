//! Command-line arguments.

use crate::article::source::Source;
use crate::article::Format;

/// What the user asked for on the command line.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub sources: Vec<Source>,
    pub json: bool,
    pub format: Option<Format>,
    pub no_state: bool,
    pub print_config: bool,
}

/// What to do after reading the arguments.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run(Options),
    Help,
    Version,
}

pub const USAGE: &str = "\
byline: read an article in the terminal, with its people and quotations beside it

Usage: byline [OPTIONS] [FILE | URL | -]...

  FILE           a .txt, .md or .html file (several may be given)
  URL            an http:// or https:// page
  -              standard input (also read when it is a pipe and no FILE is given)
                 with no argument at all, byline opens its bundled sample article

Options:
  --json         print the analysis as JSON on standard output instead of opening the reader
  --format F     read the input as F: txt, md or html (default: from the name or content)
  --no-state     neither restore nor save the reading position
  --print-config print the default configuration, with comments
  -h, --help     print this help
  -V, --version  print the version

In the reader, press ? for the keys.";

/// Parses arguments (without the program name). Errors are one line for the user.
pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Command, String> {
    let mut opts = Options { sources: Vec::new(), json: false, format: None, no_state: false, print_config: false };
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            opts.sources.push(Source::from_arg(&arg));
            continue;
        }
        match arg.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => opts.json = true,
            "--no-state" => opts.no_state = true,
            "--print-config" => opts.print_config = true,
            "--format" => {
                let value = args.next().ok_or("--format needs a value: txt, md or html")?;
                opts.format = Some(parse_format(&value)?);
            }
            _ => match arg.strip_prefix("--format=") {
                Some(value) => opts.format = Some(parse_format(value)?),
                None => return Err(format!("unknown option {arg} (see byline --help)")),
            },
        }
    }
    Ok(Command::Run(opts))
}

fn parse_format(value: &str) -> Result<Format, String> {
    Format::parse(value).ok_or_else(|| format!("unknown format {value:?}: use txt, md or html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(|s| s.to_string()))? {
            Command::Run(o) => Ok(o),
            other => panic!("expected Run, got {other:?}"),
        }
    }

    #[test]
    fn files_urls_and_stdin() {
        let o = run(&["a.txt", "https://x.org/p", "-"]).unwrap();
        assert_eq!(o.sources, vec![Source::File("a.txt".into()), Source::Url("https://x.org/p".into()), Source::Stdin]);
    }

    #[test]
    fn options() {
        let o = run(&["--json", "--format", "md", "--no-state", "x"]).unwrap();
        assert!(o.json && o.no_state);
        assert_eq!(o.format, Some(Format::Markdown));
        assert_eq!(run(&["--format=html"]).unwrap().format, Some(Format::Html));
    }

    #[test]
    fn bad_options_are_one_line_errors() {
        assert!(run(&["--bogus"]).unwrap_err().contains("--bogus"));
        assert!(run(&["--format", "pdf"]).unwrap_err().contains("pdf"));
        assert!(run(&["--format"]).is_err());
    }

    #[test]
    fn double_dash_ends_options() {
        assert_eq!(run(&["--", "--json"]).unwrap().sources, vec![Source::File("--json".into())]);
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse(["-h".to_string()]), Ok(Command::Help));
        assert_eq!(parse(["--version".to_string()]), Ok(Command::Version));
    }
}
