//! The interview engine: pure, deterministic, driven one [`Step`] at a time.
//!
//! Every operation is a `Step` applied by [`Interview::apply`]; the convenience methods
//! (`answer`, `skip`, `back`...) build the step, apply it and return it for the vault to store.
//! Because live use and [`Interview::replay`] go through the same `apply`, a replayed
//! interview is the live one, exactly.
//!
//! Answers are never thrown away by navigation: an answer whose question leaves the path (its
//! `when` became false, or its section was skipped) is kept but stops counting; flipping back
//! restores it. Moving forward never re-asks a question that has a response.

use crate::answer::{AnswerValue, Response};
use crate::error::EngineError;
use crate::expr::{Responses, Truth};
use crate::model::{Question, Questionnaire, Section};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One operation on an interview: the unit the vault stores, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Step {
    /// Begins the interview. `at` fixes the interview date (ages are computed on it).
    Start {
        /// Questionnaire id.
        questionnaire: String,
        /// Questionnaire version.
        version: String,
        /// Interview language at the start.
        language: String,
        /// When the interview started.
        at: DateTime<Utc>,
    },
    /// A response to the current question, in the language it was given in.
    Respond {
        /// Question id (must be the current question).
        question: String,
        /// The response.
        response: Response,
        /// The interview language when it was given.
        language: String,
    },
    /// At a signpost: go into the section.
    ContinueSection {
        /// Section id.
        section: String,
    },
    /// At a signpost: skip the whole section.
    SkipSection {
        /// Section id.
        section: String,
    },
    /// Back to the previous place still on the path.
    Back,
    /// From a revisited question (or signpost already decided), on to the next unanswered one.
    Forward,
    /// Jump to a section (its signpost if it has one, else its first unanswered question).
    JumpToSection {
        /// Section id.
        section: String,
    },
    /// Pause (nothing but `Resume` and `SwitchLanguage` is accepted until resumed).
    Pause,
    /// Resume after a pause.
    Resume,
    /// Switch the interview language; later answers are recorded in it.
    SwitchLanguage {
        /// A declared language.
        language: String,
    },
}

impl Step {
    /// A short name of the operation (`start`, `respond`, `back`...), the same as the `op` tag
    /// of its JSON form; the vault stores it in its own column.
    pub fn kind(&self) -> &'static str {
        match self {
            Step::Start { .. } => "start",
            Step::Respond { .. } => "respond",
            Step::ContinueSection { .. } => "continue_section",
            Step::SkipSection { .. } => "skip_section",
            Step::Back => "back",
            Step::Forward => "forward",
            Step::JumpToSection { .. } => "jump_to_section",
            Step::Pause => "pause",
            Step::Resume => "resume",
            Step::SwitchLanguage { .. } => "switch_language",
        }
    }
    /// The question a `Respond` step answers.
    pub fn question_id(&self) -> Option<&str> {
        match self {
            Step::Respond { question, .. } => Some(question),
            _ => None,
        }
    }
    /// The language a step carries (the response's, the start's or the new one).
    pub fn language(&self) -> Option<&str> {
        match self {
            Step::Respond { language, .. }
            | Step::Start { language, .. }
            | Step::SwitchLanguage { language } => Some(language),
            _ => None,
        }
    }
}

/// A response as given: the response and the language it was given in.
#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    /// The response.
    pub response: Response,
    /// The interview language at the time.
    pub language: String,
}

/// Where the interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Questions remain.
    InProgress,
    /// Paused by the interviewer.
    Paused,
    /// Every question on the path has a response.
    Finished,
    /// The consent question was answered with anything but "yes": the interview ends.
    ConsentRefused,
}

/// What to show now.
#[derive(Debug, Clone, Copy)]
pub enum Current<'q> {
    /// A signpost before a section: offer "continue" or "skip section".
    Signpost(&'q Section),
    /// A question (its existing response, if revisited, is [`Interview::response`]).
    Question(&'q Question),
    /// Nothing left to ask.
    Finished,
    /// Consent refused: end the interview.
    ConsentRefused,
}

/// Progress along the current path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Sections on the path that lie behind the current position.
    pub sections_done: usize,
    /// Sections on the path.
    pub sections_total: usize,
    /// Questions on the path with a response.
    pub answered: usize,
    /// Questions on the path still without a response (including the current one).
    pub questions_left: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Entered,
    Skipped,
}

/// A place in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cursor {
    Signpost(usize),
    Question(usize),
    End,
}

