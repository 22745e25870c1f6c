//! Moving an interview to a newer version by the migration it declares: answers move with
//! renamed questions, answers to removed questions are set aside, an answer the migration
//! does not place is refused, and a version with no migration from the old one is refused.

mod common;

use common::{now, repo};
use harbour_questionnaire::{
    migrate_steps, AnswerValue, Current, EngineError, Interview, Questionnaire, Response, Step,
};
use std::path::Path;

/// The test pack at `version`, its text edited by `edit`.
fn version(dir: &Path, version: &str, edit: impl Fn(String) -> String) -> Questionnaire {
    let src = repo().join("questionnaires/_test-all-kinds");
    let p = dir.join(version);
    std::fs::create_dir_all(p.join("locales")).expect("mkdir");
    for e in std::fs::read_dir(src.join("locales"))
        .expect("read")
        .flatten()
    {
        std::fs::copy(e.path(), p.join("locales").join(e.file_name())).expect("copy");
    }
    let text = std::fs::read_to_string(src.join("questionnaire.toml")).expect("read");
    let at = text.find("version = \"").expect("a version line");
    let end = at + text[at..].find('\n').expect("end");
    let text = format!("{}version = \"{version}\"{}", &text[..at], &text[end..]);
    std::fs::write(p.join("questionnaire.toml"), edit(text)).expect("write");
    let (q, diags) = harbour_questionnaire::validate(&p);
    q.unwrap_or_else(|| panic!("{version} invalid: {diags:?}"))
}

/// On 1.0.0: consent, dob skipped, a nationality, a first language.
fn old_steps(v1: &Questionnaire) -> Vec<Step> {
    let (mut iv, start) = Interview::start(v1, "en", now()).expect("start");
    let mut steps = vec![start];
    steps.push(iv.answer(v1, AnswerValue::Yes).expect("consent"));
    steps.push(iv.skip(v1).expect("dob"));
    steps.push(
        iv.answer(v1, AnswerValue::Country("SY".into()))
            .expect("nationality"),
    );
    steps.push(
        iv.answer(v1, AnswerValue::Language("ar".into()))
            .expect("language"),
    );
    steps
}

fn response(iv: &Interview, id: &str) -> Option<Response> {
    iv.response(id).map(|g| g.response.clone())
}

#[test]
fn answers_move_with_renamed_questions_and_removed_ones_are_set_aside() {
    let dir = tempfile::tempdir().expect("tmp");
    let v1 = version(dir.path(), "1.0.0", |t| t);
    let v2 = version(dir.path(), "2.0.0", |t| {
        let t = t
            .replace("id = \"first_language\"", "id = \"mother_tongue\"")
            .replacen(
                "id = \"nationality\"\nprofile",
                "id = \"citizenship\"\nprofile",
                1,
            );
        format!("{t}\n[[migrations]]\nfrom = \"1.0.0\"\nrenamed = {{ first_language = \"mother_tongue\" }}\nremoved = [\"nationality\"]\n")
    });
    let m = migrate_steps(&v2, &old_steps(&v1)).expect("migrate");
    assert_eq!(m.set_aside, ["nationality"]);
    assert!(
        m.not_reached.is_empty(),
        "no answer dropped: {:?}",
        m.not_reached
    );
    assert_eq!(
        m.passed,
        ["citizenship"],
        "the new question was passed to reach later answers"
    );
    let iv = Interview::replay(&v2, &m.steps).expect("replays on 2.0.0");
    assert_eq!(iv.questionnaire_version(), "2.0.0");
    assert_eq!(
        response(&iv, "mother_tongue"),
        Some(Response::Answer(AnswerValue::Language("ar".into())))
    );
    // The new question has no answer: the interview resumes there, later answers in place.
    match iv.current(&v2) {
        Current::Question(q) => assert_eq!(q.id, "citizenship"),
        _ => panic!("expected the citizenship question"),
    }
}

#[test]
fn an_answer_the_migration_does_not_place_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let v1 = version(dir.path(), "1.0.0", |t| t);
    // first_language renamed, but the migration forgets to say so.
    let v2 = version(dir.path(), "2.0.0", |t| {
        let t = t.replace("id = \"first_language\"", "id = \"mother_tongue\"");
        format!("{t}\n[[migrations]]\nfrom = \"1.0.0\"\n")
    });
    let e = migrate_steps(&v2, &old_steps(&v1)).expect_err("refused");
    assert!(
        matches!(&e, EngineError::Migration { reason, .. } if reason.contains("first_language")),
        "{e}"
    );
    // No migration from 1.0.0 at all.
    let v3 = version(dir.path(), "3.0.0", |t| t);
    let e = migrate_steps(&v3, &old_steps(&v1)).expect_err("refused");
    assert!(
        e.to_string()
            .contains("declares no migration from version 1.0.0"),
        "{e}"
    );
}
