//! `harbour stats --vault V --out FILE.csv`: de-identified counts with small cells suppressed.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::write_stats;
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
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let report = write_stats(&mut vault, &args.out, Utc::now()).map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote statistics of {} assessed case(s) to {} (counts under 5 suppressed, shown counts perturbed by up to 2)",
        report.cases,
        args.out.display()
    );
    Ok(())
}
