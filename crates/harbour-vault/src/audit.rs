//! The append-only audit log: who did what and when. Events are a closed set, so no
//! answer, name or note can reach the log by accident.

use crate::error::{classify_write, Result};
use crate::staff::Role;
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::collections::HashSet;

/// Something worth recording. Details are counts and codes only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditEvent {
    /// The vault was created.
    VaultCreated,
    /// The vault was unlocked.
    Unlocked,
    /// Failed unlock attempts happened before this unlock.
    UnlockFailed {
        /// How many.
        attempts: u32,
    },
    /// The vault was locked (by hand, by idle timeout, or by quick hide).
    Locked,
    /// The passphrase was changed (a vault made before staff accounts, re-encrypted).
    Rekeyed,
    /// The acting person changed their passphrase (their key slot was rewrapped).
    PassphraseChanged,
    /// A vault made before staff accounts got envelope keys; its passphrase became the
    /// first supervisor's.
    KeyFileMigrated,
    /// A person was added (their role only; the id of the actor is the supervisor's).
    StaffAdded {
        /// The new person's role.
        role: Role,
    },
    /// A person was removed and their key slot destroyed.
    StaffRemoved {
        /// The removed person's role.
        role: Role,
    },
    /// A case was handed to another staff member.
    CaseHandedOver,
    /// A case's stored outcome was read.
    OutcomeViewed,
    /// A case's answers were read.
    AnswersViewed,
    /// The organisation's recovery slot was written (an organisation key was installed).
    RecoveryEnabled,
    /// The recovery slot was removed.
    RecoveryDisabled,
    /// The vault was recovered with the organisation's key; a new supervisor was added.
    Recovered,
    /// The wipe-after-failed-unlocks policy was changed.
    WipePolicyChanged,
    /// A case was opened.
    CaseCreated,
    /// An interview session started.
    InterviewStarted,
    /// The interview was paused.
    InterviewPaused,
    /// The interview was resumed.
    InterviewResumed,
    /// The interview reached its end.
    InterviewFinished,
    /// Consent was refused; only the refusal is kept.
    ConsentRefused,
    /// The interview language was switched (the codes are not personal data).
    LanguageSwitched,
    /// The urgent-safety notice was raised.
    UrgentSafetyRaised,
    /// The rules were run and the outcome stored.
    Assessed,
    /// Consent was withdrawn and the case deleted. Its id is not kept.
    CaseWithdrawn,
    /// Cases were exported in an encrypted bundle.
    Exported {
        /// How many cases.
        cases: usize,
    },
    /// Identified data was exported in plain form, after confirmation.
    PlainExport {
        /// How many cases.
        cases: usize,
    },
    /// Cases were imported from a bundle.
    Imported {
        /// How many cases.
        cases: usize,
    },
    /// Cases were purged after export, by the retention setting.
    Purged {
        /// How many cases.
        cases: usize,
    },
    /// A device was registered at headquarters (its id is in the register, not here).
    DeviceEnrolled,
    /// A setting was changed (its key only).
    SettingChanged {
        /// The setting's key.
        key: &'static str,
    },
    /// A referral summary of the case was written to a file the user chose. The file's
    /// name and folder are kept (inside the encrypted vault) so that a withdrawal of consent
    /// can say which copies exist outside it; they are cleared when the case goes.
    SummaryWritten {
        /// The referral type's code (`medical`, `legal_aid`, …).
        referral: &'static str,
        /// Where the file was written.
        copy: CopyPlace,
    },
    /// A bundle holding the case was written (one row per case of the bundle), kept for the
    /// same reason as [`AuditEvent::SummaryWritten`].
    BundleWritten {
        /// Where the file was written.
        copy: CopyPlace,
    },
}

/// The name and folder of a file written outside the vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyPlace {
    /// The file's name.
    pub file: String,
    /// The folder it was written in.
    pub folder: String,
}

