//! The condition language of `when` fields: parse, type-check against the questions that come
//! before, and evaluate with three-valued logic (see `docs/questionnaire-format.md`).

mod ast;
pub(crate) mod check;
mod eval;
mod lexer;
mod parser;

pub use eval::{Responses, Truth};

/// A checked condition. Only the validator creates one, after checking every reference and type.
#[derive(Debug, Clone)]
pub struct Condition {
    source: String,
    expr: ast::Expr,
}

impl Condition {
    /// The condition as written in the questionnaire.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Evaluates the condition. Total: never fails, never panics; a missing, declined or
    /// "don't know" answer makes comparisons `Unknown` rather than false-as-"no".
    pub fn eval(&self, answers: &dyn Responses) -> Truth {
        eval::truth(&self.expr, answers)
    }

    /// The question ids the condition refers to, in order of appearance (with repeats).
    pub fn references(&self) -> Vec<&str> {
        fn walk<'a>(e: &'a ast::Expr, out: &mut Vec<&'a str>) {
            use ast::ExprKind::*;
            match &e.kind {
                Ref(q) | Call(_, q, _) => out.push(q),
                Num(_) | Str(_) | YesNo(_) => {}
                List(items) => items.iter().for_each(|i| walk(i, out)),
                Not(a) | Neg(a) => walk(a, out),
                And(a, b) | Or(a, b) | Cmp(_, a, b) | Arith(_, a, b) | In(a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.expr, &mut out);
        out
    }

    /// Parses and checks a condition. `scope` answers for each question id whether it may be
    /// referenced here.
    pub(crate) fn compile(
        source: &str,
        scope: &dyn check::Scope,
    ) -> Result<Condition, Vec<check::Problem>> {
        let expr = parser::parse(source).map_err(|failure| vec![parse_problem(failure)])?;
        check::check_condition(&expr, scope)?;
        Ok(Condition {
            source: source.to_string(),
            expr,
        })
    }
}

/// The diagnostic for a condition that does not parse.
fn parse_problem(failure: parser::ParseFailure) -> check::Problem {
    use crate::diagnostic::Code;
    match failure {
        parser::ParseFailure::Syntax((message, span)) => check::Problem {
            code: Code::ConditionSyntax,
            message,
            span,
            help: Some(
                "conditions look like `age(dob) < 18 and (q3 == yes or \"opt\" in q4)`".into(),
            ),
        },
        parser::ParseFailure::TooDeep(span) => check::Problem {
            code: Code::ConditionTooDeep,
            message: format!(
                "the condition nests brackets, lists, `not` or `-` more than {} levels deep",
                parser::MAX_NESTING
            ),
            span,
            help: Some("write it with fewer levels; no questionnaire needs this many".into()),
        },
        parser::ParseFailure::TooLong(span) => check::Problem {
            code: Code::ConditionTooDeep,
            message: format!(
                "the condition chains more than {} operators",
                parser::MAX_TREE_DEPTH
            ),
            span,
            help: Some(
                "split it: use `in [...]` for a list of values, or ask a question that sums it up"
                    .into(),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::check::{Resolved, Scope};
    use super::*;
    use crate::answer::{AnswerValue, PartialDate, Response};
    use std::collections::HashMap;

    /// Questions: yn (yes_no), ch (single choice a/b), multi (a/b/c), n (number), dob (date),
    /// c (country), t (text) — all earlier than the condition.
    struct Fixture;
    impl Scope for Fixture {
        fn resolve(&self, id: &str) -> Resolved {
            let (kind, options): (&'static str, &[&str]) = match id {
                "yn" | "yn2" => ("yes_no", &[]),
                "ch" => ("single_choice", &["a", "b"]),
                "multi" => ("multiple_choice", &["a", "b", "c"]),
                "n" => ("number", &[]),
                "dob" => ("date", &[]),
                "c" => ("country", &[]),
                "t" => ("text", &[]),
                "later" => return Resolved::Later,
                _ => return Resolved::Unknown,
            };
            Resolved::Visible {
                kind,
                options: options.iter().map(|s| s.to_string()).collect(),
            }
        }
        fn suggest(&self, _: &str) -> Option<String> {
            None
        }
    }

    struct Answers(HashMap<&'static str, Response>);
    impl Responses for Answers {
        fn response(&self, q: &str) -> Option<&Response> {
            self.0.get(q)
        }
        fn today(&self) -> chrono::NaiveDate {
            chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default()
        }
    }

    fn answers(list: &[(&'static str, Response)]) -> Answers {
        Answers(list.iter().cloned().collect())
    }

    fn eval(src: &str, a: &Answers) -> Truth {
        match Condition::compile(src, &Fixture) {
            Ok(c) => c.eval(a),
            Err(p) => panic!("{src}: {p:?}"),
        }
    }

    fn codes(src: &str) -> Vec<crate::diagnostic::Code> {
        match Condition::compile(src, &Fixture) {
            Ok(_) => vec![],
            Err(p) => p.into_iter().map(|p| p.code).collect(),
        }
    }

    fn ans(v: AnswerValue) -> Response {
        Response::Answer(v)
    }

    #[test]
    fn a_declined_answer_is_neither_yes_nor_no() {
        let a = answers(&[("yn", Response::Declined)]);
        for src in [
            "yn == yes",
            "yn == no",
            "yn != yes",
            "not (yn == yes)",
            "not yn == no",
        ] {
            assert_eq!(eval(src, &a), Truth::Unknown, "{src}");
        }
        assert_eq!(eval("declined(yn)", &a), Truth::True);
        assert_eq!(eval("answered(yn)", &a), Truth::False);
        assert_eq!(eval("yn == yes or not answered(yn)", &a), Truth::True);
    }

    #[test]
    fn kleene_and_or() {
        let a = answers(&[("yn", ans(AnswerValue::Yes))]);
        assert_eq!(eval("yn == no and n > 1", &a), Truth::False);
        assert_eq!(eval("yn == yes and n > 1", &a), Truth::Unknown);
        assert_eq!(eval("yn == yes or n > 1", &a), Truth::True);
        assert_eq!(eval("yn == no or n > 1", &a), Truth::Unknown);
    }

    #[test]
    fn arithmetic_precedence_and_division_by_zero() {
        let a = answers(&[("n", ans(AnswerValue::Number(4.0)))]);
        assert_eq!(eval("1 + n * 2 == 9", &a), Truth::True);
        assert_eq!(eval("(1 + n) * 2 == 10", &a), Truth::True);
        assert_eq!(eval("-n < 0", &a), Truth::True);
        assert_eq!(eval("n / 0 > 1", &a), Truth::Unknown);
        assert_eq!(eval("n - 4 / 2 >= 2", &a), Truth::True);
    }

    #[test]
    fn membership_and_choices() {
        let a = answers(&[
            ("ch", ans(AnswerValue::Choice("b".into()))),
            (
                "multi",
                ans(AnswerValue::Choices(vec!["a".into(), "c".into()])),
            ),
            ("c", ans(AnswerValue::Country("SY".into()))),
        ]);
        assert_eq!(eval("ch == \"b\"", &a), Truth::True);
        assert_eq!(eval("ch in [\"a\", \"b\"]", &a), Truth::True);
        assert_eq!(
            eval("\"c\" in multi and not \"b\" in multi", &a),
            Truth::True
        );
        assert_eq!(eval("c in [\"SY\", \"AF\"]", &a), Truth::True);
        assert_eq!(eval("c == \"stateless\"", &a), Truth::False);
        assert_eq!(eval("\"a\" in multi", &answers(&[])), Truth::Unknown);
    }

    #[test]
    fn age_uses_the_interview_date_and_the_youngest_possible_age() {
        let dob = |s: &str| {
            answers(&[(
                "dob",
                ans(AnswerValue::Date(PartialDate::parse(s).unwrap_or(
                    PartialDate {
                        year: 0,
                        month: None,
                        day: None,
                    },
                ))),
            )])
        };
        assert_eq!(eval("age(dob) < 18", &dob("2008")), Truth::True);
        assert_eq!(eval("age(dob) < 18", &dob("2008-05")), Truth::False);
        assert_eq!(eval("age(dob) < 18", &dob("2030")), Truth::Unknown);
        assert_eq!(
            eval("age(dob) < 18", &answers(&[("dob", Response::DontKnow)])),
            Truth::Unknown
        );
    }

    #[test]
    fn the_checker_names_each_mistake() {
        use crate::diagnostic::Code::*;
        assert_eq!(codes("yn == yes"), vec![]);
        assert_eq!(codes("nope == yes"), vec![UnknownReference]);
        assert_eq!(codes("later == yes"), vec![ForwardReference]);
        assert_eq!(codes("yn"), vec![ConditionType]);
        assert_eq!(codes("yn == 1"), vec![ConditionType]);
        assert_eq!(codes("dob < 18"), vec![ConditionType]);
        assert_eq!(codes("age(yn) < 18"), vec![ConditionType]);
        assert_eq!(codes("t == \"x\""), vec![ConditionType]);
        assert_eq!(codes("multi == \"a\""), vec![ConditionType]);
        assert_eq!(codes("ch == \"z\""), vec![UnknownValue]);
        assert_eq!(codes("\"z\" in multi"), vec![UnknownValue]);
        assert_eq!(codes("c == \"Syria\""), vec![UnknownValue]);
        assert_eq!(codes("yn == yes and"), vec![ConditionSyntax]);
        assert_eq!(codes("foo(yn)"), vec![ConditionSyntax]);
        assert_eq!(codes("yn = yes"), vec![ConditionSyntax]);
        assert_eq!(codes(""), vec![ConditionSyntax]);
        assert_eq!(codes("(yn == yes"), vec![ConditionSyntax]);
        // Nesting and chains are limited (the parser and the checker recurse per level).
        let nested = |n: usize| format!("{}yn == yes{}", "(".repeat(n), ")".repeat(n));
        assert_eq!(codes(&nested(parser::MAX_NESTING)), vec![]);
        assert_eq!(
            codes(&nested(parser::MAX_NESTING + 1)),
            vec![ConditionTooDeep]
        );
        assert_eq!(codes(&nested(200_000)), vec![ConditionTooDeep]);
        assert_eq!(codes(&"not ".repeat(200_000)), vec![ConditionTooDeep]);
        assert_eq!(codes(&"-".repeat(200_000)), vec![ConditionTooDeep]);
        assert_eq!(codes(&"[".repeat(200_000)), vec![ConditionTooDeep]);
        let chain = |n: usize| vec!["yn == yes"; n].join(" or ");
        assert_eq!(codes(&chain(100)), vec![]);
        assert_eq!(codes(&chain(200_000)), vec![ConditionTooDeep]);
        // Several mistakes in one condition are all reported.
        assert_eq!(
            codes("nope == yes or ch == \"z\""),
            vec![UnknownReference, UnknownValue]
        );
    }
}
