//! One question: id, kind, texts, marks (consent, required, sensitive, profile), number
//! bounds, options and evidence. Its conditions are queued for `condition`.

use super::condition::{PendingCondition, Target};
use super::{check_codes, check_id, Ctx};
use crate::diagnostic::Code;
use crate::model::{ChoiceOption, Kind, Profile, Question, YesNoEvidence};
use crate::validate::reader::Fields;
use std::ops::Range;
use toml::de::DeTable;

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

/// Reads the question at `position` (0-based, over the whole file) of section `section`.
pub(super) fn read(
    cx: &mut Ctx<'_, '_>,
    table: &DeTable<'_>,
    span: Range<usize>,
    section: usize,
    position: usize,
) -> Question {
    let mut f = Fields::new(table, span.clone(), format!("question {}", position + 1));
    let id = f.required_string(cx.sink, "id", "\"q1\"");
    let what = match &id {
        Some(i) => format!("question `{}`", i.v),
        None => format!("question {}", position + 1),
    };
    let mut f = Fields::new(table, span, what.clone());
    f.mark("id");
    if let Some(id) = &id {
        check_id(cx.sink, id, "question");
    }
    let kind_name = f.required_string(cx.sink, "kind", "\"yes_no\"");
    if let Some(k) = &kind_name {
        if !KINDS.contains(&k.v.as_str()) {
            let help = match cx.sink.suggest.closest(&k.v, KINDS.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the kinds are: {}", KINDS.join(", ")),
            };
            cx.sink.report(
                Code::UnknownKind,
                k.span.clone(),
                format!("`{}` is not a question kind", k.v),
                Some(help),
            );
        }
    }
    let kind_name = kind_name.map(|k| k.v).unwrap_or_default();
    let text = f.required_string(cx.sink, "text", "\"q1-text\"");
    cx.messages.extend(text.clone());
    let help = f.string(cx.sink, "help");
    cx.messages.extend(help.clone());
    let guidance = f.string(cx.sink, "guidance");
    cx.messages.extend(guidance.clone());
    if let Some(w) = f.string(cx.sink, "when") {
        cx.pending.push(PendingCondition {
            text: w,
            limit: position,
            target: Target::Question(position),
        });
    }
    let profile = f.string(cx.sink, "profile").and_then(|p| {
        let found = Profile::ALL.iter().copied().find(|x| x.name() == p.v);
        match found {
            None => {
                let names: Vec<&str> = Profile::ALL.iter().map(|x| x.name()).collect();
                cx.sink.report(
                    Code::BadProfile,
                    p.span.clone(),
                    format!("`{}` is not a profile field", p.v),
                    Some(format!("the profile fields are: {}", names.join(", "))),
                );
                None
            }
            Some(x) if x.kind_name() != kind_name && KINDS.contains(&kind_name.as_str()) => {
                cx.sink.report(
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
    let consent = f.boolean(cx.sink, "consent");
    let required = f.boolean(cx.sink, "required");
    let sensitive = f.boolean(cx.sink, "sensitive");
    let min = f.number(cx.sink, "min");
    let max = f.number(cx.sink, "max");
    let integer = f.boolean(cx.sink, "integer");
    let option_tables = f.tables(cx.sink, "options");
    let presentation = f.string(cx.sink, "options_presentation");
    let evidence = f.table(cx.sink, "evidence");
    let evidence_when = f.tables(cx.sink, "evidence_when");
    f.finish(cx.sink);

    let is_consent = consent.as_ref().is_some_and(|c| c.v);
    if let Some(c) = &consent {
        if c.v && kind_name != "yes_no" {
            cx.sink.report(
                Code::BadConsent,
                c.span.clone(),
                format!("{what} is marked consent but is not a yes/no question"),
                Some("the consent question must be `kind = \"yes_no\"`".into()),
            );
        }
    }
    if let Some(r) = &required {
        if r.v && !is_consent {
            cx.sink.report(
                Code::RequiredNotConsent,
                r.span.clone(),
                format!("{what} is required, but only the consent question may be"),
                Some("remove `required`: a person may always decline or not know".into()),
            );
        }
    }
    if is_consent && table.get("when").is_some() {
        cx.sink.report(
            Code::BadConsent,
            table.get("when").map(|v| v.span()).unwrap_or(0..0),
            "the consent question has a condition".into(),
            Some("consent is always asked: remove `when`".into()),
        );
    }
    if kind_name == "text" {
        if let Some(s) = &sensitive {
            if !s.v {
                cx.sink.report(
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
            cx.sink.report(
                Code::BadBounds,
                span,
                format!("`{key}` only applies to number questions, {what} is {kind_name}"),
                Some(format!("remove `{key}`")),
            );
        }
    }
    if let (Some(lo), Some(hi)) = (&min, &max) {
        if lo.v > hi.v {
            cx.sink.report(
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
        let oid = of.required_string(cx.sink, "id", "\"option_id\"");
        let otext = of.string(cx.sink, "text");
        let codes = of.strings(cx.sink, "evidence").unwrap_or_default();
        of.finish(cx.sink);
        if let Some(oid) = &oid {
            check_id(cx.sink, oid, "option");
            if option_ids.contains(&oid.v) {
                cx.sink.report(
                    Code::DuplicateId,
                    oid.span.clone(),
                    format!("{what} has two options `{}`", oid.v),
                    Some("give each option its own id".into()),
                );
            }
            option_ids.push(oid.v.clone());
        }
        if otext.is_none() && ot.get("text").is_none() {
            cx.sink.report(
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
        cx.messages.extend(otext.clone());
        let evidence = check_codes(cx, &codes);
        options.push(ChoiceOption {
            id: oid.map(|o| o.v).unwrap_or_default(),
            text: otext.map(|t| t.v).unwrap_or_default(),
            evidence,
        });
    }
    if is_choice && options.len() < 2 {
        cx.sink.report(
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
        cx.sink.report(
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
        let yes = ef.strings(cx.sink, "yes").unwrap_or_default();
        let no = ef.strings(cx.sink, "no").unwrap_or_default();
        ef.finish(cx.sink);
        if kind_name != "yes_no" {
            let help = if is_choice {
                "put `evidence = [...]` on each option instead"
            } else {
                "use `[[sections.questions.evidence_when]]` with a condition instead"
            };
            cx.sink.report(
                Code::BadEvidence,
                espan,
                format!("`evidence.yes` / `evidence.no` only apply to yes/no questions, {what} is {kind_name}"),
                Some(help.into()),
            );
        }
        for code in &no {
            if yes.iter().any(|y| y.v == code.v) {
                cx.sink.report(
                    Code::BadEvidence,
                    code.span.clone(),
                    format!("`{}` is evidenced both by yes and by no", code.v),
                    Some("keep it under the answer that shows the indicator".into()),
                );
            }
        }
        yes_no.yes = check_codes(cx, &yes);
        yes_no.no = check_codes(cx, &no);
    }
    for (wt, wspan) in evidence_when {
        let mut wf = Fields::new(wt, wspan.clone(), format!("conditional evidence of {what}"));
        let cond = wf.required_string(cx.sink, "when", "\"age(dob) < 18\"");
        let codes = match wf.strings(cx.sink, "indicators") {
            Some(c) => c,
            None => {
                if wt.get("indicators").is_none() {
                    wf.missing(cx.sink, "indicators", "[\"profile.child\"]");
                }
                Vec::new()
            }
        };
        wf.finish(cx.sink);
        if kind_name == "text" {
            cx.sink.report(
                Code::BadEvidence,
                wspan.clone(),
                format!("{what} is free text, which never counts as evidence"),
                Some("ask a structured question for what the rules need".into()),
            );
        }
        let codes = check_codes(cx, &codes);
        if let Some(cond) = cond {
            cx.pending.push(PendingCondition {
                text: cond,
                limit: position + 1,
                target: Target::Evidence(position, codes),
            });
        }
    }

    let options_presentation = super::presentation::read(
        cx.sink,
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
    Question {
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
            cx.profiles.push((p, span));
            p
        }),
    }
}

fn kind_name_span(t: &DeTable<'_>) -> Range<usize> {
    t.get("kind").map(|v| v.span()).unwrap_or(0..0)
}
