//! The case list at scale: search by reference, filters on indexed columns kept in step with
//! the stored outcome and status, sorts, pages and totals, role scope, the migration that
//! backfills the columns, and query plans that read an index instead of every case.

use chrono::{DateTime, Duration, Utc};
use harbour_vault::{
    CaseImport, CasePage, CaseQuery, CaseStatus, CaseSummary, CaseTotal, ImportCase, KdfParams,
    NewStep, Passphrase, PathwayLevel, ReferenceSearch, Role, SortKey, StoredAssessment, Vault,
    VaultError,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;
use common::now;

const SAM: &str = "blue kettle sings at dawn";
const AMINA: &str = "amina walks the long road home";

fn at(minutes: i64) -> DateTime<Utc> {
    now() + Duration::minutes(minutes)
}

/// An outcome in the rules' published shape, with only what the list reads.
fn outcome(trafficking: &str, protection: &str, flag: bool, urgent_referral: bool) -> String {
    serde_json::json!({
        "rules_version": "test",
        "pathways": {
            "trafficking": { "level": trafficking, "elements": [] },
            "international_protection": { "level": protection, "elements": [] }
        },
        "flags": { "urgent_safety": flag, "child": false },
        "referrals": [{ "kind": "medical", "urgent": urgent_referral }],
        "notes": [],
        "reasons": []
    })
    .to_string()
}

fn stored(outcome: String) -> StoredAssessment {
    StoredAssessment {
        rules_version: "test".into(),
        assessed_at: now().to_rfc3339(),
        outcome,
        inputs: "{}".into(),
    }
}

fn new_vault(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("harbour.vault");
    let v = Vault::create(&path, &Passphrase::new(SAM), now(), &common::opts_as("Sam"))
        .expect("create");
    (path, v)
}

/// What the test itself knows of each case it made, to check the vault's answers against.
#[derive(Debug, Clone)]
struct Made {
    id: String,
    reference: String,
    status: CaseStatus,
    trafficking: Option<PathwayLevel>,
    protection: Option<PathwayLevel>,
    urgent: bool,
    exported: bool,
}

/// Twelve cases, opened a minute apart, with every status, level, urgency and export.
fn twelve(v: &mut Vault) -> Vec<Made> {
    let levels = ["none", "insufficient_information", "possible", "strong"];
    let mut made = Vec::new();
    for i in 0..12i64 {
        let c = v.create_case(at(i)).expect("case");
        let mut m = Made {
            id: c.id.clone(),
            reference: c.reference.clone(),
            status: CaseStatus::InProgress,
            trafficking: None,
            protection: None,
            urgent: false,
            exported: false,
        };
        match i % 3 {
            0 => {}
            1 => {
                v.set_case_status(&c.id, CaseStatus::ConsentRefused, at(i))
                    .expect("refused");
                m.status = CaseStatus::ConsentRefused;
            }
            _ => {
                let (t, p) = (levels[(i as usize) % 4], levels[(i as usize / 3) % 4]);
                let flag = i == 2;
                let referral = i == 5;
                v.finish_case(&c.id, &stored(outcome(t, p, flag, referral)), at(i))
                    .expect("finish");
                m.status = CaseStatus::Finished;
                m.trafficking = PathwayLevel::parse(t);
                m.protection = PathwayLevel::parse(p);
                m.urgent = flag || referral;
            }
        }
        made.push(m);
    }
    let exported: Vec<String> = made.iter().step_by(4).map(|m| m.id.clone()).collect();
    v.mark_exported(&exported, at(20)).expect("export");
    for m in made.iter_mut() {
        m.exported = exported.contains(&m.id);
    }
    made
}

fn ids(page: &CasePage) -> Vec<String> {
    page.cases.iter().map(|c| c.case.id.clone()).collect()
}

fn all_of(v: &Vault, q: CaseQuery) -> Vec<String> {
    let page = v
        .query_cases(&CaseQuery {
            limit: harbour_vault::MAX_PAGE_SIZE,
            ..q
        })
        .expect("query");
    ids(&page)
}

fn set(ids: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    ids.into_iter().collect()
}

/// Check one filter: the vault lists exactly the cases `keep` says, and the total agrees.
fn check(v: &Vault, made: &[Made], q: CaseQuery, keep: impl Fn(&Made) -> bool, what: &str) {
    let want = set(made.iter().filter(|m| keep(m)).map(|m| m.id.clone()));
    let page = v.query_cases(&q).expect("query");
    assert_eq!(set(ids(&page)), want, "{what}: the listed cases");
    assert_eq!(
        page.total,
        CaseTotal::Exact(want.len() as u64),
        "{what}: the total"
    );
}

#[test]
fn each_filter_lists_exactly_the_matching_cases_with_their_total() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let made = twelve(&mut v);
    let q = CaseQuery::default;
    check(&v, &made, q(), |_| true, "no filter");
    for status in [
        CaseStatus::InProgress,
        CaseStatus::Finished,
        CaseStatus::ConsentRefused,
    ] {
        let query = CaseQuery {
            status: Some(status),
            ..q()
        };
        check(&v, &made, query, |m| m.status == status, status.as_str());
    }
    for level in PathwayLevel::ALL {
        let query = CaseQuery {
            trafficking: Some(level),
            ..q()
        };
        check(
            &v,
            &made,
            query,
            |m| m.trafficking == Some(level),
            "trafficking",
        );
        let query = CaseQuery {
            protection: Some(level),
            ..q()
        };
        check(
            &v,
            &made,
            query,
            |m| m.protection == Some(level),
            "protection",
        );
    }
    for yes in [true, false] {
        let query = CaseQuery {
            urgent: Some(yes),
            ..q()
        };
        check(&v, &made, query, |m| m.urgent == yes, "urgent");
        let query = CaseQuery {
            exported: Some(yes),
            ..q()
        };
        check(&v, &made, query, |m| m.exported == yes, "exported");
    }
    // The urgent ones: the flag (case 2) and an urgent referral alone (case 5).
    assert_eq!(made.iter().filter(|m| m.urgent).count(), 2);
    // Filters combine.
    let query = CaseQuery {
        status: Some(CaseStatus::Finished),
        exported: Some(false),
        urgent: Some(true),
        ..q()
    };
    check(
        &v,
        &made,
        query,
        |m| m.status == CaseStatus::Finished && !m.exported && m.urgent,
        "finished, not exported, urgent",
    );
    // The listed facts are the stored ones.
    let page = v.query_cases(&q()).expect("query");
    for listed in &page.cases {
        let m = made.iter().find(|m| m.id == listed.case.id).expect("made");
        assert_eq!(
            (listed.trafficking, listed.protection, listed.urgent),
            (m.trafficking, m.protection, m.urgent)
        );
        assert_eq!(listed.case.exported_at.is_some(), m.exported);
    }
}

