//! Cases, interview sessions, steps, assessments and settings.
//!
//! The vault knows nothing about questionnaires or rules: a step's payload and an
//! assessment's outcome are opaque JSON written by the domain crates.

use crate::audit::{AuditEvent, OutsideCopy};
use crate::error::{classify_write, Result, VaultError};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStatus {
    /// An interview is under way (or paused).
    InProgress,
    /// The interview ended and an outcome was stored.
    Finished,
    /// Consent was refused; only the refusal is kept.
    ConsentRefused,
}

impl CaseStatus {
    /// The stable name stored in the vault.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::InProgress => "in_progress",
            CaseStatus::Finished => "finished",
            CaseStatus::ConsentRefused => "consent_refused",
        }
    }

    fn parse(s: &str) -> CaseStatus {
        match s {
            "finished" => CaseStatus::Finished,
            "consent_refused" => CaseStatus::ConsentRefused,
            _ => CaseStatus::InProgress,
        }
    }
}

/// A case as listed: no content, only what the case list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSummary {
    /// Random identifier (hex).
    pub id: String,
    /// Short reference staff can read aloud and write on paper, e.g. `HB-7K3QX9`.
    pub reference: String,
    /// Where it stands.
    pub status: CaseStatus,
    /// When it was opened (RFC 3339).
    pub created_at: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
    /// When it was last exported, if ever.
    pub exported_at: Option<String>,
}

/// One interview session of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// Random identifier (hex).
    pub id: String,
    /// The case.
    pub case_id: String,
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version.
    pub questionnaire_version: String,
    /// When it started.
    pub started_at: String,
}

/// A step to append.
#[derive(Debug, Clone, Copy)]
pub struct NewStep<'a> {
    /// The engine's step kind (`answer`, `skip`, `declined`, `pause`, …).
    pub kind: &'a str,
    /// The question it concerns, if any.
    pub question_id: Option<&'a str>,
    /// The interview language at that moment.
    pub language: Option<&'a str>,
    /// The engine's serialisation of the step (JSON).
    pub payload: &'a str,
}

/// A stored step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord {
    /// Position in the session, from 1.
    pub seq: i64,
    /// When it was committed.
    pub at: String,
    /// The step kind.
    pub kind: String,
    /// The question, if any.
    pub question_id: Option<String>,
    /// The language, if any.
    pub language: Option<String>,
    /// The engine's serialisation.
    pub payload: String,
}

/// A stored assessment: the outcome and the inputs it was computed from, so it can be re-run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAssessment {
    /// The rules version that produced it.
    pub rules_version: String,
    /// When.
    pub assessed_at: String,
    /// The outcome (JSON).
    pub outcome: String,
    /// The inputs (JSON).
    pub inputs: String,
}

impl Vault {
    fn db_err(&self, action: &'static str) -> impl Fn(rusqlite::Error) -> VaultError + '_ {
        move |e| classify_write(&self.path, action, e)
    }

    /// Open a new case, owned by the acting staff member.
    pub fn create_case(&mut self, now: DateTime<Utc>) -> Result<CaseSummary> {
        let id = random_hex(16)?;
        let at = now.to_rfc3339();
        // A collision of the short reference is astronomically rare but possible; retry.
        for _ in 0..8 {
            let reference = short_reference()?;
            let inserted = self.conn.execute(
                "INSERT OR IGNORE INTO cases (id, reference, status, created_at, updated_at, owner) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
                params![id, reference, CaseStatus::InProgress.as_str(), at, self.actor],
            );
            if inserted.map_err(self.db_err("opening a case"))? == 1 {
                self.audit(AuditEvent::CaseCreated, Some(&id), now)?;
                return self.case(&id);
            }
        }
        Err(VaultError::Database {
            path: self.path.clone(),
            action: "choosing a case reference",
            source: rusqlite::Error::QueryReturnedNoRows,
        })
    }

    /// One case. An interviewer reaches only their own: [`VaultError::NotAllowed`].
    pub fn case(&self, id: &str) -> Result<CaseSummary> {
        self.require_case(id, "opening a case")?;
        self.conn
            .query_row(
                "SELECT id, reference, status, created_at, updated_at, exported_at FROM cases WHERE id = ?1",
                [id],
                case_row,
            )
            .optional()
            .map_err(self.db_err("reading a case"))?
            .ok_or_else(|| VaultError::CaseNotFound(id.to_string()))
    }

    /// Every case the acting person may see, most recently changed first: all of them for
    /// a supervisor, their own (including those handed to them) for an interviewer. For
    /// callers that need every case (export selection, statistics, import); the case list
    /// reads one page at a time through [`Vault::query_cases`].
    pub fn list_cases(&self) -> Result<Vec<CaseSummary>> {
        let mut st = self
            .conn
            .prepare("SELECT id, reference, status, created_at, updated_at, exported_at FROM cases WHERE ?1 OR owner = ?2 ORDER BY updated_at DESC, reference")
            .map_err(self.db_err("listing cases"))?;
        let rows = st
            .query_map(params![self.staff.is_supervisor(), self.actor], case_row)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.db_err("listing cases"))?;
        Ok(rows)
    }

