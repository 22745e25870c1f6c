//! `harbour stats --vault V --out FILE.csv`: de-identified counts with small cells suppressed.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::passphrase::read_passphrase;
use crate::vault_cmd::vault_error;
use chrono::Utc;
use harbour_export::write_stats;
use harbour_vault::{Vault, VaultOptions};
use std::path::PathBuf;

/// Arguments of `harbour stats`.
#[derive(clap::Args)]
pub struct Args {
    /// The vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// The CSV file to write.
    #[arg(long)]
    out: PathBuf,
}

/// Run `harbour stats`.
pub fn run(args: Args) -> Result<(), CliError> {
    let pass = read_passphrase("HARBOUR_PASSPHRASE", "Vault passphrase")?;
    let opts = VaultOptions {
        actor: "cli".into(),
        ..VaultOptions::default()
    };
    let vault = Vault::unlock(&args.vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
    drop(pass);
    let report = write_stats(&vault, &args.out).map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote statistics of {} assessed case(s) to {} (counts under 5 suppressed)",
        report.cases,
        args.out.display()
    );
    Ok(())
}
