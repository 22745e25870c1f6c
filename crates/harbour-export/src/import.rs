//! Import at headquarters: decrypt and verify every bundle in memory (a size cap first, then
//! age's authenticated encryption read from the file in a stream, the device signature over
//! the manifest, the manifest's hashes and counts, every field's format, the organisation
//! the bundle was made for; then, against this vault, the device's enrolment, the bundle's
//! sequence number and the tombstones of withdrawn cases), decide for each case whether it
//! is new, already here, or a conflicting version, and only then write everything in one
//! vault transaction. A bundle that fails any check is rejected whole and nothing is written.
//!
//! A case is identified by its id and the SHA-256 of its record: the same case imported twice
//! is one case; the same id with different content is kept beside the first, under the id
//! `<id>-<first 12 hex of the hash>`, with a note in its provenance record.

use crate::bundle::{sha256_hex, CaseRecord};
use crate::error::{io_err, ExportError, Result};
use crate::keys::Identity;
use crate::manifest::{recipient_fingerprint, verify, Manifest, VerifiedBundle, PAD_TO};
pub use crate::register::CaseFate;
use crate::register::{Planner, Register};
use chrono::{DateTime, Utc};
use harbour_vault::{CaseImport, ImportCase, Vault};
use std::collections::{HashMap, HashSet};
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Size of one encrypted age chunk (64 KiB of plaintext plus a 16-byte tag).
const AGE_CHUNK: usize = PAD_TO + 16;

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

/// The largest bundle an import accepts by default (256 MiB). The plaintext is held in
/// memory once while it is checked, so this bounds the memory an import uses.
pub const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

/// How to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// Bundles larger than this are refused before they are read ([`MAX_BUNDLE_BYTES`]).
    pub max_bundle_bytes: u64,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            max_bundle_bytes: MAX_BUNDLE_BYTES,
        }
    }
}

/// Decrypt and verify one bundle in memory: its size, encryption, device signature, hashes,
/// fields, and that it was made for the organisation of `identities` and encrypted by the
/// device itself. Whether the device is enrolled is checked by [`import_bundles`]. Nothing
/// is written anywhere.
pub fn open_bundle(path: &Path, identities: &[Identity]) -> Result<VerifiedBundle> {
    open_bundle_with(path, identities, &ImportOptions::default())
}

/// [`open_bundle`] with options (the size cap).
pub fn open_bundle_with(
    path: &Path,
    identities: &[Identity],
    opts: &ImportOptions,
) -> Result<VerifiedBundle> {
    let (plain, stanzas) = decrypt(path, identities, opts.max_bundle_bytes)?;
    let bundle = verify(path, &plain)?;
    check_organisation(path, &bundle.manifest, identities, stanzas)?;
    Ok(bundle)
}

/// The bundle names (and its signature covers) the keys it was encrypted to: one of them
/// must be ours, and the file must be encrypted to exactly that many keys, so a bundle
/// passed on to another organisation, or re-encrypted with an extra recipient, is refused.
fn check_organisation(
    path: &Path,
    manifest: &Manifest,
    identities: &[Identity],
    stanzas: usize,
) -> Result<()> {
    let ours: HashSet<String> = identities
        .iter()
        .map(|i| recipient_fingerprint(&i.to_public().to_string()))
        .collect();
    let wrong = |detail: String| ExportError::WrongOrganisation {
        path: path.to_path_buf(),
        detail,
    };
    if !manifest.recipients.iter().any(|r| ours.contains(r)) {
        return Err(wrong(
            "the device signed it for another organisation's key".into(),
        ));
    }
    if stanzas != manifest.recipients.len() {
        return Err(wrong(format!(
            "it is encrypted to {stanzas} key(s), the device signed it for {}",
            manifest.recipients.len()
        )));
    }
    Ok(())
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
    import_bundles_with(vault, identities, paths, now, &ImportOptions::default())
}

/// [`import_bundles`] with options (the size cap).
pub fn import_bundles_with(
    vault: &mut Vault,
    identities: &[Identity],
    paths: &[PathBuf],
    now: DateTime<Utc>,
    opts: &ImportOptions,
) -> Result<ImportReport> {
    vault.require_supervisor("importing cases")?;
    let mut bundles = Vec::with_capacity(paths.len());
    for p in paths {
        bundles.push((p.clone(), open_bundle_with(p, identities, opts)?));
    }
    import_verified(vault, &bundles, now)
}

