//! Wiping a device: every key slot is destroyed first (the key file overwritten in place and
//! fsynced, then removed), then the database files. Without a slot nothing opens the
//! database, whatever passphrase is tried.
//!
//! What this cannot promise: flash storage and journaling file systems may keep old copies
//! of the key file's blocks where no program can overwrite them. Such a copy still needs a
//! staff passphrase (one Argon2id per guess) or the organisation's identity to be of use.

use crate::error::{Result, VaultError};
use crate::keyfile::{atomic_write, classify_io, sync_dir, tmp_path, KeyFile, WipePolicy};
use crate::vault::{key_path, vault_files, Vault};
use chrono::{DateTime, Utc};
use std::io::{Seek, Write};
use std::path::Path;

/// The words a person types to confirm a wipe (the UI translates the instruction, not the
/// words, so every language wipes with the same confirmation).
pub const WIPE_CONFIRMATION: &str = "WIPE THIS DEVICE";

impl Vault {
    /// Wipe this device: every key slot, the recovery slot, then every vault file.
    /// Supervisor only, and only with [`WIPE_CONFIRMATION`] typed exactly.
    pub fn wipe(self, confirmation: &str) -> Result<()> {
        self.require_supervisor("wiping the device")?;
        if confirmation.trim() != WIPE_CONFIRMATION {
            return Err(VaultError::WipeNotConfirmed {
                expected: WIPE_CONFIRMATION,
            });
        }
        let path = self.path.clone();
        // The slots go first, while the database is still open: a crash from here on leaves
        // nothing that opens.
        destroy_file(&key_path(&path))?;
        drop(self);
        wipe_files(&path)
    }

    /// Set (or clear, with `None`) the wipe-after-failed-unlocks policy. Supervisor only.
    pub fn set_wipe_policy(
        &mut self,
        policy: Option<WipePolicy>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_supervisor("changing the wipe policy")?;
        if matches!(
            policy,
            Some(WipePolicy {
                after_failures: 0,
                ..
            })
        ) {
            return Err(VaultError::NotAllowed {
                action: "a wipe policy of zero failures",
                needs: "at least one failed unlock",
            });
        }
        let kpath = key_path(&self.path);
        let mut keyfile = KeyFile::read(&kpath)?;
        keyfile.wipe = policy;
        keyfile.write(&kpath, "wipe-policy")?;
        self.audit(crate::audit::AuditEvent::WipePolicyChanged, None, now)
    }

    /// The wipe-after-failed-unlocks policy, if set.
    pub fn wipe_policy(&self) -> Result<Option<WipePolicy>> {
        Ok(KeyFile::read(&key_path(&self.path))?.wipe)
    }
}

/// Destroy every file of the vault at `path`, key file first. For a device that is about to
/// be seized and whose vault cannot be unlocked; also what the wipe policy does when no
/// recovery slot is kept.
pub fn wipe_files(path: &Path) -> Result<()> {
    destroy_file(&key_path(path))?;
    for p in vault_files(path) {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(classify_io("removing", p, e)),
        }
    }
    sync_dir(path);
    Ok(())
}

/// The wipe policy was reached during an unlock.
pub(crate) fn wipe_after_failures(
    path: &Path,
    keyfile: &mut KeyFile,
    policy: WipePolicy,
) -> Result<()> {
    if policy.keep_recovery && keyfile.recovery.is_some() {
        // Every staff slot goes; the recovery slot and the database stay for headquarters.
        let kpath = key_path(path);
        keyfile.slots.clear();
        let text = serde_json::to_string_pretty(&*keyfile).map_err(|e| VaultError::Io {
            action: "encoding",
            path: kpath.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
        overwrite_in_place(&kpath)?;
        atomic_write(&kpath, text.as_bytes(), "wipe")?;
        let _ = std::fs::remove_file(tmp_path(&kpath));
        Ok(())
    } else {
        wipe_files(path)
    }
}

/// Overwrite a file in place with random bytes of its own length and fsync it, then remove
/// it. A missing file is fine.
fn destroy_file(p: &Path) -> Result<()> {
    if !p.exists() {
        return Ok(());
    }
    overwrite_in_place(p)?;
    std::fs::remove_file(p).map_err(|e| classify_io("removing", p.to_path_buf(), e))?;
    sync_dir(p);
    Ok(())
}

fn overwrite_in_place(p: &Path) -> Result<()> {
    let io = |action: &'static str| {
        let p = p.to_path_buf();
        move |e: std::io::Error| classify_io(action, p, e)
    };
    let len = std::fs::metadata(p).map_err(io("reading"))?.len() as usize;
    let mut noise = vec![0u8; len];
    crate::keyfile::fill_random(&mut noise, "wiping")?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(p)
        .map_err(io("overwriting"))?;
    f.seek(std::io::SeekFrom::Start(0))
        .map_err(io("overwriting"))?;
    f.write_all(&noise).map_err(io("overwriting"))?;
    f.sync_all().map_err(io("flushing"))?;
    Ok(())
}
