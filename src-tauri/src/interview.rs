//! Interviews in the shell: questionnaire packs, the interview under way, and the outcome
//! screen. Every step goes to the vault before the in-memory state moves, so what the screen
//! shows is always what is saved.

use crate::dto::LocaleDto;
use crate::error::IpcError;
use crate::interview_dto::*;
use crate::shell::Shell;
use chrono::Utc;
use harbour_core::{assess_interview_with, StaffObservations, STAFF_QUESTION};
use harbour_i18n::{Catalog, LocaleInfo, Localizer};
use harbour_questionnaire::{
    AnswerValue, Current, EngineError, Interview, Kind, PartialDate, Question, Questionnaire,
    Response, Status, Step,
};
use harbour_vault::{AuditEvent, CaseStatus, NewStep, StoredAssessment, Vault, VaultError};
use std::path::Path;

/// Step kind under which the interviewer's own urgent-safety alarm is stored.
const STAFF_URGENT_KIND: &str = "staff_urgent";

/// A loaded, validated questionnaire with its texts.
pub struct Pack {
    q: Questionnaire,
    texts: Catalog,
}

/// Every pack found at start-up: the good ones, and the problems of the broken ones.
#[derive(Default)]
pub struct Packs {
    ok: Vec<Pack>,
    problems: Vec<PackProblemDto>,
}

impl Packs {
    /// Load every pack folder in `dir` (sorted). A broken pack is reported with its file and
    /// reasons; the others still load.
    pub fn load(dir: Option<&Path>, include_test_packs: bool) -> Packs {
        let mut packs = Packs::default();
        let Some(dir) = dir else { return packs };
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.flatten().collect())
            .unwrap_or_default();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if !path.is_dir()
                || (name.starts_with('_') && !include_test_packs)
                || name.starts_with('.')
            {
                continue;
            }
            let (q, diagnostics) = harbour_questionnaire::validate(&path);
            match q {
                Some(q) => {
                    let mut texts = Catalog::new();
                    for lang in q.languages() {
                        if let Some(src) = q.ftl_source(lang) {
                            texts.add_ftl(lang, "questionnaire.ftl", src);
                        }
                    }
                    packs.ok.push(Pack { q, texts });
                }
                None => packs.problems.push(PackProblemDto {
                    path: path.display().to_string(),
                    diagnostics: diagnostics
                        .iter()
                        .filter(|d| d.is_error())
                        .map(|d| d.to_string())
                        .collect(),
                }),
            }
        }
        packs
    }

    fn find(&self, id: &str, version: Option<&str>) -> Option<usize> {
        self.ok
            .iter()
            .position(|p| p.q.id() == id && version.is_none_or(|v| p.q.version() == v))
    }
}

/// The interview on screen.
pub struct Active {
    pack: usize,
    case_id: String,
    case_reference: String,
    session_id: String,
    iv: Interview,
    staff_urgent: Option<String>,
    urgent_announced: bool,
}

fn engine_error(e: EngineError) -> IpcError {
    IpcError::new("error-interview-step", e.to_string()).arg("detail", e)
}

fn no_interview() -> IpcError {
    IpcError::new("error-no-interview", "no interview is open")
}

fn locale_dto(info: &LocaleInfo) -> LocaleDto {
    LocaleDto {
        code: info.code.clone(),
        native_name: info.native_name.clone(),
        direction: info.direction.as_html().into(),
        review: info.review.code().into(),
        needs_review: info.review.needs_review(),
    }
}

impl Shell {
    /// The questionnaires on offer, titles in the staff language, and any broken packs.
    pub fn questionnaires(&self, staff: &str) -> QuestionnairesDto {
        QuestionnairesDto {
            available: self
                .packs
                .ok
                .iter()
                .map(|p| QuestionnaireDto {
                    id: p.q.id().into(),
                    version: p.q.version().into(),
                    title: p.texts.localizer(staff).format(p.q.title(), None),
                    languages: p
                        .q
                        .languages()
                        .iter()
                        .map(|l| locale_dto(&LocaleInfo::builtin(l)))
                        .collect(),
                })
                .collect(),
            problems: self.packs.problems.clone(),
        }
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
        let q = &self.packs.ok[pack].q;
        let now = Utc::now();
        let (iv, step) = Interview::start(q, language, now).map_err(engine_error)?;
        let (case, session) = self.with_vault(|v| {
            let case = v.create_case(now)?;
            let session = v.start_session(&case.id, q.id(), q.version(), now)?;
            persist(v, &session.id, &step)?;
            Ok((case, session))
        })?;
        let active = Active {
            pack,
            case_id: case.id,
            case_reference: case.reference,
            session_id: session.id,
            iv,
            staff_urgent: None,
            urgent_announced: false,
        };
        let view = self.view(&active, staff);
        self.set_active(Some(active));
        Ok(view)
    }

