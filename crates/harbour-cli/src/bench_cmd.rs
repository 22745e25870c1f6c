//! `harbour bench vault`: durable commit of one answer, SQLCipher against plain SQLite; the
//! cost of SQLCipher's memory security; unlock with 1 and with 10 staff members.
//! `harbour bench case-list`: the case list's first page at 1,000 cases against 100,000.
//! `harbour bench export`: encrypted export and verified import against plain baselines.
//! `harbour bench hq --db SERVER`: headquarters on PostgreSQL (`harbour_hq::bench`).

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
    /// Unlocks per vault for the staff-count comparison of `bench vault` (0 skips it).
    #[arg(long, default_value_t = 7)]
    unlocks: usize,
    /// Runs per query and vault for `bench case-list`.
    #[arg(long, default_value_t = 200)]
    queries: usize,
    /// Folder for the benchmark databases (default: a new temporary folder).
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// For `bench hq`: a PostgreSQL connection string of a role that may create databases
    /// (the benchmark creates two of its own and drops them).
    #[arg(long)]
    db: Option<String>,
    /// For `bench hq`: cases in the small database the large one is compared with.
    #[arg(long, default_value_t = 1_000)]
    small: usize,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum What {
    /// One durable answer commit, encrypted vs plain.
    Vault,
    /// Encrypted export and verified import of many cases, vs plain baselines.
    Export,
    /// The case list's first page with 100,000 cases against 1,000.
    CaseList,
    /// Headquarters on PostgreSQL: import vs COPY; first page and statistics, large vs small.
    Hq,
}

/// Run the benchmark and print the numbers and the ratio.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.what {
        What::Export => crate::export_cmd::bench(args.cases, args.dir.as_deref())?,
        What::CaseList => case_list(&args)?,
        What::Hq => hq(&args)?,
        What::Vault => {
            let dir = match &args.dir {
                Some(d) => d.clone(),
                None => std::env::temp_dir().join(format!("harbour-bench-{}", std::process::id())),
            };
            std::fs::create_dir_all(&dir)
                .map_err(|e| CliError::Internal(format!("creating {}: {e}", dir.display())))?;
            let failed = |e: &dyn std::fmt::Display| {
                CliError::Internal(format!("benchmark failed in {}: {e}", dir.display()))
            };
            // Memory security is process-wide and cannot be turned off again: the plain
            // commit comparison runs first, then the on/off measurement, then the unlocks
            // (which turn it on, as the app does).
            let r =
                harbour_vault::bench::commit_answer(&dir, args.commits).map_err(|e| failed(&e))?;
            let m = harbour_vault::bench::memory_security(&dir, args.commits)
                .map_err(|e| failed(&e))?;
            let u = if args.unlocks > 0 {
                Some(
                    harbour_vault::bench::unlock(
                        &dir,
                        args.unlocks,
                        harbour_vault::KdfParams::default(),
                    )
                    .map_err(|e| failed(&e))?,
                )
            } else {
                None
            };
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
            println!(
                "SQLCipher memory security (cipher_memory_security), same commit, {} each:",
                m.commits
            );
            println!(
                "  off:                     {:>9.1} µs",
                m.off_median.as_secs_f64() * 1e6
            );
            println!(
                "  on (Harbour):            {:>9.1} µs",
                m.on_median.as_secs_f64() * 1e6
            );
            println!("  ratio on/off:            {:>9.2}", m.ratio());
            if let Some(u) = u {
                println!(
                    "unlock (Argon2id {} MiB, {} passes), median of {} each:",
                    u.kdf.memory_kib / 1024,
                    u.kdf.iterations,
                    u.runs
                );
                println!(
                    "  1 staff member:          {:>9.1} ms",
                    u.one_staff.as_secs_f64() * 1e3
                );
                println!(
                    "  10 staff members (last): {:>9.1} ms",
                    u.ten_staff.as_secs_f64() * 1e3
                );
                println!(
                    "  ratio 10/1:              {:>9.2} (goal: at most 1.5)",
                    u.ratio()
                );
            }
        }
    }
    Ok(())
}

