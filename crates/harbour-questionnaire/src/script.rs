//! Running a whole interview from a list of responses (answers files, tests): the same engine,
//! the same checks, step by step.

use crate::answer::Response;
use crate::engine::{Current, Interview, Step};
use crate::error::{EngineError, ScriptError};
use crate::model::Questionnaire;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Runs an interview to its end. At a signpost the section is entered when any of its
/// questions has a response in `answers`, and skipped otherwise; a question on the path
/// without a response is recorded as skipped. Fails if a response was given for a question
/// the other answers never lead to (it would silently not count).
pub fn run(
    q: &Questionnaire,
    answers: &[(String, Response)],
    language: &str,
    now: DateTime<Utc>,
) -> Result<(Interview, Vec<Step>), ScriptError> {
    let given: HashMap<&str, &Response> = answers.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let (mut iv, start) = Interview::start(q, language, now)?;
    let mut steps = vec![start];
    // Each step moves forward, so the questionnaire size bounds the loop; the guard is a
    // belt-and-braces check against an engine bug turning into a hang.
    let limit = 2 * (q.questions().len() + q.sections().len()) + 2;
    for _ in 0..limit {
        let step = match iv.current(q) {
            Current::Finished | Current::ConsentRefused => break,
            Current::Signpost(section) => {
                let wanted = q
                    .questions()
                    .get(section.questions.clone())
                    .unwrap_or_default()
                    .iter()
                    .any(|qq| given.contains_key(qq.id.as_str()));
                if wanted {
                    iv.continue_section(q)?
                } else {
                    iv.skip_section(q)?
                }
            }
            Current::Question(question) => {
                let response = given
                    .get(question.id.as_str())
                    .map_or(Response::Skipped, |r| (*r).clone());
                let step = Step::Respond {
                    question: question.id.clone(),
                    response,
                    language: iv.language().to_string(),
                };
                iv.apply(q, &step)?;
                step
            }
        };
        steps.push(step);
    }
    if !matches!(iv.current(q), Current::Finished | Current::ConsentRefused) {
        return Err(ScriptError::Engine(EngineError::Unanswered));
    }
    let not_asked: Vec<String> = answers
        .iter()
        .filter(|(id, _)| !iv.is_on_path(q, id))
        .map(|(id, _)| id.clone())
        .collect();
    if !not_asked.is_empty() {
        return Err(ScriptError::NotAsked(not_asked));
    }
    Ok((iv, steps))
}