/// The state of one interview. Rebuild it from its steps with [`Interview::replay`].
#[derive(Debug, Clone, PartialEq)]
pub struct Interview {
    questionnaire: String,
    version: String,
    started_at: DateTime<Utc>,
    language: String,
    responses: BTreeMap<String, Given>,
    decisions: BTreeMap<usize, Decision>,
    cursor: Cursor,
    history: Vec<Cursor>,
    paused: bool,
}

/// Which sections and questions are on the path, given the responses.
pub(crate) struct Path {
    pub section_visible: Vec<bool>,
    pub on: Vec<bool>,
}

struct PathView<'a> {
    iv: &'a Interview,
    q: &'a Questionnaire,
    on: &'a [bool],
}

impl Responses for PathView<'_> {
    fn response(&self, question: &str) -> Option<&Response> {
        let i = self.q.question_index(question)?;
        if *self.on.get(i)? {
            self.iv.responses.get(question).map(|g| &g.response)
        } else {
            None
        }
    }
    fn today(&self) -> NaiveDate {
        self.iv.started_at.date_naive()
    }
}

/// The responses on the path, as conditions and evidence see them.
pub(crate) struct OnPath<'a> {
    view: PathView<'a>,
}

impl Responses for OnPath<'_> {
    fn response(&self, question: &str) -> Option<&Response> {
        self.view.response(question)
    }
    fn today(&self) -> NaiveDate {
        self.view.today()
    }
}

impl Interview {
    /// Starts an interview in `language` (one the questionnaire declares) at `now`.
    pub fn start(
        q: &Questionnaire,
        language: &str,
        now: DateTime<Utc>,
    ) -> Result<(Interview, Step), EngineError> {
        let step = Step::Start {
            questionnaire: q.id().to_string(),
            version: q.version().to_string(),
            language: language.to_string(),
            at: now,
        };
        let iv = Interview::replay(q, std::slice::from_ref(&step))?;
        Ok((iv, step))
    }

