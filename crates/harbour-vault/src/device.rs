//! The device's identity and headquarters' register of devices.
//!
//! Every vault holds an Ed25519 signing key, made with the vault (or when an older vault is
//! first unlocked by this release) and kept *inside the encrypted database*, never in the key
//! file. The device id is derived from the public key, so it cannot be claimed by another
//! key; the fingerprint is the same key in a form two people can read to each other over the
//! phone (eight groups of five digits, like Signal's safety numbers).
//!
//! The secret never leaves this module: callers get signatures, and only for a fixed set of
//! purposes ([`SignPurpose`]), each with its own domain prefix, so the vault cannot be used to
//! sign anything else.
//!
//! At headquarters, the same tables hold the register of enrolled devices, the bundles
//! imported from each (their sequence numbers, for the replay check) and the tombstones of
//! imported cases withdrawn here (so they never come back).

use crate::audit::AuditEvent;
use crate::error::{classify_write, Result, VaultError};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rusqlite::{params, OptionalExtension};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// What a device signature is for. Each purpose signs under its own prefix, so a signature
/// made for one can never pass as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignPurpose {
    /// The manifest line of an export bundle.
    BundleManifest,
    /// The enrolment file a device gives headquarters.
    Enrolment,
}

impl SignPurpose {
    fn prefix(self) -> &'static [u8] {
        match self {
            SignPurpose::BundleManifest => b"harbour/bundle-manifest/v1\0",
            SignPurpose::Enrolment => b"harbour/device-enrolment/v1\0",
        }
    }

    fn message(self, msg: &[u8]) -> Vec<u8> {
        let mut m = Vec::with_capacity(self.prefix().len() + msg.len());
        m.extend_from_slice(self.prefix());
        m.extend_from_slice(msg);
        m
    }
}

/// A device's public signing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DevicePublicKey([u8; 32]);

impl DevicePublicKey {
    /// From lower-case hex (64 characters) that is a valid Ed25519 point; `None` otherwise.
    pub fn from_hex(s: &str) -> Option<DevicePublicKey> {
        if s.len() != 64 || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(s, &mut bytes).ok()?;
        VerifyingKey::from_bytes(&bytes).ok()?;
        Some(DevicePublicKey(bytes))
    }

    /// Lower-case hex.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The device id: the first 16 bytes of SHA-256 of the public key, lower-case hex.
    pub fn device_id(&self) -> String {
        let d = Sha256::digest(self.0);
        hex::encode(&d[..16])
    }

    /// The fingerprint to compare aloud: eight groups of five digits from SHA-256 of a
    /// domain prefix and the key (about 132 bits).
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"harbour/device-fingerprint/v1\0");
        h.update(self.0);
        let d = h.finalize();
        d.chunks(4)
            .map(|c| {
                let n = u32::from_be_bytes([c[0], c[1], c[2], c[3]]) % 100_000;
                format!("{n:05}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether `signature` (64 bytes) is this key's signature of `msg` for `purpose`.
    /// Strict verification: no malleable or small-order forms.
    pub fn verify(&self, purpose: SignPurpose, msg: &[u8], signature: &[u8]) -> bool {
        let Ok(key) = VerifyingKey::from_bytes(&self.0) else {
            return false;
        };
        let Ok(sig) = Signature::from_slice(signature) else {
            return false;
        };
        key.verify_strict(&purpose.message(msg), &sig).is_ok()
    }
}

/// Whether two fingerprints are the same, ignoring spaces, dashes and other separators.
pub fn fingerprints_match(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let (a, b) = (digits(a), digits(b));
    a.len() == 40 && a == b
}

/// A device in headquarters' register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolledDevice {
    /// Its id.
    pub device_id: String,
    /// Its public key.
    pub public_key: DevicePublicKey,
    /// When it was enrolled.
    pub enrolled_at: String,
    /// Who enrolled it (staff id).
    pub enrolled_by: String,
}

/// A bundle about to be recorded as imported (device and sequence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleImport {
    /// The device that made it.
    pub device_id: String,
    /// Its sequence number on that device.
    pub sequence: u64,
    /// SHA-256 of its signed manifest line.
    pub manifest_sha256: String,
}

