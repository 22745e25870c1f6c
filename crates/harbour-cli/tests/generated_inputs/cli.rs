//! The exit-code contract through the `harbour` binary, on mutated inputs: `validate` on
//! mutated packs, `assess` and `record` on mutated answers files. 0 when the input is good,
//! 1 when it is not, never 2 (kept for internal errors) nor a signal; when `record` fails,
//! the vault file is unchanged and `assess` prints nothing on stdout.
//!
//! A process per case, so fewer cases than in process: the default, or
//! `HARBOUR_FUZZ_CASES / 100` when that is more.

use crate::common::{harbour, new_vault, record_args, PASS};
use crate::mutate::{apply, cases, edits, read, runner};
use proptest::prelude::*;
use std::path::Path;
use std::process::Output;

pub fn binary_cases(default: u32) -> u32 {
    default.max(cases() / 100)
}

pub fn good_or_bad(out: &Output) -> Result<i32, TestCaseError> {
    let code = out.status.code();
    prop_assert!(
        matches!(code, Some(0) | Some(1)),
        "exit {:?}; stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
            .chars()
            .take(1500)
            .collect::<String>()
    );
    Ok(code.unwrap_or(-1))
}

/// The shipped pack in English only (what the in-process tests validate), under `dir`: a
/// process validating eight languages per case would spend the budget on Fluent parsing.
fn english_pack(dir: &Path) -> std::path::PathBuf {
    let pack = dir.join("pack");
    let (toml, en) = crate::pack::english_pack();
    std::fs::create_dir_all(pack.join("locales")).expect("mkdir");
    std::fs::write(pack.join("questionnaire.toml"), toml).expect("write");
    std::fs::write(pack.join("locales/en.ftl"), en).expect("write");
    pack
}

#[test]
fn validate_exits_0_or_1_on_a_mutated_pack_and_agrees_with_the_validator() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = english_pack(dir.path());
    let (base, en) = crate::pack::english_pack();
    runner(binary_cases(16))
        .run(&(edits(), any::<bool>()), |(e, in_locale)| {
            // Edit the questionnaire, or its English texts.
            let (file, text) = if in_locale {
                ("locales/en.ftl", apply(&en, &e, crate::fluent::TOKENS))
            } else {
                ("questionnaire.toml", apply(&base, &e, crate::pack::TOKENS))
            };
            std::fs::write(pack.join(file), &text).expect("write");
            let out = harbour(&["validate", &pack.to_string_lossy()], None);
            let code = good_or_bad(&out)?;
            let (q, _) = harbour_questionnaire::validate(&pack);
            prop_assert_eq!(code == 0, q.is_some());
            // Put the file back for the next case.
            let original = if in_locale { &en } else { &base };
            std::fs::write(pack.join(file), original).expect("restore");
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

fn golden(name: &str) -> String {
    read(&format!("questionnaires/mixed-flows/cases/{name}.toml"))
}

#[test]
fn assess_exits_0_or_1_on_a_mutated_answers_file_and_prints_nothing_when_it_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("answers.toml");
    let pack = english_pack(dir.path());
    let base = golden("age-unknown-labour-exploitation");
    runner(binary_cases(16))
        .run(&edits(), |e| {
            std::fs::write(&answers, apply(&base, &e, &[])).expect("write");
            let out = harbour(
                &[
                    "assess",
                    "--questionnaire",
                    &pack.to_string_lossy(),
                    "--answers",
                    &answers.to_string_lossy(),
                    "--format",
                    "json",
                ],
                None,
            );
            if good_or_bad(&out)? == 0 {
                let json: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
                prop_assert!(json.is_ok(), "stdout is not the outcome's JSON");
            } else {
                prop_assert!(out.stdout.is_empty(), "a failed assess printed a result");
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn record_exits_0_or_1_on_a_mutated_answers_file_and_writes_nothing_when_it_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = new_vault(dir.path());
    let answers = dir.path().join("answers.toml");
    let pack = english_pack(dir.path());
    let base = golden("consent-refused");
    runner(binary_cases(6))
        .run(&edits(), |e| {
            std::fs::write(&answers, apply(&base, &e, &[])).expect("write");
            let before = std::fs::read(&vault).expect("read vault");
            let args = record_args(&vault, &pack, &answers);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = harbour(&args, Some(PASS));
            if good_or_bad(&out)? == 1 {
                let after = std::fs::read(&vault).expect("read vault");
                prop_assert!(before == after, "a failed record changed the vault");
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
