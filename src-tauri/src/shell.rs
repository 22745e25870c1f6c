//! The shell's state and its operations, free of Tauri types so tests can drive them
//! without a window. Tauri commands (commands.rs) are one-line adapters over these.

use crate::dto::{AppStatus, CaseDto, FtlSource, LocaleDto, StrengthDto};
use crate::error::IpcError;
use crate::staff_dto::StaffDto;
use chrono::Utc;
use harbour_i18n::Catalog;
use harbour_vault::{Passphrase, Strength, Vault, VaultError, VaultOptions};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// File name of the vault inside the data folder.
pub const VAULT_FILE: &str = "harbour.vault";
/// Default idle time before the vault locks itself.
pub const DEFAULT_AUTO_LOCK: Duration = Duration::from_secs(5 * 60);

/// How the shell is set up.
pub struct ShellConfig {
    /// Where the vault lives.
    pub data_dir: PathBuf,
    /// Vault options (KDF cost, audit actor).
    pub vault: VaultOptions,
    /// Idle time before the vault locks itself.
    pub auto_lock: Duration,
    /// Where questionnaire packs are found, if anywhere.
    pub questionnaires_dir: Option<PathBuf>,
    /// Also offer packs whose folder starts with `_` (test packs).
    pub include_test_packs: bool,
}

/// The interview on screen: its pack (an index into the shell's packs) and its session.
pub struct Active {
    pub(crate) pack: usize,
    pub(crate) session: harbour_core::InterviewSession,
}

/// Everything the desktop shell holds.
pub struct Shell {
    data_dir: PathBuf,
    pub(crate) opts: VaultOptions,
    pub(crate) vault: Mutex<Option<Vault>>,
    /// The person unlocked now, readable without the vault lock.
    pub(crate) me: Mutex<Option<StaffDto>>,
    last_activity: Mutex<Instant>,
    auto_lock: Mutex<Duration>,
    catalog: Catalog,
    pub(crate) packs: crate::packs::Packs,
    pub(crate) active: Mutex<Option<Active>>,
    /// The export under way, readable without the vault lock.
    pub(crate) progress: crate::progress::Progress,
}

impl Shell {
    /// A shell set up by `config`; questionnaire packs are loaded (and checked) once here.
    pub fn new(config: ShellConfig) -> Shell {
        let ShellConfig {
            data_dir,
            vault: opts,
            auto_lock,
            questionnaires_dir,
            include_test_packs,
        } = config;
        let packs = crate::packs::Packs::load(questionnaires_dir.as_deref(), include_test_packs);
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
            last_activity: Mutex::new(Instant::now()),
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

    /// The strength hint for a passphrase being typed.
    pub fn passphrase_strength(&self, text: String) -> StrengthDto {
        let p = Passphrase::new(text);
        let problem = harbour_vault::check_policy(p.expose()).err().map(|e| {
            match e {
                harbour_vault::PolicyError::TooShort { .. } => "error-passphrase-too-short",
                harbour_vault::PolicyError::TooRepetitive => "error-passphrase-repetitive",
                harbour_vault::PolicyError::TooCommon => "error-passphrase-common",
            }
            .to_string()
        });
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
            min_chars: harbour_vault::MIN_CHARS as u32,
        }
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
        if let Ok(mut m) = self.me.lock() {
            *m = Some(StaffDto::from(vault.acting()));
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
            *t = Instant::now();
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

    /// Lock if nothing happened for longer than the auto-lock time. Returns whether it locked.
    pub fn lock_if_idle(&self, now: Instant) -> bool {
        let idle = self
            .last_activity
            .lock()
            .map(|t| now.saturating_duration_since(*t))
            .unwrap_or_default();
        // A vault busy with a long operation (an export) is not idle: check again later.
        let unlocked_and_free = matches!(self.vault.try_lock(), Ok(v) if v.is_some());
        if unlocked_and_free && idle >= self.auto_lock() {
            self.lock();
            return true;
        }
        false
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

    /// The case list, most recent first.
    pub fn list_cases(&self) -> Result<Vec<CaseDto>, IpcError> {
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
                    Ok(CaseDto {
                        owner,
                        ..CaseDto::from(c)
                    })
                })
                .collect()
        })
    }
}

#[cfg(test)]
#[path = "shell_tests.rs"]
mod tests;
