//! The errors of headquarters on PostgreSQL.

use harbour_export::ExportError;

/// A failure at headquarters.
#[derive(Debug, thiserror::Error)]
pub enum HqError {
    /// The server refused an operation to the role connected (SQLSTATE 42501): the roles of
    /// `hq init` decide who may do what, not this program.
    #[error("the database refused {action} to this role (permission denied): ask for the right role (harbour_admin, harbour_caseworker or harbour_analyst)")]
    PermissionDenied {
        /// What was being done.
        action: &'static str,
    },
    /// Any other database error.
    #[error("headquarters database, {action}: {source}")]
    Db {
        /// What was being done.
        action: &'static str,
        /// The client's error.
        #[source]
        source: postgres::Error,
    },
    /// The database has no Harbour schema yet.
    #[error("the database has no Harbour schema: run `harbour hq init --db …` first")]
    NotInitialised,
    /// The database was migrated by a newer Harbour.
    #[error("the database is at schema version {found}, newer than this program knows ({known}): upgrade harbour")]
    SchemaTooNew {
        /// The version found.
        found: i32,
        /// The newest this program knows.
        known: i32,
    },
    /// A verification, a rule of the register, a summary or statistics failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// No case has this reference.
    #[error("no case with the reference {0}")]
    CaseNotFound(String),
    /// A case's stored content cannot be opened (wrong identity, damaged).
    #[error("the stored content of case {reference} cannot be read: {detail}")]
    Content {
        /// The case reference.
        reference: String,
        /// What is wrong (never content).
        detail: String,
    },
    /// A search argument is not valid.
    #[error("search: {0}")]
    BadQuery(String),
    /// A file could not be written or read.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

/// A result at headquarters.
pub type Result<T, E = HqError> = std::result::Result<T, E>;

/// Map a client error, telling a permission refused by the server apart.
pub(crate) fn db(action: &'static str) -> impl Fn(postgres::Error) -> HqError {
    move |source| {
        if source.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) {
            HqError::PermissionDenied { action }
        } else if source.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) {
            HqError::NotInitialised
        } else {
            HqError::Db { action, source }
        }
    }
}
