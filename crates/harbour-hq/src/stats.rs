//! `hq stats`: de-identified statistics from plain columns only (closed-set codes and the
//! outcome without reasons or notes), through `harbour_export::stats`, so the analyst's role
//! (which cannot read content or references) is enough.

use crate::error::{db, HqError, Result};
use chrono::{DateTime, Utc};
use harbour_export::stats::{stats_csv, StatsRow};
use postgres::Client;
use std::path::Path;

/// Every assessed case as a [`StatsRow`], from plain columns.
pub fn stats_rows(client: &mut Client) -> Result<Vec<StatsRow>> {
    crate::schema::check(client)?;
    let rows = client
        .query(
            "SELECT nationality, age_band, gender, outcome_closed FROM cases
             WHERE outcome_closed IS NOT NULL",
            &[],
        )
        .map_err(db("reading statistics"))?;
    rows.into_iter()
        .map(|r| {
            let outcome: serde_json::Value = r.get(3);
            Ok(StatsRow {
                nationality: r.get(0),
                age_band: r.get(1),
                gender: r.get(2),
                outcome: serde_json::from_value(outcome).map_err(|e| HqError::Content {
                    reference: "(statistics)".into(),
                    detail: format!("a stored closed-set outcome does not decode: {e}"),
                })?,
            })
        })
        .collect()
}

/// Write the statistics CSV (suppressed as `harbour_export::stats_csv` does) and record it.
/// Returns the number of assessed cases counted.
pub fn write_stats(client: &mut Client, out: &Path, now: DateTime<Utc>) -> Result<usize> {
    let rows = stats_rows(client)?;
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
