//! harbour-i18n-check: completeness and syntax checks for the app's locales, each
//! questionnaire pack's and the rules' outcome texts (`crates/harbour-rules/locales/`),
//! behind `harbour i18n check`. Every problem is collected; nothing stops at the first.
//!
//! Developer tooling, not part of the app: it knows the repository's layout (`locales/`,
//! `questionnaires/*/locales/`, where the code that refers to ids lives), which the runtime
//! crate `harbour-i18n` must not. It reads Fluent through `harbour_i18n::syntax`.
//!
//! Rules (English is the reference):
//! - a syntax error in any `.ftl` file: **error**, with line and column;
//! - a message, term or attribute English has and a shipped locale lacks: **error**;
//! - a translation using a variable English does not pass: **error** (it would print
//!   `{$name}` to the interviewee);
//! - an id defined twice in one locale: **error** (only the first is used);
//! - an invalid `meta.toml`: **error**; a non-English app locale without one: warning;
//! - a message a locale has and English lacks: warning ("unused");
//! - a plural selector without a variant for one of its language's forms: warning;
//! - a translation whose English changed after it was stamped: warning ("stale", see
//!   [`stamp`]);
//! - an English id no code refers to: warning ("unreferenced"). Ids built at run time
//!   count as referenced when the code holds their prefix (`"case-status-" + code`,
//!   `` `strength-${level}` ``) or they start with an allowed prefix (`error-<code>`:
//!   error codes come from Rust enums, not string literals).

#![deny(missing_docs)]

mod error;
mod plurals;
mod scan;
pub mod stamp;

pub use error::CheckError;

use error::{read, sorted_entries};
use harbour_i18n::syntax::{parse_ftl, EntryShape};
use harbour_i18n::{pack_ftl_files, LocaleInfo};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use plurals::{integer_categories, missing_variants};
pub use scan::{add_tokens, is_referenced, scan_dir};

/// A locale's entries by id, with the file each comes from.
type Entries = BTreeMap<String, (PathBuf, EntryShape)>;

/// Prefixes of app ids that code builds at run time, so a token scan cannot see them.
pub const DEFAULT_DYNAMIC_PREFIXES: &[&str] = &[
    "error-",
    "indicator-",
    "locale-",
    "language-",
    "country-",
    "review-",
    "pathway-",
    "referral-",
    "finding-",
    "pack-problem-",
];

/// Where the rules' outcome texts live under the repository root (`<lang>.ftl`, English
/// the reference), checked as the scope `rules`.
pub const RULES_LOCALES: &str = "crates/harbour-rules/locales";

/// What to check and how.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The repository root holding `locales/` and `questionnaires/`.
    pub root: PathBuf,
    /// Id prefixes exempt from the "unreferenced" warning.
    pub dynamic_prefixes: Vec<String>,
    /// Scan the code for references to English ids (warnings only).
    pub scan_references: bool,
}

impl CheckOptions {
    /// Defaults for `root`: default prefixes, reference scan on.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        CheckOptions {
            root: root.into(),
            dynamic_prefixes: DEFAULT_DYNAMIC_PREFIXES
                .iter()
                .map(|s| s.to_string())
                .collect(),
            scan_references: true,
        }
    }
}

/// How serious a finding is. Errors make `harbour i18n check` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed before shipping.
    Error,
    /// Worth a look; does not fail the check.
    Warning,
}

/// What kind of problem a finding is; stable for tests and tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    /// The file does not parse.
    Syntax,
    /// A locale lacks a message, term or attribute that English has.
    Missing,
    /// A locale has a message English lacks.
    Unused,
    /// An English message no code refers to.
    Unreferenced,
    /// A translation uses a variable English does not.
    UnknownVariable,
    /// An id is defined more than once in a locale.
    Duplicate,
    /// `meta.toml` is missing or invalid.
    Meta,
    /// The scope has no English at all, so nothing can be compared.
    NoEnglish,
    /// The English changed after the translation was stamped.
    Stale,
    /// A plural selector lacks a form the language has (Russian without `[few]`).
    PluralForms,
}

