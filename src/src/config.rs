//! The user's settings: `config.toml` in the platform's config directory
//! (`$XDG_CONFIG_HOME/byline/config.toml` on Linux). Every setting is optional; a file with an
//! unknown key, a wrong type, a bad value or keys that clash is an error that names the file,
//! line and key.

use crate::app::action::{key_label, parse_key, Action, Keymap, KEYMAP};
use crate::ui::Theme;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The top-level settings with their defaults and comments, as `--print-config` prints them
/// ([`Config::default`] must read the same: a test checks).
const TOP_LEVEL: &str = r##"# byline configuration: copy to the path below and change what you like.
# Every setting is optional; these are the defaults.

# "dark" or "light": the built-in colours for a dark or a light terminal background.
# NO_COLOR set in the environment turns colour off whatever this says.
theme = "dark"

# The widest the text column gets, in columns.
reading_width = 80

# The sidebar (people and quotes): its side, its width, and whether it is shown on start:
# "auto" shows it when the terminal is at least 100 columns wide.
sidebar_side = "right"        # or "left"
sidebar_width = 36
sidebar_on_start = "auto"     # or "always" / "never"

# The mouse wheel scrolls the text. While byline has the mouse, most terminals select text
# with Shift held; false leaves the mouse to the terminal (plain selection, no wheel).
mouse = true
"##;

/// A colour setting: its name, what it colours, and which colour of which theme style
/// [`Config::theme`] sets with it (a test holds the two to agree), so that the printed
/// default is read from the theme the reader draws with.
struct ColorSetting {
    name: &'static str,
    what: &'static str,
    style: fn(&Theme) -> Style,
    background: bool,
}

const COLOR_SETTINGS: [ColorSetting; 6] = [
    ColorSetting { name: "text", what: "the text", style: |t| t.text, background: false },
    ColorSetting { name: "quote", what: "quotations", style: |t| t.quote, background: false },
    ColorSetting { name: "mention", what: "the selected person's mentions", style: |t| t.mention, background: false },
    ColorSetting { name: "search", what: "search matches' background", style: |t| t.search, background: true },
    ColorSetting { name: "sidebar", what: "the sidebar's entries", style: |t| t.sidebar_item, background: false },
    ColorSetting { name: "status", what: "the status line's background", style: |t| t.status, background: true },
];

/// The colour names a config may use, and how a colour is printed back.
const COLOR_NAMES: [(&str, Color); 16] = [
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("darkgray", Color::DarkGray),
    ("lightred", Color::LightRed),
    ("lightgreen", Color::LightGreen),
    ("lightyellow", Color::LightYellow),
    ("lightblue", Color::LightBlue),
    ("lightmagenta", Color::LightMagenta),
    ("lightcyan", Color::LightCyan),
    ("white", Color::White),
];

/// The defaults, with comments: what `byline --print-config` prints. Colours and keys are
/// read from the themes and the key table the reader uses, so what is printed is what runs.
pub fn default_config() -> String {
    format!("{TOP_LEVEL}\n{}\n{}", colors_section(), keys_section())
}

/// `[colors]`: each setting with the dark theme's default (and the light theme's where it
/// differs). A default that is no colour (reverse video) is said in words, not as a value.
fn colors_section() -> String {
    let names: Vec<&str> = COLOR_NAMES.iter().map(|(n, _)| *n).collect();
    let names: Vec<String> = names.chunks(8).map(|line| format!("#   {}", line.join(", "))).collect();
    let mut out = format!(
        "# Colours over the theme's: a 256-colour index (\"208\"), \"#rrggbb\" or a name:\n{}\n\
         # Unset, each is the theme's own: shown for the dark theme, and for the light one where\n\
         # it differs.\n[colors]\n",
        names.join(",\n")
    );
    let (dark, light) = (Theme::dark(), Theme::light());
    for setting in &COLOR_SETTINGS {
        let (on_dark, on_light) = (setting.default_in(&dark), setting.default_in(&light));
        let value = match &on_dark {
            Ok(colour) => format!("{} = \"{colour}\"", setting.name),
            Err(words) => format!("{}: {words}", setting.name),
        };
        let light_note = match on_light {
            _ if on_light == on_dark => String::new(),
            Ok(colour) => format!(" (light theme: \"{colour}\")"),
            Err(words) => format!(" (light theme: {words})"),
        };
        out.push_str(&format!("# {value:<34} # {}{light_note}\n", setting.what));
    }
    out
}

