//! Encrypted bundles: round trip, rejection of damaged or misaddressed bundles with nothing
//! written, idempotent import, conflicting versions, retention, and no plaintext on disk.

mod common;

use common::*;
use harbour_export::{
    export_bundle, import_bundles, CaseFate, CaseSelection, ExportError, RETENTION_SETTING,
};
use harbour_vault::{NewStep, Vault};
use std::path::{Path, PathBuf};

fn exported(
    dir: &Path,
    n_everything: usize,
    n_quiet: usize,
) -> (Vault, harbour_export::Identity, PathBuf) {
    let mut field = new_vault(dir, "field.vault");
    for _ in 0..n_everything {
        add_case(&mut field, Profile::Everything, "SY");
    }
    for _ in 0..n_quiet {
        add_case(&mut field, Profile::Quiet, "ER");
    }
    let (id, r) = org_key();
    let out = dir.join("out").join("cases.harbour");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    export_bundle(&mut field, &export_opts(&r, out.clone()), &mut |_, _| {}).expect("export");
    (field, id, out)
}

fn state(v: &Vault) -> (Snapshot, usize) {
    (snapshot(v), v.audit_log().expect("audit").len())
}

#[test]
fn round_trip_export_then_import_gives_equal_cases() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (field, id, out) = exported(dir.path(), 2, 1);
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    let report = import_bundles(&mut hq, &[id], &[out], now()).expect("import");
    assert_eq!(report.written, 3);
    assert_eq!(report.count(|f| *f == CaseFate::New), 3);
    let a = snapshot(&field);
    let b = snapshot(&hq);
    assert_eq!(a.len(), 3);
    assert_eq!(
        a, b,
        "steps, assessment and audit metadata survive the trip unchanged"
    );
    assert!(b
        .iter()
        .all(|c| c.3.iter().map(|s| s.2.len()).sum::<usize>() == 6));
    assert!(
        b.iter().all(|c| !c.5.is_empty()),
        "audit entries travel with the case"
    );
    // The field device records where the bundle went, on each case; that record stays
    // there (folders of the field device mean nothing at headquarters).
    let copies = |v: &Vault| -> usize {
        v.list_cases()
            .expect("cases")
            .iter()
            .map(|c| v.outside_copies(&c.id).expect("copies").len())
            .sum()
    };
    assert_eq!(copies(&field), 3, "each exported case knows its bundle");
    assert_eq!(copies(&hq), 0, "no field folder reaches headquarters");
    let m = &report.manifests[0];
    assert_eq!(m.counts.cases, 3);
    assert_eq!(m.counts.steps, 18);
    assert_eq!(m.questionnaires.len(), 1);
    assert_eq!(m.device_id.len(), 32);
    assert!(hq
        .audit_log()
        .expect("audit")
        .iter()
        .any(|e| e.event == "import.bundle" && e.detail.as_deref() == Some("cases=3")));
}

#[test]
fn export_marks_cases_exported_and_audits_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (field, _, _) = exported(dir.path(), 1, 1);
    assert!(field
        .list_cases()
        .expect("list")
        .iter()
        .all(|c| c.exported_at.is_some()));
    let log = field.audit_log().expect("audit");
    assert!(log
        .iter()
        .any(|e| e.event == "export.bundle" && e.detail.as_deref() == Some("cases=2")));
    assert!(
        !log.iter().any(|e| e.event == "case.purged"),
        "retention defaults to keep"
    );
}

#[test]
fn retention_purge_deletes_exported_cases_after_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    add_case(&mut field, Profile::Everything, "SY");
    add_case(&mut field, Profile::Quiet, "AF");
    field
        .set_setting(RETENTION_SETTING, "purge", now())
        .expect("setting");
    let (id, r) = org_key();
    let out = dir.path().join("b.harbour");
    let report =
        export_bundle(&mut field, &export_opts(&r, out.clone()), &mut |_, _| {}).expect("export");
    assert_eq!(report.purged, 2);
    assert!(field.list_cases().expect("list").is_empty());
    assert!(field
        .audit_log()
        .expect("audit")
        .iter()
        .any(|e| e.event == "case.purged" && e.detail.as_deref() == Some("cases=2")));
    // The bundle still holds them.
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    assert_eq!(
        import_bundles(&mut hq, &[id], &[out], now())
            .expect("import")
            .written,
        2
    );
}

