//! `harbour summary --vault V --case REF --referral TYPE --lang L --out FOLDER|FILE.pdf`.
//!
//! A referral summary leaves the vault deliberately: into the folder given (a USB stick),
//! named `referral-summary-<type>-<date>.pdf` (the case reference only with
//! `--with-reference`), or under the exact file name given; nothing is ever overwritten, and
//! each file written is recorded in the case's audit, so that a withdrawal of consent
//! (`harbour withdraw`) can list it.

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::{
    parse_referral, save_referral_summary, write_referral_summary, ExportError, SummaryTarget,
};
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
    /// A folder (the file is named `referral-summary-<type>-<date>.pdf`, `-2`… if taken), or
    /// the PDF file to write, which must not exist yet.
    #[arg(long)]
    out: PathBuf,
    /// Put the case reference in the file name written into a folder.
    #[arg(long)]
    with_reference: bool,
}

/// Where the summary goes, checked before asking for the passphrase (exit 1, never 2).
enum Destination {
    Folder(SummaryTarget),
    File(PathBuf),
}

fn destination(out: &Path, with_reference: bool) -> Result<Destination, CliError> {
    if out.is_dir() {
        return Ok(Destination::Folder(SummaryTarget {
            folder: out.to_path_buf(),
            with_reference,
        }));
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
    if out.exists() || out.symlink_metadata().is_ok() {
        return Err(CliError::User(format!(
            "{} already exists and is never overwritten: choose another name, or give a folder",
            out.display()
        )));
    }
    if with_reference {
        return Err(CliError::User(
            "--with-reference names the file written into a folder: give --out a folder"
                .to_string(),
        ));
    }
    Ok(Destination::File(out.to_path_buf()))
}

/// Run `harbour summary`.
pub fn run(args: Args) -> Result<(), CliError> {
    let kind = parse_referral(&args.referral)
        .ok_or_else(|| export_error(ExportError::UnknownReferral(args.referral.clone())))?;
    let dest = destination(&args.out, args.with_reference)?;
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    let written = match dest {
        Destination::Folder(target) => save_referral_summary(
            &mut vault,
            &args.case,
            kind,
            &args.lang,
            &target,
            Utc::now(),
        ),
        Destination::File(out) => {
            write_referral_summary(&mut vault, &args.case, kind, &args.lang, &out, Utc::now())
                .map(|_| out)
        }
    }
    .map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    println!(
        "wrote the {} referral summary to {} (recorded in the case's audit)",
        kind.as_str(),
        written.display()
    );
    Ok(())
}
