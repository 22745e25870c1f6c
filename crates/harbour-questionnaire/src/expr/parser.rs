//! Parser of the condition language (precedence climbing, lowest first):
//! `or` < `and` < `not` < comparison / `in` < `+ -` < `* /` < unary `-` < atoms.

use super::ast::{ArithOp, CmpOp, Expr, ExprKind, Func};
use super::lexer::{lex, Tok, Token};
use std::ops::Range;

/// A parse error: message and byte span in the condition.
pub(crate) type ParseError = (String, Range<usize>);

/// How deep brackets, lists, `not` and unary `-` may nest. The parser recurses once per
/// level, so a hostile pack (200,000 `(`) would otherwise overflow the stack and abort.
pub(crate) const MAX_NESTING: usize = 64;

/// How deep the tree may be: a chain `a or b or c ...` is as deep as it is long, and
/// checking and evaluating a condition recurse once per level.
pub(crate) const MAX_TREE_DEPTH: usize = 256;

/// Why a condition does not parse.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ParseFailure {
    /// Not the condition language.
    Syntax(ParseError),
    /// Nested deeper than [`MAX_NESTING`] (at the bracket, `not` or `-` one level too deep).
    TooDeep(Range<usize>),
    /// A tree deeper than [`MAX_TREE_DEPTH`] (the span of the chain).
    TooLong(Range<usize>),
}

/// Parses a whole condition.
pub(crate) fn parse(src: &str) -> Result<Expr, ParseFailure> {
    let tokens = lex(src).map_err(ParseFailure::Syntax)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        end: src.len(),
        nesting: 0,
        limit: None,
    };
    if p.tokens.is_empty() {
        return Err(ParseFailure::Syntax((
            "empty condition".into(),
            0..src.len(),
        )));
    }
    let e = p.or();
    // A limit reached is the failure to report, whatever error it unwound through.
    if let Some(limit) = p.limit.take() {
        return Err(limit);
    }
    let e = e.map_err(ParseFailure::Syntax)?;
    if let Some(t) = p.peek() {
        return Err(ParseFailure::Syntax((
            "unexpected text after the condition".into(),
            t.span.clone(),
        )));
    }
    Ok(e)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    end: usize,
    /// Current depth of brackets, lists, `not` and unary `-`.
    nesting: usize,
    /// The first limit reached, if any (parsing then unwinds with an error).
    limit: Option<ParseFailure>,
}

fn join(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    a.start.min(b.start)..a.end.max(b.end)
}

impl Parser {
    /// Parses one nesting level deeper with `f`, refusing to go past [`MAX_NESTING`].
    fn nested<T>(
        &mut self,
        at: &Range<usize>,
        f: impl FnOnce(&mut Parser) -> Result<T, ParseError>,
    ) -> Result<T, ParseError> {
        if self.nesting >= MAX_NESTING {
            self.limit.get_or_insert(ParseFailure::TooDeep(at.clone()));
            return Err(("nested too deeply".into(), at.clone()));
        }
        self.nesting += 1;
        let r = f(self);
        self.nesting -= 1;
        r
    }

