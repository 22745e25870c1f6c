//! Tests of the interview and outcome in the shell, without a window.
use super::*;
use crate::interview_dto::*;
use crate::test_support::{set_up, shell};
use harbour_vault::StoredAssessment;

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
    set_up(&s, "", "blue kettle sings");
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
    set_up(&s, "", "blue kettle sings");
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
    // The outcome names the questionnaire and the exact version it was answered on.
    let pack = s.packs.find("test-all-kinds", None).expect("pack");
    assert_eq!(o.questionnaire_id, "test-all-kinds");
    assert_eq!(o.questionnaire_version, pack.q.version());
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
    // The preview shows today's outcome beside the stored one, and stores nothing.
    let preview = s.reassess_preview(&case, "en").expect("preview");
    assert_eq!(preview.rules_version, harbour_rules::RULES_VERSION);
    assert!(preview.flags.iter().any(|f| f.id == "urgent_safety"));
    let still = s.case_outcome(&case, "en").expect("outcome");
    assert!(still.differs_today, "a preview stores nothing");
    assert_eq!(still.rules_version, "2026.11-4");
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

/// What a case left in the vault, comparable across two cases: each step (its kind,
/// question, language and payload, without the start time) and each audit event of the
/// case (name and detail), then its status and outcome.
fn trace(s: &Shell, case_id: &str) -> (Vec<String>, Vec<String>, String, Option<String>) {
    s.with_vault(|v| {
        let session = v.sessions(case_id)?.pop().expect("a session");
        let steps = v
            .steps(&session.id)?
            .into_iter()
            .map(|r| {
                let mut payload: serde_json::Value =
                    serde_json::from_str(&r.payload).expect("step json");
                if let Some(o) = payload.as_object_mut() {
                    o.remove("at");
                }
                format!("{} {:?} {:?} {payload}", r.kind, r.question_id, r.language)
            })
            .collect();
        let audit = v
            .audit_log()?
            .into_iter()
            .filter(|e| e.case_id.as_deref() == Some(case_id))
            .map(|e| format!("{} {:?}", e.event, e.detail))
            .collect();
        let status = v.case(case_id)?.status.as_str().to_string();
        let outcome = v.assessment(case_id)?.map(|a| a.outcome);
        Ok((steps, audit, status, outcome))
    })
    .expect("read the vault")
}

/// Drive the shell as an interviewer would, with the same responses as `answers`: enter a
/// section when any of its questions has one, skip the others.
fn through_the_app(s: &Shell, answers: &[(&str, AnswerDto)]) -> String {
    let mut v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let case = v.case_id.clone();
    for _ in 0..40 {
        let action = match (&v.screen, &v.question) {
            (Screen::Finished | Screen::ConsentRefused, _) => break,
            (Screen::Signpost, _) => {
                let section = v.section.as_ref().map(|x| x.id.clone()).unwrap_or_default();
                let q = &s.packs.find("test-all-kinds", None).expect("pack").q;
                let wanted = q
                    .sections()
                    .iter()
                    .find(|x| x.id == section)
                    .is_some_and(|x| {
                        q.questions()[x.questions.clone()]
                            .iter()
                            .any(|qq| answers.iter().any(|(id, _)| *id == qq.id))
                    });
                if wanted {
                    ActionDto::ContinueSection
                } else {
                    ActionDto::SkipSection
                }
            }
            (_, Some(q)) => match answers.iter().find(|(id, _)| *id == q.id) {
                Some((_, a)) => ActionDto::Answer { value: a.clone() },
                None => ActionDto::Skip,
            },
            (_, None) => panic!("a question screen without a question"),
        };
        v = s.interview_act(action, "en").expect("step");
    }
    s.leave_interview().expect("leave");
    case
}

/// The same responses recorded as `harbour record` records an answers file.
fn through_record(s: &Shell, answers: &[(&str, harbour_questionnaire::Response)]) -> String {
    let pack = s.packs.find("test-all-kinds", None).expect("pack");
    let q = &pack.q;
    let answers: Vec<(String, harbour_questionnaire::Response)> = answers
        .iter()
        .map(|(id, r)| (id.to_string(), r.clone()))
        .collect();
    let now = Utc::now();
    s.with_session_vault(|v| harbour_core::InterviewSession::record(v, q, &answers, "en", now, now))
        .expect("record")
        .case()
        .id
        .clone()
}

#[test]
fn the_app_and_harbour_record_store_the_same_rows_and_audit_the_same_events() {
    use harbour_questionnaire::{AnswerValue, PartialDate, Response};
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "", "blue kettle sings");
    let yes = |id| (id, AnswerDto::Yes, Response::Answer(AnswerValue::Yes));
    let cases = [
        // A whole interview: a child, work taken as a reason, immediate danger (urgent).
        vec![
            yes("consent"),
            (
                "dob",
                AnswerDto::Date("2011".into()),
                Response::Answer(AnswerValue::Date(PartialDate::parse("2011").expect("date"))),
            ),
            (
                "reason_for_leaving",
                AnswerDto::Choice("work".into()),
                Response::Answer(AnswerValue::Choice("work".into())),
            ),
            (
                "work_conditions",
                AnswerDto::Choices(vec!["no_pay".into(), "documents_taken".into()]),
                Response::Answer(AnswerValue::Choices(vec![
                    "no_pay".into(),
                    "documents_taken".into(),
                ])),
            ),
            yes("in_danger_now"),
        ],
        // Consent refused: only the refusal is kept, and it is audited by both.
        vec![("consent", AnswerDto::No, Response::Answer(AnswerValue::No))],
    ];
    for answers in cases {
        let app: Vec<(&str, AnswerDto)> = answers.iter().map(|(i, a, _)| (*i, a.clone())).collect();
        let rec: Vec<(&str, Response)> = answers.iter().map(|(i, _, r)| (*i, r.clone())).collect();
        let by_app = trace(&s, &through_the_app(&s, &app));
        let by_record = trace(&s, &through_record(&s, &rec));
        assert_eq!(by_app.0, by_record.0, "the same steps");
        assert_eq!(by_app.1, by_record.1, "the same audit events");
        assert_eq!(by_app.2, by_record.2, "the same status");
        assert_eq!(by_app.3, by_record.3, "the same outcome");
        assert!(!by_app.1.is_empty());
    }
    // The events that tell a supervisor what happened are there in both.
    let log = s.with_vault(|v| v.audit_log()).expect("log");
    let count = |name: &str| log.iter().filter(|e| e.event == name).count();
    assert_eq!(count("interview.consent_refused"), 2, "{log:?}");
    assert_eq!(count("interview.urgent_safety"), 2, "{log:?}");
    assert_eq!(count("interview.finished"), 2, "{log:?}");
}

