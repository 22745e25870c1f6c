//! Harbour's encrypted store: one SQLCipher file per installation.
//!
//! A passphrase is stretched with Argon2id into a raw 256-bit SQLCipher key; the key lives
//! only inside an unlocked [`Vault`] and is wiped when it is dropped. Every answer is
//! committed as it is given (WAL, `synchronous=FULL`). Schema changes go through versioned
//! migrations. The audit log is append-only and never holds content.
//!
//! This crate knows nothing of questionnaires or rules: step payloads and outcomes are
//! opaque JSON.

#![deny(missing_docs)]

mod audit;
pub mod bench;
mod error;
mod keyfile;
mod notes;
mod passphrase;
mod records;
mod schema;
#[cfg(feature = "testing")]
pub mod testing;
mod transfer;
mod vault;

pub use audit::{AuditEntry, AuditEvent};
pub use error::{Result, VaultError};
pub use keyfile::{backoff_delay_secs, KdfParams};
pub use notes::Note;
pub use passphrase::{check_policy, strength, Passphrase, PolicyError, Strength, MIN_CHARS};
pub use records::{CaseStatus, CaseSummary, NewStep, SessionSummary, StepRecord, StoredAssessment};
pub use transfer::{CaseImport, ImportCase, ImportSession};
pub use vault::{key_path, Vault, VaultOptions};
