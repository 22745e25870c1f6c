//! `harbour assess --questionnaire Q --answers A.toml [--format json|text] [--lang L] [--verbose]`:
//! screens one set of answers and prints the outcome, as JSON for integrations (the published
//! `harbour_rules::Outcome` format) or as a translated report for a caseworker: a summary
//! first, then the details, in words; `--verbose` adds the indicator codes and the answers by
//! question id behind every reason.
//! Exit 1 when the pack or the answers are invalid.

use crate::error::CliError;
use crate::inputs::{load_questionnaire, read_answers};
use harbour_core::screening::assess_answers;
use harbour_core::screening_text::{report_text, rules_catalog, PackWords, ReportOptions};
use harbour_core::OutcomeView;
use std::path::PathBuf;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The outcome as JSON (stable for integrations).
    Json,
    /// A report a caseworker can read, in `--lang`.
    Text,
}

/// Screen a set of answers against the rules.
#[derive(clap::Args)]
pub struct Args {
    /// The questionnaire pack directory (holding questionnaire.toml).
    #[arg(long, value_name = "Q")]
    pub questionnaire: PathBuf,
    /// The answers file (TOML, see docs/answers-format.md).
    #[arg(long, value_name = "A.toml")]
    pub answers: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Language of the text report (default: English). Falls back to English for texts not
    /// yet translated.
    #[arg(long, value_name = "L", default_value = "en")]
    pub lang: String,
    /// Show the indicator codes and the answers (by question id and option id) behind every
    /// reason of the text report.
    #[arg(long)]
    pub verbose: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<(), CliError> {
    let q = load_questionnaire(&args.questionnaire)?;
    let file = read_answers(&args.answers, &q)?;
    // The interview language: the file's, else the questionnaire's first.
    let lang = match file
        .language
        .clone()
        .or_else(|| q.languages().first().cloned())
    {
        Some(l) => l,
        None => {
            return Err(CliError::User(
                "the questionnaire declares no language".into(),
            ))
        }
    };
    // The interview date: the file's, else today (the clock is read here, at the edge).
    let today = file.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let outcome = assess_answers(&q, &file.answers, &lang, today)
        .map_err(|e| CliError::User(e.to_string()))?;

    match args.format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&outcome)
                .map_err(|e| CliError::Internal(format!("cannot serialise the outcome: {e}")))?;
            println!("{json}");
        }
        Format::Text => {
            let loc = rules_catalog().localizer(&args.lang);
            let opts = ReportOptions {
                verbose: args.verbose,
                pack: Some(PackWords::new(&q, &args.lang)),
            };
            let mut report = report_text(&OutcomeView::new(&outcome, &loc), &loc, &opts);
            // Fluent wraps arguments in Unicode isolates for mixed-direction text; a
            // left-to-right terminal shows them as stray marks, so drop them there.
            if loc.direction() == harbour_i18n::Direction::Ltr {
                report = report.replace(['\u{2068}', '\u{2069}'], "");
            }
            print!("{report}");
        }
    }
    Ok(())
}
