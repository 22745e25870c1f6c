//! Tests of the pack library: shipped packs load on a worker thread, added packs are offered
//! only when signed and approved by the installed profile, a failing loader is a listed
//! problem, and versions are kept side by side.
use super::*;
use harbour_export::pack_signature::sign_pack;
use harbour_export::profile::{ApprovedPack, Policies, PROFILE_FORMAT};
use std::sync::mpsc;

const KEY_PW: &str = "pack author password";
use std::time::Duration;
const WAIT: Duration = Duration::from_secs(60);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires")
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

/// Set the `version = "…"` line of a pack's questionnaire.toml.
pub(crate) fn set_version(pack: &Path, version: &str) {
    let toml = pack.join("questionnaire.toml");
    let text = std::fs::read_to_string(&toml).expect("read");
    let at = text.find("version = \"").expect("a version line");
    let end = at + text[at..].find('\n').expect("end of line");
    let text = format!("{}version = \"{version}\"{}", &text[..at], &text[end..]);
    std::fs::write(&toml, text).expect("write");
}

fn shipped(dir: &Path, include_test_packs: bool) -> Arc<Packs> {
    let packs = Packs::start(PackSources {
        shipped: Some(dir.to_path_buf()),
        checked: Vec::new(),
        include_test_packs,
    });
    assert!(packs.wait_ready(WAIT), "the packs load");
    packs
}

#[test]
fn a_broken_pack_is_reported_with_its_file_and_the_others_still_load() {
    let dir = tempfile::tempdir().expect("tmp");
    copy_dir(&repo().join("_test-all-kinds"), &dir.path().join("good"));
    copy_dir(&repo().join("_test-all-kinds"), &dir.path().join("broken"));
    let toml = dir.path().join("broken/questionnaire.toml");
    let text = std::fs::read_to_string(&toml).expect("read");
    // A forward reference: a condition on a question that comes later.
    std::fs::write(
        &toml,
        text.replacen(
            "id = \"dob\"",
            "id = \"dob\"\nwhen = \"anything_else == \\\"x\\\"\"",
            1,
        ),
    )
    .expect("write");
    let packs = shipped(dir.path(), false);
    let dto = packs.dto("en");
    assert_eq!(dto.available.len(), 1, "the good pack still loads");
    assert_eq!(dto.problems.len(), 1);
    let p = &dto.problems[0];
    assert!(p.path.ends_with("broken"), "names the pack: {}", p.path);
    assert_eq!(p.reason, PackProblemReason::Invalid);
    assert!(
        p.diagnostics
            .iter()
            .any(|d| d.contains("questionnaire.toml") && d.contains("HQ022")),
        "names the file and the problem: {:?}",
        p.diagnostics
    );
}

#[test]
fn new_interviews_get_the_newest_version_and_older_ones_stay_for_resuming() {
    let dir = tempfile::tempdir().expect("tmp");
    for (folder, version) in [("a", "1.9.2"), ("b", "1.10.0"), ("c", "1.2.0")] {
        copy_dir(&repo().join("_test-all-kinds"), &dir.path().join(folder));
        set_version(&dir.path().join(folder), version);
    }
    let packs = shipped(dir.path(), false);
    let dto = packs.dto("en");
    assert!(dto.problems.is_empty(), "{:?}", dto.problems);
    let newest = packs.find("test-all-kinds", None).expect("newest");
    assert_eq!(newest.q.version(), "1.10.0");
    let old = packs.find("test-all-kinds", Some("1.9.2")).expect("old");
    assert_eq!(old.q.version(), "1.9.2");
    let offered: Vec<String> = dto.available.into_iter().map(|q| q.version).collect();
    assert_eq!(offered, ["1.10.0"], "only the newest is offered");
}

#[test]
fn the_shipped_older_version_is_kept_for_interviews_begun_on_it() {
    let packs = shipped(&repo(), false);
    assert!(packs.dto("en").problems.is_empty());
    assert!(packs.find("mixed-flows", Some("1.0.0")).is_some());
    let newest = packs.find("mixed-flows", None).expect("newest");
    assert_ne!(newest.q.version(), "1.0.0");
}

