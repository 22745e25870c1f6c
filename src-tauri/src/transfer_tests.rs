//! Tests of export and import from the app (the shell's `transfer` module).
use super::*;
use crate::dto::CreateVaultRequest;
use crate::shell::{ShellConfig, DEFAULT_AUTO_LOCK};
use harbour_vault::{CaseStatus, KdfParams, NewStep, VaultOptions};
use std::sync::atomic::Ordering;

const PASS: &str = "blue kettle sings";
const KEY_PASS: &str = "harbour office key 2026";

fn shell(dir: &Path) -> Shell {
    let s = Shell::new(ShellConfig {
        data_dir: dir.to_path_buf(),
        vault: VaultOptions {
            kdf: KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: DEFAULT_AUTO_LOCK,
        packs: crate::packs::PackSources::default(),
    });
    s.create_vault(CreateVaultRequest {
        name: String::new(),
        passphrase: PASS.into(),
        confirmation: PASS.into(),
    })
    .expect("create");
    s
}

/// A case with one answer; finished or not.
fn add_case(s: &Shell, finished: bool, secret: &str) -> String {
    let mut slot = s.vault.lock().expect("lock");
    let v = slot.as_mut().expect("unlocked");
    let now = Utc::now();
    let case = v.create_case(now).expect("case");
    let session = v
        .start_session(&case.id, "mixed-flows", "1.0.0", now)
        .expect("session");
    let payload = serde_json::json!({ "answer": secret }).to_string();
    v.append_step(
        &session.id,
        NewStep {
            kind: "answer",
            question_id: Some("anything_else"),
            language: Some("en"),
            payload: &payload,
        },
        now,
    )
    .expect("step");
    if finished {
        v.set_case_status(&case.id, CaseStatus::Finished, now)
            .expect("status");
    }
    case.id
}

fn org_key(dir: &Path) -> harbour_export::OrgKeyFiles {
    harbour_export::generate_org_key(&dir.join("org"), &SecretString::from(KEY_PASS.to_string()))
        .expect("keygen")
}

fn code<T>(r: Result<T, IpcError>) -> String {
    r.err().map(|e| e.code).unwrap_or_default()
}

fn export_all_finished(s: &Shell, folder: &Path) -> Result<ExportResultDto, IpcError> {
    s.export_cases(ExportRequest {
        all_finished: true,
        case_ids: vec![],
        folder: folder.display().to_string(),
    })
}

#[test]
fn the_org_key_is_checked_before_it_is_stored() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(&dir.path().join("device"));
    let key = org_key(dir.path());
    assert_eq!(s.transfer_settings().expect("settings").key_count, 0);
    let bad = s
        .set_org_recipients(format!("# our office\n{}\nage1notakey\n", key.recipient))
        .expect_err("bad line");
    assert_eq!(bad.code, "error-export-bad-recipient");
    assert_eq!(bad.args.get("line").map(String::as_str), Some("3"));
    let none = s
        .set_org_recipients("  \n# only a comment\n".into())
        .expect_err("empty");
    assert_eq!(none.code, "error-export-no-recipients");
    assert_eq!(
        s.transfer_settings().expect("settings").key_count,
        0,
        "nothing stored on error"
    );
    let ok = s
        .set_org_recipients(format!("# our office\n{}\n", key.recipient))
        .expect("install");
    assert_eq!(ok.key_count, 1);
    assert!(ok.org_recipients.contains(&key.recipient));
    assert_eq!(ok.retention, "keep");
    assert_eq!(code(s.set_retention("shred")), "error-retention-invalid");
    assert_eq!(s.set_retention("purge").expect("purge").retention, "purge");
}

