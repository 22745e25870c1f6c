//! Hostile files against the whole `harbour` binary: each one once crashed it (a stack
//! overflow or a failed allocation aborts the process, which no error handling can catch).
//! The contract: a clear diagnostic and exit 1 (bad input), never a signal, never exit 2.

mod common;

use common::{harbour, new_vault, record_args, repo, stderr, PASS};
use std::path::Path;
use std::process::{Command, Output};

/// Runs `harbour` with its address space capped at `limit_kib`, so a run that tries to hold
/// a huge file in memory fails as it would on a small machine, instead of slowing this one.
#[cfg(unix)]
fn harbour_with_memory_cap(args: &[&str], limit_kib: u64) -> Output {
    harbour_capped_with_passphrase(args, limit_kib, None)
}

#[cfg(unix)]
fn harbour_capped_with_passphrase(args: &[&str], limit_kib: u64, pass: Option<&str>) -> Output {
    let mut script = format!("ulimit -v {limit_kib} && exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_harbour"))
        .args(args)
        .env_remove("HARBOUR_PASSPHRASE");
    if let Some(p) = pass {
        cmd.env("HARBOUR_PASSPHRASE", p);
    }
    cmd.output().expect("run harbour under ulimit")
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

/// A small valid pack whose second question is shown when `when` holds.
fn pack_with_condition(dir: &Path, when: &str) {
    let toml = format!(
        r#"id = "hostile"
version = "1.0.0"
title = "title"
languages = ["en"]
rules = "harbour-rules/1"

[[sections]]
id = "s"
title = "section-title"

[[sections.questions]]
id = "consent"
kind = "yes_no"
consent = true
text = "consent-text"

[[sections.questions]]
id = "q2"
kind = "yes_no"
text = "q2-text"
when = "{when}"
"#
    );
    write(&dir.join("questionnaire.toml"), &toml);
    write(
        &dir.join("locales/en.ftl"),
        "title = T\nsection-title = S\nconsent-text = C\nq2-text = Q\n",
    );
}

fn assert_bad_input(out: &Output, code: &str) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected exit 1 (bad input), got {:?}; stderr: {}",
        out.status,
        err.chars().take(2000).collect::<String>()
    );
    assert!(
        err.contains(code),
        "no {code} in: {}",
        err.chars().take(2000).collect::<String>()
    );
}

#[test]
fn a_condition_nested_200000_deep_is_reported_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let depth = 200_000;
    let when = format!("{}consent == yes{}", "(".repeat(depth), ")".repeat(depth));
    pack_with_condition(dir.path(), &when);
    let out = harbour(&["validate", &dir.path().to_string_lossy()], None);
    assert_bad_input(&out, "HQ025 condition-too-deep");
    // The place is the bracket one level too deep, inside the string on line 22.
    assert!(
        stderr(&out).contains("questionnaire.toml:21:"),
        "{}",
        stderr(&out).chars().take(500).collect::<String>()
    );
}

#[test]
fn a_locale_file_of_100000_open_braces_is_reported_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    pack_with_condition(dir.path(), "consent == yes");
    write(
        &dir.path().join("locales/en.ftl"),
        &format!(
            "title = T\nsection-title = S\nconsent-text = C\nq2-text = {}\n",
            "{".repeat(100_000)
        ),
    );
    let out = harbour(&["validate", &dir.path().to_string_lossy()], None);
    assert_bad_input(&out, "HQ046 ftl-too-deep");
    assert!(
        stderr(&out).contains("en.ftl:4:"),
        "{}",
        stderr(&out).chars().take(500).collect::<String>()
    );
}

/// A sparse file: 200 MB long, next to nothing on disk.
fn sparse(path: &Path, len: u64) {
    let f = std::fs::File::create(path).expect("create");
    f.set_len(len).expect("set_len");
}

#[cfg(unix)]
#[test]
fn a_200_mb_questionnaire_is_refused_by_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    pack_with_condition(dir.path(), "consent == yes");
    sparse(&dir.path().join("questionnaire.toml"), 200 * 1024 * 1024);
    let out = harbour_with_memory_cap(&["validate", &dir.path().to_string_lossy()], 512 * 1024);
    assert_bad_input(&out, "HQ047 file-too-large");
    assert!(
        stderr(&out).contains("questionnaire.toml"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("4 MiB"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_200_mb_locale_file_is_refused_by_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    pack_with_condition(dir.path(), "consent == yes");
    sparse(&dir.path().join("locales/en.ftl"), 200 * 1024 * 1024);
    let out = harbour_with_memory_cap(&["validate", &dir.path().to_string_lossy()], 512 * 1024);
    assert_bad_input(&out, "HQ047 file-too-large");
    assert!(stderr(&out).contains("en.ftl"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_200_mb_answers_file_is_refused_by_assess_and_record_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("answers.toml");
    sparse(&answers, 200 * 1024 * 1024);
    let pack = repo().join("questionnaires/mixed-flows");
    let out = harbour_with_memory_cap(
        &[
            "assess",
            "--questionnaire",
            &pack.to_string_lossy(),
            "--answers",
            &answers.to_string_lossy(),
        ],
        512 * 1024,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "nothing is printed as a result");
    assert!(stderr(&out).contains("answers.toml"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 MiB"), "{}", stderr(&out));

    let vault = new_vault(dir.path());
    let before = std::fs::read(&vault).expect("read vault");
    let args = record_args(&vault, &pack, &answers);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = harbour_capped_with_passphrase(&args, 512 * 1024, Some(PASS));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 MiB"), "{}", stderr(&out));
    let after = std::fs::read(&vault).expect("read vault");
    assert!(before == after, "the vault is unchanged");
}