#[test]
fn a_flipped_byte_is_rejected_as_tampered_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (field, id, out) = exported(dir.path(), 2, 0);
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    add_case(&mut hq, Profile::Quiet, "IQ");
    let before = state(&hq);
    let mut bytes = std::fs::read(&out).expect("read");
    for pos in [bytes.len() / 2, bytes.len() - 3] {
        let mut damaged = bytes.clone();
        damaged[pos] ^= 0x01;
        let bad = dir.path().join(format!("flipped-{pos}.harbour"));
        std::fs::write(&bad, &damaged).expect("write");
        let err = import_bundles(&mut hq, std::slice::from_ref(&id), &[bad], now())
            .expect_err("must reject");
        assert!(matches!(err, ExportError::Tampered { .. }), "got {err:?}");
        assert_eq!(err.code(), "error-export-tampered");
        assert!(err.to_string().contains("altered or damaged"));
    }
    // A valid bundle next to a bad one: rejected as a whole too.
    let third = bytes.len() / 3;
    bytes[third] ^= 0x80;
    let bad = dir.path().join("bad.harbour");
    std::fs::write(&bad, &bytes).expect("write");
    let err = import_bundles(&mut hq, &[id], &[out, bad], now()).expect_err("must reject");
    assert!(matches!(err, ExportError::Tampered { .. }), "got {err:?}");
    assert_eq!(state(&hq), before, "the vault is unchanged");
}

#[test]
fn a_truncated_bundle_is_rejected_as_truncated_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, id, out) = exported(dir.path(), 3, 0);
    let mut hq = new_vault(dir.path(), "hq.vault");
    let before = state(&hq);
    let bytes = std::fs::read(&out).expect("read");
    for cut in [bytes.len() - 1, bytes.len() - 65552, bytes.len() / 2, 40] {
        let bad = dir.path().join(format!("cut-{cut}.harbour"));
        std::fs::write(&bad, &bytes[..cut]).expect("write");
        let err = import_bundles(&mut hq, std::slice::from_ref(&id), &[bad], now())
            .expect_err("must reject");
        assert!(
            matches!(err, ExportError::Truncated { .. }),
            "cut at {cut}: got {err:?}"
        );
        assert_eq!(err.code(), "error-export-truncated");
    }
    assert_eq!(state(&hq), before);
}

#[test]
fn a_bundle_for_another_organisation_is_rejected_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, _, out) = exported(dir.path(), 1, 0);
    let (other, _) = org_key();
    let mut hq = new_vault(dir.path(), "hq.vault");
    let before = state(&hq);
    let err = import_bundles(&mut hq, &[other], &[out], now()).expect_err("must reject");
    assert!(
        matches!(err, ExportError::WrongIdentity { .. }),
        "got {err:?}"
    );
    assert_eq!(err.code(), "error-export-wrong-identity");
    assert!(err
        .to_string()
        .contains("not addressed to this organisation key"));
    assert_eq!(state(&hq), before);
}

#[test]
fn a_file_that_is_not_a_bundle_is_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (id, _) = org_key();
    let junk = dir.path().join("notes.txt");
    std::fs::write(&junk, "hello").expect("write");
    let mut hq = new_vault(dir.path(), "hq.vault");
    let err = import_bundles(&mut hq, &[id], &[junk], now()).expect_err("must reject");
    assert!(matches!(err, ExportError::NotABundle { .. }), "got {err:?}");
}

#[test]
fn importing_the_same_bundle_twice_gives_one_case_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (field, id, out) = exported(dir.path(), 1, 1);
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    let first = import_bundles(
        &mut hq,
        std::slice::from_ref(&id),
        std::slice::from_ref(&out),
        now(),
    )
    .expect("first");
    assert_eq!(first.written, 2);
    let after_first = snapshot(&hq);
    let second = import_bundles(
        &mut hq,
        std::slice::from_ref(&id),
        &[out.clone(), out],
        now(),
    )
    .expect("second");
    assert_eq!(second.written, 0);
    assert_eq!(second.count(|f| *f == CaseFate::Duplicate), 4);
    assert_eq!(snapshot(&hq), after_first);
    assert_eq!(hq.list_cases().expect("list").len(), 2);
}

