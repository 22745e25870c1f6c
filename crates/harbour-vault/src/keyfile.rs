//! The key file beside the vault: envelope keys.
//!
//! The database is encrypted under a random 256-bit *vault key*. The key file holds that key
//! wrapped once per person who may unlock (a *slot*), and optionally once for the
//! organisation (the *recovery slot*, see `recovery.rs`). It also holds the Argon2id
//! parameters, the failed-unlock counter and the wipe-after-failures policy. It names nobody:
//! a slot has a random id, and which staff member a slot belongs to is recorded only inside
//! the encrypted database.
//!
//! Finding a person's slot without asking who they are: one Argon2id per passphrase, with a
//! salt shared by the whole file, gives a 256-bit *master*; each slot then derives its own
//! key-encryption key from the master with HKDF-SHA256 and the slot's own salt, and tries to
//! open its XChaCha20-Poly1305 box. Unlock costs one Argon2id whatever the number of staff
//! (the trade-off is written down in ARCHITECTURE.md).
//!
//! A key file written by Harbour before staff accounts (format 1: the passphrase's Argon2id
//! output *was* the database key, with an HMAC key check) is still read, so that such a vault
//! can be opened and migrated (see `Vault::unlock`).

use crate::error::{Result, VaultError};
use crate::passphrase::Passphrase;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::io::Read;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Length of the raw SQLCipher key in bytes.
pub const KEY_LEN: usize = 32;
const CHECK_LABEL: &[u8] = b"harbour vault key check v1";
const SLOT_INFO: &[u8] = b"harbour key slot v2";
const SLOT_AAD: &[u8] = b"harbour key slot v2 ";
/// The current key-file format (envelope keys).
pub(crate) const FORMAT: u32 = 2;
/// The format written before staff accounts (one passphrase, key = Argon2id output).
pub(crate) const LEGACY_FORMAT: u32 = 1;

/// A key file is a few hundred bytes per slot; anything this large is not one. Checked
/// before reading, so a hostile multi-gigabyte "key file" is refused without loading it.
pub const MAX_KEY_FILE_BYTES: u64 = 256 * 1024;
/// At most this many slots (staff members on one device).
pub const MAX_SLOTS: usize = 256;
/// Argon2id memory accepted from a key file, in KiB: 1 MiB ..= 1 GiB. Today's default is
/// 64 MiB; a file asking for more than 1 GiB would abort a field laptop on allocation.
pub const MEMORY_KIB_RANGE: std::ops::RangeInclusive<u32> = 1024..=1024 * 1024;
/// Argon2id passes accepted from a key file: a file asking for billions would hang.
pub const ITERATIONS_RANGE: std::ops::RangeInclusive<u32> = 1..=64;
/// Argon2id lanes accepted from a key file.
pub const PARALLELISM_RANGE: std::ops::RangeInclusive<u32> = 1..=16;

/// The vault key (the raw SQLCipher key); wiped on drop. Never printed.
pub struct VaultKey(pub(crate) Zeroizing<[u8; KEY_LEN]>);

impl VaultKey {
    /// A fresh random vault key.
    pub(crate) fn random() -> Result<VaultKey> {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        fill_random(&mut k[..], "a vault key")?;
        Ok(VaultKey(k))
    }

    /// The SQLCipher raw-key literal `x'…'`, in a zeroizing string.
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(KEY_LEN * 2 + 3));
        s.push_str("x'");
        s.push_str(&hex::encode(&self.0[..]));
        s.push('\'');
        s
    }

    fn legacy_check_value(&self) -> [u8; 32] {
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(&self.0[..]) {
            Ok(m) => m,
            // HMAC accepts keys of any length; this branch cannot be reached.
            Err(_) => return [0; 32],
        };
        mac.update(CHECK_LABEL);
        mac.finalize().into_bytes().into()
    }

    pub(crate) fn clone_key(&self) -> VaultKey {
        VaultKey(Zeroizing::new(*self.0))
    }
}

/// The Argon2id output for one passphrase under the file's salt; wiped on drop.
pub(crate) struct Master(Zeroizing<[u8; KEY_LEN]>);

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

    /// Whether these parameters are within the bounds a key file may ask for.
    pub fn within_bounds(&self) -> bool {
        MEMORY_KIB_RANGE.contains(&self.memory_kib)
            && ITERATIONS_RANGE.contains(&self.iterations)
            && PARALLELISM_RANGE.contains(&self.parallelism)
            && self.memory_kib >= 8 * self.parallelism
    }
}

