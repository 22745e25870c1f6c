//! Shared helpers for the integration tests: the shipped test pack and value pickers.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use harbour_questionnaire::{AnswerValue, Kind, PartialDate, Question, Questionnaire};
use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `questionnaires/_test-all-kinds`, validated against the real rules catalogue.
pub fn test_pack() -> Questionnaire {
    let (q, diags) =
        harbour_questionnaire::validate(&repo().join("questionnaires/_test-all-kinds"));
    match q {
        Some(q) => q,
        None => panic!("test pack invalid: {diags:?}"),
    }
}

/// A fixed interview time: 15 June 2026.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A valid answer for a question, varied by `pick`.
pub fn some_answer(q: &Question, pick: u8) -> AnswerValue {
    let p = usize::from(pick);
    match &q.kind {
        Kind::YesNo => {
            if p % 2 == 0 {
                AnswerValue::Yes
            } else {
                AnswerValue::No
            }
        }
        Kind::SingleChoice(o) => AnswerValue::Choice(o[p % o.len()].id.clone()),
        Kind::MultipleChoice(o) => AnswerValue::Choices(
            o.iter()
                .enumerate()
                .filter(|(i, _)| p & (1 << i) != 0)
                .map(|(_, x)| x.id.clone())
                .collect(),
        ),
        Kind::Number { min, .. } => AnswerValue::Number(min.unwrap_or(0.0) + (p % 7) as f64),
        Kind::Date => AnswerValue::Date(PartialDate {
            year: 1990 + (p % 30) as i32,
            month: if p % 3 == 0 {
                None
            } else {
                Some(1 + (p % 12) as u32)
            },
            day: None,
        }),
        Kind::Country => AnswerValue::Country(["SY", "AF", "stateless", "unknown"][p % 4].into()),
        Kind::Language => AnswerValue::Language(["ar", "fa", "en"][p % 3].into()),
        Kind::Text => AnswerValue::Text(format!("note {p}")),
    }
}