#[test]
fn re_exporting_an_unchanged_case_gives_the_same_hash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut field, id, out) = exported(dir.path(), 1, 0);
    let (_, r) = (0, id.to_public());
    let again = dir.path().join("again.harbour");
    export_bundle(&mut field, &export_opts(&r, again.clone()), &mut |_, _| {})
        .expect("export again");
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    let rep = import_bundles(&mut hq, &[id], &[out, again], now()).expect("import");
    assert_eq!(rep.written, 1);
    assert_eq!(rep.cases[1].fate, CaseFate::Duplicate);
}

#[test]
fn a_conflicting_version_is_kept_side_by_side_with_a_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut field, id, first) = exported(dir.path(), 1, 0);
    // The case changes on the device after the first export, then is exported again.
    let case = field.list_cases().expect("list").remove(0);
    let session = field.sessions(&case.id).expect("sessions").remove(0);
    field
        .append_step(
            &session.id,
            NewStep {
                kind: "answer",
                question_id: Some("q9"),
                language: Some("en"),
                payload: r#"{"answer":"yes"}"#,
            },
            now(),
        )
        .expect("step");
    let second = dir.path().join("second.harbour");
    export_bundle(
        &mut field,
        &export_opts(&id.to_public(), second.clone()),
        &mut |_, _| {},
    )
    .expect("export");
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol_device(&mut hq, &field);
    import_bundles(&mut hq, std::slice::from_ref(&id), &[first], now()).expect("first");
    let rep = import_bundles(
        &mut hq,
        std::slice::from_ref(&id),
        std::slice::from_ref(&second),
        now(),
    )
    .expect("second");
    assert_eq!(rep.written, 1);
    let CaseFate::Conflict { note } = &rep.cases[0].fate else {
        panic!("expected a conflict, got {:?}", rep.cases[0].fate)
    };
    assert!(note.contains(&case.id) && note.contains("conflicting version"));
    let cases = hq.list_cases().expect("list");
    assert_eq!(cases.len(), 2, "both versions are kept");
    let side = &rep.cases[0].local_id;
    assert_ne!(side, &case.id);
    let prov = hq.case_import(side).expect("provenance").expect("recorded");
    assert_eq!(prov.origin_case_id, case.id);
    assert_eq!(prov.note.as_deref(), Some(note.as_str()));
    let steps: usize = hq
        .sessions(side)
        .expect("s")
        .iter()
        .map(|s| hq.steps(&s.id).expect("steps").len())
        .sum();
    assert_eq!(steps, 7);
    // And importing the second bundle again changes nothing.
    let again = import_bundles(&mut hq, &[id], &[second], now()).expect("again");
    assert_eq!(again.written, 0);
    assert_eq!(hq.list_cases().expect("list").len(), 2);
}

#[test]
fn a_bundle_for_two_organisations_opens_with_either_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    add_case(&mut field, Profile::Quiet, "SY");
    let (a, ra) = org_key();
    let (b, rb) = org_key();
    let out = dir.path().join("two.harbour");
    let mut o = export_opts(&ra, out.clone());
    o.recipients.push(rb);
    export_bundle(&mut field, &o, &mut |_, _| {}).expect("export");
    for (n, key) in [a, b].into_iter().enumerate() {
        let mut hq = new_vault(dir.path(), &format!("hq{n}.vault"));
        enrol_device(&mut hq, &field);
        assert_eq!(
            import_bundles(&mut hq, &[key], std::slice::from_ref(&out), now())
                .expect("import")
                .written,
            1
        );
    }
}

#[test]
fn export_selects_finished_cases_or_named_ones_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    let done = add_case(&mut field, Profile::Quiet, "SY");
    field.create_case(now()).expect("open case");
    let (_, r) = org_key();
    let out = dir.path().join("f.harbour");
    let mut o = export_opts(&r, out.clone());
    o.selection = CaseSelection::Finished;
    let rep = export_bundle(&mut field, &o, &mut |_, _| {}).expect("export");
    assert_eq!(rep.manifest.cases.len(), 1);
    assert_eq!(rep.manifest.cases[0].id, done);
    let err = export_bundle(&mut field, &o, &mut |_, _| {}).expect_err("exists");
    assert!(matches!(err, ExportError::OutputExists { .. }));
    let reference = field.case(&done).expect("case").reference;
    o.out = dir.path().join("g.harbour");
    o.selection = CaseSelection::Cases(vec![reference.to_lowercase()]);
    assert_eq!(
        export_bundle(&mut field, &o, &mut |_, _| {})
            .expect("by ref")
            .manifest
            .cases[0]
            .id,
        done
    );
    o.selection = CaseSelection::Cases(vec!["HB-NOPE00".into()]);
    o.out = dir.path().join("h.harbour");
    assert!(matches!(
        export_bundle(&mut field, &o, &mut |_, _| {}),
        Err(ExportError::CaseNotFound(_))
    ));
}