#[test]
fn a_reference_is_found_whole_or_by_its_start_in_any_case_with_or_without_hb() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let made = twelve(&mut v);
    let target = &made[7];
    let code = target.reference.trim_start_matches("HB-");
    let search = |text: &str| CaseQuery {
        reference: ReferenceSearch::parse(text).expect("valid search"),
        ..CaseQuery::default()
    };
    for text in [
        target.reference.clone(),
        target.reference.to_lowercase(),
        format!("  {}  ", target.reference.to_lowercase()),
        code.to_string(),
        code.to_lowercase(),
        format!("hb{}", code.to_lowercase()),
    ] {
        let page = v.query_cases(&search(&text)).expect("query");
        assert_eq!(
            ids(&page),
            vec![target.id.clone()],
            "'{text}' finds exactly that case"
        );
        assert_eq!(page.total, CaseTotal::Exact(1));
    }
    // A prefix finds every reference that starts with it, and only those.
    let prefix = &code[..1];
    let want = set(made
        .iter()
        .filter(|m| m.reference.starts_with(&format!("HB-{prefix}")))
        .map(|m| m.id.clone()));
    let page = v
        .query_cases(&search(&prefix.to_lowercase()))
        .expect("query");
    assert_eq!(set(ids(&page)), want);
    assert!(!want.is_empty());
    // `HB-` alone (or part of it) narrows nothing.
    for text in ["", "h", "HB", "hb-", "   "] {
        assert_eq!(
            ReferenceSearch::parse(text).expect("valid"),
            None,
            "'{text}'"
        );
    }
    // A reference no case has: an empty page and a total of zero.
    let page = v.query_cases(&search("HB-ZZZZZZ")).expect("query");
    assert!(page.cases.is_empty() || made.iter().any(|m| m.reference == "HB-ZZZZZZ"));
    // Search and filters together.
    let query = CaseQuery {
        status: Some(if target.status == CaseStatus::Finished {
            CaseStatus::InProgress
        } else {
            CaseStatus::Finished
        }),
        ..search(&target.reference)
    };
    assert!(v.query_cases(&query).expect("query").cases.is_empty());
}

