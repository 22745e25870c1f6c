//! Answers files: the shipped golden cases, mutated, parsed against the shipped pack and,
//! when they parse, run as a whole interview and assessed.

use crate::mutate::{apply, cases, edits, repo, runner};
use crate::pack::interview;
use harbour_questionnaire::answers_file;
use proptest::prelude::*;

/// Tokens of answers files.
const TOKENS: &[&str] = &[
    "consent = ",
    "\"yes\"",
    "\"no\"",
    "\"declined\"",
    "\"dont_know\"",
    "\"skipped\"",
    "[interview]\n",
    "[other]\n",
    "language = ",
    "date = ",
    "\"2026-02-30\"",
    "\"1990-05\"",
    "\"SY\"",
    "\"stateless\"",
    "\"fa-AF\"",
    "[\"job_offer\"]",
    "[]",
    "3",
    "-1",
    "1e309",
    "2026-06-15",
    "1979-05-27T07:32:00Z",
    "{ a = 1 }",
    "dob = ",
    "age_years = ",
    "nationality = ",
    "unknown_question = ",
];

/// The golden answers files of the shipped pack.
fn golden() -> Vec<String> {
    let dir = repo().join("questionnaires/mixed-flows/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read case"))
        .collect()
}

#[test]
fn a_mutated_answers_file_never_panics_and_every_problem_has_a_place() {
    let (q, diags) = harbour_questionnaire::validate(&repo().join("questionnaires/mixed-flows"));
    let q = q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"));
    let cases_files = golden();
    assert!(cases_files.len() >= 10);
    let parsed = std::cell::Cell::new(0u32);
    let seen = std::cell::RefCell::new(std::collections::HashSet::new());
    let started = std::time::Instant::now();
    runner(cases())
        .run(
            &(prop::sample::select(cases_files), edits()),
            |(base, e)| {
                let text = apply(&base, &e, TOKENS);
                match answers_file::parse_file(&text, &q) {
                    Ok(file) => {
                        parsed.set(parsed.get() + 1);
                        // Most edits land in the files' comments: run each distinct set of
                        // answers once.
                        if seen.borrow_mut().insert(format!("{file:?}")) {
                            interview(&q, &text);
                        }
                    }
                    Err(err) => {
                        prop_assert!(!err.problems.is_empty());
                        let lines = text.split('\n').count();
                        for p in &err.problems {
                            prop_assert!(p.line >= 1 && p.line <= lines, "line {}", p.line);
                            prop_assert!(p.column >= 1);
                        }
                    }
                }
                Ok(())
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "answers ({:.1?}): {} of {} mutated files parsed, {} distinct ones run",
        started.elapsed(),
        parsed.get(),
        cases(),
        seen.borrow().len()
    );
}
