//! The export/import benchmark (`harbour bench export`): N synthetic cases (no personal data)
//! exported to an encrypted bundle and imported into a fresh vault, each timed against a
//! baseline run in the same process on the same data:
//!
//! - export: baseline = read the cases from the vault and write them as plain JSON Lines with
//!   fsync (what an unencrypted export would cost); measured = [`crate::export_bundle`].
//! - import: baseline = insert the same cases with the vault's one-transaction insert, from
//!   memory (no file, no decryption, no checks); measured = [`crate::import_bundles`] (read,
//!   decrypt, verify hashes, decide duplicates, insert).

use crate::bundle::{audit_by_case, CaseRecord};
use crate::error::{ExportError, Result};
use crate::export::{export_bundle, ExportOptions};
use crate::import::import_bundles;
use crate::select::{select_cases, CaseSelection};
use chrono::{DateTime, Utc};
use harbour_vault::{
    AuditEntry, CaseImport, CaseStatus, CaseSummary, ImportCase, ImportSession, KdfParams,
    Passphrase, SessionSummary, StepRecord, StoredAssessment, Vault, VaultOptions,
};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// Steps per synthetic case (two sessions).
pub const STEPS_PER_CASE: usize = 24;

/// The result of one run.
#[derive(Debug, Clone)]
pub struct ExportBench {
    /// Cases.
    pub cases: usize,
    /// Bundle size in bytes.
    pub bundle_bytes: u64,
    /// Plain JSON Lines write (baseline for export).
    pub plain_write: Duration,
    /// Encrypted export.
    pub export: Duration,
    /// Direct insert from memory (baseline for import).
    pub direct_insert: Duration,
    /// Import of the bundle.
    pub import: Duration,
}

impl ExportBench {
    /// Export over its baseline.
    pub fn export_ratio(&self) -> f64 {
        self.export.as_secs_f64() / self.plain_write.as_secs_f64().max(1e-9)
    }
    /// Import over its baseline.
    pub fn import_ratio(&self) -> f64 {
        self.import.as_secs_f64() / self.direct_insert.as_secs_f64().max(1e-9)
    }
    /// Cases per second, exporting.
    pub fn export_rate(&self) -> f64 {
        self.cases as f64 / self.export.as_secs_f64().max(1e-9)
    }
    /// Cases per second, importing.
    pub fn import_rate(&self) -> f64 {
        self.cases as f64 / self.import.as_secs_f64().max(1e-9)
    }
}

/// Run the benchmark with `cases` synthetic cases in `dir` (which must be empty or new).
pub fn export_import(dir: &Path, cases: usize) -> Result<ExportBench> {
    std::fs::create_dir_all(dir).map_err(crate::error::io_err("creating", dir))?;
    let now = Utc::now();
    let opts = VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "bench".into(),
    };
    let pass = Passphrase::new("benchmark passphrase words");
    let synthetic: Vec<ImportCase> = (0..cases).map(|i| synthetic_case(i, now)).collect();

    let mut field = Vault::create(&dir.join("field.vault"), &pass, now, &opts)?;
    field.import_cases(&synthetic, now)?;

    // Baseline: plain JSON Lines of the same records, fsynced.
    let t = Instant::now();
    let all = select_cases(&field, &CaseSelection::All)?;
    let audit = audit_by_case(&field)?;
    let empty = Vec::new();
    let plain_path = dir.join("baseline.jsonl");
    let io = |e| ExportError::Io {
        action: "writing",
        path: plain_path.clone(),
        source: e,
    };
    let mut f = std::io::BufWriter::new(std::fs::File::create(&plain_path).map_err(io)?);
    for c in &all {
        let line =
            CaseRecord::from_vault(&field, c, audit.get(&c.id).unwrap_or(&empty))?.to_line()?;
        f.write_all(&line).map_err(io)?;
        f.write_all(b"\n").map_err(io)?;
    }
    f.into_inner()
        .map_err(|e| io(e.into_error()))?
        .sync_all()
        .map_err(io)?;
    let plain_write = t.elapsed();

    let identity = age::x25519::Identity::generate();
    let bundle = dir.join("bench.harbour");
    let t = Instant::now();
    export_bundle(
        &mut field,
        &ExportOptions {
            recipients: vec![identity.to_public()],
            selection: CaseSelection::All,
            out: bundle.clone(),
            now,
        },
        &mut |_, _| {},
    )?;
    let export = t.elapsed();
    let bundle_bytes = std::fs::metadata(&bundle).map(|m| m.len()).unwrap_or(0);

    let mut direct = Vault::create(&dir.join("direct.vault"), &pass, now, &opts)?;
    let t = Instant::now();
    direct.import_cases(&synthetic, now)?;
    let direct_insert = t.elapsed();

    let mut hq = Vault::create(&dir.join("hq.vault"), &pass, now, &opts)?;
    hq.enrol_device(&field.device_public_key()?, now)?;
    let t = Instant::now();
    let report = import_bundles(&mut hq, &[identity], &[bundle], now)?;
    let import = t.elapsed();
    if report.written != cases {
        return Err(ExportError::Internal {
            action: "checking the benchmark import",
            detail: format!("{} of {cases} cases imported", report.written),
        });
    }
    Ok(ExportBench {
        cases,
        bundle_bytes,
        plain_write,
        export,
        direct_insert,
        import,
    })
}