impl ColorSetting {
    /// The colour this setting has in `theme`, or in words why it has none.
    fn default_in(&self, theme: &Theme) -> Result<String, &'static str> {
        let style = (self.style)(theme);
        match if self.background { style.bg } else { style.fg } {
            Some(colour) => Ok(color_name(colour)),
            None if style.add_modifier.contains(Modifier::REVERSED) => Err("reverse video"),
            None => Err("the terminal's own colour"),
        }
    }
}

/// `[keys]`: every action with its default keys, written as a config writes them.
fn keys_section() -> String {
    let mut out = String::from(
        "# Keys: an action and the keys that do it, replacing its default keys (a key listed here is\n\
         # taken from the action that had it). A key does one thing; every action keeps a key.\n\
         # Keys are written like \"j\", \"G\", \"Ctrl-d\", \"Alt-x\", \"Down\", \"PgDn\", \"Space\", \"Enter\",\n\
         # \"Esc\", \"Tab\", \"Home\", \"F1\".\n[keys]\n",
    );
    for binding in KEYMAP {
        let keys: Vec<String> = binding.keys.iter().map(|&k| format!("{:?}", key_name(k))).collect();
        let line = format!("{} = [{}]", binding.name, keys.join(", "));
        out.push_str(&format!("# {line:<40} # {}\n", binding.help));
    }
    out
}

/// A key as the config file writes it: as the help shows it, but arrows by name, which
/// anyone can type.
fn key_name(key: KeyEvent) -> String {
    match key.code {
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        _ => key_label(key),
    }
}

