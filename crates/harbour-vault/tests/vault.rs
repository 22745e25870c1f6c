//! The vault's promises, tested against the real SQLCipher file on disk.

use chrono::Duration;
use harbour_vault::{
    key_path, AuditEvent, CaseStatus, NewStep, Passphrase, Vault, VaultError, VaultOptions,
};
use std::path::{Path, PathBuf};

mod common;
use common::{decrypt_all_pages, now};

const PASS: &str = "blue kettle sings at dawn";
const CANARY: &str = "CANARY-7f3a9c-Zanzibar-orchid";

fn opts() -> VaultOptions {
    common::opts_as("tester")
}

fn new_vault(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("harbour.vault");
    let v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    (path, v)
}

fn answer(v: &mut Vault, session: &str, q: &str, text: &str) -> i64 {
    let payload = format!(r#"{{"answer":{{"text":"{text}"}}}}"#);
    v.append_step(
        session,
        NewStep {
            kind: "answer",
            question_id: Some(q),
            language: Some("en"),
            payload: &payload,
        },
        now(),
    )
    .expect("append")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn files_of(path: &Path) -> Vec<PathBuf> {
    let dir = path.parent().expect("parent");
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .collect()
}

#[test]
fn the_file_is_not_plain_sqlite_and_no_canary_is_readable_anywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    for i in 0..50 {
        answer(&mut v, &s.id, &format!("q{i}"), CANARY);
    }
    // While open (WAL and SHM present) and after closing, no file holds the canary.
    let mut seen = 0;
    for f in files_of(&path) {
        let bytes = std::fs::read(&f).expect("read");
        assert!(
            !contains(&bytes, CANARY.as_bytes()),
            "canary readable in {}",
            f.display()
        );
        assert!(
            !contains(&bytes, b"Zanzibar"),
            "part of canary readable in {}",
            f.display()
        );
        seen += 1;
    }
    assert!(seen >= 3, "expected vault, key and WAL files, saw {seen}");
    v.lock(now()).expect("lock");
    let bytes = std::fs::read(&path).expect("read");
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "the vault has a plain SQLite header"
    );
    assert!(!contains(&bytes, CANARY.as_bytes()));
    // ... and yet the answers are all there for the right passphrase.
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    let steps = v.steps(&s.id).expect("steps");
    assert_eq!(steps.len(), 50);
    assert!(steps[0].payload.contains(CANARY));
}

#[test]
fn a_wrong_passphrase_is_wrong_passphrase_and_backs_off_and_is_audited() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let wrong = Passphrase::new("not the right words");
    for attempt in 1..=3u32 {
        match Vault::unlock(&path, &wrong, now(), &opts()) {
            Err(VaultError::WrongPassphrase {
                failed_attempts, ..
            }) => assert_eq!(failed_attempts, attempt),
            other => panic!("expected WrongPassphrase, got {other:?}"),
        }
    }
    // After three failures the next attempt, even the right one, must wait.
    match Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()) {
        Err(VaultError::Backoff {
            retry_after_secs, ..
        }) if retry_after_secs > 0 => {}
        Err(VaultError::Backoff { .. }) => panic!("backoff without a delay"),
        other => panic!("expected Backoff, got {other:?}"),
    }
    let later = now() + Duration::seconds(3);
    let v = Vault::unlock(&path, &Passphrase::new(PASS), later, &opts())
        .expect("unlock after the delay");
    let log = v.audit_log().expect("audit");
    let failed = log
        .iter()
        .find(|e| e.event == AuditEvent::UnlockFailed { attempts: 3 }.name())
        .expect("failed unlocks are audited");
    assert_eq!(failed.detail.as_deref(), Some("attempts=3"));
    // The counter was reset by the successful unlock.
    v.lock(later).expect("lock");
    match Vault::unlock(&path, &wrong, later, &opts()) {
        Err(VaultError::WrongPassphrase {
            failed_attempts: 1, ..
        }) => {}
        other => panic!("expected a fresh count, got {other:?}"),
    }
}