impl CopyPlace {
    /// The place of the file at `path`.
    pub fn of(path: &std::path::Path) -> CopyPlace {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().to_string(),
            _ => ".".to_string(),
        };
        CopyPlace { file, folder }
    }
}

/// Audit details are at most this long (bundles refuse longer ones on import).
const MAX_DETAIL: usize = 256;

/// The detail of a copy event: JSON `{"referral"?, "file", "folder"}`, at most
/// [`MAX_DETAIL`] bytes: a long folder (then a long name) keeps its end, the part a person
/// recognises, after an ellipsis.
fn copy_detail(referral: Option<&str>, copy: &CopyPlace) -> String {
    let render = |file: &str, folder: &str| {
        let mut m = serde_json::Map::new();
        if let Some(r) = referral {
            m.insert("referral".into(), r.into());
        }
        m.insert("file".into(), file.into());
        m.insert("folder".into(), folder.into());
        serde_json::Value::Object(m).to_string()
    };
    let (mut file, mut folder) = (copy.file.clone(), copy.folder.clone());
    let mut text = render(&file, &folder);
    while text.len() > MAX_DETAIL {
        let target = if folder.chars().count() > 1 {
            &mut folder
        } else {
            &mut file
        };
        if target.chars().count() <= 1 {
            break;
        }
        *target = shorten(target);
        text = render(&file, &folder);
    }
    text
}

/// `s` without its first character (after the ellipsis it gets), e.g. `/media/x` → `…media/x`.
fn shorten(s: &str) -> String {
    let mut chars = s.chars();
    if s.starts_with('…') {
        chars.next();
    }
    chars.next();
    format!("…{}", chars.as_str())
}

/// A file holding a case, written outside the vault on purpose, as the audit knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideCopy {
    /// When it was written (RFC 3339).
    pub at: String,
    /// What it is.
    pub kind: CopyKind,
    /// Where it was written.
    pub place: CopyPlace,
}

/// What a copy outside the vault is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyKind {
    /// A referral summary (PDF) for this referral type's code.
    Summary {
        /// The referral type's code.
        referral: String,
    },
    /// An encrypted export bundle.
    Bundle,
}

/// The copy an audit entry records, if it is a copy event with a readable detail.
fn outside_copy(e: &AuditEntry) -> Option<OutsideCopy> {
    let detail: serde_json::Value = serde_json::from_str(e.detail.as_deref()?).ok()?;
    let text = |k: &str| detail.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let kind = match e.event.as_str() {
        "export.summary" => CopyKind::Summary {
            referral: text("referral")?,
        },
        "export.bundle_copy" => CopyKind::Bundle,
        _ => return None,
    };
    Some(OutsideCopy {
        at: e.at.clone(),
        kind,
        place: CopyPlace {
            file: text("file")?,
            folder: text("folder")?,
        },
    })
}

