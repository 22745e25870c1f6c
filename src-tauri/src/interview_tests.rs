//! Tests of the interview and outcome in the shell, without a window.
use super::*;
use crate::interview_dto::*;
use harbour_vault::StoredAssessment;
use std::path::Path;

fn shell(data: &Path) -> Shell {
    Shell::new(crate::shell::ShellConfig {
        data_dir: data.to_path_buf(),
        vault: harbour_vault::VaultOptions {
            kdf: harbour_vault::KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: std::time::Duration::from_secs(300),
        questionnaires_dir: Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires")),
        include_test_packs: true,
    })
}

/// The question on screen, or the screen's name.
fn current(v: &InterviewView) -> String {
    match &v.question {
        Some(q) => q.id.clone(),
        None => serde_json::to_value(v.screen)
            .ok()
            .and_then(|j| j.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}

#[test]
fn an_interview_is_saved_step_by_step_and_a_new_shell_resumes_it_exactly() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    s.create_vault(crate::dto::CreateVaultRequest {
        passphrase: "blue kettle sings".into(),
        confirmation: "blue kettle sings".into(),
    })
    .expect("create");
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    assert_eq!(current(&v), "consent");
    let v = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::Yes,
            },
            "en",
        )
        .expect("consent");
    assert_eq!(current(&v), "dob");
    s.interview_act(
        ActionDto::Answer {
            value: AnswerDto::Date("2011".into()),
        },
        "en",
    )
    .expect("dob");
    let v = s
        .interview_act(
            ActionDto::SwitchLanguage {
                language: "ar".into(),
            },
            "en",
        )
        .expect("switch");
    assert_eq!(v.direction, crate::dto::Direction::Rtl);
    assert_eq!(
        v.question.as_ref().map(|q| q.text.staff.is_empty()),
        Some(false)
    );
    let case_id = v.case_id.clone();
    let at = current(&v).to_string();
    // A bad date is refused with a translated code, and nothing moves.
    let err = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::Date("last spring".into()),
            },
            "en",
        )
        .expect_err("bad date");
    assert!(err.code.starts_with("error-"), "{}", err.code);
    drop(s);

    let s = shell(dir.path());
    s.unlock("blue kettle sings".into()).expect("unlock");
    let v = s.resume_interview(&case_id, "en").expect("resume");
    assert_eq!(current(&v), at, "resumes exactly where it stopped");
    assert_eq!(v.language, "ar", "the language switch was saved too");
    let v = s.interview_act(ActionDto::Back, "en").expect("back");
    assert_eq!(current(&v), "dob");
    let given = v.question.and_then(|q| q.given).expect("dob answered");
    assert_eq!(given.value, Some(AnswerDto::Date("2011".into())));
    assert_eq!(
        given.language, "en",
        "each answer keeps the language it was given in"
    );
}

#[test]
fn finishing_stores_an_outcome_and_refusing_consent_stores_only_the_refusal() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    s.create_vault(crate::dto::CreateVaultRequest {
        passphrase: "blue kettle sings".into(),
        confirmation: "blue kettle sings".into(),
    })
    .expect("create");
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let refused_case = v.case_id.clone();
    let v = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::No,
            },
            "en",
        )
        .expect("refuse");
    assert_eq!(v.screen, Screen::ConsentRefused);
    assert!(
        s.case_outcome(&refused_case, "en").is_err(),
        "no outcome for a refusal"
    );
    s.leave_interview().expect("leave");

    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let case = v.case_id.clone();
    let mut v = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::Yes,
            },
            "en",
        )
        .expect("consent");
    for _ in 0..20 {
        if v.screen == Screen::Finished {
            break;
        }
        v = if v.screen == Screen::Signpost {
            s.interview_act(ActionDto::ContinueSection, "en")
        } else if v.question.as_ref().is_some_and(|q| q.id == "in_danger_now") {
            s.interview_act(
                ActionDto::Answer {
                    value: AnswerDto::Yes,
                },
                "en",
            )
        } else {
            s.interview_act(ActionDto::Skip, "en")
        }
        .expect("step");
    }
    assert_eq!(v.screen, Screen::Finished);
    assert!(
        v.urgent,
        "a yes to immediate danger raises the urgent notice"
    );
    let o = s.case_outcome(&case, "en").expect("outcome");
    assert!(o.flags.iter().any(|f| f.id == "urgent_safety"));
    assert!(!o.differs_today);
    let reason = o
        .reasons
        .iter()
        .find(|r| r.about == "flag.urgent_safety")
        .expect("a reason");
    assert!(reason
        .answers
        .iter()
        .any(|a| a.question_id == "in_danger_now" && a.answer == "yes"));
    // As if an older rule set had stored this outcome: without urgent safety, under an
    // older version. The screen says today's rules differ; re-assessing from the stored
    // inputs brings back today's outcome, and the answers stay as they were.
    let stored = s
        .with_vault(|v| v.assessment(&case))
        .expect("read")
        .expect("stored");
    let mut old: harbour_rules::Outcome =
        serde_json::from_str(&stored.outcome).expect("outcome json");
    old.rules_version = "2026.11-4".into();
    old.flags.urgent_safety = false;
    s.with_vault(|v| {
        v.save_assessment(
            &case,
            &StoredAssessment {
                rules_version: old.rules_version.clone(),
                outcome: serde_json::to_string(&old).expect("json"),
                ..stored.clone()
            },
            Utc::now(),
        )
    })
    .expect("store the old outcome");
    let before = s.case_outcome(&case, "en").expect("outcome");
    assert!(before.differs_today);
    assert_eq!(before.rules_version, "2026.11-4");
    assert!(!before.flags.iter().any(|f| f.id == "urgent_safety"));
    let after = s.reassess_case(&case, "en").expect("reassess");
    assert!(!after.differs_today);
    assert_eq!(after.rules_version, harbour_rules::RULES_VERSION);
    assert!(after.flags.iter().any(|f| f.id == "urgent_safety"));
    let again = s
        .with_vault(|v| v.assessment(&case))
        .expect("read")
        .expect("stored");
    assert_eq!(
        again.inputs, stored.inputs,
        "the inputs are kept as they were"
    );
    assert_eq!(again.rules_version, harbour_rules::RULES_VERSION);
    let cases = s.list_cases().expect("cases");
    let statuses: Vec<_> = cases.iter().map(|c| c.status).collect();
    use crate::dto::CaseStatusDto;
    assert!(
        statuses.contains(&CaseStatusDto::Finished)
            && statuses.contains(&CaseStatusDto::ConsentRefused),
        "{statuses:?}"
    );
}
