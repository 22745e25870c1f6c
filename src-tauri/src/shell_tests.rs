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
        packs: crate::packs::PackSources::default(),
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
    let now = Moment::now();
    assert!(!s.lock_if_idle(now), "locked too early");
    let later = Moment {
        wall: now.wall + Duration::from_secs(61),
        mono: now.mono + Duration::from_secs(61),
    };
    assert!(s.lock_if_idle(later));
    assert!(!s.status().unlocked);
}

#[test]
fn password123_bang_is_refused_with_translated_hints_and_a_suggestion_is_accepted() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    let weak = s.passphrase_strength("Password123!".into());
    assert!(!weak.acceptable);
    assert_eq!(weak.level, "too-weak");
    assert_eq!(weak.problem.as_deref(), Some("error-passphrase-guessable"));
    assert!(weak
        .hints
        .iter()
        .any(|h| h == "passphrase-hint-common-password"));
    assert_eq!(
        s.create_vault(req("Password123!", "Password123!"))
            .map_err(|e| e.code),
        Err("error-passphrase-guessable".into())
    );
    let en: String = s.locale_sources("en").into_iter().map(|f| f.text).collect();
    for h in harbour_vault::Hint::ALL {
        assert!(
            en.contains(&format!("{} =", h.message_id())),
            "{} has no English text",
            h.message_id()
        );
    }
    let suggested = s.generate_passphrase().expect("generated").passphrase;
    assert!(s.passphrase_strength(suggested.clone()).acceptable);
    s.create_vault(req(&suggested, &suggested)).expect("create");
    s.lock();
    s.unlock(suggested).expect("unlock");
}

/// The policy judges a passphrase only when it is chosen: a vault made before it
/// (tests-fixtures/weak-passphrase-vault, `Password123!`) still opens.
#[test]
fn a_passphrase_chosen_under_the_old_policy_still_unlocks() {
    let dir = tempfile::tempdir().expect("tmp");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests-fixtures/weak-passphrase-vault");
    for f in [VAULT_FILE, "harbour.vault.key"] {
        std::fs::copy(fixture.join(f), dir.path().join(f)).expect("copy fixture");
    }
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    assert!(harbour_vault::check_policy("Password123!").is_err());
    s.unlock("Password123!".into())
        .expect("an old passphrase unlocks");
    assert!(s.status().unlocked);
}

/// A laptop closed while unlocked: monotonic time stops while it sleeps, the wall clock
/// does not. On waking, the first check must lock.
#[test]
fn a_wall_clock_jump_while_asleep_locks_the_vault() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), Duration::from_secs(60));
    s.create_vault(req("blue kettle sings", "blue kettle sings"))
        .expect("create");
    let now = Moment::now();
    let after_a_night_asleep = Moment {
        wall: now.wall + Duration::from_secs(8 * 3600),
        mono: now.mono + Duration::from_secs(2),
    };
    assert!(s.lock_if_idle(after_a_night_asleep), "woke up unlocked");
    assert!(!s.status().unlocked);
}

/// Setting the wall clock back does not keep the vault open: monotonic time still counts.
#[test]
fn a_wall_clock_set_back_does_not_postpone_the_lock() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), Duration::from_secs(60));
    s.create_vault(req("blue kettle sings", "blue kettle sings"))
        .expect("create");
    let now = Moment::now();
    let later = Moment {
        wall: now.wall - Duration::from_secs(3600),
        mono: now.mono + Duration::from_secs(61),
    };
    assert!(s.lock_if_idle(later));
}

/// What the D-Bus listener does on logind's PrepareForSleep or a session Lock.
#[test]
fn a_suspend_or_a_locked_screen_locks_the_vault_at_once() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path(), DEFAULT_AUTO_LOCK);
    for event in [SystemEvent::Suspend, SystemEvent::ScreenLocked] {
        if !s.status().unlocked {
            s.unlock("blue kettle sings".into())
                .or_else(|_| s.create_vault(req("blue kettle sings", "blue kettle sings")))
                .expect("open");
        }
        assert!(s.status().unlocked);
        assert!(s.on_system_event(event), "{event:?}: was unlocked");
        assert!(!s.status().unlocked, "{event:?} left the vault open");
        assert_eq!(
            s.list_cases().map(|_| ()).map_err(|e| e.code),
            Err("error-vault-locked".into())
        );
    }
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

/// Issue 14 item 4: a broken pack's problem reaches the app as a message of its own locales,
/// so it is shown in the staff language (here French) with its file and place; the English
/// wording of `harbour validate` stays beside it.
#[test]
fn a_broken_packs_problem_reaches_the_app_in_the_staff_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let packs = dir.path().join("packs");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires/_test-all-kinds");
    let broken = packs.join("broken");
    std::fs::create_dir_all(broken.join("locales")).expect("mkdir");
    for e in std::fs::read_dir(repo.join("locales"))
        .expect("locales")
        .flatten()
    {
        std::fs::copy(e.path(), broken.join("locales").join(e.file_name())).expect("copy");
    }
    let text = std::fs::read_to_string(repo.join("questionnaire.toml")).expect("read");
    // A condition on a question that comes later (HQ022).
    std::fs::write(
        broken.join("questionnaire.toml"),
        text.replacen(
            "id = \"dob\"",
            "id = \"dob\"\nwhen = \"anything_else == \\\"x\\\"\"",
            1,
        ),
    )
    .expect("write");
    let s = Shell::new(ShellConfig {
        data_dir: dir.path().join("data"),
        vault: VaultOptions {
            kdf: KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: Duration::from_secs(300),
        packs: crate::packs::PackSources {
            shipped: Some(packs),
            checked: Vec::new(),
            include_test_packs: false,
        },
    });
    assert!(
        s.packs.wait_ready(Duration::from_secs(60)),
        "the packs load"
    );
    let list = s.questionnaires("fr");
    let problem = list.problems[0]
        .problems
        .iter()
        .find(|p| p.code == "HQ022")
        .expect("the forward reference is listed");
    assert_eq!(problem.message_id, "pack-problem-forward-reference");
    let file = problem.file.clone().expect("a file");
    assert!(file.ends_with("questionnaire.toml"), "{file}");
    let mut args = harbour_i18n::FluentArgs::new();
    args.set("file", file.clone());
    args.set("line", problem.line.expect("line"));
    args.set("column", problem.column.expect("column"));
    args.set("code", problem.code.clone());
    args.set(
        "problem",
        s.app_localizer("fr").format(&problem.message_id, None),
    );
    let shown = s
        .app_localizer("fr")
        .format("new-pack-problem", Some(&args))
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        shown.contains("Une condition nomme une question qui vient plus loin"),
        "in French: {shown}"
    );
    assert!(shown.contains(&file) && shown.contains("ligne"), "{shown}");
    assert!(
        !shown.contains("names a question"),
        "no English in the French line: {shown}"
    );
    // The English wording of `harbour validate` is kept for the details.
    assert!(
        problem.detail.contains("anything_else"),
        "{}",
        problem.detail
    );
}