#[test]
fn a_search_with_a_character_no_reference_has_says_which_and_where() {
    match ReferenceSearch::parse("HB-7%K") {
        Err(VaultError::InvalidSearch {
            character,
            position,
        }) => assert_eq!((character, position), ('%', 5)),
        other => panic!("expected InvalidSearch, got {other:?}"),
    }
    match ReferenceSearch::parse("hb-7k3é") {
        Err(e @ VaultError::InvalidSearch { .. }) => {
            assert_eq!(e.code(), "error-case-search-invalid");
            assert!(e.to_string().contains("'é' at position 7"), "{e}");
        }
        other => panic!("expected InvalidSearch, got {other:?}"),
    }
    for wildcard in ["HB-%", "HB-_", "HB-*", "HB-?"] {
        assert!(
            matches!(
                ReferenceSearch::parse(wildcard),
                Err(VaultError::InvalidSearch { .. })
            ),
            "{wildcard} is not a wildcard"
        );
    }
    assert!(matches!(
        ReferenceSearch::parse("HB-7K3QX9-ABCDEF0"),
        Err(VaultError::SearchTooLong { max_chars: 16 })
    ));
    assert!(ReferenceSearch::parse("HB-7K3QX9-ABCDEF").is_ok());
}

#[test]
fn sorts_by_last_change_opening_or_reference_both_ways() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let made = twelve(&mut v);
    // Touch the oldest case last, so "updated" and "created" orders differ.
    let s = v
        .start_session(&made[0].id, "test", "1", at(30))
        .expect("session");
    v.append_step(
        &s.id,
        NewStep {
            kind: "answer",
            question_id: Some("q1"),
            language: Some("en"),
            payload: "{}",
        },
        at(30),
    )
    .expect("step");
    let by = |sort, descending| {
        all_of(
            &v,
            CaseQuery {
                sort,
                descending,
                ..CaseQuery::default()
            },
        )
    };
    let created: Vec<String> = made.iter().map(|m| m.id.clone()).collect();
    assert_eq!(by(SortKey::Created, false), created);
    let mut newest_first = created.clone();
    newest_first.reverse();
    assert_eq!(by(SortKey::Created, true), newest_first);
    let updated = by(SortKey::Updated, true);
    assert_eq!(
        updated[0], made[0].id,
        "the case touched last comes first by default"
    );
    let mut refs: Vec<(String, String)> = made
        .iter()
        .map(|m| (m.reference.clone(), m.id.clone()))
        .collect();
    refs.sort();
    let by_ref: Vec<String> = refs.into_iter().map(|(_, id)| id).collect();
    assert_eq!(by(SortKey::Reference, false), by_ref);
    let mut back = by_ref.clone();
    back.reverse();
    assert_eq!(by(SortKey::Reference, true), back);
    // The default query is the old list's order: most recently changed first.
    let every: Vec<String> = v
        .list_cases()
        .expect("list")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(set(updated.clone()), set(every));
}

#[test]
fn pages_cover_every_case_once_in_order_and_sizes_are_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let _ = twelve(&mut v);
    for sort in [SortKey::Updated, SortKey::Created, SortKey::Reference] {
        let whole = all_of(
            &v,
            CaseQuery {
                sort,
                ..CaseQuery::default()
            },
        );
        let mut paged = Vec::new();
        for page in 0..4u64 {
            let p = v
                .query_cases(&CaseQuery {
                    sort,
                    offset: page * 5,
                    limit: 5,
                    ..CaseQuery::default()
                })
                .expect("page");
            assert_eq!(p.total, CaseTotal::Exact(12));
            assert_eq!(p.cases.len(), [5, 5, 2, 0][page as usize]);
            paged.extend(ids(&p));
        }
        assert_eq!(paged, whole, "pages of 5 are the whole list, in order");
    }
    for limit in [0, harbour_vault::MAX_PAGE_SIZE + 1] {
        let e = v
            .query_cases(&CaseQuery {
                limit,
                ..CaseQuery::default()
            })
            .expect_err("refused");
        assert!(matches!(e, VaultError::InvalidPageSize { max: 200 }), "{e}");
        assert_eq!(e.code(), "error-case-page-size");
    }
}

