//! De-identified statistics from the stored assessments, as CSV.
//!
//! Three tables, one per breakdown (`nationality`, `age_band`, `gender`), each with a row per
//! category seen plus a `total` row (the same in every table). Columns are counts of cases:
//! `cases`, the level of each pathway, each flag, each referral. Only values from closed sets
//! appear (see [`categories`]); every count under 5 is shown as `<5`, and cells that would let
//! a hidden one be recovered from a total are shown as `x` (see [`suppress`]).
//!
//! Layout (`cases` equals the sum of each pathway's four level columns on every row; each
//! column's `total` equals the sum of its table's category rows):
//!
//! ```text
//! table,category,cases,trafficking_none,…,flag_child,…,referral_asylum_procedure,…
//! nationality,SY,12,…
//! nationality,total,40,…
//! age_band,12-17,<5,…
//! ```

pub mod categories;
pub mod suppress;

use crate::error::{io_err, ExportError, Result};
use crate::export::{owner_only, parent_dir, sync_dir};
use harbour_rules::{Level, Outcome, ReferralKind};
use harbour_vault::Vault;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use suppress::{suppress, Hidden};

/// The breakdowns, in output order.
pub const TABLES: [&str; 3] = ["nationality", "age_band", "gender"];

const LEVELS: [Level; 4] = [
    Level::None,
    Level::InsufficientInformation,
    Level::Possible,
    Level::Strong,
];
const FLAGS: [&str; 7] = [
    "child",
    "unaccompanied_child",
    "smuggling",
    "stateless",
    "non_refoulement",
    "urgent_safety",
    "heightened_risk",
];

/// One assessed case, reduced to what statistics may use.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsRow {
    /// Nationality as stored (normalised on output).
    pub nationality: Option<String>,
    /// Age band as stored.
    pub age_band: Option<String>,
    /// Gender option id as stored.
    pub gender: Option<String>,
    /// The outcome.
    pub outcome: Outcome,
}

/// The column names, in order (after `table,category`).
pub fn columns() -> Vec<String> {
    let mut c = vec!["cases".to_string()];
    for p in ["trafficking", "protection"] {
        for l in LEVELS {
            c.push(format!("{p}_{}", l.as_str()));
        }
    }
    c.extend(FLAGS.iter().map(|f| format!("flag_{f}")));
    c.extend(
        ReferralKind::ALL
            .iter()
            .map(|k| format!("referral_{}", k.as_str())),
    );
    c
}

/// The groups of columns that add up to `cases` on every row.
fn level_groups() -> [std::ops::Range<usize>; 2] {
    [1..5, 5..9]
}

fn measures(o: &Outcome) -> Vec<u64> {
    let mut v = vec![1u64];
    for p in [
        &o.pathways.trafficking,
        &o.pathways.international_protection,
    ] {
        v.extend(LEVELS.iter().map(|l| u64::from(p.level == *l)));
    }
    let f = &o.flags;
    v.extend(
        [
            f.child,
            f.unaccompanied_child,
            f.smuggling,
            f.stateless,
            f.non_refoulement,
            f.urgent_safety,
            !f.heightened_risk.is_empty(),
        ]
        .map(u64::from),
    );
    v.extend(ReferralKind::ALL.iter().map(|k| u64::from(o.refers_to(*k))));
    v
}

/// A stored assessment, read through its owner ([`harbour_rules::Assessment::decode`]); `case`
/// names the case in the error when either half is unreadable.
pub(crate) fn read_assessment(
    a: &harbour_vault::StoredAssessment,
    case: &str,
) -> Result<harbour_rules::Assessment> {
    harbour_rules::Assessment::decode(&a.outcome, &a.inputs).map_err(|e| {
        ExportError::BadAssessment {
            case: case.to_string(),
            detail: json_problem(e.json()),
        }
    })
}

/// Read every stored assessment the acting person may see as a [`StatsRow`]. Only
/// closed-set values leave this function, so the reads are not audited case by case.
pub fn stats_rows(vault: &Vault) -> Result<Vec<StatsRow>> {
    vault.in_bulk(stats_rows_of)
}

fn stats_rows_of(vault: &Vault) -> Result<Vec<StatsRow>> {
    let mut rows = Vec::new();
    for case in vault.list_cases()? {
        let Some(a) = vault.assessment(&case.id)? else {
            continue;
        };
        let a = read_assessment(&a, &case.id)?;
        let p = a.inputs.profile;
        rows.push(StatsRow {
            nationality: p.nationality,
            age_band: p.age_band,
            gender: p.gender,
            outcome: a.outcome,
        });
    }
    Ok(rows)
}

