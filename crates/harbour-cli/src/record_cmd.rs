//! `harbour record --vault V --questionnaire Q --answers A.toml`: stores a complete interview
//! from an answers file, running the same validation and engine as the app, step by step.

use crate::error::CliError;
use crate::inputs::{load_questionnaire, read_answers};
use crate::unlock::{unlock, vault_error};
use chrono::{DateTime, Utc};
use harbour_questionnaire::{script, Status};
use harbour_vault::{CaseStatus, NewStep};
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
    let (iv, steps) = script::run(&q, &file.answers, &language, started)
        .map_err(|e| CliError::User(format!("{}: {e}", args.answers.display())))?;

    let mut vault = unlock(&args.vault, "Passphrase", now)?;
    let case = vault.create_case(now).map_err(vault_error)?;
    let session = vault
        .start_session(&case.id, q.id(), q.version(), now)
        .map_err(vault_error)?;
    for step in &steps {
        let payload = serde_json::to_string(step)
            .map_err(|e| CliError::Internal(format!("serialising a step: {e}")))?;
        vault
            .append_step(
                &session.id,
                NewStep {
                    kind: step.kind(),
                    question_id: step.question_id(),
                    language: step.language(),
                    payload: &payload,
                },
                Utc::now(),
            )
            .map_err(vault_error)?;
    }
    let status = iv.status(&q);
    if status == Status::Finished {
        // As the app does when an interview ends: the outcome with its inputs, so the case
        // opens on its outcome screen and can be exported and re-run later.
        let t = Utc::now();
        let stored = harbour_core::assess_interview(&q, &iv)
            .to_stored(t)
            .map_err(|e| CliError::Internal(format!("encoding the outcome: {e}")))?;
        vault
            .finish_case(&case.id, &stored, t)
            .map_err(vault_error)?;
    }
    if status == Status::ConsentRefused {
        vault
            .set_case_status(&case.id, CaseStatus::ConsentRefused, Utc::now())
            .map_err(vault_error)?;
    }
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
