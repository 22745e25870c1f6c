//! `harbour hq`: headquarters. On PostgreSQL (`--db` or `HARBOUR_HQ_DB`, a libpq connection
//! string): `init`, `enrol`, `devices`, `import`, `cases`, `summary`, `stats`, `withdraw`.
//! The register of a vault headquarters (`--vault`) keeps working for `enrol` and `devices`.
//!
//! Enrolling shows the device's fingerprint for comparison with the device (read aloud over
//! the phone). `--fingerprint` must then match it; without it, the person is asked to type
//! `yes` once they have compared (on a terminal only). What each database role may do is
//! enforced by PostgreSQL (see docs/export.md); a refusal is reported as the server's.

use crate::error::CliError;
use crate::export_cmd::{export_error, read_key_passphrase};
use crate::unlock::vault_error;
use chrono::{NaiveDate, Utc};
use harbour_export::stats::release::Release;
use harbour_export::{
    enrol, parse_referral, read_enrolment, read_identity, ExportError, ImportOptions,
};
use harbour_hq::{CaseQuery, HqError};
use harbour_vault::Vault;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Arguments of `harbour hq`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

/// Where headquarters' register lives: a PostgreSQL database or a vault.
#[derive(clap::Args)]
struct Place {
    /// Headquarters' PostgreSQL database (libpq connection string, e.g.
    /// "host=/run/postgresql dbname=harbour"); or HARBOUR_HQ_DB.
    #[arg(long, env = "HARBOUR_HQ_DB", hide_env_values = true)]
    db: Option<String>,
    /// A headquarters vault instead of PostgreSQL (passphrase from HARBOUR_PASSPHRASE); it
    /// wins over --db and HARBOUR_HQ_DB.
    #[arg(long)]
    vault: Option<PathBuf>,
}

