//! Reading passphrases: from an environment variable (scripts, tests) or a no-echo prompt.

use crate::error::CliError;
use harbour_vault::{check_policy, Passphrase};
use std::io::IsTerminal;

/// The passphrase from `var`, or asked for without echo.
pub fn read_passphrase(var: &str, prompt: &str) -> Result<Passphrase, CliError> {
    if let Ok(p) = std::env::var(var) {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::User(format!(
            "no passphrase: set {var} or run in a terminal to be asked"
        )));
    }
    rpassword::prompt_password(format!("{prompt}: "))
        .map(Passphrase::new)
        .map_err(|e| CliError::Internal(format!("reading the passphrase: {e}")))
}

/// A new passphrase from `var`, or asked for twice without echo; checked against the policy.
pub fn read_new_passphrase(var: &str, prompt: &str) -> Result<Passphrase, CliError> {
    let first = read_passphrase(var, prompt)?;
    if std::env::var(var).is_err() {
        let again = read_passphrase(var, "Repeat it")?;
        if again.expose() != first.expose() {
            return Err(CliError::User(
                "the two passphrases differ; nothing was changed".into(),
            ));
        }
    }
    check_policy(first.expose())
        .map_err(|e| CliError::User(format!("passphrase too weak: {e}")))?;
    Ok(first)
}