/// One problem, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem.
    pub kind: FindingKind,
    /// `app` or `questionnaire <id>`.
    pub scope: String,
    /// The locale concerned.
    pub locale: String,
    /// The file concerned (for a missing message: the translation's file or directory).
    pub file: PathBuf,
    /// 1-based line, 0 when the problem is an absence.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// The message id concerned, if any.
    pub id: Option<String>,
    /// Plain-English description.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": [{}] {}", self.locale, self.message)
    }
}

/// Per-locale counts for the summary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSummary {
    /// Locale code.
    pub locale: String,
    /// Entries (messages and terms) present.
    pub present: usize,
    /// Entries English has that this locale lacks (messages, terms, attributes).
    pub missing: usize,
}

/// The result of checking one scope (the app, or one pack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeReport {
    /// `app` or `questionnaire <id>`.
    pub scope: String,
    /// The locales directory checked.
    pub dir: PathBuf,
    /// English entry count.
    pub english_entries: usize,
    /// One line per locale, in code order.
    pub locales: Vec<LocaleSummary>,
}

/// Everything `harbour i18n check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Each scope checked.
    pub scopes: Vec<ScopeReport>,
    /// Every finding, errors first, then by file and line.
    pub findings: Vec<Finding>,
}

impl CheckReport {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
    /// True when the check should fail.
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }
}

/// One locale's text for [`check_scope`]: its code, and each file with its contents.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    /// Locale code.
    pub locale: String,
    /// The locale's directory or file, for findings about absences.
    pub location: PathBuf,
    /// `(path, text)` of each `.ftl` file.
    pub files: Vec<(PathBuf, String)>,
    /// The English hashes the translation was stamped with, if it has a stamp file.
    pub stamp: Option<stamp::Hashes>,
    /// Where the stamp file is, or would be written.
    pub stamp_path: PathBuf,
}

/// Check the app (`<root>/locales/`), every pack (`<root>/questionnaires/*/locales/`) and the
/// rules' outcome texts ([`RULES_LOCALES`]).
pub fn check_tree(opts: &CheckOptions) -> Result<CheckReport, CheckError> {
    let mut report = CheckReport::default();
    let app_dir = opts.root.join("locales");
    if app_dir.is_dir() {
        let locales = read_app_locales(&app_dir, &mut report.findings)?;
        let refs = if opts.scan_references {
            Some(app_references(&opts.root)?)
        } else {
            None
        };
        let refs = refs.filter(|(_, files)| *files > 0).map(|(t, _)| t);
        let prefixes: Vec<&str> = opts.dynamic_prefixes.iter().map(String::as_str).collect();
        let scope = check_scope(
            "app",
            &app_dir,
            &locales,
            refs.as_ref(),
            &prefixes,
            &mut report.findings,
        );
        report.scopes.push(scope);
    }
    let packs_dir = opts.root.join("questionnaires");
    if packs_dir.is_dir() {
        for pack in sorted_entries(&packs_dir)? {
            let dir = pack.join("locales");
            if !dir.is_dir() {
                continue;
            }
            let name = pack
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("?")
                .to_string();
            let locales = read_pack_locales(&dir)?;
            let refs = if opts.scan_references {
                Some(pack_references(&pack)?)
            } else {
                None
            };
            let refs = refs.filter(|(_, files)| *files > 0).map(|(t, _)| t);
            let label = format!("questionnaire {name}");
            let scope = check_scope(
                &label,
                &dir,
                &locales,
                refs.as_ref(),
                &[],
                &mut report.findings,
            );
            report.scopes.push(scope);
        }
    }
    // The rules' outcome texts have a pack's layout (`<lang>.ftl`). Their ids are built at
    // run time from outcome codes (`reason-…`, `level-…`), so no reference scan.
    let rules_dir = opts.root.join(RULES_LOCALES);
    if rules_dir.is_dir() {
        let locales = read_pack_locales(&rules_dir)?;
        let scope = check_scope(
            "rules",
            &rules_dir,
            &locales,
            None,
            &[],
            &mut report.findings,
        );
        report.scopes.push(scope);
    }
    report.findings.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column))
    });
    Ok(report)
}

