//! `harbour i18n` end to end: exit codes of `check`, and `stamp` making `check` notice a
//! changed English text.

use std::path::Path;
use std::process::Command;

fn harbour(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_harbour"))
        .args(args)
        .output()
        .expect("run harbour")
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn check_exits_1_when_a_locale_lacks_a_message_and_0_when_complete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = A\nb = B\n");
    write(root, "locales/fr/harbour.ftl", "a = A\n");
    write(root, "locales/fr/meta.toml", "review = \"unreviewed\"\n");
    let root_s = root.to_str().expect("utf-8 path");

    let out = harbour(&["i18n", "check", "--root", root_s, "--no-references"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("[fr] 1 missing: b"),
        "{}",
        stdout(&out)
    );

    write(root, "locales/fr/harbour.ftl", "a = A\nb = B\n");
    let out = harbour(&["i18n", "check", "--root", root_s, "--no-references"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn check_reports_syntax_errors_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "locales/en/harbour.ftl", "a = A\nb = { ]\n");
    let out = harbour(&[
        "i18n",
        "check",
        "--root",
        root.to_str().expect("utf-8"),
        "--no-references",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("harbour.ftl:2:7: [en] syntax error"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn stamp_then_an_english_change_is_reported_stale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let root_s = root.to_str().expect("utf-8 path");
    write(root, "locales/en/harbour.ftl", "a = Save\n");
    write(root, "locales/uk/harbour.ftl", "a = Зберегти\n");
    write(root, "locales/uk/meta.toml", "review = \"machine-draft\"\n");
    let out = harbour(&["i18n", "stamp", "--root", root_s, "--locale", "uk"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(root.join("locales/uk/stamp.toml").is_file());

    write(root, "locales/en/harbour.ftl", "a = Save and close\n");
    let out = harbour(&["i18n", "check", "--root", root_s, "--no-references"]);
    assert_eq!(out.status.code(), Some(0), "stale is a warning");
    assert!(
        stdout(&out).contains("'a' changed in English"),
        "{}",
        stdout(&out)
    );
}