    /// Reopen an interview from the vault, exactly where it stopped.
    pub fn resume_interview(&self, case_id: &str, staff: &str) -> Result<InterviewView, IpcError> {
        let (case, session, records) = self.with_vault(|v| {
            let case = v.case(case_id)?;
            let session = v
                .sessions(case_id)?
                .pop()
                .ok_or_else(|| VaultError::SessionNotFound(case_id.to_string()))?;
            let records = v.steps(&session.id)?;
            Ok((case, session, records))
        })?;
        let pack = self
            .packs
            .find(
                &session.questionnaire_id,
                Some(&session.questionnaire_version),
            )
            .ok_or_else(|| {
                IpcError::new(
                    "error-questionnaire-version-missing",
                    "the questionnaire of this interview is not installed",
                )
                .arg("id", &session.questionnaire_id)
                .arg("version", &session.questionnaire_version)
            })?;
        let q = &self.packs.ok[pack].q;
        let mut steps = Vec::with_capacity(records.len());
        let mut staff_urgent = None;
        for r in &records {
            if r.kind == STAFF_URGENT_KIND {
                staff_urgent = r.language.clone().or_else(|| Some(String::new()));
                continue;
            }
            let step: Step = serde_json::from_str(&r.payload).map_err(|e| {
                IpcError::new(
                    "error-vault-corrupt",
                    format!("step {} cannot be read: {e}", r.seq),
                )
                .arg("detail", format!("step {}", r.seq))
            })?;
            steps.push(step);
        }
        let iv = Interview::replay(q, &steps).map_err(engine_error)?;
        let urgent_announced = staff_urgent.is_some() || urgent_now(q, &iv);
        let active = Active {
            pack,
            case_id: case.id,
            case_reference: case.reference,
            session_id: session.id,
            iv,
            staff_urgent,
            urgent_announced,
        };
        let view = self.view(&active, staff);
        self.set_active(Some(active));
        Ok(view)
    }

    /// The open interview as it stands.
    pub fn interview_view(&self, staff: &str) -> Result<InterviewView, IpcError> {
        let guard = self
            .active
            .lock()
            .map_err(|_| IpcError::new("error-internal", "state poisoned"))?;
        let active = guard.as_ref().ok_or_else(no_interview)?;
        Ok(self.view(active, staff))
    }

    /// Apply one action: saved to the vault first, then shown.
    pub fn interview_act(&self, action: ActionDto, staff: &str) -> Result<InterviewView, IpcError> {
        let mut guard = self
            .active
            .lock()
            .map_err(|_| IpcError::new("error-internal", "state poisoned"))?;
        let active = guard.as_mut().ok_or_else(no_interview)?;
        let q = &self.packs.ok[active.pack].q;
        let before = active.iv.status(q);
        // Work on a copy: the live state moves only once the step is safely in the vault.
        let mut next = active.iv.clone();
        let step = apply_action(&mut next, q, action)?;
        let session = active.session_id.clone();
        let case_id = active.case_id.clone();
        let now = Utc::now();
        self.with_vault(|v| {
            persist(v, &session, &step)?;
            match &step {
                Step::Pause => v.audit(AuditEvent::InterviewPaused, Some(&case_id), now)?,
                Step::Resume => v.audit(AuditEvent::InterviewResumed, Some(&case_id), now)?,
                Step::SwitchLanguage { .. } => {
                    v.audit(AuditEvent::LanguageSwitched, Some(&case_id), now)?
                }
                _ => {}
            }
            Ok(())
        })?;
        active.iv = next;
        let after = active.iv.status(q);
        if !active.urgent_announced && urgent_now(q, &active.iv) {
            active.urgent_announced = true;
            self.with_vault(|v| v.audit(AuditEvent::UrgentSafetyRaised, Some(&case_id), now))?;
        }
        if after != before || after == Status::Finished {
            self.settle(active, after)?;
        }
        Ok(self.view(active, staff))
    }

