//! From TOML to a checked structure: header, sections, questions, options, evidence and
//! conditions. Every problem is reported to the sink; nothing stops at the first.

use super::reader::{closest, Fields, Sink, Sp};
use super::IndicatorCatalogue;
use crate::answer::is_language_code;
use crate::diagnostic::Code;
use crate::expr::check::{Resolved, Scope};
use crate::expr::Condition;
use crate::model::{
    ChoiceOption, ConditionalEvidence, Kind, Profile, Question, Section, YesNoEvidence,
};
use std::collections::HashMap;
use std::ops::Range;
use toml::de::DeTable;

/// Rule-sets this version of Harbour can evaluate.
pub const SUPPORTED_RULES: &[&str] = &["harbour-rules/1"];

const KINDS: &[&str] = &[
    "yes_no",
    "single_choice",
    "multiple_choice",
    "number",
    "date",
    "country",
    "language",
    "text",
];

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
}

/// A `when` waiting for all questions to be known.
struct PendingCondition {
    text: Sp<String>,
    /// Questions before this index may be referenced.
    limit: usize,
    target: Target,
}

enum Target {
    Section(usize),
    Question(usize),
    Evidence(usize, Vec<String>),
}

struct QScope<'a> {
    index: &'a HashMap<String, usize>,
    questions: &'a [Question],
    limit: usize,
}

