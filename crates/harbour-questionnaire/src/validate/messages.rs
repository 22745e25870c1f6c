//! The texts: every message id the questionnaire uses must exist in every declared language's
//! locale file, and every message in a locale file should be used.

use super::reader::{Sink, Sp};
use super::LocaleSource;
use crate::diagnostic::{Code, Diagnostic, Location};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// Checks the locale files against the message ids used. Returns the Fluent sources of the
/// declared languages (for the checked questionnaire) and adds diagnostics.
pub(crate) fn check(
    toml: &mut Sink<'_>,
    languages: &[Sp<String>],
    used: &[Sp<String>],
    locales: &[LocaleSource],
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, String> {
    let used_ids: BTreeSet<&str> = used.iter().map(|m| m.v.as_str()).collect();
    let mut sources = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for lang in languages {
        // Malformed or repeated languages are already reported (HQ010); no cascade.
        if !crate::answer::is_language_code(&lang.v) || !seen.insert(lang.v.as_str()) {
            continue;
        }
        let Some(locale) = locales.iter().find(|l| l.lang == lang.v) else {
            toml.report(
                Code::MissingLocale,
                lang.span.clone(),
                format!(
                    "language `{}` is declared but `locales/{}.ftl` does not exist",
                    lang.v, lang.v
                ),
                Some(format!(
                    "create `locales/{}.ftl` with every text, or remove the language",
                    lang.v
                )),
            );
            continue;
        };
        let text = match &locale.text {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic {
                    code: Code::Unreadable,
                    location: None,
                    message: format!("cannot read {}: {e}", locale.path.display()),
                    help: Some("check that the file exists and is UTF-8".into()),
                });
                continue;
            }
        };
        let mut sink = Sink::new(&locale.path, text);
        let defined = parse_messages(&mut sink);
        // Missing texts are reported once per id and language, at the first use.
        let mut reported = BTreeSet::new();
        for m in used {
            if !defined.contains_key(m.v.as_str()) && reported.insert(m.v.as_str()) {
                toml.report(
                    Code::MissingMessage,
                    m.span.clone(),
                    format!("text `{}` is missing in `{}`", m.v, lang.v),
                    Some(format!("add `{} = ...` to locales/{}.ftl", m.v, lang.v)),
                );
            }
        }
        for (id, span) in &defined {
            // `<help>-short`: the same help in a few short lines for the person's side (the
            // app shows the full help to the interviewer); used whenever its help is.
            let short_of_used = id
                .strip_suffix("-short")
                .is_some_and(|base| used_ids.contains(base));
            if !used_ids.contains(id.as_str()) && !short_of_used {
                sink.report(
                    Code::UnusedMessage,
                    span.clone(),
                    format!("message `{id}` is not used by the questionnaire"),
                    Some("remove it, or check the id used in questionnaire.toml for a typo".into()),
                );
            }
        }
        diags.append(&mut sink.diags);
        sources.insert(lang.v.clone(), text.clone());
    }
    for locale in locales {
        if !languages.iter().any(|l| l.v == locale.lang) {
            diags.push(Diagnostic {
                code: Code::UndeclaredLocale,
                location: Some(Location::new(locale.path.clone(), "", 0..0)),
                message: format!(
                    "`{}` is not a declared language; this file is ignored",
                    locale.lang
                ),
                help: Some(format!(
                    "add \"{}\" to `languages`, or remove the file",
                    locale.lang
                )),
            });
        }
    }
    sources
}

/// Parses a Fluent file, reporting syntax errors; returns the message ids with their spans.
fn parse_messages(sink: &mut Sink<'_>) -> BTreeMap<String, Range<usize>> {
    let src = sink.src;
    let resource = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                sink.report(
                    Code::FtlSyntax,
                    e.pos.clone(),
                    format!("invalid Fluent: {}", e.kind),
                    Some("see https://projectfluent.org/fluent/guide/ for the syntax".into()),
                );
            }
            r
        }
    };
    let ids: BTreeSet<&str> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    // The AST has no spans: find each message's defining line (`id =` at line start).
    let mut out = BTreeMap::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let name: &str = line
            .split(|c: char| c == '=' || c.is_whitespace())
            .next()
            .unwrap_or_default();
        if ids.contains(name) && line[name.len()..].trim_start().starts_with('=') {
            out.entry(name.to_string())
                .or_insert(offset..offset + name.len());
        }
        offset += line.len();
    }
    for id in ids {
        out.entry(id.to_string()).or_insert(0..0);
    }
    out
}