fn scan_for_canary(dirs: &[&Path], since: std::time::SystemTime) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let Ok(meta) = e.metadata() else { continue };
            if !meta.is_file()
                || meta.modified().map(|m| m < since).unwrap_or(true)
                || meta.len() > 50_000_000
            {
                continue;
            }
            if p.extension().is_some_and(|x| x == "vault" || x == "key") {
                continue; // the vault itself is SQLCipher, checked by the vault's own tests
            }
            if let Ok(bytes) = std::fs::read(&p) {
                if contains(&bytes, CANARY.as_bytes()) || contains(&bytes, b"Timbuktu") {
                    hits.push(p);
                }
            }
        }
    }
    hits
}

#[test]
fn no_plaintext_canary_in_the_output_folder_or_temp_dir_during_or_after_export() {
    let start = std::time::SystemTime::now() - std::time::Duration::from_secs(2);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    for _ in 0..40 {
        add_case(&mut field, Profile::Everything, "SY");
    }
    let out_dir = dir.path().join("usb");
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    let (id, r) = org_key();
    let out = out_dir.join("cases.harbour");
    let tmp = std::env::temp_dir();
    let mut scans = 0;
    let mut during = Vec::new();
    export_bundle(&mut field, &export_opts(&r, out.clone()), &mut |done, _| {
        if done % 10 == 0 {
            scans += 1;
            during.extend(scan_for_canary(&[&out_dir, &tmp, dir.path()], start));
        }
    })
    .expect("export");
    assert_eq!(scans, 4);
    assert!(
        during.is_empty(),
        "canary readable during export in {during:?}"
    );
    let after = scan_for_canary(&[&out_dir, &tmp, dir.path()], start);
    assert!(
        after.is_empty(),
        "canary readable after export in {after:?}"
    );
    // Only the bundle is left in the output folder (the temporary file was renamed).
    let left: Vec<_> = std::fs::read_dir(&out_dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    // And the canary is really in there, for whoever holds the key.
    let b = harbour_export::open_bundle(&out, &[id]).expect("open");
    assert!(b.cases[0].0.sessions[0].steps[0].payload.contains(CANARY));
}

#[test]
fn progress_reports_every_case() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    for _ in 0..3 {
        add_case(&mut field, Profile::Quiet, "SY");
    }
    let (_, r) = org_key();
    let mut seen = Vec::new();
    export_bundle(
        &mut field,
        &export_opts(&r, dir.path().join("p.harbour")),
        &mut |d, t| seen.push((d, t)),
    )
    .expect("export");
    assert_eq!(seen, vec![(1, 3), (2, 3), (3, 3)]);
}

#[test]
fn an_interviewer_cannot_export_or_import_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("field.vault");
    let mut sup = new_vault(dir.path(), "field.vault");
    let amina = harbour_vault::Passphrase::new("amina walks the long road home");
    sup.add_staff("Amina", harbour_vault::Role::Interviewer, &amina, now())
        .expect("add");
    sup.lock(now()).expect("lock");
    let mut a = Vault::unlock(&path, &amina, now(), &opts()).expect("amina");
    add_case(&mut a, Profile::Quiet, "ER");
    let (id, r) = org_key();
    let out = dir.path().join("cases.harbour");
    match export_bundle(&mut a, &export_opts(&r, out.clone()), &mut |_, _| {}) {
        Err(ExportError::Vault(harbour_vault::VaultError::NotAllowed { .. })) => {}
        other => panic!("expected NotAllowed, got {other:?}"),
    }
    assert!(!out.exists(), "a bundle was written");
    assert!(import_bundles(&mut a, &[id], &[out], now()).is_err());
}
