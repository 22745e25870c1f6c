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
    // Question ids only with --verbose; without it the answers are worded from the pack.
    assert!(!text.contains("question work_conditions"), "{text}");
    assert!(
        !text.contains("reason-") && !text.contains('\u{2068}'),
        "{text}"
    );
    let out = harbour(&[
        "assess",
        "--questionnaire",
        &pack.to_string_lossy(),
        "--answers",
        &a,
        "--lang",
        "en",
        "--verbose",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("question work_conditions"), "{text}");
}

fn both_pathways_report(extra: &[&str]) -> String {
    let pack = repo().join("questionnaires/mixed-flows");
    let case = pack.join("cases/both-pathways-religion-debt-bondage.toml");
    let mut args = vec![
        "assess".to_string(),
        "--questionnaire".into(),
        pack.to_string_lossy().into_owned(),
        "--answers".into(),
        case.to_string_lossy().into_owned(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = harbour(&args);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The lines of the summary: from its heading to the blank line that ends it.
fn summary_of(text: &str, heading: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| *l != heading)
        .take_while(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Anything that looks like a code: an indicator code, a snake_case option or question id,
/// a Fluent message id.
fn looks_like_code(line: &str) -> Option<String> {
    let families = [
        "palermo.",
        "ilo2009.",
        "ilo2012.",
        "refugee.",
        "non_refoulement.",
        "complementary.",
        "stateless.",
        "smuggling.",
        "risk.",
        "danger.",
        "profile.",
    ];
    line.split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | ':' | '(' | ')'))
        .find(|w| {
            families.iter().any(|f| w.contains(f))
                || (w.contains('_') && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                || ["indicator-", "summary-", "referral-", "level-", "reason-"]
                    .iter()
                    .any(|p| w.starts_with(p))
        })
        .map(str::to_string)
}

#[test]
fn the_both_pathways_report_opens_with_a_summary_of_twelve_lines_without_codes() {
    let text = both_pathways_report(&[]);
    let summary = summary_of(&text, "Summary");
    assert!(
        (5..=12).contains(&summary.len()),
        "summary of {} lines:\n{}",
        summary.len(),
        summary.join("\n")
    );
    // It fits one screen before the details.
    let before: Vec<&str> = text.lines().take_while(|l| *l != "Details").collect();
    assert!(
        before.len() <= 16,
        "{} lines before the details",
        before.len()
    );
    let joined = summary.join("\n");
    for want in [
        "Trafficking in persons: strong",
        "International protection: strong",
        "do not return pending assessment",
        "Asylum procedure: targeted for their religion",
        "Anti-trafficking referral mechanism: violence suffered; a debt they must work off",
        "Medical care: violence suffered",
        "Psychosocial support: emotional distress",
    ] {
        assert!(joined.contains(want), "{want:?} missing from:\n{joined}");
    }
    // Each referral has its own reason, never the rules' generic sentence.
    assert!(!joined.contains("refer to the"), "{joined}");
    // No code anywhere in the report without --verbose.
    for line in text.lines() {
        if let Some(code) = looks_like_code(line) {
            panic!("code {code:?} in line {line:?} of:\n{text}");
        }
    }
    for id in [
        "work_conditions",
        "paid_helper",
        "long_hours",
        "killed_or_hurt",
    ] {
        assert!(!text.contains(id), "{id} in:\n{text}");
    }
    // The answers behind the result are worded from the questionnaire.
    assert!(
        text.contains("Could you stop working there and leave if you wanted to? no"),
        "{text}"
    );
    for bad in ["victim", "refugee", "trafficker"] {
        assert!(
            !joined.to_lowercase().contains(bad),
            "{bad} in the summary:\n{joined}"
        );
    }
}

#[test]
fn verbose_shows_the_codes_and_question_ids() {
    let text = both_pathways_report(&["--verbose"]);
    // The summary is the same.
    assert_eq!(
        summary_of(&text, "Summary"),
        summary_of(&both_pathways_report(&[]), "Summary")
    );
    for want in [
        "ilo2012.debt_bondage",
        "refugee.ground.religion",
        "question work_conditions: \"long_hours,not_paid,bad_housing\"",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
}

#[test]
fn the_summary_is_translated() {
    let text = both_pathways_report(&["--lang", "fr"]);
    let summary = summary_of(&text, "Résumé");
    assert!((5..=12).contains(&summary.len()), "{}", text);
    assert!(!summary.join("\n").contains("violence suffered"), "{text}");
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
