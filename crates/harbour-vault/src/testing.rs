//! Test-only access around the API, behind the `testing` feature: raw SQL and the derived
//! key, so tests can play a tamperer or decrypt every page of a file. Never in the app.

use crate::error::Result;
use crate::keyfile::KeyFile;
use crate::passphrase::Passphrase;
use crate::vault::{key_path, Vault};
use std::path::Path;

/// Run raw SQL on an unlocked vault.
pub fn execute(v: &Vault, sql: &str) -> rusqlite::Result<()> {
    v.conn.execute_batch(sql)
}

/// A single integer from raw SQL.
pub fn query_i64(v: &Vault, sql: &str) -> rusqlite::Result<i64> {
    v.conn.query_row(sql, [], |r| r.get(0))
}

/// The raw 256-bit SQLCipher key of the vault at `path` for `passphrase`.
pub fn raw_key(path: &Path, passphrase: &Passphrase) -> Result<Option<[u8; 32]>> {
    let kpath = key_path(path);
    let file = KeyFile::read(&kpath)?;
    Ok(file.try_passphrase(passphrase, &kpath)?.map(|k| *k.0))
}
