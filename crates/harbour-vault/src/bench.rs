//! The vault benchmarks behind `harbour bench vault`: one durable answer commit with
//! SQLCipher against plain SQLite with the same pragmas (side by side in one run), the cost of
//! SQLCipher's memory security, and unlock time with 1 and with 10 staff members.

use crate::keyfile::{KdfParams, KeyFile};
use crate::passphrase::Passphrase;
use crate::staff::Role;
use crate::vault::{Vault, VaultOptions};
use chrono::Utc;
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
    let (_, key) = KeyFile::generate(KdfParams::fast_for_tests()).map_err(|e| {
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

/// The cost of `PRAGMA cipher_memory_security = ON` on a durable commit. SQLCipher makes
/// it process-wide and irreversible, so the two variants cannot alternate: this measures
/// the encrypted commit, turns memory security on, and measures again. Run it in a process
/// that has not turned it on yet (the CLI's `bench vault` does it before any unlock).
#[derive(Debug, Clone)]
pub struct MemorySecurityBench {
    /// Commits per variant.
    pub commits: usize,
    /// Median durable commit, memory security off.
    pub off_median: Duration,
    /// Median durable commit, memory security on.
    pub on_median: Duration,
}

impl MemorySecurityBench {
    /// On over off.
    pub fn ratio(&self) -> f64 {
        self.on_median.as_secs_f64() / self.off_median.as_secs_f64().max(1e-12)
    }
}

/// Measure [`MemorySecurityBench`] in `dir`.
pub fn memory_security(dir: &Path, commits: usize) -> rusqlite::Result<MemorySecurityBench> {
    let (_, key) = KeyFile::generate(KdfParams::fast_for_tests()).map_err(|e| {
        rusqlite::Error::ToSqlConversionFailure(Box::new(std::io::Error::other(e.to_string())))
    })?;
    let payload = r#"{"answer":{"choice":"locked_in"},"language":"ar"}"#;
    let run = |name: &str| -> rusqlite::Result<Duration> {
        let conn = open(&dir.join(name), Some(&key.sqlcipher_literal()))?;
        let mut times = Vec::with_capacity(commits);
        for i in 0..commits {
            let start = Instant::now();
            conn.execute(
                "INSERT INTO steps (seq, at, kind, question_id, language, payload) VALUES (?1, '2026-11-23T10:00:00Z', 'answer', 'q', 'ar', ?2)",
                params![i as i64, payload],
            )?;
            times.push(start.elapsed());
        }
        Ok(median(&mut times))
    };
    let off_median = run("bench-memsec-off.db")?;
    {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "key", &*key.sqlcipher_literal())?;
        conn.pragma_update(None, "cipher_memory_security", "ON")?;
    }
    let on_median = run("bench-memsec-on.db")?;
    Ok(MemorySecurityBench {
        commits,
        off_median,
        on_median,
    })
}

/// Unlock time with one staff member and with ten (goal: at most 1.5 times).
#[derive(Debug, Clone)]
pub struct UnlockBench {
    /// Unlocks measured per vault.
    pub runs: usize,
    /// The Argon2id parameters used.
    pub kdf: KdfParams,
    /// Median unlock, one staff member.
    pub one_staff: Duration,
    /// Median unlock, ten staff members, as the one whose slot comes last.
    pub ten_staff: Duration,
}

impl UnlockBench {
    /// Ten over one.
    pub fn ratio(&self) -> f64 {
        self.ten_staff.as_secs_f64() / self.one_staff.as_secs_f64().max(1e-12)
    }
}

/// Make a vault with one staff member and one with ten in `dir`, then unlock each `runs`
/// times, alternating, with the real Argon2id cost `kdf`.
pub fn unlock(dir: &Path, runs: usize, kdf: KdfParams) -> crate::Result<UnlockBench> {
    let now = Utc::now();
    let opts = VaultOptions {
        kdf,
        actor: "Bench supervisor".into(),
    };
    let first = Passphrase::new("bench first supervisor words");
    let one = dir.join("bench-unlock-1.vault");
    let ten = dir.join("bench-unlock-10.vault");
    for p in [&one, &ten] {
        crate::wipe::wipe_files(p)?;
    }
    Vault::create(&one, &first, now, &opts)?.lock(now)?;
    let mut v = Vault::create(&ten, &first, now, &opts)?;
    let mut last = Passphrase::new("");
    for i in 1..10 {
        last = Passphrase::new(format!("bench staff member number {i} words"));
        v.add_staff(&format!("Staff {i}"), Role::Interviewer, &last, now)?;
    }
    v.lock(now)?;
    let mut t1 = Vec::with_capacity(runs);
    let mut t10 = Vec::with_capacity(runs);
    for _ in 0..runs {
        for (path, pass, times) in [(&one, &first, &mut t1), (&ten, &last, &mut t10)] {
            let start = Instant::now();
            let v = Vault::unlock(path, pass, now, &opts)?;
            times.push(start.elapsed());
            v.lock(now)?;
        }
    }
    for p in [&one, &ten] {
        crate::wipe::wipe_files(p)?;
    }
    Ok(UnlockBench {
        runs,
        kdf,
        one_staff: median(&mut t1),
        ten_staff: median(&mut t10),
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