#[test]
fn export_needs_a_key_and_a_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(&dir.path().join("device"));
    add_case(&s, true, "x");
    assert_eq!(
        code(export_all_finished(&s, &dir.path().join("missing"))),
        "error-export-folder"
    );
    assert_eq!(
        code(export_all_finished(&s, dir.path())),
        "error-export-no-recipients"
    );
    assert!(
        !s.export_progress().running,
        "the running flag is cleared after a failure"
    );
    let key = org_key(dir.path());
    s.set_org_recipients(key.recipient).expect("install");
    let none = s.export_cases(ExportRequest {
        all_finished: false,
        case_ids: vec![],
        folder: dir.path().display().to_string(),
    });
    assert_eq!(code(none), "error-export-nothing");
    let plan = s.export_plan(Some(dir.path().to_path_buf())).expect("plan");
    assert!(plan.key_installed);
    assert_eq!(plan.cases.len(), 1);
    assert_eq!(plan.folder, dir.path().display().to_string());
}

#[test]
fn export_then_import_on_another_device_and_purge_when_the_setting_says_so() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    let key = org_key(dir.path());
    let field = shell(&dir.path().join("field"));
    field
        .set_org_recipients(key.recipient.clone())
        .expect("install");
    let secret = "SECRET-ANSWER-7f3a";
    let a = add_case(&field, true, secret);
    let b = add_case(&field, true, secret);
    let open = add_case(&field, false, secret);

    let first = export_all_finished(&field, &out).expect("export");
    assert_eq!(first.cases, 2);
    assert_eq!(first.purged, 0);
    let p = field.export_progress();
    assert_eq!(
        (p.done, p.total, p.running),
        (2, 2, false),
        "progress reached the total"
    );
    let bytes = std::fs::read(&first.path).expect("bundle");
    assert!(
        !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
        "no answer in plain text"
    );
    let cases = field.list_cases().expect("cases");
    assert!(cases
        .iter()
        .filter(|c| c.id == a || c.id == b)
        .all(|c| c.exported_at.is_some()));
    assert!(cases
        .iter()
        .any(|c| c.id == open && c.exported_at.is_none()));

    // Headquarters: a wrong passphrase writes nothing; the right one imports both cases.
    let hq = shell(&dir.path().join("hq"));
    let req = |pass: &str, bundles: Vec<String>| ImportRequest {
        bundles,
        identity: key.identity.display().to_string(),
        passphrase: pass.into(),
    };
    let wrong = hq
        .import_bundles(req("not the key passphrase", vec![first.path.clone()]))
        .expect_err("wrong");
    assert_eq!(wrong.code, "error-export-wrong-key-passphrase");
    assert!(hq.list_cases().expect("cases").is_empty());
    // A device headquarters has not enrolled: the bundle is held, with the fingerprint to
    // compare; a fingerprint that is not the device's enrols nothing; the device's own (as
    // its Settings show it) enrols it, and the import goes through.
    let held = hq
        .import_bundles(req(KEY_PASS, vec![first.path.clone()]))
        .expect_err("held");
    assert_eq!(held.code, "error-import-device-not-enrolled");
    let shown = field
        .device()
        .fingerprint
        .expect("the field device shows its fingerprint");
    assert_eq!(held.args.get("fingerprint"), Some(&shown));
    assert!(
        hq.list_cases().expect("cases").is_empty(),
        "nothing imported while held"
    );
    let enrol = |fingerprint: &str| crate::transfer_dto::EnrolRequest {
        bundle: first.path.clone(),
        identity: key.identity.display().to_string(),
        passphrase: KEY_PASS.into(),
        fingerprint: fingerprint.into(),
    };
    let mismatch = hq
        .enrol_bundle_device(enrol("11111 22222 33333 44444 55555 66666 77777 88888"))
        .expect_err("not the device's fingerprint");
    assert_eq!(mismatch.code, "error-import-fingerprint-mismatch");
    assert_eq!(
        hq.import_bundles(req(KEY_PASS, vec![first.path.clone()]))
            .map(|_| ())
            .map_err(|e| e.code),
        Err("error-import-device-not-enrolled".into()),
        "still held"
    );
    hq.enrol_bundle_device(enrol(&shown)).expect("enrol");
    let report = hq
        .import_bundles(req(KEY_PASS, vec![first.path.clone()]))
        .expect("import");
    assert_eq!((report.bundles, report.written), (1, 2));
    assert!(report.cases.iter().all(|c| c.fate == Fate::New));
    let again = hq
        .import_bundles(req(
            KEY_PASS,
            vec![format!("  {}  ", first.path), String::new()],
        ))
        .expect("again");
    assert_eq!(again.written, 0);
    assert!(again.cases.iter().all(|c| c.fate == Fate::Duplicate));
    assert_eq!(hq.list_cases().expect("cases").len(), 2);

    // A bundle changed by one byte: the translated error, nothing written.
    let mut tampered = bytes.clone();
    let mid = tampered.len() / 2;
    tampered[mid] ^= 1;
    let tpath = out.join("tampered.harbour");
    std::fs::write(&tpath, &tampered).expect("write");
    let hq2 = shell(&dir.path().join("hq2"));
    let err = hq2
        .import_bundles(req(KEY_PASS, vec![tpath.display().to_string()]))
        .expect_err("tampered");
    assert_eq!(err.code, "error-export-tampered");
    assert_eq!(
        err.args.get("file").map(String::as_str),
        Some("tampered.harbour")
    );
    assert!(hq2.list_cases().expect("cases").is_empty());

    // Retention "purge": the exported cases leave the device, the open one stays.
    field.set_retention("purge").expect("purge");
    let second = export_all_finished(&field, &out).expect("export again");
    assert_ne!(second.path, first.path, "never overwrites");
    assert_eq!((second.cases, second.purged), (2, 2));
    let left = field.list_cases().expect("cases");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, open);
}

