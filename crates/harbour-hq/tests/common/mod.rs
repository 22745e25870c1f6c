//! Shared fixtures: a throwaway database per test on the real PostgreSQL of
//! `scripts/pg-test-cluster.sh`, login roles in Harbour's groups, and field vaults with
//! realistic cases whose bundles headquarters imports.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use harbour_export::{CaseSelection, ExportOptions, Identity, Recipient};
use harbour_rules::{AnswerRef, Evidence, Observation};
use harbour_vault::{
    CaseStatus, KdfParams, NewStep, Passphrase, StoredAssessment, Vault, VaultOptions,
};
use postgres::{Client, NoTls};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub const PASS: &str = "blue kettle sings at dawn";
/// An answer that must never reach PostgreSQL in plain text.
pub const CANARY: &str = "CANARY-7f3a-Gao-egret";

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .single()
        .expect("valid date")
}

/// The cluster's connection string. In CI (`CI` set) a missing `HARBOUR_TEST_PG` fails the
/// test; a developer without it gets a clear skip.
pub fn cluster() -> Option<String> {
    match std::env::var("HARBOUR_TEST_PG") {
        Ok(s) if !s.trim().is_empty() => Some(s),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "HARBOUR_TEST_PG is not set in CI: run the tests through scripts/pg-test-cluster.sh run …"
            );
            eprintln!(
                "skipped: HARBOUR_TEST_PG is not set (run `scripts/pg-test-cluster.sh run cargo test -p harbour-hq` to test against a real PostgreSQL)"
            );
            None
        }
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique(name: &str) -> String {
    format!(
        "harbour_t{}_{}_{name}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// A database of its own for one test, dropped (with the login roles made for it) at the end.
pub struct TestDb {
    base: String,
    pub name: String,
    roles: Vec<String>,
}

impl TestDb {
    /// `None` when there is no cluster (outside CI).
    pub fn new(name: &str) -> Option<TestDb> {
        let base = cluster()?;
        let name = unique(name);
        let mut c = Client::connect(&base, NoTls).expect("connect to the test cluster");
        c.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        Some(TestDb {
            base,
            name,
            roles: Vec::new(),
        })
    }

    /// The connection string of this database as the cluster's superuser.
    pub fn conn(&self) -> String {
        format!("{} dbname={}", self.base, self.name)
    }

    /// A connection as the superuser.
    pub fn client(&self) -> Client {
        harbour_hq::connect(&self.conn()).expect("connect")
    }

    /// A connection string for a new login role in `group`.
    pub fn login_in(&mut self, group: &str) -> String {
        let role = unique(group.trim_start_matches("harbour_"));
        let mut c = Client::connect(&self.base, NoTls).expect("connect");
        c.batch_execute(&format!("CREATE ROLE {role} LOGIN IN ROLE {group}"))
            .expect("create login role");
        self.roles.push(role.clone());
        format!("{} dbname={} user={role}", self.base, self.name)
    }

    /// The database's schema made (as the superuser).
    pub fn init(&self) {
        harbour_hq::schema::migrate(&mut self.client()).expect("migrate");
    }

    /// Everything in the database's tables (and the audit), as text, for before/after
    /// comparisons.
    pub fn dump(&self) -> Vec<String> {
        let mut c = self.client();
        let mut out = Vec::new();
        for t in [
            "devices",
            "bundles",
            "cases",
            "case_refs",
            "case_content",
            "tombstones",
            "hq_audit",
        ] {
            // Sealed content by its digest (the bytes are long and say nothing to a reader).
            let from = match t {
                "case_content" => "(SELECT case_id, md5(sealed) AS sealed FROM case_content)",
                other => other,
            };
            let rows = c
                .query(
                    &format!("SELECT row_to_json(t)::text FROM {from} t ORDER BY 1"),
                    &[],
                )
                .expect("dump");
            out.push(format!("{t}: {} rows", rows.len()));
            out.extend(rows.iter().map(|r| r.get::<_, String>(0)));
        }
        out
    }

    /// [`TestDb::dump`] without the audit table.
    pub fn dump_data(&self) -> Vec<String> {
        self.dump()
            .into_iter()
            .take_while(|l| !l.starts_with("hq_audit:"))
            .collect()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut c) = Client::connect(&self.base, NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
            for r in &self.roles {
                let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {r}"));
            }
        }
    }
}

pub fn opts() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: "tester".into(),
    }
}

pub fn new_vault(dir: &Path, name: &str) -> Vault {
    Vault::create(&dir.join(name), &Passphrase::new(PASS), now(), &opts()).expect("create vault")
}

