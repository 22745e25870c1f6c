//! The `[[migrations]]` tables: how interviews begun on an older version move to this one.
//! Read after every question is known, since a rename must point at a question of this
//! version and an id mapped away must no longer be one.
//!
//! ```toml
//! [[migrations]]
//! from = "1.0.0"
//! renamed = { travel_alone = "travel_with" }
//! removed = ["old_question"]
//! ```

use super::header::is_semver;
use super::{Body, Ctx};
use crate::diagnostic::Code;
use crate::model::Migration;
use crate::validate::reader::Fields;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// Versions compared part by part, numerically (`1.10.0` after `1.9.2`).
fn older(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> {
        v.split(['-', '+'])
            .next()
            .unwrap_or_default()
            .split('.')
            .map(|p| p.parse::<u64>().unwrap_or(0))
            .collect()
    };
    parts(a) < parts(b)
}

pub(super) fn read(
    cx: &mut Ctx<'_, '_>,
    body: &Body,
    version: Option<&str>,
    tables: Vec<(&DeTable<'_>, Range<usize>)>,
) -> Vec<Migration> {
    let mut out: Vec<Migration> = Vec::new();
    for (table, span) in tables {
        let mut f = Fields::new(table, span.clone(), "a migration");
        let from = f.required_string(cx.sink, "from", "\"1.0.0\"");
        let renamed = read_renamed(cx, &mut f);
        let removed = f.strings(cx.sink, "removed").unwrap_or_default();
        f.finish(cx.sink);
        let Some(from) = from else { continue };
        let mut ok = true;
        let mut bad = |cx: &mut Ctx<'_, '_>, at: Range<usize>, message: String, help: &str| {
            cx.sink
                .report(Code::BadMigration, at, message, Some(help.into()));
            ok = false;
        };
        if !is_semver(&from.v) || version.is_some_and(|v| !older(&from.v, v)) {
            bad(
                cx,
                from.span.clone(),
                format!(
                    "`from = \"{}\"` is not a version older than this one ({})",
                    from.v,
                    version.unwrap_or("?")
                ),
                "name the older version whose interviews move to this one",
            );
        }
        if out.iter().any(|m| m.from == from.v) {
            bad(
                cx,
                from.span.clone(),
                format!("a migration from {} is given twice", from.v),
                "merge the two tables",
            );
        }
        for (old, (new, at)) in &renamed {
            if !body.index.contains_key(new) {
                bad(
                    cx,
                    at.clone(),
                    format!(
                        "`{old}` is renamed to `{new}`, which is not a question of this version"
                    ),
                    "use the id the question has in this version",
                );
            }
            if body.index.contains_key(old) {
                bad(
                    cx,
                    at.clone(),
                    format!("`{old}` is renamed, but this version still has a question `{old}`"),
                    "a question that keeps its id needs no mapping",
                );
            }
        }
        for r in &removed {
            if body.index.contains_key(&r.v) {
                bad(
                    cx,
                    r.span.clone(),
                    format!(
                        "`{}` is listed as removed, but this version still asks it",
                        r.v
                    ),
                    "remove it from `removed`",
                );
            }
            if renamed.contains_key(&r.v) {
                bad(
                    cx,
                    r.span.clone(),
                    format!("`{}` is both renamed and removed", r.v),
                    "keep one of the two",
                );
            }
        }
        if ok {
            out.push(Migration {
                from: from.v,
                renamed: renamed.into_iter().map(|(k, (v, _))| (k, v)).collect(),
                removed: removed.into_iter().map(|r| r.v).collect(),
            });
        }
    }
    out
}

/// `renamed = { old = "new", … }`: each value a string.
fn read_renamed(
    cx: &mut Ctx<'_, '_>,
    f: &mut Fields<'_, '_>,
) -> BTreeMap<String, (String, Range<usize>)> {
    let mut out = BTreeMap::new();
    let Some((t, _)) = f.table(cx.sink, "renamed") else {
        return out;
    };
    for (k, v) in t.iter() {
        match v.get_ref() {
            DeValue::String(s) => {
                out.insert(k.get_ref().to_string(), (s.to_string(), v.span()));
            }
            _ => cx.sink.report(
                Code::BadMigration,
                v.span(),
                format!("the new id of `{}` must be a string", k.get_ref()),
                Some("write `old_id = \"new_id\"`".into()),
            ),
        }
    }
    out
}
