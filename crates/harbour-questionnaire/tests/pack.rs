//! The shipped test pack validates against the real rules catalogue.

use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn test_all_kinds_pack_is_valid_without_warnings() {
    let (q, diags) =
        harbour_questionnaire::validate(&repo().join("questionnaires/_test-all-kinds"));
    let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(diags.is_empty(), "{}", text.join("\n"));
    let q = q.expect("valid");
    assert_eq!(q.id(), "test-all-kinds");
    assert_eq!(q.languages(), ["en", "ar"]);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn a_broken_pack_does_not_stop_the_others_from_loading() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &repo().join("questionnaires/_test-all-kinds"),
        &dir.path().join("a-good"),
    );
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/HQ022-forward-reference"),
        &dir.path().join("b-broken"),
    );
    std::fs::create_dir_all(dir.path().join("c-not-a-pack")).expect("mkdir");
    let loaded = harbour_questionnaire::load_all(dir.path());
    assert_eq!(loaded.len(), 2);
    assert_eq!(
        loaded[0].as_ref().map(|q| q.id()).ok(),
        Some("test-all-kinds")
    );
    let err = loaded[1].as_ref().expect_err("broken pack reported");
    assert!(err.path.ends_with("b-broken"));
    assert!(err
        .diagnostics
        .iter()
        .any(|d| d.code == harbour_questionnaire::Code::ForwardReference));
}

#[test]
fn the_checked_questionnaire_exposes_texts_profiles_and_locales() {
    let (q, _) = harbour_questionnaire::validate(&repo().join("questionnaires/_test-all-kinds"));
    let q = q.expect("valid");
    let dob = q
        .profile_question(harbour_questionnaire::Profile::DateOfBirth)
        .expect("dob");
    assert_eq!(dob.id, "dob");
    assert!(q.ftl_source("ar").is_some_and(|s| s.contains("dob-text")));
    let work = q.section("work").expect("work");
    assert_eq!(work.signpost.as_deref(), Some("work-signpost"));
    assert!(q.question("anything_else").is_some_and(|x| x.sensitive));
    assert_eq!(
        q.question("consent").map(|c| (c.consent, c.required)),
        Some((true, true))
    );
}
