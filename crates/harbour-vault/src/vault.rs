//! Creating, unlocking, locking a vault file; the unlocked handle knows who is acting.

use crate::audit::{AuditEvent, ReadAudit};
use crate::error::{classify_write, Result, VaultError};
use crate::keyfile::{
    backoff_delay_secs, create_private, make_private, KdfParams, KeyFile, VaultKey,
};
use crate::passphrase::{check_policy, Passphrase};
use crate::schema;
use crate::staff::{Role, StaffMember};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use std::cell::RefCell;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Settings for opening or creating a vault.
#[derive(Debug, Clone)]
pub struct VaultOptions {
    /// Argon2id cost for a new vault (existing vaults keep their own).
    pub kdf: KdfParams,
    /// The display name given to the first supervisor when this call creates a vault, or
    /// when it opens a vault made before staff accounts and migrates it. Kept inside the
    /// encrypted vault only. The audit log never holds it: it names staff by their id.
    pub actor: String,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            kdf: KdfParams::default(),
            actor: "Supervisor".into(),
        }
    }
}

/// An unlocked vault, bound to the staff member whose passphrase opened it: every call
/// through it is checked against that person's role, and audited under their id. Dropping
/// it (or calling [`Vault::lock`]) closes the database, and SQLCipher wipes the key from
/// memory; the handle's own copy of the key is wiped too.
pub struct Vault {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    /// The acting staff member's id, as written in the audit log.
    pub(crate) actor: String,
    pub(crate) staff: StaffMember,
    pub(crate) slot_id: String,
    pub(crate) key: VaultKey,
    pub(crate) reads: RefCell<ReadAudit>,
    pub(crate) bulk: std::cell::Cell<u32>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.path)
            .field("staff", &self.staff.id)
            .finish_non_exhaustive()
    }
}

impl Drop for Vault {
    fn drop(&mut self) {
        // Reads noted since the last write are audited before the handle goes away.
        let _ = self.flush_reads();
    }
}

/// The key file that sits beside a vault: `<vault>.key`.
pub fn key_path(vault: &Path) -> PathBuf {
    sibling(vault, ".key")
}

/// A key file left by an interrupted passphrase change of a vault made before staff
/// accounts (Harbour then re-encrypted the database; it no longer does).
fn pending_key_path(vault: &Path) -> PathBuf {
    sibling(vault, ".key.new")
}

pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The files of a vault: the database, its WAL and shared memory, the key file and the
/// leftovers of an interrupted key-file write.
pub(crate) fn vault_files(path: &Path) -> Vec<PathBuf> {
    vec![
        path.to_path_buf(),
        sibling(path, "-wal"),
        sibling(path, "-shm"),
        sibling(path, "-journal"),
        key_path(path),
        crate::keyfile::tmp_path(&key_path(path)),
        pending_key_path(path),
    ]
}