#[test]
fn test_packs_are_offered_only_when_asked_for() {
    let normal = shipped(&repo(), false);
    assert!(normal.find("test-all-kinds", None).is_none());
    assert!(normal.find("mixed-flows", None).is_some());
    let with_tests = shipped(&repo(), true);
    assert!(with_tests.find("test-all-kinds", None).is_some());
}

#[test]
fn packs_load_off_the_calling_thread_and_say_so_until_ready() {
    let dir = tempfile::tempdir().expect("tmp");
    copy_dir(&repo().join("_test-all-kinds"), &dir.path().join("a"));
    let (release, gate) = mpsc::channel::<()>();
    let gate = Mutex::new(gate);
    let packs = Packs::start_with(
        PackSources {
            shipped: Some(dir.path().to_path_buf()),
            ..PackSources::default()
        },
        Arc::new(move |path: &Path| {
            // A slow pack: the loader waits until the test lets it go.
            let _ = gate.lock().expect("gate").recv();
            load_pack(path)
        }),
    );
    // `start` returned while the pack is still loading: the window is not held up.
    let before = packs.dto("en");
    assert!(before.loading, "the UI is told packs are loading");
    assert!(before.available.is_empty());
    assert!(!packs.wait_ready(Duration::from_millis(50)));
    release.send(()).expect("release");
    assert!(packs.wait_ready(WAIT));
    let after = packs.dto("en");
    assert!(!after.loading);
    assert_eq!(after.available.len(), 1);
}

#[test]
fn a_panic_while_loading_a_pack_is_a_listed_problem_not_a_crash() {
    let dir = tempfile::tempdir().expect("tmp");
    copy_dir(&repo().join("_test-all-kinds"), &dir.path().join("a-good"));
    copy_dir(&repo().join("_test-all-kinds"), &dir.path().join("b-boom"));
    let packs = Packs::start_with(
        PackSources {
            shipped: Some(dir.path().to_path_buf()),
            ..PackSources::default()
        },
        Arc::new(|path: &Path| {
            if path.ends_with("b-boom") {
                panic!("a fault in the parser");
            }
            load_pack(path)
        }),
    );
    assert!(
        packs.wait_ready(WAIT),
        "loading ends even though a loader panicked"
    );
    let dto = packs.dto("en");
    assert_eq!(dto.available.len(), 1, "the other pack still loads");
    assert_eq!(dto.problems.len(), 1);
    assert!(dto.problems[0].path.ends_with("b-boom"));
    assert_eq!(dto.problems[0].reason, PackProblemReason::LoadFailed);
}

/// An organisation's pack key and a profile approving `approved` (id, version, hash).
struct Org {
    secret: PathBuf,
    public: String,
}

impl Org {
    fn new(dir: &Path, name: &str) -> Org {
        let kp = minisign::KeyPair::generate_encrypted_keypair(Some(KEY_PW.into())).expect("keys");
        let secret = dir.join(format!("{name}.key"));
        std::fs::write(&secret, kp.sk.to_box(None).expect("box").into_string()).expect("write");
        Org {
            secret,
            public: kp.pk.to_base64(),
        }
    }

    fn sign(&self, pack: &Path) -> String {
        sign_pack(pack, &self.secret, Some(KEY_PW.into())).expect("sign")
    }

    fn profile(&self, approved: &[(&str, &str, &str)]) -> ProfileBody {
        ProfileBody {
            format: PROFILE_FORMAT.into(),
            format_version: 1,
            org_id: "north".into(),
            name: "North".into(),
            serial: 1,
            issued_at: "2026-11-23T10:00:00+00:00".into(),
            recipients: vec![],
            signing_key: String::new(),
            packs: approved
                .iter()
                .map(|(id, version, sha256)| ApprovedPack {
                    id: (*id).into(),
                    version: (*version).into(),
                    sha256: (*sha256).into(),
                })
                .collect(),
            pack_key: Some(self.public.clone()),
            policies: Policies {
                retention_after_export: "keep".into(),
                recovery: true,
                wipe_after_failures: None,
            },
        }
    }
}

fn added(dir: &Path) -> Arc<Packs> {
    let packs = Packs::start(PackSources {
        shipped: None,
        checked: vec![dir.to_path_buf()],
        include_test_packs: false,
    });
    assert!(packs.wait_ready(WAIT));
    packs
}

