//! Fetching an article from the web: one GET within time and size limits, redirects followed,
//! gzip undone, and every failure turned into one line that says what went wrong.

use super::{from_bytes, html, Article, Format, LoadError};
use std::time::Duration;
use ureq::ResponseExt;

/// The bounds of one fetch. A reader waiting on a dead server, or a link to a disk image,
/// must fail quickly and clearly rather than hang or fill memory.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Time to resolve the host and open the connection (TLS included).
    pub connect: Duration,
    /// Time for the whole exchange: redirects, headers and body.
    pub total: Duration,
    /// The largest body read, after decompression.
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
            max_bytes: 20_000_000,
            max_redirects: 10,
        }
    }
}

/// A fetched body with what the server said about it.
#[derive(Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, when the server sent one.
    pub content_type: Option<String>,
    /// The URL the body came from, after redirects.
    pub final_url: String,
}

/// Fetches `url` and reads it as an article. `format` overrides what the server and the URL say.
pub fn load(url: &str, format: Option<Format>, limits: &Limits) -> Result<Article, LoadError> {
    let fetched = fetch(url, limits)?;
    let content_type = fetched.content_type.as_deref().unwrap_or("");
    let charset = charset_param(content_type);
    let format = format.unwrap_or_else(|| choose_format(content_type, &fetched.final_url, &fetched.bytes));
    let fallback = fetched.final_url.as_str();
    match format {
        Format::Html => {
            if fetched.bytes.iter().all(|b| b.is_ascii_whitespace()) {
                return Err(LoadError::Empty);
            }
            let article = html::parse_page(&fetched.bytes, charset.as_deref(), Some(&fetched.final_url), fallback)?;
            if article.blocks.is_empty() {
                return Err(LoadError::NoText(Format::Html));
            }
            Ok(article)
        }
        _ => {
            // Text and Markdown are read as UTF-8; a server that names another charset is believed.
            let bytes = match charset.as_deref().and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())) {
                Some(enc) if enc != encoding_rs::UTF_8 => enc.decode(&fetched.bytes).0.into_owned().into_bytes(),
                _ => fetched.bytes,
            };
            from_bytes(bytes, format, fallback)
        }
    }
}

/// Performs the GET. Errors are [`LoadError::Fetch`] with a one-line cause.
pub fn fetch(url: &str, limits: &Limits) -> Result<Fetched, LoadError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(limits.max_redirects)
        .http_status_as_error(false)
        .user_agent(user_agent())
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header("Accept", "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.5")
        .call()
        .map_err(|e| LoadError::Fetch(describe(&e, limits)))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().map(|r| format!(" {r}")).unwrap_or_default();
        return Err(LoadError::Fetch(format!("the server answered {}{reason}", status.as_u16())));
    }
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let content_type = header("content-type");
    if let Some(length) = header("content-length").and_then(|l| l.trim().parse::<u64>().ok()) {
        if length > limits.max_bytes {
            return Err(LoadError::Fetch(too_large(limits)));
        }
    }
    let final_url = response.get_uri().to_string();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| LoadError::Fetch(describe(&e, limits)))?;
    Ok(Fetched { bytes, content_type, final_url })
}

/// Names byline and its version, so that site owners can tell what is fetching their pages.
pub fn user_agent() -> String {
    format!("byline/{} (terminal article reader)", env!("CARGO_PKG_VERSION"))
}

