//! Export and import from the app: the organisation key and retention settings, an
//! encrypted export with progress the UI can poll without waiting for the vault, and import
//! of bundles with the organisation key. Every operation is a call into `harbour-export`;
//! nothing here reads or writes case data itself.

use crate::dto::CaseDto;
use crate::error::IpcError;
use crate::places;
use crate::progress::Running;
use crate::shell::Shell;
use crate::transfer_dto::{
    EnrolRequest, ExportPlanDto, ExportProgressDto, ExportRequest, ExportResultDto, Fate,
    ImportReportDto, ImportRequest, ImportedCaseDto, PlaceDto, SummaryRequest, SummarySavedDto,
    TransferSettingsDto,
};
use chrono::{DateTime, Utc};
use harbour_export::keys::SecretString;
use harbour_export::{
    CaseFate, CaseSelection, ExportError, ExportOptions, ORG_RECIPIENTS_SETTING, RETENTION_SETTING,
};
use harbour_vault::Vault;
use std::path::{Path, PathBuf};

/// Builds with the `e2e` feature only: `HARBOUR_TEST_EXPORT_DELAY_MS` pauses after each
/// exported case, so the end-to-end tests can see the progress bar and check the UI stays
/// responsive meanwhile (see switches.rs).
fn slow_down_for_tests() {
    if let Some(pause) = crate::switches::export_delay() {
        std::thread::sleep(pause);
    }
}

/// The retention values the setting accepts.
const RETENTION_VALUES: [&str; 2] = ["keep", "purge"];

/// A file name for display and translation arguments: never a whole path with a user name
/// in it when the file name says enough.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| path.display().to_string())
}

impl From<ExportError> for IpcError {
    fn from(e: ExportError) -> Self {
        let message = e.to_string();
        let code = e.code();
        match e {
            ExportError::Vault(v) => IpcError::from(v),
            ExportError::BadRecipient { line } => IpcError::new(code, message).arg("line", line),
            ExportError::WrongKeyPassphrase { path }
            | ExportError::BadIdentityFile { path, .. }
            | ExportError::KeyExists { path }
            | ExportError::WrongIdentity { path }
            | ExportError::Truncated { path }
            | ExportError::Tampered { path, .. }
            | ExportError::NotABundle { path, .. }
            | ExportError::OutputExists { path }
            | ExportError::Io { path, .. } => {
                IpcError::new(code, message).arg("file", file_name(&path))
            }
            ExportError::CaseNotFound(case) | ExportError::NoAssessment(case) => {
                IpcError::new(code, message).arg("case", case)
            }
            // What the person compares with the device before enrolling it.
            ExportError::DeviceNotEnrolled {
                path, fingerprint, ..
            } => IpcError::new(code, message)
                .arg("file", file_name(&path))
                .arg("fingerprint", fingerprint),
            _ => IpcError::new(code, message),
        }
    }
}

/// A bundle file name in `folder` that does not exist yet: `harbour-<date>-<time>.harbour`,
/// with `-2`, `-3`… if taken (exports never overwrite).
fn bundle_path(folder: &Path, now: DateTime<Utc>) -> PathBuf {
    free_path(
        folder,
        &format!("harbour-{}", now.format("%Y-%m-%d-%H%M%S")),
        "harbour",
    )
}

/// `<folder>/<stem>.<ext>`, or with `-2`, `-3`… when taken: nothing is ever overwritten.
fn free_path(folder: &Path, stem: &str, ext: &str) -> PathBuf {
    let mut path = folder.join(format!("{stem}.{ext}"));
    let mut n = 2;
    while path.exists() && n < 1000 {
        path = folder.join(format!("{stem}-{n}.{ext}"));
        n += 1;
    }
    path
}

fn retention_of(vault: &Vault) -> Result<String, IpcError> {
    Ok(match vault.setting(RETENTION_SETTING)?.as_deref() {
        Some("purge") => "purge".into(),
        _ => "keep".into(),
    })
}

fn settings_of(vault: &Vault) -> Result<TransferSettingsDto, IpcError> {
    let text = vault.setting(ORG_RECIPIENTS_SETTING)?.unwrap_or_default();
    let key_count = harbour_export::parse_recipients(&text)
        .map(|r| r.len())
        .unwrap_or(0);
    Ok(TransferSettingsDto {
        org_recipients: text,
        key_count: u32::try_from(key_count).unwrap_or(u32::MAX),
        retention: retention_of(vault)?,
    })
}