/// One person's wrapped copy of the vault key. Nothing in it says whose.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Slot {
    /// Random id (hex); the staff table inside the vault maps it to a person.
    pub id: String,
    /// This slot's HKDF salt (hex).
    pub salt: String,
    /// XChaCha20-Poly1305 nonce (hex, 24 bytes).
    pub nonce: String,
    /// The vault key, sealed (hex, 32 + 16 bytes).
    pub wrapped: String,
}

/// What to do after too many failed unlocks. Off by default; set by a supervisor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WipePolicy {
    /// Wipe when this many unlocks in a row have failed.
    pub after_failures: u32,
    /// Keep the organisation's recovery slot (and the database), so that headquarters can
    /// still recover a device it holds; every staff slot is destroyed either way. When
    /// false, or when there is no recovery slot, every file is destroyed.
    pub keep_recovery: bool,
}

/// The on-disk key file.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct KeyFile {
    /// Format version of this file.
    pub format: u32,
    /// Key-derivation function name (always "argon2id").
    pub kdf: String,
    /// Its parameters.
    pub params: KdfParams,
    /// Random salt, hex (per file; shared by every slot's Argon2id).
    pub salt: String,
    /// Format 1 only: HMAC-SHA256 of a fixed label under the derived key, hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    /// Staff slots.
    #[serde(default)]
    pub slots: Vec<Slot>,
    /// The vault key encrypted to the organisation's age recipients (ASCII-armoured).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery: Option<String>,
    /// Wipe after failed unlocks, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wipe: Option<WipePolicy>,
    /// Failed unlocks since the last success. Counted *before* the passphrase is tried,
    /// so killing the process during an attempt does not make it free.
    #[serde(default)]
    pub failed_attempts: u32,
    /// When the last failed unlock happened.
    #[serde(default)]
    pub last_failure: Option<DateTime<Utc>>,
}

impl KeyFile {
    /// A fresh envelope key file with no slots yet, and a fresh random vault key.
    pub fn generate(params: KdfParams) -> Result<(KeyFile, VaultKey)> {
        let mut salt = [0u8; 16];
        fill_random(&mut salt, "a salt")?;
        let file = KeyFile {
            format: FORMAT,
            kdf: "argon2id".into(),
            params,
            salt: hex::encode(salt),
            check: None,
            slots: Vec::new(),
            recovery: None,
            wipe: None,
            failed_attempts: 0,
            last_failure: None,
        };
        Ok((file, VaultKey::random()?))
    }

    /// A format-1 key file (before staff accounts), for tests and benchmarks of migration.
    #[cfg(any(test, feature = "testing"))]
    pub fn generate_legacy(
        passphrase: &Passphrase,
        params: KdfParams,
    ) -> Result<(KeyFile, VaultKey)> {
        let mut salt = [0u8; 16];
        fill_random(&mut salt, "a salt")?;
        let master = derive(passphrase, &salt, params, Path::new("key file"))?;
        let key = VaultKey(master.0);
        Ok((
            KeyFile {
                format: LEGACY_FORMAT,
                kdf: "argon2id".into(),
                params,
                salt: hex::encode(salt),
                check: Some(hex::encode(key.legacy_check_value())),
                slots: Vec::new(),
                recovery: None,
                wipe: None,
                failed_attempts: 0,
                last_failure: None,
            },
            key,
        ))
    }

    /// Whether this is a key file from before staff accounts.
    pub fn is_legacy(&self) -> bool {
        self.format == LEGACY_FORMAT
    }

    /// One Argon2id of `passphrase` under this file's salt.
    pub fn master(&self, passphrase: &Passphrase, path: &Path) -> Result<Master> {
        let salt = hex::decode(&self.salt).map_err(|_| corrupt(path, "its salt is not hex"))?;
        derive(passphrase, &salt, self.params, path)
    }

    /// The slot `master` opens, if any: its id and the vault key. Slots whose id is in
    /// `skip` are not tried.
    pub fn open_slot(
        &self,
        master: &Master,
        skip: Option<&str>,
        path: &Path,
    ) -> Result<Option<(String, VaultKey)>> {
        for slot in &self.slots {
            if Some(slot.id.as_str()) == skip {
                continue;
            }
            if let Some(key) = open_slot(slot, master, path)? {
                return Ok(Some((slot.id.clone(), key)));
            }
        }
        Ok(None)
    }

