//! The vault's case list filters on three facts it reads from a stored outcome's published
//! JSON (`harbour_vault::OutcomeFacts`), while the rules own their meaning
//! (`Outcome::is_urgent`, the pathway levels). This holds the two together: every shipped
//! example case of the mixed-flows pack, assessed by today's rules and encoded as the vault
//! stores it, gives the vault the same levels and the same urgency the rules say.

use chrono::NaiveDate;
use harbour_core::screening::assess_answers;
use harbour_questionnaire::{answers_file, validate};
use harbour_vault::{OutcomeFacts, PathwayLevel};
use std::path::PathBuf;

#[test]
fn the_vault_reads_the_levels_and_urgency_the_rules_give_every_example_case() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows");
    let (q, diags) = validate(&root);
    let q = q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("cases"))
        .expect("cases folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the example cases: {files:?}");
    let (mut urgent, mut levels) = (0, std::collections::BTreeSet::new());
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        let file = answers_file::parse_file(&text, &q)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let date = file
            .date
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 6, 15).expect("date"));
        let lang = file.language.as_deref().unwrap_or("en");
        let outcome = assess_answers(&q, &file.answers, lang, date)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&outcome).expect("encode");
        let facts = OutcomeFacts::of_outcome(&json);
        let name = path.display();
        assert_eq!(
            facts.trafficking.map(PathwayLevel::as_str),
            Some(outcome.pathways.trafficking.level.as_str()),
            "{name}: trafficking level"
        );
        assert_eq!(
            facts.protection.map(PathwayLevel::as_str),
            Some(outcome.pathways.international_protection.level.as_str()),
            "{name}: protection level"
        );
        assert_eq!(facts.urgent, outcome.is_urgent(), "{name}: urgent");
        urgent += usize::from(facts.urgent);
        levels.insert(outcome.pathways.trafficking.level.as_str());
    }
    // The examples cover urgent and calm cases and more than one level.
    assert!(
        urgent > 0 && urgent < files.len(),
        "urgent in {urgent} of {}",
        files.len()
    );
    assert!(levels.len() > 1, "{levels:?}");
}
