//! The closed-set facts of a stored outcome that the case list filters on: both pathway
//! levels and whether the case is urgent.
//!
//! The vault treats an outcome as opaque JSON everywhere else. Here, and only here, it reads
//! three fields of `harbour_rules::Outcome`'s published JSON (versioned by `rules_version`):
//! `pathways.{trafficking,international_protection}.level`, `flags.urgent_safety` and
//! `referrals[].urgent` (urgent = the flag or an urgent referral, as `Outcome::is_urgent`
//! says; a harbour-core test holds the two together). They are copied into columns of
//! `cases` in the same transaction that stores the outcome, and backfilled by migration 5.
//! Before an outcome exists, `urgent` is set when the interview becomes urgent
//! (`Vault::urgent_safety_raised`, with its audit entry); the stored outcome then decides.
//! An outcome that cannot be read gives no levels and "not urgent": the case is still
//! listed, it just matches no level filter.

use rusqlite::{params, Connection};
use serde_json::Value;

/// A pathway's screening level, as the case list filters on it. Ordered like the rules'
/// levels: `none` < `insufficient_information` < `possible` < `strong`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathwayLevel {
    /// No indicators, and the answers rule out an element of the test.
    None,
    /// No indicators, but the answers that matter were declined, not known or not asked.
    InsufficientInformation,
    /// Some indicators present.
    Possible,
    /// Indicators for every element of the test.
    Strong,
}

impl PathwayLevel {
    /// Every level, lowest first.
    pub const ALL: [PathwayLevel; 4] = [
        PathwayLevel::None,
        PathwayLevel::InsufficientInformation,
        PathwayLevel::Possible,
        PathwayLevel::Strong,
    ];

    /// The stable name stored in the vault (the rules' own snake_case id).
    pub fn as_str(self) -> &'static str {
        match self {
            PathwayLevel::None => "none",
            PathwayLevel::InsufficientInformation => "insufficient_information",
            PathwayLevel::Possible => "possible",
            PathwayLevel::Strong => "strong",
        }
    }

    /// The level of a stored name, if it is one.
    pub fn parse(s: &str) -> Option<PathwayLevel> {
        PathwayLevel::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What the case list knows of a stored outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OutcomeFacts {
    /// The trafficking pathway's level, if the outcome says one.
    pub trafficking: Option<PathwayLevel>,
    /// The international-protection pathway's level, if the outcome says one.
    pub protection: Option<PathwayLevel>,
    /// The urgent-safety flag is raised or a referral is urgent.
    pub urgent: bool,
}

impl OutcomeFacts {
    /// Read the facts of an outcome's JSON (see the module's note on what is read).
    pub fn of_outcome(outcome_json: &str) -> OutcomeFacts {
        let Ok(v) = serde_json::from_str::<Value>(outcome_json) else {
            return OutcomeFacts::default();
        };
        let level = |pathway: &str| {
            v.pointer(&format!("/pathways/{pathway}/level"))
                .and_then(Value::as_str)
                .and_then(PathwayLevel::parse)
        };
        let flag = v
            .pointer("/flags/urgent_safety")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let referral = v
            .get("referrals")
            .and_then(Value::as_array)
            .is_some_and(|rs| {
                rs.iter()
                    .any(|r| r.get("urgent").and_then(Value::as_bool) == Some(true))
            });
        OutcomeFacts {
            trafficking: level("trafficking"),
            protection: level("international_protection"),
            urgent: flag || referral,
        }
    }
}

/// Copy the facts of `outcome_json` into the case's columns (inside the caller's
/// transaction).
pub(crate) fn write(conn: &Connection, case_id: &str, outcome_json: &str) -> rusqlite::Result<()> {
    let f = OutcomeFacts::of_outcome(outcome_json);
    conn.execute(
        "UPDATE cases SET trafficking_level = ?2, protection_level = ?3, urgent = ?4 WHERE id = ?1",
        params![
            case_id,
            f.trafficking.map(PathwayLevel::as_str),
            f.protection.map(PathwayLevel::as_str),
            f.urgent
        ],
    )?;
    Ok(())
}

/// Migration 5: the facts of every stored outcome, into its case's columns; a case without
/// an outcome whose interview became urgent (audited) is urgent.
pub(crate) fn backfill(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE cases SET urgent = 1 WHERE id NOT IN (SELECT case_id FROM assessments)
           AND id IN (SELECT case_id FROM audit WHERE event = 'interview.urgent_safety')",
        [],
    )?;
    let mut st = conn.prepare("SELECT case_id, outcome FROM assessments")?;
    let rows = st
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (case_id, outcome) in rows {
        write(conn, &case_id, &outcome)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_levels_and_the_urgent_flag() {
        let f = OutcomeFacts::of_outcome(
            r#"{"pathways":{"trafficking":{"level":"strong","elements":[]},"international_protection":{"level":"insufficient_information","elements":[]}},"flags":{"urgent_safety":true},"referrals":[]}"#,
        );
        assert_eq!(f.trafficking, Some(PathwayLevel::Strong));
        assert_eq!(f.protection, Some(PathwayLevel::InsufficientInformation));
        assert!(f.urgent);
    }

    #[test]
    fn an_urgent_referral_alone_makes_the_case_urgent() {
        let f = OutcomeFacts::of_outcome(
            r#"{"flags":{"urgent_safety":false},"referrals":[{"kind":"medical","urgent":false},{"kind":"anti_trafficking","urgent":true}]}"#,
        );
        assert!(f.urgent);
        let calm = OutcomeFacts::of_outcome(
            r#"{"flags":{"urgent_safety":false},"referrals":[{"kind":"medical","urgent":false}]}"#,
        );
        assert!(!calm.urgent);
    }

    #[test]
    fn an_unreadable_outcome_or_an_unknown_level_gives_nothing() {
        assert_eq!(
            OutcomeFacts::of_outcome("not json"),
            OutcomeFacts::default()
        );
        let f = OutcomeFacts::of_outcome(
            r#"{"pathways":{"trafficking":{"level":"certain"}},"flags":{"urgent_safety":"yes"}}"#,
        );
        assert_eq!(f, OutcomeFacts::default());
    }
}
