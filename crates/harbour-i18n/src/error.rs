//! The crate's error type. Formatting never fails (it falls back instead); only loading
//! resources from disk and reading locale metadata can.

use std::path::PathBuf;

/// A failure to load localisation resources.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A locale directory or file could not be read (missing, permissions, not UTF-8).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory that could not be read.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A `meta.toml` file is not valid TOML or has a field of the wrong type or value.
    #[error("invalid locale metadata for '{locale}': {message}")]
    Meta {
        /// The locale whose metadata is broken.
        locale: String,
        /// What is wrong, from the TOML parser.
        message: String,
    },
    /// A locale code is not a valid BCP 47 language identifier.
    #[error("invalid locale code '{0}'")]
    LocaleCode(String),
}
