//! Errors as they cross IPC: `{ code, message, args }`. The code is a stable id that doubles
//! as the Fluent message id the UI translates; `message` is English for logs and tests.

use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// An error sent to the UI.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    /// Stable code and Fluent id, e.g. `error-vault-wrong-passphrase`.
    pub code: String,
    /// English text, for logs and tests; the UI shows the translation of `code`.
    pub message: String,
    /// Values the translation needs (counts, seconds, file names; never content).
    pub args: BTreeMap<String, String>,
}

impl IpcError {
    /// An error with a code and English text.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        IpcError {
            code: code.into(),
            message: message.into(),
            args: BTreeMap::new(),
        }
    }

    /// Add an argument for the translation.
    pub fn arg(mut self, key: &str, value: impl ToString) -> Self {
        self.args.insert(key.into(), value.to_string());
        self
    }

    /// The vault is locked (idle timeout, quick hide) or was never unlocked.
    pub fn locked() -> Self {
        IpcError::new("error-vault-locked", "the vault is locked")
    }
}

impl From<harbour_vault::VaultError> for IpcError {
    fn from(e: harbour_vault::VaultError) -> Self {
        use harbour_vault::VaultError as V;
        let base = IpcError::new(e.code(), e.to_string());
        match &e {
            V::WrongPassphrase {
                failed_attempts,
                retry_after_secs,
                ..
            } => base
                .arg("attempts", failed_attempts)
                .arg("seconds", retry_after_secs),
            V::Backoff {
                retry_after_secs, ..
            } => base.arg("seconds", retry_after_secs),
            V::Corrupt { path, detail } => base.arg("path", path.display()).arg("detail", detail),
            V::DiskFull { path } => base.arg("path", path.display()),
            V::InvalidName { max_chars } => base.arg("max", max_chars),
            V::InvalidSearch {
                character,
                position,
            } => base.arg("character", character).arg("position", position),
            V::SearchTooLong { max_chars } => base.arg("max", max_chars),
            V::InvalidPageSize { max } => base.arg("max", max),
            V::Wiped {
                failed_attempts, ..
            } => base.arg("attempts", failed_attempts),
            V::WipeNotConfirmed { expected } => base.arg("words", expected),
            V::NotWritable { path, .. } => base.arg("path", path.display()),
            V::WeakPassphrase(p) => match p {
                harbour_vault::PolicyError::TooShort { min, actual } => base
                    .arg("min", min)
                    .arg("actual", actual)
                    .with_code("error-passphrase-too-short"),
                harbour_vault::PolicyError::TooRepetitive => {
                    base.with_code("error-passphrase-repetitive")
                }
                harbour_vault::PolicyError::TooCommon => base.with_code("error-passphrase-common"),
                harbour_vault::PolicyError::Guessable { .. } => {
                    base.with_code("error-passphrase-guessable")
                }
            },
            _ => base,
        }
    }
}

impl IpcError {
    fn with_code(mut self, code: &str) -> Self {
        self.code = code.into();
        self
    }
}

impl From<harbour_core::SessionError> for IpcError {
    fn from(e: harbour_core::SessionError) -> Self {
        use harbour_core::SessionError as S;
        match e {
            S::Vault(e) => e.into(),
            S::Engine(e) => IpcError::new("error-interview-step", e.to_string()).arg("detail", e),
            S::StoredStep { seq, .. } => IpcError::new("error-vault-corrupt", e.to_string())
                .arg("detail", format!("step {seq}")),
            S::Assessment(a @ harbour_rules::AssessmentError::Encode(_)) => {
                IpcError::new("error-internal", a.to_string())
            }
            S::Assessment(a) => {
                let part = a.part();
                IpcError::new("error-vault-corrupt", a.to_string()).arg("detail", part)
            }
            S::NoOutcome => IpcError::new("error-no-outcome", "this case has no outcome yet"),
            S::Script(e) => IpcError::new("error-interview-step", e.to_string()).arg("detail", e),
            S::EncodeStep(_) => IpcError::new("error-internal", e.to_string()),
        }
    }
}
