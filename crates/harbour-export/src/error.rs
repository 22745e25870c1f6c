//! Errors of export, import, summaries and statistics. Every variant says what went wrong and
//! where; none carries a passphrase, a key, or the content of an answer. [`ExportError::code`]
//! is stable and doubles as the Fluent message id (`locales/<lang>/export.ftl`).

use harbour_vault::VaultError;
use std::path::PathBuf;

/// A failure of an export-side operation.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A recipient (organisation public key) line is not an `age1…` X25519 key.
    #[error("line {line} of the organisation key is not an age public key (expected one `age1…` key per line)")]
    BadRecipient {
        /// 1-based line number in the text given.
        line: usize,
    },
    /// No recipient was given: a bundle must be readable by someone.
    #[error("no organisation public key given: the bundle would be readable by no one")]
    NoRecipients,
    /// The identity file could not be decrypted with this passphrase.
    #[error("wrong passphrase for the organisation key {path}")]
    WrongKeyPassphrase {
        /// The identity file.
        path: PathBuf,
    },
    /// The identity file is not a passphrase-protected age identity.
    #[error("{path} is not a passphrase-protected Harbour organisation key ({detail})")]
    BadIdentityFile {
        /// The identity file.
        path: PathBuf,
        /// What is wrong, in plain words.
        detail: String,
    },
    /// The passphrase chosen for a new organisation key is too weak.
    #[error("passphrase for the organisation key too weak: {0}")]
    WeakKeyPassphrase(String),
    /// `keygen` would overwrite an existing key.
    #[error("{path} already exists; an organisation key is never overwritten")]
    KeyExists {
        /// The existing file.
        path: PathBuf,
    },
    /// The bundle is not addressed to this organisation key.
    #[error("the bundle {path} is not addressed to this organisation key; nothing was imported")]
    WrongIdentity {
        /// The bundle.
        path: PathBuf,
    },
    /// The bundle was cut short (copy interrupted, disk full on the way).
    #[error("the bundle {path} is truncated (cut short); nothing was imported")]
    Truncated {
        /// The bundle.
        path: PathBuf,
    },
    /// The bundle's encryption or manifest check failed: it was changed after export.
    #[error("the bundle {path} has been altered or damaged ({detail}); nothing was imported")]
    Tampered {
        /// The bundle.
        path: PathBuf,
        /// Which check failed (no content).
        detail: String,
    },
    /// The file is not a Harbour bundle (or of a format this version does not know).
    #[error(
        "{path} is not a Harbour bundle this version can read ({detail}); nothing was imported"
    )]
    NotABundle {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The output file already exists; exports never overwrite.
    #[error("{path} already exists; choose another file name (nothing was written)")]
    OutputExists {
        /// The output file.
        path: PathBuf,
    },
    /// A file operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// No case matches the reference or id given.
    #[error("no case {0} in this vault")]
    CaseNotFound(String),
    /// The selection holds no case: nothing to export.
    #[error("no case to export with this selection")]
    NothingToExport,
    /// The case has no stored assessment, so no referral summary can be made.
    #[error("case {0} has no stored assessment yet; finish the interview first")]
    NoAssessment(String),
    /// A stored assessment is not in the published format.
    #[error("the stored assessment of case {case} cannot be read ({detail})")]
    BadAssessment {
        /// The case id.
        case: String,
        /// What is wrong (a parser message, no content).
        detail: String,
    },
    /// An unknown referral type.
    #[error("unknown referral type '{0}' (expected one of: asylum_procedure, anti_trafficking, child_protection, best_interests_assessment, medical, psychosocial, legal_aid, shelter)")]
    UnknownReferral(String),
    /// A printable summary cannot be made in this language yet (right-to-left or shaped
    /// script, or characters the embedded font lacks).
    #[error("a printable summary in '{0}' is not available yet (supported: Latin, Greek and Cyrillic scripts, e.g. en, fr, ru)")]
    UnsupportedLanguage(String),
    /// The summary font could not be read.
    #[error("the summary font cannot be read ({0})")]
    Font(String),
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// Serialising a record failed (a bug).
    #[error("internal error while {action}: {detail}")]
    Internal {
        /// What was being done.
        action: &'static str,
        /// The detail.
        detail: String,
    },
}

impl ExportError {
    /// A stable code for this error, which doubles as its Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::BadRecipient { .. } => "error-export-bad-recipient",
            ExportError::NoRecipients => "error-export-no-recipients",
            ExportError::WrongKeyPassphrase { .. } => "error-export-wrong-key-passphrase",
            ExportError::BadIdentityFile { .. } => "error-export-bad-identity",
            ExportError::WeakKeyPassphrase(_) => "error-export-weak-key-passphrase",
            ExportError::KeyExists { .. } => "error-export-key-exists",
            ExportError::WrongIdentity { .. } => "error-export-wrong-identity",
            ExportError::Truncated { .. } => "error-export-truncated",
            ExportError::Tampered { .. } => "error-export-tampered",
            ExportError::NotABundle { .. } => "error-export-not-a-bundle",
            ExportError::OutputExists { .. } => "error-export-output-exists",
            ExportError::Io { .. } => "error-export-io",
            ExportError::CaseNotFound(_) => "error-export-case-not-found",
            ExportError::NothingToExport => "error-export-nothing",
            ExportError::NoAssessment(_) => "error-export-no-assessment",
            ExportError::BadAssessment { .. } => "error-export-bad-assessment",
            ExportError::UnknownReferral(_) => "error-export-unknown-referral",
            ExportError::UnsupportedLanguage(_) => "error-export-unsupported-language",
            ExportError::Font(_) => "error-export-font",
            ExportError::Vault(e) => e.code(),
            ExportError::Internal { .. } => "error-export-internal",
        }
    }

    /// True when the user can fix it (as opposed to a bug or a machine fault).
    pub fn is_user_error(&self) -> bool {
        match self {
            ExportError::Vault(e) => e.is_user_error(),
            ExportError::Io { .. } | ExportError::Internal { .. } | ExportError::Font(_) => false,
            _ => true,
        }
    }
}

pub(crate) fn io_err<'a>(
    action: &'static str,
    path: &'a std::path::Path,
) -> impl Fn(std::io::Error) -> ExportError + 'a {
    move |source| ExportError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Result alias for this crate.
pub type Result<T, E = ExportError> = std::result::Result<T, E>;
