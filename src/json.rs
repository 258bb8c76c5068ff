//! The `--json` output: the analysis in the shape scripts and the scorer read.

use crate::analyze::Analysis;
use crate::article::Article;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site: Option<&'a str>,
    text: &'a str,
    people: Vec<PersonOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
}

#[derive(Serialize)]
struct PersonOut<'a> {
    name: &'a str,
    aliases: &'a [String],
    mentions: Vec<Span>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

/// Writes an article and its analysis as one JSON object (offsets are UTF-8 byte offsets into
/// `text`, end exclusive). Streamed: a book's JSON is never held in memory whole.
pub fn write_json<W: std::io::Write>(out_writer: W, article: &Article, analysis: &Analysis) -> serde_json::Result<()> {
    let people = analysis
        .people
        .iter()
        .map(|p| PersonOut {
            name: &p.name,
            aliases: &p.aliases,
            mentions: p.mentions.iter().map(|m| Span { start: m.start, end: m.end }).collect(),
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .map(|q| QuoteOut {
            start: q.span.start,
            end: q.span.end,
            text: &article.text[q.span.clone()],
            speaker: q.speaker.map(|i| analysis.people[i].name.as_str()),
        })
        .collect();
    let out = Output {
        title: &article.title,
        byline: article.byline.as_deref(),
        site: article.site.as_deref(),
        text: &article.text,
        people,
        quotes,
    };
    serde_json::to_writer(out_writer, &out)
}
