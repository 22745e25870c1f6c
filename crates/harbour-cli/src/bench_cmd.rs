//! `harbour bench vault`: durable commit of one answer, SQLCipher against plain SQLite.

use crate::error::CliError;

/// Arguments of `harbour bench`.
#[derive(clap::Args)]
pub struct Args {
    /// What to measure.
    #[arg(value_enum, default_value = "vault")]
    what: What,
    /// Commits per variant.
    #[arg(long, default_value_t = 300)]
    commits: usize,
    /// Cases for `bench export` (export and import).
    #[arg(long, default_value_t = 10_000)]
    cases: usize,
    /// Folder for the benchmark databases (default: a new temporary folder).
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum What {
    /// One durable answer commit, encrypted vs plain.
    Vault,
    /// Encrypted export and verified import of many cases, vs plain baselines.
    Export,
}

/// Run the benchmark and print the numbers and the ratio.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.what {
        What::Export => crate::export_cmd::bench(args.cases, args.dir.as_deref())?,
        What::Vault => {
            let dir = match &args.dir {
                Some(d) => d.clone(),
                None => std::env::temp_dir().join(format!("harbour-bench-{}", std::process::id())),
            };
            std::fs::create_dir_all(&dir)
                .map_err(|e| CliError::Internal(format!("creating {}: {e}", dir.display())))?;
            let r = harbour_vault::bench::commit_answer(&dir, args.commits).map_err(|e| {
                CliError::Internal(format!("benchmark failed in {}: {e}", dir.display()))
            })?;
            if args.dir.is_none() {
                let _ = std::fs::remove_dir_all(&dir);
            }
            println!(
                "durable commit of one answer, median of {} commits each (WAL, synchronous=FULL):",
                r.commits
            );
            println!(
                "  plain SQLite (baseline): {:>9.1} µs",
                r.plain_median.as_secs_f64() * 1e6
            );
            println!(
                "  SQLCipher (Harbour):     {:>9.1} µs",
                r.encrypted_median.as_secs_f64() * 1e6
            );
            println!(
                "  ratio encrypted/plain:   {:>9.2} (goal: at most 1.5)",
                r.ratio()
            );
        }
    }
    Ok(())
}
