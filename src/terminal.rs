//! TODO
pub fn run(_a: Vec<crate::article::Article>) -> std::io::Result<()> { Ok(()) }
