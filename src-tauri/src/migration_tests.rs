//! Pack versions never break an interview: an interview begun on version 1.0.0 resumes on
//! 2.0.0 by the migration 2.0.0 declares once 1.0.0 is gone (a renamed question keeps its
//! answer), finishes there, and its outcome names 2.0.0; without a migration it is refused
//! and nothing is written.

use crate::interview_dto::{ActionDto, AnswerDto, InterviewStatus, Screen};
use crate::packs::tests::{copy_dir, set_version};
use crate::packs::PackSources;
use crate::shell::{Shell, ShellConfig};
use crate::test_support::set_up;
use std::path::Path;
use std::time::Duration;

const PASS: &str = "blue kettle sings";

fn shell_over(data: &Path, packs: &Path) -> Shell {
    let s = Shell::new(ShellConfig {
        data_dir: data.to_path_buf(),
        vault: harbour_vault::VaultOptions {
            kdf: harbour_vault::KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: Duration::from_secs(300),
        packs: PackSources {
            shipped: Some(packs.to_path_buf()),
            checked: Vec::new(),
            include_test_packs: false,
        },
    });
    assert!(s.packs.wait_ready(Duration::from_secs(60)));
    s
}

/// The test pack at `version` in `dir/<folder>`; for 2.0.0, `first_language` is renamed
/// `mother_tongue`, with the migration from 1.0.0 when `migrate` is set.
fn pack(dir: &Path, folder: &str, version: &str, migrate: bool) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires/_test-all-kinds");
    let p = dir.join(folder);
    copy_dir(&repo, &p);
    set_version(&p, version);
    if version != "1.0.0" {
        let toml = p.join("questionnaire.toml");
        let mut text = std::fs::read_to_string(&toml)
            .expect("read")
            .replace("id = \"first_language\"", "id = \"mother_tongue\"");
        if migrate {
            text.push_str(
                "\n[[migrations]]\nfrom = \"1.0.0\"\nrenamed = { first_language = \"mother_tongue\" }\n",
            );
        }
        std::fs::write(&toml, text).expect("write");
    }
}

fn answer(s: &Shell, value: AnswerDto) -> crate::interview_dto::InterviewView {
    s.interview_act(ActionDto::Answer { value }, "en")
        .expect("answer")
}

/// Begin on 1.0.0: consent, skip dob, a nationality and a first language; leave.
fn begin_on_1_0_0(data: &Path, root: &Path) -> String {
    let v1 = root.join("v1");
    pack(&v1, "tak", "1.0.0", false);
    let s = shell_over(data, &v1);
    set_up(&s, "", PASS);
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let case = v.case_id.clone();
    answer(&s, AnswerDto::Yes);
    s.interview_act(ActionDto::Skip, "en").expect("skip dob");
    answer(&s, AnswerDto::Country("SY".into()));
    let v = answer(&s, AnswerDto::Language("ar".into()));
    assert_eq!(v.question.expect("question").id, "people_travelling");
    s.leave_interview().expect("leave");
    s.lock();
    case
}

#[test]
fn an_interview_moves_to_a_new_version_by_its_declared_migration_and_keeps_every_answer() {
    let root = tempfile::tempdir().expect("tmp");
    let data = root.path().join("data");
    let case = begin_on_1_0_0(&data, root.path());

    // Only 2.0.0 is installed now.
    let v2 = root.path().join("v2");
    pack(&v2, "tak", "2.0.0", true);
    let s = shell_over(&data, &v2);
    s.unlock(PASS.into()).expect("unlock");
    let v = s.resume_interview(&case, "en").expect("resume on 2.0.0");
    assert_eq!(v.screen, Screen::Question);
    assert_eq!(
        v.question.as_ref().expect("question").id,
        "people_travelling",
        "it continues where it stopped"
    );
    // Left and resumed again: the new session replays on 2.0.0, no second migration.
    s.leave_interview().expect("leave");
    let v = s.resume_interview(&case, "en").expect("resume again");
    assert_eq!(v.status, InterviewStatus::Paused, "left, so paused");
    let v = s.interview_act(ActionDto::Resume, "en").expect("resume");
    assert_eq!(v.question.expect("question").id, "people_travelling");
    let sessions = s.with_vault(|v| v.sessions(&case)).expect("sessions");
    assert_eq!(sessions.len(), 2, "the 1.0.0 session kept, one on 2.0.0");
    assert_eq!(sessions[1].questionnaire_version, "2.0.0");
    // The moved answers were written with the new session in one transaction
    // (`start_session_with_steps`), numbered from 1 without a gap, before later steps.
    let steps = s.with_vault(|v| v.steps(&sessions[1].id)).expect("steps");
    let seqs: Vec<i64> = steps.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>());
    assert!(
        steps.iter().filter(|r| r.kind == "respond").count() >= 2,
        "the migrated answers are in the new session: {seqs:?}"
    );
    let v = s.interview_act(ActionDto::Back, "en").expect("back");
    let q = v.question.expect("question");
    assert_eq!(q.id, "mother_tongue", "the renamed question");
    assert_eq!(
        q.given.and_then(|g| g.value),
        Some(AnswerDto::Language("ar".into())),
        "its answer moved with it"
    );
    let v = s.interview_act(ActionDto::Back, "en").expect("back");
    assert_eq!(
        v.question.expect("question").given.and_then(|g| g.value),
        Some(AnswerDto::Country("SY".into()))
    );
    let mut v = s.interview_act(ActionDto::Forward, "en").expect("forward");
    for _ in 0..60 {
        if v.screen == Screen::Finished {
            break;
        }
        v = if v.screen == Screen::Signpost {
            s.interview_act(ActionDto::ContinueSection, "en")
        } else if v.question.as_ref().is_some_and(|q| q.given.is_some()) {
            s.interview_act(ActionDto::Forward, "en")
        } else {
            s.interview_act(ActionDto::Skip, "en")
        }
        .expect("step");
    }
    assert_eq!(v.screen, Screen::Finished);
    let o = s.case_outcome(&case, "en").expect("outcome");
    assert_eq!(o.questionnaire_id, "test-all-kinds");
    assert_eq!(o.questionnaire_version, "2.0.0");
}

#[test]
fn without_a_declared_migration_the_interview_is_not_moved_and_nothing_is_written() {
    let root = tempfile::tempdir().expect("tmp");
    let data = root.path().join("data");
    let case = begin_on_1_0_0(&data, root.path());
    let v2 = root.path().join("v2");
    pack(&v2, "tak", "2.0.0", false);
    let s = shell_over(&data, &v2);
    s.unlock(PASS.into()).expect("unlock");
    let e = s.resume_interview(&case, "en").expect_err("no migration");
    assert_eq!(e.code, "error-questionnaire-version-missing");
    assert_eq!(e.args.get("version").map(String::as_str), Some("1.0.0"));
    let sessions = s.with_vault(|v| v.sessions(&case)).expect("sessions");
    assert_eq!(sessions.len(), 1, "nothing written");
}