fn unlocked_shell(dir: &std::path::Path) -> Shell {
    let s = shell(dir);
    set_up(&s, "", "blue kettle sings");
    s
}

fn answer(s: &Shell, value: AnswerDto) -> InterviewView {
    s.interview_act(ActionDto::Answer { value }, "en")
        .expect("answer")
}

/// Skip until the question `id` (continuing into sections), or panic.
fn skip_to(s: &Shell, mut v: InterviewView, id: &str) -> InterviewView {
    for _ in 0..30 {
        if v.question.as_ref().is_some_and(|q| q.id == id) {
            return v;
        }
        v = if v.screen == Screen::Signpost {
            s.interview_act(ActionDto::ContinueSection, "en")
        } else {
            s.interview_act(ActionDto::Skip, "en")
        }
        .expect("step");
    }
    panic!("never reached {id}");
}

#[test]
fn notes_are_kept_per_question_and_per_case_worded_in_the_staff_language_and_go_with_a_withdrawal()
{
    let dir = tempfile::tempdir().expect("tmp");
    let s = unlocked_shell(dir.path());
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let case = v.case_id.clone();
    s.save_note(&case, Some("consent"), "checked understanding twice")
        .expect("note");
    s.save_note(&case, None, "companion waited outside")
        .expect("case note");
    let notes = s.case_notes(&case, "fr").expect("notes");
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].question_id, None);
    assert_eq!(notes[0].text, "companion waited outside");
    assert_eq!(notes[1].question_id.as_deref(), Some("consent"));
    let q = notes[1].question.as_deref().expect("question text");
    assert!(
        !q.is_empty() && q != "consent",
        "the question is worded, not an id: {q}"
    );
    s.save_note(&case, Some("consent"), "").expect("blank");
    assert_eq!(s.case_notes(&case, "en").expect("notes").len(), 1);
    let too_long = "x".repeat(crate::notes::NOTE_MAX_CHARS + 1);
    let err = s.save_note(&case, None, &too_long).expect_err("too long");
    assert_eq!(err.code, "error-note-too-long");
    assert_eq!(
        s.case_notes(&case, "en").expect("notes")[0].text,
        "companion waited outside",
        "a refused note leaves the old one"
    );
    s.withdraw_case(&case).expect("withdraw");
    assert!(
        s.case_notes(&case, "en").is_err(),
        "the case and its notes are gone"
    );
}

#[test]
fn none_of_these_is_an_answer_that_says_no_to_every_option_of_a_list_read_in_full() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = unlocked_shell(dir.path());
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let case = v.case_id.clone();
    let v = answer(&s, AnswerDto::Yes);
    let v = skip_to(&s, v, "reason_for_leaving");
    let q = v.question.as_ref().expect("question");
    assert!(
        q.options_not_suggested,
        "its guidance says not to suggest answers: the options go to the interviewer"
    );
    let v = answer(&s, AnswerDto::Choice("work".into()));
    let q = v.question.as_ref().expect("question");
    assert_eq!(q.id, "work_conditions");
    assert!(!q.options_not_suggested, "a list read in full");
    answer(&s, AnswerDto::Choices(vec![]));
    // Back to it: the empty list is the answer given, not a skip.
    let back = s.interview_act(ActionDto::Back, "en").expect("back");
    let given = back
        .question
        .as_ref()
        .and_then(|q| q.given.clone())
        .expect("given");
    assert_eq!(given.state, GivenState::Answered);
    assert_eq!(given.value, Some(AnswerDto::Choices(vec![])));
    let v = s.interview_act(ActionDto::Forward, "en").expect("forward");
    let v = skip_to(&s, v, "anything_else");
    s.interview_act(ActionDto::Skip, "en").expect("end");
    assert_eq!(v.case_id, case);
    let o = s.case_outcome(&case, "en").expect("outcome");
    let answers: Vec<_> = o
        .reasons
        .iter()
        .flat_map(|r| r.answers.iter())
        .filter(|a| a.question_id == "work_conditions")
        .collect();
    assert!(
        answers.iter().all(|a| a.answer == "none of these"),
        "{answers:?}"
    );
    let stored = s
        .with_vault(|v| v.assessment(&case))
        .expect("read")
        .expect("stored");
    let a = harbour_rules::Assessment::decode(&stored.outcome, &stored.inputs).expect("decode");
    for code in [
        "ilo2012.withholding_of_wages",
        "ilo2012.restriction_of_movement",
        "ilo2012.retention_of_documents",
    ] {
        let o = a
            .inputs
            .evidence
            .iter()
            .find(|o| o.code == code)
            .unwrap_or_else(|| panic!("{code} observed"));
        assert_eq!(
            o.observation,
            harbour_rules::Observation::Absent,
            "{code}: none of these is no to every option"
        );
    }
}
