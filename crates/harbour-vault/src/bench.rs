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

/// One kind of case-list query, timed in both vaults.
#[derive(Debug, Clone)]
pub struct CaseListTiming {
    /// What was asked, in plain words.
    pub query: &'static str,
    /// Median time of the first page (with its total) in the small vault.
    pub small: Duration,
    /// The same in the large vault.
    pub large: Duration,
    /// Cases on the page and the total, small vault.
    pub small_rows: (usize, crate::CaseTotal),
    /// Cases on the page and the total, large vault.
    pub large_rows: (usize, crate::CaseTotal),
}

impl CaseListTiming {
    /// Large over small (goal: at most 1.5).
    pub fn ratio(&self) -> f64 {
        self.large.as_secs_f64() / self.small.as_secs_f64().max(1e-12)
    }
}

/// The case-list benchmark: both vaults' sizes, files and each query's timings.
#[derive(Debug, Clone)]
pub struct CaseListBench {
    /// Cases in the small and the large vault.
    pub sizes: (usize, usize),
    /// Size of each vault's database file in bytes (after a checkpoint).
    pub file_bytes: (u64, u64),
    /// Time to bulk-insert the large vault's cases (one transaction).
    pub fill_large: Duration,
    /// Runs per query and vault.
    pub runs: usize,
    /// Each query.
    pub timings: Vec<CaseListTiming>,
}

/// Make a vault of `small` cases and one of `large` in `dir` (bulk insert in one
/// transaction, through the real schema, indexes and triggers), then time the first page of
/// the case list (default sort; a filter; two filters; another sort with a filter; an exact
/// and a prefix search) `runs` times in each, alternating between them.
pub fn case_list(
    dir: &Path,
    small: usize,
    large: usize,
    runs: usize,
) -> crate::Result<CaseListBench> {
    use crate::{CaseQuery, CaseStatus, PathwayLevel, ReferenceSearch};
    let now = Utc::now();
    let opts = VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "Bench supervisor".into(),
    };
    let pass = Passphrase::new("bench case list supervisor words");
    let mut vaults = Vec::new();
    let mut fill_large = Duration::ZERO;
    let mut file_bytes = Vec::new();
    for (n, name) in [
        (small, "bench-cases-small.vault"),
        (large, "bench-cases-large.vault"),
    ] {
        let path = dir.join(name);
        crate::wipe::wipe_files(&path)?;
        let mut v = Vault::create(&path, &pass, now, &opts)?;
        let start = Instant::now();
        fill_cases(&mut v, n)
            .map_err(|e| crate::error::classify_write(&path, "filling a bench vault", e))?;
        if n == large {
            fill_large = start.elapsed();
        }
        v.conn
            .pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .map_err(|e| crate::error::classify_write(&path, "checkpointing", e))?;
        file_bytes.push(std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0));
        vaults.push((path, v));
    }
    // A reference that exists in both vaults (case 7 has the same reference in each).
    let known = bench_reference(7);
    let queries: Vec<(&'static str, CaseQuery)> = vec![
        (
            "first page, most recently changed first",
            CaseQuery::default(),
        ),
        (
            "filter: urgent safety",
            CaseQuery {
                urgent: Some(true),
                ..CaseQuery::default()
            },
        ),
        (
            "filter: finished and trafficking strong",
            CaseQuery {
                status: Some(CaseStatus::Finished),
                trafficking: Some(PathwayLevel::Strong),
                ..CaseQuery::default()
            },
        ),
        (
            "sort: reference, filter: not exported",
            CaseQuery {
                exported: Some(false),
                sort: crate::SortKey::Reference,
                descending: false,
                ..CaseQuery::default()
            },
        ),
        (
            "search: a whole reference",
            CaseQuery {
                reference: ReferenceSearch::parse(&known)?,
                ..CaseQuery::default()
            },
        ),
        (
            "search: first two characters",
            CaseQuery {
                reference: ReferenceSearch::parse(&known[..5])?,
                ..CaseQuery::default()
            },
        ),
    ];
    let mut timings = Vec::new();
    for (label, q) in queries {
        let mut ts = Vec::with_capacity(runs);
        let mut tl = Vec::with_capacity(runs);
        let mut rows = Vec::new();
        for (_, v) in &vaults {
            let page = v.query_cases(&q)?;
            rows.push((page.cases.len(), page.total));
        }
        for _ in 0..runs {
            for ((_, v), times) in vaults.iter().zip([&mut ts, &mut tl]) {
                let start = Instant::now();
                let page = v.query_cases(&q)?;
                times.push(start.elapsed());
                std::hint::black_box(page);
            }
        }
        timings.push(CaseListTiming {
            query: label,
            small: median(&mut ts),
            large: median(&mut tl),
            small_rows: rows[0],
            large_rows: rows[1],
        });
    }
    for (path, v) in vaults {
        v.lock(now)?;
        crate::wipe::wipe_files(&path)?;
    }
    Ok(CaseListBench {
        sizes: (small, large),
        file_bytes: (file_bytes[0], file_bytes[1]),
        fill_large,
        runs,
        timings,
    })
}

/// The reference of bench case `i`: distinct for every `i` below 31^6, spread over the
/// alphabet like random ones (`i` times a number prime to 31, modulo 31^6).
fn bench_reference(i: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const SPACE: u64 = 887_503_681; // 31^6
    let mut x = (i as u64).wrapping_mul(7_919_713) % SPACE;
    let mut code = [b'2'; 6];
    for c in code.iter_mut().rev() {
        *c = ALPHABET[(x % 31) as usize];
        x /= 31;
    }
    format!("HB-{}", String::from_utf8_lossy(&code))
}

/// `n` cases in one transaction: 60 % finished (levels spread, 3 % urgent), 30 % in progress,
/// 10 % consent refused; 40 % exported; a minute apart, each changed a little later.
fn fill_cases(v: &mut Vault, n: usize) -> rusqlite::Result<()> {
    const LEVELS: [&str; 4] = ["none", "insufficient_information", "possible", "strong"];
    let base = chrono::DateTime::parse_from_rfc3339("2026-01-01T08:00:00+00:00")
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|_| Utc::now());
    let owner = v.actor.clone();
    let tx = v.conn.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO cases (id, reference, status, created_at, updated_at, exported_at, owner, trafficking_level, protection_level, urgent, exported) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..n {
            let r = next();
            let created = base + chrono::Duration::minutes(i as i64);
            let updated = created + chrono::Duration::minutes((r % 600) as i64);
            let (status, t, p, urgent) = match r % 10 {
                0..=5 => (
                    "finished",
                    Some(LEVELS[((r >> 8) % 4) as usize]),
                    Some(LEVELS[((r >> 16) % 4) as usize]),
                    (r >> 24) % 100 < 3,
                ),
                6..=8 => ("in_progress", None, None, false),
                _ => ("consent_refused", None, None, false),
            };
            let exported = (r >> 32) % 10 < 4;
            st.execute(params![
                format!("{i:032x}"),
                bench_reference(i),
                status,
                created.to_rfc3339(),
                updated.to_rfc3339(),
                exported.then(|| updated.to_rfc3339()),
                owner,
                t,
                p,
                urgent,
                exported
            ])?;
        }
    }
    tx.commit()
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
