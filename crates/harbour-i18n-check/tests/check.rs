//! `harbour i18n check`: what it finds in a small tree made for each case.

use harbour_i18n_check::{check_tree, CheckOptions, FindingKind, Severity};
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn kinds(report: &harbour_i18n_check::CheckReport, kind: FindingKind) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| format!("{}:{}", f.locale, f.id.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn a_complete_tree_passes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "app-title = Harbour\n");
    write(root, "locales/fr/harbour.ftl", "app-title = Harbour\n");
    write(root, "locales/fr/meta.toml", "review = \"unreviewed\"\n");
    write(root, "ui/src/App.svelte", "<h1>{t('app-title')}</h1>");
    let report = check_tree(&CheckOptions::new(root)).expect("runs");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.scopes[0].english_entries, 1);
}

#[test]
fn should_find_missing_unused_syntax_and_unknown_variables() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = A\nb = B { $n }\nc = C\n    .title = T\nnot-used-anywhere = X\nerror-vault-locked = Locked\n");
    write(
        root,
        "locales/ru/harbour.ftl",
        "a = А\nb = Б { $count }\nc = Ц\nextra = Э\nbad = { ]\n",
    );
    write(root, "locales/ru/meta.toml", "review = \"machine-draft\"\n");
    write(
        root,
        "crates/x/src/lib.rs",
        r#"fn f() { t("a"); t("b"); t("c"); }"#,
    );
    let report = check_tree(&CheckOptions::new(root)).expect("runs");
    let missing = kinds(&report, FindingKind::Missing);
    assert!(missing.contains(&"ru:not-used-anywhere".to_string()));
    assert!(missing.contains(&"ru:error-vault-locked".to_string()));
    assert!(
        missing.contains(&"ru:c".to_string()),
        "attribute .title missing: {missing:?}"
    );
    assert_eq!(kinds(&report, FindingKind::Unused), ["ru:extra"]);
    assert_eq!(kinds(&report, FindingKind::UnknownVariable), ["ru:b"]);
    let syntax: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Syntax)
        .collect();
    assert_eq!(syntax.len(), 1);
    assert_eq!((syntax[0].line, syntax[0].column), (5, 9));
    // error-* is built at run time, so only the truly unreferenced id is warned about.
    assert_eq!(
        kinds(&report, FindingKind::Unreferenced),
        ["en:not-used-anywhere"]
    );
    assert!(report.has_errors());
    let unused = report
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Unused)
        .expect("unused");
    assert_eq!(unused.severity, Severity::Warning);
    assert_eq!(unused.line, 4);
}

#[test]
fn should_find_duplicates_and_bad_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = A\n");
    write(root, "locales/es/harbour.ftl", "a = A\na = B\n");
    write(root, "locales/es/meta.toml", "review = 3\n");
    let mut opts = CheckOptions::new(root);
    opts.scan_references = false;
    let report = check_tree(&opts).expect("runs");
    let dup = report
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Duplicate)
        .expect("duplicate");
    assert_eq!(dup.line, 2);
    assert!(report
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::Meta && f.severity == Severity::Error));
}

#[test]
fn should_check_each_questionnaire_pack_against_its_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "questionnaires/mixed-flows/questionnaire.toml",
        "[[question]]\nid = \"age\"\ntext = \"q-age\"\n",
    );
    write(
        root,
        "questionnaires/mixed-flows/locales/en.ftl",
        "q-age = How old are you?\nq-orphan = Never asked\n",
    );
    write(
        root,
        "questionnaires/mixed-flows/locales/ar.ftl",
        "q-orphan = لا\n",
    );
    let report = check_tree(&CheckOptions::new(root)).expect("runs");
    assert_eq!(report.scopes[0].scope, "questionnaire mixed-flows");
    assert_eq!(kinds(&report, FindingKind::Missing), ["ar:q-age"]);
    assert_eq!(kinds(&report, FindingKind::Unreferenced), ["en:q-orphan"]);
    let ar = report.scopes[0]
        .locales
        .iter()
        .find(|l| l.locale == "ar")
        .expect("ar summary");
    assert_eq!(ar.missing, 1);
}

#[test]
fn a_scope_without_english_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "locales/fr/harbour.ftl", "a = A\n");
    let report = check_tree(&CheckOptions::new(dir.path())).expect("runs");
    assert_eq!(kinds(&report, FindingKind::NoEnglish).len(), 1);
}

#[test]
fn should_flag_a_translation_whose_english_changed_after_stamping() {
    use harbour_i18n_check::stamp_tree;
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = Save\nb = Cancel\n");
    write(
        root,
        "locales/fr/harbour.ftl",
        "a = Enregistrer\nb = Annuler\n",
    );
    write(root, "locales/fr/meta.toml", "review = \"unreviewed\"\n");
    write(
        root,
        "questionnaires/p/locales/en.ftl",
        "q = How old are you?\n",
    );
    write(
        root,
        "questionnaires/p/locales/uk.ftl",
        "q = Скільки вам років?\n",
    );
    let written = stamp_tree(root, &[], None).expect("stamps");
    assert_eq!(written.len(), 2, "{written:?}");
    let mut opts = CheckOptions::new(root);
    opts.scan_references = false;
    assert!(kinds(&check_tree(&opts).expect("runs"), FindingKind::Stale).is_empty());

    // A comment or a reflow is not a change; new words are.
    write(
        root,
        "locales/en/harbour.ftl",
        "# Buttons\na =\n    Save\nb = Cancel and go back\n",
    );
    write(
        root,
        "questionnaires/p/locales/en.ftl",
        "q = About how old are you?\n",
    );
    let report = check_tree(&opts).expect("runs");
    assert_eq!(kinds(&report, FindingKind::Stale), ["fr:b", "uk:q"]);
    assert!(!report.has_errors(), "stale is a warning");
}

#[test]
fn stamping_can_be_limited_to_one_scope_and_locale() {
    use harbour_i18n_check::stamp_tree;
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = Save\n");
    write(root, "locales/fr/harbour.ftl", "a = Enregistrer\n");
    write(root, "locales/es/harbour.ftl", "a = Guardar\n");
    write(root, "questionnaires/p/locales/en.ftl", "q = Age?\n");
    write(root, "questionnaires/p/locales/fr.ftl", "q = Âge ?\n");
    let written = stamp_tree(root, &["fr".to_string()], Some("p")).expect("stamps");
    assert_eq!(
        written,
        [root.join("questionnaires/p/locales/fr.stamp.toml")]
    );
}

#[test]
fn should_warn_when_a_plural_selector_lacks_a_form_of_its_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "locales/en/harbour.ftl",
        "n = { $n ->\n    [one] { $n } case\n   *[other] { $n } cases\n}\n",
    );
    write(
        root,
        "locales/ru/harbour.ftl",
        "n = { $n ->\n    [one] { $n } дело\n   *[other] { $n } дел\n}\n",
    );
    write(root, "locales/ru/meta.toml", "review = \"machine-draft\"\n");
    let mut opts = CheckOptions::new(root);
    opts.scan_references = false;
    let report = check_tree(&opts).expect("runs");
    assert_eq!(kinds(&report, FindingKind::PluralForms), ["ru:n"]);
    assert!(!report.has_errors());
}
