//! Plain export: only with the confirmation token, always audited.

mod common;

use common::*;
use harbour_export::{plain_export, CaseSelection, PlainExportConfirmation, PlainFormat};

#[test]
fn plain_json_and_csv_hold_the_cases_and_leave_an_audit_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    add_case(&mut v, Profile::Quiet, "ER");
    let json = dir.path().join("cases.json");
    let n = plain_export(
        &mut v,
        &CaseSelection::All,
        PlainFormat::Json,
        &json,
        PlainExportConfirmation::i_understand_this_is_identified_data(),
        now(),
    )
    .expect("json");
    assert_eq!(n, 2);
    let parsed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("read")).expect("json");
    assert_eq!(parsed.as_array().map(Vec::len), Some(2));
    assert!(parsed.to_string().contains(CANARY));
    let csv = dir.path().join("cases.csv");
    plain_export(
        &mut v,
        &CaseSelection::Cases(vec![id.clone()]),
        PlainFormat::Csv,
        &csv,
        PlainExportConfirmation::i_understand_this_is_identified_data(),
        now(),
    )
    .expect("csv");
    let text = std::fs::read_to_string(&csv).expect("read");
    assert_eq!(text.lines().count(), 1 + 6, "a header and one row per step");
    assert!(text.lines().nth(1).is_some_and(|l| l.starts_with(&id)));
    let plain: Vec<_> = v
        .audit_log()
        .expect("audit")
        .into_iter()
        .filter(|e| e.event == "export.plain")
        .collect();
    assert_eq!(plain.len(), 2);
    assert_eq!(plain[0].detail.as_deref(), Some("cases=2"));
    assert_eq!(plain[1].detail.as_deref(), Some("cases=1"));
}
