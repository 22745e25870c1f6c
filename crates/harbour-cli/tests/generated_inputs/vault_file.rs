//! The vault file itself (SQLCipher): a real vault, damaged (bytes flipped, zeroed, moved,
//! cut) or with pages of an older copy of itself put back (each such page decrypts and
//! authenticates, so SQLite's own parsing is reached), given to `Vault::unlock` as the app
//! and `harbour vault check` do. Each case: no panic, no abort; a vault that fails to open is
//! a user error (`Corrupt`, never a wrong passphrase: the key file's slot proves the
//! passphrase) and the file is left byte for byte as it was.

use crate::keyfile::{opts, PASS};
use crate::mutate::{apply_bytes, byte_edits, cases, report, runner, scratch, ByteEdit};
use chrono::{TimeZone, Utc};
use harbour_vault::{key_path, NewStep, Passphrase, Vault, VaultError};
use proptest::prelude::*;
use std::path::Path;

const PAGE: usize = 4096;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
        .single()
        .expect("date")
}

/// Add `n` cases with a few answers each.
fn fill(v: &mut Vault, n: usize, tag: &str) {
    for c in 0..n {
        let case = v.create_case(now()).expect("case");
        let s = v
            .start_session(&case.id, "mixed-flows", "1.0.0", now())
            .expect("session");
        for q in 0..4 {
            let payload = format!(r#"{{"answer":{{"text":"{tag} case {c} answer {q}"}}}}"#);
            v.append_step(
                &s.id,
                NewStep {
                    kind: "answer",
                    question_id: Some(&format!("q{q}")),
                    language: Some("en"),
                    payload: &payload,
                },
                now(),
            )
            .expect("step");
        }
    }
}

/// A vault file in two states: `older` (some cases) and `newer` (more cases, one withdrawn),
/// with the key file that opens both.
pub fn two_states(dir: &Path) -> (std::path::PathBuf, Vec<u8>, Vec<u8>) {
    let path = dir.join("harbour.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    fill(&mut v, 6, "older");
    v.lock(now()).expect("lock");
    let older = std::fs::read(&path).expect("older");
    let mut v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    fill(&mut v, 6, "newer");
    let gone = v.list_cases().expect("cases")[0].id.clone();
    v.withdraw_case(&gone, now()).expect("withdraw");
    v.lock(now()).expect("lock");
    let newer = std::fs::read(&path).expect("newer");
    (path, older, newer)
}

/// How a case is made from the newer file.
#[derive(Debug, Clone)]
enum Damage {
    /// Binary edits, half of them in the first page.
    Bytes(Vec<ByteEdit>),
    /// Put back these pages (by number, modulo the count) from the older file.
    OlderPages(Vec<u16>),
    /// Both.
    Both(Vec<u16>, Vec<ByteEdit>),
}

fn damage() -> impl Strategy<Value = Damage> {
    let pages = prop::collection::vec(any::<u16>(), 1..6);
    prop_oneof![
        5 => byte_edits().prop_map(Damage::Bytes),
        4 => pages.clone().prop_map(Damage::OlderPages),
        1 => (pages, byte_edits()).prop_map(|(p, b)| Damage::Both(p, b)),
    ]
}

fn older_pages(newer: &[u8], older: &[u8], pages: &[u16]) -> Vec<u8> {
    let mut out = newer.to_vec();
    let n = (older.len() / PAGE).min(newer.len() / PAGE).max(1);
    for p in pages {
        let i = usize::from(*p) % n;
        let r = i * PAGE..(i + 1) * PAGE;
        if r.end <= older.len() && r.end <= out.len() {
            out[r.clone()].copy_from_slice(&older[r]);
        }
    }
    out
}

fn make(newer: &[u8], older: &[u8], d: &Damage) -> Vec<u8> {
    match d {
        Damage::Bytes(e) => apply_bytes(newer, e, PAGE),
        Damage::OlderPages(p) => older_pages(newer, older, p),
        Damage::Both(p, e) => apply_bytes(&older_pages(newer, older, p), e, PAGE),
    }
}

#[test]
fn a_damaged_vault_file_never_panics_is_corrupt_and_stays_untouched() {
    let dir = scratch();
    let (path, older, newer) = two_states(dir.path());
    let kpath = key_path(&path);
    let key_file = std::fs::read(&kpath).expect("key file");
    let (opened, corrupt) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    let started = std::time::Instant::now();
    runner(cases())
        .run(&damage(), |d| {
            let bytes = make(&newer, &older, &d);
            std::fs::write(&path, &bytes).expect("write vault");
            std::fs::write(&kpath, &key_file).expect("key file");
            for ext in ["vault-wal", "vault-shm"] {
                let _ = std::fs::remove_file(path.with_extension(ext));
            }
            match Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()) {
                Ok(v) => {
                    // It passed every check: what it holds reads without a panic.
                    opened.set(opened.get() + 1);
                    if let Ok(cases) = v.list_cases() {
                        for c in cases.iter().take(3) {
                            let _ = v.sessions(&c.id);
                        }
                    }
                    let _ = v.check();
                    let _ = v.lock(now());
                }
                Err(err) => {
                    corrupt.set(corrupt.get() + 1);
                    prop_assert!(
                        matches!(err, VaultError::Corrupt { .. }),
                        "a damaged vault with the right passphrase: {err:?}"
                    );
                    prop_assert!(err.is_user_error(), "{err}");
                    let after = std::fs::read(&path).expect("vault");
                    prop_assert!(after == bytes, "a failed unlock changed the vault file");
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    report(
        "vault file",
        started,
        &format!(
            "{} of {} damaged files opened (damage in unused bytes or pages), {} refused as corrupt",
            opened.get(),
            cases(),
            corrupt.get()
        ),
    );
}
