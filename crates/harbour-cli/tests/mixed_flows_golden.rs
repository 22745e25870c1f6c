//! Golden screening cases for the shipped questionnaire `questionnaires/mixed-flows/`.
//!
//! Every `cases/<name>.toml` answers file is run through the built `harbour` binary
//! (`harbour assess --format json`) and the key fields of the outcome (pathway levels, the
//! Palermo and 1951 Convention element statuses, flags, referrals, note ids) are compared with
//! `cases/<name>.expected.json`. Each case file starts with a comment header giving the
//! scenario and the framework reasoning behind its expectation.
//!
//! Refresh the expectations with `HARBOUR_BLESS=1 cargo test -p harbour-cli --test
//! mixed_flows_golden`, then review every changed expectation by hand against the frameworks
//! before committing it (see `docs/rules-review-notes.md` for outcomes under discussion).

use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows")
}

fn harbour() -> Command {
    Command::new(env!("CARGO_BIN_EXE_harbour"))
}

fn blessing() -> bool {
    std::env::var_os("HARBOUR_BLESS").is_some_and(|v| v == "1")
}

/// The answers files, sorted by name.
fn cases() -> Vec<PathBuf> {
    let dir = pack().join("cases");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    out.sort();
    out
}

#[test]
fn the_pack_validates_without_errors_or_warnings() {
    let out = harbour()
        .arg("validate")
        .arg(pack())
        .output()
        .expect("run harbour validate");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "harbour validate failed:\n{stdout}\n{stderr}"
    );
    // The summary line goes to stdout or stderr depending on the outcome: look at both.
    assert!(
        stdout.contains("0 error(s), 0 warning(s)") || stderr.contains("0 error(s), 0 warning(s)"),
        "the pack must validate with zero errors and zero warnings:\n{stdout}\n{stderr}"
    );
}

#[test]
fn there_are_enough_documented_cases() {
    let cases = cases();
    assert!(
        cases.len() >= 8,
        "at least eight golden cases expected, found {}",
        cases.len()
    );
    for case in &cases {
        let text = std::fs::read_to_string(case).expect("read case");
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header.len() >= 3,
            "{}: start with a comment header describing the scenario and the framework reasoning",
            case.display()
        );
    }
}

/// The fields of the outcome a golden case pins down.
fn key_fields(outcome: &Value) -> Value {
    let pathway = |name: &str| -> Value {
        let p = &outcome["pathways"][name];
        let mut elements = Map::new();
        for e in p["elements"].as_array().into_iter().flatten() {
            let id = e["element"].as_str().unwrap_or_default();
            // The legal tests' own elements; the ILO/EC lists are summarised by the levels.
            if id.starts_with("palermo.")
                || id.starts_with("refugee.")
                || matches!(id, "complementary" | "non_refoulement" | "statelessness")
            {
                elements.insert(id.to_owned(), e["status"].clone());
            }
        }
        json!({ "level": p["level"], "elements": elements })
    };
    let referrals: Vec<Value> = outcome["referrals"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| json!({ "kind": r["kind"], "urgent": r["urgent"] }))
        .collect();
    let notes: Vec<Value> = outcome["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| n["message"]["id"].clone())
        .collect();
    json!({
        "trafficking": pathway("trafficking"),
        "international_protection": pathway("international_protection"),
        "flags": outcome["flags"],
        "referrals": referrals,
        "notes": notes,
    })
}

fn assess(case: &Path) -> Value {
    let out = harbour()
        .args(["assess", "--questionnaire"])
        .arg(pack())
        .arg("--answers")
        .arg(case)
        .args(["--format", "json"])
        .output()
        .expect("run harbour assess");
    assert!(
        out.status.success(),
        "{}: the answers file must be valid for the questionnaire and assess must succeed:\n{}",
        case.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: assess printed invalid JSON ({e}):\n{}",
            case.display(),
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn golden_cases_match_their_expectations() {
    let mut failures = Vec::new();
    for case in cases() {
        let got = key_fields(&assess(&case));
        let expected_path = case.with_extension("expected.json");
        if blessing() {
            let text = serde_json::to_string_pretty(&got).expect("serialise") + "\n";
            std::fs::write(&expected_path, text).expect("write expectation");
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&expected_path) else {
            failures.push(format!(
                "{}: no expectation (run with HARBOUR_BLESS=1, then review it by hand)",
                expected_path.display()
            ));
            continue;
        };
        let want: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: invalid JSON: {e}", expected_path.display()));
        if got != want {
            failures.push(format!(
                "{}:\n  expected: {}\n  got:      {}",
                case.display(),
                want,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden cases differ (if the change is intended, bless with HARBOUR_BLESS=1 and review):\n{}",
        failures.join("\n")
    );
}

/// Issue 15: the questions the law needs were added, but a person with nothing to report still
/// answers no more than 35 questions. Counts every question the engine asks on the shipped
/// pack for the "nothing to report" cases (an adult and a child): every question put on the
/// path is counted, including one the case leaves unanswered (it is still asked).
#[test]
fn a_person_with_nothing_to_report_answers_at_most_35_questions() {
    use harbour_questionnaire::{answers_file, script, Step};
    let (q, diagnostics) = harbour_questionnaire::validate(&pack());
    let q = q.unwrap_or_else(|| panic!("the shipped pack must load: {diagnostics:?}"));
    for name in ["nothing-to-report", "child-nothing-to-report"] {
        let path = pack().join("cases").join(format!("{name}.toml"));
        let text = std::fs::read_to_string(&path).expect("read case");
        let file = answers_file::parse_file(&text, &q)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let date = file.date.expect("the case gives its interview date");
        let now = date
            .and_hms_opt(12, 0, 0)
            .expect("a valid time of day")
            .and_utc();
        let (_, steps) = script::run(&q, &file.answers, "en", now)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let asked: Vec<&str> = steps
            .iter()
            .filter_map(|s| match s {
                Step::Respond { question, .. } => Some(question.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            asked.len() <= 35,
            "{name}: a person with nothing to report answers {} questions (at most 35): {:?}",
            asked.len(),
            asked
        );
    }
}

/// Issue 15: the questionnaire can now capture the ILO/EC indicators for adult victims of
/// sexual exploitation, so their combination rule can be met.
#[test]
fn the_sexual_exploitation_case_meets_the_ilo_ec_combination() {
    let case = pack().join("cases/sexual-exploitation-ilo-combination.toml");
    let outcome = assess(&case);
    let met = outcome["reasons"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|r| {
            r["message"]["id"] == "reason-ilo-combination"
                && r["message"]["args"]["list"] == "adult.sexual"
        });
    assert!(
        met,
        "the ILO/EC combination (adult list for sexual exploitation) must be met: {outcome}"
    );
    for element in [
        "ilo2009.adult.sexual.coercive_recruitment",
        "ilo2009.adult.sexual.exploitative_conditions",
        "ilo2009.adult.sexual.coercion_destination",
    ] {
        let status = outcome["pathways"]["trafficking"]["elements"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["element"] == element)
            .map(|e| e["status"].clone());
        assert_eq!(status, Some(json!("present")), "{element} must be present");
    }
}
