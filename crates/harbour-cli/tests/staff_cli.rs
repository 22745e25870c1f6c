//! `harbour staff add|list|remove` and `harbour vault passwd|recover|wipe|status|wipe-policy`
//! end to end, through the real binary and real vault files.

use std::path::Path;
use std::process::{Command, Output};

const SAM: &str = "blue kettle sings at dawn";
const AMINA: &str = "amina walks the long road home";
const NEW: &str = "green river under the bridge";
const KEY_PASS: &str = "harbour north office amber lantern";

fn harbour(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_harbour"));
    c.args(args)
        .env_remove("HARBOUR_PASSPHRASE")
        .env_remove("HARBOUR_NEW_PASSPHRASE")
        .env_remove("HARBOUR_STAFF_PASSPHRASE")
        .env_remove("HARBOUR_KEY_PASSPHRASE");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run harbour")
}

fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn user_error(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout: {} stderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn init(dir: &Path) -> String {
    let vault = dir.join("harbour.vault").display().to_string();
    ok(&harbour(
        &["vault", "init", "--vault", &vault, "--name", "Sam"],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    vault
}

#[test]
fn a_supervisor_adds_lists_and_removes_staff_and_an_interviewer_cannot() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = init(dir.path());
    let out = ok(&harbour(
        &["staff", "add", "--vault", &vault, "--name", "Amina"],
        &[
            ("HARBOUR_PASSPHRASE", SAM),
            ("HARBOUR_STAFF_PASSPHRASE", AMINA),
        ],
    ));
    assert!(out.contains("added Amina (interviewer)"), "{out}");
    let id = out.trim().rsplit(' ').next().expect("id").to_string();
    let list = ok(&harbour(
        &["staff", "list", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    assert!(list.contains("Amina") && list.contains("supervisor") && list.contains("(you)"));
    assert!(list.contains("Sam"), "{list}");
    // Amina unlocks as herself, and may not manage staff.
    let err = user_error(&harbour(
        &["staff", "list", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", AMINA)],
    ));
    assert!(err.contains("not allowed"), "{err}");
    let err = user_error(&harbour(
        &["staff", "add", "--vault", &vault, "--name", "Eve"],
        &[
            ("HARBOUR_PASSPHRASE", AMINA),
            ("HARBOUR_STAFF_PASSPHRASE", "eve wants to get in"),
        ],
    ));
    assert!(err.contains("not allowed"), "{err}");
    // The same passphrase twice is refused.
    let err = user_error(&harbour(
        &["staff", "add", "--vault", &vault, "--name", "Copy"],
        &[
            ("HARBOUR_PASSPHRASE", SAM),
            ("HARBOUR_STAFF_PASSPHRASE", AMINA),
        ],
    ));
    assert!(err.contains("choose another"), "{err}");
    ok(&harbour(
        &["staff", "remove", "--vault", &vault, "--id", &id],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    let err = user_error(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", AMINA)],
    ));
    assert!(err.contains("wrong passphrase"), "{err}");
    let list = ok(&harbour(
        &["staff", "list", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    assert!(list.contains("removed"), "{list}");
}

#[test]
fn passwd_changes_only_your_own_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = init(dir.path());
    ok(&harbour(
        &["staff", "add", "--vault", &vault, "--name", "Amina"],
        &[
            ("HARBOUR_PASSPHRASE", SAM),
            ("HARBOUR_STAFF_PASSPHRASE", AMINA),
        ],
    ));
    ok(&harbour(
        &["vault", "passwd", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM), ("HARBOUR_NEW_PASSPHRASE", NEW)],
    ));
    user_error(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    ok(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", NEW)],
    ));
    ok(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", AMINA)],
    ));
    // A weak new passphrase is a user error and changes nothing.
    let err = user_error(&harbour(
        &["vault", "passwd", "--vault", &vault],
        &[
            ("HARBOUR_PASSPHRASE", NEW),
            ("HARBOUR_NEW_PASSPHRASE", "short"),
        ],
    ));
    assert!(err.contains("too weak"), "{err}");
}

#[test]
fn recover_with_the_organisation_key_and_fail_clearly_without_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = init(dir.path());
    let keys = dir.path().join("keys");
    ok(&harbour(
        &["keygen", "--out", &keys.display().to_string()],
        &[("HARBOUR_KEY_PASSPHRASE", KEY_PASS)],
    ));
    let identity = keys.join("org.key").display().to_string();
    let status = ok(&harbour(&["vault", "status", "--vault", &vault], &[]));
    assert!(status.contains("not possible"), "{status}");
    // Without an organisation key installed, recovery fails clearly.
    let err = user_error(&harbour(
        &[
            "vault",
            "recover",
            "--vault",
            &vault,
            "--identity",
            &identity,
        ],
        &[
            ("HARBOUR_KEY_PASSPHRASE", KEY_PASS),
            ("HARBOUR_NEW_PASSPHRASE", NEW),
        ],
    ));
    assert!(err.contains("cannot be recovered"), "{err}");
    // Install the organisation key on the device (as the app's Settings does).
    install_org_key(Path::new(&vault), &keys.join("org.pub"));
    let status = ok(&harbour(&["vault", "status", "--vault", &vault], &[]));
    assert!(status.contains("possible (a recovery slot"), "{status}");
    // Another organisation's key does not open it.
    let other = dir.path().join("other");
    ok(&harbour(
        &["keygen", "--out", &other.display().to_string()],
        &[("HARBOUR_KEY_PASSPHRASE", KEY_PASS)],
    ));
    let err = user_error(&harbour(
        &[
            "vault",
            "recover",
            "--vault",
            &vault,
            "--identity",
            &other.join("org.key").display().to_string(),
        ],
        &[
            ("HARBOUR_KEY_PASSPHRASE", KEY_PASS),
            ("HARBOUR_NEW_PASSPHRASE", NEW),
        ],
    ));
    assert!(err.contains("does not open the recovery slot"), "{err}");
    let out = ok(&harbour(
        &[
            "vault",
            "recover",
            "--vault",
            &vault,
            "--identity",
            &identity,
            "--name",
            "HQ desk",
        ],
        &[
            ("HARBOUR_KEY_PASSPHRASE", KEY_PASS),
            ("HARBOUR_NEW_PASSPHRASE", NEW),
        ],
    ));
    assert!(out.contains("new supervisor HQ desk"), "{out}");
    let list = ok(&harbour(
        &["staff", "list", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", NEW)],
    ));
    assert!(
        list.contains("HQ desk") && list.contains("supervisor"),
        "{list}"
    );
}

fn install_org_key(vault: &Path, public: &Path) {
    let opts = harbour_vault::VaultOptions {
        kdf: harbour_vault::KdfParams::default(),
        actor: "x".into(),
    };
    let mut v = harbour_vault::Vault::unlock(
        vault,
        &harbour_vault::Passphrase::new(SAM),
        chrono::Utc::now(),
        &opts,
    )
    .expect("unlock");
    let text = std::fs::read_to_string(public).expect("org.pub");
    harbour_export::install_org_key(&mut v, &text, chrono::Utc::now()).expect("install");
    v.lock(chrono::Utc::now()).expect("lock");
}

#[test]
fn wipe_needs_the_typed_confirmation_then_nothing_is_left() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = init(dir.path());
    let err = user_error(&harbour(
        &["vault", "wipe", "--vault", &vault, "--confirm", "yes"],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    assert!(err.contains("WIPE THIS DEVICE"), "{err}");
    assert!(Path::new(&vault).exists());
    // Not in a terminal and no --confirm: refused.
    let err = user_error(&harbour(
        &["vault", "wipe", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    assert!(err.contains("not confirmed"), "{err}");
    ok(&harbour(
        &[
            "vault",
            "wipe",
            "--vault",
            &vault,
            "--confirm",
            "WIPE THIS DEVICE",
        ],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(left.is_empty(), "files left after a wipe: {left:?}");
    user_error(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
}

#[test]
fn wipe_policy_is_set_by_a_supervisor_and_shown_in_status() {
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = init(dir.path());
    ok(&harbour(
        &["vault", "wipe-policy", "--vault", &vault, "--after", "2"],
        &[("HARBOUR_PASSPHRASE", SAM)],
    ));
    let status = ok(&harbour(&["vault", "status", "--vault", &vault], &[]));
    assert!(status.contains("after 2"), "{status}");
    user_error(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", "wrong words entirely")],
    ));
    let err = user_error(&harbour(
        &["vault", "check", "--vault", &vault],
        &[("HARBOUR_PASSPHRASE", "wrong words entirely")],
    ));
    assert!(err.contains("wiped"), "{err}");
}
