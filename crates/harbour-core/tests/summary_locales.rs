//! The summary's texts (`crates/harbour-rules/locales/summary/<lang>.ftl`) in every language:
//! complete against English (ids, variables, plural forms), marked as drafts, and the summary
//! of every golden case is really in each language, with no code and no forbidden word.

mod common;

use harbour_core::outcome_view::{rules_catalog, OutcomeView};
use harbour_core::screening::assess_answers;
use harbour_questionnaire::{answers_file, validate};
use harbour_rules::SUMMARY_LOCALES;
use std::path::PathBuf;

#[test]
fn every_language_has_every_summary_text() {
    common::assert_complete(
        "summary",
        "crates/harbour-rules/locales/summary",
        SUMMARY_LOCALES,
    );
    for (lang, text) in SUMMARY_LOCALES.iter().filter(|(l, _)| *l != "en") {
        assert!(text.starts_with("# Review status:"), "{lang}");
    }
}

#[test]
fn every_golden_summary_is_worded_in_every_language() {
    let pack = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows");
    let (q, diags) = validate(&pack);
    let q = q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"));
    let mut cases: Vec<PathBuf> = std::fs::read_dir(pack.join("cases"))
        .expect("cases dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    cases.sort();
    let catalog = rules_catalog();
    let en = catalog.localizer("en");
    let mut seen = 0;
    for path in cases {
        let text = std::fs::read_to_string(&path).expect("read case");
        let file = answers_file::parse_file(&text, &q).expect("parse case");
        let lang = file.language.clone().unwrap_or_else(|| "en".into());
        let today = file
            .date
            .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2026, 6, 15).expect("date"));
        let Ok(o) = assess_answers(&q, &file.answers, &lang, today) else {
            continue;
        };
        seen += 1;
        let english = OutcomeView::new(&o, &en).summary;
        for (lang, _) in SUMMARY_LOCALES {
            let s = OutcomeView::new(&o, &catalog.localizer(lang)).summary;
            let lines: Vec<&str> = s
                .urgent
                .iter()
                .chain(s.levels.iter().map(|l| &l.line))
                .chain(s.flags_line.iter())
                .chain(s.referrals.iter().map(|r| &r.line))
                .map(String::as_str)
                .collect();
            for line in &lines {
                assert!(
                    !line.contains(harbour_i18n::MISSING_TEXT),
                    "{} [{lang}]: {line}",
                    path.display()
                );
                for code in [
                    "indicator-",
                    "summary-",
                    "ilo20",
                    "palermo.",
                    "refugee.",
                    "_",
                ] {
                    assert!(!line.contains(code), "{} [{lang}]: {line}", path.display());
                }
                let lower = line.to_lowercase();
                for word in ["victim", "refugee", "trafficker"] {
                    assert!(!lower.contains(word), "{} [{lang}]: {line}", path.display());
                }
            }
            if *lang != "en" {
                for (mine, theirs) in s.referrals.iter().zip(&english.referrals) {
                    if !theirs.labels.is_empty() {
                        assert_ne!(mine.reason, theirs.reason, "{} [{lang}]", path.display());
                    }
                }
            }
            // Each referral with labels has its own reason in words, at most three and "more".
            for r in &s.referrals {
                assert!(
                    !r.reason.is_empty(),
                    "{} [{lang}] {:?}",
                    path.display(),
                    r.kind
                );
            }
        }
    }
    assert!(seen > 5, "too few golden cases assessed");
}

#[test]
fn every_code_the_shipped_questionnaire_evidences_has_its_own_short_label() {
    let pack = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows");
    let (q, diags) = validate(&pack);
    let q = q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"));
    let mut codes: Vec<&str> = Vec::new();
    for question in q.questions() {
        codes.extend(question.evidence.yes.iter().map(String::as_str));
        codes.extend(question.evidence.no.iter().map(String::as_str));
        for e in &question.evidence_when {
            codes.extend(e.indicators.iter().map(String::as_str));
        }
        for o in question.kind.options() {
            codes.extend(o.evidence.iter().map(String::as_str));
        }
    }
    codes.sort_unstable();
    codes.dedup();
    assert!(codes.len() > 50, "too few codes found: {codes:?}");
    let unlabelled: Vec<&str> = codes
        .into_iter()
        .filter(|c| harbour_rules::indicator_label(c).is_none())
        .collect();
    assert!(
        unlabelled.is_empty(),
        "give these a short label in LABELS (crates/harbour-rules/src/summary.rs) and in \
         every crates/harbour-rules/locales/summary/<lang>.ftl: {unlabelled:?}"
    );
}