#[test]
fn chosen_cases_only_and_a_busy_vault_is_neither_idle_locked_nor_reported_locked() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(&dir.path().join("device"));
    let key = org_key(dir.path());
    s.set_org_recipients(key.recipient).expect("install");
    let _finished = add_case(&s, true, "x");
    let open = add_case(&s, false, "y");
    let out = s
        .export_cases(ExportRequest {
            all_finished: false,
            case_ids: vec![open.clone()],
            folder: dir.path().display().to_string(),
        })
        .expect("export");
    assert_eq!(out.cases, 1);
    let listed = s.list_cases().expect("cases");
    let exported: Vec<&str> = listed
        .iter()
        .filter(|c| c.exported_at.is_some())
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(exported, vec![open.as_str()]);
    let unknown = s.export_cases(ExportRequest {
        all_finished: false,
        case_ids: vec!["HB-NOSUCH".into()],
        folder: dir.path().display().to_string(),
    });
    assert_eq!(code(unknown), "error-export-case-not-found");

    // One export at a time: a second one is refused while the first runs.
    s.progress.running.store(true, Ordering::Release);
    let second = export_all_finished(&s, dir.path());
    assert_eq!(code(second), "error-export-running");
    s.progress.running.store(false, Ordering::Release);

    let now = crate::shell::Moment::now();
    let later = crate::shell::Moment {
        wall: now.wall + DEFAULT_AUTO_LOCK * 2,
        mono: now.mono + DEFAULT_AUTO_LOCK * 2,
    };
    {
        let _busy = s.vault.lock().expect("lock");
        assert!(s.status().unlocked, "status does not wait for a busy vault");
        assert!(!s.lock_if_idle(later), "a busy vault is not idle");
    }
    assert!(s.lock_if_idle(later), "idle once free");
}

