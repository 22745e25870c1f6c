//! Headquarters on a real PostgreSQL: a field device's bundle goes through enrolment and
//! import; a caseworker finds the case and prints its summary; an analyst gets statistics;
//! each role's limits are the server's; each refusal leaves the database as it was.

mod common;

use common::*;
use harbour_export::stats::release::Release;
use harbour_export::{CaseFate, ExportError, ImportOptions, ReferralKind};
use harbour_hq::{CaseQuery, HqError};

fn import(
    conn: &str,
    id: &harbour_export::Identity,
    paths: &[std::path::PathBuf],
) -> Result<harbour_export::ImportReport, HqError> {
    let mut c = harbour_hq::connect(conn).expect("connect");
    harbour_hq::import_bundles(
        &mut c,
        std::slice::from_ref(id),
        paths,
        &ImportOptions::default(),
        now(),
    )
}

fn query(reference: Option<&str>) -> CaseQuery {
    CaseQuery {
        reference: reference.map(str::to_string),
        limit: 50,
        ..CaseQuery::default()
    }
}

#[test]
fn a_field_bundle_reaches_caseworker_and_analyst_and_content_stays_sealed() {
    let Some(mut db) = TestDb::new("e2e") else {
        return;
    };
    db.init();
    let admin = db.login_in("harbour_admin");
    let caseworker = db.login_in("harbour_caseworker");
    let analyst = db.login_in("harbour_analyst");
    let dir = tempfile::tempdir().expect("tempdir");
    let (org, org_pub) = org_key();
    let mut field = new_vault(dir.path(), "field.vault");
    let urgent_ref = add_case(&mut field, "SY", true);
    let _quiet_ref = add_case(&mut field, "ER", false);
    let bundle = export(&mut field, &org_pub, dir.path().join("b1.harbour"));

    enrol(&admin, &field, dir.path());
    let report = import(&admin, &org, &[bundle]).expect("import as admin");
    assert_eq!(report.written, 2);
    assert_eq!(report.count(|f| *f == CaseFate::New), 2);

    // The caseworker finds the case by its reference (typed in lower case) and by filters.
    let mut cw = harbour_hq::connect(&caseworker).expect("connect");
    let page =
        harbour_hq::search(&mut cw, &query(Some(&urgent_ref.to_lowercase()))).expect("search");
    assert_eq!(page.rows.len(), 1);
    let row = &page.rows[0];
    assert_eq!(row.reference, urgent_ref);
    assert!(row.flags.contains(&"urgent_safety".to_string()), "{row:?}");
    assert!(row.flags.contains(&"child".to_string()));
    let urgent_only = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            flag: Some("urgent_safety".into()),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect("filter");
    assert_eq!(urgent_only.rows.len(), 1);
    let all = harbour_hq::search(&mut cw, &query(None)).expect("all");
    assert_eq!(all.rows.len(), 2);

    // … and prints its summary from the decrypted content.
    let pdf = dir.path().join("summary.pdf");
    harbour_hq::write_referral_summary(
        &mut cw,
        std::slice::from_ref(&org),
        &urgent_ref,
        ReferralKind::AntiTrafficking,
        "en",
        &pdf,
        now(),
    )
    .expect("summary");
    let bytes = std::fs::read(&pdf).expect("pdf");
    assert!(bytes.starts_with(b"%PDF"));
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "a summary never prints answers"
    );
    // Without the organisation identity the content does not open.
    let (stranger, _) = org_key();
    let err = harbour_hq::referral_summary(
        &mut cw,
        &[stranger],
        &urgent_ref,
        ReferralKind::Medical,
        "en",
        now(),
    )
    .expect_err("wrong identity");
    assert!(matches!(err, HqError::Content { .. }), "{err}");

    // The analyst gets statistics from plain columns…
    let mut an = harbour_hq::connect(&analyst).expect("connect");
    let rows = harbour_hq::stats_rows(&mut an).expect("stats as analyst");
    assert_eq!(rows.len(), 2);
    assert!(rows
        .iter()
        .all(|r| r.outcome.reasons.is_empty() && r.outcome.notes.is_empty()));
    let csv = dir.path().join("stats.csv");
    assert_eq!(
        harbour_hq::write_stats(&mut an, &csv, Release::Everything, now()).expect("write stats"),
        2
    );
    // Released by closed month, cases that arrived this month are not counted yet, so an
    // export taken again after one more case arrives cannot single it out.
    let closed = dir.path().join("stats-closed.csv");
    assert_eq!(
        harbour_hq::write_stats(&mut an, &closed, Release::ClosedMonths, now())
            .expect("write closed-month stats"),
        0
    );
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.starts_with("table,category,cases,"), "{text}");
    assert!(!text.contains(&urgent_ref));
    // … and the server refuses content, references and case ids to the analyst.
    assert!(denied(an.query("SELECT sealed FROM case_content", &[])));
    assert!(denied(an.query("SELECT reference FROM case_refs", &[])));
    assert!(denied(an.query("SELECT id FROM cases", &[])));
    assert!(denied(an.query("SELECT * FROM cases", &[])));
    let err = harbour_hq::search(&mut an, &query(Some(&urgent_ref))).expect_err("analyst search");
    assert!(matches!(err, HqError::PermissionDenied { .. }), "{err}");

    // Nothing personal reaches the server in plain text: the canary is in no column.
    let dump = db.dump().join("\n");
    assert!(!dump.contains(CANARY), "an answer reached a plain column");
    assert!(
        !dump.contains("\"reasons\":[{"),
        "reasons reached a plain column"
    );
    let mut su = db.client();
    for r in su
        .query("SELECT sealed FROM case_content", &[])
        .expect("content")
    {
        let sealed: Vec<u8> = r.get(0);
        assert!(sealed.starts_with(b"age-encryption.org/v1"));
        assert!(!contains(&sealed, CANARY.as_bytes()));
    }
}

