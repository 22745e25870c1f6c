//! The top-level keys: id, version, title, languages, rules, description, and the list of
//! section tables (read by `section`).

use super::Ctx;
use crate::answer::is_language_code;
use crate::diagnostic::Code;
use crate::validate::reader::{Fields, Sp};
use std::ops::Range;
use toml::de::DeTable;

/// Rule-sets this version of Harbour can evaluate.
pub const SUPPORTED_RULES: &[&str] = &["harbour-rules/1"];

/// The header's values (each `None` when missing or ill-typed, already reported).
pub(super) struct Header<'a, 'i> {
    pub id: Option<Sp<String>>,
    pub version: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub languages: Vec<Sp<String>>,
    pub rules: Option<Sp<String>>,
    /// The `[[sections]]` tables, with their spans.
    pub sections: Vec<(&'a DeTable<'i>, Range<usize>)>,
    /// The `[[migrations]]` tables, with their spans (read once the questions are known).
    pub migrations: Vec<(&'a DeTable<'i>, Range<usize>)>,
}

pub(super) fn is_semver(s: &str) -> bool {
    let core = s.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

/// Reads and checks the top-level keys of `root`.
pub(super) fn read<'a, 'i>(cx: &mut Ctx<'_, '_>, root: &'a DeTable<'i>) -> Header<'a, 'i> {
    let mut f = Fields::new(root, 0..0, "the questionnaire");

    let id = f.required_string(cx.sink, "id", "\"my-questionnaire\"");
    if let Some(id) = &id {
        let ok = !id.v.is_empty()
            && id
                .v
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            cx.sink.report(
                Code::BadId,
                id.span.clone(),
                format!("questionnaire id `{}` is not a valid id", id.v),
                Some("use lower-case letters, digits, `-` and `_`".into()),
            );
        }
    }
    let version = f.required_string(cx.sink, "version", "\"1.0.0\"");
    if let Some(v) = &version {
        if !is_semver(&v.v) {
            cx.sink.report(
                Code::BadVersion,
                v.span.clone(),
                format!("version `{}` is not a semantic version", v.v),
                Some("write MAJOR.MINOR.PATCH, e.g. `1.0.0`".into()),
            );
        }
    }
    let title = f.required_string(cx.sink, "title", "\"questionnaire-title\"");
    cx.messages.extend(title.clone());
    let languages = match f.strings(cx.sink, "languages") {
        Some(l) => l,
        None => {
            if f.span.is_empty() && root.get("languages").is_none() {
                f.missing(cx.sink, "languages", "[\"en\"]");
            }
            Vec::new()
        }
    };
    check_languages(cx, root, &languages);
    let rules = f.required_string(cx.sink, "rules", "\"harbour-rules/1\"");
    if let Some(r) = &rules {
        if !SUPPORTED_RULES.contains(&r.v.as_str()) {
            cx.sink.report(
                Code::UnsupportedRules,
                r.span.clone(),
                format!(
                    "this Harbour evaluates {}, not `{}`",
                    SUPPORTED_RULES.join(", "),
                    r.v
                ),
                Some("write `rules = \"harbour-rules/1\"`".into()),
            );
        }
    }
    if let Some(d) = f.string(cx.sink, "description") {
        cx.messages.push(d);
    }
    let sections = f.tables(cx.sink, "sections");
    if sections.is_empty() && root.get("sections").is_none() {
        f.missing(cx.sink, "sections", "... (add a `[[sections]]` table)");
    }
    let migrations = f.tables(cx.sink, "migrations");
    f.finish(cx.sink);
    Header {
        id,
        version,
        title,
        languages,
        rules,
        sections,
        migrations,
    }
}

/// Each language is a language code, declared once; at least one is declared.
fn check_languages(cx: &mut Ctx<'_, '_>, root: &DeTable<'_>, languages: &[Sp<String>]) {
    let mut seen: Vec<&str> = Vec::new();
    for l in languages {
        if !is_language_code(&l.v) {
            cx.sink.report(
                Code::BadLanguage,
                l.span.clone(),
                format!("`{}` is not a language code", l.v),
                Some("use a BCP 47 code such as `en`, `ar` or `fa-AF`".into()),
            );
        } else if seen.contains(&l.v.as_str()) {
            cx.sink.report(
                Code::BadLanguage,
                l.span.clone(),
                format!("language `{}` is declared twice", l.v),
                Some("remove the repeat".into()),
            );
        }
        seen.push(&l.v);
    }
    if languages.is_empty() {
        if let Some(declared) = root.get("languages") {
            cx.sink.report(
                Code::BadLanguage,
                declared.span(),
                "the questionnaire declares no language".into(),
                Some("add at least one, e.g. `languages = [\"en\"]`".into()),
            );
        }
    }
}
