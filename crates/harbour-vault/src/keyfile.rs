//! The key file beside the vault: KDF parameters, salt, a key check, and the failed-unlock
//! counter. It holds nothing secret: the key check is an HMAC under the derived key, so
//! testing a guess against it costs a full Argon2id derivation, exactly as testing it against
//! the database would.
//!
//! Why a separate file: SQLCipher cannot tell a wrong key from a damaged first page (both are
//! "file is not a database"). With an independent key check, a passphrase that passes it but
//! does not open the database proves the database is damaged, so the user is told `Corrupt`
//! rather than "wrong passphrase", and nothing is written.

use crate::error::{Result, VaultError};
use crate::passphrase::Passphrase;
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Length of the raw SQLCipher key in bytes.
pub const KEY_LEN: usize = 32;
const CHECK_LABEL: &[u8] = b"harbour vault key check v1";

/// A derived database key; wiped on drop.
pub struct DerivedKey(pub(crate) Zeroizing<[u8; KEY_LEN]>);

impl DerivedKey {
    /// The SQLCipher raw-key literal `x'…'`, in a zeroizing string.
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(KEY_LEN * 2 + 3));
        s.push_str("x'");
        s.push_str(&hex::encode(&self.0[..]));
        s.push('\'');
        s
    }

    fn check_value(&self) -> [u8; 32] {
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.0[..]) {
            Ok(m) => m,
            // HMAC accepts keys of any length; this branch cannot be reached.
            Err(_) => return [0; 32],
        };
        mac.update(CHECK_LABEL);
        mac.finalize().into_bytes().into()
    }
}

/// Argon2id cost parameters, stored with each vault so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes, 1 lane: OWASP's Argon2id guidance, about half a second on a
    /// field laptop, so a stolen file costs an attacker that much per guess.
    fn default() -> Self {
        KdfParams {
            memory_kib: 64 * 1024,
            iterations: 3,
            parallelism: 1,
        }
    }
}

impl KdfParams {
    /// Cheap parameters for tests that create many vaults. Never use for real data.
    pub fn fast_for_tests() -> Self {
        KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        }
    }
}

/// The on-disk key file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyFile {
    /// Format version of this file.
    pub format: u32,
    /// Key-derivation function name (always "argon2id").
    pub kdf: String,
    /// Its parameters.
    pub params: KdfParams,
    /// Random salt, hex.
    pub salt: String,
    /// HMAC-SHA256 of a fixed label under the derived key, hex.
    pub check: String,
    /// Failed unlocks since the last success.
    #[serde(default)]
    pub failed_attempts: u32,
    /// When the last failed unlock happened.
    #[serde(default)]
    pub last_failure: Option<DateTime<Utc>>,
}

impl KeyFile {
    /// A fresh key file for `passphrase`, with a new random salt. Returns the derived key.
    pub fn generate(passphrase: &Passphrase, params: KdfParams) -> Result<(KeyFile, DerivedKey)> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| VaultError::Io {
            action: "gathering randomness for",
            path: PathBuf::from("salt"),
            source: std::io::Error::other(e.to_string()),
        })?;
        let key = derive(passphrase, &salt, params)?;
        let file = KeyFile {
            format: 1,
            kdf: "argon2id".into(),
            params,
            salt: hex::encode(salt),
            check: hex::encode(key.check_value()),
            failed_attempts: 0,
            last_failure: None,
        };
        Ok((file, key))
    }

    /// Derive the key for `passphrase`, or `None` when it fails the key check.
    pub fn try_passphrase(
        &self,
        passphrase: &Passphrase,
        path: &Path,
    ) -> Result<Option<DerivedKey>> {
        let corrupt = |detail: &str| VaultError::Corrupt {
            path: path.to_path_buf(),
            detail: detail.to_string(),
        };
        if self.kdf != "argon2id" || self.format != 1 {
            return Err(corrupt("unknown key file format"));
        }
        let salt = hex::decode(&self.salt).map_err(|_| corrupt("key file salt is not hex"))?;
        let expected =
            hex::decode(&self.check).map_err(|_| corrupt("key file check is not hex"))?;
        let key = derive(passphrase, &salt, self.params)?;
        let actual = key.check_value();
        if constant_time_eq(&actual, &expected) {
            Ok(Some(key))
        } else {
            Ok(None)
        }
    }

    /// Seconds to wait before another attempt is accepted at `now`.
    pub fn wait_secs(&self, now: DateTime<Utc>) -> u64 {
        let Some(last) = self.last_failure else {
            return 0;
        };
        let delay = backoff_delay_secs(self.failed_attempts);
        let elapsed = (now - last).num_seconds().max(0) as u64;
        delay.saturating_sub(elapsed)
    }

    /// Read the key file at `path`.
    pub fn read(path: &Path) -> Result<KeyFile> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                VaultError::Corrupt {
                    path: path.to_path_buf(),
                    detail: "the key file beside the vault is missing".into(),
                }
            } else {
                VaultError::Io {
                    action: "reading",
                    path: path.to_path_buf(),
                    source: e,
                }
            }
        })?;
        serde_json::from_str(&text).map_err(|e| VaultError::Corrupt {
            path: path.to_path_buf(),
            detail: format!(
                "the key file is unreadable at line {}, column {}",
                e.line(),
                e.column()
            ),
        })
    }

    /// Write the key file atomically: a temporary file, flushed, then renamed over.
    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| VaultError::Io {
            action: "encoding",
            path: path.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })?;
        atomic_write(path, text.as_bytes())
    }
}

