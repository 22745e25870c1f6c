//! Screening a whole set of answers at once: questionnaire + answers → evidence → outcome.
//! This is what `harbour assess` runs; the interview engine checks every answer exactly as it
//! would in a live interview, so a scripted assessment cannot reach answers a live one could not.

use chrono::{NaiveDate, NaiveTime};
use harbour_questionnaire::{evidence, script, Questionnaire, Response, ScriptError};
use harbour_rules::{assess, Evidence, Outcome};

/// Why a set of answers could not be screened.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScreeningError {
    /// The interview language is not one the questionnaire declares.
    #[error("language '{lang}' is not declared by questionnaire '{questionnaire}' (declared: {declared})")]
    Language {
        /// The language asked for.
        lang: String,
        /// The questionnaire's id.
        questionnaire: String,
        /// The languages it declares, comma-separated.
        declared: String,
    },
    /// The answers do not make a valid interview (an answer the engine refuses, or answers to
    /// questions the other answers never lead to).
    #[error("the answers do not make a valid interview: {0}")]
    Script(#[from] ScriptError),
}

/// The evidence a set of answers gives, after running them through the interview engine.
/// `today` is the interview date (ages are computed on it); the core takes no clock.
pub fn evidence_for_answers(
    q: &Questionnaire,
    answers: &[(String, Response)],
    lang: &str,
    today: NaiveDate,
) -> Result<Evidence, ScreeningError> {
    if !q.languages().iter().any(|l| l == lang) {
        return Err(ScreeningError::Language {
            lang: lang.to_owned(),
            questionnaire: q.id().to_string(),
            declared: q.languages().join(", "),
        });
    }
    let now = today.and_time(NaiveTime::MIN).and_utc();
    let (iv, _steps) = script::run(q, answers, lang, now)?;
    Ok(evidence(q, &iv))
}

/// Screen a set of answers: run them through the interview engine, map the answers on the
/// path to evidence, and assess it.
pub fn assess_answers(
    q: &Questionnaire,
    answers: &[(String, Response)],
    lang: &str,
    today: NaiveDate,
) -> Result<Outcome, ScreeningError> {
    Ok(assess(&evidence_for_answers(q, answers, lang, today)?))
}
