//! What needs the sealed content: `hq summary` (a caseworker, with the organisation
//! identity) and withdrawing a case (an administrator; leaves a tombstone).

use crate::error::{db, HqError, Result};
use crate::seal::open;
use chrono::{DateTime, Utc};
use harbour_export::{summary_of_record, Identity, ReferralKind, Summary};
use postgres::Client;
use std::path::Path;

/// Make the referral summary of the case with this reference, from its decrypted content,
/// and record that it was made (`case.summary_printed`). Needs `harbour_caseworker`.
pub fn referral_summary(
    client: &mut Client,
    identities: &[Identity],
    reference: &str,
    kind: ReferralKind,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Summary> {
    crate::schema::check(client)?;
    let reference = reference.trim().to_ascii_uppercase();
    let row = client
        .query_opt(
            "SELECT c.case_id, c.sealed FROM case_refs r JOIN case_content c ON c.case_id = r.case_id
             WHERE r.reference = $1",
            &[&reference],
        )
        .map_err(db("reading a case's content"))?
        .ok_or_else(|| HqError::CaseNotFound(reference.clone()))?;
    let case_id: String = row.get(0);
    let sealed: Vec<u8> = row.get(1);
    let opened = open(&sealed, identities, &reference)?;
    let mut record = opened.record;
    // The reference here (a conflicting version's may carry a suffix).
    record.reference = reference;
    let summary = summary_of_record(&record, kind, lang, now)?;
    client
        .execute(
            "INSERT INTO hq_audit (at, event, case_id, count) VALUES ($1, 'case.summary_printed', $2, 1)",
            &[&now, &case_id],
        )
        .map_err(db("auditing a summary"))?;
    Ok(summary)
}

/// [`referral_summary`] written to `out` (owner-only temporary file, fsync, rename).
pub fn write_referral_summary(
    client: &mut Client,
    identities: &[Identity],
    reference: &str,
    kind: ReferralKind,
    lang: &str,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<Summary> {
    let s = referral_summary(client, identities, reference, kind, lang, now)?;
    harbour_export::stats::write_atomic(out, &s.pdf)?;
    Ok(s)
}

/// Withdraw a case: delete it (its reference and content go with it) and leave a tombstone
/// (device, the case's id there), so a bundle holding it again is refused. Needs
/// `harbour_admin`.
pub fn withdraw(client: &mut Client, reference: &str, now: DateTime<Utc>) -> Result<()> {
    crate::schema::check(client)?;
    let reference = reference.trim().to_ascii_uppercase();
    let mut tx = client.transaction().map_err(db("withdrawing a case"))?;
    let row = tx
        .query_opt(
            "SELECT c.id, c.device_id, c.origin_id FROM case_refs r JOIN cases c ON c.id = r.case_id
             WHERE r.reference = $1 FOR UPDATE",
            &[&reference],
        )
        .map_err(db("withdrawing a case"))?
        .ok_or_else(|| HqError::CaseNotFound(reference.clone()))?;
    let (id, device, origin): (String, String, String) = (row.get(0), row.get(1), row.get(2));
    tx.execute(
        "INSERT INTO tombstones (device_id, origin_id, withdrawn_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
        &[&device, &origin, &now],
    )
    .map_err(db("withdrawing a case"))?;
    tx.execute("DELETE FROM case_content WHERE case_id = $1", &[&id])
        .map_err(db("withdrawing a case"))?;
    tx.execute("DELETE FROM case_refs WHERE case_id = $1", &[&id])
        .map_err(db("withdrawing a case"))?;
    tx.execute("DELETE FROM cases WHERE id = $1", &[&id])
        .map_err(db("withdrawing a case"))?;
    tx.execute(
        "INSERT INTO hq_audit (at, event, count) VALUES ($1, 'case.withdrawn', 1)",
        &[&now],
    )
    .map_err(db("auditing a withdrawal"))?;
    tx.commit().map_err(db("withdrawing a case"))?;
    Ok(())
}