    /// Format 1: the key for `passphrase`, or `None` when it fails the key check.
    pub fn legacy_key(&self, passphrase: &Passphrase, path: &Path) -> Result<Option<VaultKey>> {
        let expected = self
            .check
            .as_deref()
            .and_then(|c| hex::decode(c).ok())
            .ok_or_else(|| corrupt(path, "its key check is missing or not hex"))?;
        let key = VaultKey(self.master(passphrase, path)?.0);
        if constant_time_eq(&key.legacy_check_value(), &expected) {
            Ok(Some(key))
        } else {
            Ok(None)
        }
    }

    /// Turn a format-1 file into an envelope file holding `key` (the database's existing
    /// key) in one slot for the same passphrase, under a new salt.
    pub fn upgrade_legacy(
        &self,
        passphrase: &Passphrase,
        key: &VaultKey,
        slot_id: &str,
        path: &Path,
    ) -> Result<KeyFile> {
        let (mut next, _) = KeyFile::generate(self.params)?;
        let master = next.master(passphrase, path)?;
        next.put_slot(slot_id, &master, key)?;
        Ok(next)
    }

    /// Wrap `key` for `master` in the slot `id`, replacing a slot of that id if there is one
    /// (a passphrase change) or adding it (a new person).
    pub fn put_slot(&mut self, id: &str, master: &Master, key: &VaultKey) -> Result<()> {
        let slot = seal_slot(id, master, key)?;
        match self.slots.iter_mut().find(|s| s.id == id) {
            Some(s) => *s = slot,
            None => self.slots.push(slot),
        }
        Ok(())
    }

    /// Destroy the slot `id`. Returns whether there was one.
    pub fn remove_slot(&mut self, id: &str) -> bool {
        let before = self.slots.len();
        self.slots.retain(|s| s.id != id);
        self.slots.len() != before
    }

    /// Seconds to wait before another attempt is accepted at `now`. A clock moved back
    /// never shortens the wait below the full delay.
    pub fn wait_secs(&self, now: DateTime<Utc>) -> u64 {
        let Some(last) = self.last_failure else {
            return 0;
        };
        let delay = backoff_delay_secs(self.failed_attempts);
        let elapsed = (now - last).num_seconds().max(0) as u64;
        delay.saturating_sub(elapsed)
    }

