//! What the locale tests of this crate share.

use harbour_i18n_check::{check_scope, FindingKind, LocaleFiles, ScopeReport, Severity};
use std::path::{Path, PathBuf};

/// Check embedded locale texts (`(code, Fluent source)`, English first) that live under
/// `dir` against English: every id, attribute, variable and plural form; panics with every
/// problem found. Returns the report for further checks.
pub fn assert_complete(scope: &str, dir: &str, locales: &[(&str, &str)]) -> ScopeReport {
    assert_eq!(locales[0].0, "en", "English first");
    let files: Vec<LocaleFiles> = locales
        .iter()
        .map(|(lang, text)| {
            let path = PathBuf::from(format!("{dir}/{lang}.ftl"));
            LocaleFiles {
                locale: lang.to_string(),
                location: path.clone(),
                files: vec![(path.clone(), text.to_string())],
                stamp: None,
                stamp_path: path,
            }
        })
        .collect();
    let mut findings = Vec::new();
    let report = check_scope(scope, Path::new(dir), &files, None, &[], &mut findings);
    let bad: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error || f.kind == FindingKind::PluralForms)
        .map(|f| f.to_string())
        .collect();
    assert!(
        bad.is_empty(),
        "{scope} locales incomplete:\n{}",
        bad.join("\n")
    );
    for l in &report.locales {
        assert_eq!(l.missing, 0, "{}: {} missing", l.locale, l.missing);
    }
    report
}
