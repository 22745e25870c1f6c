//! The checker's error type: only reading the tree (and writing stamps) can fail; every
//! problem in the translations themselves is a [`crate::Finding`], not an error.

use std::path::PathBuf;

/// A failure to read the repository tree or to write a stamp file.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A directory or file could not be read (missing, permissions).
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file or directory that could not be read.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A stamp file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The stamp file.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A stamp file is not valid TOML or not the stamp format.
    #[error("invalid locale metadata for '{path}': {message}")]
    Stamp {
        /// The stamp file.
        path: String,
        /// What is wrong, from the TOML parser.
        message: String,
    },
    /// Listing a pack's locale files failed (see [`harbour_i18n::pack_ftl_files`]).
    #[error(transparent)]
    I18n(#[from] harbour_i18n::I18nError),
}

/// Read a whole text file, naming it in the error.
pub(crate) fn read(path: &std::path::Path) -> Result<String, CheckError> {
    std::fs::read_to_string(path).map_err(|source| CheckError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// The entries of `dir`, sorted, so results do not depend on the filesystem's order.
pub(crate) fn sorted_entries(dir: &std::path::Path) -> Result<Vec<PathBuf>, CheckError> {
    let io = |source| CheckError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|entry| entry.map(|e| e.path()).map_err(io))
        .collect::<Result<_, _>>()?;
    out.sort();
    Ok(out)
}