    /// Set a case's status.
    pub fn set_case_status(
        &mut self,
        id: &str,
        status: CaseStatus,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_case(id, "changing a case")?;
        let n = self
            .conn
            .execute(
                "UPDATE cases SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, status.as_str(), now.to_rfc3339()],
            )
            .map_err(self.db_err("updating a case"))?;
        if n == 0 {
            return Err(VaultError::CaseNotFound(id.to_string()));
        }
        Ok(())
    }

    /// Record that cases were exported (supervisor only: exports are).
    pub fn mark_exported(&mut self, ids: &[String], now: DateTime<Utc>) -> Result<()> {
        self.require_supervisor("exporting cases")?;
        let tx = self
            .conn
            .transaction()
            .map_err(|e| classify_write(&self.path, "marking exported", e))?;
        for id in ids {
            tx.execute(
                "UPDATE cases SET exported_at = ?2, exported = 1 WHERE id = ?1",
                params![id, now.to_rfc3339()],
            )
            .map_err(|e| classify_write(&self.path, "marking exported", e))?;
        }
        tx.commit()
            .map_err(|e| classify_write(&self.path, "marking exported", e))
    }

    /// Start an interview session for a case.
    pub fn start_session(
        &mut self,
        case_id: &str,
        questionnaire_id: &str,
        questionnaire_version: &str,
        now: DateTime<Utc>,
    ) -> Result<SessionSummary> {
        self.require_case(case_id, "starting an interview")?;
        let id = random_hex(16)?;
        self.conn
            .execute(
                "INSERT INTO sessions (id, case_id, questionnaire_id, questionnaire_version, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, case_id, questionnaire_id, questionnaire_version, now.to_rfc3339()],
            )
            .map_err(self.db_err("starting an interview"))?;
        self.audit(AuditEvent::InterviewStarted, Some(case_id), now)?;
        Ok(SessionSummary {
            id,
            case_id: case_id.to_string(),
            questionnaire_id: questionnaire_id.to_string(),
            questionnaire_version: questionnaire_version.to_string(),
            started_at: now.to_rfc3339(),
        })
    }

    /// Start a session already holding `steps` (an interview moved to another questionnaire
    /// version by its declared migration), in one transaction: after a crash there is either
    /// no new session or the whole of it, never a session with only some of the answers.
    pub fn start_session_with_steps(
        &mut self,
        case_id: &str,
        questionnaire_id: &str,
        questionnaire_version: &str,
        steps: &[NewStep<'_>],
        now: DateTime<Utc>,
    ) -> Result<SessionSummary> {
        self.require_case(case_id, "starting an interview")?;
        let id = random_hex(16)?;
        let at = now.to_rfc3339();
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.db_err("moving an interview to another version"))?;
        self.conn
            .execute(
                "INSERT INTO sessions (id, case_id, questionnaire_id, questionnaire_version, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, case_id, questionnaire_id, questionnaire_version, at],
            )
            .map_err(self.db_err("moving an interview to another version"))?;
        for (i, step) in steps.iter().enumerate() {
            let seq = i64::try_from(i).unwrap_or(i64::MAX - 1) + 1;
            self.conn
                .execute(
                    "INSERT INTO steps (session_id, seq, at, kind, question_id, language, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![id, seq, at, step.kind, step.question_id, step.language, step.payload],
                )
                .map_err(self.db_err("moving an interview to another version"))?;
        }
        self.conn
            .execute(
                "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
                params![case_id, at],
            )
            .map_err(self.db_err("moving an interview to another version"))?;
        self.audit(AuditEvent::InterviewStarted, Some(case_id), now)?;
        tx.commit()
            .map_err(self.db_err("moving an interview to another version"))?;
        Ok(SessionSummary {
            id,
            case_id: case_id.to_string(),
            questionnaire_id: questionnaire_id.to_string(),
            questionnaire_version: questionnaire_version.to_string(),
            started_at: at,
        })
    }