#[test]
fn each_role_is_limited_by_the_server_itself() {
    let Some(mut db) = TestDb::new("roles") else {
        return;
    };
    db.init();
    let dir = tempfile::tempdir().expect("tempdir");
    let (org, org_pub) = org_key();
    let mut field = new_vault(dir.path(), "field.vault");
    add_case(&mut field, "SY", false);
    let bundle = export(&mut field, &org_pub, dir.path().join("b.harbour"));
    let admin = db.login_in("harbour_admin");
    let caseworker = db.login_in("harbour_caseworker");
    let analyst = db.login_in("harbour_analyst");

    // Only the administrator enrols and imports.
    let mut cw = harbour_hq::connect(&caseworker).expect("connect");
    let enrolment = {
        let f = dir.path().join("d.enrol");
        harbour_export::write_enrolment(&field, &f, now()).expect("file");
        harbour_export::read_enrolment(&f).expect("read")
    };
    let err = harbour_hq::enrol(&mut cw, &enrolment, &enrolment.fingerprint, now())
        .expect_err("caseworker enrols");
    assert!(matches!(err, HqError::PermissionDenied { .. }), "{err}");
    enrol(&admin, &field, dir.path());
    let err =
        import(&caseworker, &org, std::slice::from_ref(&bundle)).expect_err("caseworker imports");
    assert!(matches!(err, HqError::PermissionDenied { .. }), "{err}");
    let err = import(&analyst, &org, std::slice::from_ref(&bundle)).expect_err("analyst imports");
    assert!(matches!(err, HqError::PermissionDenied { .. }), "{err}");
    import(&admin, &org, &[bundle]).expect("admin imports");

    // The administrator writes content but cannot read it.
    let mut ad = harbour_hq::connect(&admin).expect("connect");
    assert!(denied(ad.query("SELECT sealed FROM case_content", &[])));
    assert!(!denied(ad.query("SELECT case_id FROM case_content", &[])));

    // The caseworker reads cases and content, changes nothing.
    assert!(!denied(cw.query("SELECT sealed FROM case_content", &[])));
    assert!(denied(
        cw.execute("UPDATE cases SET status = 'finished'", &[])
    ));
    assert!(denied(cw.execute("DELETE FROM case_content", &[])));
    assert!(denied(cw.query("SELECT * FROM tombstones", &[])));

    // The analyst reads closed-set columns only, and writes nothing.
    let mut an = harbour_hq::connect(&analyst).expect("connect");
    assert!(!denied(an.query(
        "SELECT status, flags, referrals, nationality, outcome_closed FROM cases",
        &[]
    )));
    for sql in [
        "SELECT sealed FROM case_content",
        "SELECT reference FROM case_refs",
        "SELECT origin_id FROM cases",
        "SELECT content_hash FROM cases",
        "SELECT * FROM devices",
        "SELECT * FROM bundles",
        "SELECT * FROM hq_audit",
    ] {
        assert!(
            denied(an.query(sql, &[])),
            "{sql} was allowed to the analyst"
        );
    }
    assert!(denied(
        an.execute("UPDATE cases SET status = 'finished'", &[])
    ));
    assert!(denied(an.execute("DELETE FROM cases", &[])));
}

