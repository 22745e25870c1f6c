//! The interview under way in the shell: which pack, which session. Every operation goes
//! through the domain's session protocol (`harbour_core::session`), which saves a step
//! before it becomes the state shown; this module only finds the pack and converts.

use crate::error::IpcError;
use crate::interview_dto::{ActionDto, AnswerDto, InterviewView};
use crate::shell::{Active, Shell};
use crate::transfer_dto::OutsideCopyDto;
use chrono::Utc;
use harbour_core::{Action, InterviewSession, StoredInterview};
use harbour_questionnaire::{AnswerValue, PartialDate};

fn no_interview() -> IpcError {
    IpcError::new("error-no-interview", "no interview is open")
}

fn poisoned() -> IpcError {
    IpcError::new("error-internal", "state poisoned")
}

impl Shell {
    /// The questionnaires on offer, titles in the staff language, and any broken packs.
    pub fn questionnaires(&self, staff: &str) -> crate::interview_dto::QuestionnairesDto {
        self.packs.dto(staff)
    }

    /// Open a case and start an interview in `language`.
    pub fn start_interview(
        &self,
        questionnaire: &str,
        language: &str,
        staff: &str,
    ) -> Result<InterviewView, IpcError> {
        let pack = self.packs.find(questionnaire, None).ok_or_else(|| {
            IpcError::new("error-questionnaire-unknown", "no such questionnaire")
                .arg("id", questionnaire)
        })?;
        let now = Utc::now();
        let session =
            self.with_session_vault(|v| InterviewSession::start(v, &pack.q, language, now, now))?;
        self.show(Active { pack, session }, staff)
    }

    /// Reopen an interview from the vault, exactly where it stopped.
    pub fn resume_interview(&self, case_id: &str, staff: &str) -> Result<InterviewView, IpcError> {
        let stored = self.with_session_vault(|v| StoredInterview::load(v, case_id))?;
        let (id, version) = stored.questionnaire();
        if let Some(pack) = self.packs.find(id, Some(version)) {
            let session = stored.resume(&pack.q)?;
            return self.show(Active { pack, session }, staff);
        }
        // Its version is gone: a newer version that declares how to move interviews from it
        // takes it over (a new session on that version; the old rows stay as they were).
        let Some(pack) = self.packs.migration_target(id, version) else {
            return Err(IpcError::new(
                "error-questionnaire-version-missing",
                "the questionnaire of this interview is not installed",
            )
            .arg("id", id)
            .arg("version", version));
        };
        let (session, _) = self.with_session_vault(|v| stored.migrate(v, &pack.q, Utc::now()))?;
        self.show(Active { pack, session }, staff)
    }

    fn show(&self, active: Active, staff: &str) -> Result<InterviewView, IpcError> {
        let view = self.view(&active, staff)?;
        *self.active.lock().map_err(|_| poisoned())? = Some(active);
        Ok(view)
    }

    /// The open interview as it stands.
    pub fn interview_view(&self, staff: &str) -> Result<InterviewView, IpcError> {
        let guard = self.active.lock().map_err(|_| poisoned())?;
        self.view(guard.as_ref().ok_or_else(no_interview)?, staff)
    }

    /// Apply one action: saved to the vault first, then shown.
    pub fn interview_act(&self, action: ActionDto, staff: &str) -> Result<InterviewView, IpcError> {
        let action = action_of(action)?;
        self.with_active(staff, |s, v, q| s.act(v, q, action, Utc::now()))
    }

    /// The interviewer raises urgent safety by hand (distress control). Recorded as the
    /// interviewer's observation, never as the person's answer.
    pub fn raise_urgent(&self, staff: &str) -> Result<InterviewView, IpcError> {
        self.with_active(staff, |s, v, q| s.raise_urgent(v, q, Utc::now()))
    }

    fn with_active(
        &self,
        staff: &str,
        f: impl FnOnce(
            &mut InterviewSession,
            &mut harbour_vault::Vault,
            &harbour_questionnaire::Questionnaire,
        ) -> Result<(), harbour_core::SessionError>,
    ) -> Result<InterviewView, IpcError> {
        let mut guard = self.active.lock().map_err(|_| poisoned())?;
        let active = guard.as_mut().ok_or_else(no_interview)?;
        let pack = std::sync::Arc::clone(&active.pack);
        self.with_session_vault(|v| f(&mut active.session, v, &pack.q))?;
        self.view(active, staff)
    }

