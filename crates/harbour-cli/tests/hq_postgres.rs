//! `harbour hq --db` end to end against a real PostgreSQL (scripts/pg-test-cluster.sh): a
//! field device's bundle through `hq enrol` and `hq import`, a caseworker's `hq cases` and
//! `hq summary`, an analyst's `hq stats`, and the server refusing the analyst a case list.

use chrono::Utc;
use harbour_rules::{AnswerRef, Evidence, Observation};
use harbour_vault::{
    CaseStatus, KdfParams, NewStep, Passphrase, StoredAssessment, Vault, VaultOptions,
};
use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "blue kettle sings at dawn";
const KEY_PASS: &str = "harbour north office amber lantern";

fn harbour(args: &[&str], db: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_harbour"));
    c.args(args)
        .env("HARBOUR_PASSPHRASE", PASS)
        .env("HARBOUR_KEY_PASSPHRASE", KEY_PASS)
        .env_remove("HARBOUR_HQ_DB");
    if let Some(db) = db {
        c.env("HARBOUR_HQ_DB", db);
    }
    c.output().expect("run harbour")
}

fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn cluster() -> Option<String> {
    match std::env::var("HARBOUR_TEST_PG") {
        Ok(s) if !s.trim().is_empty() => Some(s),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "HARBOUR_TEST_PG is not set in CI: run the tests through scripts/pg-test-cluster.sh run …"
            );
            eprintln!(
                "skipped: HARBOUR_TEST_PG is not set (scripts/pg-test-cluster.sh run cargo test …)"
            );
            None
        }
    }
}

fn field_vault(path: &Path) -> String {
    let opts = VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "t".into(),
    };
    let mut v = Vault::create(path, &Passphrase::new(PASS), Utc::now(), &opts).expect("create");
    let case = v.create_case(Utc::now()).expect("case");
    let s = v
        .start_session(&case.id, "mixed-flows", "1.0.0", Utc::now())
        .expect("session");
    v.append_step(
        &s.id,
        NewStep {
            kind: "answer",
            question_id: Some("q1"),
            language: Some("en"),
            payload: r#"{"answer":"yes"}"#,
        },
        Utc::now(),
    )
    .expect("step");
    let mut ev = Evidence::new();
    for code in [
        "risk.medical_needs",
        "refugee.outside_country",
        "refugee.fear",
        "danger.immediate",
    ] {
        ev.observe(
            code,
            Observation::Present,
            AnswerRef {
                question_id: "q1".into(),
                answer: "yes".into(),
                language: "en".into(),
            },
        );
    }
    let outcome = harbour_rules::assess(&ev);
    v.save_assessment(
        &case.id,
        &StoredAssessment {
            rules_version: outcome.rules_version.clone(),
            assessed_at: Utc::now().to_rfc3339(),
            outcome: serde_json::to_string(&outcome).expect("json"),
            inputs: r#"{"questionnaire":{"id":"mixed-flows","version":"1.0.0"},"answers":[],"profile":{"nationality":"SY","age_band":"25-59","gender":"male"}}"#.into(),
        },
        Utc::now(),
    )
    .expect("assessment");
    v.set_case_status(&case.id, CaseStatus::Finished, Utc::now())
        .expect("status");
    case.reference
}

