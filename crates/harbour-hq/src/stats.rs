//! `hq stats`: de-identified statistics from plain columns only (closed-set codes and the
//! outcome without reasons or notes), through `harbour_export::stats`, so the analyst's role
//! (which cannot read content or references) is enough.

use crate::error::{db, HqError, Result};
use chrono::{DateTime, Utc};
use harbour_export::htcds::{htcds_csv, HtcdsCase, HtcdsReport};
use harbour_export::stats::release::{released, Release};
use harbour_export::stats::{stats_csv, StatsRow};
use postgres::Client;
use std::path::Path;

/// Every assessed case as a [`StatsRow`], from plain columns.
pub fn stats_rows(client: &mut Client) -> Result<Vec<StatsRow>> {
    Ok(rows_with_year(client)?
        .into_iter()
        .map(|(c, _)| c.row)
        .collect())
}

/// Every assessed case as an [`HtcdsCase`] (its [`StatsRow`] and the year, only, its
/// interview began) with the moment it became countable here (its assessment, or its import
/// if later), from plain columns.
fn rows_with_year(client: &mut Client) -> Result<Vec<(HtcdsCase, DateTime<Utc>)>> {
    crate::schema::check(client)?;
    let rows = client
        .query(
            "SELECT nationality, age_band, gender, outcome_closed, record_key,
                    extract(year FROM created_at)::integer,
                    greatest(coalesce(assessed_at, imported_at), imported_at)
             FROM cases WHERE outcome_closed IS NOT NULL",
            &[],
        )
        .map_err(db("reading statistics"))?;
    rows.into_iter()
        .map(|r| {
            let year: Option<i32> = r.get(5);
            let arrived: DateTime<Utc> = r.get(6);
            Ok((
                HtcdsCase {
                    row: stats_row(&r)?,
                    interview_year: year,
                },
                arrived,
            ))
        })
        .collect()
}

fn stats_row(r: &postgres::Row) -> Result<StatsRow> {
    let outcome: serde_json::Value = r.get(3);
    let record_key: i64 = r.get(4);
    Ok(StatsRow {
        nationality: r.get(0),
        age_band: r.get(1),
        gender: r.get(2),
        outcome: serde_json::from_value(outcome).map_err(|e| HqError::Content {
            reference: "(statistics)".into(),
            detail: format!("a stored closed-set outcome does not decode: {e}"),
        })?,
        // The column's CHECK keeps it in u32's range.
        record_key: u32::try_from(record_key).unwrap_or_default(),
    })
}

/// Write the statistics CSV (suppressed and perturbed as `harbour_export::stats_csv` does)
/// and record it. `Release::ClosedMonths` counts only cases that arrived before the last
/// released month boundary (`harbour_export::stats::release`), so two exports count the same
/// cases or differ by at least five. Returns the number of assessed cases counted.
pub fn write_stats(
    client: &mut Client,
    out: &Path,
    release: Release,
    now: DateTime<Utc>,
) -> Result<usize> {
    let items: Vec<(StatsRow, DateTime<Utc>)> = rows_with_year(client)?
        .into_iter()
        .map(|(c, arrived)| (c.row, arrived))
        .collect();
    let rows = released(items, release, now);
    harbour_export::stats::write_atomic(out, stats_csv(&rows).as_bytes())?;
    let n = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    client
        .execute(
            "INSERT INTO hq_audit (at, event, count) VALUES ($1, 'stats.exported', $2)",
            &[&now, &n],
        )
        .map_err(db("auditing statistics"))?;
    Ok(rows.len())
}

/// Write the trafficking cases as de-identified HTCDS rows (docs/htcds.md), from plain
/// columns only (the analyst's role is enough), and record it.
pub fn write_htcds(client: &mut Client, out: &Path, now: DateTime<Utc>) -> Result<HtcdsReport> {
    let cases: Vec<HtcdsCase> = rows_with_year(client)?
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let export = htcds_csv(&cases);
    harbour_export::stats::write_atomic(out, export.csv.as_bytes())?;
    let n = i64::try_from(export.written).unwrap_or(i64::MAX);
    client
        .execute(
            "INSERT INTO hq_audit (at, event, count) VALUES ($1, 'htcds.exported', $2)",
            &[&now, &n],
        )
        .map_err(db("auditing the HTCDS export"))?;
    Ok(HtcdsReport {
        written: export.written,
        left_out: export.left_out,
        nationality_withheld: export.nationality_withheld,
    })
}
