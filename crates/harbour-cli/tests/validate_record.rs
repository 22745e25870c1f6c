//! `harbour validate` and `harbour record` end to end.

use chrono::Utc;
use harbour_questionnaire::{Interview, Status, Step};
use harbour_vault::{KdfParams, Passphrase, Vault, VaultOptions};
use std::path::PathBuf;
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> String {
    repo()
        .join("crates/harbour-questionnaire/tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn harbour(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_harbour"));
    cmd.args(args).env_remove("HARBOUR_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("HARBOUR_PASSPHRASE", p);
    }
    cmd.output().expect("run harbour")
}

#[test]
fn validate_exits_0_on_a_valid_pack_and_on_warnings_alone() {
    let pack = repo().join("questionnaires/_test-all-kinds");
    let out = harbour(&["validate", &pack.to_string_lossy()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = harbour(&["validate", &fixture("HQ042-unused-message")], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning[HQ042 unused-message]"));
}

#[test]
fn validate_reports_every_error_like_a_compiler_and_exits_1() {
    let out = harbour(
        &[
            "validate",
            &fixture("HQ022-forward-reference"),
            &fixture("HQ005-duplicate-id"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.matches("error[HQ022 forward-reference]").count(),
        2,
        "{err}"
    );
    assert!(err.contains("error[HQ005 duplicate-id]"), "{err}");
    assert!(err.contains("questionnaire.toml:15:9"), "{err}");
    assert!(
        err.contains("help: a condition may only use questions that come earlier"),
        "{err}"
    );
}

const PASS: &str = "correct horse battery staple harbour";

fn cheap_vault(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("vault.db");
    let opts = VaultOptions {
        kdf: KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        },
        ..VaultOptions::default()
    };
    let v = Vault::create(&path, &Passphrase::new(PASS), Utc::now(), &opts).expect("create");
    v.lock(Utc::now()).expect("lock");
    path
}

#[test]
fn record_stores_steps_that_replay_to_the_finished_interview() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = cheap_vault(dir.path());
    let answers = dir.path().join("answers.toml");
    std::fs::write(
        &answers,
        "consent = \"yes\"\ndob = \"2012-05\"\nreason_for_leaving = \"work\"\nwork_conditions = [\"no_pay\"]\n\n[interview]\nlanguage = \"ar\"\n",
    )
    .expect("write");
    let pack = repo().join("questionnaires/_test-all-kinds");
    let out = harbour(
        &[
            "record",
            "--vault",
            &vault.to_string_lossy(),
            "--questionnaire",
            &pack.to_string_lossy(),
            "--answers",
            &answers.to_string_lossy(),
        ],
        Some(PASS),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("complete"), "{stdout}");
    assert!(!stdout.contains("no_pay"), "answers never printed");

    let (q, _) = harbour_questionnaire::validate(&pack);
    let q = q.expect("valid pack");
    let v = Vault::unlock(
        &vault,
        &Passphrase::new(PASS),
        Utc::now(),
        &VaultOptions::default(),
    )
    .expect("unlock");
    let case = v.list_cases().expect("cases").pop().expect("one case");
    let session = v
        .sessions(&case.id)
        .expect("sessions")
        .pop()
        .expect("one session");
    assert_eq!(session.questionnaire_id, "test-all-kinds");
    let records = v.steps(&session.id).expect("steps");
    let steps: Vec<Step> = records
        .iter()
        .map(|r| serde_json::from_str(&r.payload).expect("step json"))
        .collect();
    assert_eq!(records[1].kind, "respond");
    assert_eq!(records[1].question_id.as_deref(), Some("consent"));
    assert_eq!(records[1].language.as_deref(), Some("ar"));
    let iv = Interview::replay(&q, &steps).expect("replay");
    assert_eq!(iv.status(&q), Status::Finished);
    assert!(iv.is_on_path(&q, "work_conditions"));
    // Finished as the app finishes it: the status and the outcome with its inputs, by
    // today's rules, re-running to the same outcome.
    assert_eq!(case.status, harbour_vault::CaseStatus::Finished);
    let stored = v.assessment(&case.id).expect("read").expect("an outcome");
    assert_eq!(stored.rules_version, harbour_rules::RULES_VERSION);
    let outcome: harbour_rules::Outcome = serde_json::from_str(&stored.outcome).expect("outcome");
    let inputs: harbour_core::Inputs = serde_json::from_str(&stored.inputs).expect("inputs");
    assert!(!harbour_core::differs_today(&outcome, &inputs));
    assert!(outcome.flags.child, "born 2012: a child");
}

#[test]
fn record_refuses_a_bad_answers_file_with_its_position_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = cheap_vault(dir.path());
    let answers = dir.path().join("answers.toml");
    std::fs::write(&answers, "consent = \"yes\"\ndob = \"born in spring\"\n").expect("write");
    let pack = repo().join("questionnaires/_test-all-kinds");
    let out = harbour(
        &[
            "record",
            "--vault",
            &vault.to_string_lossy(),
            "--questionnaire",
            &pack.to_string_lossy(),
            "--answers",
            &answers.to_string_lossy(),
        ],
        Some(PASS),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("answers.toml:2:7"), "{err}");
    assert!(
        !err.contains("spring"),
        "the answer is not quoted back: {err}"
    );
    let v = Vault::unlock(
        &vault,
        &Passphrase::new(PASS),
        Utc::now(),
        &VaultOptions::default(),
    )
    .expect("unlock");
    assert!(v.list_cases().expect("cases").is_empty());
}