#[test]
fn after_rekey_the_old_passphrase_fails_and_the_new_one_works() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    answer(&mut v, &s.id, "q1", "kept across rekey");
    let new = Passphrase::new("green river under the bridge");
    v.rekey(&new, now()).expect("rekey");
    v.lock(now()).expect("lock");
    assert!(matches!(
        Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let v = Vault::unlock(&path, &new, now(), &opts()).expect("new passphrase opens");
    assert!(v.steps(&s.id).expect("steps")[0]
        .payload
        .contains("kept across rekey"));
    assert!(v
        .audit_log()
        .expect("audit")
        .iter()
        .any(|e| e.event == "staff.passphrase_changed"));
    // The file itself was re-encrypted: opening it with the old key file's key fails too.
    assert!(!std::fs::read(&path)
        .expect("read")
        .starts_with(b"SQLite format 3"));
}

#[test]
fn a_weak_new_passphrase_is_refused_and_the_vault_is_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    assert!(matches!(
        v.rekey(&Passphrase::new("short"), now()),
        Err(VaultError::WeakPassphrase(_))
    ));
    v.lock(now()).expect("lock");
    Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts())
        .expect("old passphrase still works");
    assert!(matches!(
        Vault::create(
            &dir.path().join("other.vault"),
            &Passphrase::new("aaaa"),
            now(),
            &opts()
        ),
        Err(VaultError::WeakPassphrase(_))
    ));
}

fn damaged_vault_is_corrupt_and_untouched(damage: impl Fn(&mut Vec<u8>)) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    for i in 0..200 {
        answer(&mut v, &s.id, &format!("q{i}"), &"x".repeat(200));
    }
    v.lock(now()).expect("lock");
    let mut bytes = std::fs::read(&path).expect("read");
    damage(&mut bytes);
    std::fs::write(&path, &bytes).expect("write damaged");
    match Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()) {
        Err(VaultError::Corrupt { .. }) => {}
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert_eq!(
        std::fs::read(&path).expect("read"),
        bytes,
        "a damaged vault was modified"
    );
}

#[test]
fn a_truncated_vault_is_corrupt_and_stays_byte_for_byte_untouched() {
    damaged_vault_is_corrupt_and_untouched(|b| b.truncate(b.len() / 2 + 100));
}

#[test]
fn a_vault_truncated_to_whole_pages_is_corrupt() {
    damaged_vault_is_corrupt_and_untouched(|b| b.truncate(b.len() / 2 / 4096 * 4096));
}

#[test]
fn a_garbled_first_page_is_corrupt_not_wrong_passphrase() {
    damaged_vault_is_corrupt_and_untouched(|b| {
        for x in &mut b[0..64] {
            *x ^= 0x5a;
        }
    });
}

#[test]
fn a_garbled_middle_page_is_corrupt() {
    damaged_vault_is_corrupt_and_untouched(|b| {
        let mid = b.len() / 2;
        b[mid] ^= 0x01;
    });
}

#[test]
fn a_missing_key_file_is_corrupt_and_names_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    std::fs::remove_file(key_path(&path)).expect("remove key");
    match Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()) {
        Err(e @ VaultError::Corrupt { .. }) => assert!(e.to_string().contains(".vault.key")),
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn create_never_overwrites_an_existing_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    v.lock(now()).expect("lock");
    let before = std::fs::read(&path).expect("read");
    assert!(matches!(
        Vault::create(
            &path,
            &Passphrase::new("another long passphrase"),
            now(),
            &opts()
        ),
        Err(VaultError::AlreadyExists { .. })
    ));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn the_audit_log_is_append_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    v.create_case(now()).expect("case");
    v.lock(now()).expect("lock");
    // Go around the API with the raw key, as a tamperer with the passphrase would.
    let conn = rusqlite::Connection::open(&path).expect("open");
    let kf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(key_path(&path)).expect("key"))
            .expect("json");
    assert!(kf.get("salt").is_some());
    drop(conn);
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    let n = v.audit_log().expect("log").len();
    assert!(n >= 3, "created, case, unlocked: {n}");
    assert!(
        harbour_vault::testing::execute(&v, "DELETE FROM audit").is_err(),
        "audit rows could be deleted"
    );
    assert!(
        harbour_vault::testing::execute(&v, "UPDATE audit SET event = 'x'").is_err(),
        "audit rows could be changed"
    );
    assert_eq!(v.audit_log().expect("log").len(), n);
}