/// A finished case with the canary in its answers, a real outcome (trafficking, urgent
/// safety, a child) and a profile. Returns its reference.
pub fn add_case(v: &mut Vault, nationality: &str, urgent: bool) -> String {
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "mixed-flows", "1.0.0", now())
        .expect("session");
    for q in 0..3 {
        let payload = format!(r#"{{"answer":{{"text":"{CANARY} q{q}"}},"language":"ar"}}"#);
        v.append_step(
            &s.id,
            NewStep {
                kind: "answer",
                question_id: Some(&format!("q{q}")),
                language: Some("ar"),
                payload: &payload,
            },
            now(),
        )
        .expect("step");
    }
    let mut ev = Evidence::new();
    let mut codes = vec![
        "palermo.act.recruitment",
        "palermo.means.deception",
        "palermo.purpose.forced_labour",
        "profile.child",
    ];
    if urgent {
        codes.push("danger.immediate");
    }
    for (i, c) in codes.iter().enumerate() {
        ev.observe(
            c,
            Observation::Present,
            AnswerRef {
                question_id: format!("q{i}"),
                answer: CANARY.into(),
                language: "ar".into(),
            },
        );
    }
    let outcome = harbour_rules::assess(&ev);
    let inputs = serde_json::json!({
        "questionnaire": {"id": "mixed-flows", "version": "1.0.0"},
        "answers": [{"question_id": "q0", "answer": CANARY, "language": "ar"}],
        "profile": {"nationality": nationality, "age_band": "12-17", "gender": "female"}
    });
    v.save_assessment(
        &case.id,
        &StoredAssessment {
            rules_version: outcome.rules_version.clone(),
            assessed_at: now().to_rfc3339(),
            outcome: serde_json::to_string(&outcome).expect("outcome json"),
            inputs: inputs.to_string(),
        },
        now(),
    )
    .expect("assessment");
    v.set_case_status(&case.id, CaseStatus::Finished, now())
        .expect("status");
    case.reference
}

pub fn org_key() -> (Identity, Recipient) {
    let id = Identity::generate();
    let r = id.to_public();
    (id, r)
}

/// Export every case of `field` to `out`.
pub fn export(field: &mut Vault, to: &Recipient, out: PathBuf) -> PathBuf {
    harbour_export::export_bundle(
        field,
        &ExportOptions {
            recipients: vec![to.clone()],
            selection: CaseSelection::All,
            out: out.clone(),
            now: now(),
        },
        &mut |_, _| {},
    )
    .expect("export");
    out
}

/// Enrol `field` at headquarters as `hq enrol` does: its enrolment file, read and verified,
/// and the fingerprint the device shows.
pub fn enrol(conn: &str, field: &Vault, dir: &Path) {
    let file = dir.join(format!("{}.enrol", COUNTER.fetch_add(1, Ordering::SeqCst)));
    let e = harbour_export::write_enrolment(field, &file, now()).expect("enrolment file");
    let read = harbour_export::read_enrolment(&file).expect("read enrolment");
    let mut c = harbour_hq::connect(conn).expect("connect");
    harbour_hq::enrol(&mut c, &read, &e.fingerprint, now()).expect("enrol");
}

/// The decrypted plaintext of a bundle.
pub fn decrypt(path: &Path, id: &Identity) -> Vec<u8> {
    let bytes = std::fs::read(path).expect("read");
    let d = age::Decryptor::new(&bytes[..]).expect("age header");
    let mut r = d
        .decrypt(std::iter::once(id as &dyn age::Identity))
        .expect("decrypt");
    let mut out = Vec::new();
    r.read_to_end(&mut out).expect("read plain");
    out
}

/// The same bundle without its signature line, encrypted again to `to`: what someone holding
/// only the organisation's public key could make.
pub fn unsigned_copy(bundle: &Path, id: &Identity, to: &Recipient, out: &Path) {
    let plain = decrypt(bundle, id);
    let end = plain.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    let text = &plain[..end];
    let mut lines: Vec<&[u8]> = text
        .strip_suffix(b"\n")
        .expect("newline")
        .split(|b| *b == b'\n')
        .collect();
    lines.pop();
    let mut body = Vec::new();
    for l in lines {
        body.extend_from_slice(l);
        body.push(b'\n');
    }
    let pad = (65536 - body.len() % 65536) % 65536;
    body.extend(std::iter::repeat_n(0u8, pad));
    let e = age::Encryptor::with_recipients(std::iter::once(to as &dyn age::Recipient))
        .expect("recipients");
    let mut w = e
        .wrap_output(std::fs::File::create(out).expect("create"))
        .expect("wrap");
    w.write_all(&body).expect("write");
    w.finish().expect("finish");
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether an error is the server's permission refusal (SQLSTATE 42501).
pub fn denied(r: Result<impl Sized, postgres::Error>) -> bool {
    match r {
        Ok(_) => false,
        Err(e) => e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
    }
}
