//! The rules' texts in every language of `harbour_rules::LOCALES`: each is complete against
//! English (ids, attributes, variables, plural forms), and a report of a golden case in each
//! language is really in that language (no English sentence of `en.ftl` left in it).

use harbour_core::screening::assess_answers;
use harbour_core::screening_text::{outcome_text, rules_catalog};
use harbour_questionnaire::{answers_file, validate};
use harbour_rules::{Outcome, LOCALES, LOCALE_EN};
use std::path::PathBuf;

mod common;

fn pack_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows")
}

/// The outcome of every golden case of the mixed-flows pack, by case file name.
fn golden_outcomes() -> Vec<(String, Outcome)> {
    let (q, diags) = validate(&pack_dir());
    let q = q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"));
    let mut cases: Vec<PathBuf> = std::fs::read_dir(pack_dir().join("cases"))
        .expect("cases dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    cases.sort();
    let mut out = Vec::new();
    for path in cases {
        let text = std::fs::read_to_string(&path).expect("read case");
        let file = answers_file::parse_file(&text, &q)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let lang = file
            .language
            .clone()
            .unwrap_or_else(|| q.languages()[0].clone());
        let today = file
            .date
            .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2026, 6, 15).expect("date"));
        // Cases that stop before an outcome (consent refused) have nothing to report.
        if let Ok(o) = assess_answers(&q, &file.answers, &lang, today) {
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .to_string();
            out.push((name, o));
        }
    }
    assert!(!out.is_empty(), "no golden case assessed");
    out
}

/// The English sentences of en.ftl: the literal runs of text between placeables that have
/// three words or more (shorter runs such as "URGENT" or "religion" may be the same word in
/// another language).
fn english_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for line in LOCALE_EN.lines() {
        let value = match line.split_once(" = ") {
            Some((id, v)) if id.chars().all(|c| c.is_ascii_lowercase() || c == '-') => v,
            _ if line.starts_with("    [") || line.starts_with("   *[") => {
                line.split_once(']').map(|(_, v)| v).unwrap_or("")
            }
            _ => continue,
        };
        let mut rest = value;
        while !rest.is_empty() {
            let (text, after) = match rest.find('{') {
                Some(i) => (&rest[..i], rest[i..].find('}').map(|j| &rest[i + j + 1..])),
                None => (rest, None),
            };
            let text = text.trim();
            if text.split_whitespace().count() >= 3 {
                out.push(text.to_string());
            }
            rest = after.unwrap_or("");
        }
    }
    assert!(out.len() > 50, "too few English sentences found: {out:?}");
    out
}

fn report(o: &Outcome, lang: &str) -> String {
    let loc = rules_catalog().localizer(lang);
    outcome_text(o, &loc).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_language_has_every_english_message_attribute_variable_and_plural_form() {
    assert_eq!(LOCALES[0], ("en", LOCALE_EN), "English first");
    let scope = common::assert_complete("rules", "crates/harbour-rules/locales", LOCALES);
    for l in &scope.locales {
        assert_eq!(l.present, scope.english_entries, "{}", l.locale);
    }
    for (lang, text) in LOCALES.iter().filter(|(l, _)| *l != "en") {
        assert!(
            text.starts_with("# Review status:"),
            "{lang}.ftl must start with its review status"
        );
    }
}

#[test]
fn french_report_of_a_golden_case_is_in_french() {
    let outcomes = golden_outcomes();
    let (_, o) = outcomes
        .iter()
        .find(|(n, _)| n == "both-pathways-religion-debt-bondage.toml")
        .expect("golden case both-pathways-religion-debt-bondage");
    let text = report(o, "fr");
    let en = report(o, "en");
    let sentences = english_sentences();
    assert!(
        sentences.iter().filter(|s| en.contains(s.as_str())).count() >= 5,
        "the English report should show English sentences (is the detection working?):\n{en}"
    );
    for french in [
        "Résultat du dépistage",
        "Traite des êtres humains",
        "Protection internationale",
        "Orientations recommandées",
        "Procédure d'asile",
        "orienter pour évaluation",
        "religion",
        "Convention de 1951",
    ] {
        assert!(text.contains(french), "{french:?} missing from:\n{text}");
    }
    for english in &sentences {
        assert!(
            !text.contains(english.as_str()),
            "English left in the French report: {english:?}\n{text}"
        );
    }
}

#[test]
fn every_golden_report_is_translated_in_every_language() {
    let english = english_sentences();
    for (name, o) in golden_outcomes() {
        let en = report(&o, "en");
        for (lang, _) in LOCALES.iter().filter(|(l, _)| *l != "en") {
            let text = report(&o, lang);
            assert_ne!(text, en, "{name} [{lang}]");
            assert!(
                !text.contains(harbour_i18n::MISSING_TEXT),
                "{name} [{lang}] missing text:\n{text}"
            );
            for raw in [
                "reason-",
                "note-",
                "level-",
                "referral-",
                "status-",
                "flag-",
            ] {
                assert!(!text.contains(raw), "{name} [{lang}] raw id {raw}:\n{text}");
            }
            for sentence in &english {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{name} [{lang}] English left: {sentence:?}\n{text}"
                );
            }
        }
    }
}
