//! The durable-commit benchmark: one answer committed with SQLCipher against plain SQLite
//! with the same pragmas, measured side by side in one run (`harbour bench vault`).

use crate::keyfile::{KdfParams, KeyFile};
use crate::passphrase::Passphrase;
use rusqlite::{params, Connection};
use std::path::Path;
use std::time::{Duration, Instant};

/// The result of one benchmark run.
#[derive(Debug, Clone)]
pub struct CommitBench {
    /// Commits measured per variant.
    pub commits: usize,
    /// Median time of one durable commit, SQLCipher.
    pub encrypted_median: Duration,
    /// Median time of one durable commit, plain SQLite (the baseline).
    pub plain_median: Duration,
}

impl CommitBench {
    /// Encrypted over plain: the cost of encryption (goal: at most 1.5).
    pub fn ratio(&self) -> f64 {
        self.encrypted_median.as_secs_f64() / self.plain_median.as_secs_f64().max(1e-12)
    }
}

/// Run `commits` durable single-answer commits against an encrypted and a plain database
/// in `dir`, alternating between them so that disk and CPU noise hit both alike.
pub fn commit_answer(dir: &Path, commits: usize) -> rusqlite::Result<CommitBench> {
    let (_, key) = KeyFile::generate(
        &Passphrase::new("benchmark passphrase words"),
        KdfParams::fast_for_tests(),
    )
    .map_err(|e| {
        rusqlite::Error::ToSqlConversionFailure(Box::new(std::io::Error::other(e.to_string())))
    })?;
    let enc = open(
        &dir.join("bench-encrypted.db"),
        Some(&key.sqlcipher_literal()),
    )?;
    let plain = open(&dir.join("bench-plain.db"), None)?;
    let payload = r#"{"answer":{"choice":"locked_in"},"language":"ar"}"#;
    let mut te = Vec::with_capacity(commits);
    let mut tp = Vec::with_capacity(commits);
    for i in 0..commits {
        for (conn, times) in [(&enc, &mut te), (&plain, &mut tp)] {
            let start = Instant::now();
            conn.execute(
                "INSERT INTO steps (seq, at, kind, question_id, language, payload) VALUES (?1, '2026-11-23T10:00:00Z', 'answer', 'q', 'ar', ?2)",
                params![i as i64, payload],
            )?;
            times.push(start.elapsed());
        }
    }
    Ok(CommitBench {
        commits,
        encrypted_median: median(&mut te),
        plain_median: median(&mut tp),
    })
}

fn open(path: &Path, key: Option<&str>) -> rusqlite::Result<Connection> {
    let _ = std::fs::remove_file(path);
    let conn = Connection::open(path)?;
    if let Some(k) = key {
        conn.pragma_update(None, "key", k)?;
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.execute_batch(
        "CREATE TABLE steps (seq INTEGER PRIMARY KEY, at TEXT, kind TEXT, question_id TEXT, language TEXT, payload TEXT)",
    )?;
    Ok(conn)
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
