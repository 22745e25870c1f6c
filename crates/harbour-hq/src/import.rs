//! `hq import`: the same verification as a vault import ([`harbour_export::open_bundle_with`]:
//! size cap, streamed decryption, device signature, hashes, strict fields, organisation), the
//! same rules of the register ([`harbour_export::register::Planner`]) answered by PostgreSQL,
//! and one transaction for the whole run: a bundle that fails any check writes nothing.
//!
//! Several imports at once are safe: each bundle's device is locked (a transaction-scoped
//! advisory lock) before its register is read, so two runs importing from one device take
//! turns and the second sees what the first committed (its bundle is then a duplicate or a
//! replay); unique constraints on case ids, `(origin, content hash)` and references refuse
//! anything that would slip past, rolling the whole run back.

use crate::error::{db, HqError, Result};
use crate::facts::{case_facts, CaseFacts};
use crate::seal::seal;
use chrono::{DateTime, Utc};
use harbour_export::manifest::VerifiedBundle;
use harbour_export::register::{BundlePlan, CaseFate, Planner, Register};
use harbour_export::{
    open_bundle_with, Identity, ImportOptions, ImportReport, ImportedCase, Recipient,
};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use postgres::{Client, Transaction};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// First key of the per-device advisory locks.
const DEVICE_LOCK: i32 = 0x4842_4456; // "HBDV"

/// Import bundles into headquarters' database: verify each, check it against the register,
/// write it; all in one transaction, committed only if every bundle passes.
pub fn import_bundles(
    client: &mut Client,
    identities: &[Identity],
    paths: &[PathBuf],
    opts: &ImportOptions,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    crate::schema::check(client)?;
    let recipients: Vec<Recipient> = identities.iter().map(|i| i.to_public()).collect();
    let mut tx = client.transaction().map_err(db("starting the import"))?;
    let mut planner = Planner::new();
    let mut report = ImportReport {
        manifests: Vec::new(),
        cases: Vec::new(),
        written: 0,
    };
    for path in paths {
        let bundle = open_bundle_with(path, identities, opts)?;
        tx.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))",
            &[&DEVICE_LOCK, &bundle.manifest.device_id],
        )
        .map_err(db("locking the device's register"))?;
        let plan = planner.plan(&mut PgRegister { tx: &mut tx }, path, &bundle)?;
        report.written += write_plan(&mut tx, path, &bundle, &plan, &recipients, now)?;
        for c in plan.cases {
            report.cases.push(ImportedCase {
                bundle: path.clone(),
                origin_id: bundle.cases[c.index].0.id.clone(),
                local_id: c.local_id,
                reference: c.reference,
                content_hash: c.content_hash,
                fate: c.fate,
            });
        }
        report.manifests.push(bundle.manifest);
    }
    let written = i64::try_from(report.written).unwrap_or(i64::MAX);
    tx.execute(
        "INSERT INTO hq_audit (at, event, count) VALUES ($1, 'bundles.imported', $2)",
        &[&now, &written],
    )
    .map_err(db("auditing the import"))?;
    tx.commit().map_err(db("committing the import"))?;
    Ok(report)
}

/// Write one bundle's plan: its bundle record, then its new cases and conflicting versions
/// (plain columns, reference, sealed content) by binary COPY.
fn write_plan(
    tx: &mut Transaction<'_>,
    path: &Path,
    bundle: &VerifiedBundle,
    plan: &BundlePlan,
    recipients: &[Recipient],
    now: DateTime<Utc>,
) -> Result<usize> {
    let m = &bundle.manifest;
    let sequence = i64::try_from(m.sequence).unwrap_or(i64::MAX);
    if let Some(b) = &plan.record {
        let exported = DateTime::parse_from_rfc3339(&m.exported_at)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or(now);
        tx.execute(
            "INSERT INTO bundles (device_id, sequence, manifest_sha256, exported_at, imported_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[&b.device_id, &sequence, &b.manifest_sha256, &exported, &now],
        )
        .map_err(db("recording the bundle"))?;
    }
    let mut rows = Vec::new();
    for c in &plan.cases {
        if c.fate == CaseFate::Duplicate {
            continue;
        }
        let (record, _) = &bundle.cases[c.index];
        let facts = case_facts(path, record)?;
        let line = record.to_line()?;
        let note = match &c.fate {
            CaseFate::Conflict { note } => Some(note.as_str()),
            _ => None,
        };
        let sealed = seal(&line, note, recipients)?;
        rows.push(Row {
            id: c.local_id.clone(),
            origin_id: record.id.clone(),
            content_hash: c.content_hash.clone(),
            reference: c.reference.clone(),
            conflict: matches!(c.fate, CaseFate::Conflict { .. }),
            facts,
            sealed,
        });
    }
    copy_rows(tx, &m.device_id, sequence, now, &rows, Tables::LIVE)?;
    Ok(rows.len())
}

/// One case ready to write.
pub(crate) struct Row {
    pub(crate) id: String,
    pub(crate) origin_id: String,
    pub(crate) content_hash: String,
    pub(crate) reference: String,
    pub(crate) conflict: bool,
    pub(crate) facts: CaseFacts,
    pub(crate) sealed: Vec<u8>,
}

/// The three tables a case is written to (the benchmark's baseline copies into same-shaped
/// tables of its own).
pub(crate) struct Tables {
    pub(crate) cases: &'static str,
    pub(crate) refs: &'static str,
    pub(crate) content: &'static str,
}

impl Tables {
    pub(crate) const LIVE: Tables = Tables {
        cases: "cases",
        refs: "case_refs",
        content: "case_content",
    };
}

