//! `harbour i18n`: translation tooling.
//!
//! - `harbour i18n check [--root DIR]`: every `.ftl` parses; every locale has every
//!   message English has (app `locales/`, each `questionnaires/*/locales/` and the rules'
//!   outcome texts `crates/harbour-rules/locales/`); warnings
//!   for messages English lacks and English messages no code refers to. Exit 1 on errors.
//! - `harbour i18n list [--root DIR]`: the app's locales with direction and review status.
//! - `harbour i18n stamp [--root DIR] [--locale LANG]...`: record the English each
//!   translation now matches; `check` then warns when the English changes ("stale").

use crate::error::CliError;
use harbour_i18n::Catalog;
use harbour_i18n_check::{
    check_tree, stamp_tree, CheckOptions, CheckReport, FindingKind, Severity,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Arguments of `harbour i18n`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: I18nCommand,
}

#[derive(clap::Subcommand)]
enum I18nCommand {
    /// Check translations for syntax errors, missing and unused messages.
    Check(CheckArgs),
    /// List the app's locales with their direction and review status.
    List(ListArgs),
    /// Record that translations match the current English (after translating or
    /// checking them), so later English changes show up as "stale" in `check`.
    Stamp(StampArgs),
}

#[derive(clap::Args)]
struct StampArgs {
    /// Repository root holding `locales/` and `questionnaires/`.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Stamp only this locale (repeatable); default: every translation.
    #[arg(long = "locale", value_name = "LANG")]
    locales: Vec<String>,
    /// Stamp only `app` (locales/) or one questionnaire pack (its directory name).
    #[arg(long, value_name = "app|PACK")]
    scope: Option<String>,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Repository root holding `locales/` and `questionnaires/`.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Treat English ids starting with this prefix as referenced (ids built at run
    /// time). Repeatable; adds to the defaults (error-, indicator-, ...).
    #[arg(long = "allow-prefix", value_name = "PREFIX")]
    allow_prefix: Vec<String>,
    /// Skip the scan of UI and Rust code for references to English ids.
    #[arg(long)]
    no_references: bool,
    /// Print errors only, not warnings.
    #[arg(long)]
    errors_only: bool,
    /// List every missing id, however many.
    #[arg(long)]
    verbose: bool,
}

#[derive(clap::Args)]
struct ListArgs {
    /// Repository root holding `locales/`.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

/// Run `harbour i18n`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.command {
        I18nCommand::Check(a) => check(a),
        I18nCommand::List(a) => list(a),
        I18nCommand::Stamp(a) => stamp(a),
    }
}

fn check(args: CheckArgs) -> Result<(), CliError> {
    if !args.root.is_dir() {
        return Err(CliError::User(format!(
            "{} is not a directory",
            args.root.display()
        )));
    }
    let mut opts = CheckOptions::new(&args.root);
    opts.dynamic_prefixes.extend(args.allow_prefix);
    opts.scan_references = !args.no_references;
    let report = check_tree(&opts).map_err(|e| CliError::User(e.to_string()))?;
    print_report(&report, args.errors_only, args.verbose);
    if report.has_errors() {
        return Err(CliError::User(format!(
            "translations are incomplete or broken: {} error(s)",
            report.errors()
        )));
    }
    Ok(())
}

/// Missing ids listed per locale before the list is cut short (unless `--verbose`).
const MAX_IDS_SHOWN: usize = 12;

fn print_report(report: &CheckReport, errors_only: bool, verbose: bool) {
    if report.scopes.is_empty() {
        println!(
            "no locales found (looked for locales/, questionnaires/*/locales/ and {})",
            harbour_i18n_check::RULES_LOCALES
        );
    }
    for scope in &report.scopes {
        println!(
            "{} ({}): {} English messages",
            scope.scope,
            scope.dir.display(),
            scope.english_entries
        );
        for l in &scope.locales {
            let status = if l.missing == 0 {
                "complete".to_string()
            } else {
                format!("{} missing", l.missing)
            };
            println!("  {:<6} {:>4} messages  {status}", l.locale, l.present);
        }
    }
    // Missing messages are listed once per locale, not one line each: a new English file
    // would otherwise bury every other finding.
    let mut missing: BTreeMap<(&str, &str, String), Vec<&str>> = BTreeMap::new();
    for f in &report.findings {
        if f.kind == FindingKind::Missing && f.line == 0 {
            let key = (
                f.scope.as_str(),
                f.locale.as_str(),
                f.file.display().to_string(),
            );
            missing
                .entry(key)
                .or_default()
                .push(f.id.as_deref().unwrap_or("?"));
            continue;
        }
        if errors_only && f.severity == Severity::Warning {
            continue;
        }
        println!("{f}");
    }
    for ((_, locale, file), ids) in &missing {
        let shown = if verbose || ids.len() <= MAX_IDS_SHOWN {
            ids.join(", ")
        } else {
            format!(
                "{}, … (+{} more; --verbose lists all)",
                ids[..MAX_IDS_SHOWN].join(", "),
                ids.len() - MAX_IDS_SHOWN
            )
        };
        println!("error: {file}: [{locale}] {} missing: {shown}", ids.len());
    }
    println!(
        "{} error(s), {} warning(s)",
        report.errors(),
        report.warnings()
    );
}

fn list(args: ListArgs) -> Result<(), CliError> {
    let dir = args.root.join("locales");
    let catalog = Catalog::from_app_dir(&dir).map_err(|e| CliError::User(e.to_string()))?;
    for l in catalog.locales() {
        println!(
            "{:<6} {:<24} {:<20} {} {} {}",
            l.code,
            l.name,
            l.native_name,
            l.direction.as_html(),
            l.script,
            l.review.code()
        );
    }
    for p in catalog.problems() {
        eprintln!(
            "warning: {}:{}:{}: {}",
            p.source_name, p.line, p.column, p.message
        );
    }
    Ok(())
}

fn stamp(args: StampArgs) -> Result<(), CliError> {
    if !args.root.is_dir() {
        return Err(CliError::User(format!(
            "{} is not a directory",
            args.root.display()
        )));
    }
    let written = stamp_tree(&args.root, &args.locales, args.scope.as_deref())
        .map_err(|e| CliError::User(e.to_string()))?;
    for path in &written {
        println!("stamped {}", path.display());
    }
    println!("{} stamp file(s) written", written.len());
    Ok(())
}
