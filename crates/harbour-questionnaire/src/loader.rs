//! The only module that touches the file system: reads a pack's files and hands them to the
//! (pure) validator.

use crate::diagnostic::{Code, Diagnostic};
use crate::error::PackError;
use crate::model::Questionnaire;
use crate::validate::{
    validate_sources, IndicatorCatalogue, LocaleSource, PackSources, RulesCatalogue,
};
use std::path::{Path, PathBuf};

/// Validates the pack in `pack_dir` (`questionnaire.toml` + `locales/*.ftl`) against the
/// rules' indicator catalogue. The questionnaire is `Some` only when there are no errors.
pub fn validate(pack_dir: &Path) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    validate_with(pack_dir, &RulesCatalogue)
}

/// [`validate`] with another indicator catalogue (tests, or a future rule-set).
pub fn validate_with(
    pack_dir: &Path,
    catalogue: &dyn IndicatorCatalogue,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    match read_pack(pack_dir) {
        Ok(sources) => validate_sources(&sources, catalogue),
        Err(d) => (None, vec![d]),
    }
}

/// Reads a pack's files. Fails only when `questionnaire.toml` cannot be read.
pub fn read_pack(pack_dir: &Path) -> Result<PackSources, Diagnostic> {
    let toml_path = pack_dir.join("questionnaire.toml");
    let toml = std::fs::read_to_string(&toml_path).map_err(|e| Diagnostic {
        code: Code::Unreadable,
        location: None,
        message: format!("cannot read {}: {e}", toml_path.display()),
        help: Some(
            "a pack is a directory holding questionnaire.toml and locales/<lang>.ftl".into(),
        ),
    })?;
    let mut locales = Vec::new();
    let locale_dir = pack_dir.join("locales");
    if let Ok(entries) = std::fs::read_dir(&locale_dir) {
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        for path in paths {
            let lang = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string());
            locales.push(LocaleSource { lang, path, text });
        }
    }
    Ok(PackSources {
        toml_path,
        toml,
        locales,
    })
}

/// Loads every pack under `questionnaires_dir` (each sub-directory holding a
/// `questionnaire.toml`), in directory-name order. A broken pack does not stop the others:
/// it comes back as an error with its diagnostics.
pub fn load_all(questionnaires_dir: &Path) -> Vec<Result<Questionnaire, PackError>> {
    let mut dirs: Vec<PathBuf> = match std::fs::read_dir(questionnaires_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("questionnaire.toml").is_file())
            .collect(),
        Err(e) => {
            return vec![Err(PackError {
                path: questionnaires_dir.to_path_buf(),
                diagnostics: vec![Diagnostic {
                    code: Code::Unreadable,
                    location: None,
                    message: format!("cannot read {}: {e}", questionnaires_dir.display()),
                    help: None,
                }],
            })]
        }
    };
    dirs.sort();
    dirs.into_iter()
        .map(|dir| match validate(&dir) {
            (Some(q), _) => Ok(q),
            (None, diagnostics) => Err(PackError {
                path: dir,
                diagnostics,
            }),
        })
        .collect()
}
