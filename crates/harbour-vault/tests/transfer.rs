//! Moving cases between vaults (`transfer.rs`): all-or-nothing import with provenance, case
//! audit, purge after export.

use chrono::{DateTime, TimeZone, Utc};
use harbour_vault::{
    AuditEntry, CaseImport, CaseStatus, CaseSummary, ImportCase, ImportSession, KdfParams,
    Passphrase, SessionSummary, StepRecord, Vault, VaultOptions,
};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .single()
        .expect("date")
}

fn vault(dir: &std::path::Path) -> Vault {
    let opts = VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "hq".into(),
    };
    Vault::create(
        &dir.join("hq.vault"),
        &Passphrase::new("blue kettle sings at dawn"),
        now(),
        &opts,
    )
    .expect("vault")
}

fn case(id: &str, reference: &str) -> ImportCase {
    let at = now().to_rfc3339();
    ImportCase {
        case: CaseSummary {
            id: id.into(),
            reference: reference.into(),
            status: CaseStatus::Finished,
            created_at: at.clone(),
            updated_at: at.clone(),
            exported_at: None,
        },
        sessions: vec![ImportSession {
            session: SessionSummary {
                id: format!("{id}-s"),
                case_id: id.into(),
                questionnaire_id: "q".into(),
                questionnaire_version: "1".into(),
                started_at: at.clone(),
            },
            steps: vec![StepRecord {
                seq: 1,
                at: at.clone(),
                kind: "answer".into(),
                question_id: Some("q1".into()),
                language: Some("fr".into()),
                payload: "{}".into(),
            }],
        }],
        assessment: None,
        audit: vec![AuditEntry {
            at: at.clone(),
            actor: "field".into(),
            event: "case.created".into(),
            case_id: None,
            detail: None,
        }],
        provenance: CaseImport {
            case_id: id.into(),
            origin_case_id: id.into(),
            content_hash: format!("hash-{id}"),
            source_device: "dev".into(),
            bundle_exported_at: at.clone(),
            imported_at: at,
            note: None,
        },
    }
}

#[test]
fn import_is_all_or_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = vault(dir.path());
    let audit_before = v.audit_log().expect("audit").len();
    // The second case reuses the first one's reference: the whole batch is refused.
    let err = v.import_cases(&[case("a", "HB-AAAAAA"), case("b", "HB-AAAAAA")], now());
    assert!(err.is_err());
    assert!(v.list_cases().expect("list").is_empty());
    assert_eq!(v.audit_log().expect("audit").len(), audit_before);
    assert!(v.imports_of_origin("a").expect("imports").is_empty());
}

#[test]
fn imported_cases_keep_their_steps_audit_and_provenance_until_purged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = vault(dir.path());
    assert_eq!(
        v.import_cases(&[case("a", "HB-AAAAAA"), case("b", "HB-BBBBBB")], now())
            .expect("import"),
        2
    );
    assert_eq!(v.steps("a-s").expect("steps").len(), 1);
    let audit = v.case_audit("a").expect("audit");
    // The imported row, then reading the answers just now (audited under the importer).
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[0].case_id.as_deref(), Some("a"));
    assert_eq!(audit[1].event, "case.answers_viewed");
    assert_eq!(audit[1].actor, v.actor());
    assert_eq!(
        v.case_import("a").expect("prov").map(|p| p.content_hash),
        Some("hash-a".into())
    );
    assert!(v
        .audit_log()
        .expect("log")
        .iter()
        .any(|e| e.event == "import.bundle" && e.detail.as_deref() == Some("cases=2")));
    assert_eq!(v.purge_cases(&["a".into()], now()).expect("purge"), 1);
    assert!(v.case("a").is_err());
    assert!(
        v.case_import("a").expect("prov").is_none(),
        "provenance goes with the case"
    );
    assert!(
        v.case_audit("a").expect("audit").is_empty(),
        "audit entries are unlinked"
    );
    assert!(v
        .audit_log()
        .expect("log")
        .iter()
        .any(|e| e.event == "case.purged" && e.detail.as_deref() == Some("cases=1")));
    assert_eq!(v.list_cases().expect("list").len(), 1);
}
