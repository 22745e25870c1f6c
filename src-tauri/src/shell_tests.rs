//! Tests of the shell's state: vault creation, unlock, locks, locales.
use super::*;
use crate::dto::CreateVaultRequest;
use harbour_vault::KdfParams;
use std::path::Path;

fn shell(dir: &Path, idle: Duration) -> Shell {
    Shell::new(ShellConfig {
        data_dir: dir.to_path_buf(),
        vault: VaultOptions {
            kdf: KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: idle,
        questionnaires_dir: None,
        include_test_packs: false,
    })
}

fn req(p: &str, c: &str) -> CreateVaultRequest {
    CreateVaultRequest {
        name: String::new(),
        passphrase: p.into(),
        confirmation: c.into(),
    }
}

#[test]
fn first_run_creates_then_later_runs_unlock() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    assert!(!s.status().vault_exists);
    assert_eq!(
        s.create_vault(req("blue kettle sings", "blue kettle sang"))
            .map_err(|e| e.code),
        Err("error-passphrase-mismatch".into())
    );
    assert_eq!(
        s.create_vault(req("short", "short")).map_err(|e| e.code),
        Err("error-passphrase-too-short".into())
    );
    s.create_vault(req("blue kettle sings", "blue kettle sings"))
        .expect("create");
    assert!(s.status().unlocked);
    assert!(s.list_cases().expect("cases").is_empty());
    s.lock();
    assert_eq!(
        s.list_cases().map(|_| ()).map_err(|e| e.code),
        Err("error-vault-locked".into())
    );
    let wrong = s.unlock("not the passphrase".into()).expect_err("wrong");
    assert_eq!(wrong.code, "error-vault-wrong-passphrase");
    assert_eq!(wrong.args.get("attempts").map(String::as_str), Some("1"));
    s.unlock("blue kettle sings".into()).expect("unlock");
    assert!(s.status().unlocked);
}

#[test]
fn idle_time_locks_the_vault_and_drops_the_key() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), Duration::from_secs(60));
    s.create_vault(req("blue kettle sings", "blue kettle sings"))
        .expect("create");
    assert!(!s.lock_if_idle(Instant::now()), "locked too early");
    assert!(s.lock_if_idle(Instant::now() + Duration::from_secs(61)));
    assert!(!s.status().unlocked);
}

#[test]
fn auto_lock_setting_survives_a_lock() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    s.create_vault(req("blue kettle sings", "blue kettle sings"))
        .expect("create");
    s.set_auto_lock(9).expect("set");
    s.lock();
    let s2 = shell(dir.path(), DEFAULT_AUTO_LOCK);
    s2.unlock("blue kettle sings".into()).expect("unlock");
    assert_eq!(s2.status().auto_lock_minutes, 9);
}

#[test]
fn english_strings_are_embedded_and_every_locale_has_a_chain_to_english() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    let en = s.locale_sources("en");
    assert!(en.iter().any(|f| f.text.contains("unlock-title")));
    let fr = s.locale_sources("fr");
    assert_eq!(
        fr.last().map(|f| f.lang.as_str()),
        Some("en"),
        "English is the last fallback"
    );
}

#[test]
fn each_source_carries_the_intl_locale_with_harbours_digits() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    let intl_of = |lang: &str| {
        s.locale_sources(lang)
            .into_iter()
            .find(|f| f.lang == lang)
            .map(|f| f.intl)
    };
    // The same digits the Rust side formats with (locales/<lang>/meta.toml).
    assert_eq!(intl_of("ar").as_deref(), Some("ar-u-nu-latn"));
    assert_eq!(intl_of("fa").as_deref(), Some("fa-u-nu-arabext"));
    assert_eq!(intl_of("my").as_deref(), Some("my-u-nu-mymr"));
    assert_eq!(intl_of("en").as_deref(), Some("en-u-nu-latn"));
}
