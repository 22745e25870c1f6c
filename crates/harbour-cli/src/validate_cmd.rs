//! `harbour validate PATH...`: checks questionnaire packs and prints every problem like a
//! compiler. Exit 1 when any error is found, 0 otherwise (warnings alone pass).

use crate::error::CliError;
use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use harbour_questionnaire::{loader, validate, Diagnostic, Severity};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Validate questionnaire packs.
#[derive(clap::Args)]
pub struct Args {
    /// Pack directories (holding questionnaire.toml), or directories of packs.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut packs = Vec::new();
    for path in &args.paths {
        if path.join("questionnaire.toml").is_file() {
            packs.push(path.clone());
        } else if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| CliError::User(format!("cannot read {}: {e}", path.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("questionnaire.toml").is_file())
                .collect();
            found.sort();
            if found.is_empty() {
                // Let the validator say what is missing.
                packs.push(path.clone());
            }
            packs.extend(found);
        } else {
            return Err(CliError::User(format!(
                "{} is not a questionnaire pack directory",
                path.display()
            )));
        }
    }
    let (mut errors, mut warnings) = (0usize, 0usize);
    for pack in &packs {
        let (_, diags) = validate(pack);
        for d in &diags {
            match d.severity() {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
        print_report(&diags);
        let verdict = if diags.iter().any(Diagnostic::is_error) {
            "invalid"
        } else {
            "ok"
        };
        eprintln!("{}: {verdict}", pack.display());
    }
    eprintln!(
        "checked {} pack(s): {errors} error(s), {warnings} warning(s)",
        packs.len()
    );
    if errors > 0 {
        Err(CliError::User(format!("{errors} error(s) found")))
    } else {
        Ok(())
    }
}

/// Prints diagnostics with source snippets (plain text, so it reads the same in logs and CI).
fn print_report(diags: &[Diagnostic]) {
    let mut files = SimpleFiles::new();
    let mut ids: HashMap<PathBuf, usize> = HashMap::new();
    let config = term::Config::default();
    let mut stderr = std::io::stderr().lock();
    for d in diags {
        let severity = match d.severity() {
            Severity::Error => ReportSeverity::Error,
            Severity::Warning => ReportSeverity::Warning,
        };
        let mut report = Report::new(severity)
            .with_code(d.code.to_string())
            .with_message(&d.message);
        if let Some(help) = &d.help {
            report = report.with_notes(vec![format!("help: {help}")]);
        }
        if let Some(loc) = &d.location {
            let id = *ids
                .entry(loc.file.clone())
                .or_insert_with(|| files.add(display(&loc.file), read(&loc.file)));
            report = report.with_labels(vec![Label::primary(id, loc.span.clone())]);
        }
        if term::emit_to_io_write(&mut stderr, &config, &files, &report).is_err() {
            // A span outside the file (it changed under us): fall back to the plain form.
            eprintln!("{d}");
        }
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// The file's text for the snippets; never more than a pack file may hold.
fn read(path: &Path) -> String {
    loader::read_capped(path, loader::MAX_QUESTIONNAIRE_BYTES, "pack files").unwrap_or_default()
}
