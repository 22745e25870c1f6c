//! Tokens of the condition language.

use std::ops::Range;

/// A token and its byte span in the condition text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub kind: Tok,
    pub span: Range<usize>,
}

/// Token kinds. Keywords (`and`, `or`, `not`, `in`, `yes`, `no`) arrive as identifiers and
/// are recognised by the parser, which keeps the lexer free of grammar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Ident(String),
    Num(f64),
    Str(String),
    LParen,
    RParen,
    LBrack,
    RBrack,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    Star,
    Slash,
}

/// A lexing error: message and span.
pub(crate) type LexError = (String, Range<usize>);

/// Splits a condition into tokens.
pub(crate) fn lex(src: &str) -> Result<Vec<Token>, LexError> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let single = |kind| Token {
            kind,
            span: start..start + 1,
        };
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => out.push(single(Tok::LParen)),
            b')' => out.push(single(Tok::RParen)),
            b'[' => out.push(single(Tok::LBrack)),
            b']' => out.push(single(Tok::RBrack)),
            b',' => out.push(single(Tok::Comma)),
            b'+' => out.push(single(Tok::Plus)),
            b'-' => out.push(single(Tok::Minus)),
            b'*' => out.push(single(Tok::Star)),
            b'/' => out.push(single(Tok::Slash)),
            b'=' | b'!' | b'<' | b'>' => {
                let next_eq = bytes.get(i + 1) == Some(&b'=');
                let kind = match (c, next_eq) {
                    (b'=', true) => Tok::Eq,
                    (b'!', true) => Tok::Ne,
                    (b'<', true) => Tok::Le,
                    (b'>', true) => Tok::Ge,
                    (b'<', false) => Tok::Lt,
                    (b'>', false) => Tok::Gt,
                    (b'=', false) => {
                        return Err(("`=` assigns; compare with `==`".into(), start..start + 1))
                    }
                    _ => {
                        return Err((
                            "`!` is not an operator; use `not` or `!=`".into(),
                            start..start + 1,
                        ))
                    }
                };
                let len = if next_eq { 2 } else { 1 };
                out.push(Token {
                    kind,
                    span: start..start + len,
                });
                i += len;
                continue;
            }
            b'"' | b'\'' => {
                let quote = c;
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += 1;
                }
                if i >= bytes.len() {
                    return Err(("unterminated string".into(), start..bytes.len()));
                }
                let text = src.get(start + 1..i).unwrap_or_default().to_string();
                i += 1;
                out.push(Token {
                    kind: Tok::Str(text),
                    span: start..i,
                });
                continue;
            }
            b'0'..=b'9' => {
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                let text = src.get(start..i).unwrap_or_default();
                let n = text
                    .parse::<f64>()
                    .map_err(|_| (format!("`{text}` is not a number"), start..i))?;
                out.push(Token {
                    kind: Tok::Num(n),
                    span: start..i,
                });
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let text = src.get(start..i).unwrap_or_default().to_string();
                out.push(Token {
                    kind: Tok::Ident(text),
                    span: start..i,
                });
                continue;
            }
            _ => {
                let ch = src
                    .get(start..)
                    .and_then(|s| s.chars().next())
                    .unwrap_or('?');
                return Err((
                    format!("unexpected character `{ch}`"),
                    start..start + ch.len_utf8(),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}
