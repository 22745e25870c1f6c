//! The validator: from a pack's sources to a checked [`Questionnaire`] and every problem found.
//!
//! One module per rule family: `structure` (TOML shape, ids, kinds, evidence, conditions) and
//! `messages` (locale files). The functions here are pure; [`crate::loader`] reads the files.

mod messages;
pub(crate) mod reader;
mod structure;

pub use structure::SUPPORTED_RULES;

use crate::diagnostic::Diagnostic;
use crate::model::Questionnaire;
use reader::Sink;
use std::path::PathBuf;

/// The indicator codes a questionnaire may evidence. Production uses the rules crate
/// ([`RulesCatalogue`]); tests and benchmarks can use a [`FixedCatalogue`].
pub trait IndicatorCatalogue {
    /// True when `code` is a known indicator.
    fn knows(&self, code: &str) -> bool;
    /// Every known code (used to suggest a fix for a typo).
    fn codes(&self) -> Vec<&str> {
        Vec::new()
    }
}

/// A fixed list of indicator codes.
#[derive(Debug, Clone, Default)]
pub struct FixedCatalogue(pub Vec<String>);

impl IndicatorCatalogue for FixedCatalogue {
    fn knows(&self, code: &str) -> bool {
        self.0.iter().any(|c| c == code)
    }
    fn codes(&self) -> Vec<&str> {
        self.0.iter().map(String::as_str).collect()
    }
}

/// The indicator catalogue of `harbour-rules` (the one the app evaluates).
#[derive(Debug, Clone, Copy, Default)]
pub struct RulesCatalogue;

/// One locale file of a pack.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    /// The language, from the file name (`ar` for `locales/ar.ftl`).
    pub lang: String,
    /// The file path, for diagnostics.
    pub path: PathBuf,
    /// The text, or why it was not read.
    pub text: Result<String, crate::error::ReadError>,
}

/// The files of a pack, already read.
#[derive(Debug, Clone)]
pub struct PackSources {
    /// Path of `questionnaire.toml`, for diagnostics.
    pub toml_path: PathBuf,
    /// Its text.
    pub toml: String,
    /// Every `locales/*.ftl` file.
    pub locales: Vec<LocaleSource>,
}

/// Validates a pack from its sources. A questionnaire is returned only when there are no
/// errors; the diagnostics (errors and warnings) are sorted by file and position.
pub fn validate_sources(
    pack: &PackSources,
    catalogue: &dyn IndicatorCatalogue,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    let mut sink = Sink::new(&pack.toml_path, &pack.toml);
    let draft = structure::read(&mut sink, catalogue);
    let mut other = Vec::new();
    let locales = match &draft {
        Some(d) => messages::check(
            &mut sink,
            &d.languages,
            &d.messages,
            &pack.locales,
            &mut other,
        ),
        None => Default::default(),
    };
    let mut diags = sink.diags;
    diags.append(&mut other);
    diags.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column))
        };
        key(a).cmp(&key(b))
    });
    let q = match draft {
        Some(d) if !diags.iter().any(Diagnostic::is_error) => Some(Questionnaire {
            id: d.id,
            version: d.version,
            title: d.title,
            languages: d.languages.into_iter().map(|l| l.v).collect(),
            rules: d.rules,
            sections: d.sections,
            questions: d.questions,
            index: d.index,
            locales,
            migrations: d.migrations,
        }),
        _ => None,
    };
    (q, diags)
}

impl IndicatorCatalogue for RulesCatalogue {
    fn knows(&self, code: &str) -> bool {
        harbour_rules::indicator(code).is_some()
    }
    fn codes(&self) -> Vec<&str> {
        harbour_rules::catalogue().iter().map(|i| i.code).collect()
    }
}
