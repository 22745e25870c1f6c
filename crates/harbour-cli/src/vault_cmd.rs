//! `harbour vault init|check|rekey --vault PATH`.

use crate::error::CliError;
use crate::passphrase::{read_new_passphrase, read_passphrase};
use chrono::Utc;
use harbour_vault::{Vault, VaultError, VaultOptions};
use std::path::PathBuf;

/// Arguments of `harbour vault`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Create a new encrypted vault (passphrase from HARBOUR_PASSPHRASE or a prompt); you
    /// become its first supervisor.
    Init {
        /// Where the vault file goes.
        #[arg(long)]
        vault: PathBuf,
        /// Your display name (kept inside the encrypted vault only).
        #[arg(long, default_value = "Supervisor")]
        name: String,
    },
    /// Unlock the vault and check every page and the structure.
    Check {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    /// Change the passphrase (new one from HARBOUR_NEW_PASSPHRASE or a prompt).
    Rekey {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    #[command(flatten)]
    Keys(crate::vault_keys_cmd::Action),
}

/// Run `harbour vault`.
pub fn run(args: Args) -> Result<(), CliError> {
    let opts = VaultOptions {
        actor: "cli".into(),
        ..VaultOptions::default()
    };
    match args.action {
        Action::Keys(action) => return crate::vault_keys_cmd::run(action),
        Action::Init { vault, name } => {
            let pass = read_new_passphrase("HARBOUR_PASSPHRASE", "New passphrase")?;
            let opts = VaultOptions {
                actor: name,
                ..opts
            };
            let v = Vault::create(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("created encrypted vault {}", vault.display());
        }
        Action::Check { vault } => {
            let pass = read_passphrase("HARBOUR_PASSPHRASE", "Passphrase")?;
            let v = Vault::unlock(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            v.check().map_err(vault_error)?;
            let cases = v.list_cases().map_err(vault_error)?.len();
            let schema = v.schema_version().map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!(
                "ok: {} (schema version {schema}, {cases} case(s), every page authenticated)",
                vault.display()
            );
        }
        Action::Rekey { vault } => {
            let pass = read_passphrase("HARBOUR_PASSPHRASE", "Current passphrase")?;
            let mut v = Vault::unlock(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            let new = read_new_passphrase("HARBOUR_NEW_PASSPHRASE", "New passphrase")?;
            v.rekey(&new, Utc::now()).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("passphrase changed for {}", vault.display());
        }
    }
    Ok(())
}

/// Turn a vault error into a CLI error with the right exit code.
pub fn vault_error(e: VaultError) -> CliError {
    if e.is_user_error() {
        CliError::User(e.to_string())
    } else {
        CliError::Internal(e.to_string())
    }
}
