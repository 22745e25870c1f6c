//! From an interview to evidence for the rules. Only responses on the current path count;
//! skipped questions count as never asked; "don't know" and "declined" become `Unknown`.

use crate::answer::{AnswerValue, Response};
use crate::engine::Interview;
use crate::expr::Truth;
use crate::model::{Kind, Questionnaire};
use harbour_rules::{AnswerRef, Evidence, Observation};

/// The evidence of the responses on the current path.
///
/// Per kind:
/// - yes/no: `evidence.yes` codes are Present on yes, Absent on no; `evidence.no` the reverse;
/// - choices: a chosen option's codes are Present; the other options' codes are Absent for a
///   single choice or a multiple choice whose options were all read (`read_all`), and Unknown
///   for a multiple choice whose options were not suggested (`not_suggested`): not mentioning
///   something is not saying no (and, as for a declined answer, a "no" to another question
///   does not mask it: the merge keeps Unknown over Absent);
/// - `evidence_when`: Present when the condition is true, Absent when false, Unknown when it
///   cannot be known (no answer, declined, don't know);
/// - don't know / declined: every code the question could evidence is Unknown.
pub fn evidence(q: &Questionnaire, iv: &Interview) -> Evidence {
    let path = iv.path(q);
    let view = iv.on_path(q, &path);
    let mut ev = Evidence::new();
    for (i, question) in q.questions().iter().enumerate() {
        if !path.on.get(i).copied().unwrap_or(false) {
            continue;
        }
        let Some(given) = iv.response(&question.id) else {
            continue;
        };
        if given.response == Response::Skipped {
            continue;
        }
        let answer = AnswerRef {
            question_id: question.id.clone(),
            answer: given.response.canonical(),
            language: given.language.clone(),
        };
        let mut observe = |codes: &[String], obs: Observation| {
            for code in codes {
                ev.observe(code, obs, answer.clone());
            }
        };
        let unchosen_means_no = question.unchosen_means_no();
        match (&question.kind, &given.response) {
            (Kind::YesNo, Response::Answer(a)) => {
                let yes = *a == AnswerValue::Yes;
                let (p, n) = if yes {
                    (Observation::Present, Observation::Absent)
                } else {
                    (Observation::Absent, Observation::Present)
                };
                observe(&question.evidence.yes, p);
                observe(&question.evidence.no, n);
            }
            (Kind::SingleChoice(opts) | Kind::MultipleChoice(opts), Response::Answer(a)) => {
                for o in opts {
                    let chosen = match a {
                        AnswerValue::Choice(c) => *c == o.id,
                        AnswerValue::Choices(cs) => cs.contains(&o.id),
                        _ => false,
                    };
                    let obs = if chosen {
                        Observation::Present
                    } else if unchosen_means_no {
                        Observation::Absent
                    } else {
                        Observation::Unknown
                    };
                    observe(&o.evidence, obs);
                }
            }
            (_, Response::DontKnow | Response::Declined) => {
                observe(&question.evidence.yes, Observation::Unknown);
                observe(&question.evidence.no, Observation::Unknown);
                for o in question.kind.options() {
                    observe(&o.evidence, Observation::Unknown);
                }
            }
            _ => {}
        }
        for rule in &question.evidence_when {
            let obs = match rule.when.eval(&view) {
                Truth::True => Observation::Present,
                Truth::False => Observation::Absent,
                Truth::Unknown => Observation::Unknown,
            };
            observe(&rule.indicators, obs);
        }
    }
    ev
}
