//! Reading spanned TOML tables field by field, reporting every type error and unknown key
//! instead of stopping at the first (which is what serde derive would do).

use crate::diagnostic::{Code, Diagnostic, LineIndex, Location};
use std::cell::Cell;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// A value with its byte span in the file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sp<T> {
    pub v: T,
    pub span: Range<usize>,
}

/// Where diagnostics for one file go.
pub(crate) struct Sink<'s> {
    pub file: PathBuf,
    pub src: &'s str,
    pub diags: Vec<Diagnostic>,
    /// Suggestions for this file's typos.
    pub suggest: Suggester,
    lines: LineIndex,
}

impl<'s> Sink<'s> {
    pub fn new(file: &Path, src: &'s str) -> Sink<'s> {
        Sink {
            file: file.to_path_buf(),
            src,
            diags: Vec::new(),
            suggest: Suggester::new(),
            lines: LineIndex::new(src),
        }
    }

    /// The location of `span` in this file.
    pub fn location(&self, span: Range<usize>) -> Location {
        self.lines.location(self.file.clone(), self.src, span)
    }

    pub fn report(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: String,
        help: Option<String>,
    ) {
        self.diags.push(Diagnostic {
            code,
            location: Some(self.location(span)),
            message,
            help,
        });
    }
}

/// The fields of one table, read one at a time; `finish` reports the keys nobody asked for.
pub(crate) struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    pub span: Range<usize>,
    what: String,
    read: Vec<&'static str>,
}

fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

impl<'a, 'i> Fields<'a, 'i> {
    pub fn new(table: &'a DeTable<'i>, span: Range<usize>, what: impl Into<String>) -> Self {
        Fields {
            table,
            span,
            what: what.into(),
            read: Vec::new(),
        }
    }

    /// Marks a key as read elsewhere (so `finish` does not report it).
    pub fn mark(&mut self, key: &'static str) {
        self.read.push(key);
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.read.push(key);
        self.table.get(key)
    }

    fn wrong(&self, sink: &mut Sink<'_>, key: &str, want: &str, v: &Spanned<DeValue<'_>>) {
        sink.report(
            Code::WrongType,
            v.span(),
            format!(
                "`{key}` of {} must be {want}, found {}",
                self.what,
                type_name(v.get_ref())
            ),
            None,
        );
    }

    /// Reports a missing required key at the table.
    pub fn missing(&self, sink: &mut Sink<'_>, key: &str, example: &str) {
        sink.report(
            Code::MissingField,
            self.span.clone(),
            format!("{} has no `{key}`", self.what),
            Some(format!("add `{key} = {example}`")),
        );
    }

    pub fn string(&mut self, sink: &mut Sink<'_>, key: &'static str) -> Option<Sp<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Sp {
                v: s.to_string(),
                span: v.span(),
            }),
            _ => {
                self.wrong(sink, key, "a string", v);
                None
            }
        }
    }

    pub fn required_string(
        &mut self,
        sink: &mut Sink<'_>,
        key: &'static str,
        example: &str,
    ) -> Option<Sp<String>> {
        if self.table.get(key).is_none() {
            self.read.push(key);
            self.missing(sink, key, example);
            return None;
        }
        self.string(sink, key)
    }

    pub fn boolean(&mut self, sink: &mut Sink<'_>, key: &'static str) -> Option<Sp<bool>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp {
                v: *b,
                span: v.span(),
            }),
            _ => {
                self.wrong(sink, key, "true or false", v);
                None
            }
        }
    }

    pub fn number(&mut self, sink: &mut Sink<'_>, key: &'static str) -> Option<Sp<f64>> {
        let v = self.get(key)?;
        let n = match v.get_ref() {
            DeValue::Integer(i) => i.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match n {
            Some(n) if n.is_finite() => Some(Sp {
                v: n,
                span: v.span(),
            }),
            _ => {
                self.wrong(sink, key, "a finite number", v);
                None
            }
        }
    }

    pub fn strings(&mut self, sink: &mut Sink<'_>, key: &'static str) -> Option<Vec<Sp<String>>> {
        let v = self.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(sink, key, "an array of strings", v);
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Sp {
                    v: s.to_string(),
                    span: item.span(),
                }),
                _ => self.wrong(sink, key, "an array of strings", item),
            }
        }
        Some(out)
    }

    pub fn table(
        &mut self,
        sink: &mut Sink<'_>,
        key: &'static str,
    ) -> Option<(&'a DeTable<'i>, Range<usize>)> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some((t, v.span())),
            _ => {
                self.wrong(sink, key, "a table", v);
                None
            }
        }
    }

    /// An array of tables (`[[key]]`); absent means empty.
    pub fn tables(
        &mut self,
        sink: &mut Sink<'_>,
        key: &'static str,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(
                sink,
                key,
                &format!("an array of tables (`[[...{key}]]`)"),
                v,
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => out.push((t, item.span())),
                _ => self.wrong(sink, key, "an array of tables", item),
            }
        }
        out
    }

    /// Reports every key that was not read, with a close known key as the suggested fix.
    pub fn finish(self, sink: &mut Sink<'_>) {
        for (k, _) in self.table.iter() {
            let key: &str = k.get_ref();
            if self.read.contains(&key) {
                continue;
            }
            let help = match sink.suggest.closest(key, self.read.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("known keys here: {}", self.read.join(", ")),
            };
            sink.report(
                Code::UnknownField,
                k.span(),
                format!("{} has no field `{key}`", self.what),
                Some(help),
            );
        }
    }
}

