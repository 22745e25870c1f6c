//! `harbour export-htcds --vault V --out FILE.csv`: the vault's trafficking cases as
//! de-identified HTCDS rows (docs/htcds.md).

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::write_htcds;
use std::path::PathBuf;

/// Arguments of `harbour export-htcds`.
#[derive(clap::Args)]
pub struct Args {
    /// The vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// The CSV file to write (owner-only).
    #[arg(long)]
    out: PathBuf,
}

/// Run `harbour export-htcds`.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let report = write_htcds(&mut vault, &args.out, Utc::now()).map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote {} trafficking case(s) as HTCDS to {} ({} assessed case(s) left out: trafficking pathway not possible or strong; {} rare nationality(ies) withheld)",
        report.written,
        args.out.display(),
        report.left_out,
        report.nationality_withheld
    );
    Ok(())
}
