//! Reading Fluent source: syntax errors with line and column, and the shape of each entry
//! (id, value, attributes, variables) for completeness checks.
//!
//! Every Fluent text Harbour loads passes [`check_nesting`] before fluent-syntax sees it:
//! that parser recurses once per nested placeable or call, so a file of 100,000 `{` would
//! overflow the stack and abort the app (packs load at every start, before unlock).

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// How deep placeables (`{ ... }`) and call arguments (`FUNC(...)`) may nest in a Fluent
/// source. Translations need three or four levels; fluent-syntax recurses per level.
pub const MAX_NESTING: usize = 32;

/// What kind of problem a [`SyntaxProblem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not valid Fluent.
    Syntax,
    /// Placeables or call arguments nest deeper than [`MAX_NESTING`]; the text was not parsed.
    TooDeep,
}

/// A syntax error in an `.ftl` source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    /// Not Fluent, or nested too deeply to be parsed at all.
    pub kind: ProblemKind,
    /// 1-based line of the error.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What the parser expected, in English.
    pub message: String,
    /// Byte range of the error in the source.
    pub span: Range<usize>,
}

/// What one message or term looks like, for comparing a translation with English.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryShape {
    /// 1-based line where the entry starts (0 when its `id =` line is not found).
    pub line: usize,
    /// Byte range of the id on that line (`0..0` when not found).
    pub span: Range<usize>,
    /// Whether the entry has a value (messages may have only attributes).
    pub has_value: bool,
    /// Attribute names (`.placeholder`, `.title`...).
    pub attributes: BTreeSet<String>,
    /// Variables referenced anywhere in the entry, without the `$`.
    pub variables: BTreeSet<String>,
    /// The variant keys of each select expression on a variable or `NUMBER()`: identifier
    /// keys by name, numeric keys as `#`, the default variant's key included.
    pub selects: Vec<BTreeSet<String>>,
}

/// The result of reading one `.ftl` source.
#[derive(Debug, Clone, Default)]
pub struct ParsedFtl {
    /// Messages by id, and terms by id with their leading `-`.
    pub entries: BTreeMap<String, EntryShape>,
    /// Syntax errors; the entries above are those that did parse.
    pub problems: Vec<SyntaxProblem>,
    /// Ids defined more than once in this source, with the line of each later definition.
    pub duplicates: Vec<(String, usize)>,
}

/// Parse `source`, collecting every entry that parses and every syntax error. A source
/// nested too deeply (see [`check_nesting`]) is not parsed: no entries, one problem.
pub fn parse_ftl(source: &str) -> ParsedFtl {
    if let Err(problem) = check_nesting(source) {
        return ParsedFtl {
            problems: vec![problem],
            ..ParsedFtl::default()
        };
    }
    let (resource, errors) = match parser::parse(source) {
        Ok(res) => (res, Vec::new()),
        Err((res, errs)) => (res, errs),
    };
    let lines = LineIndex::new(source);
    let problems = errors
        .iter()
        .map(|e| {
            let (line, column) = lines.line_col(e.pos.start);
            SyntaxProblem {
                kind: ProblemKind::Syntax,
                line,
                column,
                message: e.kind.to_string(),
                span: e.pos.clone(),
            }
        })
        .collect();
    let mut entries = BTreeMap::new();
    let mut duplicates = Vec::new();
    let definitions = definition_lines(source);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        // A duplicate gets the line of its own definition, not the first one's.
        let earlier = seen.entry(id.clone()).or_insert(0);
        let (line, span) = definitions
            .get(id.as_str())
            .and_then(|lines| lines.get(*earlier))
            .map_or((0, 0..0), |&(line, at)| (line, at..at + id.len()));
        *earlier += 1;
        let mut shape = EntryShape {
            line,
            span,
            has_value: value.is_some(),
            ..EntryShape::default()
        };
        if let Some(p) = value {
            collect_vars(p, &mut shape.variables);
            collect_selects(p, &mut shape.selects);
        }
        for attr in attributes {
            shape.attributes.insert(attr.id.name.to_string());
            collect_vars(&attr.value, &mut shape.variables);
            collect_selects(&attr.value, &mut shape.selects);
        }
        match entries.entry(id) {
            std::collections::btree_map::Entry::Occupied(e) => {
                duplicates.push((e.key().clone(), shape.line))
            }
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(shape);
            }
        }
    }
    ParsedFtl {
        entries,
        problems,
        duplicates,
    }
}

