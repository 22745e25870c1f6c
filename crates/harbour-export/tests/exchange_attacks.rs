//! Issue 13, authentic exchange: each attack on the field → headquarters exchange, played as
//! an attacker would, and refused with its own error with the headquarters vault unchanged.
//!
//! The attacker's tools: the organisation's public key (on every field device), a copy of
//! a genuine bundle, the organisation's identity of *another* organisation, a field device of
//! their own, or (for the field checks) a compromised but enrolled device.

mod common;

use common::*;
use harbour_export::{export_bundle, find_case, import_bundles, ExportError, Identity, Recipient};
use harbour_vault::{NewStep, Vault};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const PAD: usize = 64 * 1024;
use harbour_export::MAX_BUNDLE_BYTES;

fn state(v: &Vault) -> (Snapshot, usize) {
    (snapshot(v), v.audit_log().expect("audit").len())
}

/// Register the field device at headquarters.
fn enrol(hq: &mut Vault, field: &mut Vault) {
    enrol_device(hq, field);
}

fn export_to(field: &mut Vault, recipients: &[Recipient], out: PathBuf) -> PathBuf {
    let mut o = export_opts(&recipients[0], out.clone());
    o.recipients = recipients.to_vec();
    export_bundle(field, &o, &mut |_, _| {}).expect("export");
    out
}

fn decrypt(path: &Path, id: &Identity) -> Vec<u8> {
    let bytes = std::fs::read(path).expect("read");
    let d = age::Decryptor::new(&bytes[..]).expect("age header");
    let mut r = d
        .decrypt(std::iter::once(id as &dyn age::Identity))
        .expect("decrypt");
    let mut out = Vec::new();
    r.read_to_end(&mut out).expect("read plain");
    out
}

fn encrypt(plain: &[u8], to: &[Recipient], out: &Path) {
    let e = age::Encryptor::with_recipients(to.iter().map(|r| r as &dyn age::Recipient))
        .expect("recipients");
    let mut w = e
        .wrap_output(std::fs::File::create(out).expect("create"))
        .expect("wrap");
    w.write_all(plain).expect("write");
    w.finish().expect("finish");
}

