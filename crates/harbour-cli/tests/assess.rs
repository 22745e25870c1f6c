//! `harbour assess` end to end: a real pack, an answers file, JSON and text output.

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn harbour(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(args)
        .output()
        .expect("run harbour")
}

fn answers(text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("answers.toml");
    std::fs::write(&path, text).expect("write answers");
    let p = path.to_string_lossy().into_owned();
    (dir, p)
}

const CHILD_AT_WORK: &str = r#"
consent = "yes"
dob = "2010-03"
travelling_alone = "yes"
reason_for_leaving = "work"
work_conditions = ["no_pay", "locked_in"]
in_danger_now = "yes"

[interview]
language = "en"
date = "2026-06-15"
"#;

#[test]
fn json_output_is_the_published_outcome_format() {
    let pack = repo().join("questionnaires/_test-all-kinds");
    let (_d, a) = answers(CHILD_AT_WORK);
    let out = harbour(&[
        "assess",
        "--questionnaire",
        &pack.to_string_lossy(),
        "--answers",
        &a,
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["rules_version"], harbour_rules::RULES_VERSION);
    assert_eq!(v["pathways"]["trafficking"]["level"], "strong");
    assert_eq!(v["flags"]["child"], true);
    assert_eq!(v["flags"]["unaccompanied_child"], true);
    assert_eq!(v["flags"]["urgent_safety"], true);
    let kinds: Vec<&str> = v["referrals"]
        .as_array()
        .expect("referrals")
        .iter()
        .filter_map(|r| r["kind"].as_str())
        .collect();
    for k in [
        "anti_trafficking",
        "child_protection",
        "best_interests_assessment",
        "shelter",
    ] {
        assert!(kinds.contains(&k), "missing referral {k} in {kinds:?}");
    }
    // The reasons lead back to the answers, with question id, answer and language.
    let reasons = v["reasons"].as_array().expect("reasons");
    assert!(reasons
        .iter()
        .any(|r| r["answers"].as_array().is_some_and(|a| a
            .iter()
            .any(|x| x["question_id"] == "work_conditions" && x["language"] == "en"))));
    // And it reads back into the typed outcome.
    let _: harbour_rules::Outcome = serde_json::from_slice(&out.stdout).expect("typed outcome");
}

#[test]
fn text_output_is_a_translated_report() {
    let pack = repo().join("questionnaires/_test-all-kinds");
    let (_d, a) = answers(CHILD_AT_WORK);
    let out = harbour(&[
        "assess",
        "--questionnaire",
        &pack.to_string_lossy(),
        "--answers",
        &a,
        "--lang",
        "en",
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Screening result"), "{text}");
    assert!(text.contains("URGENT: Immediate danger"), "{text}");
    assert!(text.contains("Best-interests assessment"), "{text}");
    assert!(text.contains("question work_conditions"), "{text}");
    assert!(
        !text.contains("reason-") && !text.contains('\u{2068}'),
        "{text}"
    );
}

#[test]
fn invalid_answers_are_a_user_error() {
    let pack = repo().join("questionnaires/_test-all-kinds");
    let (_d, a) = answers("consent = \"yes\"\nno_such_question = \"yes\"\n");
    let out = harbour(&[
        "assess",
        "--questionnaire",
        &pack.to_string_lossy(),
        "--answers",
        &a,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid answers file"));
}