/// `harbour bench case-list`.
fn case_list(args: &Args) -> Result<(), CliError> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("harbour-bench-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| CliError::Internal(format!("creating {}: {e}", dir.display())))?;
    let r = harbour_vault::bench::case_list(&dir, 1_000, 100_000, args.queries.max(1))
        .map_err(|e| CliError::Internal(format!("benchmark failed in {}: {e}", dir.display())))?;
    if args.dir.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let total = |t: harbour_vault::CaseTotal| match t {
        harbour_vault::CaseTotal::Exact(n) => n.to_string(),
        harbour_vault::CaseTotal::AtLeast(n) => format!("{n}+"),
    };
    println!(
        "case list, first page of 50 with its total, median of {} runs each (bulk fill of {} cases: {:.1} s; files {:.1} MB and {:.1} MB):",
        r.runs,
        r.sizes.1,
        r.fill_large.as_secs_f64(),
        r.file_bytes.0 as f64 / 1e6,
        r.file_bytes.1 as f64 / 1e6
    );
    println!(
        "  {:<42} {:>12} {:>12} {:>7}   rows/total at {} | {}",
        "query", r.sizes.0, r.sizes.1, "ratio", r.sizes.0, r.sizes.1
    );
    for t in &r.timings {
        println!(
            "  {:<42} {:>9.1} µs {:>9.1} µs {:>7.2}   {}/{} | {}/{}",
            t.query,
            t.small.as_secs_f64() * 1e6,
            t.large.as_secs_f64() * 1e6,
            t.ratio(),
            t.small_rows.0,
            total(t.small_rows.1),
            t.large_rows.0,
            total(t.large_rows.1)
        );
    }
    println!("  (goal: every ratio at most 1.5)");
    Ok(())
}

/// `harbour bench hq`.
fn hq(args: &Args) -> Result<(), CliError> {
    let db = args.db.as_deref().ok_or_else(|| {
        CliError::User("bench hq needs --db (a server where it may create two databases)".into())
    })?;
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("harbour-bench-hq-{}", std::process::id())),
    };
    let r = harbour_hq::bench::run(db, &dir, args.cases, args.small);
    if args.dir.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let r = r.map_err(|e| CliError::Internal(format!("benchmark failed: {e}")))?;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let ratio = harbour_hq::bench::time_ratio;
    println!(
        "hq import of {} cases in {} bundle(s), one run (decrypt, verify, register checks, seal, COPY):",
        r.cases, r.bundles
    );
    println!(
        "  PostgreSQL COPY of the same rows (baseline): {:>10.0} cases/s ({:.1} s)",
        r.copy_rate(),
        r.copy.as_secs_f64()
    );
    println!(
        "  hq import:                                   {:>10.0} cases/s ({:.1} s)",
        r.import_rate(),
        r.import.as_secs_f64()
    );
    println!(
        "  ratio import/COPY (time):                    {:>10.2}",
        ratio(r.import, r.copy)
    );
    println!("hq cases, first page of 50 (median of 15):");
    println!(
        "  {:>7} cases: {:>8.2} ms   {:>7} cases: {:>8.2} ms   ratio {:.2}",
        r.small,
        ms(r.page_small),
        r.cases,
        ms(r.page_large),
        ratio(r.page_large, r.page_small)
    );
    println!("hq cases --flag urgent_safety, first page (median of 15):");
    println!(
        "  {:>7} cases: {:>8.2} ms   {:>7} cases: {:>8.2} ms   ratio {:.2}",
        r.small,
        ms(r.flag_page_small),
        r.cases,
        ms(r.flag_page_large),
        ratio(r.flag_page_large, r.flag_page_small)
    );
    println!("hq stats (rows read and CSV made; median of 3):");
    println!(
        "  {:>7} cases: {:>8.1} ms   {:>7} cases: {:>8.1} ms   ratio {:.2}",
        r.small,
        ms(r.stats_small),
        r.cases,
        ms(r.stats_large),
        ratio(r.stats_large, r.stats_small)
    );
    Ok(())
}