#[test]
fn withdrawing_consent_leaves_nothing_of_the_case_even_in_free_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let keep = v.create_case(now()).expect("case");
    let ks = v
        .start_session(&keep.id, "test", "1.0.0", now())
        .expect("session");
    answer(&mut v, &ks.id, "q1", "an answer that stays");
    let gone = v.create_case(now()).expect("case");
    let gs = v
        .start_session(&gone.id, "test", "1.0.0", now())
        .expect("session");
    for i in 0..40 {
        answer(&mut v, &gs.id, &format!("q{i}"), CANARY);
    }
    v.withdraw_case(&gone.id, now()).expect("withdraw");
    assert!(matches!(v.case(&gone.id), Err(VaultError::CaseNotFound(_))));
    assert_eq!(v.list_cases().expect("list").len(), 1);
    v.lock(now()).expect("lock");
    // Decrypt every page of the file with the raw key, free pages included, and search the
    // plain bytes: the canary, the case id and its reference must be gone.
    let key = harbour_vault::testing::raw_key(&path, &Passphrase::new(PASS))
        .expect("key file")
        .expect("key");
    let plain = decrypt_all_pages(&std::fs::read(&path).expect("read"), &key);
    assert!(
        contains(&plain, b"an answer that stays"),
        "the decryption works: live data is visible"
    );
    assert!(
        !contains(&plain, CANARY.as_bytes()),
        "withdrawn answers remain in the file"
    );
    assert!(
        !contains(&plain, gone.id.as_bytes()),
        "withdrawn case id remains"
    );
    assert!(
        !contains(&plain, gone.reference.as_bytes()),
        "withdrawn reference remains"
    );
    let wal = std::fs::read(path.with_extension("vault-wal")).unwrap_or_default();
    assert!(!contains(&decrypt_all_pages(&wal, &key), CANARY.as_bytes()));
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    let log = v.audit_log().expect("log");
    assert!(log
        .iter()
        .any(|e| e.event == "case.withdrawn" && e.case_id.is_none()));
    assert!(log
        .iter()
        .all(|e| e.case_id.as_deref() != Some(gone.id.as_str())));
}

#[test]
fn migrations_bring_a_new_vault_to_the_latest_version_and_reopen_is_a_no_op() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, v) = new_vault(dir.path());
    let version = v.schema_version().expect("version");
    assert!(version >= 1);
    v.lock(now()).expect("lock");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    assert_eq!(v.schema_version().expect("version"), version);
}

#[test]
fn case_status_and_settings_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_path, mut v) = new_vault(dir.path());
    let c = v.create_case(now()).expect("case");
    assert!(c.reference.starts_with("HB-") && c.reference.len() == 9);
    v.set_case_status(&c.id, CaseStatus::Finished, now())
        .expect("status");
    assert_eq!(v.case(&c.id).expect("case").status, CaseStatus::Finished);
    v.set_setting("auto_lock_minutes", "7", now()).expect("set");
    assert_eq!(
        v.setting("auto_lock_minutes").expect("get").as_deref(),
        Some("7")
    );
    let log = v.audit_log().expect("log");
    let setting = log
        .iter()
        .find(|e| e.event == "settings.changed")
        .expect("audited");
    assert_eq!(
        setting.detail.as_deref(),
        Some("key=auto_lock_minutes"),
        "value must not be logged"
    );
}

/// Append answers of `size` bytes until a write fails: how many were committed, and the error.
fn write_until_it_fails(
    v: &mut Vault,
    session: &str,
    size: usize,
    at_most: usize,
) -> (usize, VaultError) {
    let payload = format!(r#"{{"answer":{{"text":"{}"}}}}"#, "y".repeat(size));
    for committed in 0..at_most {
        let step = NewStep {
            kind: "answer",
            question_id: Some("q"),
            language: Some("en"),
            payload: &payload,
        };
        if let Err(e) = v.append_step(session, step, now()) {
            return (committed, e);
        }
    }
    panic!("{at_most} answers of {size} bytes were all written: the limit never bit");
}

/// A full disk, simulated inside SQLite by capping the page count: the failing write gets
/// `DiskFull`, and every answer committed before it is still there.
#[test]
fn a_full_database_gives_disk_full_and_loses_nothing_committed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    let pages: i64 = harbour_vault::testing::query_i64(&v, "PRAGMA page_count").expect("pages");
    harbour_vault::testing::execute(&v, &format!("PRAGMA max_page_count = {}", pages + 2))
        .expect("cap");
    let (committed, err) = write_until_it_fails(&mut v, &s.id, 3000, 1000);
    assert!(matches!(err, VaultError::DiskFull { .. }), "got {err:?}");
    assert_eq!(err.code(), "error-disk-full");
    v.lock(now()).expect("lock");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("reopen");
    assert_eq!(v.steps(&s.id).expect("steps").len(), committed);
}

