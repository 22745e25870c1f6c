//! The organisation profile (signed JSON): the next profile of an organisation whose first
//! one is installed, mutated, and half the time signed again with the organisation's key (so
//! the field checks, the serial and organisation checks and the install itself are reached,
//! not only the signature), installed on the device; and read for a first install on a
//! device with none. Each case: no panic, a user error when refused, and a refused profile
//! changes nothing (installed profile, organisation key, retention, audit). Through
//! `harbour org install`: exit 0 or 1, and a malformed profile leaves the vault file byte for
//! byte the same.

use crate::keyfile::{opts, PASS};
use crate::mutate::{apply, cases, edits, report, runner, scratch, Edit};
use chrono::{TimeZone, Utc};
use ed25519_dalek::SigningKey;
use harbour_export::profile::{
    install_profile, public_hex, read_profile_for, signing_fingerprint, write_profile,
    ApprovedPack, Policies, ProfileBody, PROFILE_FORMAT, PROFILE_SETTING,
};
use harbour_export::{ORG_RECIPIENTS_SETTING, RETENTION_SETTING};
use harbour_vault::{Passphrase, Vault};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Tokens of a profile's JSON.
const TOKENS: &[&str] = &[
    "\"format\": ",
    "\"harbour-org-profile\"",
    "\"format_version\": ",
    "\"org_id\": ",
    "\"../other\"",
    "\"name\": ",
    "\"serial\": ",
    "18446744073709551615",
    "0",
    "\"issued_at\": ",
    "\"2026-02-30T25:00:00Z\"",
    "\"recipients\": ",
    "[\"age1notakey\"]",
    "\"signing_key\": ",
    "\"00\"",
    "\"packs\": ",
    "{\"id\": \"p\", \"version\": \"1\", \"sha256\": \"00\"}",
    "\"pack_key\": ",
    "\"RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\"",
    "\"policies\": ",
    "\"retention_after_export\": ",
    "\"purge\"",
    "\"shred\"",
    "\"recovery\": ",
    "\"wipe_after_failures\": ",
    "\"signature\": ",
    "\"extra\": 1",
    "[]",
    "{}",
    "null",
    "true",
];

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
        .single()
        .expect("date")
}

fn body(key: &SigningKey, serial: u64, retention: &str) -> ProfileBody {
    ProfileBody {
        format: PROFILE_FORMAT.into(),
        format_version: 1,
        org_id: "relief-org".into(),
        name: "Relief Organisation".into(),
        serial,
        issued_at: now().to_rfc3339(),
        recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
        signing_key: public_hex(key),
        packs: vec![ApprovedPack {
            id: "mixed-flows".into(),
            version: "1.1.0".into(),
            sha256: "ab".repeat(32),
        }],
        pack_key: None,
        policies: Policies {
            retention_after_export: retention.into(),
            recovery: true,
            wipe_after_failures: Some(10),
        },
    }
}

/// What a refused profile must leave as it was.
fn state(v: &Vault) -> (Option<String>, Option<String>, Option<String>, usize) {
    (
        v.setting(PROFILE_SETTING).expect("setting"),
        v.setting(ORG_RECIPIENTS_SETTING).expect("setting"),
        v.setting(RETENTION_SETTING).expect("setting"),
        v.audit_log().expect("audit").len(),
    )
}

struct Org {
    dir: tempfile::TempDir,
    key: SigningKey,
    /// A device with the first profile installed (locked), and a copy of its two files.
    device: PathBuf,
    pristine: (Vec<u8>, Vec<u8>),
    /// A device with no profile.
    fresh: PathBuf,
    /// The organisation's next profile (serial 2, purge), as written.
    next: String,
}

fn org() -> Org {
    let dir = scratch();
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let first = dir.path().join("first.json");
    write_profile(&body(&key, 1, "keep"), &key, &first).expect("first profile");
    let pass = Passphrase::new(PASS);
    let device = dir.path().join("device.vault");
    let mut v = Vault::create(&device, &pass, now(), &opts()).expect("device");
    let fingerprint = signing_fingerprint(&public_hex(&key));
    install_profile(&mut v, &first, Some(&fingerprint), now()).expect("install first");
    v.lock(now()).expect("lock");
    let pristine = (
        std::fs::read(&device).expect("vault"),
        std::fs::read(harbour_vault::key_path(&device)).expect("key file"),
    );
    let fresh = dir.path().join("fresh.vault");
    Vault::create(&fresh, &pass, now(), &opts())
        .expect("fresh")
        .lock(now())
        .expect("lock");
    let next_path = dir.path().join("next.json");
    write_profile(&body(&key, 2, "purge"), &key, &next_path).expect("next profile");
    let next = std::fs::read_to_string(&next_path).expect("read");
    Org {
        dir,
        key,
        device,
        pristine,
        fresh,
        next,
    }
}

