//! The syntax tree of a condition.

use std::ops::Range;

/// A node and its byte span in the condition text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Expr {
    pub kind: ExprKind,
    pub span: Range<usize>,
    /// Levels of nodes from this one down (a leaf is 1). Checking, evaluating and dropping
    /// the tree recurse this deep, so the parser refuses trees deeper than a limit.
    pub depth: usize,
}

impl Expr {
    pub(crate) fn new(kind: ExprKind, span: Range<usize>) -> Expr {
        let depth = 1 + kind.children().map(|c| c.depth).max().unwrap_or(0);
        Expr { kind, span, depth }
    }
}

impl ExprKind {
    /// The direct sub-expressions.
    fn children(&self) -> impl Iterator<Item = &Expr> {
        let (list, pair): (&[Expr], [Option<&Expr>; 2]) = match self {
            ExprKind::Num(_)
            | ExprKind::Str(_)
            | ExprKind::YesNo(_)
            | ExprKind::Ref(_)
            | ExprKind::Call(..) => (&[], [None, None]),
            ExprKind::List(items) => (items, [None, None]),
            ExprKind::Not(a) | ExprKind::Neg(a) => (&[], [Some(a), None]),
            ExprKind::And(a, b)
            | ExprKind::Or(a, b)
            | ExprKind::Cmp(_, a, b)
            | ExprKind::Arith(_, a, b)
            | ExprKind::In(a, b) => (&[], [Some(a), Some(b)]),
        };
        list.iter().chain(pair.into_iter().flatten())
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
