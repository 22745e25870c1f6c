//! `harbour withdraw --vault V --case REF --confirm`: consent withdrawn. The case and
//! everything of it leave the vault; the copies written outside it that its audit knew
//! (referral summaries, export bundles) are listed, for the user to go and destroy them:
//! after this, nothing in the vault remembers where they are.

use crate::error::CliError;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::find_case;
use harbour_vault::CopyKind;
use std::path::{Path, PathBuf};

/// Arguments of `harbour withdraw`.
#[derive(clap::Args)]
pub struct Args {
    /// The vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// The case, by reference (`HB-…`) or id.
    #[arg(long = "case")]
    case: String,
    /// Confirm: the case is deleted for good.
    #[arg(long)]
    confirm: bool,
}

/// Run `harbour withdraw`.
pub fn run(args: Args) -> Result<(), CliError> {
    if !args.confirm {
        return Err(CliError::User(
            "withdrawing deletes the case for good: add --confirm".to_string(),
        ));
    }
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let cases = vault.list_cases().map_err(vault_error)?;
    let case = find_case(&cases, &args.case)
        .ok_or_else(|| CliError::User(format!("no case {} in this vault", args.case.trim())))?
        .clone();
    let copies = vault
        .withdraw_case(&case.id, Utc::now())
        .map_err(vault_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "withdrew case {}: nothing of it remains in the vault",
        case.reference
    );
    if copies.is_empty() {
        println!("no copy of it was written outside the vault");
        return Ok(());
    }
    println!("copies written outside the vault, to destroy (the vault no longer knows them):");
    for c in &copies {
        let what = match &c.kind {
            CopyKind::Summary { referral } => format!("referral summary ({referral})"),
            CopyKind::Bundle => "export bundle (encrypted)".to_string(),
        };
        println!(
            "  {}  {what}  written {}",
            Path::new(&c.place.folder).join(&c.place.file).display(),
            c.at
        );
    }
    Ok(())
}