    /// The interviewer raises urgent safety by hand (distress control). Recorded as the
    /// interviewer's observation, never as the person's answer.
    pub fn raise_urgent(&self, staff: &str) -> Result<InterviewView, IpcError> {
        let mut guard = self
            .active
            .lock()
            .map_err(|_| IpcError::new("error-internal", "state poisoned"))?;
        let active = guard.as_mut().ok_or_else(no_interview)?;
        let lang = active.iv.language().to_string();
        let payload = serde_json::json!({ "op": STAFF_URGENT_KIND, "language": lang }).to_string();
        let (session, case_id) = (active.session_id.clone(), active.case_id.clone());
        self.with_vault(|v| {
            v.append_step(
                &session,
                NewStep {
                    kind: STAFF_URGENT_KIND,
                    question_id: None,
                    language: Some(&lang),
                    payload: &payload,
                },
                Utc::now(),
            )?;
            v.audit(AuditEvent::UrgentSafetyRaised, Some(&case_id), Utc::now())
        })?;
        active.staff_urgent = Some(lang);
        active.urgent_announced = true;
        Ok(self.view(active, staff))
    }

    /// Leave the interview for the case list: a running interview is paused (and saved).
    pub fn leave_interview(&self) -> Result<(), IpcError> {
        let taken = self
            .active
            .lock()
            .map_err(|_| IpcError::new("error-internal", "state poisoned"))?
            .take();
        if let Some(mut active) = taken {
            let q = &self.packs.ok[active.pack].q;
            if active.iv.status(q) == Status::InProgress {
                let step = active.iv.pause(q).map_err(engine_error)?;
                let (session, case_id) = (active.session_id.clone(), active.case_id.clone());
                self.with_vault(|v| {
                    persist(v, &session, &step)?;
                    v.audit(AuditEvent::InterviewPaused, Some(&case_id), Utc::now())
                })?;
            }
        }
        Ok(())
    }

    /// Withdrawn consent: delete the case so that nothing of it remains in the vault file.
    pub fn withdraw_case(&self, case_id: &str) -> Result<(), IpcError> {
        if let Ok(mut a) = self.active.lock() {
            if a.as_ref().is_some_and(|x| x.case_id == case_id) {
                *a = None;
            }
        }
        self.with_vault(|v| v.withdraw_case(case_id, Utc::now()))
    }

    fn set_active(&self, active: Option<Active>) {
        if let Ok(mut a) = self.active.lock() {
            *a = active;
        }
    }

    /// Keep the case's status (and its stored outcome) in step with the interview.
    fn settle(&self, active: &Active, status: Status) -> Result<(), IpcError> {
        let q = &self.packs.ok[active.pack].q;
        let now = Utc::now();
        let case_id = active.case_id.clone();
        match status {
            Status::Finished => {
                let staff = StaffObservations {
                    urgent_safety_raised_in: active.staff_urgent.clone(),
                };
                let stored = assess_interview_with(q, &active.iv, &staff)
                    .to_stored(now)
                    .map_err(|e| {
                        IpcError::new("error-internal", format!("encoding the outcome: {e}"))
                    })?;
                self.with_vault(|v| v.finish_case(&case_id, &stored, now))
            }
            Status::ConsentRefused => self.with_vault(|v| {
                v.set_case_status(&case_id, CaseStatus::ConsentRefused, now)?;
                v.audit(AuditEvent::ConsentRefused, Some(&case_id), now)
            }),
            Status::InProgress | Status::Paused => {
                self.with_vault(|v| v.set_case_status(&case_id, CaseStatus::InProgress, now))
            }
        }
    }

