//! Screening from answers, through the real questionnaire engine and evidence mapping: the
//! age boundary (Palermo Protocol Art. 3(c)-(d)) computed from a date of birth, and declined
//! answers.

use chrono::NaiveDate;
use harbour_core::screening::{assess_answers, ScreeningError};
use harbour_questionnaire::{validate, AnswerValue, PartialDate, Questionnaire, Response};
use harbour_rules::{ElementStatus, Level};
use std::path::PathBuf;

fn pack() -> Questionnaire {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/_test-all-kinds");
    let (q, diags) = validate(&dir);
    q.unwrap_or_else(|| panic!("test pack invalid: {diags:?}"))
}

fn interview_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).expect("date")
}

fn answers(dob: (i32, u32, u32)) -> Vec<(String, Response)> {
    let a = |v: AnswerValue| Response::Answer(v);
    vec![
        ("consent".into(), a(AnswerValue::Yes)),
        (
            "dob".into(),
            a(AnswerValue::Date(PartialDate {
                year: dob.0,
                month: Some(dob.1),
                day: Some(dob.2),
            })),
        ),
        (
            "reason_for_leaving".into(),
            a(AnswerValue::Choice("work".into())),
        ),
        (
            "work_conditions".into(),
            a(AnswerValue::Choices(vec!["no_pay".into()])),
        ),
        ("in_danger_now".into(), a(AnswerValue::No)),
    ]
}

#[test]
fn seventeen_is_a_child_and_no_means_is_needed() {
    // Born 2008-06-16: one day short of 18 on 2026-06-15. For a child the means are not
    // required (Palermo Art. 3(c)). Since rules 2026.11-6 (issue 15) one lone ILO
    // forced-labour indicator (unpaid work) does not show the purpose on its own, so the level
    // is possible, with the reason saying so; the 18-year-old below is told the means are
    // missing instead.
    let o =
        assess_answers(&pack(), &answers((2008, 6, 16)), "en", interview_date()).expect("assess");
    assert!(o.flags.child);
    let means = o
        .pathways
        .trafficking
        .elements
        .iter()
        .find(|e| e.element == "palermo.means")
        .map(|e| e.status);
    assert_eq!(means, Some(ElementStatus::NotRequired), "{o:#?}");
    assert_eq!(o.pathways.trafficking.level, Level::Possible, "{o:#?}");
    assert!(
        o.reasons
            .iter()
            .any(|r| r.message.id == "reason-palermo-child-single-indicator"),
        "{o:#?}"
    );
}

#[test]
fn eighteen_is_an_adult_and_the_means_are_needed() {
    // Born 2008-06-15: 18 today. Withheld wages show exploitation but not a means.
    let o =
        assess_answers(&pack(), &answers((2008, 6, 15)), "en", interview_date()).expect("assess");
    assert!(!o.flags.child);
    assert_eq!(o.pathways.trafficking.level, Level::Possible, "{o:#?}");
    assert!(
        o.reasons
            .iter()
            .any(|r| r.message.id == "reason-palermo-means-missing"),
        "{o:#?}"
    );
}

#[test]
fn declined_danger_question_is_not_read_as_no() {
    let mut a = answers((1990, 1, 1));
    a.retain(|(q, _)| q != "in_danger_now");
    a.push(("in_danger_now".into(), Response::Declined));
    let o = assess_answers(&pack(), &a, "en", interview_date()).expect("assess");
    assert!(!o.flags.urgent_safety);
    assert!(
        o.notes
            .iter()
            .any(|n| n.message.id == "note-danger-unanswered"),
        "{:#?}",
        o.notes
    );
}

#[test]
fn an_undeclared_language_is_refused() {
    let err = assess_answers(&pack(), &answers((1990, 1, 1)), "xx", interview_date());
    assert!(
        matches!(err, Err(ScreeningError::Language { .. })),
        "{err:?}"
    );
}
