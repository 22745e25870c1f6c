//! Evaluation with three-valued (Kleene) logic.
//!
//! Why three values: a declined or "don't know" answer must never take a path as if "no" had
//! been said. Any comparison involving a missing answer is `Unknown`; `not Unknown` is
//! `Unknown`; `and`/`or` follow Kleene (`false and Unknown` is false, `true or Unknown` is
//! true). A `when` shows its section or question only when it is `True`.

use super::ast::{ArithOp, CmpOp, Expr, ExprKind, Func};
use crate::answer::{AnswerValue, Response};

/// The result of a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Truth {
    /// Known to hold.
    True,
    /// Known not to hold.
    False,
    /// Depends on an answer that is missing, declined, "don't know" or off the current path.
    Unknown,
}

impl Truth {
    fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

/// What a condition can see: the responses on the current path, and the interview date.
pub trait Responses {
    /// The response to a question, if it is on the current path and was given.
    fn response(&self, question: &str) -> Option<&Response>;
    /// The date of the interview (ages are computed on this day).
    fn today(&self) -> chrono::NaiveDate;
}

#[derive(Debug, Clone, PartialEq)]
enum V {
    Unknown,
    Bool(bool),
    Num(f64),
    Str(String),
    Set(Vec<String>),
    List(Vec<V>),
}

pub(super) fn truth(e: &Expr, r: &dyn Responses) -> Truth {
    match value(e, r) {
        V::Bool(b) => Truth::from_bool(b),
        _ => Truth::Unknown,
    }
}

fn bool_of(t: Truth) -> V {
    match t {
        Truth::True => V::Bool(true),
        Truth::False => V::Bool(false),
        Truth::Unknown => V::Unknown,
    }
}

fn value(e: &Expr, r: &dyn Responses) -> V {
    match &e.kind {
        ExprKind::Num(n) => V::Num(*n),
        ExprKind::Str(s) => V::Str(s.clone()),
        ExprKind::YesNo(b) => V::Str(if *b { "yes" } else { "no" }.into()),
        ExprKind::Ref(q) => match r.response(q) {
            Some(Response::Answer(a)) => match a {
                AnswerValue::Yes => V::Str("yes".into()),
                AnswerValue::No => V::Str("no".into()),
                AnswerValue::Choice(c) | AnswerValue::Country(c) | AnswerValue::Language(c) => {
                    V::Str(c.clone())
                }
                AnswerValue::Choices(cs) => V::Set(cs.clone()),
                AnswerValue::Number(n) => V::Num(*n),
                // Dates are used through age(); text is never compared (checked on load).
                AnswerValue::Date(_) | AnswerValue::Text(_) => V::Unknown,
            },
            _ => V::Unknown,
        },
        ExprKind::Call(func, q, _) => {
            let resp = r.response(q);
            match func {
                Func::Answered => V::Bool(matches!(resp, Some(Response::Answer(_)))),
                Func::Declined => V::Bool(matches!(resp, Some(Response::Declined))),
                Func::DontKnow => V::Bool(matches!(resp, Some(Response::DontKnow))),
                Func::Age => match resp {
                    Some(Response::Answer(AnswerValue::Date(d))) => {
                        d.age_on(r.today()).map_or(V::Unknown, |a| V::Num(a as f64))
                    }
                    _ => V::Unknown,
                },
            }
        }
        ExprKind::List(items) => V::List(items.iter().map(|i| value(i, r)).collect()),
        ExprKind::Not(inner) => match value(inner, r) {
            V::Bool(b) => V::Bool(!b),
            _ => V::Unknown,
        },
        ExprKind::And(a, b) => {
            let (x, y) = (truth(a, r), truth(b, r));
            bool_of(match (x, y) {
                (Truth::False, _) | (_, Truth::False) => Truth::False,
                (Truth::True, Truth::True) => Truth::True,
                _ => Truth::Unknown,
            })
        }
        ExprKind::Or(a, b) => {
            let (x, y) = (truth(a, r), truth(b, r));
            bool_of(match (x, y) {
                (Truth::True, _) | (_, Truth::True) => Truth::True,
                (Truth::False, Truth::False) => Truth::False,
                _ => Truth::Unknown,
            })
        }
        ExprKind::Neg(inner) => match value(inner, r) {
            V::Num(n) => V::Num(-n),
            _ => V::Unknown,
        },
        ExprKind::Arith(op, a, b) => match (value(a, r), value(b, r)) {
            (V::Num(x), V::Num(y)) => {
                let n = match op {
                    ArithOp::Add => x + y,
                    ArithOp::Sub => x - y,
                    ArithOp::Mul => x * y,
                    ArithOp::Div => x / y,
                };
                // Division by zero and overflow make the value unknown, not a panic or NaN.
                if n.is_finite() {
                    V::Num(n)
                } else {
                    V::Unknown
                }
            }
            _ => V::Unknown,
        },
        ExprKind::Cmp(op, a, b) => bool_of(compare(*op, &value(a, r), &value(b, r))),
        ExprKind::In(a, b) => {
            let needle = value(a, r);
            if needle == V::Unknown {
                return V::Unknown;
            }
            match value(b, r) {
                V::Set(set) => match &needle {
                    V::Str(s) => V::Bool(set.contains(s)),
                    _ => V::Unknown,
                },
                V::List(items) => {
                    let mut unknown = false;
                    for item in &items {
                        match compare(CmpOp::Eq, &needle, item) {
                            Truth::True => return V::Bool(true),
                            Truth::Unknown => unknown = true,
                            Truth::False => {}
                        }
                    }
                    if unknown {
                        V::Unknown
                    } else {
                        V::Bool(false)
                    }
                }
                _ => V::Unknown,
            }
        }
    }
}

fn compare(op: CmpOp, a: &V, b: &V) -> Truth {
    match (a, b) {
        (V::Num(x), V::Num(y)) => Truth::from_bool(match op {
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }),
        (V::Str(x), V::Str(y)) => match op {
            CmpOp::Eq => Truth::from_bool(x == y),
            CmpOp::Ne => Truth::from_bool(x != y),
            _ => Truth::Unknown,
        },
        (V::Bool(x), V::Bool(y)) => match op {
            CmpOp::Eq => Truth::from_bool(x == y),
            CmpOp::Ne => Truth::from_bool(x != y),
            _ => Truth::Unknown,
        },
        _ => Truth::Unknown,
    }
}
