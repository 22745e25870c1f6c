//! Mutating a text: byte and token edits, line edits and long repeats, as proptest values
//! (so a failure shrinks to a few edits of the shipped file).

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Reads a file of the repository.
pub fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Cases per in-process parser: 10,000, or `HARBOUR_FUZZ_CASES`.
pub fn cases() -> u32 {
    std::env::var("HARBOUR_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// A runner with `cases` cases and a fixed seed (or `HARBOUR_FUZZ_SEED`); failures are not
/// written to regression files (the seed makes every run the same).
pub fn runner(cases: u32) -> TestRunner {
    let seed: u64 = std::env::var("HARBOUR_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x4841_5242_4f55_5221);
    let mut bytes = [0u8; 32];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(&(seed.rotate_left(16 * i as u32)).to_le_bytes());
    }
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// One edit. Positions are taken modulo the text's length.
#[derive(Debug, Clone)]
pub enum Edit {
    /// Remove up to `len` bytes at `at`.
    Delete { at: u32, len: u8 },
    /// Insert one token of the dictionary.
    Insert { at: u32, token: u16 },
    /// Insert one arbitrary byte (the result is made UTF-8 lossily).
    Byte { at: u32, byte: u8 },
    /// Insert a token many times (deep nesting, long chains, huge lines).
    Repeat { at: u32, token: u16, times: u16 },
    /// Duplicate, remove or swap whole lines.
    DuplicateLine { line: u32 },
    /// Remove a line.
    DeleteLine { line: u32 },
    /// Swap two lines.
    SwapLines { a: u32, b: u32 },
    /// Cut the text at `at`.
    Truncate { at: u32 },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<u32>(), 1u8..16).prop_map(|(at, len)| Edit::Delete { at, len }),
        6 => (any::<u32>(), any::<u16>()).prop_map(|(at, token)| Edit::Insert { at, token }),
        2 => (any::<u32>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
        1 => (any::<u32>(), any::<u16>(), 2u16..600)
            .prop_map(|(at, token, times)| Edit::Repeat { at, token, times }),
        2 => any::<u32>().prop_map(|line| Edit::DuplicateLine { line }),
        2 => any::<u32>().prop_map(|line| Edit::DeleteLine { line }),
        2 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
        1 => any::<u32>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// One to six edits.
pub fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..7)
}

/// Tokens worth inserting into any of the formats.
pub const COMMON: &[&str] = &[
    "\n",
    " ",
    "\"",
    "'",
    "\\",
    "=",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    ",",
    ".",
    "#",
    "-",
    "*",
    "$",
    "0",
    "1",
    "-1",
    "1e309",
    "18",
    "2026-02-30",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "ب",
    "ဗမာ",
    "\r\n",
    "\t",
    "\"\"\"",
    "'''",
    "yes",
    "no",
    "true",
    "null",
];

/// Applies `edits` to `base`, drawing tokens from `tokens` (and [`COMMON`]).
pub fn apply(base: &str, edits: &[Edit], tokens: &[&str]) -> String {
    let token = |t: u16| -> &str {
        let all = tokens.len() + COMMON.len();
        let i = usize::from(t) % all.max(1);
        tokens
            .get(i)
            .copied()
            .unwrap_or_else(|| COMMON[i - tokens.len()])
    };
    let mut text: Vec<u8> = base.as_bytes().to_vec();
    let pos = |text: &Vec<u8>, at: u32| (at as usize) % (text.len() + 1);
    for e in edits {
        match *e {
            Edit::Delete { at, len } => {
                let start = pos(&text, at);
                let end = (start + usize::from(len)).min(text.len());
                text.drain(start..end);
            }
            Edit::Insert { at, token: t } => {
                let at = pos(&text, at);
                text.splice(at..at, token(t).bytes());
            }
            Edit::Byte { at, byte } => {
                let at = pos(&text, at);
                text.insert(at, byte);
            }
            Edit::Repeat {
                at,
                token: t,
                times,
            } => {
                let at = pos(&text, at);
                let run = token(t).repeat(usize::from(times));
                text.splice(at..at, run.bytes());
            }
            Edit::DuplicateLine { line } | Edit::DeleteLine { line } => {
                let mut lines = lines_of(&text);
                if lines.is_empty() {
                    continue;
                }
                let i = (line as usize) % lines.len();
                if matches!(e, Edit::DuplicateLine { .. }) {
                    let copy = lines[i].clone();
                    lines.insert(i, copy);
                } else {
                    lines.remove(i);
                }
                text = lines.concat();
            }
            Edit::SwapLines { a, b } => {
                let mut lines = lines_of(&text);
                if lines.is_empty() {
                    continue;
                }
                let n = lines.len();
                lines.swap((a as usize) % n, (b as usize) % n);
                text = lines.concat();
            }
            Edit::Truncate { at } => {
                let at = pos(&text, at);
                text.truncate(at);
            }
        }
    }
    String::from_utf8_lossy(&text).into_owned()
}

fn lines_of(text: &[u8]) -> Vec<Vec<u8>> {
    text.split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// One edit of a binary file (a vault page, a bundle).
#[derive(Debug, Clone)]
pub enum ByteEdit {
    /// XOR one byte with a non-zero mask.
    Flip { at: u32, mask: u8 },
    /// Set a run of bytes to zero.
    Zero { at: u32, len: u16 },
    /// Insert random bytes.
    Insert { at: u32, bytes: Vec<u8> },
    /// Remove a run of bytes.
    Delete { at: u32, len: u16 },
    /// Copy a run of bytes over another place of the same file.
    Copy { from: u32, to: u32, len: u16 },
    /// Cut the file at `at`.
    Truncate { at: u32 },
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        6 => (any::<u32>(), 1u8..=255).prop_map(|(at, mask)| ByteEdit::Flip { at, mask }),
        2 => (any::<u32>(), 1u16..5000).prop_map(|(at, len)| ByteEdit::Zero { at, len }),
        2 => (any::<u32>(), prop::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(at, bytes)| ByteEdit::Insert { at, bytes }),
        2 => (any::<u32>(), 1u16..5000).prop_map(|(at, len)| ByteEdit::Delete { at, len }),
        2 => (any::<u32>(), any::<u32>(), 1u16..5000)
            .prop_map(|(from, to, len)| ByteEdit::Copy { from, to, len }),
        1 => any::<u32>().prop_map(|at| ByteEdit::Truncate { at }),
    ]
}

/// One to four binary edits.
pub fn byte_edits() -> impl Strategy<Value = Vec<ByteEdit>> {
    prop::collection::vec(byte_edit(), 1..5)
}

/// Applies binary `edits` to `base`. Positions are taken modulo the length; with `head`
/// set, half of them fall in the first `head` bytes (where headers live).
pub fn apply_bytes(base: &[u8], edits: &[ByteEdit], head: usize) -> Vec<u8> {
    let mut b = base.to_vec();
    let pos = |b: &Vec<u8>, at: u32| {
        let n = b.len() + 1;
        if head > 0 && at.is_multiple_of(2) {
            (at as usize / 2) % head.min(n)
        } else {
            (at as usize) % n
        }
    };
    for e in edits {
        match e {
            ByteEdit::Flip { at, mask } => {
                if !b.is_empty() {
                    let i = pos(&b, *at).min(b.len() - 1);
                    b[i] ^= mask;
                }
            }
            ByteEdit::Zero { at, len } => {
                let i = pos(&b, *at);
                let end = (i + usize::from(*len)).min(b.len());
                b[i..end].fill(0);
            }
            ByteEdit::Insert { at, bytes } => {
                let i = pos(&b, *at);
                b.splice(i..i, bytes.iter().copied());
            }
            ByteEdit::Delete { at, len } => {
                let i = pos(&b, *at);
                let end = (i + usize::from(*len)).min(b.len());
                b.drain(i..end);
            }
            ByteEdit::Copy { from, to, len } => {
                let (f, t) = (pos(&b, *from), pos(&b, *to));
                let len = usize::from(*len)
                    .min(b.len().saturating_sub(f))
                    .min(b.len().saturating_sub(t));
                let chunk = b[f..f + len].to_vec();
                b[t..t + len].copy_from_slice(&chunk);
            }
            ByteEdit::Truncate { at } => {
                let i = pos(&b, *at);
                b.truncate(i);
            }
        }
    }
    b
}

/// A folder for files written thousands of times: in memory where the system has one
/// (`/dev/shm`), so the fsyncs of the code under test do not dominate the budget.
pub fn scratch() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(d) = tempfile::tempdir_in(shm) {
            return d;
        }
    }
    tempfile::tempdir().expect("tempdir")
}

/// How long a part took, for the budget (printed with `--nocapture`).
pub fn report(what: &str, started: std::time::Instant, detail: &str) {
    eprintln!("{what} ({:.1?}): {detail}", started.elapsed());
}
