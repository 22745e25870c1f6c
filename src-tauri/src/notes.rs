//! Staff notes on the interviewer's side: one per question and one per case, kept in the
//! vault (encrypted like every answer), listed on the outcome screen with each question's
//! text in the staff language. Never in an export bundle; gone with a withdrawal.

use crate::error::IpcError;
use crate::interview_dto::NoteDto;
use crate::shell::Shell;
use chrono::Utc;

/// A note longer than this is refused (a note is a remark, not a transcript).
pub(crate) const NOTE_MAX_CHARS: usize = 4000;

impl Shell {
    /// Write the note on `question_id` (or the case's own note when `None`); blank text
    /// deletes it.
    pub fn save_note(
        &self,
        case_id: &str,
        question_id: Option<&str>,
        text: &str,
    ) -> Result<(), IpcError> {
        let chars = text.chars().count();
        if chars > NOTE_MAX_CHARS {
            return Err(IpcError::new("error-note-too-long", "the note is too long")
                .arg("max", NOTE_MAX_CHARS.to_string()));
        }
        self.with_vault(|v| v.set_note(case_id, question_id, text, Utc::now()))
    }

    /// A case's notes, each question's text in the staff language when its pack is here.
    pub fn case_notes(&self, case_id: &str, staff: &str) -> Result<Vec<NoteDto>, IpcError> {
        let (notes, session) = self.with_vault(|v| {
            let notes = v.notes(case_id)?;
            Ok((notes, v.sessions(case_id)?.pop()))
        })?;
        let pack = session.and_then(|s| {
            self.packs
                .find(&s.questionnaire_id, Some(&s.questionnaire_version))
        });
        let pack = pack.as_deref();
        let words = pack.map(|p| p.texts.localizer(staff));
        Ok(notes
            .into_iter()
            .map(|n| {
                let question = n.question_id.as_deref().map(|id| {
                    match (pack.and_then(|p| p.q.question(id)), &words) {
                        (Some(q), Some(l)) => l.format(&q.text, None),
                        _ => id.to_string(),
                    }
                });
                NoteDto {
                    question_id: n.question_id,
                    question,
                    text: n.text,
                    updated_at: n.updated_at,
                }
            })
            .collect())
    }
}
