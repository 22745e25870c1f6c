//! `when` conditions: generated token sequences and mutated real conditions, compiled in the
//! shipped all-kinds test pack (every question kind in scope) and, when they load, evaluated
//! along a whole interview.

use crate::mutate::{apply, cases, edits, read, runner};
use crate::pack::{check_report, interview, sources};
use harbour_questionnaire::validate::validate_sources;
use harbour_questionnaire::RulesCatalogue;
use proptest::prelude::*;

/// Words of the condition language and of the all-kinds pack.
const WORDS: &[&str] = &[
    "consent",
    "dob",
    "nationality",
    "first_language",
    "people_travelling",
    "travelling_alone",
    "reason_for_leaving",
    "work_conditions",
    "in_danger_now",
    "anything_else",
    "fuzz_target",
    "unknown_q",
    "and",
    "or",
    "not",
    "in",
    "yes",
    "no",
    "answered(",
    "declined(",
    "dont_know(",
    "age(",
    "nope(",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "=",
    "+",
    "-",
    "*",
    "/",
    "(",
    ")",
    "[",
    "]",
    ",",
    "\"work\"",
    "\"no_pay\"",
    "\"SY\"",
    "\"stateless\"",
    "\"ar\"",
    "\"zz\"",
    "\"\"",
    "18",
    "0",
    "-1",
    "3.5",
    "1e309",
    "99999999999999999999",
    "\"",
    "'",
    "\\",
    "!",
    "&&",
    "ب",
    "\u{0}",
    "\n",
];

/// Answers of the all-kinds pack that walk different paths (a child, an adult, refusals).
const ANSWERS: &[&str] = &[
    "consent = \"yes\"\ndob = \"2012-05\"\nnationality = \"SY\"\nfirst_language = \"ar\"\npeople_travelling = 3\ntravelling_alone = \"yes\"\nreason_for_leaving = \"work\"\nwork_conditions = [\"no_pay\"]\nin_danger_now = \"no\"\n",
    "consent = \"yes\"\ndob = \"1990\"\nnationality = \"stateless\"\nreason_for_leaving = \"other\"\nin_danger_now = \"yes\"\n",
    "consent = \"yes\"\ndob = \"dont_know\"\nnationality = \"declined\"\npeople_travelling = \"dont_know\"\n",
    "consent = \"no\"\n",
];

/// The all-kinds pack, English only, with one more question shown when `when` holds.
fn pack_with(toml: &str, when: &str) -> String {
    let escaped: String = when
        .chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c.is_control() => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect();
    format!(
        "{toml}\n[[sections.questions]]\nid = \"fuzz_target\"\nkind = \"yes_no\"\ntext = \"anything-else-text\"\nwhen = \"{escaped}\"\n"
    )
}

/// Well-formed conditions over the all-kinds pack (most of them type-check), nested.
fn well_formed() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(vec![
        "consent == yes",
        "travelling_alone == no",
        "in_danger_now != yes",
        "answered(dob)",
        "declined(nationality)",
        "dont_know(people_travelling)",
        "age(dob) < 18",
        "age(dob) >= 16 + 2",
        "people_travelling * 2 - 1 > 3",
        "-people_travelling < -1",
        "\"no_pay\" in work_conditions",
        "reason_for_leaving == \"work\"",
        "reason_for_leaving in [\"work\", \"other\"]",
        "nationality in [\"SY\", \"AF\", \"stateless\"]",
        "first_language == \"ar\"",
        "answered(anything_else)",
        "people_travelling / 0 > 1",
    ])
    .prop_map(String::from);
    leaf.prop_recursive(6, 48, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} or {b}")),
            inner.clone().prop_map(|a| format!("not {a}")),
            inner.prop_map(|a| format!("({a})")),
        ]
    })
}

/// A condition: well-formed, a sequence of words, or a real condition of the shipped packs
/// or a well-formed one, edited.
fn condition(seeds: Vec<String>) -> impl Strategy<Value = String> {
    let soup =
        prop::collection::vec(prop::sample::select(WORDS), 1..40).prop_map(|words| words.join(" "));
    let seed = prop_oneof![prop::sample::select(seeds), well_formed()];
    let edited = (seed, edits()).prop_map(|(seed, e)| apply(&seed, &e, WORDS));
    prop_oneof![3 => well_formed(), 2 => soup, 3 => edited]
}

/// Every `when` of the shipped packs (the text between the quotes).
fn seeds() -> Vec<String> {
    let mut out = Vec::new();
    for pack in ["mixed-flows", "_test-all-kinds"] {
        let toml = read(&format!("questionnaires/{pack}/questionnaire.toml"));
        for line in toml.lines() {
            if let Some(rest) = line.strip_prefix("when = ") {
                let quote = if rest.starts_with('\'') { '\'' } else { '"' };
                out.push(rest.trim_matches(quote).replace("\\\"", "\""));
            }
        }
    }
    out
}

#[test]
fn a_generated_condition_never_panics_and_is_checked_before_it_is_evaluated() {
    let toml = read("questionnaires/_test-all-kinds/questionnaire.toml").replacen(
        "languages = [\"en\", \"ar\"]",
        "languages = [\"en\"]",
        1,
    );
    let en = read("questionnaires/_test-all-kinds/locales/en.ftl");
    let seeds = seeds();
    assert!(seeds.len() > 40, "found only {} conditions", seeds.len());
    let loaded = std::cell::Cell::new(0u32);
    let started = std::time::Instant::now();
    runner(cases())
        .run(&(condition(seeds), any::<u8>()), |(when, pick)| {
            let pack = sources(pack_with(&toml, &when), &[("en", &en)]);
            let (q, diags) = validate_sources(&pack, &RulesCatalogue);
            check_report(&pack, q.as_ref(), &diags)?;
            // The condition itself is the only thing that can be wrong here.
            for d in diags.iter().filter(|d| d.is_error()) {
                let number: u32 = d.code.number()[2..].parse().unwrap_or(0);
                prop_assert!((20..30).contains(&number), "unexpected {}", d);
            }
            if let Some(q) = &q {
                loaded.set(loaded.get() + 1);
                interview(q, ANSWERS[usize::from(pick) % ANSWERS.len()]);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "conditions ({:.1?}): {} of {} compiled and ran",
        started.elapsed(),
        loaded.get(),
        cases()
    );
}
