//! Staff and roles: the unlocked vault knows who is acting, and checks every call.

use harbour_vault::{
    CaseStatus, NewStep, Passphrase, Role, StoredAssessment, Vault, VaultError, VaultOptions,
};
use std::path::{Path, PathBuf};

mod common;
use common::now;

const SAM: &str = "blue kettle sings at dawn";
const AMINA: &str = "amina walks the long road home";
const BORIS: &str = "boris counts the quiet stars";

fn opts() -> VaultOptions {
    common::opts_as("Sam")
}

fn unlock(path: &Path, pass: &str) -> Vault {
    Vault::unlock(path, &Passphrase::new(pass), now(), &opts()).expect("unlock")
}

struct Team {
    _dir: tempfile::TempDir,
    path: PathBuf,
    sam: String,
    amina: String,
    boris: String,
}

/// Sam (supervisor) sets up; Amina and Boris are interviewers.
fn team() -> Team {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(SAM), now(), &opts()).expect("create");
    let sam = v.acting().id.clone();
    let amina = v
        .add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("amina")
        .id;
    let boris = v
        .add_staff("Boris", Role::Interviewer, &Passphrase::new(BORIS), now())
        .expect("boris")
        .id;
    v.lock(now()).expect("lock");
    Team {
        _dir: dir,
        path,
        sam,
        amina,
        boris,
    }
}

/// A case with a session, one answer and an outcome, made by whoever unlocks with `pass`.
fn case_by(path: &Path, pass: &str) -> (String, String) {
    let mut v = unlock(path, pass);
    let c = v.create_case(now()).expect("case");
    let s = v
        .start_session(&c.id, "test", "1.0.0", now())
        .expect("session");
    v.append_step(
        &s.id,
        NewStep {
            kind: "answer",
            question_id: Some("q1"),
            language: Some("en"),
            payload: r#"{"answer":"yes"}"#,
        },
        now(),
    )
    .expect("answer");
    v.finish_case(&c.id, &assessment(), now()).expect("finish");
    v.lock(now()).expect("lock");
    (c.id, s.id)
}

fn assessment() -> StoredAssessment {
    StoredAssessment {
        rules_version: "test".into(),
        assessed_at: now().to_rfc3339(),
        outcome: "{}".into(),
        inputs: "{}".into(),
    }
}

fn not_allowed<T: std::fmt::Debug>(r: harbour_vault::Result<T>, what: &str) {
    match r {
        Err(e @ VaultError::NotAllowed { .. }) => {
            assert_eq!(e.code(), "error-vault-not-allowed", "{what}");
        }
        other => panic!("{what}: expected NotAllowed, got {other:?}"),
    }
}

#[test]
fn the_first_person_to_set_up_is_the_first_supervisor() {
    let t = team();
    let v = unlock(&t.path, SAM);
    assert_eq!(v.acting().id, t.sam);
    assert!(v.acting().is_supervisor());
    let staff = v.list_staff().expect("staff");
    assert_eq!(staff.len(), 3);
    assert_eq!(staff[0].display_name, "Sam");
    assert_eq!(staff[0].role, Role::Supervisor);
}