/// Import bundles already opened and verified with [`open_bundle`] (each with its path):
/// the register checks, then one transaction, as [`import_bundles`] does after opening them.
/// For a caller that verifies every bundle before it even unlocks the vault, so that a bad
/// bundle leaves the vault file untouched, without decrypting each bundle twice.
pub fn import_verified(
    vault: &mut Vault,
    bundles: &[(PathBuf, VerifiedBundle)],
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    vault.require_supervisor("importing cases")?;
    let mut register = VaultRegister::new(vault)?;
    let mut planner = Planner::new();
    let mut plans = Vec::with_capacity(bundles.len());
    for (path, bundle) in bundles {
        plans.push(planner.plan(&mut register, path, bundle)?);
    }
    let mut report = ImportReport {
        manifests: Vec::new(),
        cases: Vec::new(),
        written: 0,
    };
    let mut to_write = Vec::new();
    let mut records = Vec::new();
    for ((path, bundle), plan) in bundles.iter().zip(plans) {
        records.extend(plan.record);
        for c in plan.cases {
            let (record, _) = &bundle.cases[c.index];
            if c.fate != CaseFate::Duplicate {
                let note = match &c.fate {
                    CaseFate::Conflict { note } => Some(note.clone()),
                    _ => None,
                };
                let (case, sessions, assessment, audit) = record
                    .to_vault_parts(&c.local_id, &c.reference, &c.session_suffix)
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
                        case_id: c.local_id.clone(),
                        origin_case_id: record.id.clone(),
                        content_hash: c.content_hash.clone(),
                        source_device: bundle.manifest.device_id.clone(),
                        bundle_exported_at: bundle.manifest.exported_at.clone(),
                        imported_at: now.to_rfc3339(),
                        note,
                    },
                });
            }
            report.cases.push(ImportedCase {
                bundle: path.clone(),
                origin_id: record.id.clone(),
                local_id: c.local_id,
                reference: c.reference,
                content_hash: c.content_hash,
                fate: c.fate,
            });
        }
        report.manifests.push(bundle.manifest.clone());
    }
    report.written = vault.import_cases_from_bundles(&to_write, &records, now)?;
    Ok(report)
}

/// A vault's register: its device register, import records and tombstones, and its cases
/// (ids and references read once).
struct VaultRegister<'v> {
    vault: &'v Vault,
    ids: HashSet<String>,
    refs: HashSet<String>,
}

impl<'v> VaultRegister<'v> {
    fn new(vault: &'v Vault) -> Result<VaultRegister<'v>> {
        let cases = vault.list_cases()?;
        Ok(VaultRegister {
            vault,
            ids: cases.iter().map(|c| c.id.clone()).collect(),
            refs: cases.into_iter().map(|c| c.reference).collect(),
        })
    }
}

impl Register for VaultRegister<'_> {
    type Error = ExportError;

    fn enrolled_key(&mut self, device_id: &str) -> Result<Option<String>> {
        Ok(self
            .vault
            .enrolled_device(device_id)?
            .map(|d| d.public_key.to_hex()))
    }

    fn bundles_from(&mut self, device_id: &str) -> Result<Vec<(u64, String)>> {
        Ok(self.vault.bundles_imported_from(device_id)?)
    }

    fn first_withdrawn(&mut self, device_id: &str, case_ids: &[&str]) -> Result<Option<String>> {
        for id in case_ids {
            if self.vault.is_withdrawn_here(device_id, id)? {
                return Ok(Some((*id).to_string()));
            }
        }
        Ok(None)
    }

    /// Recorded imports, plus a case of that id made here (hashed afresh).
    fn held_hashes(&mut self, origin_ids: &[&str]) -> Result<HashMap<String, Vec<String>>> {
        let mut out = HashMap::new();
        for origin in origin_ids {
            let mut hashes: Vec<String> = self
                .vault
                .imports_of_origin(origin)?
                .into_iter()
                .map(|i| i.content_hash)
                .collect();
            if self.ids.contains(*origin) && self.vault.case_import(origin)?.is_none() {
                if let Ok(case) = self.vault.case(origin) {
                    let audit = self.vault.case_audit(origin)?;
                    let line = CaseRecord::from_vault(self.vault, &case, &audit)?.to_line()?;
                    hashes.push(sha256_hex(&line));
                }
            }
            out.insert((*origin).to_string(), hashes);
        }
        Ok(out)
    }

