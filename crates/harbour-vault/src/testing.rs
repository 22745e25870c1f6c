//! Test-only access around the API, behind the `testing` feature: raw SQL, the vault key
//! and a key file in the format of earlier releases, so tests can play a tamperer, decrypt
//! every page of a file, or make a vault as an earlier release did. Never in the app.

use crate::error::Result;
use crate::keyfile::{KdfParams, KeyFile};
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

/// A single value from raw SQL, as text.
pub fn query_text(v: &Vault, sql: &str) -> rusqlite::Result<String> {
    v.conn
        .query_row(sql, [], |r| r.get::<_, rusqlite::types::Value>(0))
        .map(|v| match v {
            rusqlite::types::Value::Text(t) => t,
            rusqlite::types::Value::Integer(i) => i.to_string(),
            other => format!("{other:?}"),
        })
}

/// The raw 256-bit SQLCipher key of the vault at `path` for `passphrase`, if that
/// passphrase opens a slot (or, for a key file of an earlier release, passes its check).
pub fn raw_key(path: &Path, passphrase: &Passphrase) -> Result<Option<[u8; 32]>> {
    let kpath = key_path(path);
    let file = KeyFile::read(&kpath)?;
    if file.is_legacy() {
        return Ok(file.legacy_key(passphrase, &kpath)?.map(|k| *k.0));
    }
    let master = file.master(passphrase, &kpath)?;
    Ok(file.open_slot(&master, None, &kpath)?.map(|(_, k)| *k.0))
}

/// The raw key of an unlocked vault.
pub fn vault_key(v: &Vault) -> [u8; 32] {
    *v.key.0
}

/// Make a vault at `path` exactly as releases before staff accounts did: one passphrase,
/// the database key = its Argon2id output, a format-1 key file with an HMAC key check,
/// schema version 1. Returns the raw key.
pub fn create_legacy(path: &Path, passphrase: &Passphrase, kdf: KdfParams) -> Result<[u8; 32]> {
    let (file, key) = KeyFile::generate_legacy(passphrase, kdf)?;
    let conn = rusqlite::Connection::open(path).map_err(|e| db(path, e))?;
    conn.pragma_update(None, "key", &*key.sqlcipher_literal())
        .map_err(|e| db(path, e))?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| db(path, e))?;
    let tx = conn.unchecked_transaction().map_err(|e| db(path, e))?;
    tx.execute_batch(crate::schema::MIGRATIONS[0])
        .map_err(|e| db(path, e))?;
    tx.pragma_update(None, "user_version", 1)
        .map_err(|e| db(path, e))?;
    tx.execute(
        "INSERT INTO audit (at, actor, event) VALUES ('2026-11-01T10:00:00+00:00', 'staff', 'vault.created')",
        [],
    )
    .map_err(|e| db(path, e))?;
    tx.commit().map_err(|e| db(path, e))?;
    conn.close().map_err(|(_, e)| db(path, e))?;
    file.write(&key_path(path), "legacy")?;
    Ok(*key.0)
}

/// Run raw SQL on a vault file that is not unlocked, keyed with its raw key (from
/// [`create_legacy`] or [`raw_key`]): rows written as an earlier release would have.
pub fn execute_on_file(path: &Path, key: &[u8; 32], sql: &str) -> Result<()> {
    let conn = rusqlite::Connection::open(path).map_err(|e| db(path, e))?;
    conn.pragma_update(None, "key", format!("x'{}'", hex::encode(key)))
        .map_err(|e| db(path, e))?;
    conn.execute_batch(sql).map_err(|e| db(path, e))?;
    conn.close().map_err(|(_, e)| db(path, e))
}

/// `EXPLAIN QUERY PLAN` of the page a case query reads, one line per step of the plan.
pub fn explain_case_query(v: &Vault, q: &crate::CaseQuery) -> Result<Vec<String>> {
    let page = v.page_sql(q)?;
    let sql = format!("EXPLAIN QUERY PLAN {}", page.sql);
    let err = |e| crate::error::classify_write(&v.path, "explaining a query", e);
    let mut st = v.conn.prepare(&sql).map_err(err)?;
    let rows = st
        .query_map(rusqlite::params_from_iter(page.values.iter()), |r| {
            r.get::<_, String>(3)
        })
        .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(err)?;
    Ok(rows)
}

fn db(path: &Path, e: rusqlite::Error) -> crate::error::VaultError {
    crate::error::VaultError::Database {
        path: path.to_path_buf(),
        action: "making a legacy vault",
        source: e,
    }
}
