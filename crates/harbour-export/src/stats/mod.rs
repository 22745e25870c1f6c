//! De-identified statistics from the stored assessments, as CSV.
//!
//! Three tables, one per breakdown (`nationality`, `age_band`, `gender`), each with a row per
//! category seen plus a `total` row (the same in every table). Columns are counts of cases:
//! `cases`, the level of each pathway, each flag, each referral. Only values from closed sets
//! appear (see [`categories`]); every count under 5 is shown as `<5`, and cells that would let
//! a small count or a small sum be worked out from the sums are shown as `x` (see
//! [`suppress`]). Shown counts carry cell-key noise of at most ±2 (see [`perturb`]).
//!
//! Layout. In the true counts `cases` equals the sum of each pathway's four level columns on
//! every row, and each column's `total` the sum of its table's category rows; the shown
//! counts, perturbed cell by cell, add up only approximately:
//!
//! ```text
//! table,category,cases,trafficking_none,…,flag_child,…,referral_asylum_procedure,…
//! nationality,SY,12,…
//! nationality,total,40,…
//! age_band,12-17,<5,…
//! ```

pub mod categories;
pub mod perturb;
pub mod release;
pub mod suppress;

use crate::error::{io_err, ExportError, Result};
use crate::export::{owner_only, parent_dir, sync_dir};
use chrono::{DateTime, Utc};
use harbour_rules::{Level, Outcome, ReferralKind};
use harbour_vault::Vault;
use perturb::{RecordKeySecret, RECORD_KEY_SECRET_SETTING};
use release::Release;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use suppress::{suppress, Hidden, Relation};
use zeroize::Zeroizing;

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
    /// The case's permanent record key for the cell-key perturbation
    /// ([`perturb::RecordKeySecret::record_key`] of the case's id): the same case must carry
    /// the same key in every export, and nobody reading the statistics may be able to compute it.
    pub record_key: u32,
}

