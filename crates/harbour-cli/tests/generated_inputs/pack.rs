//! Pack TOML: the shipped `questionnaire.toml`, mutated, through the whole validator.

use crate::mutate::{apply, cases, edits, read, runner};
use chrono::{TimeZone, Utc};
use harbour_questionnaire::validate::{validate_sources, LocaleSource, PackSources};
use harbour_questionnaire::{answers_file, script, Diagnostic, Questionnaire, RulesCatalogue};
use proptest::prelude::*;
use std::path::PathBuf;

/// Tokens of the pack format, so edits make plausible (and plausibly wrong) packs.
pub const TOKENS: &[&str] = &[
    "[[sections]]\n",
    "[[sections.questions]]\n",
    "[[sections.questions.options]]\n",
    "[[sections.questions.evidence_when]]\n",
    "[sections.questions.evidence]\n",
    "[sections]\n",
    "id = ",
    "kind = ",
    "\"yes_no\"",
    "\"single_choice\"",
    "\"multiple_choice\"",
    "\"number\"",
    "\"date\"",
    "\"country\"",
    "\"language\"",
    "\"text\"",
    "when = ",
    "\"consent == yes\"",
    "\"age(dob) < 18\"",
    "text = ",
    "title = ",
    "signpost = ",
    "consent = true",
    "required = true",
    "sensitive = false",
    "profile = ",
    "\"gender\"",
    "min = ",
    "max = ",
    "integer = true",
    "evidence = [",
    "indicators = [",
    "yes = [",
    "no = [",
    "\"profile.child\"",
    "\"danger.immediate\"",
    "languages = [",
    "\"en\"",
    "\"ar\"",
    "rules = ",
    "\"harbour-rules/1\"",
    "version = ",
    "\"1.0.0\"",
    "inf",
    "nan",
    "1979-05-27T07:32:00Z",
    "{ a = 1 }",
    "[1, [2]]",
    "\"consent\"",
    "\"dob\"",
];

/// The shipped pack's `questionnaire.toml`, declaring English only, and its English texts
/// (validating the other seven languages in every case would cost eight times as much and
/// reach no other code of the validator).
pub fn english_pack() -> (String, String) {
    let toml = read("questionnaires/mixed-flows/questionnaire.toml");
    let line = toml
        .lines()
        .find(|l| l.starts_with("languages = "))
        .expect("a languages line");
    let toml = toml.replacen(line, "languages = [\"en\"]", 1);
    (toml, read("questionnaires/mixed-flows/locales/en.ftl"))
}

/// The sources of a pack: `toml` and the given locale files.
pub fn sources(toml: String, locales: &[(&str, &str)]) -> PackSources {
    PackSources {
        toml_path: PathBuf::from("pack/questionnaire.toml"),
        toml,
        locales: locales
            .iter()
            .map(|(lang, text)| LocaleSource {
                lang: lang.to_string(),
                path: PathBuf::from(format!("pack/locales/{lang}.ftl")),
                text: Ok(text.to_string()),
            })
            .collect(),
    }
}

/// What the validator promises of any report: a questionnaire exactly when there is no
/// error, and every place inside its file.
pub fn check_report(
    pack: &PackSources,
    q: Option<&Questionnaire>,
    diags: &[Diagnostic],
) -> Result<(), TestCaseError> {
    prop_assert_eq!(q.is_some(), !diags.iter().any(Diagnostic::is_error));
    for d in diags {
        let Some(loc) = &d.location else { continue };
        let src = if loc.file == pack.toml_path {
            pack.toml.as_str()
        } else {
            match pack.locales.iter().find(|l| l.path == loc.file) {
                Some(LocaleSource { text: Ok(t), .. }) => t.as_str(),
                _ => "",
            }
        };
        prop_assert!(
            loc.span.start <= loc.span.end && loc.span.end <= src.len(),
            "{} has span {:?} outside its file of {} bytes",
            d,
            loc.span,
            src.len()
        );
        prop_assert!(loc.line >= 1 && loc.column >= 1);
    }
    Ok(())
}

/// A golden interview of the shipped pack, run through a questionnaire that still loads:
/// the engine and the evidence mapping see whatever the edits left.
pub fn interview(q: &Questionnaire, answers: &str) {
    if let Ok(file) = answers_file::parse_file(answers, q) {
        let now = Utc
            .with_ymd_and_hms(2026, 6, 15, 9, 0, 0)
            .single()
            .unwrap_or_default();
        if let Ok((iv, _steps)) = script::run(q, &file.answers, "en", now) {
            let evidence = harbour_questionnaire::evidence(q, &iv);
            let _ = harbour_rules::assess(&evidence);
        }
    }
}

#[test]
fn a_mutated_pack_never_panics_and_loads_only_without_errors() {
    let (base, en) = english_pack();
    let case = read("questionnaires/mixed-flows/cases/age-unknown-labour-exploitation.toml");
    let loaded = std::cell::Cell::new(0u32);
    let started = std::time::Instant::now();
    runner(cases())
        .run(&edits(), |e| {
            let pack = sources(apply(&base, &e, TOKENS), &[("en", &en)]);
            let (q, diags) = validate_sources(&pack, &RulesCatalogue);
            check_report(&pack, q.as_ref(), &diags)?;
            if let Some(q) = &q {
                loaded.set(loaded.get() + 1);
                interview(q, &case);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "pack toml ({:.1?}): {} of {} mutated packs still loaded",
        started.elapsed(),
        loaded.get(),
        cases()
    );
}
