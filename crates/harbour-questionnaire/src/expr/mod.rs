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

    /// Parses and checks a condition. `scope` answers for each question id whether it may be
    /// referenced here.
    pub(crate) fn compile(
        source: &str,
        scope: &dyn check::Scope,
    ) -> Result<Condition, Vec<check::Problem>> {
        let expr = parser::parse(source).map_err(|(message, span)| {
            vec![check::Problem {
                code: crate::diagnostic::Code::ConditionSyntax,
                message,
                span,
                help: Some(
                    "conditions look like `age(dob) < 18 and (q3 == yes or \"opt\" in q4)`".into(),
                ),
            }]
        })?;
        check::check_condition(&expr, scope)?;
        Ok(Condition {
            source: source.to_string(),
            expr,
        })
    }
}