impl StatsRow {
    /// A row from a case's closed-set profile facts, its outcome and its record key
    /// (`secret.record_key(case_id)`).
    pub fn new(
        profile: harbour_rules::ProfileFacts,
        outcome: Outcome,
        record_key: u32,
    ) -> StatsRow {
        StatsRow {
            nationality: profile.nationality,
            age_band: profile.age_band,
            gender: profile.gender,
            outcome,
            record_key,
        }
    }
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

/// The first column that is a yes/no fact of a case (a flag or a referral), whose
/// complement (`cases` minus the column) is implied.
pub const BINARY_FROM: usize = 9;

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

/// Read every stored assessment the acting person may see as a [`StatsRow`], with record
/// keys under `secret`. Only closed-set values leave this function, so the reads are not
/// audited case by case.
pub fn stats_rows(vault: &Vault, secret: &RecordKeySecret) -> Result<Vec<StatsRow>> {
    Ok(vault
        .in_bulk(|v| stats_rows_of(v, secret))?
        .into_iter()
        .map(|(row, _)| row)
        .collect())
}

/// Each row with the moment its case arrived in the statistics: its assessment, or its
/// import if later (see [`release`]). A time that cannot be read counts as the latest
/// possible, so such a case waits rather than slipping into a released month.
fn stats_rows_of(
    vault: &Vault,
    secret: &RecordKeySecret,
) -> Result<Vec<(StatsRow, DateTime<Utc>)>> {
    let mut rows = Vec::new();
    for case in vault.list_cases()? {
        let Some(a) = vault.assessment(&case.id)? else {
            continue;
        };
        let parse = |t: &str| {
            DateTime::parse_from_rfc3339(t)
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or(DateTime::<Utc>::MAX_UTC)
        };
        let mut arrived = parse(&a.assessed_at);
        if let Some(import) = vault.case_import(&case.id)? {
            arrived = arrived.max(parse(&import.imported_at));
        }
        let a = read_assessment(&a, &case.id)?;
        rows.push((
            StatsRow::new(a.inputs.profile, a.outcome, secret.record_key(&case.id)),
            arrived,
        ));
    }
    Ok(rows)
}

/// The vault's record-key secret ([`perturb::RECORD_KEY_SECRET_SETTING`]), made and stored
/// the first time (a supervisor's act: settings are theirs).
pub fn record_key_secret(vault: &mut Vault, now: DateTime<Utc>) -> Result<RecordKeySecret> {
    if let Some(text) = vault.setting(RECORD_KEY_SECRET_SETTING)? {
        let text = Zeroizing::new(text);
        return RecordKeySecret::from_hex(&text).ok_or(ExportError::BadSetting {
            key: RECORD_KEY_SECRET_SETTING,
        });
    }
    let secret = RecordKeySecret::generate().map_err(io_err(
        "gathering randomness for",
        Path::new("the statistics key"),
    ))?;
    vault.set_setting(RECORD_KEY_SECRET_SETTING, &secret.to_hex(), now)?;
    Ok(secret)
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

/// The statistics as CSV text, with suppression and perturbation applied.
pub fn stats_csv(rows: &[StatsRow]) -> String {
    let cols = columns();
    let ncol = cols.len();
    let binary = ncol - BINARY_FROM;
    // Aggregate: per table, category -> counts and cell keys; and the shared total.
    let mut total = Cell::new(ncol);
    let mut tables: Vec<BTreeMap<String, Cell>> = vec![BTreeMap::new(); TABLES.len()];
    for r in rows {
        let m = measures(&r.outcome);
        let keys = [
            categories::nationality(r.nationality.as_deref()),
            categories::age_band(r.age_band.as_deref()),
            categories::gender(r.gender.as_deref()),
        ];
        for (t, key) in keys.into_iter().enumerate() {
            tables[t]
                .entry(key)
                .or_insert_with(|| Cell::new(ncol))
                .add(&m, r.record_key);
        }
        total.add(&m, r.record_key);
    }
    // Lay the printed cells out: the total row first (shared), then each table's category
    // rows. Then the implied cells: for every row and every flag or referral column, the
    // cases of that row *without* it (`cases` minus the column).
    let mut all: Vec<&Cell> = vec![&total];
    let mut row_index: Vec<Vec<usize>> = Vec::new();
    for t in &tables {
        row_index.push((all.len()..all.len() + t.len()).collect());
        all.extend(t.values());
    }
    let printed = all.len() * ncol;
    let mut values: Vec<u64> = all.iter().flat_map(|c| c.counts.iter().copied()).collect();
    for c in &all {
        values.extend((BINARY_FROM..ncol).map(|j| c.counts[0] - c.counts[j]));
    }
    let at = |row: usize, col: usize| row * ncol + col;
    let implied = |row: usize, j: usize| printed + row * binary + (j - BINARY_FROM);
    let mut relations: Vec<Relation> = Vec::new();
    for row in 0..all.len() {
        for g in level_groups() {
            relations.push(Relation {
                total: at(row, 0),
                members: g.map(|c| at(row, c)).collect(),
            });
        }
        for j in BINARY_FROM..ncol {
            relations.push(Relation {
                total: at(row, 0),
                members: vec![at(row, j), implied(row, j)],
            });
        }
    }
    for rows_of in &row_index {
        for c in 0..ncol {
            relations.push(Relation {
                total: at(0, c),
                members: rows_of.iter().map(|r| at(*r, c)).collect(),
            });
        }
        for j in BINARY_FROM..ncol {
            relations.push(Relation {
                total: implied(0, j),
                members: rows_of.iter().map(|r| implied(*r, j)).collect(),
            });
        }
    }
    let hidden = suppress(&values, printed, &relations);
    let cell = |row: usize, col: usize| match hidden[at(row, col)] {
        Hidden::No => perturb::perturbed(all[row].counts[col], all[row].keys[col]).to_string(),
        Hidden::Primary => "<5".to_string(),
        Hidden::Complementary | Hidden::Implied => "x".to_string(),
    };
    let mut out = String::from("table,category,");
    out.push_str(&cols.join(","));
    out.push('\n');
    for (t, name) in TABLES.iter().enumerate() {
        let line = |out: &mut String, category: &str, row: usize| {
            out.push_str(name);
            out.push(',');
            out.push_str(category);
            for c in 0..ncol {
                out.push(',');
                out.push_str(&cell(row, c));
            }
            out.push('\n');
        };
        for (category, row) in tables[t].keys().zip(&row_index[t]) {
            line(&mut out, category, *row);
        }
        line(&mut out, "total", 0);
    }
    out
}

/// One row's true counts and cell keys, column by column.
#[derive(Debug, Clone)]
struct Cell {
    counts: Vec<u64>,
    keys: Vec<u32>,
}

impl Cell {
    fn new(ncol: usize) -> Cell {
        Cell {
            counts: vec![0; ncol],
            keys: vec![0; ncol],
        }
    }

    fn add(&mut self, measures: &[u64], record_key: u32) {
        for (c, m) in measures.iter().enumerate() {
            if *m > 0 {
                self.counts[c] += m;
                self.keys[c] = perturb::add_to_cell_key(self.keys[c], record_key);
            }
        }
    }
}

/// What [`write_stats`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsReport {
    /// Assessed cases counted.
    pub cases: usize,
}

/// Write the vault's statistics to `out` as CSV (temporary file, fsync, rename), counting
/// the cases `release` says. The first statistics of a vault make its record-key secret (a
/// supervisor's act).
pub fn write_stats(
    vault: &mut Vault,
    out: &Path,
    release: Release,
    now: DateTime<Utc>,
) -> Result<StatsReport> {
    let secret = record_key_secret(vault, now)?;
    let rows = vault.in_bulk(|v| stats_rows_of(v, &secret))?;
    let rows = release::released(rows, release, now);
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