    /// The sessions of a case, oldest first.
    pub fn sessions(&self, case_id: &str) -> Result<Vec<SessionSummary>> {
        self.require_case(case_id, "reading a case")?;
        let mut st = self
            .conn
            .prepare("SELECT id, case_id, questionnaire_id, questionnaire_version, started_at FROM sessions WHERE case_id = ?1 ORDER BY started_at, rowid")
            .map_err(self.db_err("listing sessions"))?;
        let rows = st
            .query_map([case_id], |r| {
                Ok(SessionSummary {
                    id: r.get(0)?,
                    case_id: r.get(1)?,
                    questionnaire_id: r.get(2)?,
                    questionnaire_version: r.get(3)?,
                    started_at: r.get(4)?,
                })
            })
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.db_err("listing sessions"))?;
        Ok(rows)
    }

    /// Append one step and commit it durably before returning: when this returns `Ok`, the
    /// step survives a crash or a pulled plug. Returns its sequence number.
    pub fn append_step(
        &mut self,
        session_id: &str,
        step: NewStep<'_>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.require_session(session_id, "answering in a case")?;
        let path = self.path.clone();
        let err = |e| classify_write(&path, "saving an answer", e);
        let tx = self.conn.transaction().map_err(err)?;
        let case_id: Option<String> = tx
            .query_row(
                "SELECT case_id FROM sessions WHERE id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?;
        let Some(case_id) = case_id else {
            return Err(VaultError::SessionNotFound(session_id.to_string()));
        };
        let seq: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM steps WHERE session_id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .map_err(err)?;
        let at = now.to_rfc3339();
        tx.execute(
            "INSERT INTO steps (session_id, seq, at, kind, question_id, language, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![session_id, seq, at, step.kind, step.question_id, step.language, step.payload],
        )
        .map_err(err)?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id, at],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(seq)
    }

    /// Every step of a session, in order.
    /// Reading them is audited (`case.answers_viewed`, once per case per unlock).
    pub fn steps(&self, session_id: &str) -> Result<Vec<StepRecord>> {
        let case_id = self.require_session(session_id, "reading answers")?;
        self.note_read(AuditEvent::AnswersViewed, &case_id);
        let mut st = self
            .conn
            .prepare("SELECT seq, at, kind, question_id, language, payload FROM steps WHERE session_id = ?1 ORDER BY seq")
            .map_err(self.db_err("reading answers"))?;
        let rows = st
            .query_map([session_id], |r| {
                Ok(StepRecord {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    kind: r.get(2)?,
                    question_id: r.get(3)?,
                    language: r.get(4)?,
                    payload: r.get(5)?,
                })
            })
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.db_err("reading answers"))?;
        Ok(rows)
    }

    /// Store (or replace) the assessment of a case.
    pub fn save_assessment(
        &mut self,
        case_id: &str,
        assessment: &StoredAssessment,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_case(case_id, "storing an outcome")?;
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.db_err("saving the assessment"))?;
        self.write_assessment(case_id, assessment, now)?;
        tx.commit().map_err(self.db_err("saving the assessment"))
    }

    /// The assessment row, the case-list columns read from its outcome, and the audit entry
    /// (inside the caller's transaction, so the list never disagrees with the outcome).
    fn write_assessment(
        &self,
        case_id: &str,
        assessment: &StoredAssessment,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO assessments (case_id, rules_version, assessed_at, outcome, inputs) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(case_id) DO UPDATE SET rules_version = ?2, assessed_at = ?3, outcome = ?4, inputs = ?5",
                params![case_id, assessment.rules_version, assessment.assessed_at, assessment.outcome, assessment.inputs],
            )
            .map_err(self.db_err("saving the assessment"))?;
        crate::case_facts::write(&self.conn, case_id, &assessment.outcome)
            .map_err(self.db_err("saving the assessment"))?;
        self.audit(AuditEvent::Assessed, Some(case_id), now)
    }

    /// An interview reached its end: store its assessment, mark the case finished and audit
    /// it, in one transaction. What the app and `harbour record` both do.
    pub fn finish_case(
        &mut self,
        case_id: &str,
        assessment: &StoredAssessment,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_case(case_id, "storing an outcome")?;
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.db_err("finishing a case"))?;
        self.write_assessment(case_id, assessment, now)?;
        self.conn
            .execute(
                "UPDATE cases SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![case_id, CaseStatus::Finished.as_str(), now.to_rfc3339()],
            )
            .map_err(self.db_err("finishing a case"))?;
        self.audit(AuditEvent::InterviewFinished, Some(case_id), now)?;
        tx.commit().map_err(self.db_err("finishing a case"))
    }

    /// An interview became urgent (the answers so far, or the interviewer's own alarm): audit
    /// it and mark the case urgent for the case list, in one transaction. The mark holds until
    /// the case's outcome is stored, which then decides.
    pub fn urgent_safety_raised(&mut self, case_id: &str, now: DateTime<Utc>) -> Result<()> {
        self.require_case(case_id, "marking a case urgent")?;
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.db_err("marking a case urgent"))?;
        self.audit(AuditEvent::UrgentSafetyRaised, Some(case_id), now)?;
        self.conn
            .execute("UPDATE cases SET urgent = 1 WHERE id = ?1", [case_id])
            .map_err(self.db_err("marking a case urgent"))?;
        tx.commit().map_err(self.db_err("marking a case urgent"))
    }

    /// The stored assessment of a case, if any. Reading it is audited
    /// (`case.outcome_viewed`, once per case per unlock).
    pub fn assessment(&self, case_id: &str) -> Result<Option<StoredAssessment>> {
        self.require_case(case_id, "reading an outcome")?;
        self.note_read(AuditEvent::OutcomeViewed, case_id);
        self.conn
            .query_row(
                "SELECT rules_version, assessed_at, outcome, inputs FROM assessments WHERE case_id = ?1",
                [case_id],
                |r| {
                    Ok(StoredAssessment {
                        rules_version: r.get(0)?,
                        assessed_at: r.get(1)?,
                        outcome: r.get(2)?,
                        inputs: r.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(self.db_err("reading the assessment"))
    }

    /// Withdrawn consent: delete the case and everything of it, unlink its audit entries,
    /// then rewrite the file so no remnant of it stays, even in free pages or the WAL.
    /// Returns the copies of the case that were written outside the vault (referral
    /// summaries, bundles), as the audit knew them, for the user to go and destroy: the vault
    /// forgets where they are with the case.
    pub fn withdraw_case(&mut self, case_id: &str, now: DateTime<Utc>) -> Result<Vec<OutsideCopy>> {
        self.require_case(case_id, "withdrawing a case")?;
        // Reads noted for this case are written now, so the unlinking below covers them.
        self.flush_reads()?;
        // Read before the case goes: afterwards nothing in the vault knows them.
        let copies = self.outside_copies(case_id)?;
        let path = self.path.clone();
        let err = |e| classify_write(&path, "deleting a case", e);
        let tx = self.conn.transaction().map_err(err)?;
        // An imported case leaves a tombstone (device and the case's id there, no content),
        // so a bundle holding it again is refused and the case never comes back.
        tx.execute(
            "INSERT OR IGNORE INTO case_tombstones (source_device, origin_case_id, withdrawn_at) SELECT source_device, origin_case_id, ?2 FROM case_imports WHERE case_id = ?1",
            params![case_id, now.to_rfc3339()],
        )
        .map_err(err)?;
        tx.execute("DELETE FROM cases WHERE id = ?1", [case_id])
            .map_err(err)?;
        tx.execute(crate::schema::UNLINK_CASE_AUDIT, [case_id])
            .map_err(err)?;
        tx.commit().map_err(err)?;
        self.audit(AuditEvent::CaseWithdrawn, None, now)?;
        self.compact()?;
        Ok(copies)
    }

    /// Rewrite the file without free pages and empty the WAL.
    pub fn compact(&mut self) -> Result<()> {
        let path = self.path.clone();
        let err = |e| classify_write(&path, "compacting the vault", e);
        self.conn.execute_batch("VACUUM;").map_err(err)?;
        self.conn
            .pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .map_err(err)?;
        Ok(())
    }

    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.db_err("reading a setting"))
    }

    /// Change a setting (audited by key, never by value). Supervisor only.
    pub fn set_setting(
        &mut self,
        key: &'static str,
        value: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_supervisor("changing settings")?;
        self.conn
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                params![key, value],
            )
            .map_err(self.db_err("saving a setting"))?;
        self.audit(AuditEvent::SettingChanged { key }, None, now)
    }
}

pub(crate) fn case_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        id: r.get(0)?,
        reference: r.get(1)?,
        status: CaseStatus::parse(&r.get::<_, String>(2)?),
        created_at: r.get(3)?,
        updated_at: r.get(4)?,
        exported_at: r.get(5)?,
    })
}

/// `n` random bytes as hex.
pub(crate) fn random_hex(n: usize) -> Result<String> {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(|e| VaultError::Io {
        action: "gathering randomness for",
        path: "a new identifier".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(hex::encode(buf))
}

/// `HB-` and six characters from an alphabet without look-alikes (no 0/O, 1/I/L).
fn short_reference() -> Result<String> {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut buf = [0u8; 6];
    getrandom::fill(&mut buf).map_err(|e| VaultError::Io {
        action: "gathering randomness for",
        path: "a case reference".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let s: String = buf
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    Ok(format!("HB-{s}"))
}
