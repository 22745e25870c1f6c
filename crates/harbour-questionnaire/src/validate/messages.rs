//! The texts: every message id the questionnaire uses must exist in every declared language's
//! locale file, and every message in a locale file should be used.

use super::reader::{Sink, Sp};
use super::LocaleSource;
use crate::diagnostic::{Code, Diagnostic, Location};
use harbour_i18n::syntax::ProblemKind;
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
                diags.push(crate::loader::read_diagnostic(
                    e,
                    "check that the file exists and is UTF-8",
                ));
                continue;
            }
        };
        let mut sink = Sink::new(&locale.path, text);
        let Some(defined) = parse_messages(&mut sink) else {
            // Not parsed at all: every text would be reported missing; the one problem is enough.
            diags.append(&mut sink.diags);
            continue;
        };
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

/// Parses a Fluent file (through `harbour-i18n`, as the app reads it), reporting syntax
/// errors; returns the message ids with the span of each one's first definition, or `None`
/// when the file is nested too deeply to be parsed at all.
fn parse_messages(sink: &mut Sink<'_>) -> Option<BTreeMap<String, Range<usize>>> {
    let parsed = harbour_i18n::syntax::parse_ftl(sink.src);
    let mut too_deep = false;
    for p in parsed.problems {
        match p.kind {
            ProblemKind::Syntax => sink.report(
                Code::FtlSyntax,
                p.span,
                format!("invalid Fluent: {}", p.message),
                Some("see https://projectfluent.org/fluent/guide/ for the syntax".into()),
            ),
            ProblemKind::TooDeep => {
                too_deep = true;
                sink.report(
                    Code::FtlTooDeep,
                    p.span,
                    format!("the file is not read: {}", p.message),
                    Some(format!(
                        "a text needs a few levels of `{{ }}` at most; at most {} are read",
                        harbour_i18n::syntax::MAX_NESTING
                    )),
                );
            }
        }
    }
    if too_deep {
        return None;
    }
    let ids = parsed
        .entries
        .into_iter()
        // Terms (`-brand`) are not texts a questionnaire field can use.
        .filter(|(id, _)| !id.starts_with('-'))
        .map(|(id, shape)| (id, shape.span))
        .collect();
    Some(ids)
}
