//! The bundle's plaintext layout and its manifest.
//!
//! Inside the age encryption, a bundle is JSON Lines:
//!
//! ```text
//! {"format":"harbour-bundle","format_version":1}      header
//! {case record}                                       one line per case (bundle.rs)
//! …
//! {manifest}                                          hashes, device, recipients, sequence
//! {"signature":"<hex>"}                               the device's Ed25519 signature
//! NUL bytes                                           padding to a multiple of 64 KiB
//! ```
//!
//! The manifest comes last so the export can stream: each case's hash is computed as its
//! line is written. The signature covers the manifest line's exact bytes (under the domain
//! prefix of `SignPurpose::BundleManifest`), so every case line, the device, the sequence
//! number and the recipients the bundle was encrypted to are all signed, and the signature
//! travels inside the encryption. The padding makes every age chunk full-size, so a bundle cut short
//! anywhere is recognised as truncated before anything is decrypted (see import.rs), and it
//! hides the exact size of the content.

use crate::bundle::CaseRecord;
use crate::error::{ExportError, Result};
use harbour_vault::{DevicePublicKey, SignPurpose};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// The `format` value of a Harbour bundle.
pub const FORMAT: &str = "harbour-bundle";
/// The bundle format version written by this build (and the only one it reads). Version 1
/// bundles were not signed and are refused as such.
pub const FORMAT_VERSION: u32 = 2;
/// Padding unit: age's chunk size.
pub const PAD_TO: usize = 64 * 1024;

/// The first line of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] at the time of writing.
    pub format_version: u32,
}

/// What a bundle holds, checked in full on import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version.
    pub format_version: u32,
    /// When the bundle was made (RFC 3339).
    pub exported_at: String,
    /// The exporting device's id (derived from its public key; never a hostname).
    pub device_id: String,
    /// The device's Ed25519 public key (hex) that signs this manifest.
    pub device_public_key: String,
    /// The device's export number (1, 2, …): a bundle older than one already imported from
    /// the same device is refused.
    pub sequence: u64,
    /// Fingerprints of the organisation public keys the bundle is encrypted to
    /// ([`recipient_fingerprint`]), sorted.
    pub recipients: Vec<String>,
    /// Questionnaires the cases were interviewed with.
    pub questionnaires: Vec<QuestionnaireRef>,
    /// Rules versions of the stored assessments.
    pub rules_versions: Vec<String>,
    /// Counts, recomputed and compared on import.
    pub counts: Counts,
    /// Each case, in the order of the lines, with the SHA-256 of its line.
    pub cases: Vec<ManifestCase>,
}

/// A questionnaire id and version.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
}

/// How many of each thing the bundle holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Cases.
    pub cases: usize,
    /// Interview sessions.
    pub sessions: usize,
    /// Steps.
    pub steps: usize,
    /// Stored assessments.
    pub assessments: usize,
    /// Audit entries.
    pub audit_entries: usize,
}

/// One case in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestCase {
    /// Case id on the device.
    pub id: String,
    /// Its reference.
    pub reference: String,
    /// SHA-256 (hex) of the case's line, without the newline.
    pub sha256: String,
}

/// Accumulates the manifest while cases are streamed out.
#[derive(Debug, Default)]
pub(crate) struct ManifestBuilder {
    questionnaires: BTreeSet<QuestionnaireRef>,
    rules_versions: BTreeSet<String>,
    counts: Counts,
    cases: Vec<ManifestCase>,
}

/// Who signs a manifest and for whom: filled in by the export.
#[derive(Debug, Clone)]
pub(crate) struct Signer {
    pub(crate) device_id: String,
    pub(crate) public_key: String,
    pub(crate) sequence: u64,
    pub(crate) recipients: Vec<String>,
}

/// The signature line that follows the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureLine {
    /// The device's Ed25519 signature of the manifest line (hex, 128 characters).
    pub signature: String,
}

