//! Envelope keys, migration, recovery, wipe and key-file hardening, against real SQLCipher
//! files on disk.

use chrono::Duration;
use harbour_vault::{
    key_path, key_status, wipe_files, KdfParams, OrgIdentity, Passphrase, Role, Vault, VaultError,
    VaultOptions, WipePolicy, WIPE_CONFIRMATION,
};
use std::path::{Path, PathBuf};

mod common;
use common::now;

const PASS: &str = "blue kettle sings at dawn";
const NEW_PASS: &str = "green river under the bridge";
const AMINA: &str = "amina walks the long road home";

fn opts() -> VaultOptions {
    common::opts_as("Sam")
}

fn new_vault(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("harbour.vault");
    let v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    (path, v)
}

fn unlock(path: &Path, pass: &str) -> harbour_vault::Result<Vault> {
    Vault::unlock(path, &Passphrase::new(pass), now(), &opts())
}

fn key_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(key_path(path)).expect("key file")).expect("json")
}

fn write_key_json(path: &Path, v: &serde_json::Value) {
    std::fs::write(
        key_path(path),
        serde_json::to_string_pretty(v).expect("json"),
    )
    .expect("write key file");
}

fn copy_fixture(from: &Path, to: &Path) -> PathBuf {
    for name in ["harbour.vault", "harbour.vault.key"] {
        std::fs::copy(from.join(name), to.join(name)).expect("copy fixture");
    }
    to.join("harbour.vault")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

// ---------------------------------------------------------------- envelope keys

#[test]
fn the_key_file_names_nobody_and_holds_one_slot_per_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.add_staff(
        "Amina Yusuf",
        Role::Interviewer,
        &Passphrase::new(AMINA),
        now(),
    )
    .expect("add");
    let text = std::fs::read_to_string(key_path(&path)).expect("key file");
    for name in ["Sam", "Amina", "Yusuf", "interviewer", "supervisor"] {
        assert!(!text.contains(name), "the key file names {name}");
    }
    let staff = v.list_staff().expect("staff");
    for s in &staff {
        assert!(!text.contains(&s.id), "the key file holds a staff id");
    }
    let json = key_json(&path);
    assert_eq!(json["format"], 2);
    assert_eq!(json["slots"].as_array().expect("slots").len(), 2);
    assert!(json.get("check").is_none());
}

#[test]
fn each_person_unlocks_as_themselves_and_a_wrong_passphrase_is_wrong_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let amina = v
        .add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("add");
    let sam = v.acting().clone();
    assert_eq!(sam.role, Role::Supervisor);
    assert_eq!(sam.display_name, "Sam");
    v.lock(now()).expect("lock");
    let v = unlock(&path, AMINA).expect("amina unlocks");
    assert_eq!(v.acting().id, amina.id);
    assert_eq!(v.acting().role, Role::Interviewer);
    assert_eq!(v.actor(), amina.id);
    v.lock(now()).expect("lock");
    let v = unlock(&path, PASS).expect("sam unlocks");
    assert_eq!(v.acting().id, sam.id);
    v.lock(now()).expect("lock");
    match unlock(&path, "nobody's words at all") {
        Err(VaultError::WrongPassphrase {
            failed_attempts: 1, ..
        }) => {}
        other => panic!("expected WrongPassphrase, got {other:?}"),
    }
}

#[test]
fn changing_a_passphrase_rewraps_one_slot_and_never_rekeys_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("add");
    let key_before = harbour_vault::testing::vault_key(&v);
    let db_before = std::fs::read(&path).expect("read");
    let other_slot_before = key_json(&path)["slots"][1].clone();
    v.change_passphrase(&Passphrase::new(NEW_PASS), now())
        .expect("change");
    assert_eq!(
        key_json(&path)["slots"][1],
        other_slot_before,
        "another person's slot changed"
    );
    v.lock(now()).expect("lock");
    assert!(matches!(
        unlock(&path, PASS),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let v = unlock(&path, NEW_PASS).expect("new passphrase");
    assert_eq!(harbour_vault::testing::vault_key(&v), key_before);
    assert!(v
        .audit_log()
        .expect("audit")
        .iter()
        .any(|e| e.event == "staff.passphrase_changed" && e.actor == v.actor()));
    v.lock(now()).expect("lock");
    unlock(&path, AMINA)
        .expect("the other person still unlocks")
        .lock(now())
        .expect("lock");
    // The database pages were not re-encrypted (only checkpoints changed the file).
    let db_after = std::fs::read(&path).expect("read");
    assert_eq!(
        &db_after[..16],
        &db_before[..16],
        "the database salt changed"
    );
}

#[test]
fn two_people_cannot_share_a_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_path, mut v) = new_vault(dir.path());
    assert!(matches!(
        v.add_staff("Copy", Role::Interviewer, &Passphrase::new(PASS), now()),
        Err(VaultError::PassphraseInUse)
    ));
    v.add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("add");
    assert!(matches!(
        v.change_passphrase(&Passphrase::new(AMINA), now()),
        Err(VaultError::PassphraseInUse)
    ));
}

