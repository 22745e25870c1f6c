//! Import at headquarters: decrypt and verify every bundle in memory (age's authenticated
//! encryption, then the manifest's hashes and counts), decide for each case whether it is
//! new, already here, or a conflicting version, and only then write everything in one vault
//! transaction. A bundle that fails any check is rejected whole and nothing is written.
//!
//! A case is identified by its id and the SHA-256 of its record: the same case imported twice
//! is one case; the same id with different content is kept beside the first, under the id
//! `<id>-<first 12 hex of the hash>`, with a note in its provenance record.

use crate::bundle::{sha256_hex, CaseRecord};
use crate::error::{io_err, ExportError, Result};
use crate::keys::Identity;
use crate::manifest::{verify, Manifest, VerifiedBundle, PAD_TO};
use chrono::{DateTime, Utc};
use harbour_vault::{CaseImport, ImportCase, Vault};
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Size of one encrypted age chunk (64 KiB of plaintext plus a 16-byte tag).
const AGE_CHUNK: usize = PAD_TO + 16;

/// What happened to one case of a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseFate {
    /// Inserted as a new case.
    New,
    /// Already here with the same content: nothing written.
    Duplicate,
    /// Same id, different content: kept beside the existing version.
    Conflict {
        /// The note recorded with it.
        note: String,
    },
}

/// One case of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCase {
    /// The bundle it came from.
    pub bundle: PathBuf,
    /// Its id on the device.
    pub origin_id: String,
    /// Its id here.
    pub local_id: String,
    /// Its reference here.
    pub reference: String,
    /// The SHA-256 of its record.
    pub content_hash: String,
    /// What happened.
    pub fate: CaseFate,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// The manifest of each bundle, in the order given.
    pub manifests: Vec<Manifest>,
    /// Every case of every bundle.
    pub cases: Vec<ImportedCase>,
    /// How many cases were written.
    pub written: usize,
}

impl ImportReport {
    /// Cases of one fate.
    pub fn count(&self, pred: impl Fn(&CaseFate) -> bool) -> usize {
        self.cases.iter().filter(|c| pred(&c.fate)).count()
    }
}

/// Decrypt and verify one bundle in memory. Nothing is written anywhere.
pub fn open_bundle(path: &Path, identities: &[Identity]) -> Result<VerifiedBundle> {
    let bytes = std::fs::read(path).map_err(io_err("reading the bundle", path))?;
    let plain = decrypt(path, &bytes, identities)?;
    verify(path, &plain)
}

/// Import bundles into `vault`: all of them are decrypted and verified first; if any fails,
/// the error names it and nothing is written. Then one transaction inserts the new cases and
/// the conflicting versions, with one `Imported { cases }` audit entry.
pub fn import_bundles(
    vault: &mut Vault,
    identities: &[Identity],
    paths: &[PathBuf],
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    vault.require_supervisor("importing cases")?;
    let mut bundles = Vec::with_capacity(paths.len());
    for p in paths {
        bundles.push((p.clone(), open_bundle(p, identities)?));
    }
    let existing = vault.list_cases()?;
    let mut taken_ids: HashSet<String> = existing.iter().map(|c| c.id.clone()).collect();
    let mut taken_refs: HashSet<String> = existing.iter().map(|c| c.reference.clone()).collect();
    // (origin id) -> hashes already held or planned in this run.
    let mut held: HashMap<String, Vec<String>> = HashMap::new();
    let mut report = ImportReport {
        manifests: Vec::new(),
        cases: Vec::new(),
        written: 0,
    };
    let mut to_write = Vec::new();
    for (path, bundle) in &bundles {
        for (record, hash) in &bundle.cases {
            let hashes = known_hashes(vault, &mut held, &record.id, &taken_ids)?;
            let (fate, local_id, reference) = if hashes.contains(hash) {
                (
                    CaseFate::Duplicate,
                    record.id.clone(),
                    record.reference.clone(),
                )
            } else if taken_ids.contains(&record.id) {
                let short = &hash[..12];
                let note = format!(
                    "conflicting version of case {} ({}) from device {}: content {short} differs from the version(s) already held ({})",
                    record.id,
                    record.reference,
                    bundle.manifest.device_id,
                    hashes.iter().map(|h| &h[..12.min(h.len())]).collect::<Vec<_>>().join(", ")
                );
                (
                    CaseFate::Conflict { note },
                    format!("{}-{short}", record.id),
                    unique_ref(&record.reference, hash, &taken_refs),
                )
            } else {
                (
                    CaseFate::New,
                    record.id.clone(),
                    unique_ref(&record.reference, hash, &taken_refs),
                )
            };
            if fate != CaseFate::Duplicate {
                let suffix = match fate {
                    CaseFate::Conflict { .. } => format!("-{}", &hash[..12]),
                    _ => String::new(),
                };
                let note = match &fate {
                    CaseFate::Conflict { note } => Some(note.clone()),
                    _ => None,
                };
                let (case, sessions, assessment, audit) = record
                    .to_vault_parts(&local_id, &reference, &suffix)
                    .ok_or_else(|| ExportError::Tampered {
                        path: path.clone(),
                        detail: "a case has an unknown status".into(),
                    })?;
                to_write.push(ImportCase {
                    case,
                    sessions,
                    assessment,
                    audit,
                    provenance: CaseImport {
                        case_id: local_id.clone(),
                        origin_case_id: record.id.clone(),
                        content_hash: hash.clone(),
                        source_device: bundle.manifest.device_id.clone(),
                        bundle_exported_at: bundle.manifest.exported_at.clone(),
                        imported_at: now.to_rfc3339(),
                        note,
                    },
                });
                taken_ids.insert(local_id.clone());
                taken_refs.insert(reference.clone());
                held.entry(record.id.clone())
                    .or_default()
                    .push(hash.clone());
            }
            report.cases.push(ImportedCase {
                bundle: path.clone(),
                origin_id: record.id.clone(),
                local_id,
                reference,
                content_hash: hash.clone(),
                fate,
            });
        }
        report.manifests.push(bundle.manifest.clone());
    }
    report.written = vault.import_cases(&to_write, now)?;
    Ok(report)
}

