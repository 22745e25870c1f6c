//! The rules of an import that need headquarters' register, written once for every register:
//! the device is enrolled with the key that signed; the bundle is not older than one already
//! imported from it (nor a different bundle under a used number); no case of it was withdrawn
//! here; and each case is new, a duplicate (same id, same content hash) or a conflicting
//! version (same id, other content), kept beside the others under `<id>-<first 12 hex of the
//! hash>`.
//!
//! A vault at headquarters ([`crate::import_bundles`]) and PostgreSQL (`harbour-hq`) differ
//! only in how they answer the questions of [`Register`]; [`Planner`] decides.

use crate::error::ExportError;
use crate::manifest::VerifiedBundle;
use harbour_vault::{BundleImport, DevicePublicKey};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What an import asks of headquarters' register. Questions about cases come in batches (one
/// bundle's cases at a time) so a server database answers each with one query.
pub trait Register {
    /// The register's error; every refusal of the rules is an [`ExportError`].
    type Error: From<ExportError>;
    /// The public key (hex) the device is enrolled with, if it is enrolled.
    fn enrolled_key(&mut self, device_id: &str) -> Result<Option<String>, Self::Error>;
    /// The bundles already imported from the device: (sequence number, manifest hash).
    fn bundles_from(&mut self, device_id: &str) -> Result<Vec<(u64, String)>, Self::Error>;
    /// The first of `case_ids` (ids on the device) withdrawn here, if any.
    fn first_withdrawn(
        &mut self,
        device_id: &str,
        case_ids: &[&str],
    ) -> Result<Option<String>, Self::Error>;
    /// For each of `origin_ids`, the content hashes of the versions held here.
    fn held_hashes(
        &mut self,
        origin_ids: &[&str],
    ) -> Result<HashMap<String, Vec<String>>, Self::Error>;
    /// Which of `ids` are case ids in use here.
    fn ids_taken(&mut self, ids: &[&str]) -> Result<HashSet<String>, Self::Error>;
    /// Which of `references` are in use here.
    fn references_taken(&mut self, references: &[&str]) -> Result<HashSet<String>, Self::Error>;
}

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

/// The decision for one case of a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedCase {
    /// Its position in the bundle's cases.
    pub index: usize,
    /// Its id here (the device's id, or `<id>-<12 hex>` for a conflicting version).
    pub local_id: String,
    /// Its reference here (suffixed with part of the hash if taken).
    pub reference: String,
    /// What to append to its session ids (a conflicting version's suffix, or empty).
    pub session_suffix: String,
    /// The SHA-256 of its record.
    pub content_hash: String,
    /// New, duplicate or conflict.
    pub fate: CaseFate,
}

/// The decisions for one bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundlePlan {
    /// The bundle to record, or `None` when this very bundle was imported before.
    pub record: Option<BundleImport>,
    /// One decision per case, in bundle order.
    pub cases: Vec<PlannedCase>,
}

/// Decides bundle after bundle of one import run, remembering what earlier bundles of the run
/// will write (their sequence numbers, ids, references and hashes).
#[derive(Debug, Default)]
pub struct Planner {
    seen: HashMap<String, Vec<(u64, String)>>,
    checked_ids: HashSet<String>,
    taken_ids: HashSet<String>,
    checked_refs: HashSet<String>,
    taken_refs: HashSet<String>,
    held: HashMap<String, Vec<String>>,
}

impl Planner {
    /// A planner for a new import run.
    pub fn new() -> Planner {
        Planner::default()
    }