impl Scope for QScope<'_> {
    fn resolve(&self, id: &str) -> Resolved {
        match self.index.get(id) {
            None => Resolved::Unknown,
            Some(&i) if i >= self.limit => Resolved::Later,
            Some(&i) => match self.questions.get(i) {
                Some(q) => Resolved::Visible {
                    kind: q.kind.name(),
                    options: q.kind.options().iter().map(|o| o.id.clone()).collect(),
                },
                None => Resolved::Unknown,
            },
        }
    }
    fn suggest(&self, id: &str) -> Option<String> {
        closest(id, self.index.keys().map(String::as_str)).map(String::from)
    }
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_semver(s: &str) -> bool {
    let core = s.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

/// Words of the condition language: a question with such an id could not be referenced.
const RESERVED: &[&str] = &["and", "or", "not", "in", "yes", "no"];

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

/// Maps a span inside a condition's text back to the file, through the string's quotes and
/// escapes (`\"` is two bytes in the file but one in the condition).
fn inner_span(src: &str, string_span: &Range<usize>, inner: &Range<usize>) -> Range<usize> {
    let token = src.get(string_span.clone()).unwrap_or_default();
    let (skip, escapes) = if token.starts_with("\"\"\"") {
        (3, true)
    } else if token.starts_with("'''") {
        (3, false)
    } else {
        (1, token.starts_with('"'))
    };
    let base = string_span.start + skip;
    let bytes = token.as_bytes().get(skip..).unwrap_or_default();
    // map[decoded offset] = raw offset, one entry per decoded byte, plus the end.
    let mut map = Vec::with_capacity(bytes.len() + 1);
    let mut i = 0;
    while i < bytes.len() {
        let (raw_len, decoded_len) = if escapes && bytes[i] == b'\\' {
            match bytes.get(i + 1) {
                Some(b'u') => (6, 3),
                Some(b'U') => (10, 4),
                _ => (2, 1),
            }
        } else {
            (1, 1)
        };
        map.extend(std::iter::repeat_n(i, decoded_len));
        i += raw_len;
    }
    map.push(i);
    let at = |off: usize| (base + map.get(off).copied().unwrap_or(i)).min(string_span.end);
    at(inner.start)..at(inner.end)
}

fn check_codes(
    sink: &mut Sink<'_>,
    codes: &[Sp<String>],
    catalogue: &dyn IndicatorCatalogue,
) -> Vec<String> {
    for code in codes {
        if !catalogue.knows(&code.v) {
            let all = catalogue.codes();
            let help = match closest(&code.v, all.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "see `harbour_rules::catalogue()` for the known indicator codes".into(),
            };
            sink.report(
                Code::UnknownIndicator,
                code.span.clone(),
                format!("the rules know no indicator `{}`", code.v),
                Some(help),
            );
        }
    }
    codes.iter().map(|c| c.v.clone()).collect()
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
    let root_span = 0..0;
    let mut f = Fields::new(root.get_ref(), root_span, "the questionnaire");
    let mut messages = Vec::new();

    let id = f.required_string(sink, "id", "\"my-questionnaire\"");
    if let Some(id) = &id {
        let ok = !id.v.is_empty()
            && id
                .v
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            sink.report(
                Code::BadId,
                id.span.clone(),
                format!("questionnaire id `{}` is not a valid id", id.v),
                Some("use lower-case letters, digits, `-` and `_`".into()),
            );
        }
    }
    let version = f.required_string(sink, "version", "\"1.0.0\"");
    if let Some(v) = &version {
        if !is_semver(&v.v) {
            sink.report(
                Code::BadVersion,
                v.span.clone(),
                format!("version `{}` is not a semantic version", v.v),
                Some("write MAJOR.MINOR.PATCH, e.g. `1.0.0`".into()),
            );
        }
    }
    let title = f.required_string(sink, "title", "\"questionnaire-title\"");
    messages.extend(title.clone());
    let languages = match f.strings(sink, "languages") {
        Some(l) => l,
        None => {
            if f.span.is_empty() && root.get_ref().get("languages").is_none() {
                f.missing(sink, "languages", "[\"en\"]");
            }
            Vec::new()
        }
    };
    let mut seen_lang: Vec<&str> = Vec::new();
    for l in &languages {
        if !is_language_code(&l.v) {
            sink.report(
                Code::BadLanguage,
                l.span.clone(),
                format!("`{}` is not a language code", l.v),
                Some("use a BCP 47 code such as `en`, `ar` or `fa-AF`".into()),
            );
        } else if seen_lang.contains(&l.v.as_str()) {
            sink.report(
                Code::BadLanguage,
                l.span.clone(),
                format!("language `{}` is declared twice", l.v),
                Some("remove the repeat".into()),
            );
        }
        seen_lang.push(&l.v);
    }
    if languages.is_empty() && root.get_ref().get("languages").is_some() {
        let span = root
            .get_ref()
            .get("languages")
            .map(|v| v.span())
            .unwrap_or(0..0);
        sink.report(
            Code::BadLanguage,
            span,
            "the questionnaire declares no language".into(),
            Some("add at least one, e.g. `languages = [\"en\"]`".into()),
        );
    }
    let rules = f.required_string(sink, "rules", "\"harbour-rules/1\"");
    if let Some(r) = &rules {
        if !SUPPORTED_RULES.contains(&r.v.as_str()) {
            sink.report(
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
    let _description = f.string(sink, "description");
    if let Some(d) = &_description {
        messages.push(d.clone());
    }
    let section_tables = f.tables(sink, "sections");
    if section_tables.is_empty() && root.get_ref().get("sections").is_none() {
        f.missing(sink, "sections", "... (add a `[[sections]]` table)");
    }
    f.finish(sink);

    let mut sections = Vec::new();
    let mut questions: Vec<Question> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut section_ids: HashMap<String, Range<usize>> = HashMap::new();
    let mut pending: Vec<PendingCondition> = Vec::new();
    let mut consent_seen: Option<String> = None;
    let mut profiles: Vec<(Profile, Range<usize>)> = Vec::new();

    for (table, span) in section_tables {
        let s_index = sections.len();
        let mut sf = Fields::new(table, span.clone(), format!("section {}", s_index + 1));
        let sid = sf.required_string(sink, "id", "\"section_id\"");
        let what = match &sid {
            Some(s) => format!("section `{}`", s.v),
            None => format!("section {}", s_index + 1),
        };
        let mut sf = Fields::new(table, span.clone(), what.clone());
        sf.mark("id");
        if let Some(sid) = &sid {
            check_id(sink, sid, "section");
            if let Some(first) = section_ids.get(&sid.v) {
                let first =
                    crate::diagnostic::Location::new(sink.file.clone(), sink.src, first.clone());
                sink.report(
                    Code::DuplicateId,
                    sid.span.clone(),
                    format!(
                        "section id `{}` is already used (line {})",
                        sid.v, first.line
                    ),
                    Some("give each section its own id".into()),
                );
            } else {
                section_ids.insert(sid.v.clone(), sid.span.clone());
            }
        }
        let title = sf.required_string(sink, "title", "\"section-title\"");
        messages.extend(title.clone());
        let signpost = sf.string(sink, "signpost");
        messages.extend(signpost.clone());
        let sensitive = sf.boolean(sink, "sensitive").is_some_and(|b| b.v);
        if let Some(w) = sf.string(sink, "when") {
            pending.push(PendingCondition {
                text: w,
                limit: questions.len(),
                target: Target::Section(s_index),
            });
        }
        let q_tables = sf.tables(sink, "questions");
        sf.finish(sink);
        if q_tables.is_empty() {
            sink.report(
                Code::EmptySection,
                span.clone(),
                format!("{what} has no questions"),
                Some("add `[[sections.questions]]` tables or remove the section".into()),
            );
        }
        let first_q = questions.len();
        for (qt, qspan) in q_tables {
            let q = read_question(
                sink,
                catalogue,
                qt,
                qspan,
                s_index,
                questions.len(),
                &mut messages,
                &mut pending,
                &mut profiles,
            );
            let Some(q) = q else { continue };
            if q.consent {
                if let Some(first) = &consent_seen {
                    sink.report(
                        Code::BadConsent,
                        q_id_span(qt).unwrap_or(0..0),
                        format!(
                            "question `{}` is a second consent question (the first is `{first}`)",
                            q.id
                        ),
                        Some("keep one consent question".into()),
                    );
                } else {
                    consent_seen = Some(q.id.clone());
                    if !questions.is_empty() {
                        sink.report(
                            Code::BadConsent,
                            q_id_span(qt).unwrap_or(0..0),
                            format!("consent question `{}` is not the first question", q.id),
                            Some(
                                "nothing may be asked before consent: move it to the start".into(),
                            ),
                        );
                    }
                }
            }
            if let Some(first) = index.get(&q.id) {
                let first_id = questions
                    .get(*first)
                    .map(|f| f.id.clone())
                    .unwrap_or_default();
                sink.report(
                    Code::DuplicateId,
                    q_id_span(qt).unwrap_or(0..0),
                    format!("question id `{first_id}` is already used"),
                    Some("give each question its own id (answers are stored by id)".into()),
                );
            } else {
                index.insert(q.id.clone(), questions.len());
            }
            questions.push(q);
        }
        sections.push(Section {
            id: sid.map(|s| s.v).unwrap_or_default(),
            title: title.map(|t| t.v).unwrap_or_default(),
            signpost: signpost.map(|s| s.v),
            sensitive,
            when: None,
            questions: first_q..questions.len(),
        });
    }

    for (i, (p, span)) in profiles.iter().enumerate() {
        if profiles.iter().take(i).any(|(x, _)| x == p) {
            sink.report(
                Code::BadProfile,
                span.clone(),
                format!("profile `{}` is given by two questions", p.name()),
                Some("mark only one question with it".into()),
            );
        }
    }

    // Phase 2: conditions, now that every question is known.
    for p in pending {
        let scope = QScope {
            index: &index,
            questions: &questions,
            limit: p.limit,
        };
        match Condition::compile(&p.text.v, &scope) {
            Ok(cond) => match p.target {
                Target::Section(i) => {
                    if let Some(s) = sections.get_mut(i) {
                        s.when = Some(cond);
                    }
                }
                Target::Question(i) => {
                    if let Some(q) = questions.get_mut(i) {
                        q.when = Some(cond);
                    }
                }
                Target::Evidence(i, indicators) => {
                    if let Some(q) = questions.get_mut(i) {
                        // The answer behind the evidence is this question's: a condition that
                        // never looks at it would credit the wrong answer.
                        if !cond.references().contains(&q.id.as_str()) {
                            sink.report(
                                Code::BadEvidence,
                                p.text.span.clone(),
                                format!("conditional evidence of question `{}` does not use its answer", q.id),
                                Some(format!(
                                    "refer to `{}` in the condition, or move the evidence to the question it tests",
                                    q.id
                                )),
                            );
                        }
                        q.evidence_when.push(ConditionalEvidence {
                            when: cond,
                            indicators,
                        });
                    }
                }
            },
            Err(problems) => {
                for pr in problems {
                    let span = inner_span(src, &p.text.span, &pr.span);
                    sink.report(pr.code, span, pr.message, pr.help);
                }
            }
        }
    }

    Some(Draft {
        id: id.map(|s| s.v).unwrap_or_default(),
        version: version.map(|s| s.v).unwrap_or_default(),
        title: title.map(|s| s.v).unwrap_or_default(),
        languages,
        rules: rules.map(|s| s.v).unwrap_or_default(),
        sections,
        questions,
        index,
        messages,
    })
}

fn q_id_span(t: &DeTable<'_>) -> Option<Range<usize>> {
    t.get("id").map(|v| v.span())
}

#[allow(clippy::too_many_arguments)]
fn read_question(
    sink: &mut Sink<'_>,
    catalogue: &dyn IndicatorCatalogue,
    table: &DeTable<'_>,
    span: Range<usize>,
    section: usize,
    position: usize,
    messages: &mut Vec<Sp<String>>,
    pending: &mut Vec<PendingCondition>,
    profiles: &mut Vec<(Profile, Range<usize>)>,
) -> Option<Question> {
    let mut f = Fields::new(table, span.clone(), format!("question {}", position + 1));
    let id = f.required_string(sink, "id", "\"q1\"");
    let what = match &id {
        Some(i) => format!("question `{}`", i.v),
        None => format!("question {}", position + 1),
    };
    let mut f = Fields::new(table, span, what.clone());
    f.mark("id");
    if let Some(id) = &id {
        check_id(sink, id, "question");
    }
    let kind_name = f.required_string(sink, "kind", "\"yes_no\"");
    if let Some(k) = &kind_name {
        if !KINDS.contains(&k.v.as_str()) {
            let help = match closest(&k.v, KINDS.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the kinds are: {}", KINDS.join(", ")),
            };
            sink.report(
                Code::UnknownKind,
                k.span.clone(),
                format!("`{}` is not a question kind", k.v),
                Some(help),
            );
        }
    }
    let kind_name = kind_name.map(|k| k.v).unwrap_or_default();
    let text = f.required_string(sink, "text", "\"q1-text\"");
    messages.extend(text.clone());
    let help = f.string(sink, "help");
    messages.extend(help.clone());
    let guidance = f.string(sink, "guidance");
    messages.extend(guidance.clone());
    if let Some(w) = f.string(sink, "when") {
        pending.push(PendingCondition {
            text: w,
            limit: position,
            target: Target::Question(position),
        });
    }
    let profile = f.string(sink, "profile").and_then(|p| {
        let found = Profile::ALL.iter().copied().find(|x| x.name() == p.v);
        match found {
            None => {
                let names: Vec<&str> = Profile::ALL.iter().map(|x| x.name()).collect();
                sink.report(
                    Code::BadProfile,
                    p.span.clone(),
                    format!("`{}` is not a profile field", p.v),
                    Some(format!("the profile fields are: {}", names.join(", "))),
                );
                None
            }
            Some(x) if x.kind_name() != kind_name && KINDS.contains(&kind_name.as_str()) => {
                sink.report(
                    Code::BadProfile,
                    p.span.clone(),
                    format!(
                        "profile `{}` needs a {} question, {what} is {kind_name}",
                        p.v,
                        x.kind_name()
                    ),
                    Some(format!(
                        "use `kind = \"{}\"` or remove `profile`",
                        x.kind_name()
                    )),
                );
                None
            }
            Some(x) => Some((x, p.span)),
        }
    });
    let consent = f.boolean(sink, "consent");
    let required = f.boolean(sink, "required");
    let sensitive = f.boolean(sink, "sensitive");
    let min = f.number(sink, "min");
    let max = f.number(sink, "max");
    let integer = f.boolean(sink, "integer");
    let option_tables = f.tables(sink, "options");
    let presentation = f.string(sink, "options_presentation");
    let evidence = f.table(sink, "evidence");
    let evidence_when = f.tables(sink, "evidence_when");
    f.finish(sink);

    let is_consent = consent.as_ref().is_some_and(|c| c.v);
    if let Some(c) = &consent {
        if c.v && kind_name != "yes_no" {
            sink.report(
                Code::BadConsent,
                c.span.clone(),
                format!("{what} is marked consent but is not a yes/no question"),
                Some("the consent question must be `kind = \"yes_no\"`".into()),
            );
        }
    }
    if let Some(r) = &required {
        if r.v && !is_consent {
            sink.report(
                Code::RequiredNotConsent,
                r.span.clone(),
                format!("{what} is required, but only the consent question may be"),
                Some("remove `required`: a person may always decline or not know".into()),
            );
        }
    }
    if is_consent && table.get("when").is_some() {
        sink.report(
            Code::BadConsent,
            table.get("when").map(|v| v.span()).unwrap_or(0..0),
            "the consent question has a condition".into(),
            Some("consent is always asked: remove `when`".into()),
        );
    }
    if kind_name == "text" {
        if let Some(s) = &sensitive {
            if !s.v {
                sink.report(
                    Code::TextNotSensitive,
                    s.span.clone(),
                    format!("{what} is free text, which is always sensitive"),
                    Some("remove `sensitive = false`".into()),
                );
            }
        }
    }
    let is_number = kind_name == "number";
    for (key, present) in [
        ("min", min.as_ref().map(|m| m.span.clone())),
        ("max", max.as_ref().map(|m| m.span.clone())),
        ("integer", integer.as_ref().map(|m| m.span.clone())),
    ] {
        if let (Some(span), false) = (present, is_number) {
            sink.report(
                Code::BadBounds,
                span,
                format!("`{key}` only applies to number questions, {what} is {kind_name}"),
                Some(format!("remove `{key}`")),
            );
        }
    }
    if let (Some(lo), Some(hi)) = (&min, &max) {
        if lo.v > hi.v {
            sink.report(
                Code::BadBounds,
                lo.span.start..hi.span.end.max(lo.span.end),
                format!("{what} has `min` above `max`"),
                Some("swap the bounds".into()),
            );
        }
    }

    // Options.
    let is_choice = kind_name == "single_choice" || kind_name == "multiple_choice";
    let mut options = Vec::new();
    let mut option_ids: Vec<String> = Vec::new();
    for (ot, ospan) in &option_tables {
        let mut of = Fields::new(ot, ospan.clone(), format!("an option of {what}"));
        let oid = of.required_string(sink, "id", "\"option_id\"");
        let otext = of.string(sink, "text");
        let codes = of.strings(sink, "evidence").unwrap_or_default();
        of.finish(sink);
        if let Some(oid) = &oid {
            check_id(sink, oid, "option");
            if option_ids.contains(&oid.v) {
                sink.report(
                    Code::DuplicateId,
                    oid.span.clone(),
                    format!("{what} has two options `{}`", oid.v),
                    Some("give each option its own id".into()),
                );
            }
            option_ids.push(oid.v.clone());
        }
        if otext.is_none() && ot.get("text").is_none() {
            sink.report(
                Code::OptionWithoutText,
                oid.as_ref().map_or(ospan.clone(), |o| o.span.clone()),
                format!(
                    "option `{}` of {what} has no text",
                    oid.as_ref().map_or("?", |o| o.v.as_str())
                ),
                Some(format!(
                    "add `text = \"{}\"` and the message to every locale file",
                    oid.as_ref().map_or("option-text".to_string(), |o| format!(
                        "{}-{}",
                        id.as_ref().map_or("q", |i| i.v.as_str()),
                        o.v
                    )
                    .replace('_', "-"))
                )),
            );
        }
        messages.extend(otext.clone());
        let evidence = check_codes(sink, &codes, catalogue);
        options.push(ChoiceOption {
            id: oid.map(|o| o.v).unwrap_or_default(),
            text: otext.map(|t| t.v).unwrap_or_default(),
            evidence,
        });
    }
    if is_choice && options.len() < 2 {
        sink.report(
            Code::BadOptions,
            kind_name_span(table),
            format!("{what} is a choice with {} option(s)", options.len()),
            Some("give it at least two `[[sections.questions.options]]`".into()),
        );
    }
    if !is_choice && !option_tables.is_empty() {
        let span = option_tables
            .first()
            .map(|(_, s)| s.clone())
            .unwrap_or(0..0);
        sink.report(
            Code::BadOptions,
            span,
            format!("{what} is {kind_name} and cannot have options"),
            Some(
                "use `kind = \"single_choice\"` or `\"multiple_choice\"`, or remove the options"
                    .into(),
            ),
        );
    }

    // Yes/no evidence.
    let mut yes_no = YesNoEvidence::default();
    if let Some((et, espan)) = evidence {
        let mut ef = Fields::new(et, espan.clone(), format!("the evidence of {what}"));
        let yes = ef.strings(sink, "yes").unwrap_or_default();
        let no = ef.strings(sink, "no").unwrap_or_default();
        ef.finish(sink);
        if kind_name != "yes_no" {
            let help = if is_choice {
                "put `evidence = [...]` on each option instead"
            } else {
                "use `[[sections.questions.evidence_when]]` with a condition instead"
            };
            sink.report(
                Code::BadEvidence,
                espan,
                format!("`evidence.yes` / `evidence.no` only apply to yes/no questions, {what} is {kind_name}"),
                Some(help.into()),
            );
        }
        for code in &no {
            if yes.iter().any(|y| y.v == code.v) {
                sink.report(
                    Code::BadEvidence,
                    code.span.clone(),
                    format!("`{}` is evidenced both by yes and by no", code.v),
                    Some("keep it under the answer that shows the indicator".into()),
                );
            }
        }
        yes_no.yes = check_codes(sink, &yes, catalogue);
        yes_no.no = check_codes(sink, &no, catalogue);
    }
    for (wt, wspan) in evidence_when {
        let mut wf = Fields::new(wt, wspan.clone(), format!("conditional evidence of {what}"));
        let cond = wf.required_string(sink, "when", "\"age(dob) < 18\"");
        let codes = match wf.strings(sink, "indicators") {
            Some(c) => c,
            None => {
                if wt.get("indicators").is_none() {
                    wf.missing(sink, "indicators", "[\"profile.child\"]");
                }
                Vec::new()
            }
        };
        wf.finish(sink);
        if kind_name == "text" {
            sink.report(
                Code::BadEvidence,
                wspan.clone(),
                format!("{what} is free text, which never counts as evidence"),
                Some("ask a structured question for what the rules need".into()),
            );
        }
        let codes = check_codes(sink, &codes, catalogue);
        if let Some(cond) = cond {
            pending.push(PendingCondition {
                text: cond,
                limit: position + 1,
                target: Target::Evidence(position, codes),
            });
        }
    }

    let options_presentation = super::presentation::read(
        sink,
        &what,
        &kind_name,
        KINDS.contains(&kind_name.as_str()),
        kind_name_span(table),
        presentation,
    );
    let kind = match kind_name.as_str() {
        "yes_no" => Kind::YesNo,
        "single_choice" => Kind::SingleChoice(options),
        "multiple_choice" => Kind::MultipleChoice(options),
        "number" => Kind::Number {
            min: min.map(|m| m.v),
            max: max.map(|m| m.v),
            integer: integer.is_some_and(|i| i.v),
        },
        "date" => Kind::Date,
        "country" => Kind::Country,
        "language" => Kind::Language,
        "text" => Kind::Text,
        // Already reported; a placeholder keeps later checks going.
        _ => Kind::Text,
    };
    Some(Question {
        id: id.map(|i| i.v).unwrap_or_default(),
        section,
        text: text.map(|t| t.v).unwrap_or_default(),
        help: help.map(|h| h.v),
        guidance: guidance.map(|g| g.v),
        when: None,
        consent: is_consent,
        required: is_consent || required.is_some_and(|r| r.v),
        sensitive: kind == Kind::Text || sensitive.is_some_and(|s| s.v),
        kind,
        evidence: yes_no,
        evidence_when: Vec::new(),
        options_presentation,
        profile: profile.map(|(p, span)| {
            profiles.push((p, span));
            p
        }),
    })
}

fn kind_name_span(t: &DeTable<'_>) -> Range<usize> {
    t.get("kind").map(|v| v.span()).unwrap_or(0..0)
}