impl Vault {
    /// Make the device key if the vault has none (a new vault, or one made before device
    /// identity). The seed comes from the operating system's randomness.
    pub(crate) fn ensure_device_key(&mut self) -> Result<()> {
        let err = |e| classify_write(&self.path, "making the device key", e);
        let has: Option<i64> = self
            .conn
            .query_row("SELECT id FROM device_key WHERE id = 1", [], |r| r.get(0))
            .optional()
            .map_err(err)?;
        if has.is_some() {
            return Ok(());
        }
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|e| VaultError::Io {
            action: "gathering randomness for",
            path: "the device key".into(),
            source: std::io::Error::other(e.to_string()),
        })?;
        self.conn
            .execute(
                "INSERT OR IGNORE INTO device_key (id, seed) VALUES (1, ?1)",
                [&seed[..]],
            )
            .map_err(|e| classify_write(&self.path, "making the device key", e))?;
        Ok(())
    }

    fn signing_key(&self) -> Result<SigningKey> {
        let seed: Zeroizing<Vec<u8>> = self
            .conn
            .query_row("SELECT seed FROM device_key WHERE id = 1", [], |r| {
                r.get::<_, Vec<u8>>(0)
            })
            .map(Zeroizing::new)
            .map_err(|e| classify_write(&self.path, "reading the device key", e))?;
        let mut bytes = Zeroizing::new([0u8; 32]);
        if seed.len() != 32 {
            return Err(VaultError::Corrupt {
                path: self.path.clone(),
                detail: "the device key has the wrong length".into(),
            });
        }
        bytes.copy_from_slice(&seed);
        Ok(SigningKey::from_bytes(&bytes))
    }

    /// This device's public signing key.
    pub fn device_public_key(&self) -> Result<DevicePublicKey> {
        Ok(DevicePublicKey(
            self.signing_key()?.verifying_key().to_bytes(),
        ))
    }

    /// This device's id (derived from its public key).
    pub fn device_id(&self) -> Result<String> {
        Ok(self.device_public_key()?.device_id())
    }

    /// Sign `msg` for `purpose` with the device key. Supervisor only (exports and
    /// enrolment are supervisors' work). Returns the 64-byte signature.
    pub fn sign_as_device(&self, purpose: SignPurpose, msg: &[u8]) -> Result<[u8; 64]> {
        self.require_supervisor("signing as this device")?;
        Ok(self.signing_key()?.sign(&purpose.message(msg)).to_bytes())
    }

    /// Take the next export sequence number (1, 2, …). Counted up even if the export then
    /// fails, so a number is never used twice.
    pub fn next_export_sequence(&mut self) -> Result<u64> {
        self.require_supervisor("exporting cases")?;
        let err = |e| classify_write(&self.path, "numbering the export", e);
        let n: i64 = self
            .conn
            .query_row(
                "UPDATE device_key SET export_sequence = export_sequence + 1 WHERE id = 1 RETURNING export_sequence",
                [],
                |r| r.get(0),
            )
            .map_err(err)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Register a device at headquarters (supervisor only; audited). Enrolling a device
    /// already registered changes nothing.
    pub fn enrol_device(&mut self, key: &DevicePublicKey, now: DateTime<Utc>) -> Result<()> {
        self.require_supervisor("enrolling a device")?;
        let n = self
            .conn
            .execute(
                "INSERT OR IGNORE INTO enrolled_devices (device_id, public_key, enrolled_at, enrolled_by) VALUES (?1, ?2, ?3, ?4)",
                params![key.device_id(), key.to_hex(), now.to_rfc3339(), self.actor],
            )
            .map_err(|e| classify_write(&self.path, "enrolling a device", e))?;
        if n > 0 {
            self.audit(AuditEvent::DeviceEnrolled, None, now)?;
        }
        Ok(())
    }

    /// An enrolled device by id.
    pub fn enrolled_device(&self, device_id: &str) -> Result<Option<EnrolledDevice>> {
        self.require_supervisor("reading the device register")?;
        Ok(self
            .read_devices("WHERE device_id = ?1", device_id)?
            .into_iter()
            .next())
    }

    /// Every enrolled device.
    pub fn enrolled_devices(&self) -> Result<Vec<EnrolledDevice>> {
        self.require_supervisor("reading the device register")?;
        self.read_devices("WHERE ?1 = ?1", "")
    }

    fn read_devices(&self, filter: &str, value: &str) -> Result<Vec<EnrolledDevice>> {
        let err = |e| classify_write(&self.path, "reading the device register", e);
        let sql = format!("SELECT device_id, public_key, enrolled_at, enrolled_by FROM enrolled_devices {filter} ORDER BY enrolled_at, device_id");
        let mut st = self.conn.prepare(&sql).map_err(err)?;
        let rows = st
            .query_map([value], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(err)?;
        rows.into_iter()
            .map(|(device_id, key, enrolled_at, enrolled_by)| {
                let public_key =
                    DevicePublicKey::from_hex(&key).ok_or_else(|| VaultError::Corrupt {
                        path: self.path.clone(),
                        detail: "a registered device key is not a valid key".into(),
                    })?;
                Ok(EnrolledDevice {
                    device_id,
                    public_key,
                    enrolled_at,
                    enrolled_by,
                })
            })
            .collect()
    }

    /// The bundles imported from a device: (sequence, SHA-256 of the manifest line).
    pub fn bundles_imported_from(&self, device_id: &str) -> Result<Vec<(u64, String)>> {
        self.require_supervisor("reading import records")?;
        let err = |e| classify_write(&self.path, "reading import records", e);
        let mut st = self
            .conn
            .prepare("SELECT sequence, manifest_sha256 FROM bundle_imports WHERE device_id = ?1 ORDER BY sequence")
            .map_err(err)?;
        let rows = st
            .query_map([device_id], |r| {
                Ok((u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0), r.get(1)?))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(err)?;
        Ok(rows)
    }

    /// Whether a case from `device_id` with the device's id `origin_case_id` was imported
    /// here and then withdrawn.
    pub fn is_withdrawn_here(&self, device_id: &str, origin_case_id: &str) -> Result<bool> {
        self.require_supervisor("reading import records")?;
        let found: Option<i64> = self
            .conn
            .query_row(
                "SELECT 1 FROM case_tombstones WHERE source_device = ?1 AND origin_case_id = ?2",
                [device_id, origin_case_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| classify_write(&self.path, "reading import records", e))?;
        Ok(found.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_forty_digits_in_eight_groups_and_compare_loosely() {
        let k = DevicePublicKey(
            SigningKey::from_bytes(&[7u8; 32])
                .verifying_key()
                .to_bytes(),
        );
        let f = k.fingerprint();
        assert_eq!(f.len(), 47);
        assert_eq!(f.split(' ').count(), 8);
        assert!(fingerprints_match(&f, &f.replace(' ', "-")));
        assert!(!fingerprints_match(&f, &f[..40]));
        assert_eq!(k.device_id().len(), 32);
        assert_eq!(DevicePublicKey::from_hex(&k.to_hex()), Some(k));
        assert_eq!(DevicePublicKey::from_hex(&k.to_hex().to_uppercase()), None);
    }

    #[test]
    fn a_signature_is_bound_to_its_purpose() {
        let s = SigningKey::from_bytes(&[9u8; 32]);
        let k = DevicePublicKey(s.verifying_key().to_bytes());
        let sig = s
            .sign(&SignPurpose::BundleManifest.message(b"m"))
            .to_bytes();
        assert!(k.verify(SignPurpose::BundleManifest, b"m", &sig));
        assert!(!k.verify(SignPurpose::Enrolment, b"m", &sig));
        assert!(!k.verify(SignPurpose::BundleManifest, b"n", &sig));
        assert!(!k.verify(SignPurpose::BundleManifest, b"m", &sig[..63]));
    }
}