/// A colour as the config file writes it.
fn color_name(colour: Color) -> String {
    match colour {
        Color::Indexed(i) => i.to_string(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        named => COLOR_NAMES
            .iter()
            .find(|(_, c)| *c == named)
            .map_or_else(|| format!("{named}").to_lowercase(), |(n, _)| n.to_string()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    #[default]
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SidebarStart {
    #[default]
    Auto,
    Always,
    Never,
}

/// Colour overrides, as written in the file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    pub text: Option<String>,
    pub quote: Option<String>,
    pub mention: Option<String>,
    pub search: Option<String>,
    pub sidebar: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub theme: ThemeName,
    pub reading_width: u16,
    pub sidebar_side: Side,
    pub sidebar_width: u16,
    pub sidebar_on_start: SidebarStart,
    pub mouse: bool,
    pub colors: Colors,
    pub keys: BTreeMap<String, Vec<String>>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: ThemeName::Dark,
            reading_width: 80,
            sidebar_side: Side::Right,
            sidebar_width: 36,
            sidebar_on_start: SidebarStart::Auto,
            mouse: true,
            colors: Colors::default(),
            keys: BTreeMap::new(),
        }
    }
}

impl Config {
    /// The theme this config asks for, with its colour overrides; monochrome when `no_color`
    /// (the `NO_COLOR` variable is set to anything non-empty), whatever the config says.
    pub fn theme(&self, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        let mut theme = match self.theme {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
        };
        let c = &self.colors;
        let color = |v: &Option<String>| v.as_deref().and_then(parse_color);
        if let Some(col) = color(&c.text) {
            theme.text = theme.text.fg(col);
        }
        if let Some(col) = color(&c.quote) {
            theme.quote = theme.quote.fg(col);
        }
        if let Some(col) = color(&c.mention) {
            theme.mention = theme.mention.fg(col);
        }
        if let Some(col) = color(&c.search) {
            theme.search = theme.search.bg(col);
        }
        if let Some(col) = color(&c.sidebar) {
            theme.sidebar_item = theme.sidebar_item.fg(col);
        }
        if let Some(col) = color(&c.status) {
            theme.status = Style::new().bg(col).fg(Color::Black);
        }
        theme
    }
}

/// The config file's path on this platform.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config at `path`; a missing file gives the defaults.
pub fn load(path: &Path) -> Result<Config, String> {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    parse(&source).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses and checks a config. Errors are one line: "line N: key: what is wrong".
pub fn parse(source: &str) -> Result<Config, String> {
    let config: Config = toml::from_str(source).map_err(|e| {
        let line = e.span().map(|s| line_of(source, s.start));
        let message = e.message().replace('\n', " ");
        match line {
            Some(l) => match key_on_line(source, l).filter(|k| !message.contains(k.as_str())) {
                Some(key) => format!("line {l}: {key}: {message}"),
                None => format!("line {l}: {message}"),
            },
            None => message,
        }
    })?;
    let at = |key: &str| at_line(source, None, key);
    if !(20..=1000).contains(&config.reading_width) {
        return Err(format!("{}reading_width: must be between 20 and 1000", at("reading_width")));
    }
    if !(16..=120).contains(&config.sidebar_width) {
        return Err(format!("{}sidebar_width: must be between 16 and 120", at("sidebar_width")));
    }
    for (name, value) in config.colors.entries() {
        if let Some(v) = value {
            let at = at_line(source, Some("colors"), name);
            parse_color(v).ok_or_else(|| format!("{at}colors.{name}: unknown colour {v:?}"))?;
        }
    }
    check_keys(source, &config.keys)?;
    Ok(config)
}

/// Checks `[keys]`: every action and key exists, a key does one thing, and every action keeps
/// a key. The reader takes a key given to an action from whichever action had it, so two
/// actions listing the same key would leave one of them silently without it, and an action
/// left with no key could not be done at all (`quit`) and would show in the help with none.
fn check_keys(source: &str, keys: &BTreeMap<String, Vec<String>>) -> Result<(), String> {
    let at = |action: &str| at_line(source, Some("keys"), action);
    for (action, list) in keys {
        Action::from_name(action).ok_or_else(|| format!("{}keys.{action}: no such action", at(action)))?;
        for k in list {
            parse_key(k).ok_or_else(|| format!("{}keys.{action}: unknown key {k:?}", at(action)))?;
        }
    }
    // Judged on the keymap the reader will build, so that "G" and "Shift-G" are one key there
    // as here.
    let keymap = Keymap::with_overrides(keys);
    check_clashes(source, keys, &keymap)?;
    check_none_left_out(source, keys, &keymap)
}

/// A key listed for two actions ends up doing only one of them: the other is named.
fn check_clashes(source: &str, keys: &BTreeMap<String, Vec<String>>, keymap: &Keymap) -> Result<(), String> {
    for (action, list) in keys {
        for k in list {
            let taker = parse_key(k).and_then(|key| keymap.action_for(key)).map_or("", action_name);
            if taker != action {
                let line = find_line(source, Some("keys"), taker).map_or_else(String::new, |l| format!(" (line {l})"));
                let at = at_line(source, Some("keys"), action);
                return Err(format!(
                    "{at}keys.{action}: {k:?} is also given to {taker}{line}: a key can do only one thing"
                ));
            }
        }
    }
    Ok(())
}

/// An action whose list is empty, or whose default keys all went to other actions.
fn check_none_left_out(source: &str, keys: &BTreeMap<String, Vec<String>>, keymap: &Keymap) -> Result<(), String> {
    for binding in KEYMAP {
        let given = keys.get(binding.name);
        let candidates: Vec<_> = match given {
            Some(list) => list.iter().filter_map(|k| parse_key(k)).collect(),
            None => binding.keys.to_vec(),
        };
        if candidates.iter().any(|&k| keymap.action_for(k) == Some(binding.action)) {
            continue;
        }
        let name = binding.name;
        let at = |action: &str| at_line(source, Some("keys"), action);
        return Err(match candidates.first().and_then(|&k| keymap.action_for(k)).map(action_name) {
            Some(taker) if given.is_none() => {
                let taken: Vec<_> = candidates
                    .iter()
                    .filter(|&&k| keymap.action_for(k).map(action_name) == Some(taker))
                    .map(|&k| key_label(k))
                    .collect();
                let taken = taken.join(", ");
                format!("{}keys.{taker}: takes {taken} from {name}, which is left with no key: give {name} a key of its own", at(taker))
            }
            _ => format!("{}keys.{name}: an empty list: every action needs at least one key", at(name)),
        });
    }
    Ok(())
}

/// The name the config file gives an action.
fn action_name(action: Action) -> &'static str {
    KEYMAP.iter().find(|b| b.action == action).map_or("", |b| b.name)
}

impl Colors {
    pub fn entries(&self) -> [(&'static str, &Option<String>); 6] {
        [
            ("text", &self.text),
            ("quote", &self.quote),
            ("mention", &self.mention),
            ("search", &self.search),
            ("sidebar", &self.sidebar),
            ("status", &self.status),
        ]
    }
}

/// A colour by name, 256-colour index or `#rrggbb`.
pub fn parse_color(s: &str) -> Option<Color> {
    let s = s.trim().to_ascii_lowercase();
    if let Some(hex) = s.strip_prefix('#') {
        if hex.len() == 6 {
            let n = u32::from_str_radix(hex, 16).ok()?;
            return Some(Color::Rgb((n >> 16) as u8, (n >> 8) as u8, n as u8));
        }
        return None;
    }
    if let Ok(i) = s.parse::<u8>() {
        return Some(Color::Indexed(i));
    }
    let name = s.replace(['-', '_', ' '], "").replace("grey", "gray");
    COLOR_NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

/// The key set on line `n` (1-based), with its table (`keys.quit`), if the line sets one.
fn key_on_line(source: &str, n: usize) -> Option<String> {
    let lines: Vec<&str> = source.lines().take(n).collect();
    let (key, _) = lines.get(n.checked_sub(1)?)?.split_once('=')?;
    let key = key.trim().trim_matches('"');
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c)) {
        return None;
    }
    let table = lines.iter().rev().find_map(|l| l.trim().strip_prefix('[')?.strip_suffix(']'));
    Some(table.map_or_else(|| key.to_string(), |t| format!("{}.{key}", t.trim())))
}

/// "line N: " where `key` is set in `section`, or nothing when it cannot be found.
fn at_line(source: &str, section: Option<&str>, key: &str) -> String {
    find_line(source, section, key).map_or_else(String::new, |l| format!("line {l}: "))
}

/// The line where `key` is set in the table `[section]` (`None`: before any table), for
/// messages about its value. The section matters: `search` is both a colour and an action.
fn find_line(source: &str, section: Option<&str>, key: &str) -> Option<usize> {
    let mut current = None;
    for (i, line) in source.lines().enumerate() {
        let line = line.trim_start();
        if let Some(header) = line.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
            current = Some(header.0.trim());
        } else if current == section && line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            return Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_defaults_parse_to_the_defaults() {
        assert_eq!(parse(&default_config()).unwrap(), Config::default());
    }

    /// The colours the printed line of a colour setting gives as the dark and the light
    /// theme's defaults (`None`: no colour).
    fn printed_colours(name: &str) -> [Option<String>; 2] {
        let printed = default_config();
        let section = &printed[printed.find("[colors]").unwrap()..printed.find("[keys]").unwrap()];
        let line = section
            .lines()
            .find(|l| {
                l.strip_prefix("# ")
                    .and_then(|l| l.strip_prefix(name))
                    .is_some_and(|rest| rest.starts_with([' ', ':', '=']))
            })
            .unwrap_or_else(|| panic!("no line for {name}"));
        let quoted = |part: &str| part.split('"').nth(1).map(str::to_string);
        match line.split_once("(light theme:") {
            Some((dark, light)) => [quoted(dark), quoted(light)],
            None => [quoted(line), quoted(line)],
        }
    }

    #[test]
    fn printed_colour_defaults_are_what_the_themes_use() {
        for (theme_name, index) in [(ThemeName::Dark, 0), (ThemeName::Light, 1)] {
            let base = Config { theme: theme_name, ..Config::default() };
            let theme = base.theme(false);
            for (name, _) in Colors::default().entries() {
                let printed = printed_colours(name);
                let with = |value: &str| {
                    let mut config = base.clone();
                    let colors = toml::from_str(&format!("{name} = {value:?}")).unwrap();
                    config.colors = colors;
                    config.theme(false)
                };
                match &printed[index] {
                    // Setting the printed default changes nothing.
                    Some(value) => assert_eq!(with(value), theme, "{theme_name:?} {name} = {value:?}"),
                    // No colour is the default: every colour changes something.
                    None => {
                        for (colour, _) in COLOR_NAMES {
                            assert_ne!(with(colour), theme, "{theme_name:?} {name}: {colour} is the default");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn printed_keys_are_the_keys_in_force() {
        let printed = default_config();
        let keys = &printed[printed.find("[keys]").unwrap()..];
        let uncommented: String = keys
            .lines()
            .map(|l| l.strip_prefix("# ").filter(|l| l.contains(" = [")).unwrap_or(l))
            .map(|l| format!("{l}\n"))
            .collect();
        let config = parse(&uncommented).unwrap();
        assert_eq!(config.keys.len(), KEYMAP.len());
        let (printed_map, default_map) = (Keymap::with_overrides(&config.keys), Keymap::default());
        for binding in KEYMAP {
            for &k in binding.keys {
                assert_eq!(printed_map.action_for(k), default_map.action_for(k), "{k:?}");
            }
            for k in &config.keys[binding.name] {
                assert_eq!(printed_map.action_for(parse_key(k).unwrap()), Some(binding.action), "{k}");
            }
        }
    }

    #[test]
    fn settings_are_read() {
        let c = parse("theme = \"light\"\nreading_width = 100\nsidebar_side = \"left\"\n[colors]\nquote = \"#ff8800\"\n[keys]\nquit = [\"x\", \"Ctrl-q\"]\n").unwrap();
        assert_eq!(c.theme, ThemeName::Light);
        assert_eq!(c.reading_width, 100);
        assert_eq!(c.sidebar_side, Side::Left);
        assert_eq!(c.keys["quit"], ["x", "Ctrl-q"]);
    }

    #[test]
    fn unknown_keys_name_the_line_and_key() {
        let e = parse("theme = \"dark\"\nfont = \"x\"\n").unwrap_err();
        assert!(e.starts_with("line 2:") && e.contains("font"), "{e}");
        assert!(!e.contains('\n'));
    }

    #[test]
    fn wrong_types_and_values_are_errors() {
        assert!(parse("reading_width = \"wide\"\n").unwrap_err().contains("line 1"));
        assert!(parse("theme = \"pink\"\n").unwrap_err().contains("line 1"));
        // The key is named even where the parser's message leaves it out.
        assert!(parse("reading_width = -5\n").unwrap_err().starts_with("line 1: reading_width: "));
        assert!(parse("theme = \"blue\"\n").unwrap_err().starts_with("line 1: theme: "));
        assert!(parse("\n[keys]\nquit = \"q\"\n").unwrap_err().starts_with("line 3: keys.quit: "));
        let e = parse("\nreading_width = 5\n").unwrap_err();
        assert!(e.starts_with("line 2: reading_width"), "{e}");
        let e = parse("[colors]\nquote = \"plaid\"\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("colors.quote"), "{e}");
        let e = parse("[keys]\nfly = [\"f\"]\n").unwrap_err();
        assert!(e.contains("keys.fly"), "{e}");
        let e = parse("[keys]\nquit = [\"Hyper-q\"]\n").unwrap_err();
        assert!(e.contains("Hyper-q"), "{e}");
    }

    #[test]
    fn a_key_given_to_two_actions_names_the_key_both_actions_and_lines() {
        let e = parse("[keys]\nquit = [\"x\"]\ndown = [\"x\", \"Down\"]\n").unwrap_err();
        assert_eq!(e, "line 3: keys.down: \"x\" is also given to quit (line 2): a key can do only one thing");
        // The same key written two ways is still one key.
        let e = parse("[keys]\nlast = [\"G\"]\nfirst = [\"Shift-G\"]\n").unwrap_err();
        assert!(e.contains("keys.first") && e.contains("last (line 2)"), "{e}");
    }

    #[test]
    fn taking_a_key_from_an_actions_defaults_is_fine_while_it_keeps_one() {
        let c = parse("[keys]\nquit = [\"j\"]\n").unwrap();
        assert_eq!(c.keys["quit"], ["j"]);
    }

    #[test]
    fn an_action_left_with_no_key_is_an_error() {
        let e = parse("theme = \"dark\"\n[keys]\nsuspend = []\n").unwrap_err();
        assert_eq!(e, "line 3: keys.suspend: an empty list: every action needs at least one key");
        let e = parse("[keys]\nhalf_page_down = [\"Ctrl-d\", \"Ctrl-u\"]\n").unwrap_err();
        assert_eq!(e, "line 2: keys.half_page_down: takes Ctrl-u from half_page_up, which is left with no key: give half_page_up a key of its own");
    }

    #[test]
    fn lines_are_found_in_the_right_table() {
        let e = parse("[colors]\nsearch = \"yellow\"\n[keys]\nsearch = [\"Hyper-s\"]\n").unwrap_err();
        assert!(e.starts_with("line 4: keys.search"), "{e}");
    }

    #[test]
    fn colours() {
        assert_eq!(parse_color("LightCyan"), Some(Color::LightCyan));
        assert_eq!(parse_color("208"), Some(Color::Indexed(208)));
        assert_eq!(parse_color("#102030"), Some(Color::Rgb(16, 32, 48)));
        assert_eq!(parse_color("#12"), None);
    }
}