#[test]
fn an_interviewer_lists_their_own_and_only_a_supervisor_filters_by_owner() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, mut sam) = new_vault(dir.path());
    let sam_id = sam.acting().id.clone();
    let amina_id = sam
        .add_staff("Amina", Role::Interviewer, &Passphrase::new(AMINA), now())
        .expect("amina")
        .id;
    let sams: Vec<String> = (0..3)
        .map(|i| sam.create_case(at(i)).expect("case").id)
        .collect();
    sam.lock(now()).expect("lock");
    let mut amina = Vault::unlock(
        &path,
        &Passphrase::new(AMINA),
        now(),
        &common::opts_as("Sam"),
    )
    .expect("a");
    let aminas: Vec<String> = (0..2)
        .map(|i| amina.create_case(at(10 + i)).expect("case").id)
        .collect();
    let mine = amina.query_cases(&CaseQuery::default()).expect("mine");
    assert_eq!(set(ids(&mine)), set(aminas.clone()));
    assert_eq!(mine.total, CaseTotal::Exact(2));
    let own = CaseQuery {
        owner: Some(amina_id.clone()),
        ..CaseQuery::default()
    };
    assert_eq!(
        set(ids(&amina.query_cases(&own).expect("own"))),
        set(aminas.clone())
    );
    let other = CaseQuery {
        owner: Some(sam_id.clone()),
        ..CaseQuery::default()
    };
    assert!(matches!(
        amina.query_cases(&other),
        Err(VaultError::NotAllowed { .. })
    ));
    // A search for Sam's reference finds nothing for Amina.
    let sams_ref = {
        amina.lock(now()).expect("lock");
        let s = Vault::unlock(&path, &Passphrase::new(SAM), now(), &common::opts_as("Sam"))
            .expect("sam");
        let r = s.case(&sams[0]).expect("case").reference;
        s.lock(now()).expect("lock");
        amina = Vault::unlock(
            &path,
            &Passphrase::new(AMINA),
            now(),
            &common::opts_as("Sam"),
        )
        .expect("a");
        r
    };
    let search = CaseQuery {
        reference: ReferenceSearch::parse(&sams_ref).expect("search"),
        ..CaseQuery::default()
    };
    let found = amina.query_cases(&search).expect("search");
    assert!(found.cases.is_empty());
    assert_eq!(found.total, CaseTotal::Exact(0));
    amina.lock(now()).expect("lock");
    // The supervisor sees all five, and each person's with the owner filter.
    let mut sam =
        Vault::unlock(&path, &Passphrase::new(SAM), now(), &common::opts_as("Sam")).expect("sam");
    let every = sam.query_cases(&CaseQuery::default()).expect("all");
    assert_eq!(every.total, CaseTotal::Exact(5));
    assert_eq!(
        set(ids(&sam.query_cases(&other).expect("sam's"))),
        set(sams)
    );
    assert_eq!(
        set(ids(&sam.query_cases(&own).expect("amina's"))),
        set(aminas.clone())
    );
    assert!(every
        .cases
        .iter()
        .any(|c| c.owner.as_deref() == Some(amina_id.as_str())));
    // A hand-over moves the case, and its count, to the new owner.
    sam.hand_over_case(&aminas[0], &sam_id, at(40))
        .expect("hand over");
    let now_amina = sam.query_cases(&own).expect("amina's");
    assert_eq!(now_amina.total, CaseTotal::Exact(1));
    assert_eq!(ids(&now_amina), vec![aminas[1].clone()]);
    assert_eq!(
        sam.query_cases(&other).expect("sam's").total,
        CaseTotal::Exact(4)
    );
}