const CASE_COLUMNS: &str = "id, origin_id, content_hash, device_id, bundle_sequence, status, \
    created_at, updated_at, imported_at, questionnaire_id, questionnaire_version, rules_version, \
    assessed_at, trafficking_level, protection_level, flags, referrals, urgent, nationality, \
    age_band, gender, outcome_closed, conflict";

const CASE_TYPES: [Type; 23] = [
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::INT8,
    Type::TEXT,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::TIMESTAMPTZ,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TIMESTAMPTZ,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT_ARRAY,
    Type::TEXT_ARRAY,
    Type::BOOL,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::JSONB,
    Type::BOOL,
];

/// Write rows by binary COPY into `tables`.
pub(crate) fn copy_rows(
    tx: &mut Transaction<'_>,
    device_id: &str,
    sequence: i64,
    now: DateTime<Utc>,
    rows: &[Row],
    tables: Tables,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let writer = tx
        .copy_in(&format!(
            "COPY {} ({CASE_COLUMNS}) FROM STDIN BINARY",
            tables.cases
        ))
        .map_err(db("writing cases"))?;
    let mut w = BinaryCopyInWriter::new(writer, &CASE_TYPES);
    for r in rows {
        let f = &r.facts;
        let outcome = match &f.outcome_closed {
            Some(o) => Some(serde_json::to_value(o).map_err(|e| HqError::Content {
                reference: r.reference.clone(),
                detail: format!("outcome: {e}"),
            })?),
            None => None,
        };
        let values: [&(dyn ToSql + Sync); 23] = [
            &r.id,
            &r.origin_id,
            &r.content_hash,
            &device_id,
            &sequence,
            &f.status,
            &f.created_at,
            &f.updated_at,
            &now,
            &f.questionnaire_id,
            &f.questionnaire_version,
            &f.rules_version,
            &f.assessed_at,
            &f.trafficking_level,
            &f.protection_level,
            &f.flags,
            &f.referrals,
            &f.urgent,
            &f.nationality,
            &f.age_band,
            &f.gender,
            &outcome,
            &r.conflict,
        ];
        w.write(&values).map_err(db("writing cases"))?;
    }
    w.finish().map_err(db("writing cases"))?;
    let writer = tx
        .copy_in(&format!(
            "COPY {} (case_id, reference) FROM STDIN BINARY",
            tables.refs
        ))
        .map_err(db("writing references"))?;
    let mut w = BinaryCopyInWriter::new(writer, &[Type::TEXT, Type::TEXT]);
    for r in rows {
        w.write(&[&r.id, &r.reference])
            .map_err(db("writing references"))?;
    }
    w.finish().map_err(db("writing references"))?;
    let writer = tx
        .copy_in(&format!(
            "COPY {} (case_id, sealed) FROM STDIN BINARY",
            tables.content
        ))
        .map_err(db("writing sealed content"))?;
    let mut w = BinaryCopyInWriter::new(writer, &[Type::TEXT, Type::BYTEA]);
    for r in rows {
        w.write(&[&r.id, &r.sealed])
            .map_err(db("writing sealed content"))?;
    }
    w.finish().map_err(db("writing sealed content"))?;
    Ok(())
}

/// The register in PostgreSQL, read inside the import's transaction.
struct PgRegister<'a, 't> {
    tx: &'a mut Transaction<'t>,
}

impl Register for PgRegister<'_, '_> {
    type Error = HqError;

    fn enrolled_key(&mut self, device_id: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .query_opt(
                "SELECT public_key FROM devices WHERE device_id = $1",
                &[&device_id],
            )
            .map_err(db("reading the device register"))?
            .map(|r| r.get(0)))
    }

    fn bundles_from(&mut self, device_id: &str) -> Result<Vec<(u64, String)>> {
        let rows = self
            .tx
            .query(
                "SELECT sequence, manifest_sha256 FROM bundles WHERE device_id = $1",
                &[&device_id],
            )
            .map_err(db("reading imported bundles"))?;
        Ok(rows
            .iter()
            .map(|r| {
                let n: i64 = r.get(0);
                (u64::try_from(n).unwrap_or(0), r.get(1))
            })
            .collect())
    }

    fn first_withdrawn(&mut self, device_id: &str, case_ids: &[&str]) -> Result<Option<String>> {
        Ok(self
            .tx
            .query_opt(
                "SELECT origin_id FROM tombstones WHERE device_id = $1 AND origin_id = ANY($2)
                 ORDER BY origin_id LIMIT 1",
                &[&device_id, &case_ids],
            )
            .map_err(db("reading tombstones"))?
            .map(|r| r.get(0)))
    }

    fn held_hashes(&mut self, origin_ids: &[&str]) -> Result<HashMap<String, Vec<String>>> {
        let rows = self
            .tx
            .query(
                "SELECT origin_id, content_hash FROM cases WHERE origin_id = ANY($1)",
                &[&origin_ids],
            )
            .map_err(db("reading held versions"))?;
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for r in rows {
            out.entry(r.get(0)).or_default().push(r.get(1));
        }
        Ok(out)
    }

    fn ids_taken(&mut self, ids: &[&str]) -> Result<HashSet<String>> {
        let rows = self
            .tx
            .query("SELECT id FROM cases WHERE id = ANY($1)", &[&ids])
            .map_err(db("reading case ids"))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn references_taken(&mut self, references: &[&str]) -> Result<HashSet<String>> {
        let rows = self
            .tx
            .query(
                "SELECT reference FROM case_refs WHERE reference = ANY($1)",
                &[&references],
            )
            .map_err(db("reading references"))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}