/// A parser error's kind in plain words (never the text being parsed).
pub(crate) fn json_problem(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        serde_json::error::Category::Io => "read error",
        serde_json::error::Category::Syntax => "not JSON",
        serde_json::error::Category::Data => "unexpected shape",
        serde_json::error::Category::Eof => "cut short",
    };
    format!("{kind} at line {} column {}", e.line(), e.column())
}

/// The statistics as CSV text, with suppression applied.
pub fn stats_csv(rows: &[StatsRow]) -> String {
    let cols = columns();
    let ncol = cols.len();
    // Aggregate: per table, category -> counts; and the shared total.
    let mut total = vec![0u64; ncol];
    let mut tables: Vec<BTreeMap<String, Vec<u64>>> = vec![BTreeMap::new(); TABLES.len()];
    for r in rows {
        let m = measures(&r.outcome);
        let keys = [
            categories::nationality(r.nationality.as_deref()),
            categories::age_band(r.age_band.as_deref()),
            categories::gender(r.gender.as_deref()),
        ];
        for (t, key) in keys.into_iter().enumerate() {
            let acc = tables[t].entry(key).or_insert_with(|| vec![0; ncol]);
            acc.iter_mut().zip(&m).for_each(|(a, b)| *a += b);
        }
        total.iter_mut().zip(&m).for_each(|(a, b)| *a += b);
    }
    // Lay the cells out: the total row first (shared), then each table's category rows.
    let mut values: Vec<u64> = total.clone();
    let mut row_starts: Vec<Vec<usize>> = Vec::new();
    for t in &tables {
        let mut starts = Vec::new();
        for counts in t.values() {
            starts.push(values.len());
            values.extend(counts);
        }
        row_starts.push(starts);
    }
    let mut relations: Vec<Vec<usize>> = Vec::new();
    let mut all_rows: Vec<usize> = vec![0];
    all_rows.extend(row_starts.iter().flatten().copied());
    for start in &all_rows {
        for g in level_groups() {
            let mut rel = vec![*start];
            rel.extend(g.map(|c| *start + c));
            relations.push(rel);
        }
    }
    for starts in &row_starts {
        for c in 0..ncol {
            let mut rel: Vec<usize> = starts.iter().map(|s| s + c).collect();
            rel.push(c); // the shared total row starts at 0
            relations.push(rel);
        }
    }
    let hidden = suppress(&values, &relations);
    let cell = |i: usize| match hidden[i] {
        Hidden::No => values[i].to_string(),
        Hidden::Primary => "<5".to_string(),
        Hidden::Complementary => "x".to_string(),
    };
    let mut out = String::from("table,category,");
    out.push_str(&cols.join(","));
    out.push('\n');
    for (t, name) in TABLES.iter().enumerate() {
        let line = |out: &mut String, category: &str, start: usize| {
            out.push_str(name);
            out.push(',');
            out.push_str(category);
            for c in 0..ncol {
                out.push(',');
                out.push_str(&cell(start + c));
            }
            out.push('\n');
        };
        for (category, start) in tables[t].keys().zip(&row_starts[t]) {
            line(&mut out, category, *start);
        }
        line(&mut out, "total", 0);
    }
    out
}

/// What [`write_stats`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsReport {
    /// Assessed cases counted.
    pub cases: usize,
}

/// Write the vault's statistics to `out` as CSV (temporary file, fsync, rename).
pub fn write_stats(vault: &Vault, out: &Path) -> Result<StatsReport> {
    let rows = stats_rows(vault)?;
    let csv = stats_csv(&rows);
    write_atomic(out, csv.as_bytes())?;
    Ok(StatsReport { cases: rows.len() })
}

/// Write a file through a temporary sibling (owner-only), fsync and rename.
pub fn write_atomic(out: &Path, bytes: &[u8]) -> Result<()> {
    let dir = parent_dir(out);
    let mut tmp = owner_only(tempfile::Builder::new().prefix(".harbour-").suffix(".part"))
        .tempfile_in(&dir)
        .map_err(io_err("creating a temporary file in", &dir))?;
    tmp.write_all(bytes).map_err(io_err("writing", out))?;
    tmp.as_file().sync_all().map_err(io_err("writing", out))?;
    tmp.persist(out).map_err(|e| ExportError::Io {
        action: "saving",
        path: out.to_path_buf(),
        source: e.error,
    })?;
    sync_dir(&dir);
    Ok(())
}