fn reason_of_pack(dto: &QuestionnairesDto, folder: &str) -> Option<PackProblemReason> {
    dto.problems
        .iter()
        .find(|p| p.path.ends_with(folder))
        .map(|p| p.reason)
}

#[test]
fn added_packs_are_offered_only_when_signed_and_approved_by_the_profile() {
    let tmp = tempfile::tempdir().expect("tmp");
    let keys = tmp.path().join("keys");
    std::fs::create_dir_all(&keys).expect("mkdir");
    let org = Org::new(&keys, "org");
    let stranger = Org::new(&keys, "stranger");
    let dir = tmp.path().join("added");
    // Folder names starting with `_` are not test packs here: added packs are checked, not
    // filtered by name.
    let make = |folder: &str, version: &str| {
        let p = dir.join(folder);
        copy_dir(&repo().join("_test-all-kinds"), &p);
        set_version(&p, version);
        p
    };
    let good = make("good", "7.0.0");
    let good_hash = org.sign(&good);
    make("unsigned", "7.0.1");
    let changed = make("changed", "7.0.2");
    let changed_hash = org.sign(&changed);
    // One byte changed after signing.
    let toml = changed.join("questionnaire.toml");
    let mut bytes = std::fs::read(&toml).expect("read");
    let last = bytes.len() - 2;
    bytes[last] ^= 0x01;
    std::fs::write(&toml, bytes).expect("write");
    let other_key = make("other-key", "7.0.3");
    let other_hash = stranger.sign(&other_key);
    let unapproved = make("unapproved", "7.0.4");
    org.sign(&unapproved);
    // Approved under another version than the one it declares.
    let relabelled = make("relabelled", "7.0.5");
    let relabelled_hash = org.sign(&relabelled);

    let packs = added(&dir);
    // Before unlock: nothing from an added folder is checked or offered.
    let locked = packs.dto("en");
    assert!(locked.available.is_empty());
    packs.check(None);
    assert!(packs.wait_ready(WAIT));
    let none = packs.dto("en");
    assert!(none.available.is_empty());
    assert_eq!(
        reason_of_pack(&none, "good"),
        Some(PackProblemReason::NoProfile)
    );

    packs.check(Some(org.profile(&[
        ("test-all-kinds", "7.0.0", &good_hash),
        ("test-all-kinds", "7.0.2", &changed_hash),
        ("test-all-kinds", "7.0.3", &other_hash),
        ("test-all-kinds", "9.9.9", &relabelled_hash),
    ])));
    assert!(packs.wait_ready(WAIT));
    let dto = packs.dto("en");
    let offered: Vec<&str> = dto.available.iter().map(|q| q.version.as_str()).collect();
    assert_eq!(
        offered,
        ["7.0.0"],
        "only the signed and approved pack is offered"
    );
    assert!(packs.find("test-all-kinds", Some("7.0.2")).is_none());
    assert_eq!(
        reason_of_pack(&dto, "unsigned"),
        Some(PackProblemReason::Unsigned)
    );
    assert_eq!(
        reason_of_pack(&dto, "changed"),
        Some(PackProblemReason::Changed)
    );
    assert_eq!(
        reason_of_pack(&dto, "other-key"),
        Some(PackProblemReason::BadSignature)
    );
    assert_eq!(
        reason_of_pack(&dto, "unapproved"),
        Some(PackProblemReason::NotApproved)
    );
    assert_eq!(
        reason_of_pack(&dto, "relabelled"),
        Some(PackProblemReason::NotApproved)
    );
    assert_eq!(dto.problems.len(), 5, "{:?}", dto.problems);
}

#[test]
fn a_profile_without_a_pack_key_approves_no_added_pack() {
    let tmp = tempfile::tempdir().expect("tmp");
    let org = Org::new(tmp.path(), "org");
    let dir = tmp.path().join("added");
    let p = dir.join("good");
    copy_dir(&repo().join("_test-all-kinds"), &p);
    let hash = org.sign(&p);
    let mut profile = org.profile(&[("test-all-kinds", "1.0.0", &hash)]);
    profile.pack_key = None;
    let packs = added(&dir);
    packs.check(Some(profile));
    assert!(packs.wait_ready(WAIT));
    let dto = packs.dto("en");
    assert!(dto.available.is_empty());
    assert_eq!(
        reason_of_pack(&dto, "good"),
        Some(PackProblemReason::NotApproved)
    );
}