/// The content hashes of the versions of `origin` this vault holds: recorded imports, plus
/// a case of that id made here (hashed afresh).
fn known_hashes<'a>(
    vault: &Vault,
    held: &'a mut HashMap<String, Vec<String>>,
    origin: &str,
    taken_ids: &HashSet<String>,
) -> Result<&'a Vec<String>> {
    if !held.contains_key(origin) {
        let mut hashes: Vec<String> = vault
            .imports_of_origin(origin)?
            .into_iter()
            .map(|i| i.content_hash)
            .collect();
        if taken_ids.contains(origin) && vault.case_import(origin)?.is_none() {
            if let Ok(case) = vault.case(origin) {
                let audit = vault.case_audit(origin)?;
                let line = CaseRecord::from_vault(vault, &case, &audit)?.to_line()?;
                hashes.push(sha256_hex(&line));
            }
        }
        held.insert(origin.to_string(), hashes);
    }
    Ok(held.entry(origin.to_string()).or_default())
}

/// The reference, made unique with part of the hash if another case already uses it.
fn unique_ref(reference: &str, hash: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(reference) {
        return reference.to_string();
    }
    format!("{reference}-{}", hash[..6].to_ascii_uppercase())
}

/// Decrypt a bundle in memory, telling a wrong key, a cut-short file and an altered one apart.
fn decrypt(path: &Path, bytes: &[u8], identities: &[Identity]) -> Result<Zeroizing<Vec<u8>>> {
    let p = || path.to_path_buf();
    let tampered = |detail: &str| ExportError::Tampered {
        path: p(),
        detail: detail.to_string(),
    };
    if !bytes.starts_with(b"age-encryption.org/") {
        return Err(ExportError::NotABundle {
            path: p(),
            detail: "not an age-encrypted file".into(),
        });
    }
    let decryptor = age::Decryptor::new(Cursor::new(bytes)).map_err(|e| match e {
        age::DecryptError::Io(ref io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            ExportError::Truncated { path: p() }
        }
        age::DecryptError::UnknownFormat => ExportError::NotABundle {
            path: p(),
            detail: "an age format this version does not know".into(),
        },
        _ => tampered("the encryption header is damaged"),
    })?;
    let payload_len = payload_len(bytes);
    let mut stream = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => ExportError::WrongIdentity { path: p() },
            age::DecryptError::InvalidMac => {
                tampered("the encryption header does not authenticate")
            }
            _ => tampered("the encryption header is damaged"),
        })?;
    // Harbour pads bundles so every chunk is full: any other length was cut short.
    if payload_len == 0 || !payload_len.is_multiple_of(AGE_CHUNK) {
        return Err(ExportError::Truncated { path: p() });
    }
    let mut plain = Zeroizing::new(Vec::with_capacity(payload_len));
    stream.read_to_end(&mut plain).map_err(|e| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => ExportError::Truncated { path: p() },
        _ => tampered("the content does not authenticate"),
    })?;
    Ok(plain)
}

/// The length of an age file's payload after the header and the 16-byte nonce (0 if the
/// header's end cannot be found). The header ends with the MAC line `--- …\n`; stanza lines
/// never start with `---`.
fn payload_len(bytes: &[u8]) -> usize {
    let Some(mac) = bytes.windows(5).position(|w| w == b"\n--- ") else {
        return 0;
    };
    let Some(eol) = bytes[mac + 1..].iter().position(|b| *b == b'\n') else {
        return 0;
    };
    bytes.len().saturating_sub(mac + 1 + eol + 1 + 16)
}