impl AuditEvent {
    /// The stable event name stored in the log.
    pub fn name(&self) -> &'static str {
        match self {
            AuditEvent::VaultCreated => "vault.created",
            AuditEvent::Unlocked => "vault.unlocked",
            AuditEvent::UnlockFailed { .. } => "vault.unlock_failed",
            AuditEvent::Locked => "vault.locked",
            AuditEvent::Rekeyed => "vault.rekeyed",
            AuditEvent::PassphraseChanged => "staff.passphrase_changed",
            AuditEvent::KeyFileMigrated => "vault.key_file_migrated",
            AuditEvent::StaffAdded { .. } => "staff.added",
            AuditEvent::StaffRemoved { .. } => "staff.removed",
            AuditEvent::CaseHandedOver => "case.handed_over",
            AuditEvent::OutcomeViewed => "case.outcome_viewed",
            AuditEvent::AnswersViewed => "case.answers_viewed",
            AuditEvent::RecoveryEnabled => "vault.recovery_enabled",
            AuditEvent::RecoveryDisabled => "vault.recovery_disabled",
            AuditEvent::Recovered => "vault.recovered",
            AuditEvent::WipePolicyChanged => "settings.wipe_policy",
            AuditEvent::CaseCreated => "case.created",
            AuditEvent::InterviewStarted => "interview.started",
            AuditEvent::InterviewPaused => "interview.paused",
            AuditEvent::InterviewResumed => "interview.resumed",
            AuditEvent::InterviewFinished => "interview.finished",
            AuditEvent::ConsentRefused => "interview.consent_refused",
            AuditEvent::LanguageSwitched => "interview.language_switched",
            AuditEvent::UrgentSafetyRaised => "interview.urgent_safety",
            AuditEvent::Assessed => "case.assessed",
            AuditEvent::CaseWithdrawn => "case.withdrawn",
            AuditEvent::Exported { .. } => "export.bundle",
            AuditEvent::PlainExport { .. } => "export.plain",
            AuditEvent::Imported { .. } => "import.bundle",
            AuditEvent::Purged { .. } => "case.purged",
            AuditEvent::SettingChanged { .. } => "settings.changed",
            AuditEvent::DeviceEnrolled => "device.enrolled",
            AuditEvent::SummaryWritten { .. } => "export.summary",
            AuditEvent::BundleWritten { .. } => "export.bundle_copy",
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            AuditEvent::UnlockFailed { attempts } => Some(format!("attempts={attempts}")),
            AuditEvent::Exported { cases }
            | AuditEvent::PlainExport { cases }
            | AuditEvent::Imported { cases }
            | AuditEvent::Purged { cases } => Some(format!("cases={cases}")),
            AuditEvent::SettingChanged { key } => Some(format!("key={key}")),
            AuditEvent::StaffAdded { role } | AuditEvent::StaffRemoved { role } => {
                Some(format!("role={}", role.as_str()))
            }
            AuditEvent::SummaryWritten { referral, copy } => {
                Some(copy_detail(Some(referral), copy))
            }
            AuditEvent::BundleWritten { copy } => Some(copy_detail(None, copy)),
            _ => None,
        }
    }
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When.
    pub at: String,
    /// Who: the acting staff member's id (rows written before staff accounts hold the
    /// label of the time, such as `staff` or `cli`).
    pub actor: String,
    /// What ([`AuditEvent::name`]).
    pub event: String,
    /// Which case, if any (unlinked when the case is withdrawn).
    pub case_id: Option<String>,
    /// Counts or codes, never content.
    pub detail: Option<String>,
}

impl AuditEntry {
    /// Whether this entry records a copy of its case written outside the vault
    /// (`export.summary`, `export.bundle_copy`): device-local, never part of a bundle.
    pub fn names_a_copy(&self) -> bool {
        COPY_EVENTS.contains(&self.event.as_str())
    }
}

/// The events naming a file outside the vault; their detail is cleared when the case goes.
pub(crate) const COPY_EVENTS: [&str; 2] = ["export.summary", "export.bundle_copy"];

