//! `harbour record --vault V --questionnaire Q --answers A.toml`: stores a complete interview
//! from an answers file, running the same validation and engine as the app, step by step.

use crate::error::CliError;
use crate::inputs::{load_questionnaire, read_answers};
use crate::unlock::{unlock, vault_error};
use chrono::{DateTime, Utc};
use harbour_core::{InterviewSession, SessionError};
use harbour_questionnaire::{script, Status};
use harbour_vault::Vault;
use std::path::PathBuf;

/// Record an interview from an answers file (see docs/answers-format.md).
#[derive(clap::Args)]
pub struct Args {
    /// The vault file (passphrase from HARBOUR_PASSPHRASE or a prompt).
    #[arg(long)]
    pub vault: PathBuf,
    /// The questionnaire pack directory.
    #[arg(long)]
    pub questionnaire: PathBuf,
    /// The answers file (TOML).
    #[arg(long)]
    pub answers: PathBuf,
    /// Interview language (default: the file's `[interview] language`, else the
    /// questionnaire's first language).
    #[arg(long)]
    pub language: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<(), CliError> {
    let q = load_questionnaire(&args.questionnaire)?;
    let file = read_answers(&args.answers, &q)?;
    let language = args
        .language
        .or(file.language.clone())
        .or_else(|| q.languages().first().cloned())
        .unwrap_or_default();
    let now = Utc::now();
    // The interview date decides ages: the file may fix it (re-entering a paper interview).
    let started: DateTime<Utc> = file
        .date
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .map_or(now, |dt| dt.and_utc());
    // Checked before the passphrase is asked: a file that is not a valid interview writes
    // nothing.
    let (_, steps) = script::run(&q, &file.answers, &language, started)
        .map_err(|e| CliError::User(format!("{}: {e}", args.answers.display())))?;

    let mut vault: Vault = unlock(&args.vault, "Passphrase", now)?;
    // The same session protocol as the app: each step saved, audited and settled in turn.
    let session = InterviewSession::replay_script(&mut vault, &q, &steps, &language, started, now)
        .map_err(session_error)?;
    let status = session.interview().status(&q);
    let case = session.case().clone();
    vault.lock(Utc::now()).map_err(vault_error)?;
    let what = match status {
        Status::ConsentRefused => "consent refused",
        Status::Finished => "complete",
        _ => "incomplete",
    };
    // Only the case reference and counts: never an answer.
    println!(
        "recorded case {} ({what}, {} steps) with {}@{}",
        case.reference,
        steps.len(),
        q.id(),
        q.version()
    );
    Ok(())
}

fn session_error(e: SessionError) -> CliError {
    match e {
        SessionError::Vault(e) => vault_error(e),
        e @ (SessionError::Engine(_) | SessionError::Script(_)) => CliError::User(e.to_string()),
        other => CliError::Internal(other.to_string()),
    }
}
