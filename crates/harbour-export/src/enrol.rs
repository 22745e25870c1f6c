//! Device enrolment: a field device writes a small signed file naming its public key; a
//! supervisor at headquarters registers it after comparing the fingerprint with the device
//! (read aloud over the phone). Only bundles signed by enrolled devices are imported.
//!
//! The file is JSON: `{"body":{format, format_version, device_id, public_key, fingerprint,
//! created_at},"signature":"<hex>"}`, the signature being the device key's over the body's
//! serialisation (under the domain prefix of `SignPurpose::Enrolment`). It holds no secret
//! and no name.

use crate::error::{io_err, ExportError, Result};
use chrono::{DateTime, Utc};
use harbour_vault::{fingerprints_match, DevicePublicKey, SignPurpose, Vault};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// The `format` of an enrolment file.
pub const ENROLMENT_FORMAT: &str = "harbour-device-enrolment";
/// Largest enrolment file read (they are a few hundred bytes).
const MAX_ENROLMENT_BYTES: u64 = 16 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    format: String,
    format_version: u32,
    device_id: String,
    public_key: String,
    fingerprint: String,
    created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    body: Body,
    signature: String,
}

/// A verified enrolment: a device's public key, proven by its own signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The device id (derived from the key).
    pub device_id: String,
    /// The device's public key.
    pub public_key: DevicePublicKey,
    /// The fingerprint to compare with the device.
    pub fingerprint: String,
    /// When the file was made.
    pub created_at: String,
}

/// Write this device's enrolment file at `out` (never overwritten). Supervisor only.
pub fn write_enrolment(vault: &Vault, out: &Path, now: DateTime<Utc>) -> Result<Enrolment> {
    let key = vault.device_public_key()?;
    let body = Body {
        format: ENROLMENT_FORMAT.into(),
        format_version: 1,
        device_id: key.device_id(),
        public_key: key.to_hex(),
        fingerprint: key.fingerprint(),
        created_at: now.to_rfc3339(),
    };
    let bytes = to_json(&body)?;
    let sig = vault.sign_as_device(SignPurpose::Enrolment, &bytes)?;
    let file = File {
        body: body.clone(),
        signature: hex::encode(sig),
    };
    let mut text = to_json(&file)?;
    text.push(b'\n');
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => ExportError::OutputExists {
                path: out.to_path_buf(),
            },
            _ => ExportError::Io {
                action: "creating",
                path: out.to_path_buf(),
                source: e,
            },
        })?;
    f.write_all(&text)
        .and_then(|()| f.sync_all())
        .map_err(io_err("writing", out))?;
    Ok(Enrolment {
        device_id: body.device_id,
        public_key: key,
        fingerprint: body.fingerprint,
        created_at: body.created_at,
    })
}

/// Read and verify an enrolment file: its format, the key, the id and fingerprint derived
/// from it, and the device's signature. Nothing is written.
pub fn read_enrolment(path: &Path) -> Result<Enrolment> {
    let bad = |detail: &str| ExportError::BadEnrolment {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    let size = std::fs::metadata(path)
        .map_err(io_err("reading", path))?
        .len();
    if size > MAX_ENROLMENT_BYTES {
        return Err(bad("too large"));
    }
    let text = std::fs::read(path).map_err(io_err("reading", path))?;
    let file: File = serde_json::from_slice(&text).map_err(|_| bad("not an enrolment file"))?;
    let b = &file.body;
    if b.format != ENROLMENT_FORMAT || b.format_version != 1 {
        return Err(bad("not an enrolment file of this version"));
    }
    let key = DevicePublicKey::from_hex(&b.public_key).ok_or_else(|| bad("not a device key"))?;
    if key.device_id() != b.device_id || key.fingerprint() != b.fingerprint {
        return Err(bad("the id or fingerprint does not belong to the key"));
    }
    if !crate::fields::is_timestamp(&b.created_at) {
        return Err(bad("the time is not an RFC 3339 time"));
    }
    let bytes = to_json(b)?;
    let sig = hex::decode(&file.signature).map_err(|_| bad("the signature is not hex"))?;
    if !key.verify(SignPurpose::Enrolment, &bytes, &sig) {
        return Err(bad("the device's signature does not verify"));
    }
    Ok(Enrolment {
        device_id: b.device_id.clone(),
        public_key: key,
        fingerprint: b.fingerprint.clone(),
        created_at: b.created_at.clone(),
    })
}

/// Register the device of `enrolment` at headquarters, after the person has compared its
/// fingerprint with the device: `confirmed_fingerprint` must match (separators ignored).
/// Supervisor only; audited.
pub fn enrol(
    vault: &mut Vault,
    enrolment: &Enrolment,
    confirmed_fingerprint: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if !fingerprints_match(confirmed_fingerprint, &enrolment.fingerprint) {
        return Err(ExportError::FingerprintMismatch {
            actual: enrolment.fingerprint.clone(),
        });
    }
    vault.enrol_device(&enrolment.public_key, now)?;
    Ok(())
}

/// Enrol the device that signed a held bundle, from the bundle itself: its signature and
/// organisation are already verified ([`crate::open_bundle`]), and a person compared the
/// fingerprint of the device's key with the one the device shows (read aloud or on its
/// screen) and typed it as `confirmed_fingerprint`. Supervisor only.
pub fn enrol_bundle_device(
    vault: &mut Vault,
    path: &Path,
    bundle: &crate::manifest::VerifiedBundle,
    confirmed_fingerprint: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    let key = DevicePublicKey::from_hex(&bundle.manifest.device_public_key).ok_or_else(|| {
        ExportError::BadEnrolment {
            path: path.to_path_buf(),
            detail: "the bundle's device key is not a valid key".into(),
        }
    })?;
    let fingerprint = key.fingerprint();
    if !fingerprints_match(confirmed_fingerprint, &fingerprint) {
        return Err(ExportError::FingerprintMismatch {
            actual: fingerprint,
        });
    }
    vault.enrol_device(&key, now)?;
    Ok(key.device_id())
}

/// Serialise to JSON bytes (structs of plain fields; a failure would be a bug).
fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| ExportError::Internal {
        action: "serialising an enrolment",
        detail: e.to_string(),
    })
}