/// Compare every locale of one scope with English. `references`: tokens found in code
/// (None: skip the unreferenced check); `prefixes`: ids exempt from it.
pub fn check_scope(
    scope: &str,
    dir: &Path,
    locales: &[LocaleFiles],
    references: Option<&HashSet<String>>,
    prefixes: &[&str],
    findings: &mut Vec<Finding>,
) -> ScopeReport {
    let finding = |severity,
                   kind,
                   locale: &str,
                   file: &Path,
                   line,
                   column,
                   id: Option<&str>,
                   message: String| Finding {
        severity,
        kind,
        scope: scope.to_string(),
        locale: locale.to_string(),
        file: file.to_path_buf(),
        line,
        column,
        id: id.map(str::to_string),
        message,
    };
    // Parse everything first: syntax errors and duplicates are per file.
    let mut merged: Vec<(&LocaleFiles, Entries)> = Vec::new();
    for loc in locales {
        let mut entries: Entries = BTreeMap::new();
        for (path, text) in &loc.files {
            let parsed = parse_ftl(text);
            for p in parsed.problems {
                findings.push(finding(
                    Severity::Error,
                    FindingKind::Syntax,
                    &loc.locale,
                    path,
                    p.line,
                    p.column,
                    None,
                    format!("syntax error: {}", p.message),
                ));
            }
            for (id, line) in parsed.duplicates {
                findings.push(finding(
                    Severity::Error,
                    FindingKind::Duplicate,
                    &loc.locale,
                    path,
                    line,
                    0,
                    Some(&id),
                    format!("'{id}' is defined twice; only the first definition is used"),
                ));
            }
            for (id, shape) in parsed.entries {
                if let Some((first, _)) = entries.get(&id) {
                    let msg = format!(
                        "'{id}' is already defined in {}; only the first definition is used",
                        first.display()
                    );
                    findings.push(finding(
                        Severity::Error,
                        FindingKind::Duplicate,
                        &loc.locale,
                        path,
                        shape.line,
                        0,
                        Some(&id),
                        msg,
                    ));
                } else {
                    entries.insert(id, (path.clone(), shape));
                }
            }
        }
        merged.push((loc, entries));
    }
    let english = merged
        .iter()
        .find(|(l, _)| l.locale == "en")
        .map(|(_, e)| e.clone());
    let mut summaries = Vec::new();
    if locales.is_empty() {
        // An empty locales folder (a pack being started) has nothing to compare yet.
        return ScopeReport {
            scope: scope.to_string(),
            dir: dir.to_path_buf(),
            english_entries: 0,
            locales: summaries,
        };
    }
    let Some(english) = english else {
        findings.push(finding(
            Severity::Error,
            FindingKind::NoEnglish,
            "en",
            dir,
            0,
            0,
            None,
            "no English (en) messages to compare the other locales with".to_string(),
        ));
        return ScopeReport {
            scope: scope.to_string(),
            dir: dir.to_path_buf(),
            english_entries: 0,
            locales: summaries,
        };
    };
    let en_hashes = english_hashes(locales);
    for (loc, entries) in &merged {
        for (id, (path, shape)) in entries {
            for keys in &shape.selects {
                let lacking = missing_variants(&loc.locale, keys);
                if !lacking.is_empty() {
                    let msg = format!(
                        "'{id}' has no plural variant for [{}]: those numbers get the default form",
                        lacking.join("], [")
                    );
                    findings.push(finding(
                        Severity::Warning,
                        FindingKind::PluralForms,
                        &loc.locale,
                        path,
                        shape.line,
                        0,
                        Some(id),
                        msg,
                    ));
                }
            }
        }
        let mut missing = 0;
        if loc.locale != "en" {
            for (id, (en_path, en)) in &english {
                let Some((path, tr)) = entries.get(id) else {
                    missing += 1;
                    let msg = format!(
                        "missing '{id}' (English: {}:{})",
                        en_path.display(),
                        en.line
                    );
                    findings.push(finding(
                        Severity::Error,
                        FindingKind::Missing,
                        &loc.locale,
                        &loc.location,
                        0,
                        0,
                        Some(id),
                        msg,
                    ));
                    continue;
                };
                if en.has_value && !tr.has_value {
                    missing += 1;
                    findings.push(finding(
                        Severity::Error,
                        FindingKind::Missing,
                        &loc.locale,
                        path,
                        tr.line,
                        0,
                        Some(id),
                        format!("'{id}' has no value; English has one"),
                    ));
                }
                for attr in en.attributes.difference(&tr.attributes) {
                    missing += 1;
                    findings.push(finding(
                        Severity::Error,
                        FindingKind::Missing,
                        &loc.locale,
                        path,
                        tr.line,
                        0,
                        Some(id),
                        format!("'{id}' lacks attribute .{attr}"),
                    ));
                }
                for attr in tr.attributes.difference(&en.attributes) {
                    findings.push(finding(
                        Severity::Warning,
                        FindingKind::Unused,
                        &loc.locale,
                        path,
                        tr.line,
                        0,
                        Some(id),
                        format!("'{id}.{attr}' is not in English (unused)"),
                    ));
                }
                let stamped = loc.stamp.as_ref().and_then(|st| st.get(id));
                if let (Some(stamped), Some(now)) = (stamped, en_hashes.get(id)) {
                    if stamped != now {
                        let msg = format!(
                            "'{id}' changed in English since it was translated: \
                             check it, then run `harbour i18n stamp`"
                        );
                        findings.push(finding(
                            Severity::Warning,
                            FindingKind::Stale,
                            &loc.locale,
                            path,
                            tr.line,
                            0,
                            Some(id),
                            msg,
                        ));
                    }
                }
                for var in tr.variables.difference(&en.variables) {
                    findings.push(finding(
                        Severity::Error,
                        FindingKind::UnknownVariable,
                        &loc.locale,
                        path,
                        tr.line,
                        0,
                        Some(id),
                        format!("'{id}' uses ${var}, which English does not pass"),
                    ));
                }
            }
            for (id, (path, tr)) in entries {
                if !english.contains_key(id) {
                    findings.push(finding(
                        Severity::Warning,
                        FindingKind::Unused,
                        &loc.locale,
                        path,
                        tr.line,
                        0,
                        Some(id),
                        format!("'{id}' is not in English (unused)"),
                    ));
                }
            }
        }
        summaries.push(LocaleSummary {
            locale: loc.locale.clone(),
            present: entries.len(),
            missing,
        });
    }
    if let Some(tokens) = references {
        for (id, (path, en)) in &english {
            // Terms are referenced from other messages, not from code.
            // `<help>-short` (a help's short lines) is used wherever its help is.
            let short_of_referenced = id
                .strip_suffix("-short")
                .is_some_and(|base| is_referenced(base, tokens));
            if id.starts_with('-')
                || is_referenced(id, tokens)
                || short_of_referenced
                || prefixes.iter().any(|p| id.starts_with(p))
            {
                continue;
            }
            findings.push(finding(
                Severity::Warning,
                FindingKind::Unreferenced,
                "en",
                path,
                en.line,
                0,
                Some(id),
                format!("'{id}' is not referenced by any code (unused?)"),
            ));
        }
    }
    ScopeReport {
        scope: scope.to_string(),
        dir: dir.to_path_buf(),
        english_entries: english.len(),
        locales: summaries,
    }
}

