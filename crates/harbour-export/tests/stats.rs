//! Statistics: closed sets only, no count under 5, no hidden cell recoverable from a sum.

mod common;

use common::*;
use harbour_export::stats::categories::is_allowed_category;
use harbour_export::stats::{columns, TABLES};
use harbour_export::{stats_csv, write_stats, StatsRow};
use harbour_rules::{
    Flags, Level, Outcome, Pathway, Pathways, Referral, ReferralKind, RiskCategory,
};
use proptest::prelude::*;

const FREE_TEXT: [&str; 4] = ["Amira Haddad", "sy ria", "+963 555 0101", "I was beaten"];

/// Parse the CSV and check every promise; returns (table, category, cells) rows.
fn check_csv(csv: &str) -> Vec<(String, String, Vec<Option<u64>>)> {
    let mut lines = csv.lines();
    let header = lines.next().expect("header");
    assert_eq!(header, format!("table,category,{}", columns().join(",")));
    for t in FREE_TEXT {
        assert!(!csv.contains(t), "free text leaked: {t}");
    }
    let ncol = columns().len();
    let mut rows = Vec::new();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), ncol + 2, "{line}");
        assert!(TABLES.contains(&f[0]), "unknown table {}", f[0]);
        assert!(
            is_allowed_category(f[0], f[1]),
            "category outside the closed set: {}",
            f[1]
        );
        let cells: Vec<Option<u64>> = f[2..]
            .iter()
            .map(|c| match *c {
                "<5" | "x" => None,
                n => {
                    let v: u64 = n.parse().expect("a count");
                    assert!(v >= 5, "a count under 5 is shown: {line}");
                    Some(v)
                }
            })
            .collect();
        rows.push((f[0].to_string(), f[1].to_string(), cells));
    }
    // No relation hides exactly one cell: per row the levels add up to `cases`; per table
    // each column adds up to its total.
    for (_, _, cells) in &rows {
        for g in [1..5, 5..9] {
            let hidden = std::iter::once(0)
                .chain(g)
                .filter(|c| cells[*c].is_none())
                .count();
            assert_ne!(
                hidden, 1,
                "a hidden level is recoverable from the row total"
            );
        }
    }
    for t in TABLES {
        let of: Vec<_> = rows.iter().filter(|r| r.0 == t).collect();
        assert_eq!(of.last().expect("total").1, "total");
        if of.len() == 1 {
            continue; // only the total: nothing to subtract it from
        }
        for c in 0..ncol {
            let hidden = of.iter().filter(|r| r.2[c].is_none()).count();
            assert_ne!(
                hidden, 1,
                "table {t} column {c}: a hidden cell is recoverable"
            );
        }
    }
    rows
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        Just(Level::None),
        Just(Level::InsufficientInformation),
        Just(Level::Possible),
        Just(Level::Strong)
    ]
}

fn text_or(values: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => proptest::sample::select(values).prop_map(|s| Some(s.to_string())),
        1 => proptest::sample::select(&FREE_TEXT[..]).prop_map(|s| Some(s.to_string())),
        1 => Just(None),
    ]
}

fn row() -> impl Strategy<Value = StatsRow> {
    (
        text_or(&["SY", "AF", "ER", "sd", "stateless", "unknown", "XX", "ZZ"]),
        text_or(&["0-11", "12-17", "18-24", "25-59", "60+", "40"]),
        text_or(&["female", "male", "non_binary"]),
        level(),
        level(),
        proptest::collection::vec(any::<bool>(), 7),
        proptest::collection::vec(any::<bool>(), 8),
    )
        .prop_map(|(nationality, age_band, gender, t, p, f, r)| StatsRow {
            nationality,
            age_band,
            gender,
            outcome: Outcome {
                rules_version: "test".into(),
                pathways: Pathways {
                    trafficking: Pathway {
                        level: t,
                        elements: vec![],
                    },
                    international_protection: Pathway {
                        level: p,
                        elements: vec![],
                    },
                },
                flags: Flags {
                    child: f[0],
                    unaccompanied_child: f[1],
                    smuggling: f[2],
                    stateless: f[3],
                    non_refoulement: f[4],
                    urgent_safety: f[5],
                    heightened_risk: if f[6] {
                        vec![RiskCategory::MedicalNeeds]
                    } else {
                        vec![]
                    },
                },
                referrals: ReferralKind::ALL
                    .iter()
                    .zip(&r)
                    .filter(|(_, on)| **on)
                    .map(|(k, _)| Referral {
                        kind: *k,
                        urgent: false,
                    })
                    .collect(),
                notes: vec![],
                reasons: vec![],
            },
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn statistics_never_show_a_small_count_or_free_text(rows in proptest::collection::vec(row(), 0..150)) {
        let csv = stats_csv(&rows);
        let parsed = check_csv(&csv);
        // What is shown is true: the visible totals are the real counts.
        let total = parsed.iter().find(|r| r.1 == "total").expect("total");
        if let Some(n) = total.2[0] {
            prop_assert_eq!(n as usize, rows.len());
        }
        let strong = rows.iter().filter(|r| r.outcome.pathways.trafficking.level == Level::Strong).count();
        if let Some(n) = total.2[4] {
            prop_assert_eq!(n as usize, strong);
        }
    }
}

#[test]
fn statistics_from_a_vault_count_assessed_cases_by_nationality() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    for _ in 0..12 {
        add_case(&mut v, Profile::Everything, "SY");
    }
    for _ in 0..8 {
        add_case(&mut v, Profile::Quiet, "af");
    }
    add_case(&mut v, Profile::Quiet, "Amira Haddad");
    let out = dir.path().join("stats.csv");
    let rep = write_stats(&v, &out).expect("stats");
    assert_eq!(rep.cases, 21);
    let csv = std::fs::read_to_string(&out).expect("read");
    let rows = check_csv(&csv);
    let cell =
        |t: &str, c: &str, col: usize| rows.iter().find(|r| r.0 == t && r.1 == c).map(|r| r.2[col]);
    assert_eq!(cell("nationality", "total", 0), Some(Some(21)));
    assert_eq!(
        cell("nationality", "other", 0),
        Some(None),
        "a single case is hidden"
    );
    assert!(
        cell("nationality", "AF", 0).is_some(),
        "lower-case ISO codes are recognised"
    );
    assert!(!csv.contains(CANARY));
    // Complementary suppression hid one of SY (12) / AF (8) so `other` (1) can't be derived.
    assert!(
        cell("nationality", "SY", 0) == Some(None) || cell("nationality", "AF", 0) == Some(None)
    );
}
