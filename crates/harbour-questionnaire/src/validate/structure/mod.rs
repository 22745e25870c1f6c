//! From TOML to a checked structure. Every problem is reported to the sink; nothing stops at
//! the first.
//!
//! One part per level of the file, each reading through one [`Ctx`]:
//! - `header`: the top-level keys (id, version, title, languages, rules);
//! - `section`: each `[[sections]]` table, its ids and its consent question;
//! - `question`: each question with its options and evidence (`presentation`: how a
//!   multiple-choice question's options are put to the person);
//! - `condition`: every `when`, compiled once all questions are known (a condition may only
//!   look back, so it cannot be checked while the file is still being read).

mod condition;
mod header;
mod migration;
mod presentation;
mod question;
mod section;

pub use header::SUPPORTED_RULES;

use super::reader::{Sink, Sp};
use super::IndicatorCatalogue;
use crate::diagnostic::Code;
use crate::model::{Migration, Profile, Question, Section};
use condition::PendingCondition;
use std::collections::HashMap;
use std::ops::Range;
use toml::de::DeTable;

/// Everything read from `questionnaire.toml`, before the texts are checked.
pub(crate) struct Draft {
    pub id: String,
    pub version: String,
    pub title: String,
    pub languages: Vec<Sp<String>>,
    pub rules: String,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
    pub index: HashMap<String, usize>,
    /// Every message id the file uses, with where it is used.
    pub messages: Vec<Sp<String>>,
    /// How interviews on older versions move to this one.
    pub migrations: Vec<Migration>,
}

/// What the parts share while one file is read: where problems go, the indicator
/// catalogue, and what is collected along the way for the later checks.
struct Ctx<'c, 's> {
    sink: &'c mut Sink<'s>,
    catalogue: &'c dyn IndicatorCatalogue,
    /// Every message id used so far, with where it is used.
    messages: Vec<Sp<String>>,
    /// Conditions waiting for every question to be known.
    pending: Vec<PendingCondition>,
    /// Every `profile` mark, to find one given twice.
    profiles: Vec<(Profile, Range<usize>)>,
}

/// The sections and questions read so far.
#[derive(Default)]
struct Body {
    sections: Vec<Section>,
    questions: Vec<Question>,
    /// Question id → position in `questions`.
    index: HashMap<String, usize>,
    section_ids: HashMap<String, Range<usize>>,
    /// The id of the consent question, once seen.
    consent: Option<String>,
}

/// Reads the whole file. `None` when the TOML itself does not parse.
pub(crate) fn read(sink: &mut Sink<'_>, catalogue: &dyn IndicatorCatalogue) -> Option<Draft> {
    let src = sink.src;
    let (root, errors) = DeTable::parse_recoverable(src);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_string();
            sink.report(
                Code::TomlSyntax,
                span,
                format!("invalid TOML: {message}"),
                Some("see https://toml.io for the syntax".into()),
            );
        }
        return None;
    }
    let mut cx = Ctx {
        sink,
        catalogue,
        messages: Vec::new(),
        pending: Vec::new(),
        profiles: Vec::new(),
    };
    let header = header::read(&mut cx, root.get_ref());
    let mut body = Body::default();
    for (table, span) in header.sections {
        section::read(&mut cx, &mut body, table, span);
    }
    check_profiles(&mut cx);
    condition::resolve(&mut cx, &mut body);
    let migrations = migration::read(
        &mut cx,
        &body,
        header.version.as_ref().map(|v| v.v.as_str()),
        header.migrations,
    );

    Some(Draft {
        id: header.id.map(|s| s.v).unwrap_or_default(),
        version: header.version.map(|s| s.v).unwrap_or_default(),
        title: header.title.map(|s| s.v).unwrap_or_default(),
        languages: header.languages,
        rules: header.rules.map(|s| s.v).unwrap_or_default(),
        sections: body.sections,
        questions: body.questions,
        index: body.index,
        messages: cx.messages,
        migrations,
    })
}

/// A profile field is given by one question at most.
fn check_profiles(cx: &mut Ctx<'_, '_>) {
    for (i, (p, span)) in cx.profiles.iter().enumerate() {
        if cx.profiles.iter().take(i).any(|(x, _)| x == p) {
            cx.sink.report(
                Code::BadProfile,
                span.clone(),
                format!("profile `{}` is given by two questions", p.name()),
                Some("mark only one question with it".into()),
            );
        }
    }
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Words of the condition language: a question with such an id could not be referenced.
const RESERVED: &[&str] = &["and", "or", "not", "in", "yes", "no"];

/// Reports an id of a section, question or option (`what`) that is not well formed.
fn check_id(sink: &mut Sink<'_>, id: &Sp<String>, what: &str) {
    if what == "question" && RESERVED.contains(&id.v.as_str()) {
        sink.report(
            Code::BadId,
            id.span.clone(),
            format!("question id `{}` is a word of the condition language", id.v),
            Some(format!("rename it, e.g. `q_{}`", id.v)),
        );
    } else if !is_id(&id.v) {
        sink.report(
            Code::BadId,
            id.span.clone(),
            format!("{what} id `{}` is not a valid id", id.v),
            Some(format!(
                "use lower-case letters, digits and `_`, starting with a letter, e.g. `{}`",
                suggest_id(&id.v)
            )),
        );
    }
}

fn suggest_id(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.insert(0, 'q');
    }
    out
}

/// Reports the indicator codes the catalogue does not know; returns all of them.
fn check_codes(cx: &mut Ctx<'_, '_>, codes: &[Sp<String>]) -> Vec<String> {
    for code in codes {
        if !cx.catalogue.knows(&code.v) {
            let all = cx.catalogue.codes();
            let help = match cx.sink.suggest.closest(&code.v, all.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "see `harbour_rules::catalogue()` for the known indicator codes".into(),
            };
            cx.sink.report(
                Code::UnknownIndicator,
                code.span.clone(),
                format!("the rules know no indicator `{}`", code.v),
                Some(help),
            );
        }
    }
    codes.iter().map(|c| c.v.clone()).collect()
}

/// The span of a table's `id`, if it has one.
fn id_span(t: &DeTable<'_>) -> Option<Range<usize>> {
    t.get("id").map(|v| v.span())
}
