//! The key file (`harbour.vault.key`, JSON): the real one of a vault with two people and a
//! recovery slot, mutated, read as `harbour vault status` reads it (`key_status`), and, when
//! it still reads and asks for a small key-derivation cost, used to unlock. A key file that
//! does not read is `Corrupt` naming its path, and unlocking with it writes nothing: neither
//! the key file nor the vault changes.

use crate::mutate::{apply, cases, edits, report, runner, scratch};
use chrono::{TimeZone, Utc};
use harbour_vault::{
    key_path, key_status, KdfParams, OrgIdentity, Passphrase, Role, Vault, VaultError, VaultOptions,
};
use proptest::prelude::*;
use std::path::Path;

pub const PASS: &str = "correct horse battery staple harbour";
const SECOND: &str = "second person's own long passphrase";

/// Tokens of the key file's JSON.
const TOKENS: &[&str] = &[
    "\"format\": ",
    "\"kdf\": ",
    "\"argon2i\"",
    "\"params\": ",
    "\"memory_kib\": ",
    "\"iterations\": ",
    "\"parallelism\": ",
    "4294967295",
    "2147483648",
    "1048577",
    "65",
    "17",
    "0",
    "\"salt\": ",
    "\"00\"",
    "\"zz\"",
    "\"slots\": ",
    "[]",
    "{\"id\":\"00\",\"salt\":\"00\",\"nonce\":\"00\",\"wrapped\":\"00\"}",
    "\"check\": \"00\"",
    "\"recovery\": ",
    "\"-----BEGIN AGE ENCRYPTED FILE-----\\nYWdl\\n-----END AGE ENCRYPTED FILE-----\"",
    "\"wipe\": {\"after_failures\": 0, \"keep_recovery\": true}",
    "\"failed_attempts\": ",
    "\"last_failure\": ",
    "\"9999-12-31T23:59:59Z\"",
    "\"1970-01-01T00:00:00Z\"",
    "null",
    "1e400",
    "0.5",
    "-1",
];

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
        .single()
        .expect("date")
}

pub fn opts() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "fuzz".into(),
    }
}

/// A vault under `dir` with a second person and a recovery slot, locked; its path.
pub fn vault_with_people(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    v.add_staff("Second", Role::Interviewer, &Passphrase::new(SECOND), now())
        .expect("second person");
    let org = OrgIdentity::generate();
    v.set_recovery_recipients(&[org.to_public()], now())
        .expect("recovery slot");
    v.lock(now()).expect("lock");
    path
}

/// Whether the key file's text asks for a cost small enough to try in a loop.
fn cheap(text: &str) -> bool {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return false;
    };
    let p = &v["params"];
    let n = |k: &str| p[k].as_u64().unwrap_or(u64::MAX);
    n("memory_kib") <= 8 * 1024 && n("iterations") <= 4 && n("parallelism") <= 4
}

fn stamp(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?))
}

#[test]
fn a_mutated_key_file_never_panics_reads_or_is_corrupt_by_path_and_a_failed_unlock_writes_nothing()
{
    let dir = scratch();
    let vault = vault_with_people(dir.path());
    let kpath = key_path(&vault);
    let base = std::fs::read_to_string(&kpath).expect("key file");
    let vault_bytes = std::fs::read(&vault).expect("vault");
    let (read, unlocked, tried) = (
        std::cell::Cell::new(0u32),
        std::cell::Cell::new(0u32),
        std::cell::Cell::new(0u32),
    );
    let max_unlocks = (cases() / 40).max(100);
    let started = std::time::Instant::now();
    runner(cases())
        .run(&edits(), |e| {
            let text = apply(&base, &e, TOKENS);
            std::fs::write(&kpath, &text).expect("write key file");
            match key_status(&vault) {
                Err(err) => {
                    prop_assert!(
                        matches!(&err, VaultError::Corrupt { path, .. } if path == &kpath),
                        "not Corrupt naming the key file: {err:?}"
                    );
                    prop_assert!(
                        err.to_string().contains(&kpath.display().to_string()),
                        "{err}"
                    );
                    prop_assert!(err.is_user_error(), "{err}");
                    // Unlocking stops at the same place, and writes nothing.
                    let before = stamp(&vault);
                    let r = Vault::unlock(&vault, &Passphrase::new(PASS), now(), &opts());
                    prop_assert!(
                        matches!(r, Err(VaultError::Corrupt { .. })),
                        "unlock with an unreadable key file: {:?}",
                        r.err()
                    );
                    let after = std::fs::read_to_string(&kpath).expect("key file");
                    prop_assert!(after == text, "a failed unlock rewrote the key file");
                    prop_assert!(stamp(&vault) == before, "a failed unlock touched the vault");
                }
                Ok(_) => {
                    read.set(read.get() + 1);
                    if cheap(&text) && tried.get() < max_unlocks {
                        tried.set(tried.get() + 1);
                        match Vault::unlock(&vault, &Passphrase::new(PASS), now(), &opts()) {
                            Ok(v) => {
                                unlocked.set(unlocked.get() + 1);
                                let _ = v.list_cases();
                                drop(v);
                            }
                            Err(err) => prop_assert!(err.is_user_error(), "{err:?}"),
                        }
                        // A wipe policy may have removed files; every case starts again from
                        // the real ones.
                        std::fs::write(&vault, &vault_bytes).expect("restore vault");
                        for ext in ["vault-wal", "vault-shm"] {
                            let _ = std::fs::remove_file(vault.with_extension(ext));
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    report(
        "key file",
        started,
        &format!(
            "{} of {} mutated files read, {} unlocks tried, {} opened",
            read.get(),
            cases(),
            tried.get(),
            unlocked.get()
        ),
    );
}
