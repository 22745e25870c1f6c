//! The set of loaded locales: parsed Fluent resources plus metadata, from a directory at
//! run time or from strings embedded in the binary. A [`Localizer`] is cut from it per
//! requested language.
//!
//! Loading never stops at a broken file: a resource with a syntax error still contributes
//! every message that parsed, and the fault is kept in [`Catalog::problems`] (and logged),
//! because a half-translated screen is better than no screen in the middle of an interview.

use crate::error::I18nError;
use crate::locale::{parse_langid, LocaleInfo};
use crate::localizer::Localizer;
use crate::syntax::{check_nesting, LineIndex};
use fluent_bundle::FluentResource;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A fault found while loading, that did not stop loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    /// The locale the resource belongs to.
    pub locale: String,
    /// Where the text came from (a path, or a name given for embedded text).
    pub source_name: String,
    /// 1-based line (0 when not tied to a line).
    pub line: usize,
    /// 1-based column (0 when not tied to a line).
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

#[derive(Debug, Clone)]
pub(crate) struct CatalogLocale {
    pub(crate) info: LocaleInfo,
    pub(crate) resources: Vec<Arc<FluentResource>>,
}

/// Every loaded locale with its resources and metadata.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    locales: BTreeMap<String, CatalogLocale>,
    problems: Vec<LoadProblem>,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Catalog::default()
    }

    /// A catalog from `(lang, ftl_text)` pairs, e.g. texts embedded with `include_str!`.
    /// A language may appear more than once (several files). Metadata comes from the
    /// built-in table until [`Catalog::set_meta_toml`] is called.
    pub fn from_sources(sources: &[(&str, &str)]) -> Catalog {
        let mut catalog = Catalog::new();
        for (lang, text) in sources {
            catalog.add_ftl(lang, &format!("{lang}.ftl"), text);
        }
        catalog
    }

    /// Load the app layout: `<dir>/<lang>/*.ftl` and `<dir>/<lang>/meta.toml`.
    /// Files are read in name order so the result does not depend on the filesystem.
    pub fn from_app_dir(dir: &Path) -> Result<Catalog, I18nError> {
        let mut catalog = Catalog::new();
        for lang_dir in sorted_entries(dir)? {
            if !lang_dir.is_dir() {
                continue;
            }
            let Some(lang) = file_name(&lang_dir) else {
                continue;
            };
            let mut found = false;
            for file in sorted_entries(&lang_dir)? {
                if file.extension().is_some_and(|e| e == "ftl") {
                    let text = read(&file)?;
                    catalog.add_ftl(&lang, &file.display().to_string(), &text);
                    found = true;
                }
            }
            let meta = lang_dir.join("meta.toml");
            if meta.is_file() {
                catalog.set_meta_toml(&lang, &read(&meta)?)?;
            } else if found {
                catalog.ensure_locale(&lang);
            }
        }
        Ok(catalog)
    }

    /// Load a questionnaire pack's layout: `<dir>/<lang>.ftl`, one file per language.
    pub fn from_pack_dir(dir: &Path) -> Result<Catalog, I18nError> {
        let mut catalog = Catalog::new();
        for (lang, file) in pack_ftl_files(dir)? {
            let text = read(&file)?;
            catalog.add_ftl(&lang, &file.display().to_string(), &text);
        }
        Ok(catalog)
    }

    /// Add one Fluent text to `lang`. Syntax errors are recorded, not returned: the
    /// messages that parsed are kept. A text nested too deeply to parse safely (see [`crate::syntax::check_nesting`]) adds
    /// nothing and is recorded as a problem.
    pub fn add_ftl(&mut self, lang: &str, source_name: &str, text: &str) {
        if let Err(p) = check_nesting(text) {
            self.problem(lang, source_name, p.line, p.column, p.message);
            return;
        }
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                let lines = LineIndex::new(text);
                for e in errors {
                    let (line, column) = lines.line_col(e.pos.start);
                    self.problem(lang, source_name, line, column, e.kind.to_string());
                }
                r
            }
        };
        if parse_langid(lang).is_err() {
            self.problem(
                lang,
                source_name,
                0,
                0,
                format!("'{lang}' is not a valid locale code"),
            );
            return;
        }
        self.ensure_locale(lang).resources.push(Arc::new(resource));
    }

    /// Set `lang`'s metadata from the text of a `meta.toml` (fields override the built-ins).
    pub fn set_meta_toml(&mut self, lang: &str, text: &str) -> Result<(), I18nError> {
        let info = LocaleInfo::from_meta_toml(lang, text)?;
        self.ensure_locale(lang).info = info;
        Ok(())
    }

    /// Metadata of every loaded locale, in code order, for the language picker.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.locales.values().map(|l| l.info.clone()).collect()
    }

    /// Metadata of one locale, if loaded.
    pub fn locale(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.get(code).map(|l| &l.info)
    }

    /// Faults found while loading (syntax errors, bad locale codes).
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// A localizer for `requested`, falling back to its base language and then English.
    pub fn localizer(&self, requested: &str) -> Localizer {
        Localizer::new(self, requested)
    }

    pub(crate) fn get(&self, code: &str) -> Option<&CatalogLocale> {
        self.locales.get(code)
    }

    fn ensure_locale(&mut self, lang: &str) -> &mut CatalogLocale {
        self.locales
            .entry(lang.to_string())
            .or_insert_with(|| CatalogLocale {
                info: LocaleInfo::builtin(lang),
                resources: Vec::new(),
            })
    }

    fn problem(
        &mut self,
        lang: &str,
        source_name: &str,
        line: usize,
        column: usize,
        message: String,
    ) {
        log::warn!("i18n: {source_name}:{line}:{column}: {message}");
        self.problems.push(LoadProblem {
            locale: lang.to_string(),
            source_name: source_name.to_string(),
            line,
            column,
            message,
        });
    }
}

/// The `<dir>/<lang>.ftl` files of a questionnaire pack, sorted, with their language.
pub fn pack_ftl_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, I18nError> {
    Ok(sorted_entries(dir)?
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| {
            let lang = f.file_stem()?.to_str()?.to_string();
            Some((lang, f))
        })
        .collect())
}

/// Read a whole text file, naming it in the error.
fn read(path: &Path) -> Result<String, I18nError> {
    std::fs::read_to_string(path).map_err(|source| I18nError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let io = |source| I18nError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        out.push(entry.map_err(io)?.path());
    }
    out.sort();
    Ok(out)
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_string)
}