    fn view(&self, active: &Active, staff: &str) -> InterviewView {
        let pack = &self.packs.ok[active.pack];
        let q = &pack.q;
        let iv = &active.iv;
        let lang = iv.language().to_string();
        let person = pack.texts.localizer(&lang);
        let staff_loc = pack.texts.localizer(staff);
        let texts = |id: &str| Texts {
            interview: person.format(id, None),
            staff: staff_loc.format(id, None),
        };
        let status = iv.status(q);
        let current = iv.current(q);
        let current_section = match current {
            Current::Signpost(s) => q.sections().iter().position(|x| x.id == s.id),
            Current::Question(question) => Some(question.section),
            _ => None,
        };
        let sections: Vec<SectionDto> = q
            .sections()
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let on_path = q.questions()[s.questions.clone()]
                    .iter()
                    .any(|qq| iv.is_on_path(q, &qq.id));
                let state = match current_section {
                    _ if !on_path => "off_path",
                    Some(c) if i < c => "done",
                    Some(c) if i == c => "current",
                    Some(_) => "upcoming",
                    None => "done",
                };
                SectionDto {
                    id: s.id.clone(),
                    title: texts(&s.title),
                    state: state.into(),
                    sensitive: s.sensitive,
                }
            })
            .collect();
        let section = current_section.and_then(|i| sections.get(i).cloned());
        let (screen, signpost, question) = match current {
            Current::Signpost(s) => ("signpost", s.signpost.as_deref().map(texts), None),
            Current::Question(question) => (
                "question",
                None,
                Some(question_dto(question, iv, &texts, &staff_loc)),
            ),
            Current::Finished => ("finished", None, None),
            Current::ConsentRefused => ("consent_refused", None, None),
        };
        let p = iv.progress(q);
        let staff_info = self.app_locale(staff);
        let lang_info = LocaleInfo::builtin(&lang);
        InterviewView {
            case_id: active.case_id.clone(),
            case_reference: active.case_reference.clone(),
            questionnaire_id: q.id().into(),
            status: match status {
                Status::InProgress => "in_progress",
                Status::Paused => "paused",
                Status::Finished => "finished",
                Status::ConsentRefused => "consent_refused",
            }
            .into(),
            language: lang,
            direction: lang_info.direction.as_html().into(),
            staff_language: staff.into(),
            staff_direction: staff_info.direction.as_html().into(),
            languages: q
                .languages()
                .iter()
                .map(|l| locale_dto(&LocaleInfo::builtin(l)))
                .collect(),
            progress: ProgressDto {
                sections_done: p.sections_done as u32,
                sections_total: p.sections_total as u32,
                answered: p.answered as u32,
                questions_left: p.questions_left as u32,
            },
            sections,
            screen: screen.into(),
            section,
            signpost,
            question,
            urgent: active.staff_urgent.is_some() || urgent_now(q, iv),
            can_back: iv.clone().back(q).is_ok(),
        }
    }

    /// Assess a finished case again with today's rules, from the inputs stored with its
    /// outcome (the same answers; nothing is asked again), and store the new outcome in place
    /// of the old one (the audit log records it). For a case whose stored outcome today's
    /// rules would not give.
    pub fn reassess_case(&self, case_id: &str, staff: &str) -> Result<OutcomeDto, IpcError> {
        let stored = self
            .with_vault(|v| v.assessment(case_id))?
            .ok_or_else(|| IpcError::new("error-no-outcome", "this case has no outcome yet"))?;
        let inputs = stored_inputs(&stored)?;
        let today = harbour_core::rerun(&inputs);
        let outcome = serde_json::to_string(&today)
            .map_err(|e| IpcError::new("error-internal", format!("encoding the outcome: {e}")))?;
        let now = Utc::now();
        self.with_vault(|v| {
            v.save_assessment(
                case_id,
                &StoredAssessment {
                    rules_version: today.rules_version.clone(),
                    assessed_at: now.to_rfc3339(),
                    outcome,
                    inputs: stored.inputs.clone(),
                },
                now,
            )
        })?;
        self.case_outcome(case_id, staff)
    }

    /// The staff outcome screen of a finished case, in the staff language, with a check of
    /// whether today's rules would say something different.
    pub fn case_outcome(&self, case_id: &str, staff: &str) -> Result<OutcomeDto, IpcError> {
        let (case, stored, session) = self.with_vault(|v| {
            let case = v.case(case_id)?;
            let stored = v.assessment(case_id)?;
            let session = v.sessions(case_id)?.pop();
            Ok((case, stored, session))
        })?;
        let stored = stored
            .ok_or_else(|| IpcError::new("error-no-outcome", "this case has no outcome yet"))?;
        let outcome: harbour_rules::Outcome =
            serde_json::from_str(&stored.outcome).map_err(|e| {
                IpcError::new(
                    "error-vault-corrupt",
                    format!("stored outcome unreadable: {e}"),
                )
                .arg("detail", "outcome")
            })?;
        let inputs = stored_inputs(&stored)?;
        let pack = session.and_then(|s| {
            self.packs
                .find(&s.questionnaire_id, Some(&s.questionnaire_version))
        });
        let rules = harbour_core::screening_text::rules_catalog();
        let loc = rules.localizer(staff);
        let app = self.app_localizer(staff);
        Ok(outcome_dto(
            &case.reference,
            &stored,
            &outcome,
            harbour_core::differs_today(&outcome, &inputs),
            &loc,
            &app,
            pack.map(|p| &self.packs.ok[p]),
            staff,
        ))
    }
}

