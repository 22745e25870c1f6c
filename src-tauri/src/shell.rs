//! The shell's state and its operations, free of Tauri types so tests can drive them
//! without a window. Tauri commands (commands.rs) are one-line adapters over these.

use crate::dto::{AppStatus, FtlSource, GeneratedPassphraseDto, LocaleDto, StrengthDto};
use crate::error::IpcError;
use crate::staff_dto::StaffDto;
use chrono::Utc;
use harbour_i18n::Catalog;
use harbour_vault::{Passphrase, Strength, Vault, VaultError, VaultOptions};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// File name of the vault inside the data folder.
pub const VAULT_FILE: &str = "harbour.vault";
/// Default idle time before the vault locks itself.
pub const DEFAULT_AUTO_LOCK: Duration = Duration::from_secs(5 * 60);

/// A moment on both clocks. The idle lock counts the longer of the two spans: wall-clock
/// time keeps running while the machine sleeps (monotonic time stops, so a laptop closed
/// while unlocked would wake up unlocked), and monotonic time keeps counting if someone sets
/// the wall clock back.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    /// Wall-clock time.
    pub wall: SystemTime,
    /// Monotonic time.
    pub mono: Instant,
}

impl Moment {
    /// Now, on both clocks.
    pub fn now() -> Moment {
        Moment {
            wall: SystemTime::now(),
            mono: Instant::now(),
        }
    }

    /// How long since `earlier`: the longer of the two clocks' spans.
    pub fn since(&self, earlier: &Moment) -> Duration {
        let wall = self.wall.duration_since(earlier.wall).unwrap_or_default();
        let mono = self.mono.saturating_duration_since(earlier.mono);
        wall.max(mono)
    }
}

/// The Fluent id of a policy refusal.
pub fn policy_code(e: &harbour_vault::PolicyError) -> &'static str {
    match e {
        harbour_vault::PolicyError::TooShort { .. } => "error-passphrase-too-short",
        harbour_vault::PolicyError::TooRepetitive => "error-passphrase-repetitive",
        harbour_vault::PolicyError::TooCommon => "error-passphrase-common",
        harbour_vault::PolicyError::Guessable { .. } => "error-passphrase-guessable",
    }
}

/// Something the operating system reports that must lock the vault at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemEvent {
    /// The system is about to suspend or hibernate (or has just woken up).
    Suspend,
    /// The user's session or screen was locked.
    ScreenLocked,
}

/// How the shell is set up.
pub struct ShellConfig {
    /// Where the vault lives.
    pub data_dir: PathBuf,
    /// Vault options (KDF cost, audit actor).
    pub vault: VaultOptions,
    /// Idle time before the vault locks itself.
    pub auto_lock: Duration,
    /// Where questionnaire packs are found.
    pub packs: crate::packs::PackSources,
}

/// The interview on screen: its pack and its session. The pack is held here, so a check of
/// the added packs (at the next unlock) never changes the questions of the open interview.
pub struct Active {
    pub(crate) pack: std::sync::Arc<crate::packs::Pack>,
    pub(crate) session: harbour_core::InterviewSession,
}

/// What the status shows of the unlocked vault.
pub(crate) struct Unlocked {
    pub(crate) staff: StaffDto,
    pub(crate) fingerprint: Option<String>,
}

/// Everything the desktop shell holds.
pub struct Shell {
    data_dir: PathBuf,
    pub(crate) opts: VaultOptions,
    pub(crate) vault: Mutex<Option<Vault>>,
    /// Who is unlocked now and this device's fingerprint: read once at unlock, so the
    /// status the UI polls never reads the vault for them.
    pub(crate) me: Mutex<Option<Unlocked>>,
    last_activity: Mutex<Moment>,
    auto_lock: Mutex<Duration>,
    catalog: Catalog,
    /// Loaded on worker threads (packs.rs): never waited for on the window's thread.
    pub(crate) packs: std::sync::Arc<crate::packs::Packs>,
    pub(crate) active: Mutex<Option<Active>>,
    /// The export under way, readable without the vault lock.
    pub(crate) progress: crate::progress::Progress,
}

impl Shell {
    /// A shell set up by `config`. The shipped questionnaire packs start loading on a worker
    /// thread; added packs are checked after each unlock, against the installed profile.
    pub fn new(config: ShellConfig) -> Shell {
        let ShellConfig {
            data_dir,
            vault: opts,
            auto_lock,
            packs,
        } = config;
        let packs = crate::packs::Packs::start(packs);
        let mut catalog = Catalog::new();
        for (lang, name, text) in embedded::LOCALE_FILES {
            if *name == "meta.toml" {
                let _ = catalog.set_meta_toml(lang, text);
            } else {
                catalog.add_ftl(lang, name, text);
            }
        }
        Shell {
            data_dir,
            opts,
            vault: Mutex::new(None),
            me: Mutex::new(None),
            last_activity: Mutex::new(Moment::now()),
            auto_lock: Mutex::new(auto_lock),
            catalog,
            packs,
            active: Mutex::new(None),
            progress: crate::progress::Progress::default(),
        }
    }

