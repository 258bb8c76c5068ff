//! byline: read an article in the terminal, with the people it mentions and the quotations
//! (and who said them) beside it.
//!
//! Data flows one way: [`article`] loads bytes into an [`article::Article`]; [`analyze`] finds
//! people, mentions and quotes as byte spans into its text; [`layout`] wraps the text to a width
//! with every line knowing its byte range; [`app`] holds the reader's state and a pure
//! `update(action)`; [`ui`] only draws that state. The article's text is the single source of
//! truth for positions: everything else is a byte range into it.

pub mod analyze;
pub mod app;
pub mod article;
mod char_bounds;
pub mod cli;
pub mod config;
pub mod json;
pub mod layout;
pub mod sanitize;
pub mod store;
pub mod terminal;
pub mod ui;
pub mod waiting;