/// The inputs stored with an outcome; unreadable ones mean a damaged vault.
fn stored_inputs(stored: &StoredAssessment) -> Result<harbour_core::Inputs, IpcError> {
    serde_json::from_str(&stored.inputs).map_err(|e| {
        IpcError::new(
            "error-vault-corrupt",
            format!("stored inputs unreadable: {e}"),
        )
        .arg("detail", "inputs")
    })
}

/// Whether the interviewer must act now: the same judgement as the outcome's (the rules'
/// urgent-safety flag, or any referral they mark urgent, such as shelter for someone with no
/// safe place tonight), so the notice on screen and the stored outcome never disagree.
fn urgent_now(q: &Questionnaire, iv: &Interview) -> bool {
    let outcome = harbour_rules::assess(&harbour_questionnaire::evidence(q, iv));
    outcome.flags.urgent_safety || outcome.referrals.iter().any(|r| r.urgent)
}

/// Store one step, with the columns the vault lists.
fn persist(v: &mut Vault, session: &str, step: &Step) -> Result<i64, VaultError> {
    let payload = serde_json::to_string(step).map_err(|e| VaultError::Io {
        action: "encoding a step for",
        path: "the vault".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    v.append_step(
        session,
        NewStep {
            kind: step.kind(),
            question_id: step.question_id(),
            language: step.language(),
            payload: &payload,
        },
        Utc::now(),
    )
}

fn apply_action(
    iv: &mut Interview,
    q: &Questionnaire,
    action: ActionDto,
) -> Result<Step, IpcError> {
    let r = match action {
        ActionDto::Answer { value } => {
            let value = answer_value(value)?;
            iv.answer(q, value)
        }
        ActionDto::DontKnow => iv.dont_know(q),
        ActionDto::Decline => iv.decline(q),
        ActionDto::Skip => iv.skip(q),
        ActionDto::ContinueSection => iv.continue_section(q),
        ActionDto::SkipSection => iv.skip_section(q),
        ActionDto::Back => iv.back(q),
        ActionDto::Forward => iv.forward(q),
        ActionDto::JumpToSection { section } => iv.jump_to_section(q, &section),
        ActionDto::Pause => iv.pause(q),
        ActionDto::Resume => iv.resume(q),
        ActionDto::SwitchLanguage { language } => iv.switch_language(q, &language),
    };
    r.map_err(engine_error)
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

fn answer_dto(a: &AnswerValue) -> AnswerDto {
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

fn question_dto(
    question: &Question,
    iv: &Interview,
    texts: &dyn Fn(&str) -> Texts,
    staff: &Localizer,
) -> QuestionDto {
    let (min, max, integer) = match &question.kind {
        Kind::Number { min, max, integer } => (*min, *max, *integer),
        _ => (None, None, false),
    };
    QuestionDto {
        id: question.id.clone(),
        kind: question.kind.name().into(),
        text: texts(&question.text),
        help: question.help.as_deref().map(texts),
        guidance: question.guidance.as_deref().map(|g| staff.format(g, None)),
        sensitive: question.sensitive,
        consent: question.consent,
        required: question.required,
        options: question
            .kind
            .options()
            .iter()
            .map(|o| OptionDto {
                id: o.id.clone(),
                text: texts(&o.text),
            })
            .collect(),
        min,
        max,
        integer,
        given: iv.response(&question.id).map(|g| GivenDto {
            state: match &g.response {
                Response::Answer(_) => "answered",
                Response::DontKnow => "dont_know",
                Response::Declined => "declined",
                Response::Skipped => "skipped",
            }
            .into(),
            value: match &g.response {
                Response::Answer(a) => Some(answer_dto(a)),
                _ => None,
            },
            language: g.language.clone(),
        }),
    }
}

#[allow(clippy::too_many_arguments)]
fn outcome_dto(
    reference: &str,
    stored: &StoredAssessment,
    outcome: &harbour_rules::Outcome,
    differs: bool,
    loc: &Localizer,
    app: &Localizer,
    pack: Option<&Pack>,
    staff: &str,
) -> OutcomeDto {
    use harbour_core::screening_text::{element_label, message};
    let t = |id: &str| loc.format(id, None);
    let pathway = |id: &str, name: &str, p: &harbour_rules::Pathway| PathwayDto {
        id: id.into(),
        name: t(name),
        level: p.level.as_str().into(),
        level_text: t(&format!("level-{}", p.level.as_str().replace('_', "-"))),
        elements: p
            .elements
            .iter()
            .map(|e| ElementDto {
                label: element_label(loc, &e.element),
                status: format!("{:?}", e.status).to_lowercase(),
                status_text: t(&format!("status-{}", status_id(e.status))),
                indicators: e.indicators.clone(),
            })
            .collect(),
    };
    let f = &outcome.flags;
    let mut flags = Vec::new();
    for (on, id) in [
        (f.urgent_safety, "urgent-safety"),
        (f.child, "child"),
        (f.unaccompanied_child, "unaccompanied-child"),
        (f.non_refoulement, "non-refoulement"),
        (f.stateless, "stateless"),
        (f.smuggling, "smuggling"),
    ] {
        if on {
            flags.push(ItemDto {
                id: id.replace('-', "_"),
                text: t(&format!("flag-{id}")),
                urgent: id == "urgent-safety",
            });
        }
    }
    for r in &f.heightened_risk {
        let code = serde_json::to_value(r)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        flags.push(ItemDto {
            id: format!("heightened_risk.{code}"),
            text: t(&format!("risk-{}", code.replace('_', "-"))),
            urgent: false,
        });
    }
    let answer_text = |a: &harbour_rules::AnswerRef| -> AnswerRefDto {
        if a.question_id == STAFF_QUESTION {
            return AnswerRefDto {
                question_id: a.question_id.clone(),
                question: app.format("outcome-raised-by-interviewer", None),
                answer: app.format("outcome-raised", None),
                language: a.language.clone(),
            };
        }
        let question = pack.and_then(|p| p.q.question(&a.question_id));
        let staff_q = pack.map(|p| p.texts.localizer(staff));
        let qtext = match (question, &staff_q) {
            (Some(qq), Some(l)) => l.format(&qq.text, None),
            _ => a.question_id.clone(),
        };
        let answer = match a.answer.as_str() {
            "yes" | "no" | "dont_know" | "declined" | "skipped" => {
                app.format(&format!("answer-{}", a.answer.replace('_', "-")), None)
            }
            other => match (question, &staff_q) {
                (Some(qq), Some(l)) if !qq.kind.options().is_empty() => other
                    .split(',')
                    .map(|id| {
                        qq.kind
                            .options()
                            .iter()
                            .find(|o| o.id == id)
                            .map(|o| l.format(&o.text, None))
                            .unwrap_or_else(|| id.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => other.to_string(),
            },
        };
        AnswerRefDto {
            question_id: a.question_id.clone(),
            question: qtext,
            answer,
            language: a.language.clone(),
        }
    };
    let reasons = outcome
        .reasons
        .iter()
        .map(|r| ReasonDto {
            about: r.about.clone(),
            text: message(loc, &r.message),
            indicators: r.indicators.clone(),
            answers: r.answers.iter().map(answer_text).collect(),
        })
        .collect();
    OutcomeDto {
        case_reference: reference.into(),
        rules_version: stored.rules_version.clone(),
        assessed_at: stored.assessed_at.clone(),
        current_rules_version: harbour_rules::RULES_VERSION.into(),
        differs_today: differs,
        pathways: vec![
            pathway(
                "trafficking",
                "pathway-trafficking",
                &outcome.pathways.trafficking,
            ),
            pathway(
                "international_protection",
                "pathway-international-protection",
                &outcome.pathways.international_protection,
            ),
        ],
        flags,
        referrals: outcome
            .referrals
            .iter()
            .map(|r| ItemDto {
                id: r.kind.as_str().into(),
                text: t(&format!("referral-{}", r.kind.as_str().replace('_', "-"))),
                urgent: r.urgent,
            })
            .collect(),
        notes: outcome
            .notes
            .iter()
            .map(|n| message(loc, &n.message))
            .collect(),
        reasons,
        extra: Default::default(),
    }
}

fn status_id(s: harbour_rules::ElementStatus) -> &'static str {
    use harbour_rules::ElementStatus as E;
    match s {
        E::Present => "present",
        E::BelowThreshold => "below-threshold",
        E::Absent => "absent",
        E::Unknown => "unknown",
        E::NotAsked => "not-asked",
        E::NotRequired => "not-required",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for e in std::fs::read_dir(from).expect("read").flatten() {
            let p = e.path();
            if p.is_dir() {
                copy_dir(&p, &to.join(e.file_name()));
            } else {
                std::fs::copy(&p, to.join(e.file_name())).expect("copy");
            }
        }
    }

    #[test]
    fn a_broken_pack_is_reported_with_its_file_and_the_others_still_load() {
        let dir = tempfile::tempdir().expect("tmp");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        copy_dir(&repo.join("_test-all-kinds"), &dir.path().join("good"));
        copy_dir(&repo.join("_test-all-kinds"), &dir.path().join("broken"));
        let toml = dir.path().join("broken/questionnaire.toml");
        let text = std::fs::read_to_string(&toml).expect("read");
        // A forward reference: a condition on a question that comes later.
        std::fs::write(
            &toml,
            text.replacen(
                "id = \"dob\"",
                "id = \"dob\"\nwhen = \"anything_else == \\\"x\\\"\"",
                1,
            ),
        )
        .expect("write");
        let packs = Packs::load(Some(dir.path()), false);
        assert_eq!(packs.ok.len(), 1, "the good pack still loads");
        assert_eq!(packs.problems.len(), 1);
        let p = &packs.problems[0];
        assert!(p.path.ends_with("broken"), "names the pack: {}", p.path);
        assert!(
            p.diagnostics
                .iter()
                .any(|d| d.contains("questionnaire.toml") && d.contains("HQ022")),
            "names the file and the problem: {:?}",
            p.diagnostics
        );
    }

    #[test]
    fn test_packs_are_offered_only_when_asked_for() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        let normal = Packs::load(Some(&repo), false);
        assert!(normal.find("test-all-kinds", None).is_none());
        assert!(normal.find("mixed-flows", None).is_some());
        let with_tests = Packs::load(Some(&repo), true);
        assert!(with_tests.find("test-all-kinds", None).is_some());
    }

    fn shell(data: &Path) -> Shell {
        Shell::new(crate::shell::ShellConfig {
            data_dir: data.to_path_buf(),
            vault: harbour_vault::VaultOptions {
                kdf: harbour_vault::KdfParams::fast_for_tests(),
                actor: "test".into(),
            },
            auto_lock: std::time::Duration::from_secs(300),
            questionnaires_dir: Some(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires"),
            ),
            include_test_packs: true,
        })
    }

    fn current(v: &InterviewView) -> &str {
        v.question
            .as_ref()
            .map(|q| q.id.as_str())
            .unwrap_or(v.screen.as_str())
    }

    #[test]
    fn an_interview_is_saved_step_by_step_and_a_new_shell_resumes_it_exactly() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(dir.path());
        s.create_vault(crate::dto::CreateVaultRequest {
            passphrase: "blue kettle sings".into(),
            confirmation: "blue kettle sings".into(),
        })
        .expect("create");
        let v = s
            .start_interview("test-all-kinds", "en", "en")
            .expect("start");
        assert_eq!(current(&v), "consent");
        let v = s
            .interview_act(
                ActionDto::Answer {
                    value: AnswerDto::Yes,
                },
                "en",
            )
            .expect("consent");
        assert_eq!(current(&v), "dob");
        s.interview_act(
            ActionDto::Answer {
                value: AnswerDto::Date("2011".into()),
            },
            "en",
        )
        .expect("dob");
        let v = s
            .interview_act(
                ActionDto::SwitchLanguage {
                    language: "ar".into(),
                },
                "en",
            )
            .expect("switch");
        assert_eq!(v.direction, "rtl");
        assert_eq!(
            v.question.as_ref().map(|q| q.text.staff.is_empty()),
            Some(false)
        );
        let case_id = v.case_id.clone();
        let at = current(&v).to_string();
        // A bad date is refused with a translated code, and nothing moves.
        let err = s
            .interview_act(
                ActionDto::Answer {
                    value: AnswerDto::Date("last spring".into()),
                },
                "en",
            )
            .expect_err("bad date");
        assert!(err.code.starts_with("error-"), "{}", err.code);
        drop(s);

        let s = shell(dir.path());
        s.unlock("blue kettle sings".into()).expect("unlock");
        let v = s.resume_interview(&case_id, "en").expect("resume");
        assert_eq!(current(&v), at, "resumes exactly where it stopped");
        assert_eq!(v.language, "ar", "the language switch was saved too");
        let v = s.interview_act(ActionDto::Back, "en").expect("back");
        assert_eq!(current(&v), "dob");
        let given = v.question.and_then(|q| q.given).expect("dob answered");
        assert_eq!(given.value, Some(AnswerDto::Date("2011".into())));
        assert_eq!(
            given.language, "en",
            "each answer keeps the language it was given in"
        );
    }

    #[test]
    fn finishing_stores_an_outcome_and_refusing_consent_stores_only_the_refusal() {
        let dir = tempfile::tempdir().expect("tmp");
        let s = shell(dir.path());
        s.create_vault(crate::dto::CreateVaultRequest {
            passphrase: "blue kettle sings".into(),
            confirmation: "blue kettle sings".into(),
        })
        .expect("create");
        let v = s
            .start_interview("test-all-kinds", "en", "en")
            .expect("start");
        let refused_case = v.case_id.clone();
        let v = s
            .interview_act(
                ActionDto::Answer {
                    value: AnswerDto::No,
                },
                "en",
            )
            .expect("refuse");
        assert_eq!(v.screen, "consent_refused");
        assert!(
            s.case_outcome(&refused_case, "en").is_err(),
            "no outcome for a refusal"
        );
        s.leave_interview().expect("leave");

        let v = s
            .start_interview("test-all-kinds", "en", "en")
            .expect("start");
        let case = v.case_id.clone();
        let mut v = s
            .interview_act(
                ActionDto::Answer {
                    value: AnswerDto::Yes,
                },
                "en",
            )
            .expect("consent");
        for _ in 0..20 {
            if v.screen == "finished" {
                break;
            }
            v = if v.screen == "signpost" {
                s.interview_act(ActionDto::ContinueSection, "en")
            } else if v.question.as_ref().is_some_and(|q| q.id == "in_danger_now") {
                s.interview_act(
                    ActionDto::Answer {
                        value: AnswerDto::Yes,
                    },
                    "en",
                )
            } else {
                s.interview_act(ActionDto::Skip, "en")
            }
            .expect("step");
        }
        assert_eq!(v.screen, "finished");
        assert!(
            v.urgent,
            "a yes to immediate danger raises the urgent notice"
        );
        let o = s.case_outcome(&case, "en").expect("outcome");
        assert!(o.flags.iter().any(|f| f.id == "urgent_safety"));
        assert!(!o.differs_today);
        let reason = o
            .reasons
            .iter()
            .find(|r| r.about == "flag.urgent_safety")
            .expect("a reason");
        assert!(reason
            .answers
            .iter()
            .any(|a| a.question_id == "in_danger_now" && a.answer == "yes"));
        // As if an older rule set had stored this outcome: without urgent safety, under an
        // older version. The screen says today's rules differ; re-assessing from the stored
        // inputs brings back today's outcome, and the answers stay as they were.
        let stored = s
            .with_vault(|v| v.assessment(&case))
            .expect("read")
            .expect("stored");
        let mut old: harbour_rules::Outcome =
            serde_json::from_str(&stored.outcome).expect("outcome json");
        old.rules_version = "2026.11-4".into();
        old.flags.urgent_safety = false;
        s.with_vault(|v| {
            v.save_assessment(
                &case,
                &StoredAssessment {
                    rules_version: old.rules_version.clone(),
                    outcome: serde_json::to_string(&old).expect("json"),
                    ..stored.clone()
                },
                Utc::now(),
            )
        })
        .expect("store the old outcome");
        let before = s.case_outcome(&case, "en").expect("outcome");
        assert!(before.differs_today);
        assert_eq!(before.rules_version, "2026.11-4");
        assert!(!before.flags.iter().any(|f| f.id == "urgent_safety"));
        let after = s.reassess_case(&case, "en").expect("reassess");
        assert!(!after.differs_today);
        assert_eq!(after.rules_version, harbour_rules::RULES_VERSION);
        assert!(after.flags.iter().any(|f| f.id == "urgent_safety"));
        let again = s
            .with_vault(|v| v.assessment(&case))
            .expect("read")
            .expect("stored");
        assert_eq!(
            again.inputs, stored.inputs,
            "the inputs are kept as they were"
        );
        assert_eq!(again.rules_version, harbour_rules::RULES_VERSION);
        let cases = s.list_cases().expect("cases");
        let statuses: Vec<_> = cases.iter().map(|c| c.status.as_str()).collect();
        assert!(
            statuses.contains(&"finished") && statuses.contains(&"consent_refused"),
            "{statuses:?}"
        );
    }
}
