//! The CLI's error type: every failure is either the user's to fix (exit 1) or ours (exit 2).

/// A failure of a `harbour` subcommand.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad input the user can fix: wrong passphrase, invalid file, missing argument.
    #[error("{0}")]
    User(String),
    /// Something went wrong inside Harbour or the machine (I/O, a bug).
    #[error("{0}")]
    Internal(String),
}

impl CliError {
    /// The process exit code for this error: 1 for user errors, 2 for internal ones.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::User(_) => 1,
            CliError::Internal(_) => 2,
        }
    }
}