#[test]
fn totals_follow_reassessment_exports_and_withdrawals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let made = twelve(&mut v);
    let strong = CaseQuery {
        trafficking: Some(PathwayLevel::Strong),
        ..CaseQuery::default()
    };
    let before = v.query_cases(&strong).expect("strong").total;
    // A reassessment that changes the level moves the case in the same write.
    let finished = made
        .iter()
        .find(|m| m.status == CaseStatus::Finished && m.trafficking != Some(PathwayLevel::Strong))
        .expect("a finished case");
    v.save_assessment(
        &finished.id,
        &stored(outcome("strong", "none", false, false)),
        at(50),
    )
    .expect("reassess");
    let CaseTotal::Exact(b) = before else {
        panic!("exact")
    };
    let after = v.query_cases(&strong).expect("strong");
    assert_eq!(after.total, CaseTotal::Exact(b + 1));
    assert!(ids(&after).contains(&finished.id));
    // Exported.
    let not_exported = CaseQuery {
        exported: Some(false),
        ..CaseQuery::default()
    };
    let CaseTotal::Exact(n) = v.query_cases(&not_exported).expect("q").total else {
        panic!("exact")
    };
    let next = made.iter().find(|m| !m.exported).expect("one").id.clone();
    v.mark_exported(std::slice::from_ref(&next), at(60))
        .expect("export");
    assert_eq!(
        v.query_cases(&not_exported).expect("q").total,
        CaseTotal::Exact(n - 1)
    );
    // A withdrawn case leaves every total.
    v.withdraw_case(&next, at(61)).expect("withdraw");
    assert_eq!(
        v.query_cases(&CaseQuery::default()).expect("q").total,
        CaseTotal::Exact(11)
    );
    // Every total is the number of cases listed, whatever the filter.
    for q in [
        CaseQuery::default(),
        strong,
        not_exported,
        CaseQuery {
            urgent: Some(true),
            ..CaseQuery::default()
        },
        CaseQuery {
            status: Some(CaseStatus::Finished),
            exported: Some(true),
            ..CaseQuery::default()
        },
    ] {
        let listed = all_of(&v, q.clone()).len() as u64;
        assert_eq!(
            v.query_cases(&q).expect("q").total,
            CaseTotal::Exact(listed)
        );
    }
}

#[test]
fn migration_5_backfills_levels_urgency_and_exports_from_an_older_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("harbour.vault");
    let key = harbour_vault::testing::create_legacy(
        &path,
        &Passphrase::new(SAM),
        KdfParams::fast_for_tests(),
    )
    .expect("legacy");
    // Rows as a release with schema 1 wrote them: three cases, two assessed, one exported.
    let strong_urgent = outcome("strong", "possible", true, false).replace('\'', "''");
    let none = outcome("none", "insufficient_information", false, false).replace('\'', "''");
    harbour_vault::testing::execute_on_file(
        &path,
        &key,
        &format!(
            "INSERT INTO cases (id, reference, status, created_at, updated_at, exported_at) VALUES
               ('a', 'HB-AAAAAA', 'finished', '2026-11-01T10:00:00+00:00', '2026-11-01T11:00:00+00:00', '2026-11-02T10:00:00+00:00'),
               ('b', 'HB-BBBBBB', 'finished', '2026-11-01T10:01:00+00:00', '2026-11-01T11:01:00+00:00', NULL),
               ('c', 'HB-CCCCCC', 'in_progress', '2026-11-01T10:02:00+00:00', '2026-11-01T11:02:00+00:00', NULL);
             INSERT INTO audit (at, actor, event, case_id, detail) VALUES
               ('2026-11-01T11:02:00+00:00', 'staff', 'interview.urgent_safety', 'c', NULL);
             INSERT INTO assessments (case_id, rules_version, assessed_at, outcome, inputs) VALUES
               ('a', 'old', '2026-11-01T11:00:00+00:00', '{strong_urgent}', '{{}}'),
               ('b', 'old', '2026-11-01T11:01:00+00:00', '{none}', '{{}}');"
        ),
    )
    .expect("old rows");
    let v = Vault::unlock(&path, &Passphrase::new(SAM), now(), &common::opts_as("Sam"))
        .expect("unlock migrates");
    assert!(v.schema_version().expect("version") >= 5);
    let refs = |q: CaseQuery| -> Vec<String> {
        v.query_cases(&q)
            .expect("query")
            .cases
            .into_iter()
            .map(|c| c.case.reference)
            .collect()
    };
    let q = CaseQuery::default;
    assert_eq!(
        refs(CaseQuery {
            trafficking: Some(PathwayLevel::Strong),
            ..q()
        }),
        ["HB-AAAAAA"]
    );
    assert_eq!(
        refs(CaseQuery {
            protection: Some(PathwayLevel::InsufficientInformation),
            ..q()
        }),
        ["HB-BBBBBB"]
    );
    // A: its outcome is urgent. C: no outcome yet, but its interview became urgent.
    assert_eq!(
        refs(CaseQuery {
            urgent: Some(true),
            ..q()
        }),
        ["HB-CCCCCC", "HB-AAAAAA"]
    );
    assert_eq!(
        refs(CaseQuery {
            exported: Some(true),
            ..q()
        }),
        ["HB-AAAAAA"]
    );
    assert_eq!(
        refs(CaseQuery {
            exported: Some(false),
            ..q()
        }),
        ["HB-CCCCCC", "HB-BBBBBB"]
    );
    // The cases got their owner when the key file was migrated; the totals followed.
    let me = v.acting().id.clone();
    let mine = v
        .query_cases(&CaseQuery {
            owner: Some(me),
            ..q()
        })
        .expect("mine");
    assert_eq!(mine.total, CaseTotal::Exact(3));
    assert_eq!(
        v.query_cases(&CaseQuery {
            status: Some(CaseStatus::Finished),
            ..q()
        })
        .expect("finished")
        .total,
        CaseTotal::Exact(2)
    );
}

