//! Errors of the vault. Every variant says what went wrong and where; none carries a
//! passphrase, a key, or the content of an answer.

use std::path::PathBuf;

/// A failure of a vault operation.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// There is no vault file at the path (first run: offer to create one).
    #[error("no vault at {path}")]
    NotFound {
        /// Where the vault was looked for.
        path: PathBuf,
    },
    /// `create` was asked for a path that already holds a vault; it is never overwritten.
    #[error("a vault already exists at {path}; it was not touched")]
    AlreadyExists {
        /// The existing vault.
        path: PathBuf,
    },
    /// The passphrase does not open this vault.
    #[error("wrong passphrase for the vault at {path} (failed attempts: {failed_attempts})")]
    WrongPassphrase {
        /// The vault that was being unlocked.
        path: PathBuf,
        /// Failed attempts since the last successful unlock.
        failed_attempts: u32,
        /// Seconds before the next attempt is accepted.
        retry_after_secs: u64,
    },
    /// Too many failed unlocks: the next attempt is refused until the delay has passed.
    #[error("too many failed attempts for {path}: try again in {retry_after_secs} s")]
    Backoff {
        /// The vault that was being unlocked.
        path: PathBuf,
        /// Seconds before the next attempt is accepted.
        retry_after_secs: u64,
    },
    /// The vault file or its key file is damaged. Nothing was written to it.
    #[error("{path} is damaged ({detail}); it has not been changed")]
    Corrupt {
        /// The damaged file.
        path: PathBuf,
        /// What was found wrong, in plain words (never content).
        detail: String,
    },
    /// The new passphrase does not meet the minimum-strength policy.
    #[error("passphrase too weak: {0}")]
    WeakPassphrase(#[from] crate::passphrase::PolicyError),
    /// The disk is full: the last change was not saved; everything before it is.
    #[error(
        "the disk holding {path} is full: the last change was not saved, earlier ones are safe"
    )]
    DiskFull {
        /// The vault being written.
        path: PathBuf,
    },
    /// The vault or its folder cannot be written (read-only medium, permissions).
    #[error(
        "cannot write to {path} ({detail}): the last change was not saved, earlier ones are safe"
    )]
    NotWritable {
        /// The file or folder that refused the write.
        path: PathBuf,
        /// The operating system's reason.
        detail: String,
    },
    /// The vault was written by a newer Harbour whose schema this one does not know.
    #[error("the vault at {path} has schema version {found}, newer than this Harbour supports ({supported})")]
    TooNew {
        /// The vault.
        path: PathBuf,
        /// The schema version in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// No case with this id.
    #[error("no case {0} in this vault")]
    CaseNotFound(String),
    /// No interview session with this id.
    #[error("no interview session {0} in this vault")]
    SessionNotFound(String),
    /// The acting staff member may not do this (an interviewer asking for another's case,
    /// or for something only a supervisor does). Nothing was read or changed.
    #[error("not allowed: {action} needs {needs}")]
    NotAllowed {
        /// What was attempted, in plain words.
        action: &'static str,
        /// Who may do it ("a supervisor", "the case's interviewer or a supervisor").
        needs: &'static str,
    },
    /// No active staff member with this id.
    #[error("no staff member {0} on this device")]
    StaffNotFound(String),
    /// The passphrase cannot be used because it already opens another person's slot: each
    /// person is found by their passphrase alone, so two people cannot share one.
    #[error("this passphrase cannot be used here; choose another")]
    PassphraseInUse,
    /// A staff member's display name is empty, too long, or holds control characters.
    #[error("a staff name must be 1 to {max_chars} characters, without control characters")]
    InvalidName {
        /// The longest name accepted.
        max_chars: usize,
    },
    /// A case search holds a character no case reference has (references are letters,
    /// digits and `-`). Nothing was read.
    #[error("a case reference has only letters, digits and '-': '{character}' at position {position} cannot be part of one")]
    InvalidSearch {
        /// The first character that cannot be part of a reference.
        character: char,
        /// Where it is in the search, counting characters from 1.
        position: usize,
    },
    /// A case search is longer than any case reference.
    #[error("a case reference has at most {max_chars} characters")]
    SearchTooLong {
        /// The longest reference.
        max_chars: usize,
    },
    /// A page of the case list must hold 1 to `max` cases.
    #[error("a page of the case list holds 1 to {max} cases")]
    InvalidPageSize {
        /// The largest page.
        max: u32,
    },
    /// Removing or demoting this person would leave the device without a supervisor.
    #[error("the last supervisor cannot be removed")]
    LastSupervisor,
    /// The device has no recovery slot (no organisation key was installed).
    #[error("{path} cannot be recovered: no organisation key was installed on the device")]
    NoRecovery {
        /// The key file.
        path: PathBuf,
    },
    /// The organisation identity given does not open the recovery slot.
    #[error("the organisation key given does not open the recovery slot of {path}")]
    RecoveryKeyMismatch {
        /// The key file.
        path: PathBuf,
    },
    /// The device was wiped after too many failed unlocks (or by a supervisor).
    #[error("the vault at {path} was wiped after {failed_attempts} failed unlocks")]
    Wiped {
        /// The vault.
        path: PathBuf,
        /// The failed attempts that triggered it.
        failed_attempts: u32,
    },
    /// A wipe was not confirmed with the exact words.
    #[error("the wipe was not confirmed: type {expected} exactly")]
    WipeNotConfirmed {
        /// The words to type.
        expected: &'static str,
    },
    /// A file operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done ("reading", "writing", ...).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// An unexpected database error (a bug, or a disk fault not classified above).
    #[error("database error in {path} while {action}: {source}")]
    Database {
        /// The vault.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// The SQLite / SQLCipher error.
        source: rusqlite::Error,
    },
}

