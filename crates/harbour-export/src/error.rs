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
    /// The bundle carries no device signature (made with the organisation's public key
    /// alone, or by a release before signed bundles).
    #[error("the bundle {path} is not signed by a device; nothing was imported")]
    Unsigned {
        /// The bundle.
        path: PathBuf,
    },
    /// The device signature does not verify: the bundle was changed after it was signed.
    #[error("the bundle {path} has a device signature that does not verify: it was changed after export; nothing was imported")]
    BadSignature {
        /// The bundle.
        path: PathBuf,
    },
    /// The bundle was made for another organisation, or re-encrypted by someone else.
    #[error("the bundle {path} was made for another organisation or re-encrypted by someone else ({detail}); nothing was imported")]
    WrongOrganisation {
        /// The bundle.
        path: PathBuf,
        /// Which check failed.
        detail: String,
    },
    /// The signing device is not in this headquarters' register.
    #[error("the bundle {path} comes from device {device_id} (fingerprint {fingerprint}), which is not enrolled here: it is held, not imported; compare the fingerprint with the device, enrol it (harbour hq enrol), then import again")]
    DeviceNotEnrolled {
        /// The bundle.
        path: PathBuf,
        /// The device id it claims (derived from the key that signed it).
        device_id: String,
        /// That key's fingerprint.
        fingerprint: String,
    },
    /// An older bundle than one already imported from the same device (a replay).
    #[error("the bundle {path} is older (number {sequence}) than one already imported from device {device_id} (number {newest}): it could overwrite newer data; nothing was imported")]
    Replay {
        /// The bundle.
        path: PathBuf,
        /// The device.
        device_id: String,
        /// The bundle's sequence number.
        sequence: u64,
        /// The newest already imported.
        newest: u64,
    },
    /// The bundle holds a case that was withdrawn here.
    #[error("the bundle {path} holds case {case} of device {device_id}, which was withdrawn here and must not come back; nothing was imported (remove it on the device, then export again)")]
    CaseWithdrawn {
        /// The bundle.
        path: PathBuf,
        /// The case's id on the device.
        case: String,
        /// The device.
        device_id: String,
    },
    /// A field of a case (or of the manifest) is not in its format.
    #[error("the bundle {path} is refused: {place}, field {field} {reason}; nothing was imported")]
    BadField {
        /// The bundle.
        path: PathBuf,
        /// Where (`case 3`, `the manifest`).
        place: String,
        /// The field's name.
        field: &'static str,
        /// What is wrong, without the value's content beyond what is safe to show.
        reason: String,
    },
    /// The bundle is larger than the import accepts.
    #[error("the bundle {path} is too large ({size} bytes; the limit is {max} bytes); nothing was imported")]
    TooLarge {
        /// The bundle.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// An enrolment file is not valid (format, key, or its signature).
    #[error("{path} is not a valid device enrolment file ({detail}); nothing was registered")]
    BadEnrolment {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The fingerprint given does not match the device's.
    #[error(
        "the fingerprint given does not match the device's ({actual}); nothing was registered"
    )]
    FingerprintMismatch {
        /// The device's fingerprint, to read back.
        actual: String,
    },
    /// An organisation profile file is not valid.
    #[error("{path} is not a valid organisation profile ({detail}); nothing was installed")]
    BadProfile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A profile not signed by the installed profile's key.
    #[error("the organisation profile {path} is not signed by the installed organisation's key; nothing was installed")]
    ProfileNotTrusted {
        /// The file.
        path: PathBuf,
    },
    /// A pasted organisation key after a profile was installed.
    #[error("this device has an organisation profile: its keys change only through a profile signed by the organisation; nothing was changed")]
    ProfileInstalled,
    /// A questionnaire pack carries no signature.
    #[error("the questionnaire pack {path} is not signed; it is not offered for new interviews")]
    PackUnsigned {
        /// The pack folder.
        path: PathBuf,
    },
    /// A pack's signature does not verify.
    #[error("the questionnaire pack {path} has a signature that does not verify ({detail}); it is not offered for new interviews")]
    PackBadSignature {
        /// The pack folder.
        path: PathBuf,
        /// Which check failed.
        detail: String,
    },
    /// A pack's files differ from what was signed, or it is not approved.
    #[error("the questionnaire pack {path} was changed or is not approved ({detail}); it is not offered for new interviews")]
    PackChanged {
        /// The pack folder.
        path: PathBuf,
        /// Which check failed.
        detail: String,
    },
    /// A setting the export relies on holds something it cannot read (its value is never
    /// shown: it may be a secret).
    #[error("the vault setting {key} cannot be read (damaged); nothing was written")]
    BadSetting {
        /// The setting's key.
        key: &'static str,
    },
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
            ExportError::Unsigned { .. } => "error-import-unsigned",
            ExportError::BadSignature { .. } => "error-import-bad-signature",
            ExportError::WrongOrganisation { .. } => "error-import-wrong-organisation",
            ExportError::DeviceNotEnrolled { .. } => "error-import-device-not-enrolled",
            ExportError::Replay { .. } => "error-import-replay",
            ExportError::CaseWithdrawn { .. } => "error-import-case-withdrawn",
            ExportError::BadField { .. } => "error-import-bad-field",
            ExportError::TooLarge { .. } => "error-import-too-large",
            ExportError::BadEnrolment { .. } => "error-import-bad-enrolment",
            ExportError::FingerprintMismatch { .. } => "error-import-fingerprint-mismatch",
            ExportError::BadProfile { .. } => "error-profile-invalid",
            ExportError::ProfileNotTrusted { .. } => "error-profile-not-trusted",
            ExportError::ProfileInstalled => "error-profile-installed",
            ExportError::PackUnsigned { .. } => "error-pack-unsigned",
            ExportError::PackBadSignature { .. } => "error-pack-bad-signature",
            ExportError::PackChanged { .. } => "error-pack-changed",
            ExportError::BadSetting { .. } => "error-export-bad-setting",
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