    /// The app's metadata for a locale (its `meta.toml`), or the built-in defaults.
    pub fn app_locale(&self, code: &str) -> harbour_i18n::LocaleInfo {
        self.catalog
            .locale(code)
            .cloned()
            .unwrap_or_else(|| harbour_i18n::LocaleInfo::builtin(code))
    }

    /// A localizer over the app's own strings.
    pub fn app_localizer(&self, lang: &str) -> harbour_i18n::Localizer {
        self.catalog.localizer(lang)
    }

    /// The app's own locale metadata, for language pickers.
    pub fn locale_dtos(&self) -> Vec<LocaleDto> {
        self.catalog
            .locales()
            .into_iter()
            .map(|l| LocaleDto::from(&l))
            .collect()
    }

    /// The vault file.
    pub fn vault_path(&self) -> PathBuf {
        self.data_dir.join(VAULT_FILE)
    }

    /// Whether the vault is unlocked, without waiting: while a long operation (an export)
    /// holds the vault, it is unlocked.
    pub fn is_unlocked(&self) -> bool {
        match self.vault.try_lock() {
            Ok(v) => v.is_some(),
            Err(std::sync::TryLockError::WouldBlock) => true,
            Err(std::sync::TryLockError::Poisoned(_)) => false,
        }
    }

    /// What the first screen needs to know. Never waits for the vault.
    pub fn status(&self) -> AppStatus {
        AppStatus {
            vault_exists: self.vault_path().exists(),
            unlocked: self.is_unlocked(),
            auto_lock_minutes: (self.auto_lock().as_secs() / 60) as u32,
            locales: self.locale_dtos(),
            me: self.me(),
            device: self.device(),
        }
    }

    /// The Fluent sources for `lang` and its fallbacks, most specific first.
    pub fn locale_sources(&self, lang: &str) -> Vec<FtlSource> {
        let chain = harbour_i18n::fallback_chain(lang);
        let mut out = Vec::new();
        for l in chain {
            let intl = self.app_locale(&l).intl_locale();
            for (file_lang, name, text) in embedded::LOCALE_FILES {
                if *file_lang == l && name.ends_with(".ftl") {
                    out.push(FtlSource {
                        lang: l.to_string(),
                        intl: intl.clone(),
                        text: (*text).to_string(),
                    });
                }
            }
        }
        out
    }

    /// The strength hint for a passphrase being typed, with the estimator's hints.
    pub fn passphrase_strength(&self, text: String) -> StrengthDto {
        let p = Passphrase::new(text);
        let verdict = harbour_vault::check_policy(p.expose());
        let problem = verdict.as_ref().err().map(|e| policy_code(e).to_string());
        let hints = match &verdict {
            Err(harbour_vault::PolicyError::Guessable { hints }) => hints.clone(),
            // Accepted, or refused for another reason: still say what would make it stronger.
            _ => harbour_vault::estimate(p.expose()).hints,
        };
        let level = match harbour_vault::strength(p.expose()) {
            Strength::TooWeak => "too-weak",
            Strength::Fair => "fair",
            Strength::Good => "good",
            Strength::Strong => "strong",
        };
        StrengthDto {
            level: level.into(),
            acceptable: problem.is_none(),
            problem,
            hints: hints.iter().map(|h| h.message_id().to_string()).collect(),
            min_chars: harbour_vault::MIN_CHARS as u32,
        }
    }

    /// A new passphrase of random words, offered on the create screen.
    pub fn generate_passphrase(&self) -> Result<GeneratedPassphraseDto, IpcError> {
        let p = harbour_vault::generate_passphrase()
            .map_err(|e| IpcError::new("error-internal", e.to_string()))?;
        Ok(GeneratedPassphraseDto {
            passphrase: p.expose().to_string(),
        })
    }

    /// Unlock the vault.
    pub fn unlock(&self, passphrase: String) -> Result<(), IpcError> {
        let pass = Passphrase::new(passphrase);
        let vault = Vault::unlock(&self.vault_path(), &pass, Utc::now(), &self.opts)?;
        if let Ok(Some(minutes)) = vault
            .setting("auto_lock_minutes")
            .map(|s| s.and_then(|m| m.parse::<u64>().ok()))
        {
            if let Ok(mut a) = self.auto_lock.lock() {
                *a = Duration::from_secs(minutes.max(1) * 60);
            }
        }
        self.install(vault);
        Ok(())
    }