/// The fingerprint of an organisation public key (`age1…`) as a manifest names it: the
/// first 16 bytes of SHA-256 of its text, hex.
pub fn recipient_fingerprint(recipient: &str) -> String {
    let h = crate::bundle::sha256_hex(recipient.as_bytes());
    h[..32].to_string()
}

impl ManifestBuilder {
    pub(crate) fn add(&mut self, record: &CaseRecord, sha256: String) {
        self.counts.add(record);
        for s in &record.sessions {
            self.questionnaires.insert(QuestionnaireRef {
                id: s.questionnaire_id.clone(),
                version: s.questionnaire_version.clone(),
            });
        }
        if let Some(a) = &record.assessment {
            self.rules_versions.insert(a.rules_version.clone());
        }
        self.cases.push(ManifestCase {
            id: record.id.clone(),
            reference: record.reference.clone(),
            sha256,
        });
    }

    pub(crate) fn finish(self, exported_at: String, signer: Signer) -> Manifest {
        Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            exported_at,
            device_id: signer.device_id,
            device_public_key: signer.public_key,
            sequence: signer.sequence,
            recipients: signer.recipients,
            questionnaires: self.questionnaires.into_iter().collect(),
            rules_versions: self.rules_versions.into_iter().collect(),
            counts: self.counts,
            cases: self.cases,
        }
    }
}

impl Counts {
    pub(crate) fn add(&mut self, r: &CaseRecord) {
        self.cases += 1;
        self.sessions += r.sessions.len();
        self.steps += r.sessions.iter().map(|s| s.steps.len()).sum::<usize>();
        self.assessments += usize::from(r.assessment.is_some());
        self.audit_entries += r.audit.len();
    }
}

/// The header line.
pub(crate) fn header_line() -> Vec<u8> {
    let h = Header {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
    };
    // A struct of two plain fields always serialises.
    serde_json::to_vec(&h).unwrap_or_default()
}

/// A bundle's verified content.
#[derive(Debug)]
pub struct VerifiedBundle {
    /// The manifest.
    pub manifest: Manifest,
    /// SHA-256 of the signed manifest line (identifies the bundle).
    pub manifest_sha256: String,
    /// The cases with the hash of each, in bundle order.
    pub cases: Vec<(CaseRecord, String)>,
}

