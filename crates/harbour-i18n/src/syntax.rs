//! Reading Fluent source: syntax errors with line and column, and the shape of each entry
//! (id, value, attributes, variables) for completeness checks.

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// A syntax error in an `.ftl` source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
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

/// Parse `source`, collecting every entry that parses and every syntax error.
pub fn parse_ftl(source: &str) -> ParsedFtl {
    let (resource, errors) = match parser::parse(source) {
        Ok(res) => (res, Vec::new()),
        Err((res, errs)) => (res, errs),
    };
    let problems = errors
        .iter()
        .map(|e| {
            let (line, column) = line_col(source, e.pos.start);
            SyntaxProblem {
                line,
                column,
                message: e.kind.to_string(),
                span: e.pos.clone(),
            }
        })
        .collect();
    let mut entries = BTreeMap::new();
    let mut duplicates = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let earlier = if entries.contains_key(&id) {
            1 + duplicates.iter().filter(|(d, _)| *d == id).count()
        } else {
            0
        };
        let (line, span) = entry_line(source, &id, earlier);
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

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The line on which `id = ` starts an entry, and the id's byte range there (the AST keeps
/// no spans at run time); `skip` earlier definitions are passed over, so a duplicate gets
/// its own line. `(0, 0..0)` when no line defines it.
fn entry_line(source: &str, id: &str, skip: usize) -> (usize, Range<usize>) {
    let mut seen = 0;
    let mut offset = 0;
    for (n, line) in source.split_inclusive('\n').enumerate() {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                if seen == skip {
                    return (n + 1, offset..offset + id.len());
                }
                seen += 1;
            }
        }
        offset += line.len();
    }
    (0, 0..0)
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
