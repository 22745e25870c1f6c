//! Installing the organisation profile from the app: the first after the fingerprint is
//! typed, an update signed by the installed key with what it changes, and one signed by
//! another key refused with nothing written; an interviewer can do none of it; an added pack
//! the new profile approves is offered once it is installed.

use super::*;
use crate::packs::PackSources;
use crate::shell::ShellConfig;
use crate::staff_dto::{AddStaffRequest, RoleDto};
use crate::test_support::set_up;
use ed25519_dalek::SigningKey;
use harbour_export::profile::{write_profile, ApprovedPack, Policies, PROFILE_FORMAT};
use std::time::Duration;

const SAM: &str = "harbour supervisor sam 1";
const ANA: &str = "harbour interviewer ana 2";
const PACK_PW: &str = "pack author password";

fn shell(data: &Path, added: Option<PathBuf>) -> Shell {
    Shell::new(ShellConfig {
        data_dir: data.to_path_buf(),
        vault: harbour_vault::VaultOptions {
            kdf: harbour_vault::KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: Duration::from_secs(300),
        packs: PackSources {
            shipped: None,
            checked: added.into_iter().collect(),
            include_test_packs: false,
        },
    })
}

fn recipient() -> String {
    age::x25519::Identity::generate().to_public().to_string()
}

fn body(serial: u64, next: &SigningKey, packs: Vec<ApprovedPack>) -> ProfileBody {
    ProfileBody {
        format: PROFILE_FORMAT.into(),
        format_version: 1,
        org_id: "north".into(),
        name: "North Office".into(),
        serial,
        issued_at: "2026-11-26T10:00:00+00:00".into(),
        recipients: vec![recipient()],
        signing_key: hex::encode(next.verifying_key().to_bytes()),
        packs,
        pack_key: None,
        policies: Policies {
            retention_after_export: "keep".into(),
            recovery: true,
            wipe_after_failures: None,
        },
    }
}

fn write(dir: &Path, name: &str, b: &ProfileBody, by: &SigningKey) -> String {
    let p = dir.join(name);
    write_profile(b, by, &p).expect("profile");
    p.display().to_string()
}

fn install(s: &Shell, path: &str, fingerprint: Option<&str>) -> Result<ProfileStatusDto, IpcError> {
    s.install_org_profile(InstallProfileRequest {
        path: path.into(),
        fingerprint: fingerprint.map(str::to_string),
    })
}

#[test]
fn a_profile_installs_after_its_fingerprint_and_updates_only_from_the_installed_key() {
    let tmp = tempfile::tempdir().expect("tmp");
    let s = shell(&tmp.path().join("data"), None);
    set_up(&s, "Sam", SAM);
    let k1 = SigningKey::from_bytes(&[1u8; 32]);
    let k2 = SigningKey::from_bytes(&[2u8; 32]);
    let stranger = SigningKey::from_bytes(&[9u8; 32]);

    // A pasted key works until a profile is installed, and the status says so.
    s.set_org_recipients(recipient()).expect("paste a key");
    let before = s.org_profile_status().expect("status");
    assert!(before.installed.is_none());
    assert!(before.pasted_key);

    let first = write(
        tmp.path(),
        "first.harbour-profile",
        &body(1, &k1, vec![]),
        &k1,
    );
    let shown = s.read_org_profile(&first).expect("read");
    assert!(shown.first_install);
    assert_eq!(shown.profile.name, "North Office");
    let fp = signing_fingerprint(&hex::encode(k1.verifying_key().to_bytes()));
    assert_eq!(shown.profile.fingerprint, fp);
    assert_eq!(fp.split(' ').count(), 8, "eight groups to read aloud: {fp}");

    // Nothing is installed without the right fingerprint.
    let e = install(&s, &first, None).expect_err("no fingerprint");
    assert_eq!(e.code, "error-profile-fingerprint-mismatch");
    let e = install(
        &s,
        &first,
        Some("00000 00000 00000 00000 00000 00000 00000 00000"),
    )
    .expect_err("wrong fingerprint");
    assert_eq!(e.code, "error-profile-fingerprint-mismatch");
    assert!(s.org_profile_status().expect("status").installed.is_none());

    let installed = install(&s, &first, Some(&fp.replace(' ', "-"))).expect("install");
    assert_eq!(installed.installed.expect("installed").serial, 1);

    // An update signed by the installed key: a new approved pack, a rotated key.
    let pack = ApprovedPack {
        id: "mixed-flows".into(),
        version: "9.0.0".into(),
        sha256: "ab".repeat(32),
    };
    let update = write(tmp.path(), "update.json", &body(2, &k2, vec![pack]), &k1);
    let shown = s.read_org_profile(&update).expect("read the update");
    assert!(!shown.first_install);
    assert_eq!(shown.changes.new_packs, ["mixed-flows 9.0.0"]);
    assert!(shown.changes.key_rotated);
    assert!(shown.changes.recipients_changed);
    assert!(!shown.changes.policies_changed);
    let after = install(&s, &update, None).expect("update");
    let now = after.installed.expect("installed");
    assert_eq!(now.serial, 2);
    assert_eq!(
        now.fingerprint,
        signing_fingerprint(&hex::encode(k2.verifying_key().to_bytes()))
    );

    // Another key (another organisation, or a forger using the same id), even with its own
    // fingerprint typed: refused, nothing changes.
    let forged = write(
        tmp.path(),
        "forged.json",
        &body(3, &stranger, vec![]),
        &stranger,
    );
    let fp_forged = signing_fingerprint(&hex::encode(stranger.verifying_key().to_bytes()));
    let e = s.read_org_profile(&forged).expect_err("not trusted");
    assert_eq!(e.code, "error-profile-not-trusted");
    let e = install(&s, &forged, Some(&fp_forged)).expect_err("not trusted");
    assert_eq!(e.code, "error-profile-not-trusted");
    // The old key no longer signs updates after the rotation.
    let stale = write(tmp.path(), "stale.json", &body(4, &k1, vec![]), &k1);
    assert_eq!(
        install(&s, &stale, None).expect_err("rotated away").code,
        "error-profile-not-trusted"
    );
    assert_eq!(
        s.org_profile_status()
            .expect("status")
            .installed
            .expect("still")
            .serial,
        2
    );
    // And the pasted key can no longer replace the profile's.
    assert_eq!(
        s.set_org_recipients(recipient()).expect_err("refused").code,
        "error-profile-installed"
    );
}

#[test]
fn an_interviewer_can_neither_read_nor_install_a_profile() {
    let tmp = tempfile::tempdir().expect("tmp");
    let s = shell(&tmp.path().join("data"), None);
    set_up(&s, "Sam", SAM);
    s.add_staff(AddStaffRequest {
        name: "Ana".into(),
        role: RoleDto::Interviewer,
        passphrase: ANA.into(),
        confirmation: ANA.into(),
    })
    .expect("add");
    let k1 = SigningKey::from_bytes(&[1u8; 32]);
    let first = write(tmp.path(), "first.json", &body(1, &k1, vec![]), &k1);
    let fp = signing_fingerprint(&hex::encode(k1.verifying_key().to_bytes()));
    s.lock();
    s.unlock(ANA.into()).expect("unlock as Ana");
    assert_eq!(
        s.read_org_profile(&first).expect_err("refused").code,
        "error-vault-not-allowed"
    );
    assert_eq!(
        install(&s, &first, Some(&fp)).expect_err("refused").code,
        "error-vault-not-allowed"
    );
    assert!(s.org_profile_status().expect("status").installed.is_none());
}

#[test]
fn an_added_pack_is_offered_once_a_profile_approving_it_is_installed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let added = tmp.path().join("added");
    let pack = added.join("mixed");
    crate::packs::tests::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires/mixed-flows"),
        &pack,
    );
    crate::packs::tests::set_version(&pack, "5.0.0");
    let kp = minisign::KeyPair::generate_encrypted_keypair(Some(PACK_PW.into())).expect("keys");
    let sk = tmp.path().join("pack.key");
    std::fs::write(&sk, kp.sk.to_box(None).expect("box").into_string()).expect("write");
    let hash =
        harbour_export::pack_signature::sign_pack(&pack, &sk, Some(PACK_PW.into())).expect("sign");

    let s = shell(&tmp.path().join("data"), Some(added));
    set_up(&s, "Sam", SAM);
    assert!(s.packs.wait_ready(Duration::from_secs(60)));
    let without = s.questionnaires("en");
    assert!(without.available.is_empty());
    assert_eq!(
        without.problems[0].reason,
        crate::interview_dto::PackProblemReason::NoProfile
    );

    let k1 = SigningKey::from_bytes(&[1u8; 32]);
    let mut b = body(
        1,
        &k1,
        vec![ApprovedPack {
            id: "mixed-flows".into(),
            version: "5.0.0".into(),
            sha256: hash,
        }],
    );
    b.pack_key = Some(kp.pk.to_base64());
    let file = write(tmp.path(), "org.harbour-profile", &b, &k1);
    let fp = signing_fingerprint(&hex::encode(k1.verifying_key().to_bytes()));
    install(&s, &file, Some(&fp)).expect("install");
    assert!(s.packs.wait_ready(Duration::from_secs(60)));
    let with = s.questionnaires("en");
    assert!(with.problems.is_empty(), "{:?}", with.problems);
    let offered: Vec<(&str, &str)> = with
        .available
        .iter()
        .map(|q| (q.id.as_str(), q.version.as_str()))
        .collect();
    assert_eq!(offered, [("mixed-flows", "5.0.0")]);

    // The next unlock checks again against the installed profile.
    s.lock();
    s.unlock(SAM.into()).expect("unlock");
    assert!(s.packs.wait_ready(Duration::from_secs(60)));
    assert_eq!(s.questionnaires("en").available.len(), 1);
}