/// A real full disk: a tiny tmpfs. Needs root to mount (CI and the dev machines run as
/// root); elsewhere it says so and returns.
#[test]
fn a_real_full_disk_gives_a_clear_error_and_loses_nothing_committed() {
    let Some(mnt) = TmpMount::new("size=3m") else {
        eprintln!("cannot mount a tmpfs here (not root?): covered by the page-cap test only");
        return;
    };
    let path = mnt.dir.join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    // Fill the rest of the disk with a plain file, leaving a little room.
    let filler = mnt.dir.join("filler");
    let free = 3 * 1024 * 1024
        - 200 * 1024
        - std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as usize;
    let _ = std::fs::write(&filler, vec![0u8; free]);
    let (committed, err) = write_until_it_fails(&mut v, &s.id, 8000, 10_000);
    assert!(
        matches!(
            err,
            VaultError::DiskFull { .. } | VaultError::NotWritable { .. }
        ),
        "got {err:?}"
    );
    drop(v);
    std::fs::remove_file(&filler).expect("free space");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("reopen");
    assert_eq!(
        v.steps(&s.id).expect("steps").len(),
        committed,
        "a committed answer was lost"
    );
}

/// A medium that turns read-only under an open vault: the write fails clearly; reopening
/// after it is writable again shows every committed answer.
#[test]
fn a_read_only_medium_gives_not_writable_and_loses_nothing() {
    let Some(mnt) = TmpMount::new("size=16m") else {
        eprintln!("cannot mount a tmpfs here (not root?)");
        return;
    };
    let path = mnt.dir.join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    for i in 0..5 {
        answer(&mut v, &s.id, &format!("q{i}"), "before");
    }
    drop(v);
    assert!(mnt.remount("ro"), "remount read-only");
    match Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()) {
        Err(VaultError::NotWritable { .. }) | Err(VaultError::Corrupt { .. }) => {}
        Err(e) => assert!(
            e.is_user_error(),
            "unclear error on a read-only medium: {e:?}"
        ),
        Ok(v) => {
            let mut v = v;
            let e = v
                .append_step(
                    &s.id,
                    NewStep {
                        kind: "answer",
                        question_id: Some("q"),
                        language: Some("en"),
                        payload: "{}",
                    },
                    now(),
                )
                .expect_err("a write on a read-only medium must fail");
            assert!(matches!(e, VaultError::NotWritable { .. }), "got {e:?}");
        }
    }
    assert!(mnt.remount("rw"), "remount read-write");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("reopen");
    assert_eq!(v.steps(&s.id).expect("steps").len(), 5);
}

struct TmpMount {
    dir: PathBuf,
    _holder: tempfile::TempDir,
}

impl TmpMount {
    fn new(opts: &str) -> Option<TmpMount> {
        let holder = tempfile::tempdir().ok()?;
        let dir = holder.path().to_path_buf();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", opts, "tmpfs"])
            .arg(&dir)
            .stderr(std::process::Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        ok.then_some(TmpMount {
            dir,
            _holder: holder,
        })
    }

    fn remount(&self, mode: &str) -> bool {
        std::process::Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.dir)
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    }
}

impl Drop for TmpMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.dir).status();
    }
}

