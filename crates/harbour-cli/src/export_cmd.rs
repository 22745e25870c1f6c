//! `harbour export`: cases to an age-encrypted bundle for the organisation, or (only with
//! `--i-understand-this-is-identified-data`) to plain JSON/CSV.

use crate::error::CliError;
use crate::passphrase::read_passphrase;
use crate::unlock::{unlock, vault_error};
use chrono::Utc;
use harbour_export::keys::SecretString;
use harbour_export::{
    export_bundle, plain_export, read_recipients, recipients_from_settings, CaseSelection,
    ExportError, ExportOptions, PlainExportConfirmation, PlainFormat,
};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Arguments of `harbour export`.
#[derive(clap::Args)]
pub struct Args {
    /// The vault (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    vault: PathBuf,
    /// An organisation public-key file (`org.pub`); repeat for several recipients. Without
    /// it, the key installed in the vault's settings (`org_recipients`) is used.
    #[arg(long = "to", value_name = "KEY.pub")]
    to: Vec<PathBuf>,
    /// The file to create (never overwritten).
    #[arg(long)]
    out: PathBuf,
    /// Export these cases (id or reference); repeatable.
    #[arg(long = "case", value_name = "ID", conflicts_with = "finished")]
    cases: Vec<String>,
    /// Export the finished cases only.
    #[arg(long)]
    finished: bool,
    /// Write identified data in the clear instead of an encrypted bundle (json or csv).
    #[arg(long, value_enum, requires = "confirm_plain")]
    plain: Option<Plain>,
    /// Required with --plain: you understand the file holds identified data unencrypted.
    #[arg(long = "i-understand-this-is-identified-data")]
    confirm_plain: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Plain {
    Json,
    Csv,
}

/// Run `harbour export`.
pub fn run(args: Args) -> Result<(), CliError> {
    let selection = if !args.cases.is_empty() {
        CaseSelection::Cases(args.cases.clone())
    } else if args.finished {
        CaseSelection::Finished
    } else {
        CaseSelection::All
    };
    let mut recipients = Vec::new();
    for p in &args.to {
        recipients.extend(read_recipients(p).map_err(export_error)?);
    }
    let mut vault = unlock(&args.vault, "Vault passphrase", Utc::now())?;
    if let Some(format) = args.plain {
        if !args.confirm_plain {
            return Err(CliError::User(
                "plain export needs --i-understand-this-is-identified-data".into(),
            ));
        }
        let format = match format {
            Plain::Json => PlainFormat::Json,
            Plain::Csv => PlainFormat::Csv,
        };
        let n = plain_export(
            &mut vault,
            &selection,
            format,
            &args.out,
            PlainExportConfirmation::i_understand_this_is_identified_data(),
            Utc::now(),
        )
        .map_err(export_error)?;
        vault.lock(Utc::now()).map_err(vault_error)?;
        println!(
            "wrote {n} case(s) UNENCRYPTED to {} (recorded in the audit log)",
            args.out.display()
        );
        return Ok(());
    }
    if recipients.is_empty() {
        // No --to: the organisation key installed in the vault's settings.
        recipients = recipients_from_settings(&vault).map_err(|e| match e {
            ExportError::NoRecipients => CliError::User(
                "no organisation public key: give --to org.pub, or install it in the vault's settings".into(),
            ),
            other => export_error(other),
        })?;
    }
    let show = std::io::stderr().is_terminal();
    let report = export_bundle(
        &mut vault,
        &ExportOptions {
            recipients,
            selection,
            out: args.out.clone(),
            now: Utc::now(),
        },
        &mut |done, total| {
            if show && (done == total || done % 100 == 0) {
                eprint!("\rexporting {done}/{total}");
                if done == total {
                    eprintln!();
                }
            }
        },
    )
    .map_err(export_error)?;
    vault.lock(Utc::now()).map_err(vault_error)?;
    let c = report.manifest.counts;
    println!(
        "exported {} case(s) ({} steps) encrypted to {}",
        c.cases,
        c.steps,
        report.path.display()
    );
    if report.purged > 0 {
        println!(
            "purged {} exported case(s) from the vault (retention setting)",
            report.purged
        );
    }
    Ok(())
}

/// The organisation key passphrase from HARBOUR_KEY_PASSPHRASE, or asked for without echo
/// (twice when `new`).
pub fn read_key_passphrase(new: bool) -> Result<SecretString, CliError> {
    const VAR: &str = "HARBOUR_KEY_PASSPHRASE";
    let first = read_passphrase(VAR, "Organisation key passphrase")?;
    if new && std::env::var(VAR).is_err() {
        let again = read_passphrase(VAR, "Repeat it")?;
        if again.expose() != first.expose() {
            return Err(CliError::User(
                "the two passphrases differ; nothing was written".into(),
            ));
        }
    }
    Ok(SecretString::from(first.expose().to_string()))
}

/// Turn an export error into a CLI error with the right exit code.
pub fn export_error(e: ExportError) -> CliError {
    if e.is_user_error() {
        CliError::User(e.to_string())
    } else {
        CliError::Internal(e.to_string())
    }
}

/// `harbour bench export`: export and import of `cases` synthetic cases, with baselines.
pub fn bench(cases: usize, dir: Option<&std::path::Path>) -> Result<(), CliError> {
    let temp = dir.is_none();
    let dir = match dir {
        Some(d) => d.to_path_buf(),
        None => std::env::temp_dir().join(format!("harbour-bench-export-{}", std::process::id())),
    };
    let r = harbour_export::bench::export_import(&dir, cases);
    if temp {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let r = r.map_err(export_error)?;
    let mb = r.bundle_bytes as f64 / 1e6;
    println!(
        "export and import of {} cases ({} steps each), bundle {mb:.1} MB:",
        r.cases,
        harbour_export::bench::STEPS_PER_CASE
    );
    println!(
        "  plain JSON Lines write (baseline): {:>8.2} s",
        r.plain_write.as_secs_f64()
    );
    println!(
        "  encrypted export:                 {:>8.2} s  {:>7.0} cases/s  {:>6.1} MB/s  ratio {:.2}",
        r.export.as_secs_f64(),
        r.export_rate(),
        mb / r.export.as_secs_f64().max(1e-9),
        r.export_ratio()
    );
    println!(
        "  direct insert (baseline):         {:>8.2} s",
        r.direct_insert.as_secs_f64()
    );
    println!(
        "  verified import:                  {:>8.2} s  {:>7.0} cases/s  {:>6.1} MB/s  ratio {:.2}",
        r.import.as_secs_f64(),
        r.import_rate(),
        mb / r.import.as_secs_f64().max(1e-9),
        r.import_ratio()
    );
    Ok(())
}