    /// Rebuilds an interview from its steps (the first must be `Start`).
    pub fn replay<'s>(
        q: &Questionnaire,
        steps: impl IntoIterator<Item = &'s Step>,
    ) -> Result<Interview, EngineError> {
        let mut steps = steps.into_iter();
        let Some(Step::Start {
            questionnaire,
            version,
            language,
            at,
        }) = steps.next()
        else {
            return Err(EngineError::NotStarted);
        };
        if questionnaire != q.id() || version != q.version() {
            return Err(EngineError::WrongQuestionnaire {
                expected: format!("{}@{}", q.id(), q.version()),
                found: format!("{questionnaire}@{version}"),
            });
        }
        if !q.languages().iter().any(|l| l == language) {
            return Err(EngineError::UnknownLanguage(language.clone()));
        }
        let mut iv = Interview {
            questionnaire: questionnaire.clone(),
            version: version.clone(),
            started_at: *at,
            language: language.clone(),
            responses: BTreeMap::new(),
            decisions: BTreeMap::new(),
            cursor: Cursor::End,
            history: Vec::new(),
            paused: false,
        };
        iv.cursor = iv.next_after(q, None, &iv.path(q));
        for step in steps {
            iv.apply(q, step)?;
        }
        Ok(iv)
    }

    /// Applies one step. On error the interview is unchanged.
    pub fn apply(&mut self, q: &Questionnaire, step: &Step) -> Result<(), EngineError> {
        if self.paused && !matches!(step, Step::Resume | Step::SwitchLanguage { .. }) {
            return Err(EngineError::Paused);
        }
        match step {
            Step::Start { .. } => Err(EngineError::NotStarted),
            Step::Respond {
                question,
                response,
                language,
            } => self.respond(q, question, response, language),
            Step::ContinueSection { section } => self.decide(q, section, Decision::Entered),
            Step::SkipSection { section } => self.decide(q, section, Decision::Skipped),
            Step::Back => self.go_back(q),
            Step::Forward => {
                let answered = match self.cursor {
                    Cursor::Question(i) => q
                        .questions()
                        .get(i)
                        .is_some_and(|qq| self.responses.contains_key(&qq.id)),
                    Cursor::Signpost(s) => self.decisions.contains_key(&s),
                    Cursor::End => return Err(EngineError::Ended),
                };
                if !answered {
                    return Err(EngineError::Unanswered);
                }
                self.advance(q);
                Ok(())
            }
            Step::JumpToSection { section } => self.jump(q, section),
            Step::Pause => {
                self.paused = true;
                Ok(())
            }
            Step::Resume => {
                self.paused = false;
                Ok(())
            }
            Step::SwitchLanguage { language } => {
                if !q.languages().iter().any(|l| l == language) {
                    return Err(EngineError::UnknownLanguage(language.clone()));
                }
                self.language = language.clone();
                Ok(())
            }
        }
    }

    fn run(&mut self, q: &Questionnaire, step: Step) -> Result<Step, EngineError> {
        self.apply(q, &step)?;
        Ok(step)
    }

    fn current_question_id(&self, q: &Questionnaire) -> Result<String, EngineError> {
        match self.cursor {
            Cursor::Question(i) => q
                .questions()
                .get(i)
                .map(|qq| qq.id.clone())
                .ok_or(EngineError::Ended),
            Cursor::Signpost(_) => Err(EngineError::NotCurrent(String::new())),
            Cursor::End => Err(EngineError::Ended),
        }
    }

    /// Answers the current question.
    pub fn answer(&mut self, q: &Questionnaire, value: AnswerValue) -> Result<Step, EngineError> {
        self.respond_current(q, Response::Answer(value))
    }
    /// "Don't know" to the current question.
    pub fn dont_know(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.respond_current(q, Response::DontKnow)
    }
    /// The person declines the current question.
    pub fn decline(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.respond_current(q, Response::Declined)
    }
    /// The interviewer skips the current question.
    pub fn skip(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.respond_current(q, Response::Skipped)
    }
    fn respond_current(
        &mut self,
        q: &Questionnaire,
        response: Response,
    ) -> Result<Step, EngineError> {
        let question = self.current_question_id(q)?;
        // Store the canonical form (e.g. `SY` for `sy`), so the vault holds what counts.
        let response = match (response, q.question(&question)) {
            (Response::Answer(v), Some(qq)) => Response::Answer(qq.check_answer(v)?),
            (other, _) => other,
        };
        let language = self.language.clone();
        self.run(
            q,
            Step::Respond {
                question,
                response,
                language,
            },
        )
    }
    /// At a signpost: go into the section.
    pub fn continue_section(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        let section = self.signpost_id(q)?;
        self.run(q, Step::ContinueSection { section })
    }
    /// At a signpost: skip the section.
    pub fn skip_section(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        let section = self.signpost_id(q)?;
        self.run(q, Step::SkipSection { section })
    }
    fn signpost_id(&self, q: &Questionnaire) -> Result<String, EngineError> {
        match self.cursor {
            Cursor::Signpost(s) => q
                .sections()
                .get(s)
                .map(|s| s.id.clone())
                .ok_or(EngineError::NoSignpost),
            _ => Err(EngineError::NoSignpost),
        }
    }
    /// Goes back to the previous place still on the path.
    pub fn back(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.run(q, Step::Back)
    }
    /// Moves on from a revisited question to the next one without a response.
    pub fn forward(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.run(q, Step::Forward)
    }
    /// Jumps to a section.
    pub fn jump_to_section(
        &mut self,
        q: &Questionnaire,
        section: &str,
    ) -> Result<Step, EngineError> {
        self.run(
            q,
            Step::JumpToSection {
                section: section.to_string(),
            },
        )
    }
    /// Pauses the interview.
    pub fn pause(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.run(q, Step::Pause)
    }
    /// Resumes a paused interview.
    pub fn resume(&mut self, q: &Questionnaire) -> Result<Step, EngineError> {
        self.run(q, Step::Resume)
    }
    /// Switches the interview language.
    pub fn switch_language(
        &mut self,
        q: &Questionnaire,
        language: &str,
    ) -> Result<Step, EngineError> {
        self.run(
            q,
            Step::SwitchLanguage {
                language: language.to_string(),
            },
        )
    }

    // ---- queries -------------------------------------------------------------------------

    /// What to show now.
    pub fn current<'q>(&self, q: &'q Questionnaire) -> Current<'q> {
        match self.status(q) {
            Status::ConsentRefused => return Current::ConsentRefused,
            Status::Finished => return Current::Finished,
            _ => {}
        }
        match self.cursor {
            Cursor::Signpost(s) => q
                .sections()
                .get(s)
                .map_or(Current::Finished, Current::Signpost),
            Cursor::Question(i) => q
                .questions()
                .get(i)
                .map_or(Current::Finished, Current::Question),
            Cursor::End => Current::Finished,
        }
    }

    /// The interview's status.
    pub fn status(&self, q: &Questionnaire) -> Status {
        if self.cursor == Cursor::End {
            if self.consent_refused(q) {
                return Status::ConsentRefused;
            }
            return Status::Finished;
        }
        if self.paused {
            Status::Paused
        } else {
            Status::InProgress
        }
    }

    fn consent_refused(&self, q: &Questionnaire) -> bool {
        q.questions().iter().any(|qq| {
            qq.consent
                && self
                    .responses
                    .get(&qq.id)
                    .is_some_and(|g| g.response != Response::Answer(AnswerValue::Yes))
        })
    }

    /// The response given to a question (kept even if the question left the path).
    pub fn response(&self, question: &str) -> Option<&Given> {
        self.responses.get(question)
    }

    /// The current interview language.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// When the interview started (its date is the one ages are computed on).
    pub fn started_at(&self) -> DateTime<Utc> {
        self.started_at
    }

    /// Id of the questionnaire this interview runs.
    pub fn questionnaire_id(&self) -> &str {
        &self.questionnaire
    }

    /// Version of the questionnaire this interview runs.
    pub fn questionnaire_version(&self) -> &str {
        &self.version
    }

    /// The questions on the current path that have a response, in questionnaire order (one
    /// path computation, where calling [`Interview::is_on_path`] per question repeats it).
    pub fn answers_on_path<'q>(&'q self, q: &'q Questionnaire) -> Vec<(&'q Question, &'q Given)> {
        let path = self.path(q);
        q.questions()
            .iter()
            .enumerate()
            .filter(|(i, _)| path.on.get(*i).copied().unwrap_or(false))
            .filter_map(|(_, qq)| self.responses.get(&qq.id).map(|g| (qq, g)))
            .collect()
    }

    /// Whether a question is on the current path (its section shown and its `when` true).
    pub fn is_on_path(&self, q: &Questionnaire, question: &str) -> bool {
        q.question_index(question)
            .is_some_and(|i| self.path(q).on.get(i).copied().unwrap_or(false))
    }

    /// Progress along the current path.
    pub fn progress(&self, q: &Questionnaire) -> Progress {
        let path = self.path(q);
        let cursor_section = match self.cursor {
            Cursor::Signpost(s) => s,
            Cursor::Question(i) => q.questions().get(i).map_or(usize::MAX, |qq| qq.section),
            Cursor::End => usize::MAX,
        };
        let mut p = Progress::default();
        for (s, visible) in path.section_visible.iter().enumerate() {
            if *visible {
                p.sections_total += 1;
                if s < cursor_section {
                    p.sections_done += 1;
                }
            }
        }
        for (i, qq) in q.questions().iter().enumerate() {
            if path.on.get(i).copied().unwrap_or(false) {
                if self.responses.contains_key(&qq.id) {
                    p.answered += 1;
                } else {
                    p.questions_left += 1;
                }
            }
        }
        p
    }

    /// The responses on the current path, as conditions and evidence see them.
    pub(crate) fn on_path<'a>(&'a self, q: &'a Questionnaire, path: &'a Path) -> OnPath<'a> {
        OnPath {
            view: PathView {
                iv: self,
                q,
                on: &path.on,
            },
        }
    }

    /// Computes which sections and questions are on the path. One pass in questionnaire order
    /// suffices because conditions only look back.
    pub(crate) fn path(&self, q: &Questionnaire) -> Path {
        let n = q.questions().len();
        let mut on = vec![false; n];
        let mut section_visible = vec![false; q.sections().len()];
        for (s, section) in q.sections().iter().enumerate() {
            let visible = section.when.as_ref().is_none_or(|c| {
                c.eval(&PathView {
                    iv: self,
                    q,
                    on: &on,
                }) == Truth::True
            });
            section_visible[s] = visible;
            let entered = visible && self.decisions.get(&s) != Some(&Decision::Skipped);
            for i in section.questions.clone() {
                let shown = entered
                    && q.questions().get(i).is_some_and(|qq| {
                        qq.when.as_ref().is_none_or(|c| {
                            c.eval(&PathView {
                                iv: self,
                                q,
                                on: &on,
                            }) == Truth::True
                        })
                    });
                if let Some(slot) = on.get_mut(i) {
                    *slot = shown;
                }
            }
        }
        Path {
            section_visible,
            on,
        }
    }

    // ---- transitions ---------------------------------------------------------------------

    fn respond(
        &mut self,
        q: &Questionnaire,
        question: &str,
        response: &Response,
        language: &str,
    ) -> Result<(), EngineError> {
        let current = self.current_question_id(q).map_err(|e| match e {
            EngineError::NotCurrent(_) => EngineError::NotCurrent(question.to_string()),
            other => other,
        })?;
        if current != question {
            return Err(EngineError::NotCurrent(question.to_string()));
        }
        let qq = q
            .question(question)
            .ok_or_else(|| EngineError::NotCurrent(question.to_string()))?;
        if qq.required && *response == Response::Skipped {
            return Err(EngineError::Required(question.to_string()));
        }
        if !q.languages().iter().any(|l| l == language) {
            return Err(EngineError::UnknownLanguage(language.to_string()));
        }
        let response = match response {
            Response::Answer(v) => Response::Answer(qq.check_answer(v.clone())?),
            other => other.clone(),
        };
        self.responses.insert(
            question.to_string(),
            Given {
                response,
                language: language.to_string(),
            },
        );
        self.advance(q);
        Ok(())
    }

    fn decide(&mut self, q: &Questionnaire, section: &str, d: Decision) -> Result<(), EngineError> {
        match self.cursor {
            Cursor::Signpost(s) if q.sections().get(s).is_some_and(|x| x.id == section) => {
                self.decisions.insert(s, d);
                self.advance(q);
                Ok(())
            }
            Cursor::End => Err(EngineError::Ended),
            _ => Err(EngineError::NoSignpost),
        }
    }

    /// Moves from the cursor to the next place needing attention, remembering where we were.
    /// Without consent there is no next place: the interview ends.
    fn advance(&mut self, q: &Questionnaire) {
        let next = if self.consent_refused(q) {
            Cursor::End
        } else {
            self.next_after(q, Some(self.cursor), &self.path(q))
        };
        self.history.push(self.cursor);
        self.cursor = next;
    }

    /// The first place after `after` that needs attention: an undecided signpost of a section
    /// with questions on the path, or a question on the path without a response.
    fn next_after(&self, q: &Questionnaire, after: Option<Cursor>, path: &Path) -> Cursor {
        for (s, section) in q.sections().iter().enumerate() {
            if !path.section_visible.get(s).copied().unwrap_or(false) {
                continue;
            }
            let here = Cursor::Signpost(s);
            if section.signpost.is_some()
                && after.is_none_or(|a| position(q, here) > position(q, a))
                && !self.decisions.contains_key(&s)
                && section
                    .questions
                    .clone()
                    .any(|i| path.on.get(i).copied().unwrap_or(false))
            {
                return here;
            }
            for i in section.questions.clone() {
                let here = Cursor::Question(i);
                if after.is_some_and(|a| position(q, here) <= position(q, a)) {
                    continue;
                }
                let on = path.on.get(i).copied().unwrap_or(false);
                let unanswered = q
                    .questions()
                    .get(i)
                    .is_some_and(|qq| !self.responses.contains_key(&qq.id));
                if on && unanswered {
                    return here;
                }
            }
        }
        Cursor::End
    }

    fn go_back(&mut self, q: &Questionnaire) -> Result<(), EngineError> {
        let path = self.path(q);
        let mut history = self.history.clone();
        while let Some(prev) = history.pop() {
            let valid = match prev {
                Cursor::Question(i) => path.on.get(i).copied().unwrap_or(false),
                Cursor::Signpost(s) => path.section_visible.get(s).copied().unwrap_or(false),
                Cursor::End => false,
            };
            if valid && prev != self.cursor {
                self.history = history;
                self.cursor = prev;
                return Ok(());
            }
        }
        Err(EngineError::AtStart)
    }

    fn jump(&mut self, q: &Questionnaire, section: &str) -> Result<(), EngineError> {
        if self.consent_refused(q) {
            return Err(EngineError::Ended);
        }
        let s = q
            .sections()
            .iter()
            .position(|x| x.id == section)
            .ok_or_else(|| EngineError::UnknownSection(section.to_string()))?;
        let path = self.path(q);
        let hidden = || EngineError::SectionHidden(section.to_string());
        if !path.section_visible.get(s).copied().unwrap_or(false) {
            return Err(hidden());
        }
        let sec = q.sections().get(s).ok_or_else(hidden)?;
        let target = if sec.signpost.is_some() {
            Cursor::Signpost(s)
        } else {
            let on: Vec<usize> = sec
                .questions
                .clone()
                .filter(|&i| path.on.get(i).copied().unwrap_or(false))
                .collect();
            let unanswered = on.iter().copied().find(|&i| {
                q.questions()
                    .get(i)
                    .is_some_and(|qq| !self.responses.contains_key(&qq.id))
            });
            Cursor::Question(unanswered.or(on.first().copied()).ok_or_else(hidden)?)
        };
        self.history.push(self.cursor);
        self.cursor = target;
        Ok(())
    }
}

/// Total order of places: a section's signpost comes before its questions.
fn position(q: &Questionnaire, c: Cursor) -> (usize, usize) {
    match c {
        Cursor::Signpost(s) => (s, 0),
        Cursor::Question(i) => (
            q.questions().get(i).map_or(usize::MAX, |qq| qq.section),
            i + 1,
        ),
        Cursor::End => (usize::MAX, usize::MAX),
    }
}