#[test]
fn every_export_error_code_has_an_english_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    let en: String = s
        .locale_sources("en")
        .into_iter()
        .map(|f| f.text)
        .collect::<Vec<_>>()
        .join("\n");
    let p = PathBuf::from("x");
    let errors = [
        ExportError::BadRecipient { line: 1 },
        ExportError::NoRecipients,
        ExportError::WrongKeyPassphrase { path: p.clone() },
        ExportError::BadIdentityFile {
            path: p.clone(),
            detail: String::new(),
        },
        ExportError::WeakKeyPassphrase(String::new()),
        ExportError::KeyExists { path: p.clone() },
        ExportError::WrongIdentity { path: p.clone() },
        ExportError::Truncated { path: p.clone() },
        ExportError::Tampered {
            path: p.clone(),
            detail: String::new(),
        },
        ExportError::NotABundle {
            path: p.clone(),
            detail: String::new(),
        },
        ExportError::OutputExists { path: p.clone() },
        ExportError::Io {
            action: "",
            path: p,
            source: std::io::Error::other("x"),
        },
        ExportError::CaseNotFound(String::new()),
        ExportError::NothingToExport,
        ExportError::NoAssessment(String::new()),
        ExportError::BadAssessment {
            case: String::new(),
            detail: String::new(),
        },
        ExportError::UnknownReferral(String::new()),
        ExportError::UnsupportedLanguage(String::new()),
        ExportError::Font(String::new()),
        ExportError::Internal {
            action: "",
            detail: String::new(),
        },
    ];
    let mut codes: Vec<String> = errors.into_iter().map(|e| IpcError::from(e).code).collect();
    codes.extend(
        [
            "error-export-folder",
            "error-export-running",
            "error-import-no-bundles",
            "error-import-no-identity",
            "error-retention-invalid",
        ]
        .map(String::from),
    );
    for code in codes {
        assert!(
            en.contains(&format!("\n{code} =")),
            "no English text for {code}"
        );
    }
}

/// Issue 13 item 7: a summary needs a folder the user chose (no default), and a withdrawal
/// tells where copies of the case went.
#[test]
fn a_summary_needs_a_chosen_folder_and_a_withdrawal_lists_the_bundle_that_holds_the_case() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(&dir.path().join("device"));
    let case = add_case(&s, true, "x");
    let request = |folder: &str| crate::transfer_dto::SummaryRequest {
        case_id: case.clone(),
        referral: "medical".into(),
        lang: "en".into(),
        folder: folder.into(),
        with_reference: false,
    };
    assert_eq!(
        code(s.referral_summary(request(""))),
        "error-summary-folder"
    );
    let missing = dir.path().join("no-stick");
    assert_eq!(
        code(s.referral_summary(request(&missing.display().to_string()))),
        "error-summary-folder"
    );
    assert!(!missing.exists());
    assert_eq!(
        code(s.referral_summary(crate::transfer_dto::SummaryRequest {
            referral: "lawyer".into(),
            ..request(&dir.path().display().to_string())
        })),
        "error-referral-unknown"
    );

    let usb = dir.path().join("usb");
    std::fs::create_dir(&usb).expect("usb");
    let key = org_key(dir.path());
    s.set_org_recipients(key.recipient).expect("install");
    let exported = export_all_finished(&s, &usb).expect("export");
    // Before a withdrawal is confirmed, the same copies are listed, and nothing changes.
    let before = s.case_outside_copies(&case).expect("copies before");
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(
        s.case_outside_copies(&case).expect("again").len(),
        1,
        "listing changes nothing"
    );
    let copies = s.withdraw_case(&case).expect("withdraw");
    assert_eq!(
        (before[0].kind, &before[0].file, &before[0].folder),
        (copies[0].kind, &copies[0].file, &copies[0].folder),
        "the dialog named what the withdrawal then reported"
    );
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(copies[0].kind, crate::transfer_dto::CopyKindDto::Bundle);
    assert!(
        exported.path.ends_with(&copies[0].file),
        "{exported:?} {copies:?}"
    );
    assert_eq!(
        Path::new(&copies[0].folder),
        std::fs::canonicalize(&usb).expect("canonical")
    );
}