/// Parse and verify a decrypted bundle: layout, format version, the device signature over
/// the manifest, every case hash against the manifest, the manifest's counts and every
/// field's format. Any mismatch rejects the whole bundle. Whether the device is enrolled,
/// the organisation and the sequence are checked by the import, which knows the vault.
pub(crate) fn verify(path: &Path, plain: &[u8]) -> Result<VerifiedBundle> {
    let tampered = |detail: String| ExportError::Tampered {
        path: path.to_path_buf(),
        detail,
    };
    let not_bundle = |detail: &str| ExportError::NotABundle {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    };
    let unsigned = || ExportError::Unsigned {
        path: path.to_path_buf(),
    };
    let end = plain.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    let body = &plain[..end];
    let Some(body) = body.strip_suffix(b"\n") else {
        return Err(not_bundle("no complete last line"));
    };
    let mut lines: Vec<&[u8]> = body.split(|b| *b == b'\n').collect();
    if lines.len() < 2 {
        return Err(not_bundle("no header or manifest"));
    }
    let header: Header =
        serde_json::from_slice(lines[0]).map_err(|_| not_bundle("no Harbour header"))?;
    if header.format != FORMAT {
        return Err(not_bundle("unknown format"));
    }
    if header.format_version == 1 {
        // Bundles of releases before signed bundles carry no device signature.
        return Err(unsigned());
    }
    if header.format_version != FORMAT_VERSION {
        return Err(ExportError::NotABundle {
            path: path.to_path_buf(),
            detail: format!(
                "format version {} (this Harbour reads version {FORMAT_VERSION})",
                header.format_version
            ),
        });
    }
    let last = lines.pop().unwrap_or_default();
    let Ok(sig) = serde_json::from_slice::<SignatureLine>(last) else {
        return Err(unsigned());
    };
    if lines.len() < 2 {
        return Err(not_bundle("no manifest"));
    }
    let manifest_line = lines.pop().unwrap_or_default();
    let manifest: Manifest = serde_json::from_slice(manifest_line)
        .map_err(|e| tampered(format!("manifest unreadable at column {}", e.column())))?;
    let bad_sig = || ExportError::BadSignature {
        path: path.to_path_buf(),
    };
    let key = DevicePublicKey::from_hex(&manifest.device_public_key).ok_or_else(bad_sig)?;
    let sig_bytes = hex::decode(&sig.signature).map_err(|_| bad_sig())?;
    if !key.verify(SignPurpose::BundleManifest, manifest_line, &sig_bytes) {
        return Err(bad_sig());
    }
    if key.device_id() != manifest.device_id {
        return Err(bad_sig());
    }
    if manifest.format != FORMAT || manifest.format_version != FORMAT_VERSION {
        return Err(tampered(
            "manifest and header disagree on the format".into(),
        ));
    }
    let manifest_field = |field: &'static str, reason: &str| ExportError::BadField {
        path: path.to_path_buf(),
        place: "the manifest".into(),
        field,
        reason: reason.into(),
    };
    if !crate::fields::is_timestamp(&manifest.exported_at) {
        return Err(manifest_field("exported_at", "is not an RFC 3339 time"));
    }
    if manifest.sequence == 0 || manifest.sequence > i64::MAX as u64 {
        return Err(manifest_field("sequence", "is out of range"));
    }
    if manifest.recipients.is_empty()
        || manifest.recipients.len() > 64
        || !manifest
            .recipients
            .iter()
            .all(|r| r.len() == 32 && r.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
    {
        return Err(manifest_field(
            "recipients",
            "is not a list of key fingerprints",
        ));
    }
    let case_lines = &lines[1..];
    if case_lines.len() != manifest.cases.len() {
        return Err(tampered(format!(
            "the manifest lists {} case(s), the bundle holds {}",
            manifest.cases.len(),
            case_lines.len()
        )));
    }
    let mut seen = std::collections::HashSet::new();
    let mut refs = std::collections::HashSet::new();
    let mut counts = Counts::default();
    let mut cases = Vec::with_capacity(case_lines.len());
    for (i, (line, entry)) in case_lines.iter().zip(&manifest.cases).enumerate() {
        let hash = crate::bundle::sha256_hex(line);
        if hash != entry.sha256 {
            return Err(tampered(format!(
                "case {} of the bundle does not match its hash",
                i + 1
            )));
        }
        let record: CaseRecord = serde_json::from_slice(line).map_err(|e| {
            tampered(format!(
                "case {} unreadable at column {}",
                i + 1,
                e.column()
            ))
        })?;
        if record.id != entry.id || record.reference != entry.reference {
            return Err(tampered(format!(
                "case {} is not the one the manifest names",
                i + 1
            )));
        }
        crate::fields::check_case(path, i + 1, &record)?;
        if !seen.insert(record.id.clone()) {
            return Err(tampered(format!("case {} appears twice", record.id)));
        }
        if !refs.insert(record.reference.clone()) {
            return Err(ExportError::BadField {
                path: path.to_path_buf(),
                place: format!("case {}", i + 1),
                field: "reference",
                reason: "is used by another case of the bundle".into(),
            });
        }
        counts.add(&record);
        cases.push((record, hash));
    }
    if counts != manifest.counts {
        return Err(tampered(
            "the manifest's counts do not match the content".into(),
        ));
    }
    Ok(VerifiedBundle {
        manifest,
        manifest_sha256: crate::bundle::sha256_hex(manifest_line),
        cases,
    })
}