#[test]
fn the_vault_and_key_file_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.create_case(now()).expect("case");
    for p in [
        path.clone(),
        key_path(&path),
        harbour_vault_sibling(&path, "-wal"),
    ] {
        let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", p.display());
    }
    v.change_passphrase(&Passphrase::new(NEW_PASS), now())
        .expect("change");
    let mode = std::fs::metadata(key_path(&path))
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "a rewritten key file is {mode:o}");
}

#[test]
fn sqlcipher_memory_security_is_on_once_unlocked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let v = unlock(&path, PASS).expect("unlock");
    let on =
        harbour_vault::testing::query_text(&v, "PRAGMA cipher_memory_security").expect("pragma");
    assert!(
        on == "1" || on.eq_ignore_ascii_case("on"),
        "memory security: {on}"
    );
}

fn harbour_vault_sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

// ---------------------------------------------------------------- failed unlocks

#[test]
fn the_failed_count_is_written_before_the_attempt_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    for _ in 0..2 {
        let _ = unlock(&path, "wrong words entirely here");
    }
    // A "restart" is a new process reading the same file: the count is in the file.
    assert_eq!(key_status(&path).expect("status").failed_attempts, 2);
    assert_eq!(key_json(&path)["failed_attempts"], 2);
}

/// A key file that cannot be written (here: its medium turned read-only; as root, file
/// modes do not stop a write) refuses every unlock, even with the right passphrase: a
/// failure that cannot be counted is not allowed to happen.
#[test]
fn a_key_file_that_cannot_be_written_refuses_the_unlock() {
    let holder = tempfile::tempdir().expect("tempdir");
    let mnt = holder.path().to_path_buf();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=8m", "tmpfs"])
        .arg(&mnt)
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !mounted {
        eprintln!("cannot mount a tmpfs here (not root?): skipped");
        return;
    }
    let remount = |mode: &str| {
        std::process::Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&mnt)
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let path = mnt.join("harbour.vault");
    let v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    v.lock(now()).expect("lock");
    assert!(remount("ro"), "remount read-only");
    let wrong = unlock(&path, "wrong words entirely here").map(|_| ());
    let right = unlock(&path, PASS).map(|_| ());
    assert!(remount("rw"), "remount read-write");
    let result = (wrong, right);
    let after = key_status(&path).map(|s| s.failed_attempts);
    let _ = std::process::Command::new("umount").arg(&mnt).status();
    let (wrong, right) = result;
    assert!(
        matches!(wrong, Err(VaultError::NotWritable { .. })),
        "a wrong passphrase on a read-only key file: {wrong:?}"
    );
    assert!(
        matches!(right, Err(VaultError::NotWritable { .. })),
        "the right passphrase on a read-only key file must be refused too: {right:?}"
    );
    assert_eq!(after.expect("status"), 0);
}

#[test]
fn a_clock_moved_back_or_forward_keeps_the_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let _ = unlock(&path, "wrong words entirely here");
    let back = now() - Duration::days(400);
    let _ = Vault::unlock(
        &path,
        &Passphrase::new("wrong again entirely"),
        back,
        &opts(),
    );
    let forward = now() + Duration::days(400);
    match Vault::unlock(
        &path,
        &Passphrase::new("wrong third time here"),
        forward,
        &opts(),
    ) {
        Err(VaultError::WrongPassphrase {
            failed_attempts: 3, ..
        }) => {}
        other => panic!("expected the third failure, got {other:?}"),
    }
}

// ---------------------------------------------------------------- wipe

