//! Fetching from a local HTTP server started inside each test (127.0.0.1 only, never the
//! network): pages, redirects, errors, slow answers and oversized bodies.

use byline::article::fetch::{self, Limits};
use byline::article::source::Source;
use byline::article::LoadError;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

const PAGE: &str = "<!DOCTYPE html><html><head><title>Tide tables - Shore Weekly</title>\
<meta property=\"og:site_name\" content=\"Shore Weekly\"><meta name=\"author\" content=\"Ada Brandt\"></head>\
<body><nav><a href=/>Home</a></nav><article><h1>Tide tables</h1>\
<p>The spring tides this month will be the highest of the year, the harbour master warned on Monday, \
and boats moored on the inner wall should be moved before the weekend.</p>\
<p>Low water on Saturday falls just after noon, which leaves the causeway open for most of the afternoon.</p>\
</article></body></html>";

/// Serves a fixed set of paths until the test process ends. Each connection gets one answer.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local address");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread::spawn(move || answer(stream));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream) {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request).into_owned();
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let agent = request
        .lines()
        .find_map(|l| l.strip_prefix("user-agent: ").or_else(|| l.strip_prefix("User-Agent: ")))
        .unwrap_or("")
        .to_string();
    let respond = |stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]| {
        let head = format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/page" => respond(&mut stream, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE.as_bytes()),
        "/agent" => respond(&mut stream, "200 OK", "Content-Type: text/plain\r\n", agent.as_bytes()),
        "/moved" => respond(&mut stream, "301 Moved Permanently", "Location: /page\r\n", b""),
        "/loop" => respond(&mut stream, "302 Found", "Location: /loop\r\n", b""),
        "/cp1252" => {
            let body: Vec<u8> =
                b"<html><body><article><p>The caf\xe9 owner, Ren\xe9e, said the \x93new\x94 menu was ready \
and that the terrace would open again on the first warm day of spring, as it always had.</p></article></body></html>"
                    .to_vec();
            respond(&mut stream, "200 OK", "Content-Type: text/html; charset=windows-1252\r\n", &body)
        }
        "/gzipped" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            let _ = gz.write_all(PAGE.as_bytes());
            let body = gz.finish().unwrap_or_default();
            let gzip_accepted = request.to_ascii_lowercase().contains("accept-encoding: gzip");
            let (status, headers) = if gzip_accepted {
                ("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n")
            } else {
                ("406 Not Acceptable", "")
            };
            respond(&mut stream, status, headers, &body)
        }
        "/notes" => respond(&mut stream, "200 OK", "Content-Type: text/markdown\r\n", b"# Notes\n\nBuy *rope*.\n"),
        "/slow" => {
            thread::sleep(Duration::from_secs(5));
            respond(&mut stream, "200 OK", "Content-Type: text/plain\r\n", b"too late");
        }
        "/declared-huge" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 900000000\r\n\r\n";
            let _ = stream.write_all(head.as_bytes());
        }
        "/streamed-huge" => {
            // No length announced: the limit must stop the reading itself.
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..64 {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
        }
        _ => respond(&mut stream, "404 Not Found", "Content-Type: text/plain\r\n", b"no such page"),
    }
}

fn quick() -> Limits {
    Limits { connect: Duration::from_secs(2), total: Duration::from_secs(1), max_bytes: 1_000_000, max_redirects: 10 }
}

fn fetch_error(url: &str, limits: &Limits) -> String {
    match fetch::load(url, None, limits) {
        Err(LoadError::Fetch(cause)) => cause,
        other => panic!("expected a fetch error for {url}, got {other:?}"),
    }
}

#[test]
fn page_is_fetched_and_read_as_html() {
    let base = serve();
    let a = fetch::load(&format!("{base}/page"), None, &quick()).unwrap();
    assert!(a.text.contains("spring tides"));
    assert!(!a.text.contains("Home"));
    assert_eq!(a.byline.as_deref(), Some("Ada Brandt"));
    assert_eq!(a.site.as_deref(), Some("Shore Weekly"));
}

#[test]
fn gzip_bodies_are_asked_for_and_undone() {
    let base = serve();
    let a = fetch::load(&format!("{base}/gzipped"), None, &quick()).unwrap();
    assert!(a.text.contains("spring tides"));
}

#[test]
fn redirects_are_followed_within_a_limit() {
    let base = serve();
    let a = fetch::load(&format!("{base}/moved"), None, &quick()).unwrap();
    assert!(a.text.contains("spring tides"));
    assert!(fetch_error(&format!("{base}/loop"), &quick()).contains("too many redirects"));
}

#[test]
fn status_errors_name_the_code() {
    let base = serve();
    assert_eq!(fetch_error(&format!("{base}/gone"), &quick()), "the server answered 404 Not Found");
}

#[test]
fn slow_server_times_out_quickly() {
    let base = serve();
    let started = Instant::now();
    let cause = fetch_error(&format!("{base}/slow"), &quick());
    assert!(cause.contains("timed out"), "{cause}");
    assert!(started.elapsed() < Duration::from_secs(4), "took {:?}", started.elapsed());
}

#[test]
fn oversized_bodies_are_refused() {
    let base = serve();
    assert!(fetch_error(&format!("{base}/declared-huge"), &quick()).contains("too large"));
    assert!(fetch_error(&format!("{base}/streamed-huge"), &quick()).contains("too large"));
}

#[test]
fn http_charset_decodes_the_page() {
    let base = serve();
    let a = fetch::load(&format!("{base}/cp1252"), None, &quick()).unwrap();
    assert!(a.text.contains("The café owner, Renée, said the “new” menu"), "{}", a.text);
}

#[test]
fn content_type_decides_the_format_and_the_user_can_override_it() {
    let base = serve();
    let md = fetch::load(&format!("{base}/notes"), None, &quick()).unwrap();
    assert_eq!(md.text, "Notes\n\nBuy rope.");
    let raw = fetch::load(&format!("{base}/notes"), Some(byline::article::Format::Text), &quick()).unwrap();
    assert_eq!(raw.text, "# Notes\n\nBuy *rope*.\n");
}

#[test]
fn user_agent_names_byline() {
    let base = serve();
    let a = fetch::load(&format!("{base}/agent"), None, &quick()).unwrap();
    assert_eq!(a.text, fetch::user_agent());
}

#[test]
fn refused_connection_is_one_line() {
    // Bind then drop a listener: its port is very likely closed now.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cause = fetch_error(&format!("http://127.0.0.1:{port}/x"), &quick());
    assert!(!cause.contains('\n') && !cause.is_empty(), "{cause}");
}

#[test]
fn url_source_loads_through_the_same_path() {
    let base = serve();
    let a = Source::from_arg(&format!("{base}/page")).load(None).unwrap();
    assert!(a.text.contains("causeway"));
}

#[test]
fn binary_prints_json_for_a_url_and_one_line_errors() {
    let base = serve();
    let ok = Command::new(env!("CARGO_BIN_EXE_byline")).args(["--json", &format!("{base}/page")]).output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let json: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(json["site"], "Shore Weekly");

    let url = format!("{base}/missing");
    let bad = Command::new(env!("CARGO_BIN_EXE_byline")).args(["--json", &url]).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(stderr, format!("byline: {url}: the server answered 404 Not Found\n"));
}

#[test]
fn an_address_with_no_host_is_no_valid_url() {
    for url in ["https://", "http://a b/"] {
        let cause = fetch_error(url, &quick());
        assert!(cause.starts_with("not a valid URL"), "{url}: {cause}");
    }
}
