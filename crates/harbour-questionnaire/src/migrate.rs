//! Moving an interview begun on an older version of a questionnaire to a newer one, by the
//! mapping the newer pack declares (`[[migrations]]`, [`crate::Migration`]). The older
//! version need not be installed: only its recorded steps are read.
//!
//! The answers the old steps leave standing (the last response to each question, the last
//! decision at each signpost, the language at the end) are mapped to the new question ids;
//! then the new version is walked from its start, giving each mapped answer when its
//! question comes up. A question the new version added (no answer) is passed with a skip
//! while answers still wait further on, so none is dropped, and the interview is then taken
//! back to the first such question: it resumes there, the interviewer asks it and goes on.
//! Otherwise the walk stops at the first question (or signpost) without an answer.
//! Every step goes through the engine, so an answer that does not fit its question in the new
//! version stops the migration with an error and nothing is produced.

use crate::engine::{Current, Interview, Step};
use crate::error::EngineError;
use crate::model::Questionnaire;
use crate::Response;
use std::collections::BTreeMap;

/// The steps of the migrated interview (beginning with its `Start` on the new version), and
/// what did not move.
#[derive(Debug, Clone, PartialEq)]
pub struct Migrated {
    /// The new interview's steps.
    pub steps: Vec<Step>,
    /// Questions the pack declares removed that had an answer (kept in the old session).
    pub set_aside: Vec<String>,
    /// Answers that moved but are not on the new version's path (not asked there).
    pub not_reached: Vec<String>,
    /// Questions of the new version passed with a skip to reach later answers; the
    /// interview resumes at the first of them.
    pub passed: Vec<String>,
}

/// Migrate `old` (the steps of an interview on an older version of `q`'s questionnaire) to
/// `q`, by `q`'s migration from that version.
pub fn migrate_steps(q: &Questionnaire, old: &[Step]) -> Result<Migrated, EngineError> {
    let refuse = |reason: String| EngineError::Migration {
        to: q.version().to_string(),
        reason,
    };
    let Some(Step::Start {
        questionnaire,
        version,
        language,
        at,
    }) = old.first()
    else {
        return Err(EngineError::NotStarted);
    };
    if questionnaire != q.id() {
        return Err(EngineError::WrongQuestionnaire {
            expected: q.id().to_string(),
            found: questionnaire.clone(),
        });
    }
    let m = q.migration_from(version).ok_or_else(|| {
        refuse(format!(
            "{} {} declares no migration from version {version}",
            q.id(),
            q.version()
        ))
    })?;

    // What the old steps leave standing.
    let mut answers: BTreeMap<String, (Response, String)> = BTreeMap::new();
    let mut decisions: BTreeMap<String, bool> = BTreeMap::new();
    let mut final_language = language.clone();
    for step in &old[1..] {
        match step {
            Step::Respond {
                question,
                response,
                language,
            } => {
                answers.insert(question.clone(), (response.clone(), language.clone()));
            }
            Step::ContinueSection { section } => {
                decisions.insert(section.clone(), true);
            }
            Step::SkipSection { section } => {
                decisions.insert(section.clone(), false);
            }
            Step::SwitchLanguage { language } => final_language = language.clone(),
            _ => {}
        }
    }
    let mut set_aside = Vec::new();
    let mut mapped: BTreeMap<String, (Response, String)> = BTreeMap::new();
    for (old_id, answer) in answers {
        if m.removed.contains(&old_id) {
            set_aside.push(old_id);
            continue;
        }
        let new_id = m.renamed.get(&old_id).cloned().unwrap_or(old_id.clone());
        if q.question(&new_id).is_none() {
            return Err(refuse(format!(
                "the answer to `{old_id}` has no question in this version, and the migration neither renames nor removes it"
            )));
        }
        mapped.insert(new_id, answer);
    }

    // Walk the new version from its start.
    let (mut iv, start) = Interview::start(q, language, *at)?;
    let mut steps = vec![start];
    let mut push = |iv: &mut Interview, step: Step| -> Result<(), EngineError> {
        iv.apply(q, &step)?;
        steps.push(step);
        Ok(())
    };
    // Whether an answer still waits after question position `at`.
    let waiting_after = |mapped: &BTreeMap<String, (Response, String)>, at: usize| {
        mapped
            .keys()
            .any(|id| q.question_index(id).is_some_and(|i| i > at))
    };
    let mut passed: Vec<String> = Vec::new();
    // At most one step per question and signpost, plus language switches.
    for _ in 0..(2 * (q.questions().len() + q.sections().len()) + 2) {
        let step = match iv.current(q) {
            Current::Signpost(s) => match decisions.get(&s.id) {
                Some(true) => Step::ContinueSection {
                    section: s.id.clone(),
                },
                Some(false) => Step::SkipSection {
                    section: s.id.clone(),
                },
                // A section new in this version: go in only to reach answers further on.
                None => {
                    let first = s.questions.start;
                    if first > 0 && waiting_after(&mapped, first - 1) {
                        Step::ContinueSection {
                            section: s.id.clone(),
                        }
                    } else {
                        break;
                    }
                }
            },
            Current::Question(question) => match mapped.remove(&question.id) {
                Some((response, lang)) => {
                    if lang != iv.language() {
                        push(
                            &mut iv,
                            Step::SwitchLanguage {
                                language: lang.clone(),
                            },
                        )?;
                    }
                    Step::Respond {
                        question: question.id.clone(),
                        response,
                        language: lang,
                    }
                }
                None => {
                    let at = q.question_index(&question.id).unwrap_or(usize::MAX);
                    if !question.required && waiting_after(&mapped, at) {
                        passed.push(question.id.clone());
                        Step::Respond {
                            question: question.id.clone(),
                            response: Response::Skipped,
                            language: iv.language().to_string(),
                        }
                    } else {
                        break;
                    }
                }
            },
            Current::Finished | Current::ConsentRefused => break,
        };
        push(&mut iv, step)?;
    }
    // Back to the first question passed, where the interviewer takes up the interview.
    if let Some(first) = passed.first() {
        for _ in 0..(2 * (q.questions().len() + q.sections().len()) + 2) {
            if matches!(iv.current(q), Current::Question(x) if &x.id == first) {
                break;
            }
            push(&mut iv, Step::Back)?;
        }
    }
    if final_language != iv.language() {
        push(
            &mut iv,
            Step::SwitchLanguage {
                language: final_language,
            },
        )?;
    }
    Ok(Migrated {
        steps,
        set_aside,
        not_reached: mapped.into_keys().collect(),
        passed,
    })
}