#[test]
fn an_interviewer_sees_only_their_own_cases_and_a_supervisor_sees_all() {
    let t = team();
    let (a_case, _) = case_by(&t.path, AMINA);
    let (b_case, _) = case_by(&t.path, BORIS);
    let ids = |pass: &str| -> Vec<String> {
        unlock(&t.path, pass)
            .list_cases()
            .expect("list")
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(ids(AMINA), vec![a_case.clone()]);
    assert_eq!(ids(BORIS), vec![b_case.clone()]);
    let all = ids(SAM);
    assert!(all.contains(&a_case) && all.contains(&b_case));
}

#[test]
fn an_interviewer_cannot_reach_another_interviewers_case_by_any_call() {
    let t = team();
    let (case, session) = case_by(&t.path, AMINA);
    let mut b = unlock(&t.path, BORIS);
    not_allowed(b.case(&case), "case");
    not_allowed(b.sessions(&case), "sessions");
    not_allowed(b.steps(&session), "steps (answers)");
    not_allowed(b.assessment(&case), "assessment (outcome)");
    not_allowed(b.case_audit(&case), "case audit");
    not_allowed(b.case_owner(&case), "case owner");
    not_allowed(b.case_import(&case), "case import");
    not_allowed(
        b.start_session(&case, "test", "1.0.0", now()),
        "resume (new session)",
    );
    not_allowed(
        b.append_step(
            &session,
            NewStep {
                kind: "answer",
                question_id: Some("q2"),
                language: Some("en"),
                payload: "{}",
            },
            now(),
        ),
        "append step",
    );
    not_allowed(
        b.set_case_status(&case, CaseStatus::InProgress, now()),
        "set status",
    );
    not_allowed(
        b.save_assessment(&case, &assessment(), now()),
        "save outcome",
    );
    not_allowed(b.finish_case(&case, &assessment(), now()), "finish");
    not_allowed(b.withdraw_case(&case, now()), "withdraw");
    not_allowed(
        b.mark_exported(std::slice::from_ref(&case), now()),
        "export",
    );
    not_allowed(b.purge_cases(std::slice::from_ref(&case), now()), "purge");
    not_allowed(b.import_cases(&[], now()), "import");
    not_allowed(b.imports_of_origin(&case), "imports");
    not_allowed(
        b.hand_over_case(&case, &t.boris, now()),
        "hand over to self",
    );
    not_allowed(b.audit_log(), "whole audit log");
    not_allowed(b.list_staff(), "list staff");
    not_allowed(
        b.add_staff(
            "Eve",
            Role::Supervisor,
            &Passphrase::new("eve wants to be boss"),
            now(),
        ),
        "add staff",
    );
    not_allowed(b.remove_staff(&t.amina, now()), "remove staff");
    not_allowed(b.set_setting("auto_lock_minutes", "99", now()), "settings");
    not_allowed(
        b.audit(
            harbour_vault::AuditEvent::InterviewPaused,
            Some(&case),
            now(),
        ),
        "an event on the case",
    );
    b.lock(now()).expect("lock");
    // Nothing changed, and Amina still has everything.
    let a = unlock(&t.path, AMINA);
    assert_eq!(a.case(&case).expect("case").status, CaseStatus::Finished);
    assert_eq!(a.steps(&session).expect("steps").len(), 1);
    a.lock(now()).expect("lock");
    // A supervisor reaches the same case through the same calls.
    let mut s = unlock(&t.path, SAM);
    s.case(&case).expect("supervisor: case");
    s.steps(&session).expect("supervisor: answers");
    s.assessment(&case).expect("supervisor: outcome");
    s.case_audit(&case).expect("supervisor: audit trail");
    s.start_session(&case, "test", "1.0.0", now())
        .expect("supervisor: resume");
    s.withdraw_case(&case, now()).expect("supervisor: withdraw");
}

#[test]
fn a_supervisor_hands_a_case_over_and_the_new_interviewer_resumes_it() {
    let t = team();
    let (case, _) = case_by(&t.path, AMINA);
    let mut s = unlock(&t.path, SAM);
    s.hand_over_case(&case, &t.boris, now()).expect("hand over");
    s.lock(now()).expect("lock");
    let mut b = unlock(&t.path, BORIS);
    assert_eq!(b.list_cases().expect("list").len(), 1);
    b.start_session(&case, "test", "1.0.0", now())
        .expect("boris resumes");
    b.lock(now()).expect("lock");
    let a = unlock(&t.path, AMINA);
    assert!(a.list_cases().expect("list").is_empty());
    not_allowed(a.case(&case), "the previous owner");
    let s = unlock(&t.path, SAM);
    assert!(s
        .case_audit(&case)
        .expect("audit")
        .iter()
        .any(|e| e.event == "case.handed_over" && e.actor == t.sam));
}

#[test]
fn removing_a_person_destroys_their_slot_and_keeps_their_cases() {
    let t = team();
    let (case, _) = case_by(&t.path, AMINA);
    let mut s = unlock(&t.path, SAM);
    s.remove_staff(&t.amina, now()).expect("remove");
    assert!(s.case(&case).is_ok(), "the case stays");
    let listed = s.list_staff().expect("staff");
    let amina = listed
        .iter()
        .find(|m| m.id == t.amina)
        .expect("still listed");
    assert!(amina.removed_at.is_some());
    assert!(matches!(
        s.remove_staff(&t.sam, now()),
        Err(VaultError::NotAllowed { .. })
    ));
    s.lock(now()).expect("lock");
    assert!(matches!(
        Vault::unlock(&t.path, &Passphrase::new(AMINA), now(), &opts()),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(harbour_vault::key_path(&t.path)).expect("key"),
    )
    .expect("json");
    assert_eq!(json["slots"].as_array().expect("slots").len(), 2);
}

#[test]
fn the_last_supervisor_cannot_be_removed() {
    let t = team();
    let mut s = unlock(&t.path, SAM);
    let other = s
        .add_staff(
            "Second supervisor",
            Role::Supervisor,
            &Passphrase::new("second supervisor phrase"),
            now(),
        )
        .expect("add");
    s.remove_staff(&other.id, now()).expect("one of two may go");
    assert!(matches!(
        s.remove_staff(&t.sam, now()),
        Err(VaultError::NotAllowed { .. })
    ));
    s.lock(now()).expect("lock");
    let mut o = Vault::unlock(
        &t.path,
        &Passphrase::new("second supervisor phrase"),
        now(),
        &opts(),
    );
    assert!(o.is_err(), "the removed supervisor cannot unlock");
    let _ = o.as_mut();
}

#[test]
fn every_audit_row_names_the_acting_staff_id_never_a_name() {
    let t = team();
    let (case, session) = case_by(&t.path, AMINA);
    // Sam reads Amina's outcome and answers: audited under Sam's id.
    let s = unlock(&t.path, SAM);
    s.assessment(&case).expect("outcome");
    s.steps(&session).expect("answers");
    s.lock(now()).expect("lock");
    let s = unlock(&t.path, SAM);
    let log = s.audit_log().expect("audit");
    let ids = [t.sam.as_str(), t.amina.as_str(), t.boris.as_str()];
    for e in &log {
        assert!(ids.contains(&e.actor.as_str()), "row names {:?}", e.actor);
        for name in ["Sam", "Amina", "Boris"] {
            assert!(!e.actor.contains(name));
            assert!(!e.detail.clone().unwrap_or_default().contains(name));
        }
    }
    let by = |event: &str, actor: &str| {
        log.iter()
            .filter(|e| e.event == event && e.actor == actor && e.case_id.as_deref() == Some(&case))
            .count()
    };
    assert_eq!(by("case.created", &t.amina), 1);
    assert_eq!(
        by("case.outcome_viewed", &t.sam),
        1,
        "read once, audited once"
    );
    assert_eq!(by("case.answers_viewed", &t.sam), 1);
    assert!(log
        .iter()
        .any(|e| e.event == "staff.added" && e.detail.as_deref() == Some("role=interviewer")));
}

#[test]
fn reads_of_a_withdrawn_case_are_unlinked_with_it() {
    let t = team();
    let (case, _) = case_by(&t.path, AMINA);
    let mut a = unlock(&t.path, AMINA);
    a.assessment(&case).expect("outcome");
    a.withdraw_case(&case, now()).expect("withdraw");
    a.lock(now()).expect("lock");
    let s = unlock(&t.path, SAM);
    assert!(s
        .audit_log()
        .expect("audit")
        .iter()
        .all(|e| e.case_id.as_deref() != Some(case.as_str())));
}

#[test]
fn bulk_reads_are_checked_but_not_audited_case_by_case() {
    let t = team();
    let (case, session) = case_by(&t.path, AMINA);
    let s = unlock(&t.path, SAM);
    s.in_bulk(|v| {
        v.assessment(&case).expect("outcome");
        v.steps(&session).expect("answers");
    });
    s.lock(now()).expect("lock");
    let b = unlock(&t.path, BORIS);
    b.in_bulk(|v| not_allowed(v.assessment(&case), "bulk reads are still checked"));
    b.lock(now()).expect("lock");
    let s = unlock(&t.path, SAM);
    assert!(s
        .audit_log()
        .expect("audit")
        .iter()
        .all(|e| !e.event.ends_with("_viewed")));
}

#[test]
fn a_key_file_restored_from_before_a_removal_does_not_let_the_removed_person_in() {
    let t = team();
    let old_key_file = std::fs::read(harbour_vault::key_path(&t.path)).expect("key");
    let mut s = unlock(&t.path, SAM);
    s.remove_staff(&t.amina, now()).expect("remove");
    s.lock(now()).expect("lock");
    std::fs::write(harbour_vault::key_path(&t.path), &old_key_file).expect("restore");
    not_allowed(
        Vault::unlock(&t.path, &Passphrase::new(AMINA), now(), &opts()),
        "a removed person's old slot",
    );
}

/// Found by the generated-input suite: a vault page put back from an older copy of the file
/// (it decrypts and authenticates, and passes unlock's quick checks) lost the row of the
/// person whose slot opened it, and the vault said "a removed staff member", sending the
/// person to a supervisor. Damage is `Corrupt`: here every page of an older copy is put back
/// in turn, and no unlock is refused as `NotAllowed`.
#[test]
fn a_page_put_back_from_an_older_copy_is_never_taken_for_a_removed_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let fill = |v: &mut Vault, n: usize| {
        for c in 0..n {
            let case = v.create_case(now()).expect("case");
            let s = v
                .start_session(&case.id, "mixed-flows", "1.0.0", now())
                .expect("session");
            for q in 0..4 {
                v.append_step(
                    &s.id,
                    NewStep {
                        kind: "answer",
                        question_id: Some(&format!("q{q}")),
                        language: Some("en"),
                        payload: &format!(r#"{{"answer":{{"text":"case {c} answer {q}"}}}}"#),
                    },
                    now(),
                )
                .expect("step");
            }
        }
    };
    let mut v = Vault::create(&path, &Passphrase::new(SAM), now(), &opts()).expect("create");
    fill(&mut v, 6);
    v.lock(now()).expect("lock");
    let older = std::fs::read(&path).expect("older");
    let mut v = unlock(&path, SAM);
    fill(&mut v, 6);
    let gone = v.list_cases().expect("cases")[0].id.clone();
    v.withdraw_case(&gone, now()).expect("withdraw");
    v.lock(now()).expect("lock");
    let newer = std::fs::read(&path).expect("newer");
    let key_file = std::fs::read(harbour_vault::key_path(&path)).expect("key file");
    const PAGE: usize = 4096;
    let (mut corrupt, mut opened) = (0, 0);
    for page in 0..older.len().min(newer.len()) / PAGE {
        let mut bytes = newer.clone();
        let r = page * PAGE..(page + 1) * PAGE;
        bytes[r.clone()].copy_from_slice(&older[r]);
        std::fs::write(&path, &bytes).expect("write");
        std::fs::write(harbour_vault::key_path(&path), &key_file).expect("key file");
        match Vault::unlock(&path, &Passphrase::new(SAM), now(), &opts()) {
            Ok(v) => {
                opened += 1;
                drop(v);
            }
            Err(VaultError::Corrupt { .. }) => corrupt += 1,
            Err(e) => panic!("page {page} of the older copy: {e:?}"),
        }
    }
    assert!(corrupt > 0, "no page made a difference ({opened} opened)");
}
