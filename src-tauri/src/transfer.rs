//! Export and import from the app: the organisation key and retention settings, an
//! encrypted export with progress the UI can poll without waiting for the vault, and import
//! of bundles with the organisation key. Every operation is a call into `harbour-export`;
//! nothing here reads or writes case data itself.

use crate::dto::CaseDto;
use crate::error::IpcError;
use crate::places;
use crate::shell::Shell;
use crate::transfer_dto::{
    ExportPlanDto, ExportProgressDto, ExportRequest, ExportResultDto, ImportReportDto,
    ImportRequest, ImportedCaseDto, PlaceDto, TransferSettingsDto,
};
use chrono::{DateTime, Utc};
use harbour_export::keys::SecretString;
use harbour_export::{
    CaseFate, CaseSelection, ExportError, ExportOptions, ORG_RECIPIENTS_SETTING, RETENTION_SETTING,
};
use harbour_vault::Vault;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The progress of the export under way, readable without the vault lock.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    running: AtomicBool,
}

impl Progress {
    fn set(&self, done: usize, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
    }

    fn snapshot(&self) -> ExportProgressDto {
        ExportProgressDto {
            done: u32::try_from(self.done.load(Ordering::Relaxed)).unwrap_or(u32::MAX),
            total: u32::try_from(self.total.load(Ordering::Relaxed)).unwrap_or(u32::MAX),
            running: self.running.load(Ordering::Relaxed),
        }
    }
}

/// Marks an export as running while it lives.
struct Running<'a>(&'a Progress);

impl<'a> Running<'a> {
    fn start(p: &'a Progress) -> Result<Self, IpcError> {
        if p.running
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return Err(IpcError::new(
                "error-export-running",
                "an export is already running",
            ));
        }
        p.set(0, 0);
        Ok(Running(p))
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::Release);
    }
}