#[test]
fn importing_again_is_idempotent_and_a_changed_case_is_kept_beside_the_first() {
    let Some(mut db) = TestDb::new("idem") else {
        return;
    };
    db.init();
    let admin = db.login_in("harbour_admin");
    let dir = tempfile::tempdir().expect("tempdir");
    let (org, org_pub) = org_key();
    let mut field = new_vault(dir.path(), "field.vault");
    let reference = add_case(&mut field, "SY", false);
    enrol(&admin, &field, dir.path());
    let b1 = export(&mut field, &org_pub, dir.path().join("b1.harbour"));
    assert_eq!(
        import(&admin, &org, std::slice::from_ref(&b1))
            .expect("first")
            .written,
        1
    );
    let before = db.dump_data();
    let again = import(&admin, &org, std::slice::from_ref(&b1)).expect("again");
    assert_eq!(again.written, 0);
    assert_eq!(again.count(|f| *f == CaseFate::Duplicate), 1);
    assert_eq!(
        before,
        db.dump_data(),
        "a duplicate import changed the data"
    );

    // The same case, changed on the device, comes in a newer bundle: both versions are kept.
    let case = field
        .list_cases()
        .expect("cases")
        .into_iter()
        .find(|c| c.reference == reference)
        .expect("case");
    field
        .set_case_status(&case.id, harbour_vault::CaseStatus::InProgress, now())
        .expect("status");
    let b2 = export(&mut field, &org_pub, dir.path().join("b2.harbour"));
    let r = import(&admin, &org, &[b2]).expect("newer bundle");
    assert_eq!(r.count(|f| matches!(f, CaseFate::Conflict { .. })), 1);
    let conflict = r
        .cases
        .iter()
        .find(|c| matches!(c.fate, CaseFate::Conflict { .. }))
        .expect("conflict");
    assert!(conflict.local_id.starts_with(&format!("{}-", case.id)));
    let mut c = db.client();
    let n: i64 = c
        .query_one(
            "SELECT count(*) FROM cases WHERE origin_id = $1",
            &[&case.id],
        )
        .expect("count")
        .get(0);
    assert_eq!(n, 2);
}

