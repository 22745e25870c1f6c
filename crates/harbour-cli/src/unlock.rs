//! Opening a vault from the command line, in one place: the passphrase from
//! `HARBOUR_PASSPHRASE` or a no-echo prompt, the CLI's vault options, and vault errors mapped
//! to exit codes (1 for what the user can fix, such as a wrong passphrase; 2 for the rest).

use crate::error::CliError;
use crate::passphrase::read_passphrase;
use chrono::{DateTime, Utc};
use harbour_vault::{Vault, VaultError, VaultOptions};
use std::path::Path;

/// The environment variable holding the vault passphrase (scripts, tests).
pub const PASSPHRASE_VAR: &str = "HARBOUR_PASSPHRASE";

/// The options every CLI command opens a vault with. The audit names the person unlocking by
/// their staff id; the display name here is only the one a vault made before staff accounts
/// gives its first supervisor when the CLI is the first to open it.
pub fn options() -> VaultOptions {
    VaultOptions::default()
}

/// Unlocks the vault at `path`: the passphrase from [`PASSPHRASE_VAR`], or asked for with
/// `prompt` and no echo.
pub fn unlock(path: &Path, prompt: &str, now: DateTime<Utc>) -> Result<Vault, CliError> {
    let pass = read_passphrase(PASSPHRASE_VAR, prompt)?;
    Vault::unlock(path, &pass, now, &options()).map_err(vault_error)
}

/// Turn a vault error into a CLI error with the right exit code.
pub fn vault_error(e: VaultError) -> CliError {
    if e.is_user_error() {
        CliError::User(e.to_string())
    } else {
        CliError::Internal(e.to_string())
    }
}
