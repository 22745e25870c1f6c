//! The bundle's plaintext layout and its manifest.
//!
//! Inside the age encryption, a bundle is JSON Lines:
//!
//! ```text
//! {"format":"harbour-bundle","format_version":1}      header
//! {case record}                                       one line per case (bundle.rs)
//! …
//! {manifest}                                          last line
//! NUL bytes                                           padding to a multiple of 64 KiB
//! ```
//!
//! The manifest comes last so the export can stream: each case's hash is computed as its
//! line is written. The padding makes every age chunk full-size, so a bundle cut short
//! anywhere is recognised as truncated before anything is decrypted (see import.rs), and it
//! hides the exact size of the content.

use crate::bundle::CaseRecord;
use crate::error::{ExportError, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// The `format` value of a Harbour bundle.
pub const FORMAT: &str = "harbour-bundle";
/// The bundle format version written by this build (and the only one it reads).
pub const FORMAT_VERSION: u32 = 1;
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
    /// The exporting device's random id (vault setting `device_id`; never a hostname).
    pub device_id: String,
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

    pub(crate) fn finish(self, exported_at: String, device_id: String) -> Manifest {
        Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            exported_at,
            device_id,
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
    /// The cases with the hash of each, in bundle order.
    pub cases: Vec<(CaseRecord, String)>,
}

/// Parse and verify a decrypted bundle: layout, format version, every case hash against the
/// manifest, and the manifest's counts. Any mismatch rejects the whole bundle.
pub(crate) fn verify(path: &Path, plain: &[u8]) -> Result<VerifiedBundle> {
    let tampered = |detail: String| ExportError::Tampered {
        path: path.to_path_buf(),
        detail,
    };
    let not_bundle = |detail: &str| ExportError::NotABundle {
        path: path.to_path_buf(),
        detail: detail.to_string(),
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
    if header.format_version != FORMAT_VERSION {
        return Err(ExportError::NotABundle {
            path: path.to_path_buf(),
            detail: format!(
                "format version {} (this Harbour reads version {FORMAT_VERSION})",
                header.format_version
            ),
        });
    }
    let manifest_line = lines.pop().unwrap_or_default();
    let manifest: Manifest = serde_json::from_slice(manifest_line)
        .map_err(|e| tampered(format!("manifest unreadable at column {}", e.column())))?;
    if manifest.format != FORMAT || manifest.format_version != FORMAT_VERSION {
        return Err(tampered(
            "manifest and header disagree on the format".into(),
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
        if record.case_status().is_none() {
            return Err(tampered(format!("case {} has an unknown status", i + 1)));
        }
        if !seen.insert(record.id.clone()) {
            return Err(tampered(format!("case {} appears twice", record.id)));
        }
        counts.add(&record);
        cases.push((record, hash));
    }
    if counts != manifest.counts {
        return Err(tampered(
            "the manifest's counts do not match the content".into(),
        ));
    }
    Ok(VerifiedBundle { manifest, cases })
}
