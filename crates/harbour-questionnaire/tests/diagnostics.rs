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

/// The pack to validate for a fixture: the fixture itself, or, when it lists files in
/// `sparse-files.txt` (`<path> <size>` per line), a copy with those files made sparse at that
/// size: a file too large to commit, next to nothing on disk.
fn materialise(dir: &Path) -> (PathBuf, Option<tempfile::TempDir>) {
    let Ok(list) = std::fs::read_to_string(dir.join("sparse-files.txt")) else {
        return (dir.to_path_buf(), None);
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let copy = |from: &Path, to: &Path| {
        for entry in walk(from) {
            let rel = entry.strip_prefix(from).expect("below");
            let target = to.join(rel);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
            std::fs::copy(&entry, &target).expect("copy");
        }
    };
    copy(dir, tmp.path());
    for line in list.lines().filter(|l| !l.trim().is_empty()) {
        let (path, size) = line.split_once(' ').expect("`<path> <size>`");
        let file = std::fs::File::create(tmp.path().join(path)).expect("create");
        file.set_len(size.trim().parse().expect("size"))
            .expect("set_len");
    }
    (tmp.path().to_path_buf(), Some(tmp))
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Validates the fixture pack and compares its report with `expected.txt`; also checks that
/// the fixture really triggers the code it is named after.
fn check(dir: &Path) {
    let (pack, _tmp) = materialise(dir);
    let (q, diags) = validate_with(&pack, &catalogue());
    let prefix = format!("{}/", pack.display());
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
