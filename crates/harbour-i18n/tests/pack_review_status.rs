//! What a questionnaire pack offers and what its files say agree: every declared language
//! but English has a file whose first line states its review status, and the metadata the
//! language pickers use marks it "not yet reviewed" as long as that line says unreviewed.

use harbour_i18n::LocaleInfo;
use std::path::{Path, PathBuf};

fn pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows")
}

#[test]
fn every_offered_translation_says_it_is_unreviewed_and_is_shown_so() {
    let toml_text =
        std::fs::read_to_string(pack().join("questionnaire.toml")).expect("questionnaire.toml");
    let manifest: toml::Value = toml::from_str(&toml_text).expect("valid TOML");
    let languages: Vec<&str> = manifest["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l.as_str().expect("a language code"))
        .collect();
    // The shipped interview languages, Dari (fa-AF) among them.
    assert_eq!(
        languages,
        ["en", "fr", "es", "ar", "fa", "fa-AF", "ru", "uk", "my"]
    );
    for lang in languages.iter().filter(|l| **l != "en") {
        let file = pack().join("locales").join(format!("{lang}.ftl"));
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("# Review status: unreviewed draft"),
            "{lang}.ftl must start with its review status, not {first:?}"
        );
        assert!(
            LocaleInfo::builtin(lang).review.needs_review(),
            "{lang} is an unreviewed draft: the picker must say so"
        );
    }
}
