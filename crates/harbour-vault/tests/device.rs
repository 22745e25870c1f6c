//! Device identity: the signing key is made with the vault (and for a vault of an earlier
//! release when it is first unlocked), lives only inside the encrypted database, stays the
//! same across unlocks, and signs only for its purposes; interviewers cannot sign.

use harbour_vault::{
    key_path, DevicePublicKey, KdfParams, Passphrase, Role, SignPurpose, Vault, VaultOptions,
};

mod common;
use common::now;

const PASS: &str = "blue kettle sings at dawn";

fn opts() -> VaultOptions {
    common::opts_as("tester")
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_new_vault_has_a_device_key_that_survives_unlocks_and_is_not_in_the_key_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("field.vault");
    let v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    let key = v.device_public_key().expect("key");
    assert_eq!(v.device_id().expect("id"), key.device_id());
    assert_eq!(key.device_id().len(), 32);
    let sig = v
        .sign_as_device(SignPurpose::BundleManifest, b"manifest")
        .expect("sign");
    assert!(key.verify(SignPurpose::BundleManifest, b"manifest", &sig));
    assert!(!key.verify(SignPurpose::Enrolment, b"manifest", &sig));
    let seed =
        harbour_vault::testing::query_text(&v, "SELECT hex(seed) FROM device_key").expect("seed");
    v.lock(now()).expect("lock");
    let again = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    assert_eq!(again.device_public_key().expect("key"), key);
    // The secret is in the encrypted database only: not in the key file, not in clear
    // anywhere in the vault's files.
    let seed = hex::decode(seed).expect("hex");
    for p in [key_path(&path), path.clone()] {
        let bytes = std::fs::read(&p).expect("read");
        assert!(
            !contains(&bytes, &seed),
            "{} holds the device key",
            p.display()
        );
        assert!(!contains(&bytes, hex::encode(&seed).as_bytes()));
    }
}

#[test]
fn a_vault_of_an_earlier_release_gets_a_device_key_when_first_unlocked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.vault");
    harbour_vault::testing::create_legacy(
        &path,
        &Passphrase::new(PASS),
        KdfParams::fast_for_tests(),
    )
    .expect("legacy");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("migrates");
    let key = v.device_public_key().expect("key");
    v.lock(now()).expect("lock");
    let v = Vault::unlock(&path, &Passphrase::new(PASS), now(), &opts()).expect("unlock");
    assert_eq!(v.device_public_key().expect("key"), key, "made once, kept");
}

#[test]
fn an_interviewer_cannot_sign_as_the_device_or_enrol_devices() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("field.vault");
    let mut v = Vault::create(&path, &Passphrase::new(PASS), now(), &opts()).expect("create");
    v.add_staff(
        "Iris",
        Role::Interviewer,
        &Passphrase::new("river stones hum at noon"),
        now(),
    )
    .expect("add");
    let key = v.device_public_key().expect("key");
    v.lock(now()).expect("lock");
    let mut i = Vault::unlock(
        &path,
        &Passphrase::new("river stones hum at noon"),
        now(),
        &opts(),
    )
    .expect("interviewer");
    let err = i
        .sign_as_device(SignPurpose::BundleManifest, b"x")
        .expect_err("refused");
    assert_eq!(err.code(), "error-vault-not-allowed");
    let err = i.enrol_device(&key, now()).expect_err("refused");
    assert_eq!(err.code(), "error-vault-not-allowed");
    assert!(DevicePublicKey::from_hex("00").is_none());
}
