//! Type-checking of conditions: every reference exists and comes earlier, every operator gets
//! operands of the right type, every literal compared with an answer is one it could be.

use super::ast::{CmpOp, Expr, ExprKind, Func};
use crate::answer::{is_country_code, is_language_code};
use crate::diagnostic::Code;
use std::ops::Range;

/// What a condition may see of a question.
#[derive(Debug, Clone)]
pub(crate) enum Resolved {
    /// The question exists and may be referenced; its kind name and option ids.
    Visible {
        kind: &'static str,
        options: Vec<String>,
    },
    /// The question exists but comes at or after the place of the condition.
    Later,
    /// No question has this id.
    Unknown,
}

/// The questions a condition may refer to.
pub(crate) trait Scope {
    fn resolve(&self, id: &str) -> Resolved;
    /// A close id for "did you mean" help.
    fn suggest(&self, id: &str) -> Option<String>;
}

/// A problem with a condition: code, message, span within the condition, suggested fix.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub code: Code,
    pub message: String,
    pub span: Range<usize>,
    pub help: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Ty {
    Bool,
    Num,
    YesNo,
    Choice(String, Vec<String>),
    Multi(String, Vec<String>),
    Country,
    Language,
    Date(String),
    Text,
    Str(String),
    /// Already reported: suppresses follow-on errors.
    Error,
}

impl Ty {
    fn describe(&self) -> String {
        match self {
            Ty::Bool => "a condition (true/false)".into(),
            Ty::Num => "a number".into(),
            Ty::YesNo => "a yes/no answer".into(),
            Ty::Choice(q, _) => format!("the single-choice answer `{q}`"),
            Ty::Multi(q, _) => format!("the multiple-choice answer `{q}`"),
            Ty::Country => "a country".into(),
            Ty::Language => "a language".into(),
            Ty::Date(q) => format!("the date `{q}`"),
            Ty::Text => "a free-text answer".into(),
            Ty::Str(_) => "a text literal".into(),
            Ty::Error => "an invalid expression".into(),
        }
    }
}

struct Checker<'a> {
    scope: &'a dyn Scope,
    problems: Vec<Problem>,
}

/// Checks a whole condition: it must be a true/false test.
pub(crate) fn check_condition(expr: &Expr, scope: &dyn Scope) -> Result<(), Vec<Problem>> {
    let mut c = Checker {
        scope,
        problems: Vec::new(),
    };
    let ty = c.ty(expr);
    match ty {
        Ty::Bool | Ty::Error => {}
        Ty::YesNo => c.type_error(
            expr.span.clone(),
            "a condition must be a test, not a yes/no answer".into(),
            Some("write `q == yes` (a declined answer is then neither yes nor no)".into()),
        ),
        other => c.type_error(
            expr.span.clone(),
            format!("a condition must be a test, found {}", other.describe()),
            Some("compare it, e.g. `q == \"option\"` or `answered(q)`".into()),
        ),
    }
    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(c.problems)
    }
}