/// Checks, without parsing, that placeables and call arguments in `source` nest no deeper
/// than [`MAX_NESTING`]; the problem names the brace or bracket one level too deep.
///
/// A scan that follows Fluent's contexts closely enough to count only real nesting: text
/// (where `{` opens a placeable and nothing else counts), expressions (where `"..."` is a
/// string literal, `(` opens call arguments and `[key]` starts a variant whose value is
/// text again) and comment lines. It may over-count in malformed text, never under-count
/// what fluent-syntax would recurse into.
pub fn check_nesting(source: &str) -> Result<(), SyntaxProblem> {
    match scan_nesting(source, MAX_NESTING) {
        Ok(_) => Ok(()),
        Err(at) => {
            let (line, column) = line_col(source, at);
            Err(SyntaxProblem {
                kind: ProblemKind::TooDeep,
                line,
                column,
                message: format!(
                    "placeables or call arguments nested more than {MAX_NESTING} levels deep"
                ),
                span: at..at + 1,
            })
        }
    }
}

/// The deepest nesting of placeables and call arguments in `source`, as [`check_nesting`]
/// counts it (for tests and tools: how far a file is from the limit).
pub fn nesting_depth(source: &str) -> usize {
    scan_nesting(source, usize::MAX).unwrap_or(usize::MAX)
}

/// The deepest nesting, or the byte offset where it first exceeds `limit`.
fn scan_nesting(source: &str, limit: usize) -> Result<usize, usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Frame {
        /// Inside `{ ... }`.
        Placeable,
        /// Inside `( ... )` of a call.
        Call,
        /// A variant's value, inside a select placeable.
        Variant,
    }
    let bytes = source.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // Only blanks so far on this line (a variant key may be indented); at column 0.
    let mut at_line_start = true;
    let mut at_column_0 = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (line_start, column_0) = (at_line_start, at_column_0);
        at_line_start = b == b'\n' || (at_line_start && (b == b' ' || b == b'\t'));
        at_column_0 = b == b'\n';
        match stack.last().copied() {
            // Top-level text: comments, and placeables.
            None => match b {
                // Only a `#` at column 0 starts a comment; indented, it is a message's text.
                b'#' if column_0 => {
                    // A comment runs to the end of the line.
                    while bytes.get(i).is_some_and(|&c| c != b'\n') {
                        i += 1;
                    }
                    continue;
                }
                b'{' => {
                    depth += 1;
                    stack.push(Frame::Placeable);
                }
                _ => {}
            },
            Some(Frame::Variant) => match b {
                b'{' => {
                    depth += 1;
                    stack.push(Frame::Placeable);
                }
                // The next variant's key (`[other]`, `*[other]`), or the select's end.
                b'[' | b'*' if line_start => {
                    stack.pop();
                    continue;
                }
                b'}' => {
                    stack.pop();
                    continue;
                }
                _ => {}
            },
            Some(frame @ (Frame::Placeable | Frame::Call)) => match b {
                b'"' => {
                    // A string literal: to its closing quote, escapes skipped, on one line.
                    i += 1;
                    while let Some(&c) = bytes.get(i) {
                        match c {
                            b'\\' => i += 2,
                            b'"' | b'\n' => break,
                            _ => i += 1,
                        }
                    }
                }
                b'{' | b'(' => {
                    depth += 1;
                    stack.push(if b == b'{' {
                        Frame::Placeable
                    } else {
                        Frame::Call
                    });
                }
                b'}' | b')' => {
                    // Close to the matching frame, past any call left open by a mistake.
                    let want = if b == b'}' {
                        Frame::Placeable
                    } else {
                        Frame::Call
                    };
                    if b == b')' && frame != Frame::Call {
                        // A stray `)` in an expression: a syntax error, not nesting.
                    } else {
                        while let Some(f) = stack.pop() {
                            if f != Frame::Variant {
                                depth -= 1;
                            }
                            if f == want {
                                break;
                            }
                        }
                    }
                }
                b']' if frame == Frame::Placeable => stack.push(Frame::Variant),
                _ => {}
            },
        }
        if depth > limit {
            return Err(i);
        }
        deepest = deepest.max(depth);
        i += 1;
    }
    Ok(deepest)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(source).line_col(offset)
}

/// Where each line of a source starts, so that many places in one source cost a binary
/// search each, not a scan from the start (a file with an error on each of 100,000 lines
/// would otherwise take hours to report).
#[derive(Debug, Clone)]
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    /// Indexes `source`.
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { source, starts }
    }

    /// 1-based line and column (in characters) of a byte offset (clamped to the source,
    /// and moved back to the start of the character it falls in).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = self.source[line_start..offset].chars().count() + 1;
        (line, column)
    }
}

/// Every line that starts an entry (`id =`, `-term =`), by id: its 1-based line and byte
/// offset, in order (the AST keeps no spans at run time). One pass over the source.
fn definition_lines(source: &str) -> HashMap<&str, Vec<(usize, usize)>> {
    let mut out: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    let mut offset = 0;
    for (n, line) in source.split_inclusive('\n').enumerate() {
        let id_len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_len);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            out.entry(id).or_default().push((n + 1, offset));
        }
        offset += line.len();
    }
    out
}