/// The plan of a query's page, as one string.
fn plan(v: &Vault, q: &CaseQuery) -> String {
    harbour_vault::testing::explain_case_query(v, q)
        .expect("plan")
        .join(" | ")
}

#[test]
fn every_filter_in_every_sort_reads_one_index_in_order_never_every_case() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let made = twelve(&mut v);
    let me = v.acting().id.clone();
    let filters: Vec<(&str, CaseQuery)> = vec![
        ("none", CaseQuery::default()),
        (
            "status",
            CaseQuery {
                status: Some(CaseStatus::Finished),
                ..CaseQuery::default()
            },
        ),
        (
            "trafficking",
            CaseQuery {
                trafficking: Some(PathwayLevel::Possible),
                ..CaseQuery::default()
            },
        ),
        (
            "protection",
            CaseQuery {
                protection: Some(PathwayLevel::Strong),
                ..CaseQuery::default()
            },
        ),
        (
            "urgent",
            CaseQuery {
                urgent: Some(true),
                ..CaseQuery::default()
            },
        ),
        (
            "exported",
            CaseQuery {
                exported: Some(false),
                ..CaseQuery::default()
            },
        ),
        (
            "owner",
            CaseQuery {
                owner: Some(me),
                ..CaseQuery::default()
            },
        ),
    ];
    let sorts = [
        (SortKey::Updated, "updated"),
        (SortKey::Created, "created"),
        (SortKey::Reference, "reference"),
    ];
    for (name, q) in &filters {
        for (sort, sort_name) in sorts {
            for descending in [true, false] {
                let q = CaseQuery {
                    sort,
                    descending,
                    ..q.clone()
                };
                let p = plan(&v, &q);
                assert!(
                    p.contains("USING INDEX") || p.contains("USING COVERING INDEX"),
                    "{name}/{sort_name}: {p}"
                );
                assert!(!p.contains("TEMP B-TREE"), "{name}/{sort_name} sorts: {p}");
                let want = match (*name, sort) {
                    ("none", SortKey::Reference) => "sqlite_autoindex_cases_2".to_string(),
                    ("none", _) => format!("cases_{sort_name}"),
                    (n, _) => format!("cases_{n}_{sort_name}"),
                };
                assert!(
                    p.contains(&format!("INDEX {want} ")) || p.ends_with(&format!("INDEX {want}")),
                    "{name}/{sort_name} should use {want}: {p}"
                );
            }
        }
    }
    // A search reads one range of the reference index.
    let q = CaseQuery {
        reference: ReferenceSearch::parse(&made[3].reference).expect("search"),
        sort: SortKey::Reference,
        ..CaseQuery::default()
    };
    let p = plan(&v, &q);
    assert!(p.contains("reference>? AND reference<?"), "{p}");
}