    /// Read and check the key file at `path`. Anything malformed (or absurd parameters) is
    /// `Corrupt`, naming the key file's path.
    pub fn read(path: &Path) -> Result<KeyFile> {
        let missing = |e: std::io::Error| {
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
        };
        let f = std::fs::File::open(path).map_err(missing)?;
        let len = f.metadata().map_err(missing)?.len();
        if len > MAX_KEY_FILE_BYTES {
            return Err(corrupt(
                path,
                &format!("it is {len} bytes, far more than a key file can be"),
            ));
        }
        let mut bytes = Vec::with_capacity(len as usize);
        f.take(MAX_KEY_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(missing)?;
        if bytes.len() as u64 > MAX_KEY_FILE_BYTES {
            return Err(corrupt(path, "it is far larger than a key file can be"));
        }
        let text = std::str::from_utf8(&bytes).map_err(|_| corrupt(path, "it is not text"))?;
        let file: KeyFile = serde_json::from_str(text).map_err(|e| {
            corrupt(
                path,
                &format!(
                    "it is unreadable at line {}, column {}",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        file.validate(path)?;
        Ok(file)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        if self.kdf != "argon2id" {
            return Err(corrupt(path, "it names an unknown key-derivation function"));
        }
        match self.format {
            LEGACY_FORMAT => {
                if self.check.is_none() {
                    return Err(corrupt(path, "its key check is missing"));
                }
            }
            FORMAT => {}
            n => return Err(corrupt(path, &format!("unknown key file format {n}"))),
        }
        if !self.params.within_bounds() {
            return Err(corrupt(
                path,
                &format!(
                    "its key-derivation cost is out of bounds ({} KiB, {} passes, {} lanes)",
                    self.params.memory_kib, self.params.iterations, self.params.parallelism
                ),
            ));
        }
        match hex::decode(&self.salt) {
            Ok(s) if (8..=64).contains(&s.len()) => {}
            _ => return Err(corrupt(path, "its salt is not 8 to 64 bytes of hex")),
        }
        if self.slots.len() > MAX_SLOTS {
            return Err(corrupt(
                path,
                "it holds more key slots than a device can have",
            ));
        }
        for s in &self.slots {
            let ok = hex_len(&s.id, 16)
                && hex_len(&s.salt, 16)
                && hex_len(&s.nonce, 24)
                && hex_len(&s.wrapped, KEY_LEN + 16);
            if !ok {
                return Err(corrupt(path, "one of its key slots is malformed"));
            }
        }
        if let Some(w) = &self.wipe {
            if w.after_failures == 0 {
                return Err(corrupt(path, "its wipe policy is malformed"));
            }
        }
        Ok(())
    }

    /// Write the key file atomically (see [`atomic_write`]); `hook` names the operation
    /// for the crash tests.
    pub fn write(&self, path: &Path, hook: &str) -> Result<()> {
        let text =
            Zeroizing::new(
                serde_json::to_string_pretty(self).map_err(|e| VaultError::Io {
                    action: "encoding",
                    path: path.to_path_buf(),
                    source: std::io::Error::other(e.to_string()),
                })?,
            );
        atomic_write(path, text.as_bytes(), hook)
    }
}

fn hex_len(s: &str, bytes: usize) -> bool {
    s.len() == bytes * 2 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn slot_kek(slot_salt: &[u8], master: &Master) -> Zeroizing<[u8; KEY_LEN]> {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(slot_salt), &master.0[..]);
    let mut kek = Zeroizing::new([0u8; KEY_LEN]);
    // 32 bytes is far below HKDF-SHA256's limit of 255 * 32: this cannot fail.
    let _ = hk.expand(SLOT_INFO, &mut kek[..]);
    kek
}

fn slot_aad(id: &str) -> Vec<u8> {
    let mut aad = SLOT_AAD.to_vec();
    aad.extend_from_slice(id.as_bytes());
    aad
}

fn seal_slot(id: &str, master: &Master, key: &VaultKey) -> Result<Slot> {
    let mut salt = [0u8; 16];
    fill_random(&mut salt, "a key slot")?;
    let mut nonce = [0u8; 24];
    fill_random(&mut nonce, "a key slot")?;
    let kek = slot_kek(&salt, master);
    let cipher = XChaCha20Poly1305::new(kek[..].into());
    let aad = slot_aad(id);
    let wrapped = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &key.0[..],
                aad: &aad,
            },
        )
        .map_err(|_| VaultError::Io {
            action: "sealing",
            path: PathBuf::from("a key slot"),
            source: std::io::Error::other("encryption failed"),
        })?;
    Ok(Slot {
        id: id.to_string(),
        salt: hex::encode(salt),
        nonce: hex::encode(nonce),
        wrapped: hex::encode(wrapped),
    })
}

fn open_slot(slot: &Slot, master: &Master, path: &Path) -> Result<Option<VaultKey>> {
    let bad = || corrupt(path, "one of its key slots is malformed");
    let salt = hex::decode(&slot.salt).map_err(|_| bad())?;
    let nonce = hex::decode(&slot.nonce).map_err(|_| bad())?;
    let wrapped = hex::decode(&slot.wrapped).map_err(|_| bad())?;
    if nonce.len() != 24 {
        return Err(bad());
    }
    let kek = slot_kek(&salt, master);
    let cipher = XChaCha20Poly1305::new(kek[..].into());
    let aad = slot_aad(&slot.id);
    match cipher.decrypt(
        XNonce::from_slice(&nonce),
        Payload {
            msg: &wrapped,
            aad: &aad,
        },
    ) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            if plain.len() != KEY_LEN {
                return Err(bad());
            }
            let mut k = Zeroizing::new([0u8; KEY_LEN]);
            k.copy_from_slice(&plain);
            Ok(Some(VaultKey(k)))
        }
        Err(_) => Ok(None),
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

fn derive(passphrase: &Passphrase, salt: &[u8], p: KdfParams, path: &Path) -> Result<Master> {
    if !p.within_bounds() {
        return Err(corrupt(path, "its key-derivation cost is out of bounds"));
    }
    let params =
        Params::new(p.memory_kib, p.iterations, p.parallelism, Some(KEY_LEN)).map_err(|e| {
            corrupt(
                path,
                &format!("its key-derivation parameters are invalid: {e}"),
            )
        })?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut out[..])
        .map_err(|e| corrupt(path, &format!("key derivation failed: {e}")))?;
    Ok(Master(out))
}

pub(crate) fn fill_random(buf: &mut [u8], what: &'static str) -> Result<()> {
    getrandom::fill(buf).map_err(|e| VaultError::Io {
        action: "gathering randomness for",
        path: PathBuf::from(what),
        source: std::io::Error::other(e.to_string()),
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn corrupt(path: &Path, detail: &str) -> VaultError {
    VaultError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("key file: {detail}"),
    }
}

/// Debug builds only: when `HARBOUR_TEST_PAUSE_AT` names this step (`<hook>:<step>`), say
/// so on stdout and wait to be killed. The crash tests use it to SIGKILL a passphrase
/// change at an exact point. Release builds compile it away.
pub(crate) fn test_pause(hook: &str, step: &str) {
    #[cfg(debug_assertions)]
    {
        use std::io::Write;
        if let Ok(at) = std::env::var("HARBOUR_TEST_PAUSE_AT") {
            if at == format!("{hook}:{step}") {
                let mut out = std::io::stdout();
                let _ = writeln!(out, "paused at {at}");
                let _ = out.flush();
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(60));
                }
            }
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = (hook, step);
}

/// Write `bytes` to `path` atomically and durably: a temporary file in the same folder
/// (owner-only on Unix), written and fsynced, renamed over `path`, then the folder fsynced so
/// the rename itself is on disk. A crash at any moment leaves either the old or the new file.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8], hook: &str) -> Result<()> {
    use std::io::Write;
    let tmp = tmp_path(path);
    let io = |action: &'static str, p: &Path| {
        let p = p.to_path_buf();
        move |source: std::io::Error| classify_io(action, p, source)
    };
    test_pause(hook, "before-write");
    let _ = std::fs::remove_file(&tmp);
    let mut f = create_private(&tmp).map_err(io("creating", &tmp))?;
    f.write_all(bytes).map_err(io("writing", &tmp))?;
    f.sync_all().map_err(io("flushing", &tmp))?;
    drop(f);
    test_pause(hook, "after-write");
    std::fs::rename(&tmp, path).map_err(io("replacing", path))?;
    test_pause(hook, "after-rename");
    sync_dir(path);
    Ok(())
}

/// The temporary file an atomic write of `path` goes through.
pub(crate) fn tmp_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".tmp");
    PathBuf::from(s)
}