/// Read `<dir>/<lang>/*.ftl` and validate `<dir>/<lang>/meta.toml`.
fn read_app_locales(
    dir: &Path,
    findings: &mut Vec<Finding>,
) -> Result<Vec<LocaleFiles>, CheckError> {
    let mut out = Vec::new();
    for lang_dir in sorted_entries(dir)? {
        if !lang_dir.is_dir() {
            continue;
        }
        let Some(lang) = lang_dir
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let mut files = Vec::new();
        for file in sorted_entries(&lang_dir)? {
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push((file.clone(), read(&file)?));
            }
        }
        let meta = lang_dir.join("meta.toml");
        if meta.is_file() {
            if let Err(e) = LocaleInfo::from_meta_toml(&lang, &read(&meta)?) {
                findings.push(Finding {
                    severity: Severity::Error,
                    kind: FindingKind::Meta,
                    scope: "app".to_string(),
                    locale: lang.clone(),
                    file: meta,
                    line: 0,
                    column: 0,
                    id: None,
                    message: e.to_string(),
                });
            }
        } else if lang != "en" {
            findings.push(Finding {
                severity: Severity::Warning,
                kind: FindingKind::Meta,
                scope: "app".to_string(),
                locale: lang.clone(),
                file: meta,
                line: 0,
                column: 0,
                id: None,
                message: "no meta.toml: the language picker cannot show the review status"
                    .to_string(),
            });
        }
        let stamp_path = stamp::app_stamp_path(&lang_dir);
        let stamp = stamp::read_stamp(&stamp_path)?;
        out.push(LocaleFiles {
            locale: lang,
            location: lang_dir,
            files,
            stamp,
            stamp_path,
        });
    }
    Ok(out)
}

