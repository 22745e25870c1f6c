//! `harbour vault init|check|rekey --vault PATH`.

use crate::error::CliError;
use crate::passphrase::read_new_passphrase;
use crate::unlock::{options, unlock, vault_error, PASSPHRASE_VAR};
use chrono::Utc;
use harbour_vault::{Vault, VaultOptions};
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
    match args.action {
        Action::Keys(action) => return crate::vault_keys_cmd::run(action),
        Action::Init { vault, name } => {
            let pass = read_new_passphrase(PASSPHRASE_VAR, "New passphrase")?;
            let opts = VaultOptions {
                actor: name,
                ..options()
            };
            let v = Vault::create(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("created encrypted vault {}", vault.display());
        }
        Action::Check { vault } => {
            let v = unlock(&vault, "Passphrase", Utc::now())?;
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
            let mut v = unlock(&vault, "Current passphrase", Utc::now())?;
            let new = read_new_passphrase("HARBOUR_NEW_PASSPHRASE", "New passphrase")?;
            v.rekey(&new, Utc::now()).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("passphrase changed for {}", vault.display());
        }
    }
    Ok(())
}
