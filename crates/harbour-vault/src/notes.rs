//! Staff notes: a note per question and one per case, written by the interviewer only,
//! encrypted with everything else in the vault, deleted with their case (and so by a
//! withdrawal). The vault stores them; it does not know what a question is, only its id.

use crate::audit::AuditEvent;
use crate::error::{classify_write, Result};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use rusqlite::params;

/// The `question_id` stored for the note about the whole case.
const CASE_NOTE: &str = "";

/// A staff note as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The question it is about; `None` for the note about the whole case.
    pub question_id: Option<String>,
    /// What the interviewer wrote.
    pub text: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
}

impl Vault {
    /// Write (or replace) the note on `question_id` of a case, or the case's own note when
    /// `question_id` is `None`. A note of blank text is deleted. Not audited: the audit log
    /// never holds free text, and a note is content. Only the case's interviewer or a
    /// supervisor may write one ([`crate::VaultError::NotAllowed`]).
    pub fn set_note(
        &mut self,
        case_id: &str,
        question_id: Option<&str>,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_case(case_id, "writing a note")?;
        let qid = question_id.unwrap_or(CASE_NOTE);
        let path = self.path.clone();
        let err = |e| classify_write(&path, "saving a note", e);
        if text.trim().is_empty() {
            self.conn
                .execute(
                    "DELETE FROM notes WHERE case_id = ?1 AND question_id = ?2",
                    params![case_id, qid],
                )
                .map_err(err)?;
        } else {
            self.conn
                .execute(
                    "INSERT INTO notes (case_id, question_id, text, updated_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(case_id, question_id) DO UPDATE SET text = ?3, updated_at = ?4",
                    params![case_id, qid, text, now.to_rfc3339()],
                )
                .map_err(err)?;
        }
        Ok(())
    }

    /// Every note of a case: the case's own note first, then by question id. Checked like
    /// any read of the case, and audited as a view of its content.
    pub fn notes(&self, case_id: &str) -> Result<Vec<Note>> {
        self.require_case(case_id, "reading notes")?;
        self.note_read(AuditEvent::AnswersViewed, case_id);
        let err = |e| classify_write(&self.path, "reading notes", e);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT question_id, text, updated_at FROM notes WHERE case_id = ?1 ORDER BY question_id",
            )
            .map_err(&err)?;
        let rows = stmt
            .query_map([case_id], |r| {
                let qid: String = r.get(0)?;
                Ok(Note {
                    question_id: (qid != CASE_NOTE).then_some(qid),
                    text: r.get(1)?,
                    updated_at: r.get(2)?,
                })
            })
            .map_err(&err)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(err)
    }
}
