//! Reading the inputs that several subcommands share: a questionnaire pack (validated) and
//! an answers file (parsed against it), with errors that say which file and where.

use crate::error::CliError;
use harbour_questionnaire::answers_file::{self, AnswersFile};
use harbour_questionnaire::{loader, validate, Diagnostic, Questionnaire, ReadError};
use std::path::Path;

/// Load and validate the pack at `dir`; an invalid pack is a user error listing its errors.
pub fn load_questionnaire(dir: &Path) -> Result<Questionnaire, CliError> {
    let (q, diags) = validate(dir);
    q.ok_or_else(|| {
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(Diagnostic::to_string)
            .collect();
        CliError::User(format!(
            "questionnaire {} is invalid (run `harbour validate` for details):\n{}",
            dir.display(),
            errors.join("\n")
        ))
    })
}

/// Read and parse the answers file at `path` for `q`; every problem is reported with
/// `file:line:column` (never quoting the answers themselves).
pub fn read_answers(path: &Path, q: &Questionnaire) -> Result<AnswersFile, CliError> {
    let text = loader::read_answers_text(path).map_err(|e| match e {
        ReadError::Unreadable { message, .. } => CliError::User(format!(
            "cannot read answers file {}: {message}",
            path.display()
        )),
        too_large @ ReadError::TooLarge { .. } => CliError::User(too_large.to_string()),
    })?;
    answers_file::parse_file(&text, q).map_err(|e| {
        let lines: Vec<String> = e
            .problems
            .iter()
            .map(|p| format!("{}:{}:{}: {}", path.display(), p.line, p.column, p.message))
            .collect();
        CliError::User(format!("invalid answers file:\n{}", lines.join("\n")))
    })
}
