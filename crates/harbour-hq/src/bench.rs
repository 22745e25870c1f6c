//! `harbour bench hq`: headquarters at scale, each figure against a baseline from the same run.
//!
//! - import: `hq import` of N synthetic cases (bundles of at most [`BUNDLE_CASES`] cases from
//!   field vaults, decrypted, verified, checked against the register, sealed, written in one
//!   transaction) against PostgreSQL's own binary `COPY` of the same rows (already sealed,
//!   from memory) into same-shaped tables in the same database, in one transaction;
//! - the first page of `hq cases` (unfiltered, and filtered by a flag) and `hq stats` (rows
//!   read and the CSV made) with N cases against a database of `small` cases.
//!
//! The benchmark creates two databases of its own on the server given, and drops them.

use crate::error::{db, HqError, Result};
use crate::facts::case_facts;
use crate::import::{copy_rows, Row, Tables};
use crate::seal::seal;
use chrono::{DateTime, Duration as ChronoDuration, Utc};
use harbour_export::{CaseSelection, ExportOptions, Identity, ImportOptions};
use harbour_rules::{AnswerRef, Evidence, Observation};
use harbour_vault::{
    AuditEntry, CaseImport, CaseStatus, CaseSummary, ImportCase, ImportSession, KdfParams,
    Passphrase, SessionSummary, StepRecord, StoredAssessment, Vault, VaultOptions,
};
use postgres::{Client, Config, NoTls};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Cases per field vault and bundle (a bundle stays well under the import's size cap).
pub const BUNDLE_CASES: usize = 20_000;
/// Steps per synthetic case.
pub const STEPS_PER_CASE: usize = 12;

/// The figures of one run.
#[derive(Debug, Clone)]
pub struct HqBench {
    /// Cases imported into the large database.
    pub cases: usize,
    /// Cases in the small database.
    pub small: usize,
    /// Bundles the cases came in.
    pub bundles: usize,
    /// `hq import` of every bundle, one run.
    pub import: Duration,
    /// Binary COPY of the same rows into same-shaped tables.
    pub copy: Duration,
    /// First page (50 rows), median, small database.
    pub page_small: Duration,
    /// First page, median, large database.
    pub page_large: Duration,
    /// First page filtered by a flag, median, small database.
    pub flag_page_small: Duration,
    /// First page filtered by a flag, median, large database.
    pub flag_page_large: Duration,
    /// Statistics (rows read, CSV made), median, small database.
    pub stats_small: Duration,
    /// Statistics, median, large database.
    pub stats_large: Duration,
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64().max(1e-9)
}

impl HqBench {
    /// Cases per second, `hq import`.
    pub fn import_rate(&self) -> f64 {
        rate(self.cases, self.import)
    }
    /// Cases per second, COPY.
    pub fn copy_rate(&self) -> f64 {
        rate(self.cases, self.copy)
    }
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

/// `a / b` of two durations.
pub fn time_ratio(a: Duration, b: Duration) -> f64 {
    ratio(a, b)
}

fn bench_err(detail: String) -> HqError {
    HqError::BadQuery(format!("benchmark: {detail}"))
}

/// A database of the benchmark's own, dropped at the end.
struct BenchDb {
    server: Config,
    name: String,
}

impl BenchDb {
    fn create(server: &Config, name: String) -> Result<BenchDb> {
        let mut c = server.connect(NoTls).map_err(db("connecting"))?;
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .map_err(db("creating a benchmark database"))?;
        c.batch_execute(&format!("CREATE DATABASE {name}"))
            .map_err(db("creating a benchmark database"))?;
        Ok(BenchDb {
            server: server.clone(),
            name,
        })
    }

    fn client(&self) -> Result<Client> {
        let mut cfg = self.server.clone();
        cfg.dbname(&self.name);
        cfg.connect(NoTls).map_err(db("connecting"))
    }
}

impl Drop for BenchDb {
    fn drop(&mut self) {
        if let Ok(mut c) = self.server.connect(NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// Run the benchmark: `server` is a connection string of a role that may create databases;
/// `dir` holds the field vaults and bundles.
pub fn run(server: &str, dir: &Path, cases: usize, small: usize) -> Result<HqBench> {
    let server: Config = server
        .parse()
        .map_err(|e| bench_err(format!("connection string: {e}")))?;
    std::fs::create_dir_all(dir).map_err(|source| HqError::Io {
        action: "creating",
        path: dir.to_path_buf(),
        source,
    })?;
    let now = Utc::now();
    let org = Identity::generate();
    let tag = std::process::id();

    let small_db = BenchDb::create(&server, format!("harbour_bench_{tag}_small"))?;
    let large_db = BenchDb::create(&server, format!("harbour_bench_{tag}_large"))?;
    let (small_bundles, small_vaults) = field_bundles(dir, "small", 0, small, &org, now)?;
    let (bundles, vaults) = field_bundles(dir, "large", 0, cases, &org, now)?;

    // Small database: schema, enrolment, import (not timed).
    let mut s = small_db.client()?;
    crate::schema::migrate(&mut s)?;
    for v in &small_vaults {
        enrol_direct(&mut s, v, now)?;
    }
    crate::import_bundles(
        &mut s,
        std::slice::from_ref(&org),
        &small_bundles,
        &ImportOptions::default(),
        now,
    )?;

    // Large database: schema, enrolment, same-shaped baseline tables.
    let mut l = large_db.client()?;
    crate::schema::migrate(&mut l)?;
    for v in &vaults {
        enrol_direct(&mut l, v, now)?;
    }
    l.batch_execute(
        "CREATE TABLE bench_cases (LIKE cases INCLUDING ALL);
         CREATE TABLE bench_refs (LIKE case_refs INCLUDING ALL);
         CREATE TABLE bench_content (LIKE case_content INCLUDING ALL);",
    )
    .map_err(db("creating the baseline tables"))?;

    // Baseline: COPY of the same rows (prepared untimed, bundle by bundle).
    let recipients = vec![org.to_public()];
    let mut copy = Duration::ZERO;
    let mut tx = l.transaction().map_err(db("starting the baseline"))?;
    for path in &bundles {
        let bundle = harbour_export::open_bundle(path, std::slice::from_ref(&org))?;
        let mut rows = Vec::with_capacity(bundle.cases.len());
        for (record, hash) in &bundle.cases {
            let line = record.to_line()?;
            rows.push(Row {
                id: record.id.clone(),
                origin_id: record.id.clone(),
                content_hash: hash.clone(),
                reference: record.reference.clone(),
                conflict: false,
                facts: case_facts(path, record)?,
                sealed: seal(&line, None, &recipients)?,
            });
        }
        let seq = i64::try_from(bundle.manifest.sequence).unwrap_or(0);
        let t = Instant::now();
        copy_rows(
            &mut tx,
            &bundle.manifest.device_id,
            seq,
            now,
            &rows,
            Tables {
                cases: "bench_cases",
                refs: "bench_refs",
                content: "bench_content",
            },
        )?;
        copy += t.elapsed();
    }
    let t = Instant::now();
    tx.commit().map_err(db("committing the baseline"))?;
    copy += t.elapsed();

    // Measured: hq import of every bundle, one run.
    let t = Instant::now();
    let report = crate::import_bundles(
        &mut l,
        std::slice::from_ref(&org),
        &bundles,
        &ImportOptions::default(),
        now,
    )?;
    let import = t.elapsed();
    if report.written != cases {
        return Err(bench_err(format!(
            "{} of {cases} cases imported",
            report.written
        )));
    }
    l.batch_execute("DROP TABLE bench_cases, bench_refs, bench_content; ANALYZE;")
        .map_err(db("dropping the baseline tables"))?;
    s.batch_execute("ANALYZE").map_err(db("analysing"))?;

    let first = crate::CaseQuery {
        limit: 50,
        ..crate::CaseQuery::default()
    };
    let flagged = crate::CaseQuery {
        flag: Some("urgent_safety".into()),
        limit: 50,
        ..crate::CaseQuery::default()
    };
    let page_small = median(15, || crate::search(&mut s, &first).map(|_| ()))?;
    let page_large = median(15, || crate::search(&mut l, &first).map(|_| ()))?;
    let flag_page_small = median(15, || crate::search(&mut s, &flagged).map(|_| ()))?;
    let flag_page_large = median(15, || crate::search(&mut l, &flagged).map(|_| ()))?;
    let stats = |c: &mut Client| -> Result<()> {
        let rows = crate::stats_rows(c)?;
        let _ = harbour_export::stats_csv(&rows);
        Ok(())
    };
    let stats_small = median(3, || stats(&mut s))?;
    let stats_large = median(3, || stats(&mut l))?;
    drop(s);
    drop(l);
    Ok(HqBench {
        cases,
        small,
        bundles: bundles.len(),
        import,
        copy,
        page_small,
        page_large,
        flag_page_small,
        flag_page_large,
        stats_small,
        stats_large,
    })
}

fn median(runs: usize, mut f: impl FnMut() -> Result<()>) -> Result<Duration> {
    let mut times = Vec::with_capacity(runs);
    f()?; // warm up
    for _ in 0..runs {
        let t = Instant::now();
        f()?;
        times.push(t.elapsed());
    }
    times.sort_unstable();
    Ok(times[times.len() / 2])
}

/// Register a field vault's device directly (the benchmark compares no fingerprint).
fn enrol_direct(c: &mut Client, v: &Vault, now: DateTime<Utc>) -> Result<()> {
    let key = v
        .device_public_key()
        .map_err(harbour_export::ExportError::from)?;
    c.execute(
        "INSERT INTO devices (device_id, public_key, fingerprint, enrolled_at) VALUES ($1, $2, $3, $4)",
        &[&key.device_id(), &key.to_hex(), &key.fingerprint(), &now],
    )
    .map_err(db("enrolling a benchmark device"))?;
    Ok(())
}

/// Field vaults of at most [`BUNDLE_CASES`] synthetic cases each, exported to bundles.
fn field_bundles(
    dir: &Path,
    name: &str,
    first: usize,
    cases: usize,
    org: &Identity,
    now: DateTime<Utc>,
) -> Result<(Vec<PathBuf>, Vec<Vault>)> {
    let opts = VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "bench".into(),
    };
    let pass = Passphrase::new("benchmark passphrase words");
    let outcomes = Outcomes::new(now)?;
    let mut bundles = Vec::new();
    let mut vaults = Vec::new();
    let mut start = first;
    let end = first + cases;
    let mut k = 0;
    while start < end {
        let stop = (start + BUNDLE_CASES).min(end);
        let path = dir.join(format!("{name}-{k}.vault"));
        let mut v =
            Vault::create(&path, &pass, now, &opts).map_err(harbour_export::ExportError::from)?;
        let batch: Vec<ImportCase> = (start..stop)
            .map(|i| synthetic_case(i, now, &outcomes))
            .collect();
        v.import_cases(&batch, now)
            .map_err(harbour_export::ExportError::from)?;
        drop(batch);
        let out = dir.join(format!("{name}-{k}.harbour"));
        harbour_export::export_bundle(
            &mut v,
            &ExportOptions {
                recipients: vec![org.to_public()],
                selection: CaseSelection::All,
                out: out.clone(),
                now,
            },
            &mut |_, _| {},
        )?;
        bundles.push(out);
        vaults.push(v);
        start = stop;
        k += 1;
    }
    Ok((bundles, vaults))
}

/// Real outcomes of the rules for a few evidence patterns, computed once.
struct Outcomes(Vec<(String, String)>);

const NATIONALITIES: [&str; 8] = ["SY", "AF", "ER", "SD", "UA", "VE", "IQ", "MM"];

impl Outcomes {
    fn new(now: DateTime<Utc>) -> Result<Outcomes> {
        let mut out = Vec::new();
        for pattern in 0..4 {
            let mut codes = vec!["refugee.outside_country", "refugee.fear"];
            if pattern & 1 == 1 {
                codes.extend(["palermo.act.recruitment", "palermo.means.deception"]);
            }
            if pattern & 2 == 2 {
                codes.push("danger.immediate");
            }
            let mut ev = Evidence::new();
            for (i, c) in codes.iter().enumerate() {
                ev.observe(
                    c,
                    Observation::Present,
                    AnswerRef {
                        question_id: format!("q{i}"),
                        answer: "yes".into(),
                        language: "ar".into(),
                    },
                );
            }
            let outcome = harbour_rules::assess(&ev);
            let json =
                serde_json::to_string(&outcome).map_err(|e| bench_err(format!("outcome: {e}")))?;
            out.push((outcome.rules_version.clone(), json));
        }
        let _ = now;
        Ok(Outcomes(out))
    }
}

/// A distinct reference in Harbour's form for synthetic case `i`.
fn reference(mut i: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut s = [b'2'; 6];
    for c in s.iter_mut().rev() {
        *c = ALPHABET[i % ALPHABET.len()];
        i /= ALPHABET.len();
    }
    format!("HB-{}", String::from_utf8_lossy(&s))
}

/// A synthetic finished case (no personal data): one session of [`STEPS_PER_CASE`] steps,
/// a real outcome, a closed-set profile, two audit entries.
fn synthetic_case(i: usize, now: DateTime<Utc>, outcomes: &Outcomes) -> ImportCase {
    let id = format!("{i:032x}");
    let at = (now - ChronoDuration::seconds(i64::try_from(i).unwrap_or(0))).to_rfc3339();
    let (rules_version, outcome) = &outcomes.0[i % outcomes.0.len()];
    let inputs = format!(
        r#"{{"questionnaire":{{"id":"mixed-flows","version":"1.0.0"}},"answers":[],"profile":{{"nationality":"{}","age_band":"25-59","gender":"{}"}}}}"#,
        NATIONALITIES[i % NATIONALITIES.len()],
        if i.is_multiple_of(2) {
            "female"
        } else {
            "male"
        }
    );
    ImportCase {
        case: CaseSummary {
            id: id.clone(),
            reference: reference(i),
            status: CaseStatus::Finished,
            created_at: at.clone(),
            updated_at: at.clone(),
            exported_at: None,
        },
        sessions: vec![ImportSession {
            session: SessionSummary {
                id: format!("{i:030x}01"),
                case_id: id.clone(),
                questionnaire_id: "mixed-flows".into(),
                questionnaire_version: "1.0.0".into(),
                started_at: at.clone(),
            },
            steps: (0..STEPS_PER_CASE)
                .map(|q| StepRecord {
                    seq: i64::try_from(q).unwrap_or(0) + 1,
                    at: at.clone(),
                    kind: "answer".into(),
                    question_id: Some(format!("q{q}")),
                    language: Some("ar".into()),
                    payload: format!(
                        r#"{{"kind":"answer","question":"q{q}","response":{{"answer":{{"choice":"option_{q}"}}}},"language":"ar"}}"#
                    ),
                })
                .collect(),
        }],
        assessment: Some(StoredAssessment {
            rules_version: rules_version.clone(),
            assessed_at: at.clone(),
            outcome: outcome.clone(),
            inputs,
        }),
        audit: ["case.created", "case.assessed"]
            .iter()
            .map(|e| AuditEntry {
                at: at.clone(),
                actor: "bench".into(),
                event: (*e).into(),
                case_id: None,
                detail: None,
            })
            .collect(),
        provenance: CaseImport {
            case_id: id.clone(),
            origin_case_id: id,
            content_hash: String::new(),
            source_device: "bench".into(),
            bundle_exported_at: at.clone(),
            imported_at: at,
            note: None,
        },
    }
}