/// The lines of a decrypted bundle (padding removed).
fn lines(plain: &[u8]) -> Vec<Vec<u8>> {
    let end = plain.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    plain[..end]
        .strip_suffix(b"\n")
        .expect("last newline")
        .split(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn join(lines: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for l in lines {
        out.extend_from_slice(l);
        out.push(b'\n');
    }
    let pad = (PAD - out.len() % PAD) % PAD;
    out.extend(std::iter::repeat_n(0u8, pad));
    out
}

/// The index of the manifest line (the object with a `cases` list).
fn manifest_at(lines: &[Vec<u8>]) -> usize {
    lines
        .iter()
        .position(|l| {
            serde_json::from_slice::<serde_json::Value>(l)
                .ok()
                .is_some_and(|v| v.get("cases").is_some_and(|c| c.is_array()))
        })
        .expect("a manifest line")
}

fn sha256_hex(b: &[u8]) -> String {
    harbour_export::bundle::sha256_hex(b)
}

/// Replace case line `i` (1-based among the cases) and fix its hash in the manifest, as an
/// attacker with the organisation's public key can.
fn replace_case(lines: &mut [Vec<u8>], i: usize, f: impl Fn(&mut serde_json::Value)) {
    let m = manifest_at(lines);
    let mut case: serde_json::Value = serde_json::from_slice(&lines[i]).expect("case json");
    f(&mut case);
    lines[i] = serde_json::to_vec(&case).expect("json");
    let mut manifest: serde_json::Value = serde_json::from_slice(&lines[m]).expect("manifest");
    manifest["cases"][i - 1]["sha256"] = sha256_hex(&lines[i]).into();
    manifest["cases"][i - 1]["reference"] = case["reference"].clone();
    manifest["cases"][i - 1]["id"] = case["id"].clone();
    lines[m] = serde_json::to_vec(&manifest).expect("json");
}

struct World {
    dir: tempfile::TempDir,
    field: Vault,
    hq: Vault,
    org: Identity,
    org_pub: Recipient,
}

fn world(cases: usize) -> World {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut field = new_vault(dir.path(), "field.vault");
    for _ in 0..cases {
        add_case(&mut field, Profile::Everything, "SY");
    }
    let mut hq = new_vault(dir.path(), "hq.vault");
    enrol(&mut hq, &mut field);
    let (org, org_pub) = org_key();
    World {
        dir,
        field,
        hq,
        org,
        org_pub,
    }
}

impl World {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn export(&mut self, name: &str) -> PathBuf {
        let out = self.path(name);
        export_to(&mut self.field, std::slice::from_ref(&self.org_pub), out)
    }
    fn import(&mut self, p: &Path) -> Result<usize, ExportError> {
        import_bundles(
            &mut self.hq,
            std::slice::from_ref(&self.org),
            &[p.to_path_buf()],
            now(),
        )
        .map(|r| r.written)
    }
    /// Import `p` and check it is refused with `code` and the HQ vault is unchanged.
    fn refused(&mut self, p: &Path, code: &str) -> ExportError {
        let before = state(&self.hq);
        let got = self.import(p);
        let after = state(&self.hq);
        let err = match got {
            Ok(n) => panic!("the attack worked: {n} case(s) imported"),
            Err(e) => e,
        };
        assert_eq!(err.code(), code, "refused, but not for that reason: {err}");
        assert_eq!(after, before, "the HQ vault must be unchanged");
        err
    }
}

#[test]
fn a_bundle_made_with_the_organisation_public_key_only_is_refused() {
    let mut w = world(1);
    let genuine = w.export("genuine.harbour");
    let mut l = lines(&decrypt(&genuine, &w.org));
    // The attacker writes the bundle from scratch: no device key, so no signature.
    let m = manifest_at(&l);
    l.truncate(m + 1);
    let mut manifest: serde_json::Value = serde_json::from_slice(&l[m]).expect("manifest");
    manifest["device_id"] = "00112233445566778899aabbccddeeff".into();
    l[m] = serde_json::to_vec(&manifest).expect("json");
    replace_case(&mut l, 1, |c| {
        c["id"] = "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0".into()
    });
    let forged = w.path("forged.harbour");
    encrypt(&join(&l), std::slice::from_ref(&w.org_pub), &forged);
    let err = w.refused(&forged, "error-import-unsigned");
    assert!(err.to_string().contains("not signed"), "{err}");
}

#[test]
fn a_signed_manifest_with_one_case_line_changed_is_refused() {
    let mut w = world(2);
    let genuine = w.export("genuine.harbour");
    let mut l = lines(&decrypt(&genuine, &w.org));
    replace_case(&mut l, 2, |c| c["status"] = "consent_refused".into());
    let forged = w.path("forged.harbour");
    encrypt(&join(&l), std::slice::from_ref(&w.org_pub), &forged);
    let err = w.refused(&forged, "error-import-bad-signature");
    assert!(err.to_string().contains("signature"), "{err}");
}

#[test]
fn a_valid_bundle_re_encrypted_to_another_organisation_is_refused() {
    let mut w = world(1);
    let genuine = w.export("genuine.harbour");
    let plain = decrypt(&genuine, &w.org);
    // Someone holding this organisation's identity passes the bundle to another one.
    let (other, other_pub) = org_key();
    let moved = w.path("moved.harbour");
    encrypt(&plain, std::slice::from_ref(&other_pub), &moved);
    w.org = other;
    w.org_pub = other_pub;
    let err = w.refused(&moved, "error-import-wrong-organisation");
    assert!(err.to_string().contains("another organisation"), "{err}");
}

#[test]
fn a_bundle_re_encrypted_with_an_extra_recipient_is_refused() {
    let mut w = world(1);
    let genuine = w.export("genuine.harbour");
    let plain = decrypt(&genuine, &w.org);
    let (_, extra) = org_key();
    let moved = w.path("moved.harbour");
    encrypt(&plain, &[w.org_pub.clone(), extra], &moved);
    w.refused(&moved, "error-import-wrong-organisation");
}

#[test]
fn a_replayed_older_bundle_is_refused() {
    let mut w = world(1);
    let old = w.export("old.harbour");
    let case = w.field.list_cases().expect("cases")[0].id.clone();
    let s = w.field.sessions(&case).expect("sessions")[0].id.clone();
    w.field
        .append_step(
            &s,
            NewStep {
                kind: "answer",
                question_id: Some("q9"),
                language: Some("fr"),
                payload: r#"{"answer":{"text":"later"}}"#,
            },
            now(),
        )
        .expect("step");
    let new = w.export("new.harbour");
    assert_eq!(w.import(&new).expect("newer bundle"), 1);
    let err = w.refused(&old, "error-import-replay");
    assert!(err.to_string().contains("older"), "{err}");
}

#[test]
fn a_bundle_from_an_unknown_device_is_held_not_imported() {
    let mut w = world(1);
    let mut stranger = new_vault(w.dir.path(), "stranger.vault");
    add_case(&mut stranger, Profile::Quiet, "ER");
    let out = w.path("stranger.harbour");
    export_to(&mut stranger, std::slice::from_ref(&w.org_pub), out.clone());
    let err = w.refused(&out, "error-import-device-not-enrolled");
    assert!(err.to_string().contains("not enrolled"), "{err}");
    assert!(err.to_string().contains("held"), "{err}");
}

#[test]
fn a_case_withdrawn_at_headquarters_never_comes_back() {
    let mut w = world(1);
    let b = w.export("b.harbour");
    assert_eq!(w.import(&b).expect("first import"), 1);
    let id = w.hq.list_cases().expect("cases")[0].id.clone();
    w.hq.withdraw_case(&id, now()).expect("withdraw");
    let err = w.refused(&b, "error-import-case-withdrawn");
    assert!(err.to_string().contains("withdrawn"), "{err}");
    // Nor in a later bundle from the same device.
    let later = w.export("later.harbour");
    w.refused(&later, "error-import-case-withdrawn");
}

fn forge_reference(field: &Vault, reference: &str) {
    let sql = format!(
        "UPDATE cases SET reference = '{}' WHERE id = (SELECT id FROM cases LIMIT 1)",
        reference.replace('\'', "''")
    );
    harbour_vault::testing::execute(field, &sql).expect("forge");
}

#[test]
fn a_reference_that_is_a_path_is_refused() {
    for bad in [
        "../../etc/passwd",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "C:evil",
        "HB-ABC/../x",
    ] {
        let mut w = world(1);
        forge_reference(&w.field, bad);
        let b = w.export("b.harbour");
        let err = w.refused(&b, "error-import-bad-field");
        assert!(err.to_string().contains("reference"), "{bad}: {err}");
    }
}

#[test]
fn a_reference_differing_only_in_letter_case_is_refused_and_look_ups_stay_exact() {
    let mut w = world(1);
    let b = w.export("real.harbour");
    assert_eq!(w.import(&b).expect("real"), 1);
    let real = w.hq.list_cases().expect("cases")[0].clone();
    // The same (compromised) device sends a forged case under the lower-cased reference.
    add_case(&mut w.field, Profile::Quiet, "ER");
    let forged_id = w
        .field
        .list_cases()
        .expect("cases")
        .into_iter()
        .find(|c| c.id != real.id)
        .expect("forged")
        .id;
    harbour_vault::testing::execute(
        &w.field,
        &format!(
            "UPDATE cases SET reference = '{}' WHERE id = '{forged_id}'",
            real.reference.to_ascii_lowercase()
        ),
    )
    .expect("forge");
    let forged = w.export("forged.harbour");
    let _ = w.refused(&forged, "error-import-bad-field");
    let cases = w.hq.list_cases().expect("cases");
    assert_eq!(
        find_case(&cases, &real.reference).map(|c| c.id.clone()),
        Some(real.id.clone())
    );
}

#[test]
fn an_oversized_bundle_gets_a_clear_error_before_it_is_read() {
    let mut w = world(0);
    let big = w.path("big.harbour");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(MAX_BUNDLE_BYTES + 1).expect("sparse file");
    let err = w.refused(&big, "error-import-too-large");
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn a_bundle_signed_by_another_device_claiming_an_enrolled_id_is_refused() {
    let mut w = world(1);
    let enrolled = w.field.device_public_key().expect("key");
    let mut stranger = new_vault(w.dir.path(), "stranger.vault");
    add_case(&mut stranger, Profile::Quiet, "ER");
    let out = w.path("stranger.harbour");
    export_to(&mut stranger, std::slice::from_ref(&w.org_pub), out.clone());
    let plain = decrypt(&out, &w.org);
    for claim_key in [false, true] {
        let mut l = lines(&plain);
        let m = manifest_at(&l);
        let mut manifest: serde_json::Value = serde_json::from_slice(&l[m]).expect("manifest");
        manifest["device_id"] = enrolled.device_id().into();
        if claim_key {
            manifest["device_public_key"] = enrolled.to_hex().into();
        }
        l[m] = serde_json::to_vec(&manifest).expect("json");
        // The attacker signs with the only device key they hold: their own.
        let sig = stranger
            .sign_as_device(harbour_vault::SignPurpose::BundleManifest, &l[m])
            .expect("sign");
        l[m + 1] = serde_json::to_vec(&serde_json::json!({ "signature": hex::encode(sig) }))
            .expect("json");
        let forged = w.path(&format!("claim-{claim_key}.harbour"));
        encrypt(&join(&l), std::slice::from_ref(&w.org_pub), &forged);
        w.refused(&forged, "error-import-bad-signature");
    }
}

#[test]
fn every_exchange_error_has_a_text_in_every_app_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let codes = [
        "error-import-unsigned",
        "error-import-bad-signature",
        "error-import-wrong-organisation",
        "error-import-device-not-enrolled",
        "error-import-replay",
        "error-import-case-withdrawn",
        "error-import-bad-field",
        "error-import-too-large",
        "error-import-bad-enrolment",
        "error-import-fingerprint-mismatch",
        "error-profile-invalid",
        "error-profile-not-trusted",
        "error-profile-installed",
        "error-pack-unsigned",
        "error-pack-bad-signature",
        "error-pack-changed",
    ];
    for lang in ["en", "fr", "es", "ar", "fa", "ru", "uk", "my"] {
        let text = std::fs::read_to_string(root.join(lang).join("exchange.ftl")).expect("ftl");
        for code in codes {
            assert!(
                text.contains(&format!("\n{code} = ")),
                "{lang} has no text for {code}"
            );
        }
    }
}
