//! `harbour summary --vault V --case REF --referral TYPE --lang L --out FILE.pdf`.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::{parse_referral, write_referral_summary, ExportError};
use std::path::{Path, PathBuf};

/// Arguments of `harbour summary`.
#[derive(clap::Args)]
pub struct Args {
    /// The vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// The case, by reference (`HB-…`) or id.
    #[arg(long = "case")]
    case: String,
    /// asylum_procedure, anti_trafficking, child_protection, best_interests_assessment,
    /// medical, psychosocial, legal_aid or shelter.
    #[arg(long)]
    referral: String,
    /// The reader's language (en, fr, ru, …).
    #[arg(long, default_value = "en")]
    lang: String,
    /// The PDF to write (a file name, not a folder).
    #[arg(long)]
    out: PathBuf,
    /// Replace `--out` if it already exists.
    #[arg(long)]
    force: bool,
}

/// Refuse an `--out` that cannot be written as asked, before asking for the passphrase: a
/// folder, a missing folder, or an existing file without `--force` (exit 1, never 2).
fn check_out(out: &Path, force: bool) -> Result<(), CliError> {
    if out.is_dir() {
        return Err(CliError::User(format!(
            "--out {} is a folder: give the summary's file name, e.g. {}",
            out.display(),
            out.join("summary.pdf").display()
        )));
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(CliError::User(format!(
            "--out {}: the folder {} does not exist",
            out.display(),
            parent.display()
        )));
    }
    if out.exists() && !force {
        return Err(CliError::User(format!(
            "{} already exists: choose another name, or add --force to replace it",
            out.display()
        )));
    }
    Ok(())
}

/// Run `harbour summary`.
pub fn run(args: Args) -> Result<(), CliError> {
    let kind = parse_referral(&args.referral)
        .ok_or_else(|| export_error(ExportError::UnknownReferral(args.referral.clone())))?;
    check_out(&args.out, args.force)?;
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    write_referral_summary(
        &mut vault,
        &args.case,
        kind,
        &args.lang,
        &args.out,
        Utc::now(),
    )
    .map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote the {} referral summary to {}",
        kind.as_str(),
        args.out.display()
    );
    Ok(())
}
