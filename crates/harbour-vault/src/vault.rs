//! Creating, unlocking, rekeying and locking a vault file.

use crate::audit::AuditEvent;
use crate::error::{classify_write, Result, VaultError};
use crate::keyfile::{backoff_delay_secs, KdfParams, KeyFile};
use crate::passphrase::{check_policy, Passphrase};
use crate::schema;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Settings for opening or creating a vault.
#[derive(Debug, Clone)]
pub struct VaultOptions {
    /// Argon2id cost for a new vault or a new passphrase (existing vaults keep their own).
    pub kdf: KdfParams,
    /// Who is acting, for the audit log (a staff label, never a person's name).
    pub actor: String,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            kdf: KdfParams::default(),
            actor: "staff".into(),
        }
    }
}

/// An unlocked vault. Dropping it (or calling [`Vault::lock`]) closes the database, and
/// SQLCipher wipes the key from memory.
pub struct Vault {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    pub(crate) actor: String,
    kdf: KdfParams,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The key file that sits beside a vault: `<vault>.key`.
pub fn key_path(vault: &Path) -> PathBuf {
    let mut s: OsString = vault.as_os_str().to_owned();
    s.push(".key");
    PathBuf::from(s)
}

fn pending_key_path(vault: &Path) -> PathBuf {
    let mut s: OsString = vault.as_os_str().to_owned();
    s.push(".key.new");
    PathBuf::from(s)
}

impl Vault {
    /// Create a new vault at `path` protected by `passphrase`. Refuses to touch an
    /// existing file, and refuses passphrases below the policy.
    pub fn create(
        path: &Path,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
        opts: &VaultOptions,
    ) -> Result<Vault> {
        check_policy(passphrase.expose())?;
        if path.exists() {
            return Err(VaultError::AlreadyExists {
                path: path.to_path_buf(),
            });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                crate::keyfile::classify_io("creating the folder", dir.to_path_buf(), e)
            })?;
        }
        let (keyfile, key) = KeyFile::generate(passphrase, opts.kdf)?;
        let build = || -> Result<Vault> {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(|e| classify_write(path, "creating the vault", e))?;
            conn.pragma_update(None, "key", &*key.sqlcipher_literal())
                .map_err(|e| classify_write(path, "keying the vault", e))?;
            let mut vault = Vault {
                conn,
                path: path.to_path_buf(),
                actor: opts.actor.clone(),
                kdf: opts.kdf,
            };
            vault.configure()?;
            vault.migrate()?;
            keyfile.write(&key_path(path))?;
            vault.audit(AuditEvent::VaultCreated, None, now)?;
            Ok(vault)
        };
        match build() {
            Ok(v) => Ok(v),
            Err(e) => {
                // Nothing was ever stored in a vault that failed to be created: remove the
                // half-made files so the next attempt starts clean.
                for p in [
                    path.to_path_buf(),
                    key_path(path),
                    wal(path, "-wal"),
                    wal(path, "-shm"),
                ] {
                    let _ = std::fs::remove_file(p);
                }
                Err(e)
            }
        }
    }

    /// Unlock the vault at `path`. A wrong passphrase is counted in the key file and
    /// makes the next attempts wait ([`VaultError::Backoff`]); a damaged file is reported
    /// as [`VaultError::Corrupt`] and never written to.
    pub fn unlock(
        path: &Path,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
        opts: &VaultOptions,
    ) -> Result<Vault> {
        if !path.exists() {
            return Err(VaultError::NotFound {
                path: path.to_path_buf(),
            });
        }
        let kpath = key_path(path);
        let mut keyfile = KeyFile::read(&kpath)?;
        let wait = keyfile.wait_secs(now);
        if wait > 0 {
            return Err(VaultError::Backoff {
                path: path.to_path_buf(),
                retry_after_secs: wait,
            });
        }
        let mut key = keyfile.try_passphrase(passphrase, &kpath)?;
        let mut adopted_pending = false;
        let pending = pending_key_path(path);
        if key.is_none() && pending.exists() {
            // A rekey was interrupted after the new key file was written: the new
            // passphrase may already be the one that opens the database.
            if let Ok(newfile) = KeyFile::read(&pending) {
                if let Some(k) = newfile.try_passphrase(passphrase, &pending)? {
                    key = Some(k);
                    keyfile = newfile;
                    adopted_pending = true;
                }
            }
        }
        let Some(key) = key else {
            keyfile.failed_attempts = keyfile.failed_attempts.saturating_add(1);
            keyfile.last_failure = Some(now);
            // Counting the failure is best effort: a read-only medium must not turn a
            // wrong passphrase into a different error.
            let _ = keyfile.write(&kpath);
            return Err(VaultError::WrongPassphrase {
                path: path.to_path_buf(),
                failed_attempts: keyfile.failed_attempts,
                retry_after_secs: backoff_delay_secs(keyfile.failed_attempts),
            });
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| corrupt(path, format!("cannot open: {e}")))?;
        conn.pragma_update(None, "key", &*key.sqlcipher_literal())
            .map_err(|e| corrupt(path, format!("cannot key: {e}")))?;
        drop(key);
        let mut vault = Vault {
            conn,
            path: path.to_path_buf(),
            actor: opts.actor.clone(),
            kdf: keyfile.params,
        };
        // The key passed the independent check, so any failure from here on is damage.
        vault.verify_readable()?;
        vault.configure()?;
        vault.migrate()?;
        if adopted_pending {
            std::fs::rename(&pending, &kpath).map_err(|e| {
                crate::keyfile::classify_io("finishing the passphrase change of", kpath.clone(), e)
            })?;
        } else if pending.exists() {
            let _ = std::fs::remove_file(&pending);
        }
        if keyfile.failed_attempts > 0 {
            let failed = keyfile.failed_attempts;
            keyfile.failed_attempts = 0;
            keyfile.last_failure = None;
            keyfile.write(&kpath)?;
            vault.audit(AuditEvent::UnlockFailed { attempts: failed }, None, now)?;
        }
        vault.audit(AuditEvent::Unlocked, None, now)?;
        Ok(vault)
    }

    /// Change the passphrase. The database is re-encrypted under a key derived with a new
    /// salt; afterwards the old passphrase no longer opens it.
    pub fn rekey(&mut self, new_passphrase: &Passphrase, now: DateTime<Utc>) -> Result<()> {
        check_policy(new_passphrase.expose())?;
        let (keyfile, key) = KeyFile::generate(new_passphrase, self.kdf)?;
        let pending = pending_key_path(&self.path);
        keyfile.write(&pending)?;
        // SQLCipher re-encrypts page by page; it needs a rollback journal, not WAL.
        let result = (|| {
            self.conn
                .pragma_update(None, "wal_checkpoint", "TRUNCATE")?;
            self.conn.pragma_update(None, "journal_mode", "DELETE")?;
            self.conn
                .pragma_update(None, "rekey", &*key.sqlcipher_literal())?;
            self.conn.pragma_update(None, "journal_mode", "WAL")
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&pending);
            return Err(classify_write(&self.path, "changing the passphrase", e));
        }
        std::fs::rename(&pending, key_path(&self.path)).map_err(|e| {
            crate::keyfile::classify_io("saving the new key file", key_path(&self.path), e)
        })?;
        self.audit(AuditEvent::Rekeyed, None, now)?;
        Ok(())
    }

    /// Lock: record it in the audit log and close the database, dropping the key.
    pub fn lock(self, now: DateTime<Utc>) -> Result<()> {
        self.audit(AuditEvent::Locked, None, now)?;
        let path = self.path.clone();
        self.conn
            .close()
            .map_err(|(_, e)| classify_write(&path, "closing the vault", e))
    }

    /// The vault file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Check every page's authentication code and the database structure.
    pub fn check(&self) -> Result<()> {
        self.verify_readable()
    }

    fn verify_readable(&self) -> Result<()> {
        let path = &self.path;
        let size = std::fs::metadata(path)
            .map_err(|e| corrupt(path, format!("cannot read: {e}")))?
            .len();
        if size == 0 || size % 4096 != 0 {
            return Err(corrupt(
                path,
                format!("the file is {size} bytes, not whole pages: it was cut short"),
            ));
        }
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| corrupt(path, format!("the first page cannot be read: {e}")))?;
        let problems: Vec<String> = self
            .conn
            .prepare("PRAGMA cipher_integrity_check")
            .and_then(|mut st| st.query_map([], |r| r.get::<_, String>(0))?.collect())
            .map_err(|e| corrupt(path, format!("integrity check failed: {e}")))?;
        if let Some(first) = problems.first() {
            return Err(corrupt(
                path,
                format!("{} damaged page(s), first: {first}", problems.len()),
            ));
        }
        let quick: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| corrupt(path, format!("structure check failed: {e}")))?;
        if quick != "ok" {
            return Err(corrupt(path, format!("structure check: {quick}")));
        }
        Ok(())
    }

    fn configure(&mut self) -> Result<()> {
        let path = self.path.clone();
        let set = |name: &str, value: &str| {
            self.conn
                .pragma_update(None, name, value)
                .map_err(|e| classify_write(&path, "configuring the vault", e))
        };
        // WAL + FULL: each commit is on disk when it returns, and a killed process loses
        // nothing committed. WAL pages are encrypted like the main file.
        set("journal_mode", "WAL")?;
        set("synchronous", "FULL")?;
        set("foreign_keys", "ON")?;
        // Freed pages are overwritten, so a withdrawn case leaves no readable remnant.
        set("secure_delete", "ON")?;
        // Temporary tables and indices stay in memory, never in a temp file.
        set("temp_store", "MEMORY")?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let found = schema::current(&self.conn)
            .map_err(|e| corrupt(&self.path, format!("no schema version: {e}")))?;
        if found > schema::latest() {
            return Err(VaultError::TooNew {
                path: self.path.clone(),
                found,
                supported: schema::latest(),
            });
        }
        let path = self.path.clone();
        schema::migrate(&mut self.conn).map_err(|e| classify_write(&path, "upgrading the vault", e))
    }

    /// The schema version of the open vault.
    pub fn schema_version(&self) -> Result<i64> {
        schema::current(&self.conn)
            .map_err(|e| classify_write(&self.path, "reading the schema version", e))
    }
}

fn wal(path: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn corrupt(path: &Path, detail: String) -> VaultError {
    VaultError::Corrupt {
        path: path.to_path_buf(),
        detail,
    }
}