/// Words longer than this get no suggestion: nobody types such an id by hand.
const MAX_SUGGESTED_LEN: usize = 64;

/// Edit-distance work (table cells) one file may spend on suggestions. A normal pack
/// spends a few hundred thousand; a hostile one with thousands of unknown codes, each
/// compared with every known code, would otherwise keep the validator busy for minutes.
const SUGGESTION_BUDGET: u64 = 20_000_000;

/// "Did you mean" suggestions for one file, within [`SUGGESTION_BUDGET`]: once it is spent,
/// the problems are still reported, without a suggestion.
#[derive(Debug)]
pub(crate) struct Suggester {
    budget: Cell<u64>,
}

impl Suggester {
    pub fn new() -> Suggester {
        Suggester {
            budget: Cell::new(SUGGESTION_BUDGET),
        }
    }

    /// The closest candidate by edit distance, if close enough to be a likely typo.
    pub fn closest<'c>(
        &self,
        word: &str,
        candidates: impl Iterator<Item = &'c str>,
    ) -> Option<&'c str> {
        if word.len() > MAX_SUGGESTED_LEN {
            return None;
        }
        let mut best: Option<(usize, &str)> = None;
        let word_len = word.chars().count();
        for c in candidates {
            let limit = (c.len().max(word.len()) / 3).max(1);
            // The distance is at least the difference in length: skip what cannot qualify.
            let c_len = c.chars().count();
            if c_len.abs_diff(word_len) > limit {
                continue;
            }
            let cost = ((word_len + 1) * (c_len + 1)) as u64;
            let Some(left) = self.budget.get().checked_sub(cost) else {
                self.budget.set(0);
                return None;
            };
            self.budget.set(left);
            let d = levenshtein(word, c);
            if d <= limit && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, c));
            }
        }
        best.map(|(_, c)| c)
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    if a.is_ascii() && b.is_ascii() {
        distance(a.as_bytes(), b.as_bytes())
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance(&a, &b)
    }
}

/// Edit distance, after dropping the common prefix and suffix (which never change it:
/// indicator codes share long prefixes such as `ilo2009.adult.labour.`).
fn distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("same", "same"), 0);
        assert_eq!(levenshtein("yes_no", "yes_on"), 2);
        assert_eq!(levenshtein("بيت", "بنت"), 1);
        assert_eq!(levenshtein("abcXdef", "abcdef"), 1);
    }

    #[test]
    fn a_suggestion_is_a_close_candidate_and_the_budget_ends_them() {
        let s = Suggester::new();
        let kinds = ["yes_no", "single_choice", "number"];
        assert_eq!(s.closest("yes_on", kinds.iter().copied()), Some("yes_no"));
        assert_eq!(s.closest("zzzzzz", kinds.iter().copied()), None);
        assert_eq!(s.closest(&"y".repeat(65), kinds.iter().copied()), None);
        s.budget.set(10);
        assert_eq!(s.closest("yes_on", kinds.iter().copied()), None);
    }
}
