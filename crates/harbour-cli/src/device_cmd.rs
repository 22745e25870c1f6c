//! `harbour device show|enrolment --vault PATH`: this device's identity (its id and the
//! fingerprint to read aloud to headquarters) and its signed enrolment file.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::vault_error;
use chrono::Utc;
use harbour_export::write_enrolment;
use harbour_vault::Vault;
use std::path::{Path, PathBuf};

/// Arguments of `harbour device`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Show the device id and the fingerprint to compare with headquarters.
    Show {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    /// Write the signed enrolment file to give headquarters (as a supervisor).
    Enrolment {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// The file to write (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
}

fn unlock(vault: &Path) -> Result<Vault, CliError> {
    crate::unlock::unlock(vault, "Vault passphrase", Utc::now())
}

/// Run `harbour device`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Show { vault } => {
            let v = unlock(&vault)?;
            let key = v.device_public_key().map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("device id:   {}", key.device_id());
            println!("fingerprint: {}", key.fingerprint());
        }
        Action::Enrolment { vault, out } => {
            let v = unlock(&vault)?;
            let e = write_enrolment(&v, &out, Utc::now()).map_err(export_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("wrote {}", out.display());
            println!("device id:   {}", e.device_id);
            println!("fingerprint: {}", e.fingerprint);
            println!("Read the fingerprint to headquarters when they enrol this device.");
        }
    }
    Ok(())
}
