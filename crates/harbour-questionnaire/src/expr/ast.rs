//! The syntax tree of a condition.

use std::ops::Range;

/// A node and its byte span in the condition text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Expr {
    pub kind: ExprKind,
    pub span: Range<usize>,
}

impl Expr {
    pub(crate) fn new(kind: ExprKind, span: Range<usize>) -> Expr {
        Expr { kind, span }
    }
}

/// Node kinds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExprKind {
    Num(f64),
    Str(String),
    /// The literals `yes` / `no`.
    YesNo(bool),
    /// The answer to a question, by id.
    Ref(String),
    /// A built-in function of one question id (with the id's span).
    Call(Func, String, Range<usize>),
    List(Vec<Expr>),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    In(Box<Expr>, Box<Expr>),
}

/// Built-in functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    Answered,
    Declined,
    DontKnow,
    Age,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Arithmetic operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}
