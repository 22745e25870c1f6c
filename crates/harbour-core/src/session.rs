//! The interview session protocol: one interview of one case, kept in step with the vault.
//!
//! The app and `harbour record` both run interviews through [`InterviewSession`]; they differ
//! only in where the input comes from (a click, an answers file) and where the output goes.
//! What the protocol guarantees:
//! - **Saved before shown**: a step is applied to a copy of the interview, written to the vault,
//!   and only then becomes the session's state. A failed write leaves the state as it was.
//! - **Audited**: pause, resume and a language switch are audited as they are saved; so is
//!   the first moment the interview becomes urgent, a refused consent and the finish.
//! - **Settled**: when the interview's status changes, the case's status follows; a finished
//!   interview is assessed and stored (`Assessment` in the vault form, `Vault::finish_case`).
//! - **One meaning of urgent**: [`Outcome::is_urgent`] on the assessment of the answers so far
//!   and the interviewer's own alarm. The rules run once per step.
//! - **Resumable**: [`StoredInterview::load`] reads a case's steps back, and
//!   [`StoredInterview::resume`] replays them through the same engine.

use crate::assessment::{assess_interview_with, StaffObservations, StoredForm};
use chrono::{DateTime, Utc};
use harbour_questionnaire::{
    migrate_steps, script, AnswerValue, EngineError, Interview, Migrated, Questionnaire, Response,
    ScriptError, Status, Step,
};
use harbour_rules::{Assessment, AssessmentError, Outcome};
use harbour_vault::{
    AuditEvent, CaseStatus, CaseSummary, NewStep, SessionSummary, StepRecord, StoredAssessment,
    Vault, VaultError,
};

/// Step kind under which the interviewer's own urgent-safety alarm is stored. Its `language`
/// column holds the interview language at the time; it is never a step of the engine.
pub const STAFF_URGENT_KIND: &str = "staff_urgent";

