//! One `[[sections]]` table: its id, texts and condition, then its questions, with the
//! checks that span questions (one consent question, first; question ids unique).

use super::condition::{PendingCondition, Target};
use super::{check_id, id_span, question, Body, Ctx};
use crate::diagnostic::Code;
use crate::model::Section;
use crate::validate::reader::Fields;
use std::ops::Range;
use toml::de::DeTable;

/// Reads one section and its questions into `body`.
pub(super) fn read(cx: &mut Ctx<'_, '_>, body: &mut Body, table: &DeTable<'_>, span: Range<usize>) {
    let s_index = body.sections.len();
    let mut sf = Fields::new(table, span.clone(), format!("section {}", s_index + 1));
    let sid = sf.required_string(cx.sink, "id", "\"section_id\"");
    let what = match &sid {
        Some(s) => format!("section `{}`", s.v),
        None => format!("section {}", s_index + 1),
    };
    let mut sf = Fields::new(table, span.clone(), what.clone());
    sf.mark("id");
    if let Some(sid) = &sid {
        check_id(cx.sink, sid, "section");
        if let Some(first) = body.section_ids.get(&sid.v) {
            let first = cx.sink.location(first.clone());
            cx.sink.report(
                Code::DuplicateId,
                sid.span.clone(),
                format!(
                    "section id `{}` is already used (line {})",
                    sid.v, first.line
                ),
                Some("give each section its own id".into()),
            );
        } else {
            body.section_ids.insert(sid.v.clone(), sid.span.clone());
        }
    }
    let title = sf.required_string(cx.sink, "title", "\"section-title\"");
    cx.messages.extend(title.clone());
    let signpost = sf.string(cx.sink, "signpost");
    cx.messages.extend(signpost.clone());
    let sensitive = sf.boolean(cx.sink, "sensitive").is_some_and(|b| b.v);
    if let Some(w) = sf.string(cx.sink, "when") {
        cx.pending.push(PendingCondition {
            text: w,
            limit: body.questions.len(),
            target: Target::Section(s_index),
        });
    }
    let q_tables = sf.tables(cx.sink, "questions");
    sf.finish(cx.sink);
    if q_tables.is_empty() {
        cx.sink.report(
            Code::EmptySection,
            span.clone(),
            format!("{what} has no questions"),
            Some("add `[[sections.questions]]` tables or remove the section".into()),
        );
    }
    let first_q = body.questions.len();
    for (qt, qspan) in q_tables {
        let q = question::read(cx, qt, qspan, s_index, body.questions.len());
        if q.consent {
            check_consent(cx, body, qt, &q.id);
        }
        if let Some(first) = body.index.get(&q.id) {
            let first_id = body
                .questions
                .get(*first)
                .map(|f| f.id.clone())
                .unwrap_or_default();
            cx.sink.report(
                Code::DuplicateId,
                id_span(qt).unwrap_or(0..0),
                format!("question id `{first_id}` is already used"),
                Some("give each question its own id (answers are stored by id)".into()),
            );
        } else {
            body.index.insert(q.id.clone(), body.questions.len());
        }
        body.questions.push(q);
    }
    body.sections.push(Section {
        id: sid.map(|s| s.v).unwrap_or_default(),
        title: title.map(|t| t.v).unwrap_or_default(),
        signpost: signpost.map(|s| s.v),
        sensitive,
        when: None,
        questions: first_q..body.questions.len(),
    });
}

/// One consent question, asked before anything else.
fn check_consent(cx: &mut Ctx<'_, '_>, body: &mut Body, table: &DeTable<'_>, id: &str) {
    if let Some(first) = &body.consent {
        cx.sink.report(
            Code::BadConsent,
            id_span(table).unwrap_or(0..0),
            format!("question `{id}` is a second consent question (the first is `{first}`)"),
            Some("keep one consent question".into()),
        );
    } else {
        body.consent = Some(id.to_string());
        if !body.questions.is_empty() {
            cx.sink.report(
                Code::BadConsent,
                id_span(table).unwrap_or(0..0),
                format!("consent question `{id}` is not the first question"),
                Some("nothing may be asked before consent: move it to the start".into()),
            );
        }
    }
}