/// The mutated text at `path`; with `resign`, its body (if it still is one) signed again with
/// the organisation's key, as a real but wrong profile from headquarters would be.
fn write_case(o: &Org, path: &Path, e: &[Edit], resign: bool) {
    let text = apply(&o.next, e, TOKENS);
    let _ = std::fs::remove_file(path);
    if resign {
        let body = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| serde_json::from_value::<ProfileBody>(v["body"].clone()).ok());
        if let Some(b) = body {
            if write_profile(&b, &o.key, path).is_ok() {
                return;
            }
        }
    }
    std::fs::write(path, text).expect("write");
}

fn restore(o: &Org) {
    std::fs::write(&o.device, &o.pristine.0).expect("vault");
    std::fs::write(harbour_vault::key_path(&o.device), &o.pristine.1).expect("key file");
    for ext in ["vault-wal", "vault-shm"] {
        let _ = std::fs::remove_file(o.device.with_extension(ext));
    }
}

#[test]
fn a_mutated_profile_never_panics_and_a_refused_one_changes_nothing() {
    let o = org();
    let pass = Passphrase::new(PASS);
    let open = |p: &Path| Vault::unlock(p, &pass, now(), &opts()).expect("unlock");
    let device = std::cell::RefCell::new(open(&o.device));
    let fresh = open(&o.fresh);
    let path = o.dir.path().join("in.json");
    let (installed, readable) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    let started = std::time::Instant::now();
    runner(cases())
        .run(&(edits(), any::<bool>()), |(e, resign)| {
            write_case(&o, &path, &e, resign);
            // A first install reads it against its own key and writes nothing.
            match read_profile_for(&fresh, &path) {
                Ok(_) => readable.set(readable.get() + 1),
                Err(err) => prop_assert!(err.is_user_error(), "{err:?}"),
            }
            let mut v = device.borrow_mut();
            let before = state(&v);
            match install_profile(&mut v, &path, None, now()) {
                Ok(_) => {
                    installed.set(installed.get() + 1);
                    // Start the next case from the first profile again.
                    let old = std::mem::replace(&mut *v, open(&o.fresh));
                    old.lock(now()).expect("lock");
                    restore(&o);
                    *v = open(&o.device);
                }
                Err(err) => {
                    prop_assert!(err.is_user_error(), "an internal error: {err:?}");
                    prop_assert!(state(&v) == before, "a refused profile changed the device");
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    report(
        "profile",
        started,
        &format!(
            "{} of {} mutated profiles installed as the next one, {} readable for a first install",
            installed.get(),
            cases(),
            readable.get()
        ),
    );
}

#[test]
fn harbour_org_install_exits_0_or_1_on_a_mutated_profile_and_writes_nothing_when_it_fails() {
    let o = org();
    let path = o.dir.path().join("in.json");
    runner(crate::cli::binary_cases(16))
        .run(&(edits(), any::<bool>()), |(e, resign)| {
            write_case(&o, &path, &e, resign);
            let before = std::fs::read(&o.device).expect("vault");
            let out = Command::new(env!("CARGO_BIN_EXE_harbour"))
                .args(["org", "install", "--vault"])
                .arg(&o.device)
                .arg("--file")
                .arg(&path)
                .env("HARBOUR_PASSPHRASE", PASS)
                .output()
                .expect("run harbour");
            // A malformed profile is refused before the vault is unlocked; one whose signature
            // is wrong for this device is refused after (the unlock is audited).
            let malformed = harbour_export::profile::check_profile_file(&path).is_err();
            if crate::cli::good_or_bad(&out)? == 1 && malformed {
                prop_assert!(
                    std::fs::read(&o.device).expect("vault") == before,
                    "a refused profile changed the vault file"
                );
            }
            restore(&o);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
