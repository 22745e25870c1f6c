//! The organisation profile: the first one is installed after its fingerprint is compared;
//! later ones only when signed by the installed profile's key; a pasted organisation key
//! works until a profile is installed and is refused afterwards.

mod common;

use common::*;
use ed25519_dalek::SigningKey;
use harbour_export::profile::{
    install_profile, installed_profile, write_profile, ApprovedPack, Policies, ProfileBody,
    PROFILE_FORMAT,
};
use harbour_export::{install_org_key, ExportError, ORG_RECIPIENTS_SETTING};
use harbour_vault::Vault;
use std::path::{Path, PathBuf};

fn body(org: &str, serial: u64, recipient: &str, next: &SigningKey) -> ProfileBody {
    ProfileBody {
        format: PROFILE_FORMAT.into(),
        format_version: 1,
        org_id: org.into(),
        name: "North Office".into(),
        serial,
        issued_at: now().to_rfc3339(),
        recipients: vec![recipient.into()],
        signing_key: hex::encode(next.verifying_key().to_bytes()),
        packs: vec![ApprovedPack {
            id: "mixed-flows".into(),
            version: "1.0.0".into(),
            sha256: "ab".repeat(32),
        }],
        pack_key: None,
        policies: Policies {
            retention_after_export: "keep".into(),
            recovery: true,
            wipe_after_failures: None,
        },
    }
}

fn write(dir: &Path, name: &str, b: &ProfileBody, by: &SigningKey) -> PathBuf {
    let p = dir.join(name);
    write_profile(b, by, &p).expect("profile");
    p
}

fn settings(v: &Vault) -> (Option<String>, Option<String>) {
    (
        v.setting(ORG_RECIPIENTS_SETTING).expect("setting"),
        v.setting("org_profile").expect("setting"),
    )
}

#[test]
fn a_first_profile_needs_its_fingerprint_and_later_ones_the_installed_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "field.vault");
    let org = SigningKey::from_bytes(&[1u8; 32]);
    let (_, r1) = org_key();
    let first = write(
        dir.path(),
        "p1.json",
        &body("north", 1, &r1.to_string(), &org),
        &org,
    );

    // Wrong or missing fingerprint: nothing installed.
    let before = settings(&v);
    let err = install_profile(&mut v, &first, Some("00000 00000"), now()).expect_err("refused");
    assert_eq!(err.code(), "error-import-fingerprint-mismatch");
    assert!(install_profile(&mut v, &first, None, now()).is_err());
    assert_eq!(settings(&v), before);

    let shown = harbour_export::profile::read_profile_for(&v, &first).expect("read");
    let installed =
        install_profile(&mut v, &first, Some(&shown.fingerprint()), now()).expect("install");
    assert_eq!(installed.body.serial, 1);
    assert_eq!(
        v.setting(ORG_RECIPIENTS_SETTING).expect("s").as_deref(),
        Some(format!("{r1}\n").as_str())
    );

    // Another organisation's profile (its own key, any fingerprint) is refused.
    let attacker = SigningKey::from_bytes(&[2u8; 32]);
    let (_, evil) = org_key();
    let forged = write(
        dir.path(),
        "evil.json",
        &body("north", 9, &evil.to_string(), &attacker),
        &attacker,
    );
    let before = settings(&v);
    let err = install_profile(&mut v, &forged, None, now()).expect_err("refused");
    assert!(
        matches!(err, ExportError::ProfileNotTrusted { .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "error-profile-not-trusted");
    assert_eq!(settings(&v), before);

    // A pasted key is refused now that a profile is installed.
    let err = install_org_key(&mut v, &evil.to_string(), now()).expect_err("refused");
    assert_eq!(err.code(), "error-profile-installed");
    assert_eq!(settings(&v), before);

    // A rotation signed by the installed key is accepted; then only the new key counts.
    let next = SigningKey::from_bytes(&[3u8; 32]);
    let (_, r2) = org_key();
    let rotated = write(
        dir.path(),
        "p2.json",
        &body("north", 2, &r2.to_string(), &next),
        &org,
    );
    install_profile(&mut v, &rotated, None, now()).expect("rotation");
    assert_eq!(installed_profile(&v).expect("p").expect("some").serial, 2);
    let stale = write(
        dir.path(),
        "p3.json",
        &body("north", 3, &r1.to_string(), &org),
        &org,
    );
    let err = install_profile(&mut v, &stale, None, now()).expect_err("old key");
    assert_eq!(err.code(), "error-profile-not-trusted");
    // Not newer, or for another organisation id: refused even when well signed.
    let replay = write(
        dir.path(),
        "p4.json",
        &body("north", 2, &r2.to_string(), &next),
        &next,
    );
    assert_eq!(
        install_profile(&mut v, &replay, None, now())
            .expect_err("older")
            .code(),
        "error-profile-invalid"
    );
    let other = write(
        dir.path(),
        "p5.json",
        &body("south", 5, &r2.to_string(), &next),
        &next,
    );
    assert_eq!(
        install_profile(&mut v, &other, None, now())
            .expect_err("other org")
            .code(),
        "error-profile-invalid"
    );
    assert_eq!(installed_profile(&v).expect("p").expect("some").serial, 2);
}

#[test]
fn a_pasted_key_keeps_working_until_a_profile_is_installed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "field.vault");
    let (_, r) = org_key();
    install_org_key(&mut v, &r.to_string(), now()).expect("pasted key");
    let (_, r2) = org_key();
    install_org_key(&mut v, &r2.to_string(), now()).expect("replaced, as before profiles");
    assert!(installed_profile(&v).expect("p").is_none());
}

#[test]
fn the_signing_key_file_opens_with_its_passphrase_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pass =
        harbour_export::keys::SecretString::from("harbour north office amber lantern".to_string());
    let public = harbour_export::profile::generate_signing_key(dir.path(), &pass).expect("gen");
    let (_, key_file) = harbour_export::profile::signing_files(dir.path());
    let key = harbour_export::profile::read_signing_key(&key_file, &pass).expect("open");
    assert_eq!(hex::encode(key.verifying_key().to_bytes()), public);
    let wrong =
        harbour_export::keys::SecretString::from("not the right passphrase at all".to_string());
    assert_eq!(
        harbour_export::profile::read_signing_key(&key_file, &wrong)
            .expect_err("wrong")
            .code(),
        "error-export-wrong-key-passphrase"
    );
    assert!(harbour_export::profile::generate_signing_key(dir.path(), &pass).is_err());
}