    /// Check one verified bundle against the register and decide each of its cases. Nothing
    /// is written; the caller writes the plan (all bundles of a run in one transaction).
    pub fn plan<R: Register>(
        &mut self,
        reg: &mut R,
        path: &Path,
        bundle: &VerifiedBundle,
    ) -> Result<BundlePlan, R::Error> {
        let record = self.check_bundle(reg, path, bundle)?;
        let ids: Vec<&str> = bundle.cases.iter().map(|(c, _)| c.id.as_str()).collect();
        let refs: Vec<&str> = bundle
            .cases
            .iter()
            .map(|(c, _)| c.reference.as_str())
            .collect();
        self.learn(reg, &ids, &refs)?;
        let mut cases = Vec::with_capacity(bundle.cases.len());
        for (index, (record, hash)) in bundle.cases.iter().enumerate() {
            let hashes = self.held.entry(record.id.clone()).or_default();
            let (fate, local_id, reference) = if hashes.contains(hash) {
                (
                    CaseFate::Duplicate,
                    record.id.clone(),
                    record.reference.clone(),
                )
            } else if self.taken_ids.contains(&record.id) {
                let short = &hash[..12.min(hash.len())];
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
                    unique_ref(&record.reference, hash, &self.taken_refs),
                )
            } else {
                (
                    CaseFate::New,
                    record.id.clone(),
                    unique_ref(&record.reference, hash, &self.taken_refs),
                )
            };
            let session_suffix = match fate {
                CaseFate::Conflict { .. } => format!("-{}", &hash[..12.min(hash.len())]),
                _ => String::new(),
            };
            if fate != CaseFate::Duplicate {
                hashes.push(hash.clone());
                self.taken_ids.insert(local_id.clone());
                self.taken_refs.insert(reference.clone());
            }
            cases.push(PlannedCase {
                index,
                local_id,
                reference,
                session_suffix,
                content_hash: hash.clone(),
                fate,
            });
        }
        Ok(BundlePlan { record, cases })
    }

    /// Enrolment, tombstones and sequence. Returns the bundle to record, or `None` if this
    /// very bundle was imported before.
    fn check_bundle<R: Register>(
        &mut self,
        reg: &mut R,
        path: &Path,
        bundle: &VerifiedBundle,
    ) -> Result<Option<BundleImport>, R::Error> {
        let m = &bundle.manifest;
        let Some(key) = reg.enrolled_key(&m.device_id)? else {
            let fingerprint = DevicePublicKey::from_hex(&m.device_public_key)
                .map(|k| k.fingerprint())
                .unwrap_or_default();
            return Err(ExportError::DeviceNotEnrolled {
                path: path.to_path_buf(),
                device_id: m.device_id.clone(),
                fingerprint,
            }
            .into());
        };
        if key != m.device_public_key {
            return Err(ExportError::BadSignature {
                path: path.to_path_buf(),
            }
            .into());
        }
        if !self.seen.contains_key(&m.device_id) {
            let before = reg.bundles_from(&m.device_id)?;
            self.seen.insert(m.device_id.clone(), before);
        }
        let ids: Vec<&str> = bundle.cases.iter().map(|(c, _)| c.id.as_str()).collect();
        if let Some(case) = reg.first_withdrawn(&m.device_id, &ids)? {
            return Err(ExportError::CaseWithdrawn {
                path: path.to_path_buf(),
                case,
                device_id: m.device_id.clone(),
            }
            .into());
        }
        let seen = self.seen.entry(m.device_id.clone()).or_default();
        if seen
            .iter()
            .any(|(n, h)| *n == m.sequence && *h == bundle.manifest_sha256)
        {
            return Ok(None);
        }
        let newest = seen.iter().map(|(n, _)| *n).max().unwrap_or(0);
        if m.sequence <= newest {
            return Err(ExportError::Replay {
                path: path.to_path_buf(),
                device_id: m.device_id.clone(),
                sequence: m.sequence,
                newest,
            }
            .into());
        }
        seen.push((m.sequence, bundle.manifest_sha256.clone()));
        Ok(Some(BundleImport {
            device_id: m.device_id.clone(),
            sequence: m.sequence,
            manifest_sha256: bundle.manifest_sha256.clone(),
        }))
    }

    /// Ask the register about ids, references and origins this run has not asked about yet.
    fn learn<R: Register>(
        &mut self,
        reg: &mut R,
        ids: &[&str],
        refs: &[&str],
    ) -> Result<(), R::Error> {
        let new_ids: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|i| !self.checked_ids.contains(*i))
            .collect();
        if !new_ids.is_empty() {
            self.taken_ids.extend(reg.ids_taken(&new_ids)?);
            let held = reg.held_hashes(&new_ids)?;
            for id in &new_ids {
                let hashes = held.get(*id).cloned().unwrap_or_default();
                self.held
                    .entry((*id).to_string())
                    .or_default()
                    .extend(hashes);
                self.checked_ids.insert((*id).to_string());
            }
        }
        let new_refs: Vec<&str> = refs
            .iter()
            .copied()
            .filter(|r| !self.checked_refs.contains(*r))
            .collect();
        if !new_refs.is_empty() {
            self.taken_refs.extend(reg.references_taken(&new_refs)?);
            self.checked_refs
                .extend(new_refs.iter().map(|r| (*r).to_string()));
        }
        Ok(())
    }
}

/// The reference, made unique with part of the hash if another case already uses it.
fn unique_ref(reference: &str, hash: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(reference) {
        return reference.to_string();
    }
    format!(
        "{reference}-{}",
        hash[..6.min(hash.len())].to_ascii_uppercase()
    )
}
