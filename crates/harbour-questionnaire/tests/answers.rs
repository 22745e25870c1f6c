//! Answers files and scripted interviews.

mod common;

use common::{now, test_pack};
use harbour_questionnaire::answers_file::{parse, parse_file};
use harbour_questionnaire::{
    evidence, script, AnswerValue, Interview, Response, ScriptError, Status,
};
use harbour_rules::Observation;

const CHILD: &str = r#"
consent = "yes"
dob = "2012-05"
nationality = "SY"
first_language = "ar"
people_travelling = 3
travelling_alone = "declined"
reason_for_leaving = "work"
work_conditions = ["locked_in", "no_pay"]
in_danger_now = "no"
anything_else = "dont_know"

[interview]
language = "ar"
date = "2026-06-15"
"#;

#[test]
fn a_complete_answers_file_parses_in_file_order() {
    let q = test_pack();
    let file = parse_file(CHILD, &q).expect("valid");
    assert_eq!(file.language.as_deref(), Some("ar"));
    assert_eq!(
        file.date.map(|d| d.to_string()).as_deref(),
        Some("2026-06-15")
    );
    let ids: Vec<&str> = file.answers.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids[..3], ["consent", "dob", "nationality"]);
    assert_eq!(file.answers[5].1, Response::Declined);
    assert_eq!(
        file.answers[7].1,
        Response::Answer(AnswerValue::Choices(vec![
            "no_pay".into(),
            "locked_in".into()
        ]))
    );
}

#[test]
fn every_problem_is_reported_with_its_line_and_column() {
    let q = test_pack();
    let text = "consent = \"maybe\"\ndob = \"1990-13\"\nnope = 1\npeople_travelling = 99\nwork_conditions = \"no_pay\"\n";
    let err = parse(text, &q).expect_err("invalid");
    let at: Vec<(usize, usize)> = err.problems.iter().map(|p| (p.line, p.column)).collect();
    assert_eq!(at, [(1, 11), (2, 7), (3, 1), (4, 21), (5, 19)]);
    assert!(err.problems[2].message.contains("no question `nope`"));
    // Problems never quote the answer given.
    assert!(!err.to_string().contains("maybe"));
}

#[test]
fn answers_caught_under_the_interview_table_are_explained() {
    let q = test_pack();
    let err =
        parse("[interview]\nlanguage = \"en\"\nconsent = \"yes\"\n", &q).expect_err("misplaced");
    assert!(
        err.problems[0].message.contains("before `[interview]`"),
        "{err}"
    );
}

#[test]
fn malformed_toml_is_reported_with_its_position() {
    let q = test_pack();
    let err = parse("consent = \n", &q).expect_err("invalid");
    assert_eq!(err.problems[0].line, 1);
}

#[test]
fn a_script_runs_the_engine_to_the_end_and_replays() {
    let q = test_pack();
    let file = parse_file(CHILD, &q).expect("valid");
    let (iv, steps) = script::run(&q, &file.answers, "ar", now()).expect("run");
    assert_eq!(iv.status(&q), Status::Finished);
    assert_eq!(Interview::replay(&q, &steps).expect("replay"), iv);
    let ev = evidence(&q, &iv);
    assert_eq!(ev.observation("profile.child"), Some(Observation::Present));
    // Declined is Unknown, never Absent.
    assert_eq!(
        ev.observation("profile.unaccompanied"),
        Some(Observation::Unknown)
    );
    assert_eq!(
        ev.observation("ilo2012.retention_of_documents"),
        Some(Observation::Absent)
    );
    assert_eq!(
        ev.get("profile.child").map(|(_, r)| r[0].language.clone()),
        Some("ar".into())
    );
}

#[test]
fn a_script_without_work_answers_skips_the_signposted_section() {
    let q = test_pack();
    let answers = parse("consent = \"yes\"\ndob = \"1980\"\n", &q).expect("valid");
    let (iv, _) = script::run(&q, &answers, "en", now()).expect("run");
    assert!(!iv.is_on_path(&q, "in_danger_now"));
    assert_eq!(
        iv.response("nationality").map(|g| g.response.clone()),
        Some(Response::Skipped)
    );
}

#[test]
fn an_answer_off_the_path_is_an_error_not_silently_dropped() {
    let q = test_pack();
    // An adult is never asked whether they travel alone.
    let answers = parse(
        "consent = \"yes\"\ndob = \"1980\"\ntravelling_alone = \"yes\"\n",
        &q,
    )
    .expect("valid");
    let err = script::run(&q, &answers, "en", now()).expect_err("off path");
    assert_eq!(err, ScriptError::NotAsked(vec!["travelling_alone".into()]));
}
