//! Conditions (`when`): queued while the file is read, compiled once every question is
//! known, because a condition may refer to any earlier question and to no later one.

use super::{Body, Ctx};
use crate::diagnostic::Code;
use crate::expr::check::{Resolved, Scope};
use crate::expr::Condition;
use crate::model::{ConditionalEvidence, Question};
use crate::validate::reader::{Sp, Suggester};
use std::collections::HashMap;
use std::ops::Range;

/// A `when` waiting for all questions to be known.
pub(super) struct PendingCondition {
    pub text: Sp<String>,
    /// Questions before this index may be referenced.
    pub limit: usize,
    pub target: Target,
}

/// What a condition belongs to.
pub(super) enum Target {
    Section(usize),
    Question(usize),
    /// Conditional evidence of a question, with the indicators it gives.
    Evidence(usize, Vec<String>),
}

struct QScope<'a> {
    suggest: &'a Suggester,
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
        self.suggest
            .closest(id, self.index.keys().map(String::as_str))
            .map(String::from)
    }
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

/// Compiles every queued condition against the questions before it and attaches it.
pub(super) fn resolve(cx: &mut Ctx<'_, '_>, body: &mut Body) {
    let src = cx.sink.src;
    for p in std::mem::take(&mut cx.pending) {
        let scope = QScope {
            suggest: &cx.sink.suggest,
            index: &body.index,
            questions: &body.questions,
            limit: p.limit,
        };
        match Condition::compile(&p.text.v, &scope) {
            Ok(cond) => attach(cx, body, p, cond),
            Err(problems) => {
                for pr in problems {
                    let span = inner_span(src, &p.text.span, &pr.span);
                    cx.sink.report(pr.code, span, pr.message, pr.help);
                }
            }
        }
    }
}

fn attach(cx: &mut Ctx<'_, '_>, body: &mut Body, p: PendingCondition, cond: Condition) {
    match p.target {
        Target::Section(i) => {
            if let Some(s) = body.sections.get_mut(i) {
                s.when = Some(cond);
            }
        }
        Target::Question(i) => {
            if let Some(q) = body.questions.get_mut(i) {
                q.when = Some(cond);
            }
        }
        Target::Evidence(i, indicators) => {
            if let Some(q) = body.questions.get_mut(i) {
                // The answer behind the evidence is this question's: a condition that
                // never looks at it would credit the wrong answer.
                if !cond.references().contains(&q.id.as_str()) {
                    cx.sink.report(
                        Code::BadEvidence,
                        p.text.span.clone(),
                        format!(
                            "conditional evidence of question `{}` does not use its answer",
                            q.id
                        ),
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
    }
}