/// The writer half of the crash test: runs only when the parent test starts this binary
/// again with the vault's path in the environment; it writes answers until it is killed.
#[test]
fn child_writer_for_the_crash_test() {
    use std::io::Write;
    let (Ok(path), Ok(session)) = (
        std::env::var("HARBOUR_CRASH_VAULT"),
        std::env::var("HARBOUR_CRASH_SESSION"),
    ) else {
        return;
    };
    let mut v = Vault::unlock(Path::new(&path), &Passphrase::new(PASS), now(), &opts())
        .expect("child unlock");
    let mut out = std::io::stdout();
    for i in 0.. {
        let seq = answer(
            &mut v,
            &session,
            &format!("q{i}"),
            &format!("answer number {i}"),
        );
        // Report only after the commit returned: everything reported must survive.
        writeln!(out, "committed {seq}").expect("stdout");
        out.flush().expect("flush");
    }
}

#[test]
fn a_process_killed_while_writing_loses_no_committed_answer() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "test", "1.0.0", now())
        .expect("session");
    drop(v);
    let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--exact",
            "child_writer_for_the_crash_test",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("HARBOUR_CRASH_VAULT", &path)
        .env("HARBOUR_CRASH_SESSION", &s.id)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn writer");
    let stdout = child.stdout.take().expect("stdout");
    let mut reported = Vec::new();
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line.expect("line");
        if let Some(n) = line.strip_prefix("committed ") {
            reported.push(n.trim().parse::<i64>().expect("seq"));
            if reported.len() == 60 {
                child.kill().expect("SIGKILL the writer mid-stream");
                break;
            }
        }
    }
    child.wait().expect("reap");
    assert_eq!(reported.len(), 60, "the writer did not get going");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts())
        .expect("the vault opens cleanly after the kill");
    v.check().expect("integrity after the kill");
    let stored: Vec<i64> = v
        .steps(&s.id)
        .expect("steps")
        .iter()
        .map(|s| s.seq)
        .collect();
    for seq in &reported {
        assert!(stored.contains(seq), "committed answer {seq} was lost");
    }
    assert!(stored.len() >= reported.len());
}

#[test]
fn staff_notes_round_trip_and_go_with_a_withdrawal_even_from_free_pages() {
    const NOTE: &str = "NOTE-CANARY-4411-companion-waited-outside";
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut v) = new_vault(dir.path());
    let keep = v.create_case(now()).expect("case");
    v.set_note(&keep.id, None, "a case note that stays", now())
        .expect("note");
    let gone = v.create_case(now()).expect("case");
    v.set_note(&gone.id, Some("q1"), "first draft", now())
        .expect("note");
    v.set_note(&gone.id, Some("q1"), NOTE, now())
        .expect("replace");
    v.set_note(&gone.id, None, NOTE, now()).expect("case note");
    let notes = v.notes(&gone.id).expect("notes");
    assert_eq!(notes.len(), 2, "one per question and one per case");
    assert_eq!(notes[0].question_id, None, "the case note comes first");
    assert_eq!(notes[1].question_id.as_deref(), Some("q1"));
    assert_eq!(notes[1].text, NOTE, "a note is replaced, not added");
    v.set_note(&gone.id, Some("q2"), "   ", now())
        .expect("blank");
    assert_eq!(
        v.notes(&gone.id).expect("notes").len(),
        2,
        "blank is no note"
    );
    assert!(matches!(
        v.set_note("no-such-case", None, "x", now()),
        Err(VaultError::CaseNotFound(_))
    ));

    v.withdraw_case(&gone.id, now()).expect("withdraw");
    assert_eq!(v.notes(&keep.id).expect("kept").len(), 1);
    v.lock(now()).expect("lock");
    let key = harbour_vault::testing::raw_key(&path, &Passphrase::new(PASS))
        .expect("key file")
        .expect("key");
    let plain = decrypt_all_pages(&std::fs::read(&path).expect("read"), &key);
    assert!(
        contains(&plain, b"a case note that stays"),
        "decryption works"
    );
    assert!(
        !contains(&plain, NOTE.as_bytes()),
        "a withdrawn note remains"
    );
    assert!(!contains(&plain, b"first draft"), "a replaced note remains");
    let wal = std::fs::read(path.with_extension("vault-wal")).unwrap_or_default();
    assert!(!contains(&decrypt_all_pages(&wal, &key), NOTE.as_bytes()));
}