/// Reads of case content noted by an unlocked handle, written to the audit log with the
/// next write (in one transaction, so reading a thousand cases for statistics costs one
/// commit), at lock, or when the handle is dropped. Each (event, case) once per handle.
#[derive(Default)]
pub(crate) struct ReadAudit {
    seen: HashSet<(&'static str, String)>,
    pending: Vec<(&'static str, String, String)>,
}

impl Vault {
    /// Run `f` with reads of case content not audited one by one: for operations that
    /// read many cases and are audited as a whole (an export is `export.bundle` with its
    /// count) or that yield only de-identified counts (statistics). Access is still checked
    /// on every read.
    pub fn in_bulk<T>(&self, f: impl FnOnce(&Vault) -> T) -> T {
        self.bulk.set(self.bulk.get() + 1);
        let out = f(self);
        self.bulk.set(self.bulk.get().saturating_sub(1));
        out
    }

    /// Note that the acting person read a case's content (audited with the next write).
    pub(crate) fn note_read(&self, event: AuditEvent, case_id: &str) {
        if self.bulk.get() > 0 {
            return;
        }
        let mut reads = self.reads.borrow_mut();
        if reads.seen.insert((event.name(), case_id.to_string())) {
            reads
                .pending
                .push((event.name(), case_id.to_string(), Utc::now().to_rfc3339()));
        }
    }

    /// Write the reads noted so far to the audit log.
    pub fn flush_reads(&self) -> Result<()> {
        let pending = std::mem::take(&mut self.reads.borrow_mut().pending);
        if pending.is_empty() {
            return Ok(());
        }
        let err = |e| classify_write(&self.path, "writing the audit log", e);
        let tx = if self.conn.is_autocommit() {
            Some(self.conn.unchecked_transaction().map_err(err)?)
        } else {
            None
        };
        {
            let mut st = self
                .conn
                .prepare_cached(
                    "INSERT INTO audit (at, actor, event, case_id, detail) VALUES (?1, ?2, ?3, ?4, NULL)",
                )
                .map_err(err)?;
            for (event, case_id, at) in &pending {
                st.execute(params![at, self.actor, event, case_id])
                    .map_err(err)?;
            }
        }
        if let Some(tx) = tx {
            tx.commit().map_err(err)?;
        }
        Ok(())
    }

    /// Append an event to the audit log, under the acting staff member's id. An event on a
    /// case the acting person may not reach is refused like any other call on it.
    pub fn audit(
        &self,
        event: AuditEvent,
        case_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if let Some(case_id) = case_id {
            self.require_case_if_any(case_id, "recording an event on a case")?;
        }
        self.flush_reads()?;
        self.conn
            .execute(
                "INSERT INTO audit (at, actor, event, case_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    now.to_rfc3339(),
                    self.actor,
                    event.name(),
                    case_id,
                    event.detail()
                ],
            )
            .map_err(|e| classify_write(&self.path, "writing the audit log", e))?;
        Ok(())
    }

    /// Append one event for each of `case_ids` in one transaction (an export of many cases
    /// costs one commit). Each case is checked as by [`Vault::audit`].
    pub fn audit_each(
        &self,
        event: &AuditEvent,
        case_ids: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        for id in case_ids {
            self.require_case_if_any(id, "recording an event on a case")?;
        }
        self.flush_reads()?;
        let err = |e| classify_write(&self.path, "writing the audit log", e);
        let tx = self.conn.unchecked_transaction().map_err(err)?;
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO audit (at, actor, event, case_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(err)?;
            let (at, detail) = (now.to_rfc3339(), event.detail());
            for id in case_ids {
                st.execute(params![at, self.actor, event.name(), id, detail])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    /// The copies of a case written outside the vault (referral summaries, bundles), as its
    /// audit trail records them, oldest first. What a withdrawal of consent tells the user
    /// to go and destroy.
    pub fn outside_copies(&self, case_id: &str) -> Result<Vec<OutsideCopy>> {
        Ok(self
            .case_audit(case_id)?
            .iter()
            .filter_map(outside_copy)
            .collect())
    }

    /// The whole audit log, oldest first (supervisor only).
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        self.require_supervisor("reading the audit log")?;
        self.flush_reads()?;
        let mut st = self
            .conn
            .prepare("SELECT at, actor, event, case_id, detail FROM audit ORDER BY id")
            .map_err(|e| classify_write(&self.path, "reading the audit log", e))?;
        let rows = st
            .query_map([], |r| {
                Ok(AuditEntry {
                    at: r.get(0)?,
                    actor: r.get(1)?,
                    event: r.get(2)?,
                    case_id: r.get(3)?,
                    detail: r.get(4)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| classify_write(&self.path, "reading the audit log", e))?;
        Ok(rows)
    }

    /// The actor recorded in audit entries made through this handle: the acting staff
    /// member's id.
    pub fn actor(&self) -> &str {
        &self.actor
    }
}
