//! Answers files: a whole interview's answers as TOML (`question_id = answer`), for scripted
//! entry (`harbour record`) and assessment (`harbour assess`). See `docs/answers-format.md`.

use crate::answer::{AnswerValue, Response};
use crate::diagnostic::LineIndex;
use crate::error::{AnswersError, AnswersProblem};
use crate::model::{Kind, Questionnaire};
use chrono::NaiveDate;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// A parsed answers file.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswersFile {
    /// `[interview] language`: the interview language, if given.
    pub language: Option<String>,
    /// `[interview] date`: the interview date, if given (ages are computed on it).
    pub date: Option<NaiveDate>,
    /// The responses, in file order.
    pub answers: Vec<(String, Response)>,
}

/// Parses an answers file's responses against a questionnaire (every problem at once).
pub fn parse(text: &str, q: &Questionnaire) -> Result<Vec<(String, Response)>, AnswersError> {
    parse_file(text, q).map(|f| f.answers)
}

/// Parses an answers file, including its optional `[interview]` table.
pub fn parse_file(text: &str, q: &Questionnaire) -> Result<AnswersFile, AnswersError> {
    let mut problems = Vec::new();
    let lines = LineIndex::new(text);
    let mut report = |span: Range<usize>, message: String| {
        let loc = lines.location(Default::default(), text, span);
        problems.push(AnswersProblem {
            line: loc.line,
            column: loc.column,
            message,
        });
    };
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            report(
                e.span().unwrap_or(0..0),
                format!("invalid TOML: {}", e.message().trim()),
            );
        }
        return Err(AnswersError { problems });
    }
    let mut out = AnswersFile {
        language: None,
        date: None,
        answers: Vec::new(),
    };
    let mut entries: Vec<_> = root.get_ref().iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, value) in entries {
        let id: &str = key.get_ref();
        if let DeValue::Table(t) = value.get_ref() {
            if id != "interview" {
                report(
                    key.span(),
                    format!("`[{id}]`: the only table allowed is `[interview]`"),
                );
                continue;
            }
            for (k, v) in t.iter() {
                let name: &str = k.get_ref();
                match (name, v.get_ref()) {
                    ("language", DeValue::String(l)) if q.languages().iter().any(|x| x == l) => {
                        out.language = Some(l.to_string());
                    }
                    ("language", _) => report(
                        v.span(),
                        format!("`language` must be one of: {}", q.languages().join(", ")),
                    ),
                    ("date", DeValue::String(_) | DeValue::Datetime(_)) => {
                        let s = match v.get_ref() {
                            DeValue::String(s) => s.to_string(),
                            other => format_datetime(other),
                        };
                        match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                            Ok(d) => out.date = Some(d),
                            Err(_) => report(v.span(), "`date` must be YYYY-MM-DD".into()),
                        }
                    }
                    ("date", _) => report(v.span(), "`date` must be YYYY-MM-DD".into()),
                    _ if q.question(name).is_some() => report(
                        k.span(),
                        format!(
                            "answer `{name}` is inside `[interview]`: put answers before `[interview]`, which must come last"
                        ),
                    ),
                    _ => report(
                        k.span(),
                        format!("`[interview]` has no field `{name}` (known: language, date)"),
                    ),
                }
            }
            continue;
        }
        let Some(question) = q.question(id) else {
            report(
                key.span(),
                format!("the questionnaire has no question `{id}`"),
            );
            continue;
        };
        match response(&question.kind, value.get_ref()) {
            Ok(Response::Answer(v)) => match question.check_answer(v) {
                Ok(v) => out.answers.push((id.to_string(), Response::Answer(v))),
                Err(e) => report(value.span(), e.to_string()),
            },
            Ok(r) => out.answers.push((id.to_string(), r)),
            Err(msg) => report(value.span(), format!("`{id}`: {msg}")),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(AnswersError { problems })
    }
}

fn format_datetime(v: &DeValue<'_>) -> String {
    match v {
        DeValue::Datetime(d) => d.to_string(),
        _ => String::new(),
    }
}

/// The response a TOML value stands for, for a question of this kind.
fn response(kind: &Kind, v: &DeValue<'_>) -> Result<Response, String> {
    if let DeValue::String(s) = v {
        match s.as_ref() {
            "dont_know" => return Ok(Response::DontKnow),
            "declined" => return Ok(Response::Declined),
            "skipped" => return Ok(Response::Skipped),
            _ => {}
        }
    }
    let value = match (kind, v) {
        (Kind::YesNo, DeValue::String(s)) if s == "yes" => AnswerValue::Yes,
        (Kind::YesNo, DeValue::String(s)) if s == "no" => AnswerValue::No,
        (Kind::YesNo, DeValue::Boolean(b)) => {
            if *b {
                AnswerValue::Yes
            } else {
                AnswerValue::No
            }
        }
        (Kind::YesNo, _) => {
            return Err("expected \"yes\", \"no\", \"dont_know\" or \"declined\"".into())
        }
        (Kind::SingleChoice(_), DeValue::String(s)) => AnswerValue::Choice(s.to_string()),
        (Kind::SingleChoice(_), _) => return Err("expected an option id in quotes".into()),
        (Kind::MultipleChoice(_), DeValue::Array(items)) => {
            let mut ids = Vec::new();
            for item in items.iter() {
                match item.get_ref() {
                    DeValue::String(s) => ids.push(s.to_string()),
                    _ => return Err("expected an array of option ids, e.g. [\"a\", \"b\"]".into()),
                }
            }
            AnswerValue::Choices(ids)
        }
        (Kind::MultipleChoice(_), _) => {
            return Err("expected an array of option ids, e.g. [\"a\", \"b\"]".into())
        }
        (Kind::Number { .. }, DeValue::Integer(i)) => AnswerValue::Number(
            i.as_str()
                .replace('_', "")
                .parse()
                .map_err(|_| "expected a number".to_string())?,
        ),
        (Kind::Number { .. }, DeValue::Float(f)) => AnswerValue::Number(
            f.as_str()
                .replace('_', "")
                .parse()
                .map_err(|_| "expected a number".to_string())?,
        ),
        (Kind::Number { .. }, _) => return Err("expected a number".into()),
        (Kind::Date, DeValue::String(s)) => crate::answer::PartialDate::parse(s)
            .map(AnswerValue::Date)
            .ok_or("expected a date: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"")?,
        (Kind::Date, DeValue::Datetime(_)) => {
            crate::answer::PartialDate::parse(&format_datetime(v))
                .map(AnswerValue::Date)
                .ok_or("expected a date: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"")?
        }
        (Kind::Date, _) => return Err("expected a date in quotes, e.g. \"1990-05\"".into()),
        (Kind::Country, DeValue::String(s)) => AnswerValue::Country(s.to_string()),
        (Kind::Language, DeValue::String(s)) => AnswerValue::Language(s.to_string()),
        (Kind::Text, DeValue::String(s)) => AnswerValue::Text(s.to_string()),
        (_, _) => return Err("expected a string".into()),
    };
    Ok(Response::Answer(value))
}
