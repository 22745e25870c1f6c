//! Every file Harbour writes for people to carry away (bundle, referral summary, statistics,
//! plain export, the organisation's private keys: encryption, profile signing, pack signing)
//! is owner-only on Unix: another account on
//! a shared laptop cannot read it, whatever the umask.

#![cfg(unix)]

mod common;

use harbour_export::stats::release::Release;

use age::secrecy::SecretString;
use common::*;
use harbour_export::{
    export_bundle, generate_org_key, write_referral_summary, write_stats, ReferralKind,
};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("written")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn bundles_summaries_stats_and_the_org_private_key_are_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    let reference = v.case(&id).expect("case").reference;

    let summary = dir.path().join("summary.pdf");
    write_referral_summary(
        &mut v,
        &reference,
        ReferralKind::Medical,
        "en",
        &summary,
        now(),
    )
    .expect("summary");
    let stats = dir.path().join("stats.csv");
    write_stats(&mut v, &stats, Release::Everything, now()).expect("stats");
    let (_, recipient) = org_key();
    let bundle = dir.path().join("cases.harbour");
    export_bundle(
        &mut v,
        &export_opts(&recipient, bundle.clone()),
        &mut |_, _| {},
    )
    .expect("bundle");
    let keys = dir.path().join("keys");
    std::fs::create_dir(&keys).expect("keys dir");
    let files = generate_org_key(
        &keys,
        &SecretString::from("harbour north office amber lantern".to_string()),
    )
    .expect("keygen");

    for path in [&summary, &stats, &bundle, &files.identity] {
        assert_eq!(mode(path), 0o600, "{} is {:o}", path.display(), mode(path));
    }
}

#[test]
fn the_profile_signing_key_and_the_pack_signing_key_are_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let org = dir.path().join("org");
    std::fs::create_dir(&org).expect("org dir");
    harbour_export::profile::generate_signing_key(
        &org,
        &SecretString::from("harbour north office amber lantern".to_string()),
    )
    .expect("signing key");
    let (public, secret) = harbour_export::profile::signing_files(&org);
    assert_eq!(
        mode(&secret),
        0o600,
        "the profile signing key is {:o}",
        mode(&secret)
    );
    assert_ne!(mode(&public) & 0o044, 0, "its public half is for everyone");

    let packs = dir.path().join("packs");
    harbour_export::pack_signature::generate_pack_key(&packs, "amber lantern".into())
        .expect("pack key");
    let secret = packs.join(harbour_export::pack_signature::PACK_SECRET_KEY_FILE);
    assert_eq!(
        mode(&secret),
        0o600,
        "the pack signing key is {:o}",
        mode(&secret)
    );
}