/// Why a session operation failed. Nothing was saved, and the state shown is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The engine refused the step (not the current question, paused, unknown section...).
    #[error("the interview cannot take this step: {0}")]
    Engine(#[from] EngineError),
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A stored step cannot be read back: the vault is damaged.
    #[error("step {seq} of the interview cannot be read: {source}")]
    StoredStep {
        /// Its sequence number.
        seq: i64,
        /// The JSON problem.
        source: serde_json::Error,
    },
    /// A step could not be encoded for the vault.
    #[error("a step cannot be encoded: {0}")]
    EncodeStep(#[source] serde_json::Error),
    /// The stored assessment cannot be read or written.
    #[error(transparent)]
    Assessment(#[from] AssessmentError),
    /// A scripted interview (an answers file) is not one the engine accepts.
    #[error("the answers do not make a valid interview: {0}")]
    Script(#[from] ScriptError),
    /// The case has no outcome yet.
    #[error("this case has no outcome yet")]
    NoOutcome,
}

/// One operation a person at the keyboard asks of an interview.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Answer the current question.
    Answer(AnswerValue),
    /// "I don't know".
    DontKnow,
    /// "I prefer not to say".
    Decline,
    /// Skip the question.
    Skip,
    /// At a signpost: go into the section.
    ContinueSection,
    /// At a signpost: skip the section.
    SkipSection,
    /// Back.
    Back,
    /// On to the next unanswered question.
    Forward,
    /// Jump to a section.
    JumpToSection(String),
    /// Pause.
    Pause,
    /// Resume.
    Resume,
    /// Switch the interview language.
    SwitchLanguage(String),
}

impl Action {
    /// Apply to `iv`, giving the step to store.
    fn apply(self, iv: &mut Interview, q: &Questionnaire) -> Result<Step, EngineError> {
        match self {
            Action::Answer(value) => iv.answer(q, value),
            Action::DontKnow => iv.dont_know(q),
            Action::Decline => iv.decline(q),
            Action::Skip => iv.skip(q),
            Action::ContinueSection => iv.continue_section(q),
            Action::SkipSection => iv.skip_section(q),
            Action::Back => iv.back(q),
            Action::Forward => iv.forward(q),
            Action::JumpToSection(section) => iv.jump_to_section(q, &section),
            Action::Pause => iv.pause(q),
            Action::Resume => iv.resume(q),
            Action::SwitchLanguage(language) => iv.switch_language(q, &language),
        }
    }
}

/// The audit event a stored step carries, if any.
fn audited(step: &Step) -> Option<AuditEvent> {
    match step {
        Step::Pause => Some(AuditEvent::InterviewPaused),
        Step::Resume => Some(AuditEvent::InterviewResumed),
        Step::SwitchLanguage { .. } => Some(AuditEvent::LanguageSwitched),
        _ => None,
    }
}

/// Store one step, with the columns the vault lists.
fn persist(
    v: &mut Vault,
    session: &str,
    step: &Step,
    now: DateTime<Utc>,
) -> Result<i64, SessionError> {
    let payload = serde_json::to_string(step).map_err(SessionError::EncodeStep)?;
    Ok(v.append_step(
        session,
        NewStep {
            kind: step.kind(),
            question_id: step.question_id(),
            language: step.language(),
            payload: &payload,
        },
        now,
    )?)
}

/// An interview under way, in step with the vault.
#[derive(Debug, Clone)]
pub struct InterviewSession {
    case: CaseSummary,
    session_id: String,
    iv: Interview,
    staff: StaffObservations,
    /// The assessment of the answers so far (the rules ran once for the last step).
    assessment: Assessment,
    urgent_announced: bool,
}

impl InterviewSession {
    /// Open a case and start an interview of `q` in `language`. `at` is the interview's date
    /// (ages are computed on it: an answers file may fix it); `now` stamps the vault rows.
    pub fn start(
        v: &mut Vault,
        q: &Questionnaire,
        language: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<InterviewSession, SessionError> {
        let (iv, step) = Interview::start(q, language, at)?;
        let case = v.create_case(now)?;
        let session = v.start_session(&case.id, q.id(), q.version(), now)?;
        persist(v, &session.id, &step, now)?;
        let staff = StaffObservations::default();
        let assessment = assess_interview_with(q, &iv, &staff);
        Ok(InterviewSession {
            case,
            session_id: session.id,
            iv,
            staff,
            assessment,
            urgent_announced: false,
        })
    }

    /// Record a whole interview from a list of responses (an answers file: a paper screening
    /// entered later). The responses run through the engine first, so nothing is written
    /// when they do not make a valid interview; then each step goes through the same
    /// protocol as a live interview. `at` is the interview's date.
    pub fn record(
        v: &mut Vault,
        q: &Questionnaire,
        answers: &[(String, Response)],
        language: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<InterviewSession, SessionError> {
        let (_, steps) = script::run(q, answers, language, at)?;
        InterviewSession::replay_script(v, q, &steps, language, at, now)
    }

    /// Record the steps [`script::run`] made of an answers file (the first is its `Start`).
    pub fn replay_script(
        v: &mut Vault,
        q: &Questionnaire,
        steps: &[Step],
        language: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<InterviewSession, SessionError> {
        let mut session = InterviewSession::start(v, q, language, at, now)?;
        for step in steps.iter().skip(1) {
            session.apply_step(v, q, step, now)?;
        }
        Ok(session)
    }

    /// Apply what the person at the keyboard asked: saved, then shown.
    pub fn act(
        &mut self,
        v: &mut Vault,
        q: &Questionnaire,
        action: Action,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        let mut next = self.iv.clone();
        let step = action.apply(&mut next, q)?;
        self.commit(v, q, next, &step, now)
    }

    /// Apply a step that was made elsewhere (an answers file run through the engine): the
    /// same checks, writes and audit as [`InterviewSession::act`].
    pub fn apply_step(
        &mut self,
        v: &mut Vault,
        q: &Questionnaire,
        step: &Step,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        let mut next = self.iv.clone();
        next.apply(q, step)?;
        self.commit(v, q, next, step, now)
    }

    fn commit(
        &mut self,
        v: &mut Vault,
        q: &Questionnaire,
        next: Interview,
        step: &Step,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        let before = self.iv.status(q);
        persist(v, &self.session_id, step, now)?;
        if let Some(event) = audited(step) {
            v.audit(event, Some(&self.case.id), now)?;
        }
        self.iv = next;
        self.assessment = assess_interview_with(q, &self.iv, &self.staff);
        self.announce_urgent(v, now)?;
        let after = self.iv.status(q);
        if after != before || after == Status::Finished {
            self.settle(v, after, now)?;
        }
        Ok(())
    }

    /// The interviewer raises urgent safety by hand (the distress control). Stored as the
    /// interviewer's observation, never as the person's answer.
    pub fn raise_urgent(
        &mut self,
        v: &mut Vault,
        q: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        let language = self.iv.language().to_string();
        let payload =
            serde_json::json!({ "op": STAFF_URGENT_KIND, "language": language }).to_string();
        v.append_step(
            &self.session_id,
            NewStep {
                kind: STAFF_URGENT_KIND,
                question_id: None,
                language: Some(&language),
                payload: &payload,
            },
            now,
        )?;
        v.urgent_safety_raised(&self.case.id, now)?;
        self.staff.urgent_safety_raised_in = Some(language);
        self.urgent_announced = true;
        self.assessment = assess_interview_with(q, &self.iv, &self.staff);
        Ok(())
    }

    /// Leave for the case list: an interview in progress is paused (saved and audited).
    pub fn leave(
        mut self,
        v: &mut Vault,
        q: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        if self.iv.status(q) == Status::InProgress {
            self.act(v, q, Action::Pause, now)?;
        }
        Ok(())
    }

    /// The first time the answers (or the interviewer) make the interview urgent, audit it.
    fn announce_urgent(&mut self, v: &mut Vault, now: DateTime<Utc>) -> Result<(), SessionError> {
        if !self.urgent_announced && self.is_urgent() {
            self.urgent_announced = true;
            v.urgent_safety_raised(&self.case.id, now)?;
        }
        Ok(())
    }

    /// Keep the case's status (and its stored outcome) in step with the interview.
    fn settle(
        &self,
        v: &mut Vault,
        status: Status,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        match status {
            Status::Finished => {
                let stored = self.assessment.to_stored(now)?;
                v.finish_case(&self.case.id, &stored, now)?;
            }
            Status::ConsentRefused => {
                v.set_case_status(&self.case.id, CaseStatus::ConsentRefused, now)?;
                v.audit(AuditEvent::ConsentRefused, Some(&self.case.id), now)?;
            }
            Status::InProgress | Status::Paused => {
                v.set_case_status(&self.case.id, CaseStatus::InProgress, now)?;
            }
        }
        Ok(())
    }

    /// Whether the interviewer must act now: [`Outcome::is_urgent`] of the answers so far and
    /// the interviewer's own alarm.
    pub fn is_urgent(&self) -> bool {
        self.assessment.outcome.is_urgent()
    }

    /// The interview.
    pub fn interview(&self) -> &Interview {
        &self.iv
    }

    /// The case.
    pub fn case(&self) -> &CaseSummary {
        &self.case
    }

    /// The vault's session id.
    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    /// The outcome of the answers so far.
    pub fn outcome(&self) -> &Outcome {
        &self.assessment.outcome
    }

    /// What the interviewer observed.
    pub fn staff(&self) -> &StaffObservations {
        &self.staff
    }
}

/// A case's latest interview as stored, before its questionnaire is known.
#[derive(Debug, Clone)]
pub struct StoredInterview {
    case: CaseSummary,
    session: SessionSummary,
    records: Vec<StepRecord>,
}

impl StoredInterview {
    /// Read a case's latest interview session and its steps.
    pub fn load(v: &Vault, case_id: &str) -> Result<StoredInterview, SessionError> {
        let case = v.case(case_id)?;
        let session = v
            .sessions(case_id)?
            .pop()
            .ok_or_else(|| VaultError::SessionNotFound(case_id.to_string()))?;
        let records = v.steps(&session.id)?;
        Ok(StoredInterview {
            case,
            session,
            records,
        })
    }

    /// The questionnaire id and version it was run with.
    pub fn questionnaire(&self) -> (&str, &str) {
        (
            &self.session.questionnaire_id,
            &self.session.questionnaire_version,
        )
    }

    /// Move the interview to `q`, a newer version of its questionnaire that declares a
    /// migration from the version it was begun on (used when that version is no longer
    /// available). The older session's rows are left as they are; a new session on `q`
    /// holds the migrated steps (and the interviewer's urgent observation, if raised), so
    /// later resumes replay it on `q`. Nothing is written when the migration is refused.
    pub fn migrate(
        self,
        v: &mut Vault,
        q: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<(InterviewSession, Migrated), SessionError> {
        let mut steps = Vec::with_capacity(self.records.len());
        let mut urgent = false;
        for r in &self.records {
            if r.kind == STAFF_URGENT_KIND {
                urgent = true;
                continue;
            }
            let step: Step = serde_json::from_str(&r.payload)
                .map_err(|source| SessionError::StoredStep { seq: r.seq, source })?;
            steps.push(step);
        }
        let migrated = migrate_steps(q, &steps)?;
        // The new session and all its steps in one transaction: a crash leaves the interview
        // on its old version (untouched) or wholly moved, never half moved.
        let payloads = migrated
            .steps
            .iter()
            .map(serde_json::to_string)
            .collect::<Result<Vec<_>, _>>()
            .map_err(SessionError::EncodeStep)?;
        let rows: Vec<NewStep<'_>> = migrated
            .steps
            .iter()
            .zip(&payloads)
            .map(|(step, payload)| NewStep {
                kind: step.kind(),
                question_id: step.question_id(),
                language: step.language(),
                payload,
            })
            .collect();
        let session = v.start_session_with_steps(&self.case.id, q.id(), q.version(), &rows, now)?;
        let iv = Interview::replay(q, &migrated.steps)?;
        let assessment = assess_interview_with(q, &iv, &StaffObservations::default());
        let mut resumed = InterviewSession {
            case: self.case,
            session_id: session.id,
            iv,
            staff: StaffObservations::default(),
            assessment,
            urgent_announced: false,
        };
        if urgent {
            resumed.raise_urgent(v, q, now)?;
        }
        // Urgency already raised before is not announced again.
        resumed.urgent_announced = resumed.assessment.outcome.is_urgent();
        Ok((resumed, migrated))
    }

    /// Rebuild the interview exactly where it stopped, through the same engine.
    pub fn resume(self, q: &Questionnaire) -> Result<InterviewSession, SessionError> {
        let mut steps = Vec::with_capacity(self.records.len());
        let mut staff = StaffObservations::default();
        for r in &self.records {
            if r.kind == STAFF_URGENT_KIND {
                staff.urgent_safety_raised_in = Some(r.language.clone().unwrap_or_default());
                continue;
            }
            let step: Step = serde_json::from_str(&r.payload)
                .map_err(|source| SessionError::StoredStep { seq: r.seq, source })?;
            steps.push(step);
        }
        let iv = Interview::replay(q, &steps)?;
        let assessment = assess_interview_with(q, &iv, &staff);
        // Urgency already raised before the interview was left is not announced again.
        let urgent_announced = assessment.outcome.is_urgent();
        Ok(InterviewSession {
            case: self.case,
            session_id: self.session.id,
            iv,
            staff,
            assessment,
            urgent_announced,
        })
    }
}

/// A finished case's stored assessment, read through its owner.
pub fn stored_assessment(
    v: &Vault,
    case_id: &str,
) -> Result<(StoredAssessment, Assessment), SessionError> {
    let stored = v.assessment(case_id)?.ok_or(SessionError::NoOutcome)?;
    let assessment = Assessment::from_stored(&stored)?;
    Ok((stored, assessment))
}

/// Assess a finished case again with today's rules, from the inputs stored with its outcome
/// (the same answers; nothing is asked again), and store the new outcome in place of the old
/// one; the vault audits it. The stored inputs are kept exactly as they were written.
pub fn reassess(v: &mut Vault, case_id: &str, now: DateTime<Utc>) -> Result<Outcome, SessionError> {
    let (stored, assessment) = stored_assessment(v, case_id)?;
    let today = assessment.reassessed();
    let (outcome, _) = today.encode()?;
    v.save_assessment(
        case_id,
        &StoredAssessment {
            rules_version: today.outcome.rules_version.clone(),
            assessed_at: now.to_rfc3339(),
            outcome,
            inputs: stored.inputs,
        },
        now,
    )?;
    Ok(today.outcome)
}
