//! Export bundles at headquarters: a real bundle from an enrolled field device, with its
//! ciphertext damaged (age header and payload), its decrypted lines edited and encrypted
//! again to the organisation (so the manifest, signature and case parsers are reached), and
//! plain garbage, imported into a headquarters vault. Each case: no panic, no abort, a user
//! error (never an internal one), and the headquarters vault unchanged (cases and audit).
//! Through `harbour import`: exit 0 or 1, and on 1 the vault file is byte for byte the same.

use crate::keyfile::{opts, PASS};
use crate::mutate::{
    apply, apply_bytes, byte_edits, cases, edits, report, runner, scratch, ByteEdit, Edit,
};
use chrono::{TimeZone, Utc};
use harbour_export::keys::SecretString;
use harbour_export::{
    enrol, export_bundle, import_bundles, read_enrolment, read_identity, write_enrolment,
    CaseSelection, ExportOptions, Identity,
};
use harbour_vault::{CaseStatus, NewStep, Passphrase, StoredAssessment, Vault};
use proptest::prelude::*;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;

pub const KEY_PASS: &str = "harbour office key passphrase 2026";

/// Tokens of a bundle's JSON lines.
const TOKENS: &[&str] = &[
    "\"reference\":",
    "\"HB-22222222\"",
    "\"hb-22222222\"",
    "\"../../etc/passwd\"",
    "\"/tmp/x\"",
    "\"C:\\\\x\"",
    "\"id\":",
    "\"device_id\":",
    "\"sequence\":",
    "18446744073709551615",
    "-1",
    "\"status\":",
    "\"finished\"",
    "\"in_progress\"",
    "\"language\":",
    "\"xx\"",
    "\"at\":",
    "\"2026-13-45T99:99:99Z\"",
    "\"event\":",
    "\"detail\":",
    "\"lines\":",
    "\"sha256\":",
    "\"signature\":",
    "\"recipients\":",
    "[]",
    "{}",
    "null",
    "\"\"",
];

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
        .single()
        .expect("date")
}

/// One finished, assessed case.
fn add_case(v: &mut Vault) {
    let case = v.create_case(now()).expect("case");
    let s = v
        .start_session(&case.id, "mixed-flows", "1.0.0", now())
        .expect("session");
    v.append_step(
        &s.id,
        NewStep {
            kind: "answer",
            question_id: Some("q1"),
            language: Some("en"),
            payload: r#"{"answer":{"text":"an answer"}}"#,
        },
        now(),
    )
    .expect("step");
    let outcome = harbour_rules::assess(&harbour_rules::Evidence::new());
    v.save_assessment(
        &case.id,
        &StoredAssessment {
            rules_version: outcome.rules_version.clone(),
            assessed_at: now().to_rfc3339(),
            outcome: serde_json::to_string(&outcome).expect("outcome"),
            inputs: serde_json::json!({
                "questionnaire": {"id": "mixed-flows", "version": "1.0.0"},
                "answers": [],
                "profile": {}
            })
            .to_string(),
        },
        now(),
    )
    .expect("assessment");
    v.set_case_status(&case.id, CaseStatus::Finished, now())
        .expect("finished");
}

/// The exchange: an organisation key, a headquarters vault (locked, at the returned path)
/// that has enrolled a field device, and a bundle of that device's one case.
pub struct Exchange {
    pub dir: tempfile::TempDir,
    pub hq: PathBuf,
    pub identity_file: PathBuf,
    pub identities: Vec<Identity>,
    pub bundle: Vec<u8>,
}

/// An organisation key file as `harbour org init` writes it (an armoured age file sealed
/// with a passphrase), but with a cheap scrypt cost, so that each `harbour import` of the
/// sample does not spend a second deriving it.
fn cheap_org_key(path: &std::path::Path, identity: &Identity) {
    use age::secrecy::ExposeSecret;
    let plain = format!(
        "# Harbour organisation key\n# public key: {}\n{}\n",
        identity.to_public(),
        identity.to_string().expose_secret()
    );
    let mut r = age::scrypt::Recipient::new(SecretString::from(KEY_PASS.to_string()));
    r.set_work_factor(10);
    let e = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        .expect("scrypt recipient");
    let mut sealed = Vec::new();
    let armor = age::armor::ArmoredWriter::wrap_output(&mut sealed, age::armor::Format::AsciiArmor)
        .expect("armor");
    let mut w = e.wrap_output(armor).expect("wrap");
    w.write_all(plain.as_bytes()).expect("write");
    w.finish().and_then(|a| a.finish()).expect("finish");
    std::fs::write(path, sealed).expect("org.key");
}

pub fn exchange() -> Exchange {
    let dir = scratch();
    let identity_file = dir.path().join("org.key");
    cheap_org_key(&identity_file, &Identity::generate());
    let identities =
        read_identity(&identity_file, &SecretString::from(KEY_PASS.to_string())).expect("identity");
    let pass = Passphrase::new(PASS);
    let mut field =
        Vault::create(&dir.path().join("field.vault"), &pass, now(), &opts()).expect("field");
    add_case(&mut field);
    let hq_path = dir.path().join("hq.vault");
    let mut hq = Vault::create(&hq_path, &pass, now(), &opts()).expect("hq");
    let enrolment = dir.path().join("device.enrol");
    let e = write_enrolment(&field, &enrolment, now()).expect("enrolment");
    enrol(
        &mut hq,
        &read_enrolment(&enrolment).expect("read"),
        &e.fingerprint,
        now(),
    )
    .expect("enrol");
    hq.lock(now()).expect("lock hq");
    let out = dir.path().join("cases.harbour");
    export_bundle(
        &mut field,
        &ExportOptions {
            recipients: vec![identities[0].to_public()],
            selection: CaseSelection::All,
            out: out.clone(),
            now: now(),
        },
        &mut |_, _| {},
    )
    .expect("export");
    let bundle = std::fs::read(&out).expect("bundle");
    std::fs::remove_file(&out).expect("remove");
    Exchange {
        dir,
        hq: hq_path,
        identity_file,
        identities,
        bundle,
    }
}

