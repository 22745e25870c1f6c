//! The append-only audit log: who did what and when. Events are a closed set, so no
//! answer, name or note can reach the log by accident.

use crate::error::{classify_write, Result};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use rusqlite::params;

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
    /// The passphrase was changed.
    Rekeyed,
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
    /// A setting was changed (its key only).
    SettingChanged {
        /// The setting's key.
        key: &'static str,
    },
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
            _ => None,
        }
    }
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When.
    pub at: String,
    /// Who (a staff label).
    pub actor: String,
    /// What ([`AuditEvent::name`]).
    pub event: String,
    /// Which case, if any (unlinked when the case is withdrawn).
    pub case_id: Option<String>,
    /// Counts or codes, never content.
    pub detail: Option<String>,
}

impl Vault {
    /// Append an event to the audit log.
    pub fn audit(
        &self,
        event: AuditEvent,
        case_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
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

    /// The whole audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
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

    /// The actor recorded in audit entries made through this handle.
    pub fn actor(&self) -> &str {
        &self.actor
    }
}