/// Headquarters' PostgreSQL database.
#[derive(clap::Args)]
struct Db {
    /// Headquarters' PostgreSQL database (libpq connection string, e.g.
    /// "host=/run/postgresql dbname=harbour"); or HARBOUR_HQ_DB.
    #[arg(long, env = "HARBOUR_HQ_DB", hide_env_values = true)]
    db: String,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Create or update headquarters' schema and its roles (harbour_admin,
    /// harbour_caseworker, harbour_analyst) in a PostgreSQL database.
    Init {
        #[command(flatten)]
        db: Db,
    },
    /// Register a device from its enrolment file, after comparing its fingerprint.
    Enrol {
        #[command(flatten)]
        place: Place,
        /// The device's enrolment file (`harbour device enrolment`).
        #[arg(long)]
        file: PathBuf,
        /// The fingerprint the device shows (as read aloud); must match.
        #[arg(long)]
        fingerprint: Option<String>,
    },
    /// List the enrolled devices.
    Devices {
        #[command(flatten)]
        place: Place,
    },
    /// Import bundles (all verified; one transaction; nothing written if any fails).
    Import {
        #[command(flatten)]
        db: Db,
        /// The organisation private key (`org.key`; passphrase from HARBOUR_KEY_PASSPHRASE).
        #[arg(long)]
        identity: PathBuf,
        /// Bundles to import.
        #[arg(required = true)]
        bundles: Vec<PathBuf>,
    },
    /// Search and list cases (newest change first), a page at a time.
    Cases {
        #[command(flatten)]
        db: Db,
        /// A case reference (exact).
        #[arg(long = "case")]
        reference: Option<String>,
        /// in_progress, finished or consent_refused.
        #[arg(long)]
        status: Option<String>,
        /// A pathway level: trafficking:<level> or protection:<level> (none,
        /// insufficient_information, possible, strong).
        #[arg(long)]
        level: Option<String>,
        /// A flag (urgent_safety, child, unaccompanied_child, smuggling, stateless,
        /// non_refoulement, heightened_risk).
        #[arg(long)]
        flag: Option<String>,
        /// A referral (asylum_procedure, anti_trafficking, …).
        #[arg(long)]
        referral: Option<String>,
        /// A device id.
        #[arg(long)]
        device: Option<String>,
        /// Opened on or after this day (YYYY-MM-DD, UTC).
        #[arg(long)]
        from: Option<NaiveDate>,
        /// Opened on or before this day (YYYY-MM-DD, UTC).
        #[arg(long)]
        to: Option<NaiveDate>,
        /// Continue after this cursor (printed at the end of the previous page).
        #[arg(long)]
        after: Option<String>,
        /// Rows per page (at most 500).
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Print a case's referral summary (PDF) from its decrypted content.
    Summary {
        #[command(flatten)]
        db: Db,
        /// The case reference (`HB-…`).
        #[arg(long = "case")]
        case: String,
        /// The referral type (asylum_procedure, anti_trafficking, …).
        #[arg(long)]
        referral: String,
        /// The reader's language.
        #[arg(long, default_value = "en")]
        lang: String,
        /// The organisation private key (passphrase from HARBOUR_KEY_PASSPHRASE).
        #[arg(long)]
        identity: PathBuf,
        /// The PDF to write.
        #[arg(long)]
        out: PathBuf,
        /// Replace `--out` if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// De-identified statistics (CSV, small cells suppressed) from closed-set columns only.
    Stats {
        #[command(flatten)]
        db: Db,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
        /// Count only cases that arrived before the last released month boundary, so two
        /// exports count the same cases or differ by at least five (docs/export.md).
        #[arg(long)]
        closed_months: bool,
    },
    /// The trafficking cases as de-identified HTCDS rows (docs/htcds.md), from closed-set
    /// columns only.
    ExportHtcds {
        #[command(flatten)]
        db: Db,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Withdraw a case: delete it and refuse it in any later bundle.
    Withdraw {
        #[command(flatten)]
        db: Db,
        /// The case reference.
        #[arg(long = "case")]
        case: String,
    },
}

fn unlock(vault: &Path) -> Result<Vault, CliError> {
    crate::unlock::unlock(vault, "Supervisor passphrase", Utc::now())
}

/// Turn a headquarters error into a CLI error with the right exit code.
fn hq_error(e: HqError) -> CliError {
    match e {
        HqError::Export(x) => export_error(x),
        HqError::Db { .. } | HqError::Io { .. } => CliError::Internal(e.to_string()),
        _ => CliError::User(e.to_string()),
    }
}

fn connect(db: &str) -> Result<postgres::Client, CliError> {
    harbour_hq::connect(db).map_err(hq_error)
}

fn place(place: Place) -> Result<Result<PathBuf, String>, CliError> {
    match (place.vault, place.db) {
        (Some(v), _) => Ok(Ok(v)),
        (None, Some(db)) => Ok(Err(db)),
        (None, None) => Err(CliError::User(
            "give headquarters' database with --db (or HARBOUR_HQ_DB), or a vault with --vault"
                .into(),
        )),
    }
}

fn check_out(out: &Path, force: bool) -> Result<(), CliError> {
    if out.is_dir() {
        return Err(CliError::User(format!(
            "--out {} is a folder: give the file's name",
            out.display()
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

fn identities(path: &Path) -> Result<Vec<harbour_export::Identity>, CliError> {
    let key_pass = read_key_passphrase(false)?;
    read_identity(path, &key_pass).map_err(export_error)
}

/// Run `harbour hq`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Init { db } => {
            let mut c = connect(&db.db)?;
            let ran = harbour_hq::schema::migrate(&mut c).map_err(hq_error)?;
            if ran.is_empty() {
                println!(
                    "headquarters' schema is up to date (version {})",
                    harbour_hq::schema::latest()
                );
            } else {
                println!(
                    "headquarters' schema migrated to version {}; roles: {}",
                    harbour_hq::schema::latest(),
                    harbour_hq::schema::ROLES.join(", ")
                );
            }
        }
        Action::Enrol {
            place: p,
            file,
            fingerprint,
        } => {
            let e = read_enrolment(&file).map_err(export_error)?;
            println!("device id:   {}", e.device_id);
            println!("fingerprint: {}", e.fingerprint);
            let confirmed = match fingerprint {
                Some(f) => f,
                None => confirm(&e.fingerprint)?,
            };
            match place(p)? {
                Ok(vault) => {
                    let mut v = unlock(&vault)?;
                    enrol(&mut v, &e, &confirmed, Utc::now()).map_err(export_error)?;
                    v.lock(Utc::now()).map_err(vault_error)?;
                }
                Err(db) => {
                    let mut c = connect(&db)?;
                    harbour_hq::enrol(&mut c, &e, &confirmed, Utc::now()).map_err(hq_error)?;
                }
            }
            println!("enrolled device {}", e.device_id);
        }
        Action::Devices { place: p } => {
            let rows: Vec<(String, String, String)> = match place(p)? {
                Ok(vault) => {
                    let v = unlock(&vault)?;
                    let devices = v.enrolled_devices().map_err(vault_error)?;
                    v.lock(Utc::now()).map_err(vault_error)?;
                    devices
                        .into_iter()
                        .map(|d| (d.device_id, d.public_key.fingerprint(), d.enrolled_at))
                        .collect()
                }
                Err(db) => {
                    let mut c = connect(&db)?;
                    harbour_hq::devices(&mut c)
                        .map_err(hq_error)?
                        .into_iter()
                        .map(|d| (d.device_id, d.fingerprint, d.enrolled_at.to_rfc3339()))
                        .collect()
                }
            };
            if rows.is_empty() {
                println!("no device enrolled");
            }
            for (id, fingerprint, at) in rows {
                println!("{id}  {fingerprint}  enrolled {at}");
            }
        }
        Action::Import {
            db,
            identity,
            bundles,
        } => {
            let ids = identities(&identity)?;
            let mut c = connect(&db.db)?;
            let report = harbour_hq::import_bundles(
                &mut c,
                &ids,
                &bundles,
                &ImportOptions::default(),
                Utc::now(),
            )
            .map_err(hq_error)?;
            crate::import_cmd::print_report(&report);
        }
        Action::Cases {
            db,
            reference,
            status,
            level,
            flag,
            referral,
            device,
            from,
            to,
            after,
            limit,
        } => {
            let mut c = connect(&db.db)?;
            let q = CaseQuery {
                reference,
                status,
                level,
                flag,
                referral,
                device,
                from,
                to,
                after,
                limit,
            };
            let page = harbour_hq::search(&mut c, &q).map_err(hq_error)?;
            println!("reference\tstatus\ttrafficking\tprotection\tflags\treferrals\tdevice\topened\tchanged");
            for r in &page.rows {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.reference,
                    r.status,
                    r.trafficking_level.as_deref().unwrap_or("-"),
                    r.protection_level.as_deref().unwrap_or("-"),
                    r.flags.join(","),
                    r.referrals.join(","),
                    r.device_id,
                    r.created_at.format("%Y-%m-%d"),
                    r.updated_at.to_rfc3339(),
                );
            }
            match page.next {
                Some(n) => println!("more: --after {n}"),
                None => println!("({} case(s), end of the list)", page.rows.len()),
            }
        }
        Action::Summary {
            db,
            case,
            referral,
            lang,
            identity,
            out,
            force,
        } => {
            let kind = parse_referral(&referral)
                .ok_or_else(|| export_error(ExportError::UnknownReferral(referral.clone())))?;
            check_out(&out, force)?;
            let ids = identities(&identity)?;
            let mut c = connect(&db.db)?;
            harbour_hq::write_referral_summary(&mut c, &ids, &case, kind, &lang, &out, Utc::now())
                .map_err(hq_error)?;
            println!(
                "wrote the {} referral summary to {}",
                kind.as_str(),
                out.display()
            );
        }
        Action::Stats {
            db,
            out,
            closed_months,
        } => {
            let mut c = connect(&db.db)?;
            let release = if closed_months {
                Release::ClosedMonths
            } else {
                Release::Everything
            };
            let n = harbour_hq::write_stats(&mut c, &out, release, Utc::now()).map_err(hq_error)?;
            println!(
                "wrote statistics of {n} assessed case(s) to {} (counts under 5 suppressed)",
                out.display()
            );
        }
        Action::ExportHtcds { db, out } => {
            let mut c = connect(&db.db)?;
            let r = harbour_hq::write_htcds(&mut c, &out, Utc::now()).map_err(hq_error)?;
            println!(
                "wrote {} trafficking case(s) as HTCDS to {} ({} assessed case(s) left out: trafficking pathway not possible or strong; {} rare nationality(ies) withheld)",
                r.written,
                out.display(),
                r.left_out,
                r.nationality_withheld
            );
        }
        Action::Withdraw { db, case } => {
            let mut c = connect(&db.db)?;
            harbour_hq::withdraw(&mut c, &case, Utc::now()).map_err(hq_error)?;
            println!(
                "withdrew {}: deleted here, and refused in any later bundle",
                case.trim().to_ascii_uppercase()
            );
        }
    }
    Ok(())
}

/// Ask the person at the terminal to confirm they compared the fingerprint.
fn confirm(fingerprint: &str) -> Result<String, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::User(
            "compare the fingerprint with the device, then give it with --fingerprint; nothing was registered".into(),
        ));
    }
    print!("Does the device show exactly this fingerprint? Type yes to enrol it: ");
    std::io::stdout()
        .flush()
        .map_err(|e| CliError::Internal(e.to_string()))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Internal(e.to_string()))?;
    if line.trim() == "yes" {
        Ok(fingerprint.to_string())
    } else {
        Err(CliError::User(
            "not confirmed; nothing was registered".into(),
        ))
    }
}