#[test]
fn an_interview_that_became_urgent_is_listed_urgent_until_its_outcome_decides() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let c = v.create_case(at(0)).expect("case");
    let other = v.create_case(at(1)).expect("case");
    let urgent = CaseQuery {
        urgent: Some(true),
        ..CaseQuery::default()
    };
    assert!(v.query_cases(&urgent).expect("q").cases.is_empty());
    v.urgent_safety_raised(&c.id, at(2)).expect("raise");
    let page = v.query_cases(&urgent).expect("q");
    assert_eq!(ids(&page), vec![c.id.clone()]);
    assert_eq!(page.total, CaseTotal::Exact(1));
    assert!(page.cases[0].urgent);
    // Audited in the same write.
    let events: Vec<String> = v
        .case_audit(&c.id)
        .expect("audit")
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(
        events.iter().any(|e| e == "interview.urgent_safety"),
        "{events:?}"
    );
    // The stored outcome decides: calm here.
    v.finish_case(&c.id, &stored(outcome("none", "none", false, false)), at(3))
        .expect("finish");
    let page = v.query_cases(&urgent).expect("q");
    assert!(page.cases.is_empty());
    assert_eq!(page.total, CaseTotal::Exact(0));
    let calm = CaseQuery {
        urgent: Some(false),
        ..CaseQuery::default()
    };
    assert_eq!(
        set(ids(&v.query_cases(&calm).expect("q"))),
        set([c.id, other.id])
    );
}

#[test]
fn an_imported_case_is_listed_with_the_levels_of_its_outcome() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let at = now().to_rfc3339();
    let id = "0123456789abcdef0123456789abcdef";
    let imported = ImportCase {
        case: CaseSummary {
            id: id.into(),
            reference: "HB-KMP2RT".into(),
            status: CaseStatus::Finished,
            created_at: at.clone(),
            updated_at: at.clone(),
            exported_at: None,
        },
        sessions: Vec::new(),
        assessment: Some(stored(outcome("possible", "strong", false, true))),
        audit: Vec::new(),
        provenance: CaseImport {
            case_id: id.into(),
            origin_case_id: id.into(),
            content_hash: "00".repeat(32),
            source_device: "device".into(),
            bundle_exported_at: at.clone(),
            imported_at: at,
            note: None,
        },
    };
    v.import_cases(&[imported], now()).expect("import");
    let q = |q: CaseQuery| v.query_cases(&q).expect("query");
    let found = q(CaseQuery {
        trafficking: Some(PathwayLevel::Possible),
        protection: Some(PathwayLevel::Strong),
        urgent: Some(true),
        exported: Some(false),
        ..CaseQuery::default()
    });
    assert_eq!(ids(&found), vec![id.to_string()]);
    assert_eq!(found.total, CaseTotal::Exact(1));
    let by_ref = q(CaseQuery {
        reference: ReferenceSearch::parse("kmp2").expect("search"),
        ..CaseQuery::default()
    });
    assert_eq!(ids(&by_ref), vec![id.to_string()]);
}

#[test]
fn two_filters_and_an_interviewer_s_scope_still_read_an_index_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, mut v) = new_vault(dir.path());
    let _ = twelve(&mut v);
    let me = v.acting().id.clone();
    for q in [
        CaseQuery {
            owner: Some(me.clone()),
            status: Some(CaseStatus::Finished),
            ..CaseQuery::default()
        },
        CaseQuery {
            urgent: Some(true),
            exported: Some(false),
            sort: SortKey::Created,
            ..CaseQuery::default()
        },
        CaseQuery {
            owner: Some(me.clone()),
            trafficking: Some(PathwayLevel::Strong),
            protection: Some(PathwayLevel::None),
            sort: SortKey::Reference,
            descending: false,
            ..CaseQuery::default()
        },
    ] {
        let p = plan(&v, &q);
        assert!(p.contains("USING INDEX cases_"), "{q:?}: {p}");
        assert!(!p.contains("TEMP B-TREE"), "{q:?} sorts: {p}");
    }
}