impl Vault {
    /// Create a new vault at `path`, whose first supervisor (named `opts.actor`) unlocks it
    /// with `passphrase`. Refuses to touch an existing file, and refuses passphrases below
    /// the policy. The vault key is random; the passphrase only wraps it.
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
        let kpath = key_path(path);
        let (mut keyfile, key) = KeyFile::generate(opts.kdf)?;
        let master = keyfile.master(passphrase, &kpath)?;
        let slot_id = crate::records::random_hex(16)?;
        keyfile.put_slot(&slot_id, &master, &key)?;
        drop(master);
        // Owner-only from the first byte: SQLite gives the WAL and shared-memory files the
        // permissions of the database file.
        match create_private(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(VaultError::AlreadyExists {
                    path: path.to_path_buf(),
                })
            }
            Err(e) => {
                return Err(crate::keyfile::classify_io(
                    "creating",
                    path.to_path_buf(),
                    e,
                ))
            }
        }
        let build = || -> Result<Vault> {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(|e| classify_write(path, "creating the vault", e))?;
            key_conn(&conn, &key).map_err(|e| classify_write(path, "keying the vault", e))?;
            let mut vault = Vault::bound(conn, path, key.clone_key(), slot_id.clone());
            vault.configure()?;
            vault.migrate()?;
            let first = vault.insert_staff(&opts.actor, Role::Supervisor, &slot_id, now)?;
            vault.bind(first);
            keyfile.write(&kpath, "create")?;
            vault.audit(AuditEvent::VaultCreated, None, now)?;
            Ok(vault)
        };
        match build() {
            Ok(v) => Ok(v),
            Err(e) => {
                // Nothing was ever stored in a vault that failed to be created: remove the
                // half-made files so the next attempt starts clean.
                for p in vault_files(path) {
                    let _ = std::fs::remove_file(p);
                }
                Err(e)
            }
        }
    }

    /// Unlock the vault at `path` as the staff member whose passphrase this is.
    ///
    /// The attempt is counted in the key file *before* the passphrase is tried (and the
    /// count reset as soon as it proves right), so the count survives a crash, a restart or a clock
    /// change; a key file that cannot be written refuses the unlock (fails closed). A wrong
    /// passphrase is [`VaultError::WrongPassphrase`] and makes the next attempts wait
    /// ([`VaultError::Backoff`]); with a wipe policy, the failure that reaches its count
    /// wipes the device ([`VaultError::Wiped`]). A damaged file is [`VaultError::Corrupt`]
    /// and never written to. A vault made before staff accounts is migrated: its passphrase
    /// becomes the first supervisor's (named `opts.actor`), and its key file is replaced
    /// atomically.
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
        let previous_failures = keyfile.failed_attempts;
        keyfile.failed_attempts = previous_failures.saturating_add(1);
        keyfile.last_failure = Some(now);
        keyfile.write(&kpath, "unlock")?;

        let legacy = keyfile.is_legacy();
        let opened: Option<(Option<String>, VaultKey)> = if legacy {
            let mut key = keyfile.legacy_key(passphrase, &kpath)?;
            let pending = pending_key_path(path);
            if key.is_none() && pending.exists() {
                // A rekey of a pre-staff vault was interrupted after the new key file was
                // written: the new passphrase may already be the one that opens it.
                if let Ok(newfile) = KeyFile::read(&pending) {
                    if newfile.is_legacy() {
                        key = newfile.legacy_key(passphrase, &pending)?;
                    }
                }
            }
            key.map(|k| (None, k))
        } else {
            let master = keyfile.master(passphrase, &kpath)?;
            keyfile
                .open_slot(&master, None, &kpath)?
                .map(|(id, k)| (Some(id), k))
        };
        let Some((slot, key)) = opened else {
            if let Some(policy) = keyfile.wipe {
                if keyfile.failed_attempts >= policy.after_failures {
                    crate::wipe::wipe_after_failures(path, &mut keyfile, policy)?;
                    return Err(VaultError::Wiped {
                        path: path.to_path_buf(),
                        failed_attempts: keyfile.failed_attempts,
                    });
                }
            }
            return Err(VaultError::WrongPassphrase {
                path: path.to_path_buf(),
                failed_attempts: keyfile.failed_attempts,
                retry_after_secs: backoff_delay_secs(keyfile.failed_attempts),
            });
        };
        // The passphrase is right: the count goes back to zero now, before the database is
        // opened, so a damaged database (`Corrupt`) never counts as a failed guess and can
        // never trigger the wipe policy.
        keyfile.failed_attempts = 0;
        keyfile.last_failure = None;
        keyfile.write(&kpath, "unlock")?;
        let mut vault = Vault::open_keyed(path, key, slot.clone().unwrap_or_default())?;
        if legacy {
            let first = vault.first_supervisor_for_migration(&opts.actor, now)?;
            let slot_id = first.slot_id_for_migration.clone();
            let mut next = keyfile.upgrade_legacy(passphrase, &vault.key, &slot_id, &kpath)?;
            next.failed_attempts = 0;
            next.last_failure = None;
            next.write(&kpath, "migrate")?;
            let _ = std::fs::remove_file(pending_key_path(path));
            vault.slot_id = slot_id;
            vault.bind(first.member);
            vault.audit(AuditEvent::KeyFileMigrated, None, now)?;
        } else {
            let slot = slot.unwrap_or_default();
            let member = vault.staff_by_slot(&slot)?;
            vault.bind(member);
        }
        if previous_failures > 0 {
            vault.audit(
                AuditEvent::UnlockFailed {
                    attempts: previous_failures,
                },
                None,
                now,
            )?;
        }
        vault.audit(AuditEvent::Unlocked, None, now)?;
        Ok(vault)
    }

    /// Open the database at `path` with `key`, verify it and bring its schema up to date.
    /// The key passed an independent check (a slot's authentication tag, or the legacy key
    /// check), so any failure here is damage: `Corrupt`, nothing written.
    pub(crate) fn open_keyed(path: &Path, key: VaultKey, slot_id: String) -> Result<Vault> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| corrupt(path, format!("cannot open: {e}")))?;
        key_conn(&conn, &key).map_err(|e| corrupt(path, format!("cannot key: {e}")))?;
        let mut vault = Vault::bound(conn, path, key, slot_id);
        vault.verify_readable()?;
        vault.configure()?;
        vault.migrate()?;
        // Files left world-readable by earlier releases become owner-only (best effort: a
        // read-only medium cannot change, and that must not stop an unlock).
        for p in [
            path.to_path_buf(),
            sibling(path, "-wal"),
            sibling(path, "-shm"),
        ] {
            let _ = make_private(&p);
        }
        Ok(vault)
    }

    /// A handle with nobody bound yet: least privilege until [`Vault::bind`].
    fn bound(conn: Connection, path: &Path, key: VaultKey, slot_id: String) -> Vault {
        Vault {
            conn,
            path: path.to_path_buf(),
            actor: String::new(),
            staff: StaffMember::nobody(),
            slot_id,
            key,
            reads: RefCell::new(ReadAudit::default()),
            bulk: std::cell::Cell::new(0),
        }
    }

    pub(crate) fn bind(&mut self, member: StaffMember) {
        self.actor = member.id.clone();
        self.staff = member;
    }

    /// Change the passphrase of the acting staff member. Only their key slot is rewrapped
    /// (the database is not re-encrypted), and the key file is replaced atomically: a crash
    /// at any moment leaves a vault that opens with the old or the new passphrase.
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<()> {
        check_policy(new_passphrase.expose())?;
        let kpath = key_path(&self.path);
        let mut keyfile = KeyFile::read(&kpath)?;
        if !keyfile.slots.iter().any(|s| s.id == self.slot_id) {
            return Err(VaultError::NotAllowed {
                action: "changing the passphrase of a removed staff member",
                needs: "an active staff member",
            });
        }
        let master = keyfile.master(new_passphrase, &kpath)?;
        if keyfile
            .open_slot(&master, Some(&self.slot_id), &kpath)?
            .is_some()
        {
            return Err(VaultError::PassphraseInUse);
        }
        keyfile.put_slot(&self.slot_id, &master, &self.key)?;
        drop(master);
        keyfile.write(&kpath, "passwd")?;
        self.audit(AuditEvent::PassphraseChanged, None, now)
    }

    /// The passphrase change of earlier releases, kept for its callers: now the same as
    /// [`Vault::change_passphrase`] (the acting person's slot is rewrapped; no database
    /// re-encryption).
    pub fn rekey(&mut self, new_passphrase: &Passphrase, now: DateTime<Utc>) -> Result<()> {
        self.change_passphrase(new_passphrase, now)
    }

    /// Lock: record it in the audit log and close the database, dropping the key.
    pub fn lock(mut self, now: DateTime<Utc>) -> Result<()> {
        self.audit(AuditEvent::Locked, None, now)?;
        let path = self.path.clone();
        let placeholder = Connection::open_in_memory()
            .map_err(|e| classify_write(&path, "closing the vault", e))?;
        let conn = std::mem::replace(&mut self.conn, placeholder);
        conn.close()
            .map_err(|(_, e)| classify_write(&path, "closing the vault", e))
    }

    /// The vault file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The staff member this handle acts for.
    pub fn acting(&self) -> &StaffMember {
        &self.staff
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

/// Key a fresh connection with the raw vault key, then turn on SQLCipher's memory security
/// (its buffers are wiped when freed and locked out of swap where the OS allows).
pub(crate) fn key_conn(conn: &Connection, key: &VaultKey) -> rusqlite::Result<()> {
    // The whole statement is built in a wiped buffer (a `pragma_update` would format the key
    // into a plain `String` of its own).
    let literal = key.sqlcipher_literal();
    let mut sql = zeroize::Zeroizing::new(String::with_capacity(literal.len() + 16));
    sql.push_str("PRAGMA key = \"");
    sql.push_str(&literal);
    sql.push_str("\";");
    conn.execute_batch(&sql)?;
    conn.pragma_update(None, "cipher_memory_security", "ON")
}

fn corrupt(path: &Path, detail: String) -> VaultError {
    VaultError::Corrupt {
        path: path.to_path_buf(),
        detail,
    }
}