/// Debug builds only: `HARBOUR_TEST_EXPORT_DELAY_MS` pauses after each exported case, so the
/// end-to-end tests can see the progress bar and check the UI stays responsive meanwhile.
fn slow_down_for_tests() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("HARBOUR_TEST_EXPORT_DELAY_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(10_000)));
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
        let mut slot = self
            .vault
            .lock()
            .map_err(|_| IpcError::new("error-internal", "vault state poisoned"))?;
        let vault = slot.as_mut().ok_or_else(IpcError::locked)?;
        let out = f(vault);
        drop(slot);
        self.touch();
        out
    }

    /// Write the printable referral summary (PDF) of a case for one referral type, in the
    /// reader's language, into `folder`; it holds only what that referral needs. Returns the
    /// file written.
    pub fn referral_summary(
        &self,
        case_id: &str,
        referral: &str,
        lang: &str,
        folder: Option<PathBuf>,
    ) -> Result<String, IpcError> {
        let kind = harbour_export::parse_referral(referral).ok_or_else(|| {
            IpcError::new(
                "error-referral-unknown",
                format!("unknown referral type '{referral}'"),
            )
        })?;
        let folder = folder
            .ok_or_else(|| IpcError::new("error-no-folder", "no folder to save the summary in"))?;
        self.with_vault_export(|v| {
            let case = v.case(case_id)?;
            let out = free_path(
                &folder,
                &format!(
                    "{}-{}-{}",
                    case.reference,
                    kind.as_str().replace('_', "-"),
                    lang
                ),
                "pdf",
            );
            harbour_export::write_referral_summary(v, case_id, kind, lang, &out, Utc::now())?;
            Ok(out.display().to_string())
        })
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
        self.with_vault_export(|v| {
            v.set_setting(ORG_RECIPIENTS_SETTING, &format!("{text}\n"), Utc::now())?;
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
                places: places::removable_places(&places::media_roots())
                    .into_iter()
                    .map(PlaceDto::from)
                    .collect(),
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
        let mut folders: Vec<PathBuf> = places::removable_places(&places::media_roots())
            .into_iter()
            .map(|p| p.path)
            .collect();
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
        let passphrase = zeroize::Zeroizing::new(passphrase);
        let passphrase = SecretString::from(passphrase.as_str().to_string());
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
        let identities = harbour_export::read_identity(Path::new(identity), &passphrase)?;
        drop(passphrase);
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
                            CaseFate::New => ("new", None),
                            CaseFate::Duplicate => ("duplicate", None),
                            CaseFate::Conflict { note } => ("conflict", Some(note)),
                        };
                        ImportedCaseDto {
                            bundle: file_name(&c.bundle),
                            reference: c.reference,
                            local_id: c.local_id,
                            fate: fate.into(),
                            note,
                        }
                    })
                    .collect(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::CreateVaultRequest;
    use crate::shell::{ShellConfig, DEFAULT_AUTO_LOCK};
    use harbour_vault::{CaseStatus, KdfParams, NewStep, VaultOptions};

    const PASS: &str = "blue kettle sings";
    const KEY_PASS: &str = "harbour office key 2026";

    fn shell(dir: &Path) -> Shell {
        let s = Shell::new(ShellConfig {
            data_dir: dir.to_path_buf(),
            vault: VaultOptions {
                kdf: KdfParams::fast_for_tests(),
                actor: "test".into(),
            },
            auto_lock: DEFAULT_AUTO_LOCK,
            questionnaires_dir: None,
            include_test_packs: false,
        });
        s.create_vault(CreateVaultRequest {
            passphrase: PASS.into(),
            confirmation: PASS.into(),
        })
        .expect("create");
        s
    }

    /// A case with one answer; finished or not.
    fn add_case(s: &Shell, finished: bool, secret: &str) -> String {
        let mut slot = s.vault.lock().expect("lock");
        let v = slot.as_mut().expect("unlocked");
        let now = Utc::now();
        let case = v.create_case(now).expect("case");
        let session = v
            .start_session(&case.id, "mixed-flows", "1.0.0", now)
            .expect("session");
        let payload = serde_json::json!({ "answer": secret }).to_string();
        v.append_step(
            &session.id,
            NewStep {
                kind: "answer",
                question_id: Some("anything_else"),
                language: Some("en"),
                payload: &payload,
            },
            now,
        )
        .expect("step");
        if finished {
            v.set_case_status(&case.id, CaseStatus::Finished, now)
                .expect("status");
        }
        case.id
    }

    fn org_key(dir: &Path) -> harbour_export::OrgKeyFiles {
        harbour_export::generate_org_key(
            &dir.join("org"),
            &SecretString::from(KEY_PASS.to_string()),
        )
        .expect("keygen")
    }

    fn code<T>(r: Result<T, IpcError>) -> String {
        r.err().map(|e| e.code).unwrap_or_default()
    }

    fn export_all_finished(s: &Shell, folder: &Path) -> Result<ExportResultDto, IpcError> {
        s.export_cases(ExportRequest {
            all_finished: true,
            case_ids: vec![],
            folder: folder.display().to_string(),
        })
    }

    #[test]
    fn the_org_key_is_checked_before_it_is_stored() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(&dir.path().join("device"));
        let key = org_key(dir.path());
        assert_eq!(s.transfer_settings().expect("settings").key_count, 0);
        let bad = s
            .set_org_recipients(format!("# our office\n{}\nage1notakey\n", key.recipient))
            .expect_err("bad line");
        assert_eq!(bad.code, "error-export-bad-recipient");
        assert_eq!(bad.args.get("line").map(String::as_str), Some("3"));
        let none = s
            .set_org_recipients("  \n# only a comment\n".into())
            .expect_err("empty");
        assert_eq!(none.code, "error-export-no-recipients");
        assert_eq!(
            s.transfer_settings().expect("settings").key_count,
            0,
            "nothing stored on error"
        );
        let ok = s
            .set_org_recipients(format!("# our office\n{}\n", key.recipient))
            .expect("install");
        assert_eq!(ok.key_count, 1);
        assert!(ok.org_recipients.contains(&key.recipient));
        assert_eq!(ok.retention, "keep");
        assert_eq!(code(s.set_retention("shred")), "error-retention-invalid");
        assert_eq!(s.set_retention("purge").expect("purge").retention, "purge");
    }

    #[test]
    fn export_needs_a_key_and_a_folder() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(&dir.path().join("device"));
        add_case(&s, true, "x");
        assert_eq!(
            code(export_all_finished(&s, &dir.path().join("missing"))),
            "error-export-folder"
        );
        assert_eq!(
            code(export_all_finished(&s, dir.path())),
            "error-export-no-recipients"
        );
        assert!(
            !s.export_progress().running,
            "the running flag is cleared after a failure"
        );
        let key = org_key(dir.path());
        s.set_org_recipients(key.recipient).expect("install");
        let none = s.export_cases(ExportRequest {
            all_finished: false,
            case_ids: vec![],
            folder: dir.path().display().to_string(),
        });
        assert_eq!(code(none), "error-export-nothing");
        let plan = s.export_plan(Some(dir.path().to_path_buf())).expect("plan");
        assert!(plan.key_installed);
        assert_eq!(plan.cases.len(), 1);
        assert_eq!(plan.folder, dir.path().display().to_string());
    }

    #[test]
    fn export_then_import_on_another_device_and_purge_when_the_setting_says_so() {
        let dir = tempfile::tempdir().expect("tmp");
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).expect("out");
        let key = org_key(dir.path());
        let field = shell(&dir.path().join("field"));
        field
            .set_org_recipients(key.recipient.clone())
            .expect("install");
        let secret = "SECRET-ANSWER-7f3a";
        let a = add_case(&field, true, secret);
        let b = add_case(&field, true, secret);
        let open = add_case(&field, false, secret);

        let first = export_all_finished(&field, &out).expect("export");
        assert_eq!(first.cases, 2);
        assert_eq!(first.purged, 0);
        let p = field.export_progress();
        assert_eq!(
            (p.done, p.total, p.running),
            (2, 2, false),
            "progress reached the total"
        );
        let bytes = std::fs::read(&first.path).expect("bundle");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "no answer in plain text"
        );
        let cases = field.list_cases().expect("cases");
        assert!(cases
            .iter()
            .filter(|c| c.id == a || c.id == b)
            .all(|c| c.exported_at.is_some()));
        assert!(cases
            .iter()
            .any(|c| c.id == open && c.exported_at.is_none()));

        // Headquarters: a wrong passphrase writes nothing; the right one imports both cases.
        let hq = shell(&dir.path().join("hq"));
        let req = |pass: &str, bundles: Vec<String>| ImportRequest {
            bundles,
            identity: key.identity.display().to_string(),
            passphrase: pass.into(),
        };
        let wrong = hq
            .import_bundles(req("not the key passphrase", vec![first.path.clone()]))
            .expect_err("wrong");
        assert_eq!(wrong.code, "error-export-wrong-key-passphrase");
        assert!(hq.list_cases().expect("cases").is_empty());
        let report = hq
            .import_bundles(req(KEY_PASS, vec![first.path.clone()]))
            .expect("import");
        assert_eq!((report.bundles, report.written), (1, 2));
        assert!(report.cases.iter().all(|c| c.fate == "new"));
        let again = hq
            .import_bundles(req(
                KEY_PASS,
                vec![format!("  {}  ", first.path), String::new()],
            ))
            .expect("again");
        assert_eq!(again.written, 0);
        assert!(again.cases.iter().all(|c| c.fate == "duplicate"));
        assert_eq!(hq.list_cases().expect("cases").len(), 2);

        // A bundle changed by one byte: the translated error, nothing written.
        let mut tampered = bytes.clone();
        let mid = tampered.len() / 2;
        tampered[mid] ^= 1;
        let tpath = out.join("tampered.harbour");
        std::fs::write(&tpath, &tampered).expect("write");
        let hq2 = shell(&dir.path().join("hq2"));
        let err = hq2
            .import_bundles(req(KEY_PASS, vec![tpath.display().to_string()]))
            .expect_err("tampered");
        assert_eq!(err.code, "error-export-tampered");
        assert_eq!(
            err.args.get("file").map(String::as_str),
            Some("tampered.harbour")
        );
        assert!(hq2.list_cases().expect("cases").is_empty());

        // Retention "purge": the exported cases leave the device, the open one stays.
        field.set_retention("purge").expect("purge");
        let second = export_all_finished(&field, &out).expect("export again");
        assert_ne!(second.path, first.path, "never overwrites");
        assert_eq!((second.cases, second.purged), (2, 2));
        let left = field.list_cases().expect("cases");
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].id, open);
    }

    #[test]
    fn chosen_cases_only_and_a_busy_vault_is_neither_idle_locked_nor_reported_locked() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(&dir.path().join("device"));
        let key = org_key(dir.path());
        s.set_org_recipients(key.recipient).expect("install");
        let _finished = add_case(&s, true, "x");
        let open = add_case(&s, false, "y");
        let out = s
            .export_cases(ExportRequest {
                all_finished: false,
                case_ids: vec![open.clone()],
                folder: dir.path().display().to_string(),
            })
            .expect("export");
        assert_eq!(out.cases, 1);
        let listed = s.list_cases().expect("cases");
        let exported: Vec<&str> = listed
            .iter()
            .filter(|c| c.exported_at.is_some())
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(exported, vec![open.as_str()]);
        let unknown = s.export_cases(ExportRequest {
            all_finished: false,
            case_ids: vec!["HB-NOSUCH".into()],
            folder: dir.path().display().to_string(),
        });
        assert_eq!(code(unknown), "error-export-case-not-found");

        // One export at a time: a second one is refused while the first runs.
        s.progress.running.store(true, Ordering::Release);
        let second = export_all_finished(&s, dir.path());
        assert_eq!(code(second), "error-export-running");
        s.progress.running.store(false, Ordering::Release);

        let later = std::time::Instant::now() + DEFAULT_AUTO_LOCK * 2;
        {
            let _busy = s.vault.lock().expect("lock");
            assert!(s.status().unlocked, "status does not wait for a busy vault");
            assert!(!s.lock_if_idle(later), "a busy vault is not idle");
        }
        assert!(s.lock_if_idle(later), "idle once free");
    }

    #[test]
    fn every_export_error_code_has_an_english_text() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(dir.path());
        let en: String = s
            .locale_sources("en")
            .into_iter()
            .map(|f| f.text)
            .collect::<Vec<_>>()
            .join("\n");
        let p = PathBuf::from("x");
        let errors = [
            ExportError::BadRecipient { line: 1 },
            ExportError::NoRecipients,
            ExportError::WrongKeyPassphrase { path: p.clone() },
            ExportError::BadIdentityFile {
                path: p.clone(),
                detail: String::new(),
            },
            ExportError::WeakKeyPassphrase(String::new()),
            ExportError::KeyExists { path: p.clone() },
            ExportError::WrongIdentity { path: p.clone() },
            ExportError::Truncated { path: p.clone() },
            ExportError::Tampered {
                path: p.clone(),
                detail: String::new(),
            },
            ExportError::NotABundle {
                path: p.clone(),
                detail: String::new(),
            },
            ExportError::OutputExists { path: p.clone() },
            ExportError::Io {
                action: "",
                path: p,
                source: std::io::Error::other("x"),
            },
            ExportError::CaseNotFound(String::new()),
            ExportError::NothingToExport,
            ExportError::NoAssessment(String::new()),
            ExportError::BadAssessment {
                case: String::new(),
                detail: String::new(),
            },
            ExportError::UnknownReferral(String::new()),
            ExportError::UnsupportedLanguage(String::new()),
            ExportError::Font(String::new()),
            ExportError::Internal {
                action: "",
                detail: String::new(),
            },
        ];
        let mut codes: Vec<String> = errors.into_iter().map(|e| IpcError::from(e).code).collect();
        codes.extend(
            [
                "error-export-folder",
                "error-export-running",
                "error-import-no-bundles",
                "error-import-no-identity",
                "error-retention-invalid",
            ]
            .map(String::from),
        );
        for code in codes {
            assert!(
                en.contains(&format!("\n{code} =")),
                "no English text for {code}"
            );
        }
    }
}