    /// Leave the interview for the case list: a running interview is paused (and saved).
    pub fn leave_interview(&self) -> Result<(), IpcError> {
        let taken = self.active.lock().map_err(|_| poisoned())?.take();
        if let Some(active) = taken {
            let q = &active.pack.q;
            self.with_session_vault(|v| active.session.leave(v, q, Utc::now()))?;
        }
        Ok(())
    }

    /// Withdrawn consent: delete the case so that nothing of it remains in the vault file.
    /// Returns the copies written outside the vault (summaries, bundles) that its audit knew,
    /// for the user to go and destroy.
    pub fn withdraw_case(&self, case_id: &str) -> Result<Vec<OutsideCopyDto>, IpcError> {
        if let Ok(mut a) = self.active.lock() {
            if a.as_ref().is_some_and(|x| x.session.case().id == case_id) {
                *a = None;
            }
        }
        let copies = self.with_vault(|v| v.withdraw_case(case_id, Utc::now()))?;
        Ok(copies.into_iter().map(OutsideCopyDto::from).collect())
    }

    /// The copies of a case written outside the vault (referral summaries, bundles), as its
    /// audit knows them: shown before a withdrawal is confirmed, so the person knows what
    /// they will have to destroy. Nothing changes.
    pub fn case_outside_copies(&self, case_id: &str) -> Result<Vec<OutsideCopyDto>, IpcError> {
        let copies = self.with_vault(|v| v.outside_copies(case_id))?;
        Ok(copies.into_iter().map(OutsideCopyDto::from).collect())
    }
}

/// The domain's action for what the UI asked.
fn action_of(action: ActionDto) -> Result<Action, IpcError> {
    Ok(match action {
        ActionDto::Answer { value } => Action::Answer(answer_value(value)?),
        ActionDto::DontKnow => Action::DontKnow,
        ActionDto::Decline => Action::Decline,
        ActionDto::Skip => Action::Skip,
        ActionDto::ContinueSection => Action::ContinueSection,
        ActionDto::SkipSection => Action::SkipSection,
        ActionDto::Back => Action::Back,
        ActionDto::Forward => Action::Forward,
        ActionDto::JumpToSection { section } => Action::JumpToSection(section),
        ActionDto::Pause => Action::Pause,
        ActionDto::Resume => Action::Resume,
        ActionDto::SwitchLanguage { language } => Action::SwitchLanguage(language),
    })
}

fn answer_value(a: AnswerDto) -> Result<AnswerValue, IpcError> {
    Ok(match a {
        AnswerDto::Yes => AnswerValue::Yes,
        AnswerDto::No => AnswerValue::No,
        AnswerDto::Choice(c) => AnswerValue::Choice(c),
        AnswerDto::Choices(c) => AnswerValue::Choices(c),
        AnswerDto::Number(n) => AnswerValue::Number(n),
        AnswerDto::Date(d) => AnswerValue::Date(
            PartialDate::parse(&d)
                .ok_or_else(|| IpcError::new("error-answer-date", "not a date").arg("value", &d))?,
        ),
        AnswerDto::Country(c) => AnswerValue::Country(c),
        AnswerDto::Language(l) => AnswerValue::Language(l),
        AnswerDto::Text(t) => AnswerValue::Text(t),
    })
}

/// The UI's form of a stored answer.
pub(crate) fn answer_dto(a: &AnswerValue) -> AnswerDto {
    match a {
        AnswerValue::Yes => AnswerDto::Yes,
        AnswerValue::No => AnswerDto::No,
        AnswerValue::Choice(c) => AnswerDto::Choice(c.clone()),
        AnswerValue::Choices(c) => AnswerDto::Choices(c.clone()),
        AnswerValue::Number(n) => AnswerDto::Number(*n),
        AnswerValue::Date(d) => AnswerDto::Date(d.to_string()),
        AnswerValue::Country(c) => AnswerDto::Country(c.clone()),
        AnswerValue::Language(l) => AnswerDto::Language(l.clone()),
        AnswerValue::Text(t) => AnswerDto::Text(t.clone()),
    }
}

#[cfg(test)]
#[path = "interview_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "migration_tests.rs"]
mod migration_tests;
