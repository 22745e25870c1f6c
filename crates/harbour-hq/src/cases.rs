//! `hq cases`: search and filter the case list, sorted by last change (newest first), in
//! pages by keyset (the cursor is the last row's change time and id), so the first page and
//! every later one cost the same at any size; each filter has an index.

use crate::error::{db, HqError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use postgres::types::ToSql;
use postgres::Client;

/// The largest page.
pub const MAX_PAGE: i64 = 500;

/// What to look for. Every field narrows; none set lists everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseQuery {
    /// A reference, exact (upper-cased first).
    pub reference: Option<String>,
    /// `in_progress`, `finished` or `consent_refused`.
    pub status: Option<String>,
    /// `trafficking:<level>` or `protection:<level>`.
    pub level: Option<String>,
    /// A flag name (`urgent_safety`, `child`, …).
    pub flag: Option<String>,
    /// A referral kind (`asylum_procedure`, …).
    pub referral: Option<String>,
    /// A device id.
    pub device: Option<String>,
    /// Opened on or after this day (UTC).
    pub from: Option<NaiveDate>,
    /// Opened on or before this day (UTC).
    pub to: Option<NaiveDate>,
    /// Continue after this cursor (from the previous page).
    pub after: Option<String>,
    /// Rows per page (1 to [`MAX_PAGE`]).
    pub limit: i64,
}

/// One row of the list: closed-set facts and the reference, never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    /// The reference.
    pub reference: String,
    /// The status.
    pub status: String,
    /// Trafficking level.
    pub trafficking_level: Option<String>,
    /// Protection level.
    pub protection_level: Option<String>,
    /// Flags.
    pub flags: Vec<String>,
    /// Referrals.
    pub referrals: Vec<String>,
    /// The device.
    pub device_id: String,
    /// Opened.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasePage {
    /// The rows.
    pub rows: Vec<CaseRow>,
    /// The cursor for the next page, if there may be one.
    pub next: Option<String>,
}

const LEVELS: [&str; 4] = ["none", "insufficient_information", "possible", "strong"];

fn bad(s: String) -> HqError {
    HqError::BadQuery(s)
}

/// One page of cases matching `q`. Needs a role that may read references
/// (`harbour_caseworker` or `harbour_admin`).
pub fn search(client: &mut Client, q: &CaseQuery) -> Result<CasePage> {
    crate::schema::check(client)?;
    if !(1..=MAX_PAGE).contains(&q.limit) {
        return Err(bad(format!(
            "--limit {} is not between 1 and {MAX_PAGE}",
            q.limit
        )));
    }
    let mut sql = String::from(
        "SELECT r.reference, c.status, c.trafficking_level, c.protection_level, c.flags, \
         c.referrals, c.device_id, c.created_at, c.updated_at, c.id \
         FROM cases c JOIN case_refs r ON r.case_id = c.id WHERE true",
    );
    let mut params: Vec<Box<dyn ToSql + Sync>> = Vec::new();
    let mut push = |sql: &mut String, clause: &str, v: Box<dyn ToSql + Sync>| {
        params.push(v);
        sql.push_str(&clause.replace('?', &format!("${}", params.len())));
    };
    if let Some(r) = &q.reference {
        push(
            &mut sql,
            " AND r.reference = ?",
            Box::new(r.trim().to_ascii_uppercase()),
        );
    }
    if let Some(s) = &q.status {
        if !["in_progress", "finished", "consent_refused"].contains(&s.as_str()) {
            return Err(bad(format!(
                "--status {s}: use in_progress, finished or consent_refused"
            )));
        }
        push(&mut sql, " AND c.status = ?", Box::new(s.clone()));
    }
    if let Some(l) = &q.level {
        let (pathway, level) = l.split_once(':').ok_or_else(|| {
            bad(format!(
                "--level {l}: use trafficking:<level> or protection:<level>"
            ))
        })?;
        if !LEVELS.contains(&level) {
            return Err(bad(format!(
                "--level {l}: the level is one of {}",
                LEVELS.join(", ")
            )));
        }
        let column = match pathway {
            "trafficking" => "c.trafficking_level",
            "protection" => "c.protection_level",
            _ => {
                return Err(bad(format!(
                    "--level {l}: the pathway is trafficking or protection"
                )))
            }
        };
        push(
            &mut sql,
            &format!(" AND {column} = ?"),
            Box::new(level.to_string()),
        );
    }
    if let Some(f) = &q.flag {
        push(&mut sql, " AND c.flags @> ARRAY[?]", Box::new(f.clone()));
    }
    if let Some(k) = &q.referral {
        if harbour_export::parse_referral(k).is_none() {
            return Err(bad(format!("--referral {k}: not a referral kind")));
        }
        push(
            &mut sql,
            " AND c.referrals @> ARRAY[?]",
            Box::new(k.clone()),
        );
    }
    if let Some(d) = &q.device {
        push(&mut sql, " AND c.device_id = ?", Box::new(d.clone()));
    }
    if let Some(d) = q.from {
        let t = d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        push(&mut sql, " AND c.created_at >= ?", Box::new(t));
    }
    if let Some(d) = q.to {
        let t = d
            .succ_opt()
            .and_then(|n| n.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc());
        push(&mut sql, " AND c.created_at < ?", Box::new(t));
    }
    if let Some(cursor) = &q.after {
        let (at, id) = parse_cursor(cursor)?;
        push(&mut sql, " AND (c.updated_at, c.id) < (?", Box::new(at));
        push(&mut sql, ", ?)", Box::new(id));
    }
    push(
        &mut sql,
        " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?",
        Box::new(q.limit + 1),
    );
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
    let rows = client.query(&sql, &refs).map_err(db("searching cases"))?;
    let limit = usize::try_from(q.limit).unwrap_or(0);
    let more = rows.len() > limit;
    let mut next = None;
    let mut out = Vec::with_capacity(limit);
    for r in rows.iter().take(limit) {
        let updated_at: DateTime<Utc> = r.get(8);
        let id: String = r.get(9);
        next = Some(format!("{}/{id}", updated_at.to_rfc3339()));
        out.push(CaseRow {
            reference: r.get(0),
            status: r.get(1),
            trafficking_level: r.get(2),
            protection_level: r.get(3),
            flags: r.get(4),
            referrals: r.get(5),
            device_id: r.get(6),
            created_at: r.get(7),
            updated_at,
        });
    }
    Ok(CasePage {
        rows: out,
        next: if more { next } else { None },
    })
}

fn parse_cursor(cursor: &str) -> Result<(DateTime<Utc>, String)> {
    let wrong = || {
        bad(format!(
            "--after {cursor}: not a cursor printed by hq cases"
        ))
    };
    let (at, id) = cursor.rsplit_once('/').ok_or_else(wrong)?;
    let at = DateTime::parse_from_rfc3339(at)
        .map_err(|_| wrong())?
        .with_timezone(&Utc);
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Err(wrong());
    }
    Ok((at, id.to_string()))
}