/// A synthetic finished case: two sessions, [`STEPS_PER_CASE`] steps, an assessment of
/// realistic size, four audit entries. No personal data.
/// A distinct reference in Harbour's form for synthetic case `i`.
fn bench_reference(mut i: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut s = [b'2'; 6];
    for c in s.iter_mut().rev() {
        *c = ALPHABET[i % ALPHABET.len()];
        i /= ALPHABET.len();
    }
    format!("HB-{}", String::from_utf8_lossy(&s))
}

fn synthetic_case(i: usize, now: DateTime<Utc>) -> ImportCase {
    let id = format!("{i:032x}");
    let at = now.to_rfc3339();
    let sessions = (0..2)
        .map(|s| ImportSession {
            session: SessionSummary {
                id: format!("{i:030x}{s:02x}"),
                case_id: id.clone(),
                questionnaire_id: "mixed-flows".into(),
                questionnaire_version: "1.0.0".into(),
                started_at: at.clone(),
            },
            steps: (0..STEPS_PER_CASE / 2)
                .map(|q| StepRecord {
                    seq: q as i64 + 1,
                    at: at.clone(),
                    kind: "answer".into(),
                    question_id: Some(format!("q{q}")),
                    language: Some(if s == 0 { "ar" } else { "fr" }.into()),
                    payload: format!(
                        r#"{{"kind":"answer","question":"q{q}","response":{{"answer":{{"choice":"option_{q}"}}}},"language":"ar"}}"#
                    ),
                })
                .collect(),
        })
        .collect();
    let outcome = format!(
        r#"{{"rules_version":"bench","pathways":{{"trafficking":{{"level":"possible","elements":[]}},"international_protection":{{"level":"strong","elements":[]}}}},"flags":{{"child":false,"unaccompanied_child":false,"smuggling":true,"stateless":false,"non_refoulement":true,"urgent_safety":false,"heightened_risk":[]}},"referrals":[{{"kind":"asylum_procedure","urgent":false}}],"notes":[],"reasons":[],"pad":"{}"}}"#,
        "x".repeat(1500)
    );
    ImportCase {
        case: CaseSummary {
            id: id.clone(),
            reference: bench_reference(i),
            status: CaseStatus::Finished,
            created_at: at.clone(),
            updated_at: at.clone(),
            exported_at: None,
        },
        sessions,
        assessment: Some(StoredAssessment {
            rules_version: "bench".into(),
            assessed_at: at.clone(),
            outcome,
            inputs: r#"{"questionnaire":{"id":"mixed-flows","version":"1.0.0"},"answers":[],"profile":{"nationality":"SY","age_band":"25-59","gender":"female"}}"#.into(),
        }),
        audit: ["case.created", "interview.started", "interview.started", "case.assessed"]
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