impl Shell {
    /// Run `f` on the unlocked vault with export errors; counts as activity.
    fn with_vault_export<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> Result<T, IpcError>,
    ) -> Result<T, IpcError> {
        self.with_session_vault(f)
    }

    /// Write the printable referral summary (PDF) of a case for one referral type, in the
    /// reader's language, into the folder the user chose (never a default one), under
    /// `referral-summary-<type>-<date>.pdf` (the case reference only if asked, `-2`… when
    /// taken). It holds only what that referral needs; the case's audit records it.
    pub fn referral_summary(&self, req: SummaryRequest) -> Result<SummarySavedDto, IpcError> {
        let kind = harbour_export::parse_referral(&req.referral).ok_or_else(|| {
            IpcError::new(
                "error-referral-unknown",
                format!("unknown referral type '{}'", req.referral),
            )
        })?;
        let folder = PathBuf::from(req.folder.trim());
        if req.folder.trim().is_empty() || !folder.is_dir() {
            return Err(IpcError::new(
                "error-summary-folder",
                "choose an existing folder for the summary (a USB stick)",
            ));
        }
        let target = harbour_export::SummaryTarget {
            folder,
            with_reference: req.with_reference,
        };
        self.with_vault_export(|v| {
            // Another person's case is refused as such (not "not found").
            v.case(&req.case_id)?;
            let out = harbour_export::save_referral_summary(
                v,
                &req.case_id,
                kind,
                &req.lang,
                &target,
                Utc::now(),
            )?;
            Ok(SummarySavedDto {
                file: file_name(&out),
                folder: target.folder.display().to_string(),
            })
        })
    }

    /// The removable drives mounted now, offered as destinations for a summary.
    pub fn summary_places(&self) -> Vec<PlaceDto> {
        places::drives().into_iter().map(PlaceDto::from).collect()
    }

    /// The organisation key and retention settings.
    pub fn transfer_settings(&self) -> Result<TransferSettingsDto, IpcError> {
        self.with_vault_export(|v| settings_of(v))
    }

    /// Install the organisation public key(s): one `age1…` per line, `#` comments allowed.
    /// Checked before anything is stored; an error names the first bad line.
    pub fn set_org_recipients(&self, text: String) -> Result<TransferSettingsDto, IpcError> {
        let text = text.trim().to_string();
        harbour_export::parse_recipients(&text)?;
        // Installing the key also wraps the vault key to it (the recovery slot).
        self.with_vault_export(|v| {
            harbour_export::install_org_key(v, &text, Utc::now())?;
            settings_of(v)
        })
    }

    /// What happens to cases after an encrypted export: `keep` or `purge`.
    pub fn set_retention(&self, retention: &str) -> Result<TransferSettingsDto, IpcError> {
        if !RETENTION_VALUES.contains(&retention) {
            return Err(IpcError::new(
                "error-retention-invalid",
                format!("unknown retention setting '{retention}'"),
            ));
        }
        self.with_vault_export(|v| {
            v.set_setting(RETENTION_SETTING, retention, Utc::now())?;
            settings_of(v)
        })
    }

    /// What the export screen shows: the cases, a destination folder, whether a key is set.
    /// `default_folder` comes from the platform (Documents, else home).
    pub fn export_plan(&self, default_folder: Option<PathBuf>) -> Result<ExportPlanDto, IpcError> {
        self.with_vault_export(|v| {
            let settings = settings_of(v)?;
            Ok(ExportPlanDto {
                cases: v.list_cases()?.into_iter().map(CaseDto::from).collect(),
                folder: default_folder
                    .map(|f| f.display().to_string())
                    .unwrap_or_default(),
                places: places::drives().into_iter().map(PlaceDto::from).collect(),
                key_installed: settings.key_count > 0,
                retention: settings.retention,
            })
        })
    }

    /// Harbour bundles ready to import: on removable drives and in `documents`, newest
    /// first. Only file names and dates are read.
    pub fn import_candidates(&self, documents: Option<PathBuf>) -> Result<Vec<String>, IpcError> {
        if !self.is_unlocked() {
            return Err(IpcError::locked());
        }
        let mut folders: Vec<PathBuf> = places::drives().into_iter().map(|p| p.path).collect();
        folders.extend(documents);
        Ok(places::bundles_in(&folders)
            .into_iter()
            .map(|p| p.display().to_string())
            .collect())
    }

    /// Export the chosen cases to an encrypted bundle in `req.folder`, for the installed
    /// organisation key; then mark them exported and, if the retention setting says so,
    /// delete them from this device. Progress is readable meanwhile with `export_progress`.
    pub fn export_cases(&self, req: ExportRequest) -> Result<ExportResultDto, IpcError> {
        let folder = PathBuf::from(req.folder.trim());
        if req.folder.trim().is_empty() || !folder.is_dir() {
            return Err(IpcError::new(
                "error-export-folder",
                format!("{} is not a folder", folder.display()),
            )
            .arg("folder", folder.display()));
        }
        let selection = if req.all_finished {
            CaseSelection::Finished
        } else if req.case_ids.is_empty() {
            return Err(ExportError::NothingToExport.into());
        } else {
            CaseSelection::Cases(req.case_ids)
        };
        let _running = Running::start(&self.progress)?;
        self.with_vault_export(|v| {
            let recipients = harbour_export::recipients_from_settings(v)?;
            let now = Utc::now();
            let opts = ExportOptions {
                recipients,
                selection,
                out: bundle_path(&folder, now),
                now,
            };
            let mut progress = |done: usize, total: usize| {
                self.progress.set(done, total);
                slow_down_for_tests();
                // A long export is activity: the idle lock must not wait for it to end and then fire.
                self.touch();
            };
            let report = harbour_export::export_bundle(v, &opts, &mut progress)?;
            Ok(ExportResultDto {
                path: report.path.display().to_string(),
                cases: u32::try_from(report.manifest.cases.len()).unwrap_or(u32::MAX),
                references: report
                    .manifest
                    .cases
                    .iter()
                    .map(|c| c.reference.clone())
                    .collect(),
                purged: u32::try_from(report.purged).unwrap_or(u32::MAX),
            })
        })
    }

    /// How far the export under way has got. Never waits for the vault.
    pub fn export_progress(&self) -> ExportProgressDto {
        self.progress.snapshot()
    }

    /// Import bundles with the organisation key: every bundle is decrypted and checked first;
    /// if any fails, nothing is written.
    pub fn import_bundles(&self, req: ImportRequest) -> Result<ImportReportDto, IpcError> {
        let ImportRequest {
            bundles,
            identity,
            passphrase,
        } = req;
        // The request's copy is wiped on drop; the secret gets an exact-size copy (no
        // reallocation leaving a stray copy behind).
        let paths: Vec<PathBuf> = bundles
            .iter()
            .map(|b| b.trim())
            .filter(|b| !b.is_empty())
            .map(PathBuf::from)
            .collect();
        if paths.is_empty() {
            return Err(IpcError::new(
                "error-import-no-bundles",
                "no bundle file given",
            ));
        }
        let identities = self.identities(&identity, passphrase)?;
        self.with_vault_export(|v| {
            let report = harbour_export::import_bundles(v, &identities, &paths, Utc::now())?;
            Ok(ImportReportDto {
                bundles: u32::try_from(report.manifests.len()).unwrap_or(u32::MAX),
                written: u32::try_from(report.written).unwrap_or(u32::MAX),
                cases: report
                    .cases
                    .into_iter()
                    .map(|c| {
                        let (fate, note) = match c.fate {
                            CaseFate::New => (Fate::New, None),
                            CaseFate::Duplicate => (Fate::Duplicate, None),
                            CaseFate::Conflict { note } => (Fate::Conflict, Some(note)),
                        };
                        ImportedCaseDto {
                            bundle: file_name(&c.bundle),
                            reference: c.reference,
                            local_id: c.local_id,
                            fate,
                            note,
                        }
                    })
                    .collect(),
            })
        })
    }
}

