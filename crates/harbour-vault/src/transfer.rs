//! Moving cases between vaults: reading a case's audit trail, inserting whole cases received
//! in a bundle (one transaction for all of them), recording where an imported case came
//! from, and purging exported cases under the retention setting.
//!
//! Like the rest of the vault, this knows nothing of questionnaires, rules or the bundle
//! format: it stores what it is given. Provenance lives in the `case_imports` table, created
//! on first use (`CREATE TABLE IF NOT EXISTS`) so that vaults that never import carry no
//! empty table; it cascades with its case, so withdrawing an imported case removes it too.

use crate::audit::{AuditEntry, AuditEvent};
use crate::device::BundleImport;
use crate::error::{classify_write, Result};
use crate::records::{CaseSummary, SessionSummary, StepRecord, StoredAssessment};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

const TRANSFER_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS case_imports (
    case_id          TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    origin_case_id   TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    source_device    TEXT NOT NULL,
    bundle_exported_at TEXT NOT NULL,
    imported_at      TEXT NOT NULL,
    note             TEXT
);
CREATE INDEX IF NOT EXISTS case_imports_origin ON case_imports(origin_case_id);
";

/// Where an imported case came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseImport {
    /// The case's id in this vault (differs from the origin id for a conflicting version).
    pub case_id: String,
    /// The case's id on the device that exported it.
    pub origin_case_id: String,
    /// The SHA-256 (hex) of the case record in the bundle.
    pub content_hash: String,
    /// The exporting device's random id.
    pub source_device: String,
    /// When the bundle was made.
    pub bundle_exported_at: String,
    /// When it was imported here.
    pub imported_at: String,
    /// Why the case sits beside another version, if it does (ids and hashes only).
    pub note: Option<String>,
}

/// One interview session with its steps, as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSession {
    /// The session (its `case_id` is ignored: the case's id is used).
    pub session: SessionSummary,
    /// Its steps, in order.
    pub steps: Vec<StepRecord>,
}

/// A whole case to insert, as received in a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportCase {
    /// The case row (`exported_at` is not carried over).
    pub case: CaseSummary,
    /// Its sessions and steps.
    pub sessions: Vec<ImportSession>,
    /// Its stored assessment, if any.
    pub assessment: Option<StoredAssessment>,
    /// Its audit entries (their `case_id` is replaced by the case's id).
    pub audit: Vec<AuditEntry>,
    /// Where it came from.
    pub provenance: CaseImport,
}

