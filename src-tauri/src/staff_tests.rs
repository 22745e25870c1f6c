//! Roles are the vault's, not the buttons': every shell command an interviewer could call on
//! another interviewer's case is refused with `error-vault-not-allowed`, and a supervisor's
//! succeeds.

use super::*;
use crate::interview_dto::{ActionDto, AnswerDto, Screen};
use crate::staff_dto::RoleDto;
use crate::test_support::{set_up, shell};
use crate::transfer_dto::ExportRequest;

const SAM: &str = "harbour supervisor sam 1";
const ANA: &str = "harbour interviewer ana 2";
const BEN: &str = "harbour interviewer ben 3";

fn add(s: &Shell, name: &str, role: RoleDto, pass: &str) -> String {
    let all = s
        .add_staff(AddStaffRequest {
            name: name.into(),
            role,
            passphrase: pass.into(),
            confirmation: pass.into(),
        })
        .expect("add staff");
    all.into_iter()
        .find(|m| m.name == name)
        .map(|m| m.id)
        .expect("the new person is listed")
}

fn as_person(s: &Shell, pass: &str) {
    s.lock();
    s.unlock(pass.into()).expect("unlock");
}

/// A finished interview (consent, then everything skipped) and one left in progress.
fn two_cases(s: &Shell) -> (String, String) {
    let mut v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let finished = v.case_id.clone();
    v = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::Yes,
            },
            "en",
        )
        .expect("consent");
    for _ in 0..30 {
        if v.screen == Screen::Finished {
            break;
        }
        let a = if v.screen == Screen::Signpost {
            ActionDto::SkipSection
        } else {
            ActionDto::Skip
        };
        v = s.interview_act(a, "en").expect("step");
    }
    assert_eq!(v.screen, Screen::Finished);
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let open = v.case_id.clone();
    s.leave_interview().expect("leave");
    (finished, open)
}

fn refused<T>(r: Result<T, IpcError>, what: &str) {
    match r {
        Ok(_) => panic!("{what}: an interviewer was allowed on another's case"),
        Err(e) => assert_eq!(e.code, "error-vault-not-allowed", "{what}: {}", e.message),
    }
}

