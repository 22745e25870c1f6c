//! Copies of a case written outside the vault (referral summaries, bundles) are recorded in
//! the case's audit, listed when consent is withdrawn, and forgotten with the case.

use harbour_vault::{
    AuditEvent, CopyKind, CopyPlace, OutsideCopy, Passphrase, Vault, VaultOptions,
};
use std::path::Path;

mod common;
use common::now;

const PASS: &str = "blue kettle sings at dawn";

fn opts() -> VaultOptions {
    common::opts_as("tester")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn summary(referral: &'static str, path: &str) -> AuditEvent {
    AuditEvent::SummaryWritten {
        referral,
        copy: CopyPlace::of(Path::new(path)),
    }
}

#[test]
fn a_summary_and_a_bundle_are_in_the_case_audit_and_listed_at_withdrawal_then_forgotten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let case = v.create_case(now()).expect("case");
    let other = v.create_case(now()).expect("case");
    // A file name that carries the reference (the user asked for it).
    let named = format!("/media/usb/{}-medical.pdf", case.reference);
    v.audit(summary("medical", &named), Some(&case.id), now())
        .expect("audit summary");
    v.audit_each(
        &AuditEvent::BundleWritten {
            copy: CopyPlace::of(Path::new("/media/usb/harbour-2026-11-26-101010.harbour")),
        },
        &[case.id.clone(), other.id.clone()],
        now(),
    )
    .expect("audit bundle");

    let trail = v.case_audit(&case.id).expect("trail");
    let row = trail
        .iter()
        .find(|e| e.event == "export.summary")
        .expect("the summary is in the case's audit");
    assert_eq!(row.actor, v.actor(), "the acting person is recorded");
    let detail = row.detail.as_deref().expect("detail");
    assert!(
        detail.contains("medical") && detail.contains("/media/usb"),
        "{detail}"
    );

    let expected = vec![
        OutsideCopy {
            at: now().to_rfc3339(),
            kind: CopyKind::Summary {
                referral: "medical".into(),
            },
            place: CopyPlace {
                file: format!("{}-medical.pdf", case.reference),
                folder: "/media/usb".into(),
            },
        },
        OutsideCopy {
            at: now().to_rfc3339(),
            kind: CopyKind::Bundle,
            place: CopyPlace {
                file: "harbour-2026-11-26-101010.harbour".into(),
                folder: "/media/usb".into(),
            },
        },
    ];
    assert_eq!(v.outside_copies(&case.id).expect("copies"), expected);
    assert_eq!(v.outside_copies(&other.id).expect("copies").len(), 1);

    let listed = v.withdraw_case(&case.id, now()).expect("withdraw");
    assert_eq!(listed, expected, "the withdrawal lists the copies");
    // The other case keeps its record.
    assert_eq!(v.outside_copies(&other.id).expect("copies").len(), 1);
    // The unlinked rows stay, without the file names (one carried the reference).
    let log = v.audit_log().expect("log");
    let unlinked: Vec<_> = log
        .iter()
        .filter(|e| e.event == "export.summary" || e.event == "export.bundle_copy")
        .filter(|e| e.case_id.is_none())
        .collect();
    assert_eq!(unlinked.len(), 2, "{log:?}");
    assert!(unlinked.iter().all(|e| e.detail.is_none()), "{unlinked:?}");
    v.lock(now()).expect("lock");
    let key = harbour_vault::testing::raw_key(&path, &Passphrase::new(PASS))
        .expect("key file")
        .expect("key");
    let plain = common::decrypt_all_pages(&std::fs::read(&path).expect("read"), &key);
    assert!(
        !contains(&plain, case.reference.as_bytes()),
        "the file name with the reference remains in the vault file"
    );
}

#[test]
fn a_copy_detail_is_never_longer_than_a_bundle_accepts_and_keeps_the_folder_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let case = v.create_case(now()).expect("case");
    let deep = format!(
        "/media/{}stick/referral-summary-medical-2026-11-26.pdf",
        "d/".repeat(300)
    );
    v.audit(summary("medical", &deep), Some(&case.id), now())
        .expect("audit");
    let row = v
        .case_audit(&case.id)
        .expect("trail")
        .into_iter()
        .find(|e| e.event == "export.summary")
        .expect("row");
    assert!(row.detail.as_deref().expect("detail").len() <= 256);
    let copies = v.outside_copies(&case.id).expect("copies");
    assert_eq!(
        copies[0].place.file,
        "referral-summary-medical-2026-11-26.pdf"
    );
    assert!(
        copies[0].place.folder.starts_with('…'),
        "{:?}",
        copies[0].place
    );
    assert!(
        copies[0].place.folder.ends_with("/d/stick"),
        "{:?}",
        copies[0].place
    );
}

#[test]
fn only_unlinking_may_clear_a_copy_detail_and_other_rows_stay_append_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let case = v.create_case(now()).expect("case");
    v.audit(
        summary("shelter", "/media/usb/x.pdf"),
        Some(&case.id),
        now(),
    )
    .expect("audit");
    v.audit(AuditEvent::PlainExport { cases: 1 }, Some(&case.id), now())
        .expect("audit");
    for sql in [
        "UPDATE audit SET detail = NULL WHERE event = 'export.summary'",
        "UPDATE audit SET detail = 'x' WHERE event = 'export.summary'",
        "UPDATE audit SET case_id = NULL, detail = NULL WHERE event = 'export.plain'",
    ] {
        assert!(
            harbour_vault::testing::execute(&v, sql).is_err(),
            "allowed: {sql}"
        );
    }
}