/// Growing delay after `failed` consecutive failures: none for the first two (typos
/// happen), then 2, 4, 8 … seconds, capped at five minutes.
pub fn backoff_delay_secs(failed: u32) -> u64 {
    if failed < 3 {
        0
    } else {
        let exp = (failed - 2).min(16);
        (1u64 << exp).min(300)
    }
}

fn derive(passphrase: &Passphrase, salt: &[u8], p: KdfParams) -> Result<DerivedKey> {
    let params =
        Params::new(p.memory_kib, p.iterations, p.parallelism, Some(KEY_LEN)).map_err(|e| {
            VaultError::Corrupt {
                path: PathBuf::from("key file"),
                detail: format!("invalid key-derivation parameters: {e}"),
            }
        })?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut out[..])
        .map_err(|e| VaultError::Corrupt {
            path: PathBuf::from("key file"),
            detail: format!("key derivation failed: {e}"),
        })?;
    Ok(DerivedKey(out))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Write `bytes` to `path` via a temporary file in the same folder and a rename, with an
/// fsync before the rename, so a crash leaves either the old or the new file.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    let io = |action: &'static str, p: &Path| {
        let p = p.to_path_buf();
        move |source: std::io::Error| classify_io(action, p, source)
    };
    let mut f = std::fs::File::create(&tmp).map_err(io("creating", &tmp))?;
    f.write_all(bytes).map_err(io("writing", &tmp))?;
    f.sync_all().map_err(io("flushing", &tmp))?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(io("replacing", path))?;
    Ok(())
}

/// Map an I/O error on a vault file to the vault's own variants (full disk, read-only).
pub(crate) fn classify_io(
    action: &'static str,
    path: PathBuf,
    source: std::io::Error,
) -> VaultError {
    // ENOSPC (28) and EROFS (30) on Unix; ERROR_DISK_FULL (112) on Windows.
    match source.raw_os_error() {
        Some(28) | Some(112) if cfg!(unix) || cfg!(windows) => VaultError::DiskFull { path },
        Some(30) if cfg!(unix) => VaultError::NotWritable {
            path,
            detail: source.to_string(),
        },
        _ if source.kind() == std::io::ErrorKind::PermissionDenied => VaultError::NotWritable {
            path,
            detail: source.to_string(),
        },
        _ => VaultError::Io {
            action,
            path,
            source,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_passphrase_passes_the_check_and_a_wrong_one_does_not() {
        let p = Passphrase::new("river stones at night");
        let (file, key) = KeyFile::generate(&p, KdfParams::fast_for_tests()).expect("generate");
        let again = file
            .try_passphrase(&p, Path::new("k"))
            .expect("derive")
            .expect("check passes");
        assert_eq!(&key.0[..], &again.0[..]);
        let wrong = Passphrase::new("river stones at noon");
        assert!(file
            .try_passphrase(&wrong, Path::new("k"))
            .expect("derive")
            .is_none());
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_delay_secs(0), 0);
        assert_eq!(backoff_delay_secs(2), 0);
        assert_eq!(backoff_delay_secs(3), 2);
        assert_eq!(backoff_delay_secs(4), 4);
        assert_eq!(backoff_delay_secs(7), 32);
        assert_eq!(backoff_delay_secs(40), 300);
    }

    #[test]
    fn the_key_literal_is_sqlcipher_raw_key_syntax() {
        let key = DerivedKey(Zeroizing::new([0xab; KEY_LEN]));
        let lit = key.sqlcipher_literal();
        assert!(lit.starts_with("x'abab"));
        assert_eq!(lit.len(), 3 + 64);
    }
}