fn decrypt(bytes: &[u8], id: &Identity) -> Vec<u8> {
    let d = age::Decryptor::new(bytes).expect("age header");
    let mut r = d
        .decrypt(std::iter::once(id as &dyn age::Identity))
        .expect("decrypt");
    let mut out = Vec::new();
    r.read_to_end(&mut out).expect("read");
    out
}

fn encrypt(plain: &[u8], id: &Identity) -> Vec<u8> {
    let to = id.to_public();
    let e = age::Encryptor::with_recipients(std::iter::once(&to as &dyn age::Recipient))
        .expect("recipient");
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).expect("wrap");
    w.write_all(plain).expect("write");
    w.finish().expect("finish");
    out
}

/// How a case is made.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// The bundle's bytes, damaged (half of the edits in the age header).
    Cipher(Vec<ByteEdit>),
    /// Its decrypted text edited, then encrypted again to the organisation.
    Plain(Vec<Edit>),
    /// Not a bundle at all.
    Garbage(Vec<u8>, bool),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => byte_edits().prop_map(Mutation::Cipher),
        5 => edits().prop_map(Mutation::Plain),
        1 => (prop::collection::vec(any::<u8>(), 0..600), any::<bool>())
            .prop_map(|(b, h)| Mutation::Garbage(b, h)),
    ]
}

/// The decrypted bundle without its zero padding, as text.
pub fn plain_text(x: &Exchange) -> String {
    let plain = decrypt(&x.bundle, &x.identities[0]);
    let end = plain.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    String::from_utf8(plain[..end].to_vec()).expect("utf-8 lines")
}

pub fn make(x: &Exchange, plain: &str, m: &Mutation) -> Vec<u8> {
    match m {
        Mutation::Cipher(e) => apply_bytes(&x.bundle, e, 300),
        Mutation::Plain(e) => encrypt(apply(plain, e, TOKENS).as_bytes(), &x.identities[0]),
        Mutation::Garbage(b, header) => {
            let mut out = if *header {
                b"age-encryption.org/v1\n".to_vec()
            } else {
                Vec::new()
            };
            out.extend_from_slice(b);
            out
        }
    }
}

fn state(v: &Vault) -> (usize, usize) {
    (
        v.list_cases().expect("cases").len(),
        v.audit_log().expect("audit").len(),
    )
}

#[test]
fn a_mutated_bundle_never_panics_and_a_refused_one_leaves_headquarters_unchanged() {
    let x = exchange();
    let plain = plain_text(&x);
    let hq = std::cell::RefCell::new(
        Vault::unlock(&x.hq, &Passphrase::new(PASS), now(), &opts()).expect("hq"),
    );
    let path = x.dir.path().join("in.harbour");
    let imported = std::cell::Cell::new(0u32);
    let started = std::time::Instant::now();
    runner(cases())
        .run(&mutation(), |m| {
            std::fs::write(&path, make(&x, &plain, &m)).expect("write");
            let mut hq = hq.borrow_mut();
            let before = state(&hq);
            match import_bundles(&mut hq, &x.identities, std::slice::from_ref(&path), now()) {
                Ok(_) => imported.set(imported.get() + 1),
                Err(err) => {
                    prop_assert!(err.is_user_error(), "an internal error: {err:?}");
                    prop_assert!(state(&hq) == before, "a refused bundle changed the vault");
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    report(
        "bundle",
        started,
        &format!(
            "{} of {} mutated bundles imported (edits that change nothing signed)",
            imported.get(),
            cases()
        ),
    );
}

/// `harbour import` on mutated bundles: 0 or 1, never 2 nor a signal; on 1 the
/// headquarters vault file is unchanged when the bundle fails verification (it is refused
/// before the vault is unlocked).
#[test]
fn harbour_import_exits_0_or_1_on_a_mutated_bundle_and_writes_nothing_when_it_fails() {
    let x = exchange();
    let plain = plain_text(&x);
    let path = x.dir.path().join("in.harbour");
    runner(crate::cli::binary_cases(24))
        .run(&mutation(), |m| {
            std::fs::write(&path, make(&x, &plain, &m)).expect("write");
            let before = std::fs::read(&x.hq).expect("hq");
            let out = Command::new(env!("CARGO_BIN_EXE_harbour"))
                .args(["import", "--vault"])
                .arg(&x.hq)
                .arg("--identity")
                .arg(&x.identity_file)
                .arg(&path)
                .env("HARBOUR_PASSPHRASE", PASS)
                .env("HARBOUR_KEY_PASSPHRASE", KEY_PASS)
                .output()
                .expect("run harbour");
            // A bundle that fails verification is refused before the vault is unlocked.
            let verified = harbour_export::open_bundle(&path, &x.identities).is_ok();
            if crate::cli::good_or_bad(&out)? == 1 && !verified {
                prop_assert!(
                    std::fs::read(&x.hq).expect("hq") == before,
                    "a refused import changed the vault file"
                );
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
