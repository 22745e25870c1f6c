//! Organisation recovery: the vault key wrapped once more, to the organisation's age
//! recipients (X25519). Headquarters, holding the organisation's identity and the device's two
//! files, can then open the vault and set a new supervisor passphrase; without the identity
//! the recovery slot is useless (it is an age file, nothing else).

use crate::audit::AuditEvent;
use crate::error::{Result, VaultError};
use crate::keyfile::{KeyFile, VaultKey, WipePolicy, KEY_LEN};
use crate::passphrase::{check_policy, Passphrase};
use crate::records::random_hex;
use crate::staff::Role;
use crate::vault::{key_path, Vault, VaultOptions};
use chrono::{DateTime, Utc};
use std::io::{Read, Write};
use std::path::Path;
use zeroize::Zeroizing;

pub use age::x25519::{Identity as OrgIdentity, Recipient as OrgRecipient};

/// What the key file says about a device, readable before unlock (for Setup, Settings and
/// the unlock screen). Holds nothing secret and names nobody.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyStatus {
    /// Whether the organisation can recover this device (a recovery slot exists).
    pub recoverable: bool,
    /// The wipe-after-failed-unlocks policy, if one is set.
    pub wipe: Option<WipePolicy>,
    /// Failed unlocks since the last success.
    pub failed_attempts: u32,
    /// Whether the key file still has the format of a vault made before staff accounts
    /// (it is migrated at the next unlock).
    pub needs_migration: bool,
}

/// Read what the key file of the vault at `path` says, without unlocking.
pub fn key_status(path: &Path) -> Result<KeyStatus> {
    let file = KeyFile::read(&key_path(path))?;
    Ok(KeyStatus {
        recoverable: file.recovery.is_some(),
        wipe: file.wipe,
        failed_attempts: file.failed_attempts,
        needs_migration: file.is_legacy(),
    })
}

impl Vault {
    /// Wrap the vault key to the organisation's recipients (the recovery slot), replacing any
    /// earlier one; an empty list removes it. Supervisor only. Call it whenever the
    /// organisation key is installed or rotated.
    pub fn set_recovery_recipients(
        &mut self,
        recipients: &[OrgRecipient],
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_supervisor("changing the organisation key")?;
        let kpath = key_path(&self.path);
        let mut keyfile = KeyFile::read(&kpath)?;
        if recipients.is_empty() {
            keyfile.recovery = None;
            keyfile.write(&kpath, "recovery")?;
            return self.audit(AuditEvent::RecoveryDisabled, None, now);
        }
        keyfile.recovery = Some(seal_to(recipients, &self.key, &kpath)?);
        keyfile.write(&kpath, "recovery")?;
        self.audit(AuditEvent::RecoveryEnabled, None, now)
    }

    /// Whether the organisation can recover this device.
    pub fn recoverable(&self) -> Result<bool> {
        Ok(key_status(&self.path)?.recoverable)
    }

    /// Recover the vault at `path` with the organisation's identity: a new supervisor named
    /// `name` is added with `new_passphrase`, and the handle is bound to them. Every other
    /// slot stays as it was. Without an identity that opens the recovery slot this fails
    /// ([`VaultError::NoRecovery`], [`VaultError::RecoveryKeyMismatch`]) and changes nothing.
    pub fn recover(
        path: &Path,
        identities: &[OrgIdentity],
        name: &str,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
        _opts: &VaultOptions,
    ) -> Result<Vault> {
        if !path.exists() {
            return Err(VaultError::NotFound {
                path: path.to_path_buf(),
            });
        }
        check_policy(new_passphrase.expose())?;
        let kpath = key_path(path);
        let mut keyfile = KeyFile::read(&kpath)?;
        let Some(sealed) = keyfile.recovery.clone() else {
            return Err(VaultError::NoRecovery { path: kpath });
        };
        let key = open_with(&sealed, identities, &kpath)?;
        let master = keyfile.master(new_passphrase, &kpath)?;
        if keyfile.open_slot(&master, None, &kpath)?.is_some() {
            return Err(VaultError::PassphraseInUse);
        }
        let slot_id = random_hex(16)?;
        let mut vault = Vault::open_keyed(path, key, slot_id.clone())?;
        let name = name.trim();
        let name = if name.is_empty() { "Supervisor" } else { name };
        let member = vault.insert_staff(name, Role::Supervisor, &slot_id, now)?;
        keyfile.put_slot(&slot_id, &master, &vault.key)?;
        drop(master);
        keyfile.failed_attempts = 0;
        keyfile.last_failure = None;
        keyfile.write(&kpath, "recover")?;
        vault.bind(member);
        vault.audit(AuditEvent::Recovered, None, now)?;
        Ok(vault)
    }
}

fn seal_to(recipients: &[OrgRecipient], key: &VaultKey, kpath: &Path) -> Result<String> {
    let io = |e: std::io::Error| VaultError::Io {
        action: "writing the recovery slot of",
        path: kpath.to_path_buf(),
        source: e,
    };
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| io(std::io::Error::other(e.to_string())))?;
    let mut out = Vec::new();
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
        .map_err(io)?;
    let mut w = encryptor.wrap_output(armor).map_err(io)?;
    w.write_all(&key.0[..]).map_err(io)?;
    w.finish().and_then(|a| a.finish()).map_err(io)?;
    String::from_utf8(out).map_err(|e| io(std::io::Error::other(e.to_string())))
}

fn open_with(sealed: &str, identities: &[OrgIdentity], kpath: &Path) -> Result<VaultKey> {
    let mismatch = || VaultError::RecoveryKeyMismatch {
        path: kpath.to_path_buf(),
    };
    let reader = age::armor::ArmoredReader::new(sealed.as_bytes());
    let decryptor = age::Decryptor::new(reader).map_err(|_| VaultError::Corrupt {
        path: kpath.to_path_buf(),
        detail: "key file: its recovery slot is malformed".into(),
    })?;
    let mut r = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|_| mismatch())?;
    let mut plain = Zeroizing::new(Vec::with_capacity(KEY_LEN));
    r.by_ref()
        .take(KEY_LEN as u64 + 1)
        .read_to_end(&mut plain)
        .map_err(|_| mismatch())?;
    if plain.len() != KEY_LEN {
        return Err(VaultError::Corrupt {
            path: kpath.to_path_buf(),
            detail: "key file: its recovery slot does not hold a key".into(),
        });
    }
    let mut k = Zeroizing::new([0u8; KEY_LEN]);
    k.copy_from_slice(&plain);
    Ok(VaultKey(k))
}