impl Checker<'_> {
    fn type_error(&mut self, span: Range<usize>, message: String, help: Option<String>) {
        self.problems.push(Problem {
            code: Code::ConditionType,
            message,
            span,
            help,
        });
    }

    fn reference(&mut self, id: &str, span: &Range<usize>) -> Option<(&'static str, Vec<String>)> {
        match self.scope.resolve(id) {
            Resolved::Visible { kind, options } => Some((kind, options)),
            Resolved::Later => {
                self.problems.push(Problem {
                    code: Code::ForwardReference,
                    message: format!("`{id}` is not asked before this point"),
                    span: span.clone(),
                    help: Some(
                        "a condition may only use questions that come earlier; move the question or the condition".into(),
                    ),
                });
                None
            }
            Resolved::Unknown => {
                let help = match self.scope.suggest(id) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "use the id of a question asked earlier".into(),
                };
                self.problems.push(Problem {
                    code: Code::UnknownReference,
                    message: format!("no question `{id}`"),
                    span: span.clone(),
                    help: Some(help),
                });
                None
            }
        }
    }

    fn expect(&mut self, e: &Expr, want: Ty, context: &str) {
        let got = self.ty(e);
        if got != want && got != Ty::Error {
            let help = match (&want, &got) {
                (Ty::Bool, Ty::YesNo) => Some("write `q == yes`".to_string()),
                (Ty::Num, Ty::Date(q)) => Some(format!("use `age({q})` for an age in years")),
                _ => None,
            };
            self.type_error(
                e.span.clone(),
                format!(
                    "{context} needs {}, found {}",
                    want.describe(),
                    got.describe()
                ),
                help,
            );
        }
    }

    fn ty(&mut self, e: &Expr) -> Ty {
        match &e.kind {
            ExprKind::Num(_) => Ty::Num,
            ExprKind::Str(s) => Ty::Str(s.clone()),
            ExprKind::YesNo(_) => Ty::YesNo,
            ExprKind::Ref(id) => match self.reference(id, &e.span) {
                None => Ty::Error,
                Some((kind, options)) => match kind {
                    "yes_no" => Ty::YesNo,
                    "single_choice" => Ty::Choice(id.clone(), options),
                    "multiple_choice" => Ty::Multi(id.clone(), options),
                    "number" => Ty::Num,
                    "date" => Ty::Date(id.clone()),
                    "country" => Ty::Country,
                    "language" => Ty::Language,
                    _ => Ty::Text,
                },
            },
            ExprKind::Call(func, id, id_span) => {
                let Some((kind, _)) = self.reference(id, id_span) else {
                    return Ty::Error;
                };
                match func {
                    Func::Answered | Func::Declined | Func::DontKnow => Ty::Bool,
                    Func::Age if kind == "date" => Ty::Num,
                    Func::Age => {
                        self.type_error(
                            id_span.clone(),
                            format!("`age` needs a date question, `{id}` is a {kind} question"),
                            None,
                        );
                        Ty::Error
                    }
                }
            }
            ExprKind::List(_) => {
                self.type_error(
                    e.span.clone(),
                    "a list can only follow `in`".into(),
                    Some("write `q in [\"a\", \"b\"]`".into()),
                );
                Ty::Error
            }
            ExprKind::Not(inner) => {
                self.expect(inner, Ty::Bool, "`not`");
                Ty::Bool
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let word = if matches!(e.kind, ExprKind::And(..)) {
                    "`and`"
                } else {
                    "`or`"
                };
                self.expect(a, Ty::Bool, word);
                self.expect(b, Ty::Bool, word);
                Ty::Bool
            }
            ExprKind::Neg(inner) => {
                self.expect(inner, Ty::Num, "`-`");
                Ty::Num
            }
            ExprKind::Arith(_, a, b) => {
                self.expect(a, Ty::Num, "arithmetic");
                self.expect(b, Ty::Num, "arithmetic");
                Ty::Num
            }
            ExprKind::Cmp(op, a, b) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let ta = self.ty(a);
                    let tb = self.ty(b);
                    self.comparable(&ta, &a.span, &tb, &b.span);
                } else {
                    self.expect(a, Ty::Num, "an ordering comparison");
                    self.expect(b, Ty::Num, "an ordering comparison");
                }
                Ty::Bool
            }
            ExprKind::In(a, b) => {
                let ta = self.ty(a);
                match &b.kind {
                    ExprKind::List(items) => {
                        if items.is_empty() {
                            self.type_error(
                                b.span.clone(),
                                "an empty list never matches".into(),
                                None,
                            );
                        }
                        for item in items {
                            let ti = self.ty(item);
                            self.comparable(&ta, &a.span, &ti, &item.span);
                        }
                    }
                    _ => match self.ty(b) {
                        Ty::Multi(q, options) => match &ta {
                            Ty::Str(s) => self.option_exists(s, &q, &options, &a.span),
                            Ty::Error => {}
                            other => self.type_error(
                                a.span.clone(),
                                format!(
                                    "`in {q}` needs an option id in quotes, found {}",
                                    other.describe()
                                ),
                                Some(format!("write `\"option\" in {q}`")),
                            ),
                        },
                        Ty::Error => {}
                        other => self.type_error(
                            b.span.clone(),
                            format!(
                                "`in` needs a list or a multiple-choice answer, found {}",
                                other.describe()
                            ),
                            Some("write `q in [\"a\", \"b\"]` or `\"option\" in multi_q`".into()),
                        ),
                    },
                }
                Ty::Bool
            }
        }
    }

    fn option_exists(&mut self, option: &str, q: &str, options: &[String], span: &Range<usize>) {
        if !options.iter().any(|o| o == option) {
            self.problems.push(Problem {
                code: Code::UnknownValue,
                message: format!("question `{q}` has no option `{option}`"),
                span: span.clone(),
                help: Some(format!("its options are: {}", options.join(", "))),
            });
        }
    }

    /// Whether `a == b` makes sense (either order).
    fn comparable(&mut self, a: &Ty, sa: &Range<usize>, b: &Ty, sb: &Range<usize>) {
        match (a, b) {
            (Ty::Error, _) | (_, Ty::Error) => {}
            (Ty::Num, Ty::Num) | (Ty::YesNo, Ty::YesNo) | (Ty::Bool, Ty::Bool) => {}
            (Ty::Choice(q, opts), Ty::Str(s)) => self.option_exists(s, q, opts, sb),
            (Ty::Str(s), Ty::Choice(q, opts)) => self.option_exists(s, q, opts, sa),
            (Ty::Country, Ty::Str(s)) | (Ty::Str(s), Ty::Country) => {
                if !is_country_code(s) {
                    let span = if matches!(a, Ty::Str(_)) { sa } else { sb };
                    self.problems.push(Problem {
                        code: Code::UnknownValue,
                        message: format!("`{s}` is not a country code"),
                        span: span.clone(),
                        help: Some("use an upper-case ISO 3166-1 alpha-2 code (`SY`), `stateless` or `unknown`".into()),
                    });
                }
            }
            (Ty::Language, Ty::Str(s)) | (Ty::Str(s), Ty::Language) => {
                if !is_language_code(s) {
                    let span = if matches!(a, Ty::Str(_)) { sa } else { sb };
                    self.problems.push(Problem {
                        code: Code::UnknownValue,
                        message: format!("`{s}` is not a language code"),
                        span: span.clone(),
                        help: Some("use a BCP 47 code such as `ar` or `fa-AF`".into()),
                    });
                }
            }
            (Ty::Date(q), _) | (_, Ty::Date(q)) => self.type_error(
                if matches!(a, Ty::Date(_)) {
                    sa.clone()
                } else {
                    sb.clone()
                },
                format!("dates cannot be compared directly (`{q}`)"),
                Some(format!("compare an age instead: `age({q}) < 18`")),
            ),
            (Ty::Multi(q, _), _) | (_, Ty::Multi(q, _)) => self.type_error(
                if matches!(a, Ty::Multi(..)) {
                    sa.clone()
                } else {
                    sb.clone()
                },
                format!("`{q}` holds several options and cannot be compared with `==`"),
                Some(format!("test membership: `\"option\" in {q}`")),
            ),
            (Ty::Text, _) | (_, Ty::Text) => self.type_error(
                if matches!(a, Ty::Text) {
                    sa.clone()
                } else {
                    sb.clone()
                },
                "free-text answers cannot be compared".into(),
                Some("use `answered(q)`; conditions must not depend on what free text says".into()),
            ),
            _ => self.type_error(
                sa.start.min(sb.start)..sa.end.max(sb.end),
                format!("cannot compare {} with {}", a.describe(), b.describe()),
                None,
            ),
        }
    }
}
