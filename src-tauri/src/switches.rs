//! What the app reads from its environment at start-up.
//!
//! Two kinds of switch. `HARBOUR_DATA_DIR` and `HARBOUR_QUESTIONNAIRES_DIR` are documented
//! features (README) and are always read. The others exist for the end-to-end tests only and
//! are read only by a build with the cargo feature `e2e` (scripts/test-all.sh builds the app
//! with it for the end-to-end step): a release binary ignores them, so nobody can turn the
//! webview's incognito mode off, stretch the idle lock or slow an export by setting a
//! variable. The test `a_build_without_e2e_ignores_every_test_switch` proves it.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

/// Set by tauri-driver: the webview is being driven by WebKit automation (e2e builds only).
pub const AUTOMATION: &str = "TAURI_WEBVIEW_AUTOMATION";
/// The idle lock in seconds instead of the vault's setting (e2e builds only).
pub const AUTO_LOCK_SECS: &str = "HARBOUR_AUTO_LOCK_SECS";
/// Offer the test packs, folders starting with `_` (e2e builds only).
pub const TEST_PACKS: &str = "HARBOUR_TEST_PACKS";
/// Pause after each exported case, in milliseconds (e2e builds only).
pub const EXPORT_DELAY_MS: &str = "HARBOUR_TEST_EXPORT_DELAY_MS";
/// Cases per page of the case list instead of what the UI asks (e2e builds only).
pub const CASE_PAGE_SIZE: &str = "HARBOUR_TEST_CASE_PAGE_SIZE";
/// A folder of packs to treat as shipped with the app (e2e builds only): the tests' own
/// packs, and a release-mode benchmark that has no resource folder.
pub const SHIPPED_PACKS_DIR: &str = "HARBOUR_TEST_SHIPPED_PACKS";
/// Where the vault lives (documented; always read).
pub const DATA_DIR: &str = "HARBOUR_DATA_DIR";
/// Where the questionnaire packs are (documented; always read).
pub const QUESTIONNAIRES_DIR: &str = "HARBOUR_QUESTIONNAIRES_DIR";

/// Whether this binary honours the test switches.
pub const TEST_SWITCHES_ENABLED: bool = cfg!(feature = "e2e");

/// The start-up switches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Switches {
    /// `HARBOUR_DATA_DIR`, if set.
    pub data_dir: Option<PathBuf>,
    /// `HARBOUR_QUESTIONNAIRES_DIR`, if set.
    pub questionnaires_dir: Option<PathBuf>,
    /// The idle lock asked for by a test, if any.
    pub auto_lock: Option<Duration>,
    /// Whether test packs are offered.
    pub test_packs: bool,
    /// A folder of packs treated as shipped, if a test names one.
    pub shipped_packs: Option<PathBuf>,
    /// Whether the webview is under automation (so it cannot be incognito).
    pub automation: bool,
    /// The pause after each exported case, if any.
    pub export_delay: Option<Duration>,
    /// The case list's page size asked for by a test, if any (1 to 200).
    pub case_page_size: Option<u32>,
}

impl Switches {
    /// The switches of this process's environment.
    pub fn from_env() -> Switches {
        Switches::read(|name| std::env::var_os(name))
    }

    /// The switches found by `lookup` (the environment, or a test's map).
    pub fn read(lookup: impl Fn(&str) -> Option<OsString>) -> Switches {
        let documented = Switches {
            data_dir: lookup(DATA_DIR).map(PathBuf::from),
            questionnaires_dir: lookup(QUESTIONNAIRES_DIR).map(PathBuf::from),
            auto_lock: None,
            test_packs: false,
            shipped_packs: None,
            automation: false,
            export_delay: None,
            case_page_size: None,
        };
        if !TEST_SWITCHES_ENABLED {
            return documented;
        }
        let number = |name: &str| {
            lookup(name)
                .and_then(|v| v.into_string().ok())
                .and_then(|s| s.trim().parse::<u64>().ok())
        };
        Switches {
            auto_lock: number(AUTO_LOCK_SECS).map(Duration::from_secs),
            test_packs: lookup(TEST_PACKS).is_some(),
            shipped_packs: lookup(SHIPPED_PACKS_DIR).map(PathBuf::from),
            automation: lookup(AUTOMATION).is_some(),
            export_delay: number(EXPORT_DELAY_MS).map(|ms| Duration::from_millis(ms.min(10_000))),
            case_page_size: number(CASE_PAGE_SIZE).map(|n| n.clamp(1, 200) as u32),
            ..documented
        }
    }

    /// Called first thing in `main`: a build without `e2e` removes the automation variable
    /// from its own environment before Tauri reads it, so WebKit's automation (remote
    /// control of the webview) cannot be switched on in a release binary either.
    pub fn disarm_automation() {
        if !TEST_SWITCHES_ENABLED {
            // Before any thread exists: nothing else reads the environment concurrently.
            std::env::remove_var(AUTOMATION);
        }
    }
}

/// The pause after each exported case (e2e builds only; read each time, it is cheap).
pub fn export_delay() -> Option<Duration> {
    Switches::from_env().export_delay
}

/// The case list's page size a test asked for (e2e builds only; read each time, it is cheap).
pub fn case_page_size() -> Option<u32> {
    Switches::from_env().case_page_size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn everything_set(name: &str) -> Option<OsString> {
        match name {
            AUTOMATION => Some("true".into()),
            AUTO_LOCK_SECS => Some("4".into()),
            TEST_PACKS => Some("1".into()),
            SHIPPED_PACKS_DIR => Some("/tmp/harbour-shipped".into()),
            EXPORT_DELAY_MS => Some("2500".into()),
            CASE_PAGE_SIZE => Some("3".into()),
            DATA_DIR => Some("/tmp/harbour-data".into()),
            QUESTIONNAIRES_DIR => Some("/tmp/harbour-packs".into()),
            _ => None,
        }
    }

    #[test]
    fn documented_folders_are_always_read() {
        let s = Switches::read(everything_set);
        assert_eq!(s.data_dir, Some(PathBuf::from("/tmp/harbour-data")));
        assert_eq!(
            s.questionnaires_dir,
            Some(PathBuf::from("/tmp/harbour-packs"))
        );
    }

    /// `cargo test -p harbour-app` builds without `e2e`, as a release does.
    #[cfg(not(feature = "e2e"))]
    #[test]
    fn a_build_without_e2e_ignores_every_test_switch() {
        let s = Switches::read(everything_set);
        assert!(!s.automation, "automation would turn incognito off");
        assert_eq!(s.auto_lock, None, "the idle lock could be stretched");
        assert!(!s.test_packs, "test packs would be offered");
        assert_eq!(
            s.shipped_packs, None,
            "any folder could pass for shipped packs"
        );
        assert_eq!(s.export_delay, None, "exports could be slowed");
        assert_eq!(
            s.case_page_size, None,
            "the case list's pages could be resized"
        );
    }

    #[cfg(feature = "e2e")]
    #[test]
    fn an_e2e_build_reads_the_test_switches() {
        let s = Switches::read(everything_set);
        assert!(s.automation);
        assert_eq!(s.auto_lock, Some(Duration::from_secs(4)));
        assert!(s.test_packs);
        assert_eq!(s.shipped_packs, Some(PathBuf::from("/tmp/harbour-shipped")));
        assert_eq!(s.export_delay, Some(Duration::from_millis(2500)));
        assert_eq!(s.case_page_size, Some(3));
    }
}