#[test]
fn wipe_after_n_failures_triggers_exactly_at_n_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.set_wipe_policy(
        Some(WipePolicy {
            after_failures: 3,
            keep_recovery: false,
        }),
        now(),
    )
    .expect("policy");
    v.lock(now()).expect("lock");
    // Two failures, then a "restart" (nothing is kept in memory between calls), then the
    // third: the backoff does not apply before the third attempt.
    for n in 1..=2u32 {
        match unlock(&path, "wrong words entirely here") {
            Err(VaultError::WrongPassphrase {
                failed_attempts, ..
            }) => assert_eq!(failed_attempts, n),
            other => panic!("expected WrongPassphrase, got {other:?}"),
        }
        assert!(path.exists(), "wiped before reaching the count");
    }
    assert_eq!(key_status(&path).expect("status").failed_attempts, 2);
    match unlock(&path, "wrong words entirely here") {
        Err(VaultError::Wiped {
            failed_attempts: 3, ..
        }) => {}
        other => panic!("expected Wiped at the third failure, got {other:?}"),
    }
    assert_nothing_opens(dir.path(), &[PASS], None);
}

#[test]
fn a_damaged_database_is_corrupt_every_time_and_never_counts_towards_the_wipe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.set_wipe_policy(
        Some(WipePolicy {
            after_failures: 2,
            keep_recovery: false,
        }),
        now(),
    )
    .expect("policy");
    v.lock(now()).expect("lock");
    let mut bytes = std::fs::read(&path).expect("read");
    for b in &mut bytes[0..64] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).expect("damage");
    for _ in 0..4 {
        assert!(matches!(
            unlock(&path, PASS),
            Err(VaultError::Corrupt { .. })
        ));
    }
    assert_eq!(
        std::fs::read(&path).expect("read"),
        bytes,
        "the damaged vault was written"
    );
    assert_eq!(key_status(&path).expect("status").failed_attempts, 0);
}

#[test]
fn a_right_passphrase_before_the_count_resets_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.set_wipe_policy(
        Some(WipePolicy {
            after_failures: 2,
            keep_recovery: false,
        }),
        now(),
    )
    .expect("policy");
    v.lock(now()).expect("lock");
    let _ = unlock(&path, "wrong words entirely here");
    unlock(&path, PASS)
        .expect("right")
        .lock(now())
        .expect("lock");
    assert!(matches!(
        unlock(&path, "wrong words entirely here"),
        Err(VaultError::WrongPassphrase {
            failed_attempts: 1,
            ..
        })
    ));
}

#[test]
fn wipe_destroys_every_slot_and_file_and_nothing_opens_afterwards() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let (identity, recipient) = org_key();
    v.set_recovery_recipients(&[recipient], now())
        .expect("recovery");
    v.add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("add");
    let case = v.create_case(now()).expect("case");
    assert!(matches!(
        v.set_case_status(&case.id, harbour_vault::CaseStatus::Finished, now()),
        Ok(())
    ));
    v.lock(now()).expect("lock");
    // An interviewer cannot wipe; a wrong confirmation does nothing.
    let a = unlock(&path, AMINA).expect("amina");
    assert!(matches!(
        a.wipe(WIPE_CONFIRMATION),
        Err(VaultError::NotAllowed { .. })
    ));
    let s = unlock(&path, PASS).expect("sam");
    assert!(matches!(
        s.wipe("yes"),
        Err(VaultError::WipeNotConfirmed { .. })
    ));
    assert!(path.exists());
    let s = unlock(&path, PASS).expect("sam");
    s.wipe(WIPE_CONFIRMATION).expect("wipe");
    assert_nothing_opens(dir.path(), &[PASS, AMINA], Some(&identity));
}

#[test]
fn wipe_after_failures_can_keep_the_recovery_slot_for_headquarters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let (identity, recipient) = org_key();
    v.set_recovery_recipients(&[recipient], now())
        .expect("recovery");
    let case = v.create_case(now()).expect("case");
    v.set_wipe_policy(
        Some(WipePolicy {
            after_failures: 1,
            keep_recovery: true,
        }),
        now(),
    )
    .expect("policy");
    v.lock(now()).expect("lock");
    assert!(matches!(
        unlock(&path, "wrong words entirely here"),
        Err(VaultError::Wiped { .. })
    ));
    assert!(key_json(&path)["slots"]
        .as_array()
        .expect("slots")
        .is_empty());
    // No staff passphrase opens it any more...
    assert!(unlock(&path, PASS).is_err());
    // ... but headquarters can.
    let v = Vault::recover(
        &path,
        &[identity],
        "HQ",
        &Passphrase::new(NEW_PASS),
        now(),
        &opts(),
    )
    .expect("recover");
    assert!(v
        .list_cases()
        .expect("cases")
        .iter()
        .any(|c| c.id == case.id));
}

