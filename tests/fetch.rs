//! Fetching pages from a local HTTP server (127.0.0.1 only): a page, a redirect, a 404, a slow
//! answer, an oversized body and a windows-1252 page; and the binary's handling of each.

use byline::article::fetch::{load, Limits};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;
use std::time::Duration;

const PAGE: &str = "<html><head><title>Harbour Notes</title></head><body><article><h1>Harbour Notes</h1>\
<p>The keepers walked the pier each evening and wrote what they saw in a book that is now very old.</p>\
<p>“We never missed a night,” said Margaret Ellison, who kept the light for forty-one years.</p></article></body></html>";

/// Serves a fixed set of paths on a free local port, for at most `max` connections.
fn serve(max: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(max) {
            let Ok(stream) = stream else { continue };
            std::thread::spawn(move || answer(stream));
        }
    });
    format!("http://{addr}")
}

/// Answers one request.
fn answer(mut stream: std::net::TcpStream) {
    {
        {
            let mut line = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            if reader.read_line(&mut line).is_err() {
                return;
            }
            // Read the headers to their end.
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, headers, body): (&str, String, Vec<u8>) = match path.as_str() {
                "/page" => ("200 OK", "Content-Type: text/html; charset=utf-8\r\n".into(), PAGE.as_bytes().to_vec()),
                "/redirect" => ("302 Found", "Location: /page\r\n".into(), Vec::new()),
                "/loop" => ("302 Found", "Location: /loop\r\n".into(), Vec::new()),
                "/slow" => {
                    std::thread::sleep(Duration::from_millis(1500));
                    ("200 OK", "Content-Type: text/html\r\n".into(), PAGE.as_bytes().to_vec())
                }
                "/huge" => ("200 OK", "Content-Type: text/plain\r\n".into(), vec![b'a'; 300_000]),
                "/cp1252" => {
                    let mut b = b"<html><body><article><p>The caf\xe9 by the harbour served cr\xe8me br\xfbl\xe9e to the keepers, who said it was \x93the best in the county\x94 every single evening.</p></article></body></html>".to_vec();
                    b.shrink_to_fit();
                    ("200 OK", "Content-Type: text/html; charset=windows-1252\r\n".into(), b)
                }
                "/notes.md" => ("200 OK", "Content-Type: text/markdown\r\n".into(), b"# Notes\n\nSome *notes*.\n".to_vec()),
                _ => ("404 Not Found", "Content-Type: text/plain\r\n".into(), b"no".to_vec()),
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(&body);
        }
    }
}

fn quick() -> Limits {
    Limits { connect: Duration::from_secs(2), total: Duration::from_millis(700), max_bytes: 100_000 }
}

#[test]
fn a_page_and_a_redirect() {
    let base = serve(10);
    let a = load(&format!("{base}/page"), None, quick()).unwrap();
    assert_eq!(a.title, "Harbour Notes");
    assert!(a.text.contains("said Margaret Ellison"));
    let b = load(&format!("{base}/redirect"), None, quick()).unwrap();
    assert_eq!(b.text, a.text);
    let md = load(&format!("{base}/notes.md"), None, quick()).unwrap();
    assert_eq!(md.text, "Notes\n\nSome notes.");
}

#[test]
fn errors_name_the_url_and_the_cause() {
    let base = serve(20);
    let err = |path: &str| load(&format!("{base}{path}"), None, quick()).unwrap_err().to_string();
    let e = err("/missing");
    assert!(e.contains("/missing") && e.contains("404"), "{e}");
    assert!(err("/slow").contains("timed out"));
    let e = err("/huge");
    assert!(e.contains("too large"), "{e}");
    assert!(err("/loop").contains("redirect"));
    let e = load("http://127.0.0.1:9/x", None, quick()).unwrap_err().to_string();
    assert!(e.contains("127.0.0.1:9"), "{e}");
}

#[test]
fn the_servers_charset_is_used() {
    let base = serve(5);
    let a = load(&format!("{base}/cp1252"), None, quick()).unwrap();
    assert!(a.text.contains("café by the harbour served crème brûlée"), "{}", a.text);
    assert!(a.text.contains("“the best in the county”"));
}

#[test]
fn the_binary_reads_urls_and_fails_cleanly() {
    let base = serve(10);
    let out = Command::new(env!("CARGO_BIN_EXE_byline")).args(["--json", &format!("{base}/page")]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Harbour Notes");
    assert!(v["quotes"].as_array().unwrap().iter().any(|q| q["speaker"] == "Margaret Ellison"));
    let out = Command::new(env!("CARGO_BIN_EXE_byline")).args(["--json", &format!("{base}/nothing-here")]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("404"));
}

#[test]
fn html_on_stdin_with_json() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["--json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("<!DOCTYPE html>{PAGE}").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Harbour Notes");
    assert!(!v["text"].as_str().unwrap().contains("<p>"));
}
