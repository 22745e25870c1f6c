//! Harbour's encrypted store: one SQLCipher file per installation.
//!
//! The database is encrypted under a random 256-bit vault key. Each staff member's
//! passphrase, through Argon2id, unwraps it from their key slot in the key file; the
//! organisation can hold a recovery slot. The key lives only inside an unlocked [`Vault`],
//! which is bound to the person who unlocked it, and is wiped when it is dropped. Every answer is
//! committed as it is given (WAL, `synchronous=FULL`). Schema changes go through versioned
//! migrations. The audit log is append-only and never holds content.
//!
//! This crate knows nothing of questionnaires or rules: step payloads and outcomes are
//! opaque JSON.

#![deny(missing_docs)]

mod audit;
pub mod bench;
mod case_facts;
mod case_query;
mod device;
mod error;
mod keyfile;
mod notes;
mod passphrase;
mod records;
mod recovery;
mod schema;
mod staff;
#[cfg(feature = "testing")]
pub mod testing;
mod transfer;
mod vault;
mod wipe;

pub use audit::{AuditEntry, AuditEvent, CopyKind, CopyPlace, OutsideCopy};
pub use case_facts::{OutcomeFacts, PathwayLevel};
pub use case_query::{
    CasePage, CaseQuery, CaseTotal, ListedCase, ReferenceSearch, SortKey, DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE, MAX_SEARCH_CHARS, SEARCH_COUNT_CAP,
};
pub use device::{fingerprints_match, BundleImport, DevicePublicKey, EnrolledDevice, SignPurpose};
pub use error::{Result, VaultError};
pub use keyfile::{backoff_delay_secs, KdfParams, WipePolicy, MAX_KEY_FILE_BYTES};
pub use notes::Note;
pub use passphrase::{
    check_policy, estimate, generate as generate_passphrase, strength, Estimate, Hint, Passphrase,
    PolicyError, RandomError, Strength, GENERATED_WORDS, MIN_CHARS, MIN_SCORE,
};
pub use records::{CaseStatus, CaseSummary, NewStep, SessionSummary, StepRecord, StoredAssessment};
pub use recovery::{key_status, KeyStatus, OrgIdentity, OrgRecipient};
pub use staff::{Role, StaffMember};
pub use transfer::{CaseImport, ImportCase, ImportSession};
pub use vault::{key_path, Vault, VaultOptions};
pub use wipe::{wipe_files, WIPE_CONFIRMATION};
