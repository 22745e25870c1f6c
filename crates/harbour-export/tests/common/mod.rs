//! Shared fixtures: small vaults with realistic cases (steps, a real rules outcome, audit).
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use harbour_export::{CaseSelection, ExportOptions, Identity, Recipient};
use harbour_rules::{AnswerRef, Evidence, Observation};
use harbour_vault::{
    AuditEntry, CaseStatus, KdfParams, NewStep, Passphrase, StoredAssessment, Vault, VaultOptions,
};
use std::path::{Path, PathBuf};

pub const PASS: &str = "blue kettle sings at dawn";
/// An answer that must never appear in plain text outside the vault.
pub const CANARY: &str = "CANARY-5d1e-Timbuktu-heron";

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .single()
        .expect("valid date")
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

/// Which indicators a fixture case shows.
#[derive(Clone, Copy)]
pub enum Profile {
    /// Trafficking + refugee with a religion ground, medical needs, immediate danger, a child.
    Everything,
    /// Nothing but an answered questionnaire.
    Quiet,
}

pub fn evidence(profile: Profile) -> Evidence {
    let mut ev = Evidence::new();
    let codes: &[&str] = match profile {
        Profile::Everything => &[
            "palermo.act.recruitment",
            "palermo.means.deception",
            "palermo.purpose.forced_labour",
            "refugee.outside_country",
            "refugee.fear",
            "refugee.persecution",
            "refugee.ground.religion",
            "risk.medical_needs",
            "danger.immediate",
            "profile.child",
            "profile.unaccompanied",
        ],
        Profile::Quiet => &["refugee.outside_country"],
    };
    for (i, c) in codes.iter().enumerate() {
        ev.observe(
            c,
            Observation::Present,
            AnswerRef {
                question_id: format!("q{i}"),
                answer: "yes".into(),
                language: "en".into(),
            },
        );
    }
    ev
}

/// A finished case: two sessions (language switch), answers including the canary, an
/// assessment from the real rules, and its audit trail. Returns the case id.
pub fn add_case(v: &mut Vault, profile: Profile, nationality: &str) -> String {
    let case = v.create_case(now()).expect("case");
    for (sess, lang) in [("1", "ar"), ("2", "fr")] {
        let s = v
            .start_session(&case.id, "mixed-flows", "1.0.0", now())
            .expect("session");
        for q in 0..3 {
            let payload =
                format!(r#"{{"answer":{{"text":"{CANARY} s{sess} q{q}"}},"language":"{lang}"}}"#);
            v.append_step(
                &s.id,
                NewStep {
                    kind: "answer",
                    question_id: Some(&format!("q{q}")),
                    language: Some(lang),
                    payload: &payload,
                },
                now(),
            )
            .expect("step");
        }
    }
    let outcome = harbour_rules::assess(&evidence(profile));
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
    case.id
}

pub fn org_key() -> (Identity, Recipient) {
    let id = Identity::generate();
    let r = id.to_public();
    (id, r)
}

pub fn export_opts(r: &Recipient, out: PathBuf) -> ExportOptions {
    ExportOptions {
        recipients: vec![r.clone()],
        selection: CaseSelection::All,
        out,
        now: now(),
    }
}

/// Everything observable about a vault's cases, for before/after comparisons: per case (by
/// reference order) the case row without exported_at, sessions with steps, assessment, and
/// the case's audit entries without the case id.
pub type Snapshot = Vec<(
    String,
    String,
    String,
    Vec<(String, String, Vec<harbour_vault::StepRecord>)>,
    Option<StoredAssessment>,
    Vec<(String, String, String, Option<String>)>,
)>;

pub fn snapshot(v: &Vault) -> Snapshot {
    v.in_bulk(snapshot_of)
}

fn snapshot_of(v: &Vault) -> Snapshot {
    let mut cases = v.list_cases().expect("list");
    cases.sort_by(|a, b| a.reference.cmp(&b.reference));
    cases
        .into_iter()
        .map(|c| {
            let sessions = v
                .sessions(&c.id)
                .expect("sessions")
                .into_iter()
                .map(|s| {
                    (
                        s.questionnaire_id.clone(),
                        s.started_at.clone(),
                        v.steps(&s.id).expect("steps"),
                    )
                })
                .collect();
            let audit = v
                .case_audit(&c.id)
                .expect("audit")
                .into_iter()
                // Where copies went is the device's own record; it never travels.
                .filter(|e: &AuditEntry| !e.names_a_copy())
                .map(|e: AuditEntry| (e.at, e.actor, e.event, e.detail))
                .collect();
            (
                c.reference,
                c.status.as_str().to_string(),
                c.created_at,
                sessions,
                v.assessment(&c.id).expect("assessment"),
                audit,
            )
        })
        .collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Register `field` at headquarters `hq`, as `harbour hq enrol` does after the fingerprint
/// has been compared.
pub fn enrol_device(hq: &mut Vault, field: &Vault) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("device.enrol");
    let e = harbour_export::write_enrolment(field, &file, now()).expect("enrolment file");
    let read = harbour_export::read_enrolment(&file).expect("read enrolment");
    assert_eq!(read, e);
    harbour_export::enrol(hq, &read, &e.fingerprint, now()).expect("enrol");
}
