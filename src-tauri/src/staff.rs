//! Staff accounts, hand-over and the device's recovery and wipe settings, over the vault's
//! own checks: the unlocked vault is bound to one person and refuses what their role does not
//! allow, whatever the UI shows.

use crate::dto::CreateVaultRequest;
use crate::error::IpcError;
use crate::shell::Shell;
use crate::staff_dto::{AddStaffRequest, ChangePassphraseRequest, DeviceDto, StaffDto};
use chrono::Utc;
use harbour_vault::{Passphrase, Vault, VaultOptions, WipePolicy};

/// The two passphrases typed must be the same.
pub(crate) fn confirmed(passphrase: String, confirmation: String) -> Result<Passphrase, IpcError> {
    let pass = Passphrase::new(passphrase);
    let confirm = Passphrase::new(confirmation);
    if pass.expose() != confirm.expose() {
        return Err(IpcError::new(
            "error-passphrase-mismatch",
            "the two passphrases differ",
        ));
    }
    Ok(pass)
}

impl Shell {
    /// Create the vault; the person setting it up is its first supervisor. Left unlocked.
    pub fn create_vault(&self, req: CreateVaultRequest) -> Result<(), IpcError> {
        let pass = confirmed(req.passphrase, req.confirmation)?;
        let name = req.name.trim();
        let opts = VaultOptions {
            kdf: self.opts.kdf,
            actor: if name.is_empty() {
                self.opts.actor.clone()
            } else {
                name.to_string()
            },
        };
        let vault = Vault::create(&self.vault_path(), &pass, Utc::now(), &opts)?;
        self.install(vault);
        Ok(())
    }

    /// The person unlocked now, if any.
    pub fn me(&self) -> Option<StaffDto> {
        self.me
            .lock()
            .ok()
            .and_then(|m| m.as_ref().map(|u| u.staff.clone()))
    }

    /// Everyone who may unlock this device. Supervisor only.
    pub fn list_staff(&self) -> Result<Vec<StaffDto>, IpcError> {
        self.with_vault(|v| {
            v.require_supervisor("listing staff")?;
            v.list_staff()
        })
        .map(|all| {
            all.iter()
                .filter(|m| m.removed_at.is_none())
                .map(StaffDto::from)
                .collect()
        })
    }

    /// Add a person; they type their own passphrase. Supervisor only.
    pub fn add_staff(&self, req: AddStaffRequest) -> Result<Vec<StaffDto>, IpcError> {
        let pass = confirmed(req.passphrase, req.confirmation)?;
        self.with_vault(|v| v.add_staff(&req.name, req.role.into(), &pass, Utc::now()))?;
        self.list_staff()
    }

    /// Remove a person: their key slot is destroyed, their cases stay. Supervisor only.
    pub fn remove_staff(&self, staff_id: &str) -> Result<Vec<StaffDto>, IpcError> {
        self.with_vault(|v| v.remove_staff(staff_id, Utc::now()))?;
        self.list_staff()
    }

    /// Hand a case to another person. Supervisor only.
    pub fn hand_over_case(&self, case_id: &str, staff_id: &str) -> Result<(), IpcError> {
        self.with_vault(|v| v.hand_over_case(case_id, staff_id, Utc::now()))
    }

    /// Change the passphrase of the person unlocked now (their slot only; no database rekey).
    pub fn change_passphrase(&self, req: ChangePassphraseRequest) -> Result<(), IpcError> {
        let pass = confirmed(req.passphrase, req.confirmation)?;
        self.with_vault(|v| v.change_passphrase(&pass, Utc::now()))
    }

    /// What the key file says about recovery and wipe; readable while locked.
    pub fn device(&self) -> DeviceDto {
        // Read at unlock (`Shell::install`): the polled status never touches the vault.
        let fingerprint = self
            .me
            .lock()
            .ok()
            .and_then(|m| m.as_ref().and_then(|u| u.fingerprint.clone()));
        match harbour_vault::key_status(&self.vault_path()) {
            Ok(k) => DeviceDto {
                recoverable: k.recoverable,
                wipe_after: k.wipe.map(|w| w.after_failures),
                keep_recovery: k.wipe.is_some_and(|w| w.keep_recovery),
                failed_attempts: k.failed_attempts,
                fingerprint,
            },
            Err(_) => DeviceDto {
                recoverable: false,
                wipe_after: None,
                keep_recovery: false,
                failed_attempts: 0,
                fingerprint,
            },
        }
    }

    /// Set or clear the wipe-after-failed-unlocks policy. Supervisor only.
    pub fn set_wipe_policy(
        &self,
        after_failures: Option<u32>,
        keep_recovery: bool,
    ) -> Result<DeviceDto, IpcError> {
        let policy = after_failures.map(|n| WipePolicy {
            after_failures: n,
            keep_recovery,
        });
        self.with_vault(|v| v.set_wipe_policy(policy, Utc::now()))?;
        Ok(self.device())
    }

    /// Wipe this device: every key slot first, then the files. Supervisor only, with the
    /// typed confirmation. Afterwards the app is at its first screen.
    pub fn wipe_device(&self, confirmation: &str) -> Result<(), IpcError> {
        let mut slot = self
            .vault
            .lock()
            .map_err(|_| IpcError::new("error-internal", "vault state poisoned"))?;
        let vault = slot.as_ref().ok_or_else(IpcError::locked)?;
        vault.require_supervisor("wiping the device")?;
        if confirmation != harbour_vault::WIPE_CONFIRMATION {
            return Err(IpcError::from(
                harbour_vault::VaultError::WipeNotConfirmed {
                    expected: harbour_vault::WIPE_CONFIRMATION,
                },
            ));
        }
        if let Ok(mut a) = self.active.lock() {
            *a = None;
        }
        let vault = slot.take().ok_or_else(IpcError::locked)?;
        drop(slot);
        if let Ok(mut m) = self.me.lock() {
            *m = None;
        }
        vault.wipe(confirmation)?;
        Ok(())
    }
}

#[cfg(test)]
#[path = "staff_tests.rs"]
mod tests;
