//! Signed questionnaire packs (minisign): a signed pack verifies; one byte changed in any
//! file, a missing signature, another key, or a hash the profile does not approve are each
//! refused with their own error.

use harbour_export::pack_signature::{
    pack_listing, sign_pack, verify_pack, verify_pack_for_profile, PACK_MANIFEST,
};
use harbour_export::profile::{ApprovedPack, Policies, ProfileBody, PROFILE_FORMAT};
use std::path::{Path, PathBuf};

const KEY_PW: &str = "pack author password";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).expect("copy");
        }
    }
}

/// A copy of the shipped pack and a minisign key pair: (pack dir, secret key file, public key).
fn setup(dir: &Path) -> (PathBuf, PathBuf, String) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows");
    let pack = dir.join("mixed-flows");
    copy_dir(&src, &pack);
    let kp = minisign::KeyPair::generate_encrypted_keypair(Some(KEY_PW.into())).expect("keys");
    let sk = dir.join("pack.key");
    std::fs::write(&sk, kp.sk.to_box(None).expect("box").into_string()).expect("write");
    (pack, sk, kp.pk.to_base64())
}

fn profile(hash: &str, key: &str) -> ProfileBody {
    ProfileBody {
        format: PROFILE_FORMAT.into(),
        format_version: 1,
        org_id: "north".into(),
        name: "North".into(),
        serial: 1,
        issued_at: "2026-11-23T10:00:00+00:00".into(),
        recipients: vec![],
        signing_key: String::new(),
        packs: vec![ApprovedPack {
            id: "mixed-flows".into(),
            version: "1.0.0".into(),
            sha256: hash.into(),
        }],
        pack_key: Some(key.into()),
        policies: Policies {
            retention_after_export: "keep".into(),
            recovery: true,
            wipe_after_failures: None,
        },
    }
}

#[test]
fn a_signed_pack_verifies_and_its_hash_is_the_listings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (pack, sk, pk) = setup(dir.path());
    let hash = sign_pack(&pack, &sk, Some(KEY_PW.into())).expect("sign");
    assert_eq!(verify_pack(&pack, &pk).expect("verify"), hash);
    let listing = std::fs::read_to_string(pack.join(PACK_MANIFEST)).expect("listing");
    assert_eq!(listing, pack_listing(&pack).expect("listing"));
    assert!(listing.lines().any(|l| l.ends_with("  questionnaire.toml")));
    assert_eq!(
        verify_pack_for_profile(&pack, &profile(&hash, &pk), "mixed-flows", "1.0.0")
            .expect("approved"),
        hash
    );
}

#[test]
fn a_pack_with_one_byte_changed_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (pack, sk, pk) = setup(dir.path());
    sign_pack(&pack, &sk, Some(KEY_PW.into())).expect("sign");
    let file = pack.join("questionnaire.toml");
    let mut bytes = std::fs::read(&file).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&file, bytes).expect("write");
    let err = verify_pack(&pack, &pk).expect_err("changed");
    assert_eq!(err.code(), "error-pack-changed");
    assert!(err.to_string().contains("not offered"), "{err}");
}

#[test]
fn an_added_file_an_unsigned_pack_another_key_and_an_unapproved_hash_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (pack, sk, pk) = setup(dir.path());
    assert_eq!(
        verify_pack(&pack, &pk).expect_err("unsigned").code(),
        "error-pack-unsigned"
    );
    let hash = sign_pack(&pack, &sk, Some(KEY_PW.into())).expect("sign");
    let other = minisign::KeyPair::generate_unencrypted_keypair().expect("keys");
    assert_eq!(
        verify_pack(&pack, &other.pk.to_base64())
            .expect_err("other key")
            .code(),
        "error-pack-bad-signature"
    );
    assert_eq!(
        verify_pack_for_profile(
            &pack,
            &profile(&"0".repeat(64), &pk),
            "mixed-flows",
            "1.0.0"
        )
        .expect_err("not approved")
        .code(),
        "error-pack-changed"
    );
    assert_eq!(
        verify_pack_for_profile(&pack, &profile(&hash, &pk), "mixed-flows", "2.0.0")
            .expect_err("other version")
            .code(),
        "error-pack-changed"
    );
    std::fs::write(pack.join("extra.toml"), "x = 1\n").expect("write");
    assert_eq!(
        verify_pack(&pack, &pk).expect_err("added file").code(),
        "error-pack-changed"
    );
}
