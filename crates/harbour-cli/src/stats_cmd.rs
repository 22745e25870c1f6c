//! `harbour stats --vault V --out FILE.csv`: de-identified counts with small cells suppressed.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::stats::release::Release;
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
    /// Count only cases that arrived before the last released month boundary (a month that
    /// has ended, with at least 5 cases since the previous one), so that two exports either
    /// show the same numbers or differ by at least 5 cases. For statistics taken again and
    /// again (docs/export.md).
    #[arg(long)]
    closed_months: bool,
}

/// Run `harbour stats`.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let release = if args.closed_months {
        Release::ClosedMonths
    } else {
        Release::Everything
    };
    let report = write_stats(&mut vault, &args.out, release, Utc::now()).map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote statistics of {} assessed case(s) to {} (counts under 5 suppressed, shown counts perturbed by up to 2)",
        report.cases,
        args.out.display()
    );
    Ok(())
}
