//! Fetching a web page: a timeout on connecting and on the whole transfer, a size limit,
//! redirects followed (at most ten), gzip, and a User-Agent that names byline. Every failure is
//! one line that names the URL and the cause.

use super::{from_bytes, html, Article, Format, LoadError};
use std::time::Duration;

/// Limits on one fetch.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    pub total: Duration,
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { connect: Duration::from_secs(10), total: Duration::from_secs(30), max_bytes: 20 * 1024 * 1024 }
    }
}

const USER_AGENT: &str = concat!("byline/", env!("CARGO_PKG_VERSION"), " (terminal article reader)");

/// A fetched body with what the server said of it.
pub struct Page {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
}

/// Fetches `url`.
pub fn get(url: &str, limits: Limits) -> Result<Page, LoadError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(10)
        .user_agent(USER_AGENT)
        .build()
        .into();
    let fail = |cause: String| LoadError::Fetch(format!("cannot fetch {url}: {cause}"));
    let mut response = agent.get(url).call().map_err(|e| fail(describe(&e, limits)))?;
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_string);
    let bytes = response.body_mut().with_config().limit(limits.max_bytes).read_to_vec().map_err(|e| fail(describe(&e, limits)))?;
    Ok(Page { bytes, content_type })
}

/// Fetches and parses `url`. `format` overrides what the server's Content-Type and the URL's
/// extension suggest.
pub fn load(url: &str, format: Option<Format>, limits: Limits) -> Result<Article, LoadError> {
    let page = get(url, limits)?;
    let mime = page.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    let charset = mime.split(';').find_map(|p| p.trim().strip_prefix("charset=")).map(|c| c.trim_matches('"').to_string());
    let format = format.unwrap_or_else(|| {
        if mime.contains("html") {
            Format::Html
        } else if mime.contains("markdown") {
            Format::Markdown
        } else if mime.starts_with("text/plain") {
            Format::from_path(url.split(['?', '#']).next().unwrap_or(url))
        } else {
            match Format::from_path(url.split(['?', '#']).next().unwrap_or(url)) {
                Format::Text => Format::sniff(&page.bytes),
                f => f,
            }
        }
    });
    let fallback = url.trim_end_matches('/').rsplit('/').next().unwrap_or(url);
    match (format, charset) {
        (Format::Html, charset) => html::parse(&page.bytes, fallback, charset.as_deref()),
        (_, Some(cs)) if !cs.eq_ignore_ascii_case("utf-8") => from_bytes(html::decode(&page.bytes, Some(&cs)).into_bytes(), format, fallback),
        _ => from_bytes(page.bytes, format, fallback),
    }
}

/// The cause of a failed fetch, in words.
fn describe(e: &ureq::Error, limits: Limits) -> String {
    match e {
        ureq::Error::StatusCode(code) => format!("the server answered {code}"),
        ureq::Error::Timeout(_) => format!("timed out (after {:.1} s to connect or {:.1} s in all)", limits.connect.as_secs_f32(), limits.total.as_secs_f32()),
        ureq::Error::HostNotFound => "host not found (DNS)".to_string(),
        ureq::Error::ConnectionFailed => "could not connect".to_string(),
        ureq::Error::TooManyRedirects => "too many redirects (more than 10)".to_string(),
        ureq::Error::BodyExceedsLimit(_) => format!("the page is too large (over {} MB)", limits.max_bytes / (1024 * 1024)),
        ureq::Error::Tls(m) => format!("TLS error: {m}"),
        ureq::Error::Rustls(r) => format!("TLS error: {r}"),
        ureq::Error::Io(io) => format!("network error: {io}"),
        ureq::Error::BadUri(u) => format!("not a valid URL: {u}"),
        other => other.to_string().lines().next().unwrap_or("error").to_string(),
    }
}