impl VaultError {
    /// A stable code for this error, which doubles as its Fluent message id in the UI.
    pub fn code(&self) -> &'static str {
        match self {
            VaultError::NotFound { .. } => "error-vault-not-found",
            VaultError::AlreadyExists { .. } => "error-vault-exists",
            VaultError::WrongPassphrase { .. } => "error-vault-wrong-passphrase",
            VaultError::Backoff { .. } => "error-vault-backoff",
            VaultError::Corrupt { .. } => "error-vault-corrupt",
            VaultError::WeakPassphrase(_) => "error-passphrase-weak",
            VaultError::DiskFull { .. } => "error-disk-full",
            VaultError::NotWritable { .. } => "error-not-writable",
            VaultError::TooNew { .. } => "error-vault-too-new",
            VaultError::CaseNotFound(_) => "error-case-not-found",
            VaultError::SessionNotFound(_) => "error-session-not-found",
            VaultError::NotAllowed { .. } => "error-vault-not-allowed",
            VaultError::StaffNotFound(_) => "error-staff-not-found",
            VaultError::InvalidName { .. } => "error-staff-invalid-name",
            VaultError::InvalidSearch { .. } => "error-case-search-invalid",
            VaultError::SearchTooLong { .. } => "error-case-search-too-long",
            VaultError::InvalidPageSize { .. } => "error-case-page-size",
            VaultError::PassphraseInUse => "error-passphrase-in-use",
            VaultError::LastSupervisor => "error-staff-last-supervisor",
            VaultError::NoRecovery { .. } => "error-vault-no-recovery",
            VaultError::RecoveryKeyMismatch { .. } => "error-vault-recovery-key-mismatch",
            VaultError::Wiped { .. } => "error-vault-wiped",
            VaultError::WipeNotConfirmed { .. } => "error-vault-wipe-not-confirmed",
            VaultError::Io { .. } => "error-io",
            VaultError::Database { .. } => "error-internal",
        }
    }

    /// True when the user can fix it (as opposed to a bug or a machine fault).
    pub fn is_user_error(&self) -> bool {
        !matches!(self, VaultError::Database { .. } | VaultError::Io { .. })
    }
}

/// Classify a database error raised while writing, so a full disk or a read-only medium
/// gets its own clear message instead of a raw SQLite string.
pub(crate) fn classify_write(
    path: &std::path::Path,
    action: &'static str,
    err: rusqlite::Error,
) -> VaultError {
    use rusqlite::ErrorCode;
    if let rusqlite::Error::SqliteFailure(ref e, ref msg) = err {
        match e.code {
            ErrorCode::DiskFull => {
                return VaultError::DiskFull {
                    path: path.to_path_buf(),
                }
            }
            ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                return VaultError::NotWritable {
                    path: path.to_path_buf(),
                    detail: msg.clone().unwrap_or_else(|| e.to_string()),
                }
            }
            ErrorCode::SystemIoFailure => {
                return VaultError::NotWritable {
                    path: path.to_path_buf(),
                    detail: msg.clone().unwrap_or_else(|| e.to_string()),
                }
            }
            _ => {}
        }
    }
    VaultError::Database {
        path: path.to_path_buf(),
        action,
        source: err,
    }
}

/// Result alias for the vault.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;