/// One line saying why a fetch failed, in the user's terms.
fn describe(e: &ureq::Error, limits: &Limits) -> String {
    use ureq::Error as E;
    match e {
        E::StatusCode(code) => format!("the server answered {code}"),
        E::HostNotFound => "host not found (DNS lookup failed)".to_string(),
        E::ConnectionFailed => "could not connect to the server".to_string(),
        E::Timeout(which) => match which {
            ureq::Timeout::Connect | ureq::Timeout::Resolve => {
                format!("timed out connecting (after {} s)", limits.connect.as_secs_f32())
            }
            _ => format!("timed out (no complete answer within {} s)", limits.total.as_secs_f32()),
        },
        E::TooManyRedirects => format!("too many redirects (more than {})", limits.max_redirects),
        E::RedirectFailed => "a redirect could not be followed".to_string(),
        E::BodyExceedsLimit(_) => too_large(limits),
        E::BadUri(u) => format!("not a valid URL ({u})"),
        // `https://` with no host, a space in the address: the request could not be made.
        E::Http(cause) => format!("not a valid URL ({})", one_line(&cause.to_string())),
        E::Tls(cause) => format!("TLS error: {cause}"),
        E::Rustls(cause) => format!("TLS error: {cause}"),
        E::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            format!("timed out (no complete answer within {} s)", limits.total.as_secs_f32())
        }
        E::Io(io) => format!("network error: {io}"),
        other => one_line(&other.to_string()),
    }
}

fn too_large(limits: &Limits) -> String {
    format!("too large (byline reads at most {} MB from the web)", limits.max_bytes / 1_000_000)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The server's word first, then the URL's extension, then the content itself. `text/plain`
/// is what many servers say of any text file, so a `.md` URL served as such is Markdown.
fn choose_format(content_type: &str, url: &str, bytes: &[u8]) -> Format {
    match (format_from_content_type(content_type), format_from_url(url)) {
        (Some(Format::Text), Some(Format::Markdown)) => Format::Markdown,
        (Some(format), _) | (None, Some(format)) => format,
        (None, None) => super::source::sniff(bytes),
    }
}

/// The format a `Content-Type` names; `None` for types that say nothing useful.
pub fn format_from_content_type(content_type: &str) -> Option<Format> {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Format::Html),
        "text/markdown" | "text/x-markdown" => Some(Format::Markdown),
        "text/plain" => Some(Format::Text),
        _ => None,
    }
}

/// The format a URL's path extension names, when it names one byline knows.
pub fn format_from_url(url: &str) -> Option<Format> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let path = path.split_once('/').map_or("", |(_, p)| p);
    Format::from_path(path)
}

/// The `charset` parameter of a `Content-Type`.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        (name.trim().eq_ignore_ascii_case("charset")).then(|| value.trim().trim_matches(['"', '\'']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_decides_the_format() {
        assert_eq!(format_from_content_type("text/html; charset=utf-8"), Some(Format::Html));
        assert_eq!(format_from_content_type("Text/Markdown"), Some(Format::Markdown));
        assert_eq!(format_from_content_type("text/plain"), Some(Format::Text));
        assert_eq!(format_from_content_type("application/octet-stream"), None);
    }

    #[test]
    fn markdown_served_as_plain_text_is_markdown() {
        assert_eq!(choose_format("text/plain; charset=utf-8", "https://x.org/README.md", b"# T"), Format::Markdown);
        assert_eq!(choose_format("text/plain", "https://x.org/notes.txt", b"# T"), Format::Text);
        assert_eq!(choose_format("text/html", "https://x.org/a.md", b"<p>"), Format::Html);
        assert_eq!(choose_format("", "https://x.org/a", b"<!DOCTYPE html><p>"), Format::Html);
        assert_eq!(choose_format("application/octet-stream", "https://x.org/a.htm", b"x"), Format::Html);
    }

    #[test]
    fn url_extension_is_the_second_clue() {
        assert_eq!(format_from_url("https://x.org/notes/a.md?raw=1"), Some(Format::Markdown));
        assert_eq!(format_from_url("https://x.org/story.HTML#top"), Some(Format::Html));
        assert_eq!(format_from_url("https://x.org/story"), None);
        assert_eq!(format_from_url("https://x.org.uk/"), None, "a dot in the host is no extension");
    }

    #[test]
    fn charset_parameter_is_found_in_any_case_and_quoting() {
        assert_eq!(charset_param("text/html; Charset=\"windows-1252\""), Some("windows-1252".to_string()));
        assert_eq!(charset_param("text/html"), None);
    }

    #[test]
    fn user_agent_names_byline_and_its_version() {
        assert!(user_agent().starts_with(&format!("byline/{}", env!("CARGO_PKG_VERSION"))));
    }
}
