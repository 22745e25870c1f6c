//! The exporting device's identity, as bundles carry it: the vault's Ed25519 device key
//! (see `harbour_vault::DevicePublicKey`), its id derived from the public key, and the
//! signature over each bundle's manifest. Never a hostname, a user name or a hardware serial.

use crate::error::{ExportError, Result};
use crate::keys::Recipient;
use crate::manifest::{recipient_fingerprint, SignatureLine, Signer};
use chrono::{DateTime, Utc};
use harbour_vault::{SignPurpose, Vault};

/// The vault setting that held the random device id of releases before device keys. No
/// longer written or read: the id is now derived from the device's public key.
pub const DEVICE_ID_SETTING: &str = "device_id";

/// This vault's device id: the first 16 bytes of SHA-256 of its public signing key, hex.
/// (`now` is kept for callers of the earlier signature; nothing is written.)
pub fn device_id(vault: &mut Vault, now: DateTime<Utc>) -> Result<String> {
    let _ = now;
    Ok(vault.device_id()?)
}

/// Who signs an export and for whom: takes the device's next sequence number.
pub(crate) fn signer(vault: &mut Vault, recipients: &[Recipient]) -> Result<Signer> {
    let key = vault.device_public_key()?;
    let sequence = vault.next_export_sequence()?;
    let mut fingerprints: Vec<String> = recipients
        .iter()
        .map(|r| recipient_fingerprint(&r.to_string()))
        .collect();
    fingerprints.sort();
    fingerprints.dedup();
    Ok(Signer {
        device_id: key.device_id(),
        public_key: key.to_hex(),
        sequence,
        recipients: fingerprints,
    })
}

/// The signature line for a manifest line.
pub(crate) fn signature_line(vault: &Vault, manifest_line: &[u8]) -> Result<Vec<u8>> {
    let sig = vault.sign_as_device(SignPurpose::BundleManifest, manifest_line)?;
    serde_json::to_vec(&SignatureLine {
        signature: hex::encode(sig),
    })
    .map_err(|e| ExportError::Internal {
        action: "serialising the signature",
        detail: e.to_string(),
    })
}