fn assert_nothing_opens(dir: &Path, passes: &[&str], identity: Option<&OrgIdentity>) {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    for f in &files {
        for p in passes {
            assert!(
                Vault::unlock(f, &Passphrase::new(*p), now(), &opts()).is_err(),
                "{} opens with a former passphrase",
                f.display()
            );
        }
        if let Some(id) = identity {
            assert!(
                Vault::recover(
                    f,
                    std::slice::from_ref(id),
                    "x",
                    &Passphrase::new("any new passphrase words"),
                    now(),
                    &opts()
                )
                .is_err(),
                "{} opens with the recovery identity",
                f.display()
            );
        }
    }
    assert!(
        !dir.join("harbour.vault").exists() && !dir.join("harbour.vault.key").exists(),
        "vault files remain: {files:?}"
    );
}

#[test]
fn wipe_files_removes_a_vault_that_cannot_be_unlocked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    wipe_files(&path).expect("wipe");
    assert_nothing_opens(dir.path(), &[PASS], None);
}

// ---------------------------------------------------------------- recovery

fn org_key() -> (OrgIdentity, harbour_vault::OrgRecipient) {
    let id = OrgIdentity::generate();
    let r = id.to_public();
    (id, r)
}

#[test]
fn recovery_round_trip_with_the_organisation_identity() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    assert!(!v.recoverable().expect("status"));
    let (identity, recipient) = org_key();
    v.set_recovery_recipients(&[recipient], now())
        .expect("recovery");
    assert!(v.recoverable().expect("status"));
    let case = v.create_case(now()).expect("case");
    v.lock(now()).expect("lock");
    assert!(key_status(&path).expect("status").recoverable);
    // The passphrase is forgotten; headquarters recovers with the identity.
    let v = Vault::recover(
        &path,
        &[identity],
        "Recovered at HQ",
        &Passphrase::new(NEW_PASS),
        now(),
        &opts(),
    )
    .expect("recover");
    assert_eq!(v.acting().role, Role::Supervisor);
    assert_eq!(v.acting().display_name, "Recovered at HQ");
    assert!(v
        .list_cases()
        .expect("cases")
        .iter()
        .any(|c| c.id == case.id));
    assert!(v
        .audit_log()
        .expect("audit")
        .iter()
        .any(|e| e.event == "vault.recovered"));
    v.lock(now()).expect("lock");
    unlock(&path, NEW_PASS).expect("the new supervisor passphrase opens it");
}

#[test]
fn recovery_without_the_identity_fails_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    let (_identity, recipient) = org_key();
    let (other, _) = org_key();
    v.lock(now()).expect("lock");
    let try_recover = |ids: &[OrgIdentity]| {
        Vault::recover(&path, ids, "x", &Passphrase::new(NEW_PASS), now(), &opts())
    };
    match try_recover(std::slice::from_ref(&other)) {
        Err(e @ VaultError::NoRecovery { .. }) => assert_eq!(e.code(), "error-vault-no-recovery"),
        other => panic!("expected NoRecovery, got {other:?}"),
    }
    let mut v = unlock(&path, PASS).expect("unlock");
    v.set_recovery_recipients(&[recipient], now())
        .expect("recovery");
    v.lock(now()).expect("lock");
    let before = std::fs::read(key_path(&path)).expect("key");
    match try_recover(std::slice::from_ref(&other)) {
        Err(VaultError::RecoveryKeyMismatch { .. }) => {}
        other => panic!("expected RecoveryKeyMismatch, got {other:?}"),
    }
    assert_eq!(std::fs::read(key_path(&path)).expect("key"), before);
}

