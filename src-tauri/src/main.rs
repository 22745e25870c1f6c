//! Harbour desktop app.
fn main() {}
