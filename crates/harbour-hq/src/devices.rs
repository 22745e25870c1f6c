//! The device register at headquarters: `hq enrol` (the same file check and fingerprint
//! comparison as a vault headquarters) and `hq devices`.

use crate::error::{db, Result};
use chrono::{DateTime, Utc};
use harbour_export::{Enrolment, ExportError};
use harbour_vault::fingerprints_match;
use postgres::Client;

/// An enrolled device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// Its id.
    pub device_id: String,
    /// Its fingerprint.
    pub fingerprint: String,
    /// When it was enrolled.
    pub enrolled_at: DateTime<Utc>,
}

/// Register the device of a verified enrolment file, after the person compared its
/// fingerprint with the device: `confirmed_fingerprint` must match (separators ignored).
/// Enrolling the same device again changes nothing.
pub fn enrol(
    client: &mut Client,
    enrolment: &Enrolment,
    confirmed_fingerprint: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    crate::schema::check(client)?;
    if !fingerprints_match(confirmed_fingerprint, &enrolment.fingerprint) {
        return Err(ExportError::FingerprintMismatch {
            actual: enrolment.fingerprint.clone(),
        }
        .into());
    }
    let mut tx = client.transaction().map_err(db("enrolling a device"))?;
    let n = tx
        .execute(
            "INSERT INTO devices (device_id, public_key, fingerprint, enrolled_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (device_id) DO NOTHING",
            &[
                &enrolment.device_id,
                &enrolment.public_key.to_hex(),
                &enrolment.fingerprint,
                &now,
            ],
        )
        .map_err(db("enrolling a device"))?;
    if n > 0 {
        tx.execute(
            "INSERT INTO hq_audit (at, event) VALUES ($1, 'device.enrolled')",
            &[&now],
        )
        .map_err(db("auditing an enrolment"))?;
    }
    tx.commit().map_err(db("enrolling a device"))?;
    Ok(())
}

/// The enrolled devices, oldest first.
pub fn devices(client: &mut Client) -> Result<Vec<Device>> {
    crate::schema::check(client)?;
    let rows = client
        .query(
            "SELECT device_id, fingerprint, enrolled_at FROM devices ORDER BY enrolled_at, device_id",
            &[],
        )
        .map_err(db("listing devices"))?;
    Ok(rows
        .iter()
        .map(|r| Device {
            device_id: r.get(0),
            fingerprint: r.get(1),
            enrolled_at: r.get(2),
        })
        .collect())
}