impl Vault {
    /// The audit entries linked to one case, oldest first.
    pub fn case_audit(&self, case_id: &str) -> Result<Vec<AuditEntry>> {
        self.require_case_if_any(case_id, "reading a case's audit trail")?;
        self.flush_reads()?;
        let mut st = self
            .conn
            .prepare("SELECT at, actor, event, case_id, detail FROM audit WHERE case_id = ?1 ORDER BY id")
            .map_err(|e| classify_write(&self.path, "reading the audit log", e))?;
        let rows = st
            .query_map([case_id], |r| {
                Ok(AuditEntry {
                    at: r.get(0)?,
                    actor: r.get(1)?,
                    event: r.get(2)?,
                    case_id: r.get(3)?,
                    detail: r.get(4)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| classify_write(&self.path, "reading the audit log", e))?;
        Ok(rows)
    }

    /// Insert received cases, all or nothing, in one transaction that also records their
    /// provenance and one `Imported { cases }` audit entry. Returns how many were inserted.
    /// Supervisor only; the imported cases belong to the importing supervisor.
    pub fn import_cases(&mut self, cases: &[ImportCase], now: DateTime<Utc>) -> Result<usize> {
        self.import_cases_from_bundles(cases, &[], now)
    }

    /// [`Vault::import_cases`], also recording the bundles they came from (device and
    /// sequence number, for the replay check) in the same transaction.
    pub fn import_cases_from_bundles(
        &mut self,
        cases: &[ImportCase],
        bundles: &[BundleImport],
        now: DateTime<Utc>,
    ) -> Result<usize> {
        self.require_supervisor("importing cases")?;
        self.flush_reads()?;
        let path = self.path.clone();
        let err = |e| classify_write(&path, "importing cases", e);
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute_batch(TRANSFER_SCHEMA).map_err(err)?;
        for c in cases {
            let id = &c.case.id;
            tx.execute(
                "INSERT INTO cases (id, reference, status, created_at, updated_at, owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, c.case.reference, c.case.status.as_str(), c.case.created_at, c.case.updated_at, self.actor],
            )
            .map_err(err)?;
            for s in &c.sessions {
                tx.execute(
                    "INSERT INTO sessions (id, case_id, questionnaire_id, questionnaire_version, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![s.session.id, id, s.session.questionnaire_id, s.session.questionnaire_version, s.session.started_at],
                )
                .map_err(err)?;
                let mut st = tx
                    .prepare_cached("INSERT INTO steps (session_id, seq, at, kind, question_id, language, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .map_err(err)?;
                for step in &s.steps {
                    st.execute(params![
                        s.session.id,
                        step.seq,
                        step.at,
                        step.kind,
                        step.question_id,
                        step.language,
                        step.payload
                    ])
                    .map_err(err)?;
                }
            }
            if let Some(a) = &c.assessment {
                tx.execute(
                    "INSERT INTO assessments (case_id, rules_version, assessed_at, outcome, inputs) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, a.rules_version, a.assessed_at, a.outcome, a.inputs],
                )
                .map_err(err)?;
                crate::case_facts::write(&tx, id, &a.outcome).map_err(err)?;
            }
            {
                let mut st = tx
                    .prepare_cached("INSERT INTO audit (at, actor, event, case_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .map_err(err)?;
                for e in &c.audit {
                    st.execute(params![e.at, e.actor, e.event, id, e.detail])
                        .map_err(err)?;
                }
            }
            let p = &c.provenance;
            tx.execute(
                "INSERT INTO case_imports (case_id, origin_case_id, content_hash, source_device, bundle_exported_at, imported_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, p.origin_case_id, p.content_hash, p.source_device, p.bundle_exported_at, p.imported_at, p.note],
            )
            .map_err(err)?;
        }
        for b in bundles {
            tx.execute(
                "INSERT OR IGNORE INTO bundle_imports (device_id, sequence, manifest_sha256, imported_at) VALUES (?1, ?2, ?3, ?4)",
                params![
                    b.device_id,
                    i64::try_from(b.sequence).unwrap_or(i64::MAX),
                    b.manifest_sha256,
                    now.to_rfc3339()
                ],
            )
            .map_err(err)?;
        }
        let event = AuditEvent::Imported { cases: cases.len() };
        tx.execute(
            "INSERT INTO audit (at, actor, event, case_id, detail) VALUES (?1, ?2, ?3, NULL, ?4)",
            params![
                now.to_rfc3339(),
                self.actor,
                event.name(),
                format!("cases={}", cases.len())
            ],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(cases.len())
    }

    /// Every recorded import of a case that had `origin_case_id` on its device.
    pub fn imports_of_origin(&self, origin_case_id: &str) -> Result<Vec<CaseImport>> {
        self.require_supervisor("reading import records")?;
        self.read_imports("WHERE origin_case_id = ?1", origin_case_id)
    }

    /// The provenance of a case, if it was imported.
    pub fn case_import(&self, case_id: &str) -> Result<Option<CaseImport>> {
        self.require_case_if_any(case_id, "reading a case")?;
        Ok(self
            .read_imports("WHERE case_id = ?1", case_id)?
            .into_iter()
            .next())
    }

    fn read_imports(&self, filter: &str, value: &str) -> Result<Vec<CaseImport>> {
        let err = |e| classify_write(&self.path, "reading import records", e);
        let exists: Option<String> = self
            .conn
            .query_row(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'case_imports'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?;
        if exists.is_none() {
            return Ok(Vec::new());
        }
        let sql = format!("SELECT case_id, origin_case_id, content_hash, source_device, bundle_exported_at, imported_at, note FROM case_imports {filter} ORDER BY imported_at, case_id");
        let mut st = self.conn.prepare(&sql).map_err(err)?;
        let rows = st
            .query_map([value], |r| {
                Ok(CaseImport {
                    case_id: r.get(0)?,
                    origin_case_id: r.get(1)?,
                    content_hash: r.get(2)?,
                    source_device: r.get(3)?,
                    bundle_exported_at: r.get(4)?,
                    imported_at: r.get(5)?,
                    note: r.get(6)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(err)?;
        Ok(rows)
    }

    /// Retention after export: delete these cases and everything of them (like a withdrawal:
    /// their audit entries are unlinked, the file is rewritten so nothing remains), with one
    /// `Purged { cases }` audit entry. Returns how many were deleted.
    pub fn purge_cases(&mut self, ids: &[String], now: DateTime<Utc>) -> Result<usize> {
        self.require_supervisor("purging exported cases")?;
        self.flush_reads()?;
        let path = self.path.clone();
        let err = |e| classify_write(&path, "purging exported cases", e);
        let tx = self.conn.transaction().map_err(err)?;
        let mut n = 0;
        for id in ids {
            n += tx
                .execute("DELETE FROM cases WHERE id = ?1", [id])
                .map_err(err)?;
            tx.execute(crate::schema::UNLINK_CASE_AUDIT, [id])
                .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        self.audit(AuditEvent::Purged { cases: n }, None, now)?;
        self.compact()?;
        Ok(n)
    }
}