/// Read `<dir>/<lang>.ftl`.
fn read_pack_locales(dir: &Path) -> Result<Vec<LocaleFiles>, CheckError> {
    let mut out = Vec::new();
    for (lang, file) in pack_ftl_files(dir)? {
        let text = read(&file)?;
        let stamp_path = stamp::pack_stamp_path(&file);
        let stamp = stamp::read_stamp(&stamp_path)?;
        out.push(LocaleFiles {
            locale: lang,
            location: file.clone(),
            files: vec![(file, text)],
            stamp,
            stamp_path,
        });
    }
    Ok(out)
}

/// Tokens of the UI and Rust sources; the count of files read.
fn app_references(root: &Path) -> Result<(HashSet<String>, usize), CheckError> {
    let mut tokens = HashSet::new();
    let mut files = scan_dir(
        &root.join("ui").join("src"),
        &["ts", "svelte", "js", "tsx"],
        &mut tokens,
    )?;
    files += scan_dir(&root.join("crates"), &["rs"], &mut tokens)?;
    files += scan_dir(&root.join("src-tauri").join("src"), &["rs"], &mut tokens)?;
    Ok((tokens, files))
}

/// Tokens of a pack's questionnaire definition files.
fn pack_references(pack: &Path) -> Result<(HashSet<String>, usize), CheckError> {
    let mut tokens = HashSet::new();
    let mut files = 0;
    for path in sorted_entries(pack)? {
        if path.is_file() && path.extension().is_some_and(|e| e == "toml") {
            let text = read(&path)?;
            add_tokens(&text, &mut tokens);
            files += 1;
        }
    }
    Ok((tokens, files))
}

/// The English hashes of a scope (all of English's files).
fn english_hashes(locales: &[LocaleFiles]) -> stamp::Hashes {
    let mut out = stamp::Hashes::new();
    for loc in locales.iter().filter(|l| l.locale == "en") {
        for (_, text) in &loc.files {
            for (id, hash) in stamp::entry_hashes(text) {
                out.entry(id).or_insert(hash);
            }
        }
    }
    out
}

/// Record, for every translation in the app and every pack (or only `only` locales when
/// given), the English its messages now match: run after translating or checking.
/// Returns the stamp files written.
///
/// `scope`: `None` for everything, `Some("app")` for `locales/` only, `Some(id)` for the
/// pack `questionnaires/<id>/` only.
pub fn stamp_tree(
    root: &Path,
    only: &[String],
    scope: Option<&str>,
) -> Result<Vec<PathBuf>, CheckError> {
    let mut scopes = Vec::new();
    let app_dir = root.join("locales");
    if app_dir.is_dir() && scope.is_none_or(|s| s == "app") {
        let mut ignored = Vec::new();
        scopes.push(read_app_locales(&app_dir, &mut ignored)?);
    }
    let packs_dir = root.join("questionnaires");
    if packs_dir.is_dir() {
        for pack in sorted_entries(&packs_dir)? {
            let dir = pack.join("locales");
            let name = pack.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if dir.is_dir() && scope.is_none_or(|s| s == name) {
                scopes.push(read_pack_locales(&dir)?);
            }
        }
    }
    let mut written = Vec::new();
    for locales in scopes {
        let english = english_hashes(&locales);
        if english.is_empty() {
            continue;
        }
        for loc in &locales {
            if loc.locale == "en" || (!only.is_empty() && !only.contains(&loc.locale)) {
                continue;
            }
            let ids = loc
                .files
                .iter()
                .flat_map(|(_, text)| parse_ftl(text).entries.into_keys());
            let hashes = stamp::stamp_for(&english, ids);
            std::fs::write(&loc.stamp_path, stamp::render_stamp(&hashes)).map_err(|source| {
                CheckError::Write {
                    path: loc.stamp_path.clone(),
                    source,
                }
            })?;
            written.push(loc.stamp_path.clone());
        }
    }
    Ok(written)
}
