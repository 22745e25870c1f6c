//! Releases by closed month: against two exports a few cases apart.
//!
//! Cell-key noise hides how much a cell changed between two exports, not whether it changed
//! (see `docs/export.md`). When statistics are taken again and again, only counting cases
//! that arrived before a released boundary removes that: a boundary is the end of a calendar
//! month (UTC) that has ended, and it is released only once at least [`THRESHOLD`] cases
//! arrived since the previous released one. So two exports either count the same cases
//! (same numbers, to the digit) or differ by at least [`THRESHOLD`] cases.
//!
//! A case *arrives* when it became countable: its assessment, or its import at headquarters
//! if later. A case withdrawn, or re-assessed, after its month was released still changes
//! that release by one case; `docs/export.md` says so.

use super::suppress::THRESHOLD;
use chrono::{DateTime, Datelike, TimeZone, Utc};

/// Which cases a statistics export counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Release {
    /// Every assessed case the acting person may see, up to now.
    #[default]
    Everything,
    /// Only cases that arrived before the last released month boundary.
    ClosedMonths,
}

/// The first instant of the month of `t` (UTC).
fn month_start(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(t.year(), t.month(), 1, 0, 0, 0)
        .single()
        .unwrap_or(t)
}

/// The first instant of the month after `t`'s.
fn next_month_start(t: DateTime<Utc>) -> DateTime<Utc> {
    let (y, m) = if t.month() == 12 {
        (t.year() + 1, 1)
    } else {
        (t.year(), t.month() + 1)
    };
    Utc.with_ymd_and_hms(y, m, 1, 0, 0, 0).single().unwrap_or(t)
}

/// The released boundary at `now` for cases that arrived at `arrivals`: cases arriving
/// before it are counted, the others not. `None` when no boundary is released yet (nothing
/// may be counted).
pub fn released_before(arrivals: &[DateTime<Utc>], now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let open = month_start(now);
    let mut closed: Vec<DateTime<Utc>> = arrivals.iter().copied().filter(|a| *a < open).collect();
    closed.sort();
    let mut released = None;
    let mut since = 0u64;
    let mut i = 0;
    while i < closed.len() {
        let end = next_month_start(closed[i]);
        while i < closed.len() && closed[i] < end {
            since += 1;
            i += 1;
        }
        if since >= THRESHOLD {
            released = Some(end);
            since = 0;
        }
    }
    released
}

/// Keep the items that `release` counts at `now`, given each one's arrival.
pub fn released<T>(items: Vec<(T, DateTime<Utc>)>, release: Release, now: DateTime<Utc>) -> Vec<T> {
    match release {
        Release::Everything => items.into_iter().map(|(t, _)| t).collect(),
        Release::ClosedMonths => {
            let arrivals: Vec<DateTime<Utc>> = items.iter().map(|(_, a)| *a).collect();
            let Some(before) = released_before(&arrivals, now) else {
                return Vec::new();
            };
            items
                .into_iter()
                .filter(|(_, a)| *a < before)
                .map(|(t, _)| t)
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
            .single()
            .expect("date")
    }

    #[test]
    fn a_month_is_released_once_it_has_ended_and_enough_cases_arrived_since_the_last() {
        let mut a = vec![at(2026, 1, 5); 3];
        // January alone has 3: not released; with February's 2 the end of February is.
        assert_eq!(released_before(&a, at(2026, 3, 10)), None);
        a.extend([at(2026, 2, 1), at(2026, 2, 27)]);
        let feb_end = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).single();
        assert_eq!(released_before(&a, at(2026, 3, 10)), feb_end);
        // A case this month changes nothing; nor does one in March before March has ended.
        a.push(at(2026, 3, 9));
        assert_eq!(released_before(&a, at(2026, 3, 31)), feb_end);
        // December to January across the year.
        let d = vec![at(2025, 12, 31); 5];
        assert_eq!(
            released_before(&d, at(2026, 1, 2)),
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single()
        );
    }
}