#[test]
fn an_interviewer_cannot_change_the_organisation_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("add");
    v.lock(now()).expect("lock");
    let mut a = unlock(&path, AMINA).expect("amina");
    let (_, r) = org_key();
    assert!(matches!(
        a.set_recovery_recipients(&[r], now()),
        Err(VaultError::NotAllowed { .. })
    ));
    assert!(matches!(
        a.set_wipe_policy(None, now()),
        Err(VaultError::NotAllowed { .. })
    ));
}

// ---------------------------------------------------------------- migration

fn check_migration(path: &Path, pass: &str) {
    assert!(key_status(path).expect("status").needs_migration);
    let v = Vault::unlock(path, &Passphrase::new(pass), now(), &opts()).expect("migrates");
    assert_eq!(v.acting().role, Role::Supervisor);
    let cases = v.list_cases().expect("cases");
    assert_eq!(cases.len(), 1, "the case is kept");
    let case = &cases[0];
    assert!(v.assessment(&case.id).expect("outcome").is_some());
    let sessions = v.sessions(&case.id).expect("sessions");
    assert!(!v.steps(&sessions[0].id).expect("steps").is_empty());
    assert_eq!(
        v.case_owner(&case.id).expect("owner").as_deref(),
        Some(v.actor()),
        "existing cases belong to the first supervisor"
    );
    let log = v.audit_log().expect("audit");
    assert!(log.iter().any(|e| e.event == "vault.key_file_migrated"));
    assert!(
        log.iter().any(|e| e.event == "vault.created"),
        "earlier audit rows are kept"
    );
    v.check().expect("every page");
    v.lock(now()).expect("lock");
    let json = key_json(path);
    assert_eq!(json["format"], 2);
    assert!(json.get("check").is_none());
    assert_eq!(json["slots"].as_array().expect("slots").len(), 1);
    assert!(!key_status(path).expect("status").needs_migration);
    // It opens again with the same passphrase, as the same person, and a wrong one fails.
    let again = Vault::unlock(path, &Passphrase::new(pass), now(), &opts()).expect("reopen");
    assert_eq!(again.list_cases().expect("cases").len(), 1);
    again.lock(now()).expect("lock");
    assert!(matches!(
        Vault::unlock(
            path,
            &Passphrase::new("wrong words entirely"),
            now(),
            &opts()
        ),
        Err(VaultError::WrongPassphrase { .. })
    ));
    assert!(!harbour_vault_sibling(&key_path(path), ".tmp").exists());
}

#[test]
fn the_rules_2026_11_4_fixture_vault_migrates_and_loses_nothing() {
    let fixture = repo_root().join("tests/e2e/fixtures/vault-2026.11-4");
    let pass = std::fs::read_to_string(fixture.join("passphrase.txt")).expect("passphrase");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_fixture(&fixture, dir.path());
    check_migration(&path, pass.trim_end_matches('\n'));
}

#[test]
fn a_vault_made_by_harbour_vault_init_before_staff_accounts_migrates() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault-init-2bf5a25");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_fixture(&fixture, dir.path());
    check_migration(&path, "fixture passphrase for harbour tests only");
}

#[test]
fn a_migration_interrupted_before_the_key_file_was_replaced_is_redone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    harbour_vault::testing::create_legacy(
        &path,
        &Passphrase::new(PASS),
        KdfParams::fast_for_tests(),
    )
    .expect("legacy");
    let legacy_key = std::fs::read(key_path(&path)).expect("key");
    let v = unlock(&path, PASS).expect("migrates");
    let first = v.acting().id.clone();
    v.lock(now()).expect("lock");
    // Put the old key file back, as if the process died before the rename.
    std::fs::write(key_path(&path), &legacy_key).expect("restore");
    let v = unlock(&path, PASS).expect("migrates again");
    assert_eq!(
        v.acting().id,
        first,
        "the same first supervisor, not a second one"
    );
    assert_eq!(v.list_staff().expect("staff").len(), 1);
}

// ---------------------------------------------------------------- key-file hardening

fn damaged_key_file_is_corrupt(edit: impl Fn(&mut serde_json::Value)) -> VaultError {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let mut json = key_json(&path);
    edit(&mut json);
    write_key_json(&path, &json);
    let before = std::fs::read(key_path(&path)).expect("key");
    let db_before = std::fs::read(&path).expect("db");
    let started = std::time::Instant::now();
    let err = match unlock(&path, PASS) {
        Err(e @ VaultError::Corrupt { .. }) => e,
        other => panic!("expected Corrupt, got {other:?}"),
    };
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        std::fs::read(key_path(&path)).expect("key"),
        before,
        "written"
    );
    assert_eq!(std::fs::read(&path).expect("db"), db_before, "written");
    let shown = err.to_string();
    assert!(
        shown.contains(&key_path(&path).display().to_string()),
        "the error does not name the key file's path: {shown}"
    );
    err
}

