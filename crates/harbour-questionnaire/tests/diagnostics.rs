//! One invalid pack per diagnostic code, each with its expected report.
//!
//! `tests/fixtures/<HQnnn-name>/` holds the pack and `expected.txt` the report. Refresh every
//! expected report with `HARBOUR_BLESS=1 cargo test -p harbour-questionnaire --test diagnostics`
//! (then read the diff: the golden files are the spec).

use harbour_questionnaire::{validate_with, Code, FixedCatalogue};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The indicator codes the fixtures may use (a stand-in for the rules crate's catalogue).
fn catalogue() -> FixedCatalogue {
    FixedCatalogue(
        [
            "profile.child",
            "danger.immediate",
            "palermo.act.recruitment",
            "refugee.fear",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    )
}

/// Validates the fixture pack and compares its report with `expected.txt`; also checks that
/// the fixture really triggers the code it is named after.
fn check(dir: &Path) {
    let (q, diags) = validate_with(dir, &catalogue());
    let prefix = format!("{}/", dir.display());
    let report: String = diags
        .iter()
        .map(|d| format!("{d}\n").replace(&prefix, ""))
        .collect();
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let code = name.get(..5).unwrap_or_default();
    assert!(
        diags.iter().any(|d| d.code.number() == code),
        "fixture {name} does not produce {code}:\n{report}"
    );
    let is_warning_fixture = Code::ALL
        .iter()
        .any(|c| c.number() == code && c.severity() == harbour_questionnaire::Severity::Warning);
    assert_eq!(
        q.is_some(),
        is_warning_fixture,
        "fixture {name}: questionnaire produced only without errors"
    );

    let expected_path = dir.join("expected.txt");
    if std::env::var_os("HARBOUR_BLESS").is_some() {
        std::fs::write(&expected_path, &report).unwrap_or_else(|e| panic!("write {name}: {e}"));
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(
        report, expected,
        "report of {name} differs from expected.txt (HARBOUR_BLESS=1 to refresh)"
    );
}

#[test]
fn every_fixture_gives_its_expected_report() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        check(&dir);
    }
}

#[test]
fn every_code_has_a_fixture() {
    for code in Code::ALL {
        let dir = fixtures().join(format!("{}-{}", code.number(), code.name()));
        assert!(dir.is_dir(), "no fixture for {code} at {}", dir.display());
    }
}

#[test]
fn the_author_docs_list_every_code() {
    let docs = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/questionnaire-format.md"),
    )
    .unwrap_or_default();
    for code in Code::ALL {
        let row = format!("| {} | {}", code.number(), code.name());
        let found = docs.lines().any(|l| {
            l.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .starts_with(&row)
        });
        assert!(found, "docs/questionnaire-format.md has no row for {code}");
    }
}
