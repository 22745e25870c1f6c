//! `harbour staff add|list|remove --vault PATH`: the people who may unlock a device.
//!
//! The acting supervisor's passphrase comes from HARBOUR_PASSPHRASE or a no-echo prompt; the
//! new person's from HARBOUR_STAFF_PASSPHRASE or a no-echo prompt (asked twice), so that
//! they can type it themselves.

use crate::error::CliError;
use crate::passphrase::{read_new_passphrase, read_passphrase};
use crate::vault_cmd::vault_error;
use chrono::Utc;
use harbour_vault::{Role, Vault, VaultOptions};
use std::path::{Path, PathBuf};

/// Arguments of `harbour staff`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    /// Runs screenings; sees only their own cases and those handed to them.
    Interviewer,
    /// Also manages staff, settings, the organisation key and exports; sees every case.
    Supervisor,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Add a person (as a supervisor). Their passphrase: HARBOUR_STAFF_PASSPHRASE or a prompt.
    Add {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// The name staff will see (kept inside the encrypted vault only).
        #[arg(long)]
        name: String,
        /// Their role.
        #[arg(long, value_enum, default_value = "interviewer")]
        role: RoleArg,
    },
    /// List everyone who may unlock this device, and who was removed (as a supervisor).
    List {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    /// Remove a person: their key slot is destroyed, their cases stay (as a supervisor).
    Remove {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// The person's id (from `harbour staff list`).
        #[arg(long)]
        id: String,
    },
}

fn unlock(vault: &Path) -> Result<Vault, CliError> {
    let pass = read_passphrase("HARBOUR_PASSPHRASE", "Supervisor passphrase")?;
    Vault::unlock(vault, &pass, Utc::now(), &VaultOptions::default()).map_err(vault_error)
}

/// Run `harbour staff`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Add { vault, name, role } => {
            let mut v = unlock(&vault)?;
            v.require_supervisor("adding staff").map_err(vault_error)?;
            let pass = read_new_passphrase("HARBOUR_STAFF_PASSPHRASE", "Their passphrase")?;
            let role = match role {
                RoleArg::Interviewer => Role::Interviewer,
                RoleArg::Supervisor => Role::Supervisor,
            };
            let m = v
                .add_staff(&name, role, &pass, Utc::now())
                .map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!(
                "added {} ({}), id {}",
                m.display_name,
                m.role.as_str(),
                m.id
            );
        }
        Action::List { vault } => {
            let v = unlock(&vault)?;
            let staff = v.list_staff().map_err(vault_error)?;
            let me = v.acting().id.clone();
            v.lock(Utc::now()).map_err(vault_error)?;
            for m in staff {
                let state = match &m.removed_at {
                    Some(at) => format!("removed {at}"),
                    None if m.id == me => "active (you)".to_string(),
                    None => "active".to_string(),
                };
                println!(
                    "{}  {:<11}  {:<24}  {state}",
                    m.id,
                    m.role.as_str(),
                    m.display_name
                );
            }
        }
        Action::Remove { vault, id } => {
            let mut v = unlock(&vault)?;
            v.remove_staff(&id, Utc::now()).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("removed {id}: their key slot is destroyed; their cases stay");
        }
    }
    Ok(())
}