    /// A new node, refused when the tree would be deeper than [`MAX_TREE_DEPTH`].
    fn node(&mut self, kind: ExprKind, span: Range<usize>) -> Result<Expr, ParseError> {
        let e = Expr::new(kind, span);
        if e.depth > MAX_TREE_DEPTH {
            self.limit
                .get_or_insert(ParseFailure::TooLong(e.span.clone()));
            return Err(("condition too long".into(), e.span.clone()));
        }
        Ok(e)
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }
    fn peek_kind(&self) -> Option<&Tok> {
        self.peek().map(|t| &t.kind)
    }
    fn is_keyword(&self, kw: &str) -> bool {
        matches!(self.peek_kind(), Some(Tok::Ident(s)) if s == kw)
    }
    fn bump(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn eof_span(&self) -> Range<usize> {
        self.end..self.end
    }
    fn expect(&mut self, kind: Tok, what: &str) -> Result<Token, ParseError> {
        match self.peek().cloned() {
            Some(t) if t.kind == kind => {
                self.pos += 1;
                Ok(t)
            }
            Some(t) => Err((format!("expected {what}"), t.span)),
            None => Err((format!("expected {what} at the end"), self.eof_span())),
        }
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.and()?;
        while self.is_keyword("or") {
            self.bump();
            let right = self.and()?;
            let span = join(&left.span, &right.span);
            left = self.node(ExprKind::Or(Box::new(left), Box::new(right)), span)?;
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.not()?;
        while self.is_keyword("and") {
            self.bump();
            let right = self.not()?;
            let span = join(&left.span, &right.span);
            left = self.node(ExprKind::And(Box::new(left), Box::new(right)), span)?;
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ParseError> {
        if self.is_keyword("not") {
            let start = self.bump().map(|t| t.span).unwrap_or_default();
            let inner = self.nested(&start, |p| p.not())?;
            let span = join(&start, &inner.span);
            return self.node(ExprKind::Not(Box::new(inner)), span);
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ParseError> {
        let left = self.sum()?;
        let op = match self.peek_kind() {
            Some(Tok::Eq) => Some(CmpOp::Eq),
            Some(Tok::Ne) => Some(CmpOp::Ne),
            Some(Tok::Lt) => Some(CmpOp::Lt),
            Some(Tok::Le) => Some(CmpOp::Le),
            Some(Tok::Gt) => Some(CmpOp::Gt),
            Some(Tok::Ge) => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(op) = op {
            self.bump();
            let right = self.sum()?;
            let span = join(&left.span, &right.span);
            return self.node(ExprKind::Cmp(op, Box::new(left), Box::new(right)), span);
        }
        if self.is_keyword("in") {
            self.bump();
            let right = self.sum()?;
            let span = join(&left.span, &right.span);
            return self.node(ExprKind::In(Box::new(left), Box::new(right)), span);
        }
        Ok(left)
    }

    fn sum(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.product()?;
        loop {
            let op = match self.peek_kind() {
                Some(Tok::Plus) => ArithOp::Add,
                Some(Tok::Minus) => ArithOp::Sub,
                _ => return Ok(left),
            };
            self.bump();
            let right = self.product()?;
            let span = join(&left.span, &right.span);
            left = self.node(ExprKind::Arith(op, Box::new(left), Box::new(right)), span)?;
        }
    }

    fn product(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.unary()?;
        loop {
            let op = match self.peek_kind() {
                Some(Tok::Star) => ArithOp::Mul,
                Some(Tok::Slash) => ArithOp::Div,
                _ => return Ok(left),
            };
            self.bump();
            let right = self.unary()?;
            let span = join(&left.span, &right.span);
            left = self.node(ExprKind::Arith(op, Box::new(left), Box::new(right)), span)?;
        }
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if matches!(self.peek_kind(), Some(Tok::Minus)) {
            let start = self.bump().map(|t| t.span).unwrap_or_default();
            let inner = self.nested(&start, |p| p.unary())?;
            let span = join(&start, &inner.span);
            return self.node(ExprKind::Neg(Box::new(inner)), span);
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Expr, ParseError> {
        let Some(tok) = self.bump() else {
            return Err(("the condition ends too early".into(), self.eof_span()));
        };
        let span = tok.span.clone();
        match tok.kind {
            Tok::Num(n) => Ok(Expr::new(ExprKind::Num(n), span)),
            Tok::Str(s) => Ok(Expr::new(ExprKind::Str(s), span)),
            Tok::LParen => self.nested(&span, |p| {
                let inner = p.or()?;
                p.expect(Tok::RParen, "`)`")?;
                Ok(inner)
            }),
            Tok::LBrack => {
                let items = self.nested(&span, |p| {
                    let mut items = Vec::new();
                    if !matches!(p.peek_kind(), Some(Tok::RBrack)) {
                        loop {
                            items.push(p.sum()?);
                            if matches!(p.peek_kind(), Some(Tok::Comma)) {
                                p.bump();
                            } else {
                                break;
                            }
                        }
                    }
                    Ok(items)
                })?;
                let close = self.expect(Tok::RBrack, "`,` or `]`")?;
                self.node(ExprKind::List(items), join(&span, &close.span))
            }
            Tok::Ident(name) => match name.as_str() {
                "yes" => Ok(Expr::new(ExprKind::YesNo(true), span)),
                "no" => Ok(Expr::new(ExprKind::YesNo(false), span)),
                "and" | "or" | "not" | "in" => {
                    Err((format!("`{name}` needs something before it"), span))
                }
                _ if matches!(self.peek_kind(), Some(Tok::LParen)) => {
                    self.bump();
                    let func = match name.as_str() {
                        "answered" => Func::Answered,
                        "declined" => Func::Declined,
                        "dont_know" => Func::DontKnow,
                        "age" => Func::Age,
                        _ => {
                            return Err((
                                format!(
                                    "unknown function `{name}` (known: answered, declined, dont_know, age)"
                                ),
                                span,
                            ))
                        }
                    };
                    let arg = match self.bump() {
                        Some(Token {
                            kind: Tok::Ident(q),
                            span: qs,
                        }) => (q, qs),
                        Some(t) => return Err(("expected a question id".into(), t.span)),
                        None => return Err(("expected a question id".into(), self.eof_span())),
                    };
                    let close = self.expect(Tok::RParen, "`)`")?;
                    Ok(Expr::new(
                        ExprKind::Call(func, arg.0, arg.1),
                        join(&span, &close.span),
                    ))
                }
                _ => Ok(Expr::new(ExprKind::Ref(name), span)),
            },
            _ => Err(("expected a value, a question id or `(`".into(), span)),
        }
    }
}
