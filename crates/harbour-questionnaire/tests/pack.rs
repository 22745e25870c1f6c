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
