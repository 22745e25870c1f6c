//! `harbour`: the command-line side of Harbour.
//!
//! Each subcommand lives in its own module with an `Args` struct and a `run` function;
//! this file only dispatches. Exit codes: 0 ok, 1 user error (bad input, wrong
//! passphrase, invalid questionnaire), 2 internal error.

mod assess_cmd;
mod bench_cmd;
mod device_cmd;
mod error;
mod export_cmd;
mod hq_cmd;
mod htcds_cmd;
mod i18n_cmd;
mod import_cmd;
mod inputs;
mod keygen_cmd;
mod org_cmd;
mod pack_cmd;
mod passphrase;
mod record_cmd;
mod staff_cmd;
mod stats_cmd;
mod summary_cmd;
mod unlock;
mod validate_cmd;
mod vault_cmd;
mod vault_keys_cmd;
mod withdraw_cmd;

use clap::{Parser, Subcommand};
use error::CliError;
use std::process::ExitCode;

/// Harbour: screening assistant for mixed migration flows (command-line tools).
#[derive(Parser)]
#[command(name = "harbour", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, check an encrypted vault; change your passphrase; recover; wipe.
    Vault(vault_cmd::Args),
    /// Add, list or remove the people who may unlock a device (supervisors only).
    Staff(staff_cmd::Args),
    /// Measure performance against a baseline in the same run.
    Bench(bench_cmd::Args),
    /// Check questionnaire packs and print every problem found.
    Validate(validate_cmd::Args),
    /// Translation tooling: check completeness and syntax, list locales.
    I18n(i18n_cmd::Args),
    /// Screen a set of answers: trafficking and protection indicators, flags, referrals.
    Assess(assess_cmd::Args),
    /// Store a complete interview from an answers file (see docs/answers-format.md).
    Record(record_cmd::Args),
    /// Make an organisation key pair (age): org.pub for devices, org.key for headquarters.
    Keygen(keygen_cmd::Args),
    /// Export cases encrypted to the organisation (or, with confirmation, in plain form).
    Export(export_cmd::Args),
    /// Import encrypted bundles at headquarters (all verified before anything is written).
    Import(import_cmd::Args),
    /// This device's identity: its id, fingerprint and enrolment file for headquarters.
    Device(device_cmd::Args),
    /// Headquarters on PostgreSQL: init, enrol, devices, import, cases, summary, stats.
    Hq(hq_cmd::Args),
    /// The organisation's keys and its signed profile (init, profile, install, show).
    Org(org_cmd::Args),
    /// Sign or verify a questionnaire pack (minisign format).
    Pack(pack_cmd::Args),
    /// Print a referral summary (PDF) holding only what the referral needs.
    Summary(summary_cmd::Args),
    /// De-identified statistics (CSV) with small cells suppressed.
    Stats(stats_cmd::Args),
    /// Trafficking cases as de-identified Human Trafficking Case Data Standard rows (CSV).
    ExportHtcds(htcds_cmd::Args),
    /// Consent withdrawn: delete a case for good and list its copies outside the vault.
    Withdraw(withdraw_cmd::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<(), CliError> = match cli.command {
        Command::Vault(args) => vault_cmd::run(args),
        Command::Staff(args) => staff_cmd::run(args),
        Command::Bench(args) => bench_cmd::run(args),
        Command::Validate(args) => validate_cmd::run(args),
        Command::I18n(args) => i18n_cmd::run(args),
        Command::Assess(args) => assess_cmd::run(args),
        Command::Record(args) => record_cmd::run(args),
        Command::Keygen(args) => keygen_cmd::run(args),
        Command::Export(args) => export_cmd::run(args),
        Command::Import(args) => import_cmd::run(args),
        Command::Device(args) => device_cmd::run(args),
        Command::Hq(args) => hq_cmd::run(args),
        Command::Org(args) => org_cmd::run(args),
        Command::Pack(args) => pack_cmd::run(args),
        Command::Summary(args) => summary_cmd::run(args),
        Command::Stats(args) => stats_cmd::run(args),
        Command::ExportHtcds(args) => htcds_cmd::run(args),
        Command::Withdraw(args) => withdraw_cmd::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
