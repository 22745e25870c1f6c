//! harbour-hq: headquarters on PostgreSQL, the server database an organisation's IT already
//! runs, for many field devices, several caseworkers and an analyst at once.
//!
//! - [`schema`]: numbered migrations and the group roles PostgreSQL enforces.
//! - [`import_bundles`]: a vault import's verification and register rules, one transaction.
//! - [`search`]: the case list, filtered and paged by keyset.
//! - [`write_referral_summary`]: the referral summary PDF from decrypted content.
//! - [`stats_rows`] / [`write_stats`]: de-identified statistics from plain columns.
//!
//! What is stored how: closed-set facts search and statistics need are plain columns
//! ([`facts`]); everything that could identify a person is sealed with age to the
//! organisation's key before it reaches the server ([`seal`]); references live in their own
//! table. This crate knows nothing of questionnaires or the app.

#![deny(missing_docs)]

pub mod bench;
pub mod cases;
mod content;
mod devices;
mod error;
pub mod facts;
mod import;
pub mod schema;
pub mod seal;
mod stats;

pub use cases::{search, CasePage, CaseQuery, CaseRow};
pub use content::{referral_summary, withdraw, write_referral_summary};
pub use devices::{devices, enrol, Device};
pub use error::{HqError, Result};
pub use import::import_bundles;
pub use stats::{stats_rows, write_htcds, write_stats};

/// The environment variable holding the connection string when `--db` is not given.
pub const DB_ENV: &str = "HARBOUR_HQ_DB";

/// Connect with a libpq-style connection string (`host=/run/postgresql dbname=harbour` or
/// `postgresql://…`), without TLS: headquarters' database is reached on a local socket or
/// localhost.
pub fn connect(conn: &str) -> Result<postgres::Client> {
    postgres::Client::connect(conn, postgres::NoTls).map_err(error::db("connecting"))
}