    fn ids_taken(&mut self, ids: &[&str]) -> Result<HashSet<String>> {
        Ok(ids
            .iter()
            .filter(|i| self.ids.contains(**i))
            .map(|i| (*i).to_string())
            .collect())
    }

    fn references_taken(&mut self, references: &[&str]) -> Result<HashSet<String>> {
        Ok(references
            .iter()
            .filter(|r| self.refs.contains(**r))
            .map(|r| (*r).to_string())
            .collect())
    }
}

/// Decrypt a bundle, telling a wrong key, a cut-short file and an altered one apart. The file
/// is refused before it is read if it is over `max` bytes; it is then decrypted as a stream
/// from the file into one wiped buffer (never more than `max` bytes). Returns the plaintext
/// and the number of X25519 recipients in its header.
fn decrypt(path: &Path, identities: &[Identity], max: u64) -> Result<(Zeroizing<Vec<u8>>, usize)> {
    let p = || path.to_path_buf();
    let tampered = |detail: &str| ExportError::Tampered {
        path: p(),
        detail: detail.to_string(),
    };
    let rerr = io_err("reading the bundle", path);
    let size = std::fs::metadata(path).map_err(&rerr)?.len();
    if size > max {
        return Err(ExportError::TooLarge {
            path: p(),
            size,
            max,
        });
    }
    let mut file = std::fs::File::open(path).map_err(&rerr)?;
    // The header is at the start; 64 KiB holds it for any sensible number of recipients.
    let head_len = usize::try_from(size.min(64 * 1024)).unwrap_or(64 * 1024);
    let mut head = vec![0u8; head_len];
    file.read_exact(&mut head).map_err(&rerr)?;
    if !head.starts_with(b"age-encryption.org/") {
        return Err(ExportError::NotABundle {
            path: p(),
            detail: "not an age-encrypted file".into(),
        });
    }
    let stanzas = x25519_stanzas(&head);
    let payload_len = payload_len(&head, size);
    file.seek(SeekFrom::Start(0)).map_err(&rerr)?;
    let decryptor = age::Decryptor::new(BufReader::new(file)).map_err(|e| match e {
        age::DecryptError::Io(ref io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            ExportError::Truncated { path: p() }
        }
        age::DecryptError::UnknownFormat => ExportError::NotABundle {
            path: p(),
            detail: "an age format this version does not know".into(),
        },
        _ => tampered("the encryption header is damaged"),
    })?;
    let stream = decryptor
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
    let cap = usize::try_from(max).unwrap_or(usize::MAX);
    let mut plain = Zeroizing::new(Vec::with_capacity(payload_len.min(cap)));
    stream
        .take(max)
        .read_to_end(&mut plain)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => ExportError::Truncated { path: p() },
            _ => tampered("the content does not authenticate"),
        })?;
    Ok((plain, stanzas))
}

/// How many X25519 recipient stanzas an age header holds (lines `-> X25519 …` before the
/// MAC line).
fn x25519_stanzas(head: &[u8]) -> usize {
    let end = head
        .windows(5)
        .position(|w| w == b"\n--- ")
        .unwrap_or(head.len());
    head[..end]
        .split(|b| *b == b'\n')
        .filter(|l| l.starts_with(b"-> X25519 "))
        .count()
}

/// The length of an age file of `size` bytes after the header and the 16-byte nonce (0 if
/// the header's end cannot be found in `bytes`, the file's start). The header ends with the
/// MAC line `--- …\n`; stanza lines never start with `---`.
fn payload_len(bytes: &[u8], size: u64) -> usize {
    let Some(mac) = bytes.windows(5).position(|w| w == b"\n--- ") else {
        return 0;
    };
    let Some(eol) = bytes[mac + 1..].iter().position(|b| *b == b'\n') else {
        return 0;
    };
    usize::try_from(size)
        .unwrap_or(usize::MAX)
        .saturating_sub(mac + 1 + eol + 1 + 16)
}