/// Every refusal: the error is the vault import's, and the database is unchanged.
#[test]
fn each_refused_bundle_leaves_the_database_unchanged() {
    let Some(mut db) = TestDb::new("refuse") else {
        return;
    };
    db.init();
    let admin = db.login_in("harbour_admin");
    let dir = tempfile::tempdir().expect("tempdir");
    let p = |n: &str| dir.path().join(n);
    let (org, org_pub) = org_key();
    let mut field = new_vault(dir.path(), "field.vault");
    let first_ref = add_case(&mut field, "SY", false);
    let b1 = export(&mut field, &org_pub, p("b1.harbour"));
    add_case(&mut field, "IQ", true);
    let b2 = export(&mut field, &org_pub, p("b2.harbour"));

    let code = |e: HqError| match e {
        HqError::Export(x) => x.code(),
        other => panic!("not a verification error: {other}"),
    };
    // Unknown device: held.
    let before = db.dump();
    assert_eq!(
        code(import(&admin, &org, std::slice::from_ref(&b1)).expect_err("unknown")),
        "error-import-device-not-enrolled"
    );
    assert_eq!(db.dump(), before);

    enrol(&admin, &field, dir.path());
    // Unsigned.
    unsigned_copy(&b1, &org, &org_pub, &p("unsigned.harbour"));
    let before = db.dump();
    assert_eq!(
        code(import(&admin, &org, &[p("unsigned.harbour")]).expect_err("unsigned")),
        "error-import-unsigned"
    );
    assert_eq!(db.dump(), before);
    // Corrupt: one byte changed in the middle.
    let mut bytes = std::fs::read(&b1).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x5a;
    std::fs::write(p("corrupt.harbour"), &bytes).expect("write");
    assert_eq!(
        code(import(&admin, &org, &[p("corrupt.harbour")]).expect_err("corrupt")),
        "error-export-tampered"
    );
    assert_eq!(db.dump(), before);
    // A good bundle followed by a bad one in the same run: nothing of the good one is written.
    let err = import(&admin, &org, &[b2.clone(), p("corrupt.harbour")]).expect_err("mixed run");
    assert_eq!(code(err), "error-export-tampered");
    assert_eq!(db.dump(), before, "a failed run wrote its good bundle");

    // Replay: after the newer bundle, the older one is refused.
    import(&admin, &org, std::slice::from_ref(&b2)).expect("newer");
    let before = db.dump();
    assert_eq!(
        code(import(&admin, &org, std::slice::from_ref(&b1)).expect_err("replay")),
        "error-import-replay"
    );
    assert_eq!(db.dump(), before);

    // Withdrawn here: a bundle holding that case again is refused.
    let mut ad = harbour_hq::connect(&admin).expect("connect");
    harbour_hq::withdraw(&mut ad, &first_ref, now()).expect("withdraw");
    let b3 = export(&mut field, &org_pub, p("b3.harbour"));
    let before = db.dump();
    let err = import(&admin, &org, &[b3]).expect_err("withdrawn");
    assert_eq!(code(err), "error-import-case-withdrawn");
    assert_eq!(db.dump(), before);
}