impl Shell {
    /// The organisation's identities from its key file, opened with its passphrase.
    fn identities(
        &self,
        identity: &str,
        passphrase: String,
    ) -> Result<Vec<harbour_export::Identity>, IpcError> {
        // The request's copy is wiped on drop; the secret gets an exact-size copy (no
        // reallocation leaving a stray copy behind).
        let passphrase = zeroize::Zeroizing::new(passphrase);
        let passphrase = SecretString::from(passphrase.as_str().to_string());
        let identity = identity.trim();
        if identity.is_empty() {
            return Err(IpcError::new(
                "error-import-no-identity",
                "no organisation key file given",
            ));
        }
        // Not unlocked: fail before the (slow, deliberately) key derivation.
        if !self.is_unlocked() {
            return Err(IpcError::locked());
        }
        Ok(harbour_export::read_identity(
            Path::new(identity),
            &passphrase,
        )?)
    }

    /// Enrol the device that made a held bundle, after a person compared its fingerprint
    /// with the one the device shows and typed it. Supervisor only. The bundle is opened and
    /// verified first (its signature and organisation); nothing is imported.
    pub fn enrol_bundle_device(&self, req: EnrolRequest) -> Result<(), IpcError> {
        let EnrolRequest {
            bundle,
            identity,
            passphrase,
            fingerprint,
        } = req;
        let path = PathBuf::from(bundle.trim());
        let identities = self.identities(&identity, passphrase)?;
        let verified = harbour_export::open_bundle(&path, &identities)?;
        self.with_vault_export(|v| {
            harbour_export::enrol_bundle_device(v, &path, &verified, &fingerprint, Utc::now())?;
            Ok(())
        })
    }
}

#[cfg(test)]
#[path = "transfer_tests.rs"]
mod tests;
