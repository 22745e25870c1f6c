//! Reading spanned TOML tables field by field, reporting every type error and unknown key
//! instead of stopping at the first (which is what serde derive would do).

use crate::diagnostic::{Code, Diagnostic, Location};
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
}

impl<'s> Sink<'s> {
    pub fn new(file: &Path, src: &'s str) -> Sink<'s> {
        Sink {
            file: file.to_path_buf(),
            src,
            diags: Vec::new(),
        }
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
            location: Some(Location::new(self.file.clone(), self.src, span)),
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
            let help = match closest(key, self.read.iter().copied()) {
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

/// The closest candidate by edit distance, if close enough to be a likely typo.
pub(crate) fn closest<'c>(
    word: &str,
    candidates: impl Iterator<Item = &'c str>,
) -> Option<&'c str> {
    candidates
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