/// Create a new file readable and writable by its owner only (0600 on Unix).
pub(crate) fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Restrict an existing file to its owner (Unix); elsewhere a no-op.
pub(crate) fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| classify_io("restricting", path.to_path_buf(), e))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// fsync the folder holding `path`, so a rename or a removal in it is durable. Best effort
/// (not every platform can open a folder).
pub(crate) fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
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

    fn file_with(pass: &str) -> (KeyFile, VaultKey, String) {
        let (mut file, key) = KeyFile::generate(KdfParams::fast_for_tests()).expect("generate");
        let m = file
            .master(&Passphrase::new(pass), Path::new("k"))
            .expect("master");
        file.put_slot("00112233445566778899aabbccddeeff", &m, &key)
            .expect("slot");
        (file, key, "00112233445566778899aabbccddeeff".into())
    }

    #[test]
    fn the_right_passphrase_opens_its_slot_and_a_wrong_one_does_not() {
        let (file, key, id) = file_with("river stones at night");
        let m = file
            .master(&Passphrase::new("river stones at night"), Path::new("k"))
            .expect("master");
        let (found, again) = file
            .open_slot(&m, None, Path::new("k"))
            .expect("open")
            .expect("slot opens");
        assert_eq!(found, id);
        assert_eq!(&key.0[..], &again.0[..]);
        let wrong = file
            .master(&Passphrase::new("river stones at noon"), Path::new("k"))
            .expect("master");
        assert!(file
            .open_slot(&wrong, None, Path::new("k"))
            .expect("open")
            .is_none());
    }

    #[test]
    fn a_slot_moved_under_another_id_does_not_open() {
        let (mut file, _, _) = file_with("river stones at night");
        file.slots[0].id = "ffeeddccbbaa99887766554433221100".into();
        let m = file
            .master(&Passphrase::new("river stones at night"), Path::new("k"))
            .expect("master");
        assert!(file
            .open_slot(&m, None, Path::new("k"))
            .expect("open")
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
        let key = VaultKey(Zeroizing::new([0xab; KEY_LEN]));
        let lit = key.sqlcipher_literal();
        assert!(lit.starts_with("x'abab"));
        assert_eq!(lit.len(), 3 + 64);
    }
}