fn collect_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expr_vars(expression, out);
        }
    }
}

fn collect_selects(pattern: &ast::Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            ast::Expression::Select { selector, variants } => {
                let numeric_selector = matches!(
                    selector,
                    ast::InlineExpression::VariableReference { .. }
                        | ast::InlineExpression::FunctionReference { .. }
                );
                if numeric_selector {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { .. } => "#".to_string(),
                        })
                        .collect();
                    out.push(keys);
                }
                for v in variants {
                    collect_selects(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                let inner = ast::Pattern {
                    elements: vec![ast::PatternElement::Placeable {
                        expression: (**expression).clone(),
                    }],
                };
                collect_selects(&inner, out);
            }
            ast::Expression::Inline(_) => {}
        }
    }
}

fn collect_expr_vars(expr: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        ast::Expression::Select { selector, variants } => {
            collect_inline_vars(selector, out);
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline_vars(inline, out),
    }
}

fn collect_inline_vars(expr: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline_vars(a, out);
            }
            for a in &arguments.named {
                collect_inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expr_vars(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column_of_a_syntax_error() {
        let parsed = parse_ftl("ok = fine\nbroken = { ]\nafter = still here\n");
        assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
        assert_eq!(
            (parsed.problems[0].line, parsed.problems[0].column),
            (2, 12)
        );
        assert_eq!(
            parsed.problems[0].span.start,
            "ok = fine\nbroken = { ".len()
        );
        assert!(parsed.entries.contains_key("ok"));
        assert!(parsed.entries.contains_key("after"));
    }

    #[test]
    fn gives_the_byte_range_of_each_definition_and_of_a_repeat() {
        let src = "a = 1\nbb = 2\nbb = 3\n";
        let parsed = parse_ftl(src);
        assert_eq!(parsed.entries["bb"].span, 6..8);
        assert_eq!(&src[parsed.entries["bb"].span.clone()], "bb");
        assert_eq!(parsed.duplicates, [("bb".to_string(), 3)]);
    }

    #[test]
    fn a_source_nested_too_deeply_is_refused_before_it_is_parsed() {
        let hostile = format!("ok = fine\nm = {}\n", "{".repeat(100_000));
        let parsed = parse_ftl(&hostile);
        assert!(parsed.entries.is_empty());
        assert_eq!(parsed.problems.len(), 1);
        let p = &parsed.problems[0];
        assert_eq!(p.kind, ProblemKind::TooDeep);
        // The brace one level past the limit.
        assert_eq!((p.line, p.column), (2, 5 + MAX_NESTING));
        let calls = format!("m = {{ {}$x }}\n", "NUMBER(".repeat(100_000));
        assert_eq!(
            check_nesting(&calls).map_err(|p| p.kind),
            Err(ProblemKind::TooDeep)
        );
        let selects = format!("m = {}\n", "{ $n -> *[x] ".repeat(100_000));
        assert_eq!(
            check_nesting(&selects).map_err(|p| p.kind),
            Err(ProblemKind::TooDeep)
        );
        // Indented, `#` is text, not a comment: its braces count.
        let text = format!("m =\n    # {}\n", "{".repeat(100_000));
        assert_eq!(
            check_nesting(&text).map_err(|p| p.kind),
            Err(ProblemKind::TooDeep)
        );
    }

    #[test]
    fn nesting_counts_placeables_and_calls_not_literals_text_or_comments() {
        assert_eq!(nesting_depth("a = text (with) [brackets] }\n"), 0);
        assert_eq!(nesting_depth("# {{{{ a comment\na = {\"{\"}{\"}\"}\n"), 1);
        assert_eq!(nesting_depth("a = { NUMBER($n, style: \"(\") }\n"), 2);
        let select = "a = { $n ->\n    [one] one (x { $y }\n   *[other] { $z -> *[a] { $w } }\n}\nb = { $v }\n";
        assert_eq!(nesting_depth(select), 3);
        let at_limit = format!(
            "a = {}x{}\n",
            "{".repeat(MAX_NESTING),
            "}".repeat(MAX_NESTING)
        );
        assert_eq!(check_nesting(&at_limit), Ok(()));
    }

    #[test]
    fn collects_attributes_and_variables() {
        let parsed = parse_ftl("m = { $n ->\n [one] one { $who }\n *[other] many\n}\n    .title = T { $t }\n-brand = Harbour\n");
        let m = &parsed.entries["m"];
        assert_eq!(m.line, 1);
        assert!(m.attributes.contains("title"));
        let vars: Vec<_> = m.variables.iter().map(String::as_str).collect();
        assert_eq!(vars, ["n", "t", "who"]);
        assert!(parsed.entries.contains_key("-brand"));
    }
}