#[test]
fn two_imports_at_once_are_safe() {
    let Some(mut db) = TestDb::new("conc") else {
        return;
    };
    db.init();
    let admin = db.login_in("harbour_admin");
    let dir = tempfile::tempdir().expect("tempdir");
    let (org, org_pub) = org_key();
    // Two devices, each with its own bundle; and the first device's bundle twice.
    let mut a = new_vault(dir.path(), "a.vault");
    let mut b = new_vault(dir.path(), "b.vault");
    for _ in 0..20 {
        add_case(&mut a, "SY", false);
        add_case(&mut b, "AF", true);
    }
    enrol(&admin, &a, dir.path());
    enrol(&admin, &b, dir.path());
    let ba = export(&mut a, &org_pub, dir.path().join("a.harbour"));
    let bb = export(&mut b, &org_pub, dir.path().join("b.harbour"));
    let runs = [ba.clone(), ba, bb];
    let results: Vec<Result<usize, String>> = std::thread::scope(|s| {
        let handles: Vec<_> = runs
            .iter()
            .map(|bundle| {
                let admin = admin.clone();
                let org = org.clone();
                s.spawn(move || {
                    import(&admin, &org, std::slice::from_ref(bundle))
                        .map(|r| r.written)
                        .map_err(|e| e.to_string())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    let written: Vec<usize> = results
        .into_iter()
        .map(|r| r.expect("every concurrent import succeeds"))
        .collect();
    // The same bundle twice at once: one run wrote it, the other found it already there.
    let mut same = [written[0], written[1]];
    same.sort_unstable();
    assert_eq!(same, [0, 20]);
    assert_eq!(written[2], 20);
    let mut c = db.client();
    let n: i64 = c
        .query_one("SELECT count(*) FROM cases", &[])
        .expect("count")
        .get(0);
    assert_eq!(n, 40);
    let bundles: i64 = c
        .query_one("SELECT count(*) FROM bundles", &[])
        .expect("count")
        .get(0);
    assert_eq!(bundles, 2);
}

#[test]
fn migrations_run_once_even_when_started_together() {
    let Some(db) = TestDb::new("migr") else {
        return;
    };
    let conn = db.conn();
    let ran: Vec<Vec<i32>> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..3)
            .map(|_| {
                let conn = conn.clone();
                s.spawn(move || {
                    harbour_hq::schema::migrate(&mut harbour_hq::connect(&conn).expect("connect"))
                        .expect("migrate")
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    // Every migration ran exactly once, whichever connection ran it.
    let mut versions: Vec<i32> = ran.iter().flatten().copied().collect();
    versions.sort_unstable();
    let all: Vec<i32> = (1..=harbour_hq::schema::latest()).collect();
    assert_eq!(versions, all, "{ran:?}");
    let mut c = db.client();
    let n: i64 = c
        .query_one("SELECT count(*) FROM harbour_migrations", &[])
        .expect("count")
        .get(0);
    assert_eq!(n, i64::from(harbour_hq::schema::latest()));
    assert!(harbour_hq::schema::migrate(&mut c)
        .expect("again")
        .is_empty());
}

#[test]
fn search_filters_and_pages_without_gaps_or_repeats() {
    let Some(mut db) = TestDb::new("page") else {
        return;
    };
    db.init();
    let admin = db.login_in("harbour_admin");
    let caseworker = db.login_in("harbour_caseworker");
    let dir = tempfile::tempdir().expect("tempdir");
    let (org, org_pub) = org_key();
    let mut field = new_vault(dir.path(), "field.vault");
    let mut refs = Vec::new();
    for i in 0..7 {
        refs.push(add_case(&mut field, "SY", i % 3 == 0));
    }
    enrol(&admin, &field, dir.path());
    import(
        &admin,
        &org,
        &[export(&mut field, &org_pub, dir.path().join("b.harbour"))],
    )
    .expect("import");
    let mut cw = harbour_hq::connect(&caseworker).expect("connect");
    let mut seen = Vec::new();
    let mut q = CaseQuery {
        limit: 3,
        ..CaseQuery::default()
    };
    loop {
        let page = harbour_hq::search(&mut cw, &q).expect("page");
        assert!(page.rows.len() <= 3);
        seen.extend(page.rows.iter().map(|r| r.reference.clone()));
        match page.next {
            Some(n) => q.after = Some(n),
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 7, "{seen:?}");
    let urgent = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            flag: Some("urgent_safety".into()),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect("flag");
    assert_eq!(urgent.rows.len(), 3);
    let strong = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            level: Some("trafficking:strong".into()),
            status: Some("finished".into()),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect("level");
    assert_eq!(strong.rows.len(), 7);
    let none = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            from: chrono::NaiveDate::from_ymd_opt(2026, 11, 24),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect("date");
    assert!(none.rows.is_empty());
    let day = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            from: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
            to: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect("date");
    assert_eq!(day.rows.len(), 7);
    let err = harbour_hq::search(
        &mut cw,
        &CaseQuery {
            level: Some("trafficking:maybe".into()),
            limit: 50,
            ..CaseQuery::default()
        },
    )
    .expect_err("bad level");
    assert!(
        err.to_string().contains("--level trafficking:maybe"),
        "{err}"
    );
    let _ = ExportError::CaseNotFound(String::new());
}
