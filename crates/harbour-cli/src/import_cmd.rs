//! `harbour import --vault HQ --identity KEY bundle...`: verify every bundle in memory, then
//! import them in one transaction.

use crate::error::CliError;
use crate::export_cmd::{export_error, read_key_passphrase};
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::{import_verified, read_identity, CaseFate, ImportReport};
use std::path::PathBuf;

/// Arguments of `harbour import`.
#[derive(clap::Args)]
pub struct Args {
    /// The headquarters vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// The organisation private key (`org.key`; passphrase from HARBOUR_KEY_PASSPHRASE).
    #[arg(long)]
    identity: PathBuf,
    /// Bundles to import.
    #[arg(required = true)]
    bundles: Vec<PathBuf>,
}

/// Run `harbour import`.
pub fn run(args: Args) -> Result<(), CliError> {
    let key_pass = read_key_passphrase(false)?;
    let identities = read_identity(&args.identity, &key_pass).map_err(export_error)?;
    drop(key_pass);
    // Every bundle is decrypted and verified in memory before the vault is even unlocked:
    // one that fails leaves the vault file as it was (no unlock in its audit log either).
    let mut verified = Vec::with_capacity(args.bundles.len());
    for bundle in &args.bundles {
        let opened = harbour_export::open_bundle(bundle, &identities).map_err(export_error)?;
        verified.push((bundle.clone(), opened));
    }
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let report = import_verified(&mut vault, &verified, Utc::now()).map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    print_report(&report);
    Ok(())
}

/// What an import did, for the person at headquarters (the vault's and PostgreSQL's alike).
pub fn print_report(report: &ImportReport) {
    let new = report.count(|f| *f == CaseFate::New);
    let dup = report.count(|f| *f == CaseFate::Duplicate);
    let conflicts = report.count(|f| matches!(f, CaseFate::Conflict { .. }));
    println!(
        "imported {} bundle(s): {new} new case(s), {dup} already here, {conflicts} conflicting version(s) kept side by side",
        report.manifests.len()
    );
    for c in &report.cases {
        if let CaseFate::Conflict { note } = &c.fate {
            println!("  {} -> {}: {note}", c.origin_id, c.local_id);
        }
    }
}