#[test]
fn a_bundle_goes_from_the_field_to_caseworker_and_analyst_through_hq_commands() {
    let Some(base) = cluster() else { return };
    let name = format!("harbour_cli_{}", std::process::id());
    let roles = [
        (format!("{name}_admin"), "harbour_admin"),
        (format!("{name}_cw"), "harbour_caseworker"),
        (format!("{name}_an"), "harbour_analyst"),
    ];
    let mut su = postgres::Client::connect(&base, postgres::NoTls).expect("connect");
    su.batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create db");
    let db = format!("{base} dbname={name}");
    ok(&harbour(&["hq", "init"], Some(&db)));
    for (role, group) in &roles {
        su.batch_execute(&format!("CREATE ROLE {role} LOGIN IN ROLE {group}"))
            .expect("role");
    }
    let as_role = |i: usize| format!("{db} user={}", roles[i].0);
    let (admin, caseworker, analyst) = (as_role(0), as_role(1), as_role(2));

    let dir = tempfile::tempdir().expect("tempdir");
    let d = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
    let reference = field_vault(&dir.path().join("field.vault"));
    ok(&harbour(&["keygen", "--out", &d("keys")], None));
    ok(&harbour(
        &[
            "export",
            "--vault",
            &d("field.vault"),
            "--to",
            &d("keys/org.pub"),
            "--out",
            &d("b.harbour"),
            "--finished",
        ],
        None,
    ));
    // Held until the device is enrolled; nothing written.
    let held = harbour(
        &[
            "hq",
            "import",
            "--identity",
            &d("keys/org.key"),
            &d("b.harbour"),
        ],
        Some(&admin),
    );
    assert_eq!(held.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&held.stderr).contains("not enrolled"));

    ok(&harbour(
        &[
            "device",
            "enrolment",
            "--vault",
            &d("field.vault"),
            "--out",
            &d("field.enrol"),
        ],
        None,
    ));
    let shown = ok(&harbour(
        &["device", "show", "--vault", &d("field.vault")],
        None,
    ));
    let fingerprint = shown
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint:"))
        .expect("fingerprint line")
        .trim()
        .to_string();
    let wrong = harbour(
        &[
            "hq",
            "enrol",
            "--file",
            &d("field.enrol"),
            "--fingerprint",
            "12345 12345",
        ],
        Some(&admin),
    );
    assert_eq!(wrong.status.code(), Some(1));
    ok(&harbour(
        &[
            "hq",
            "enrol",
            "--file",
            &d("field.enrol"),
            "--fingerprint",
            &fingerprint,
        ],
        Some(&admin),
    ));
    let devices = ok(&harbour(&["hq", "devices"], Some(&admin)));
    assert!(devices.contains(&fingerprint), "{devices}");
    let out = ok(&harbour(
        &[
            "hq",
            "import",
            "--identity",
            &d("keys/org.key"),
            &d("b.harbour"),
        ],
        Some(&admin),
    ));
    assert!(out.contains("1 new case"), "{out}");

    // The caseworker finds the case by reference and prints its summary.
    let list = ok(&harbour(
        &["hq", "cases", "--case", &reference.to_lowercase()],
        Some(&caseworker),
    ));
    assert!(
        list.contains(&reference) && list.contains("urgent_safety"),
        "{list}"
    );
    let list = ok(&harbour(
        &[
            "hq",
            "cases",
            "--flag",
            "urgent_safety",
            "--status",
            "finished",
        ],
        Some(&caseworker),
    ));
    assert!(list.contains(&reference), "{list}");
    ok(&harbour(
        &[
            "hq",
            "summary",
            "--case",
            &reference,
            "--referral",
            "medical",
            "--identity",
            &d("keys/org.key"),
            "--out",
            &d("s.pdf"),
        ],
        Some(&caseworker),
    ));
    assert!(std::fs::read(d("s.pdf")).expect("pdf").starts_with(b"%PDF"));

    // The analyst gets statistics, and the server refuses them the case list.
    ok(&harbour(
        &["hq", "stats", "--out", &d("stats.csv")],
        Some(&analyst),
    ));
    let csv = std::fs::read_to_string(d("stats.csv")).expect("csv");
    assert!(csv.starts_with("table,category,cases,") && !csv.contains(&reference));
    // And the HTCDS rows, from the same closed-set columns: no reference, no date.
    ok(&harbour(
        &["hq", "export-htcds", "--out", &d("htcds.csv")],
        Some(&analyst),
    ));
    let htcds = std::fs::read_to_string(d("htcds.csv")).expect("htcds");
    let header = htcds.lines().next().unwrap_or_default();
    assert!(header.contains("prs_Gender") && header.contains("vic_TypeOfExploitation"));
    assert!(!htcds.contains(&reference));
    let refused = harbour(&["hq", "cases"], Some(&analyst));
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("permission denied"));

    // Clean up: the database and the login roles.
    drop(su);
    let mut su = postgres::Client::connect(&base, postgres::NoTls).expect("connect");
    su.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .expect("drop");
    for (role, _) in &roles {
        su.batch_execute(&format!("DROP ROLE {role}"))
            .expect("drop role");
    }
}