    pub(crate) fn install(&self, vault: Vault) {
        // The added packs are checked against the profile in this vault (off this thread).
        self.packs.check(
            harbour_export::profile::installed_profile(&vault)
                .ok()
                .flatten(),
        );
        if let Ok(mut m) = self.me.lock() {
            *m = Some(Unlocked {
                staff: StaffDto::from(vault.acting()),
                fingerprint: vault.device_public_key().ok().map(|k| k.fingerprint()),
            });
        }
        if let Ok(mut slot) = self.vault.lock() {
            *slot = Some(vault);
        }
        self.touch();
    }

    /// Lock: close the vault and drop its key. Harmless when already locked. An interview
    /// under way is left as it is in the vault (every step is already saved) and can be
    /// resumed from the case list after unlocking.
    pub fn lock(&self) {
        if let Ok(mut a) = self.active.lock() {
            *a = None;
        }
        if let Ok(mut m) = self.me.lock() {
            *m = None;
        }
        let taken = self.vault.lock().ok().and_then(|mut v| v.take());
        if let Some(v) = taken {
            // Closing drops the key whether or not the audit entry could be written.
            let _ = v.lock(Utc::now());
        }
    }

    /// Note user activity (keys, clicks), postponing the idle lock.
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Moment::now();
        }
    }

    /// The idle time before auto-lock.
    pub fn auto_lock(&self) -> Duration {
        self.auto_lock
            .lock()
            .map(|a| *a)
            .unwrap_or(DEFAULT_AUTO_LOCK)
    }

    /// Change the idle time (minutes, at least 1) and keep it in the vault.
    pub fn set_auto_lock(&self, minutes: u32) -> Result<(), IpcError> {
        let minutes = minutes.clamp(1, 240);
        self.with_vault(|v| v.set_setting("auto_lock_minutes", &minutes.to_string(), Utc::now()))?;
        if let Ok(mut a) = self.auto_lock.lock() {
            *a = Duration::from_secs(u64::from(minutes) * 60);
        }
        Ok(())
    }

    /// Lock if nothing happened for longer than the auto-lock time, by either clock (see
    /// `Moment`). Returns whether it locked.
    pub fn lock_if_idle(&self, now: Moment) -> bool {
        let idle = self
            .last_activity
            .lock()
            .map(|t| now.since(&t))
            .unwrap_or_default();
        // A vault busy with a long operation (an export) is not idle: check again later.
        let unlocked_and_free = matches!(self.vault.try_lock(), Ok(v) if v.is_some());
        if unlocked_and_free && idle >= self.auto_lock() {
            self.lock();
            return true;
        }
        false
    }

    /// The operating system reports a suspend or a locked screen: lock now. This is what
    /// the D-Bus listener (system_events.rs) calls. Returns whether a vault was unlocked.
    pub fn on_system_event(&self, _event: SystemEvent) -> bool {
        let was_unlocked = self.is_unlocked();
        self.lock();
        was_unlocked
    }

    /// Run `f` on the unlocked vault, counting it as activity.
    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> Result<T, VaultError>,
    ) -> Result<T, IpcError> {
        self.with_session_vault(f)
    }

    /// Run a domain operation on the unlocked vault, counting it as activity.
    pub fn with_session_vault<T, E: Into<IpcError>>(
        &self,
        f: impl FnOnce(&mut Vault) -> Result<T, E>,
    ) -> Result<T, IpcError> {
        let mut slot = self
            .vault
            .lock()
            .map_err(|_| IpcError::new("error-internal", "vault state poisoned"))?;
        let vault = slot.as_mut().ok_or_else(IpcError::locked)?;
        let out = f(vault).map_err(Into::into);
        drop(slot);
        self.touch();
        out
    }

    /// Every case the person may see, most recent first (the tests' view of the vault; the
    /// app's list reads one page at a time through `query_cases`).
    #[cfg(test)]
    pub fn list_cases(&self) -> Result<Vec<crate::dto::CaseDto>, IpcError> {
        self.with_vault(|v| {
            let cases = v.list_cases()?;
            // A supervisor sees every case, and whose it is.
            let names: Option<std::collections::HashMap<String, String>> =
                if v.acting().is_supervisor() {
                    Some(
                        v.list_staff()?
                            .into_iter()
                            .map(|m| (m.id, m.display_name))
                            .collect(),
                    )
                } else {
                    None
                };
            cases
                .into_iter()
                .map(|c| {
                    let owner = match &names {
                        Some(n) => v.case_owner(&c.id)?.and_then(|id| n.get(&id).cloned()),
                        None => None,
                    };
                    Ok(crate::dto::CaseDto {
                        owner,
                        ..crate::dto::CaseDto::from(c)
                    })
                })
                .collect()
        })
    }
}

#[cfg(test)]
#[path = "shell_tests.rs"]
mod tests;