#[test]
fn a_key_file_asking_argon2_for_two_tebibytes_is_corrupt_not_an_abort() {
    damaged_key_file_is_corrupt(|j| j["params"]["memory_kib"] = (1u64 << 31).into());
}

#[test]
fn a_key_file_asking_for_four_billion_passes_is_corrupt_not_a_hang() {
    damaged_key_file_is_corrupt(|j| j["params"]["iterations"] = (u32::MAX as u64).into());
}

#[test]
fn a_key_file_with_a_garbled_slot_is_corrupt() {
    damaged_key_file_is_corrupt(|j| j["slots"][0]["wrapped"] = "zz".into());
}

#[test]
fn a_key_file_with_a_bad_salt_is_corrupt_and_names_its_path() {
    damaged_key_file_is_corrupt(|j| j["salt"] = "not hex".into());
}

#[test]
fn a_huge_key_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(key_path(&path))
        .expect("open");
    f.set_len(harbour_vault::MAX_KEY_FILE_BYTES * 4096)
        .expect("sparse grow");
    match unlock(&path, PASS) {
        Err(VaultError::Corrupt { detail, path: p }) => {
            assert!(detail.contains("bytes"), "{detail}");
            assert_eq!(p, key_path(&path));
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn a_key_file_that_is_not_json_is_corrupt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    std::fs::write(key_path(&path), b"\x00\x01 not a key file").expect("write");
    assert!(matches!(
        unlock(&path, PASS),
        Err(VaultError::Corrupt { .. })
    ));
}

// ---------------------------------------------------------------- crash-safe passphrase change

/// The child half of the crash test: unlock, then change the passphrase with
/// `HARBOUR_TEST_PAUSE_AT` set, so it stops at the named step until it is killed.
#[test]
fn child_passphrase_changer_for_the_crash_test() {
    let Ok(path) = std::env::var("HARBOUR_CRASH_PASSWD_VAULT") else {
        return;
    };
    let mut v = unlock(Path::new(&path), PASS).expect("child unlock");
    v.change_passphrase(&Passphrase::new(NEW_PASS), now())
        .expect("change");
    println!("finished");
}

#[test]
fn a_passphrase_change_killed_at_any_step_leaves_the_old_or_the_new_passphrase() {
    use std::io::BufRead;
    for step in ["before-write", "after-write", "after-rename"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let (path, mut v) = new_vault(dir.path());
        v.add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
            .expect("add");
        let case = v.create_case(now()).expect("case");
        v.lock(now()).expect("lock");
        let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
            .args([
                "--exact",
                "child_passphrase_changer_for_the_crash_test",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("HARBOUR_CRASH_PASSWD_VAULT", &path)
            .env("HARBOUR_TEST_PAUSE_AT", format!("passwd:{step}"))
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        let stdout = child.stdout.take().expect("stdout");
        let mut paused = false;
        for line in std::io::BufReader::new(stdout).lines() {
            let line = line.expect("line");
            if line.contains(&format!("paused at passwd:{step}")) {
                paused = true;
                child.kill().expect("SIGKILL");
                break;
            }
        }
        child.wait().expect("reap");
        assert!(paused, "the child never reached {step}");
        let old = unlock(&path, PASS);
        let new = unlock(&path, NEW_PASS);
        let opened: Vec<&Vault> = [&old, &new]
            .into_iter()
            .filter_map(|r| r.as_ref().ok())
            .collect();
        assert_eq!(
            opened.len(),
            1,
            "after a kill at {step}: old {:?}, new {:?}",
            old.as_ref().err(),
            new.as_ref().err()
        );
        let expect_new = step == "after-rename";
        assert_eq!(new.is_ok(), expect_new, "at {step}");
        let v = opened[0];
        assert!(v
            .list_cases()
            .expect("cases")
            .iter()
            .any(|c| c.id == case.id));
        drop(old);
        drop(new);
        unlock(&path, AMINA).expect("the other person is untouched");
    }
}