#[test]
fn an_interviewer_cannot_reach_another_interviewers_case_by_any_command() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = tempfile::tempdir().expect("out");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    assert_eq!(
        s.me().map(|m| m.role),
        Some(RoleDto::Supervisor),
        "the first person supervises"
    );
    let sam = s.me().map(|m| m.id).unwrap_or_default();
    // With an organisation key, the vault key is also wrapped to it: recoverable.
    let key = harbour_export::generate_org_key(
        &out.path().join("org"),
        &harbour_export::keys::SecretString::from("org key pass phrase".to_string()),
    )
    .expect("keygen");
    assert!(!s.device().recoverable);
    s.set_org_recipients(key.recipient.clone())
        .expect("install the org key");
    assert!(
        s.device().recoverable,
        "installing the org key makes a recovery slot"
    );
    let ana = add(&s, "Ana", RoleDto::Interviewer, ANA);
    let ben = add(&s, "Ben", RoleDto::Interviewer, BEN);

    as_person(&s, ANA);
    assert_eq!(s.me().map(|m| m.name), Some("Ana".into()));
    let (finished, open) = two_cases(&s);
    assert_eq!(s.list_cases().expect("cases").len(), 2);

    as_person(&s, BEN);
    assert!(
        s.list_cases().expect("cases").is_empty(),
        "Ben sees none of Ana's cases"
    );
    refused(s.resume_interview(&open, "en"), "resume_interview");
    refused(s.case_outcome(&finished, "en"), "case_outcome");
    refused(s.reassess_case(&finished, "en"), "reassess_case");
    refused(s.reassess_preview(&finished, "en"), "reassess_preview");
    refused(s.save_note(&open, None, "Ben's note"), "save_note");
    refused(
        s.save_note(&finished, Some("consent"), "x"),
        "save_note on a question",
    );
    refused(s.case_notes(&finished, "en"), "case_notes");
    refused(
        s.referral_summary(crate::transfer_dto::SummaryRequest {
            case_id: finished.clone(),
            referral: "medical".into(),
            lang: "en".into(),
            folder: out.path().display().to_string(),
            with_reference: false,
        }),
        "referral_summary",
    );
    refused(s.case_outside_copies(&finished), "case_outside_copies");
    refused(s.withdraw_case(&finished), "withdraw_case");
    refused(s.withdraw_case(&open), "withdraw_case (in progress)");
    refused(s.hand_over_case(&open, &ben), "hand_over_case");
    refused(
        s.export_cases(ExportRequest {
            all_finished: false,
            case_ids: vec![finished.clone()],
            folder: out.path().display().to_string(),
        }),
        "export_cases",
    );
    refused(s.list_staff(), "list_staff");
    refused(s.remove_staff(&ana), "remove_staff");
    refused(
        s.add_staff(AddStaffRequest {
            name: "Eve".into(),
            role: RoleDto::Supervisor,
            passphrase: "eve wants to be boss 9".into(),
            confirmation: "eve wants to be boss 9".into(),
        }),
        "add_staff",
    );
    refused(s.set_wipe_policy(Some(3), false), "set_wipe_policy");
    refused(
        s.wipe_device(harbour_vault::WIPE_CONFIRMATION),
        "wipe_device",
    );
    refused(s.set_retention("purge"), "set_retention");
    refused(
        s.set_org_recipients(key.recipient.clone()),
        "set_org_recipients",
    );
    let written: Vec<_> = std::fs::read_dir(out.path())
        .expect("out")
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != "org.pub" && n != "org.key" && n != "org")
        .collect();
    assert!(
        written.is_empty(),
        "nothing was written for Ben: {written:?}"
    );

    // The supervisor reaches both, sees whose they are, and hands one to Ben.
    as_person(&s, SAM);
    let cases = s.list_cases().expect("cases");
    assert_eq!(cases.len(), 2);
    assert!(
        cases.iter().all(|c| c.owner.as_deref() == Some("Ana")),
        "{cases:?}"
    );
    s.case_outcome(&finished, "en")
        .expect("a supervisor opens the outcome");
    s.hand_over_case(&open, &ben).expect("hand over");
    as_person(&s, BEN);
    let mine = s.list_cases().expect("cases");
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].id, open);
    s.resume_interview(&open, "en")
        .expect("Ben resumes the case handed to him");
    s.leave_interview().expect("leave");

    // The audit names who did what, by id, never by name.
    as_person(&s, SAM);
    let log = s.with_vault(|v| v.audit_log()).expect("log");
    assert!(log
        .iter()
        .any(|e| e.actor == ana && e.event == "interview.finished"));
    assert!(
        log.iter()
            .any(|e| e.actor == ben && e.event == "case.answers_viewed"),
        "reading a case is audited, by the reader's id"
    );
    assert!(log
        .iter()
        .any(|e| e.actor == sam && e.event == "case.handed_over"));
    assert!(log
        .iter()
        .all(|e| !e.actor.contains("Ana") && !e.actor.contains("Ben")));
}

#[test]
fn a_supervisor_sets_the_wipe_policy_and_wipes_the_device_with_the_typed_words() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    assert!(
        !s.device().recoverable,
        "no organisation key: not recoverable"
    );
    let d = s.set_wipe_policy(Some(5), true).expect("policy");
    assert_eq!((d.wipe_after, d.keep_recovery), (Some(5), true));
    assert_eq!(
        s.status().device.wipe_after,
        Some(5),
        "readable before unlock too"
    );
    let wrong = s.wipe_device("wipe").expect_err("not the words");
    assert_eq!(wrong.code, "error-vault-wipe-not-confirmed");
    assert!(s.status().unlocked, "a refused wipe changes nothing");
    s.wipe_device(harbour_vault::WIPE_CONFIRMATION)
        .expect("wipe");
    let st = s.status();
    assert!(!st.unlocked && !st.vault_exists, "back to the first screen");
    assert!(s.unlock(SAM.into()).is_err(), "nothing opens any more");
}
