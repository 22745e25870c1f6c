//! Referral summaries: the PDF renders, pdftotext finds the expected fields in the chosen
//! language, and nothing the referral type excludes.

mod common;

use common::*;
use harbour_export::{
    parse_referral, referral_summary, write_referral_summary, ExportError, ReferralKind,
};
use std::process::Command;

fn pdftotext(pdf: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn summary_text(kind: ReferralKind, lang: &str) -> (String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    let reference = v.case(&id).expect("case").reference;
    let out = dir.path().join(format!("{}-{lang}.pdf", kind.as_str()));
    write_referral_summary(&mut v, &reference, kind, lang, &out, now()).expect("summary");
    let bytes = std::fs::read(&out).expect("pdf");
    // For a look by eye: HARBOUR_SUMMARY_DIR=/some/dir cargo test -p harbour-export --test summary
    if let Some(keep) = std::env::var_os("HARBOUR_SUMMARY_DIR") {
        let _ = std::fs::write(
            std::path::Path::new(&keep).join(out.file_name().expect("name")),
            &bytes,
        );
    }
    assert!(bytes.starts_with(b"%PDF-1.7"));
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "no answer text in the PDF"
    );
    (squash(&pdftotext(&out)), reference)
}

#[test]
fn medical_summary_in_english_has_medical_facts_and_no_persecution_grounds() {
    let (text, reference) = summary_text(ReferralKind::Medical, "en");
    for expected in [
        "Referral summary: Medical care",
        &format!("Case reference: {reference}"),
        "Immediate danger reported: act on safety first.",
        "Age band: 12-17",
        "Child (under 18): yes",
        "Gender: female",
        "Medical needs (including mental health)",
        "Interview languages: ar, fr",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for excluded in [
        "religion",
        "Convention",
        "Nationality",
        "SY",
        "Trafficking",
        "International protection",
        "persecution",
        CANARY,
    ] {
        assert!(
            !text.contains(excluded),
            "medical summary must not hold {excluded:?}:\n{text}"
        );
    }
}

#[test]
fn asylum_summary_in_french_has_grounds_and_no_trafficking_section() {
    let (text, _) = summary_text(ReferralKind::AsylumProcedure, "fr");
    for expected in [
        "Fiche de référencement : Procédure d'asile",
        "Référence du dossier",
        "Danger immédiat signalé",
        "Tranche d'âge : 12-17",
        "Nationalité : SY",
        "Protection internationale : indicateurs",
        "Motifs de la Convention indiqués : religion",
        "Enfant (moins de 18 ans) : oui",
    ] {
        assert!(
            text.contains(&squash(expected)),
            "missing {expected:?} in:\n{text}"
        );
    }
    for excluded in [
        "Traite des êtres humains",
        "Referral summary",
        "Asylum procedure",
    ] {
        assert!(
            !text.contains(excluded),
            "must not hold {excluded:?}:\n{text}"
        );
    }
}

#[test]
fn anti_trafficking_summary_has_trafficking_but_not_protection_or_grounds() {
    let (text, _) = summary_text(ReferralKind::AntiTrafficking, "en");
    assert!(
        text.contains("Trafficking in persons: indicators"),
        "{text}"
    );
    assert!(
        text.contains("Act (recruitment, transport, harbouring…)"),
        "{text}"
    );
    assert!(!text.contains("International protection"), "{text}");
    assert!(!text.contains("religion"), "{text}");
}

#[test]
fn cyrillic_summary_renders_and_extracts() {
    let (text, _) = summary_text(ReferralKind::Medical, "ru");
    assert!(
        text.contains("Справка для направления: Медицинская помощь"),
        "{text}"
    );
    assert!(text.contains("Ребёнок (до 18 лет): да"), "{text}");
}

#[test]
fn arabic_summary_is_shaped_right_to_left_and_extracts() {
    let (text, reference) = summary_text(ReferralKind::Medical, "ar");
    // Words without a lam-alef ligature (pdftotext reverses those two letters, see pdf.rs).
    for expected in [
        "ملخص",
        "الرعاية الطبية",
        "الفئة العمرية",
        "طفل",
        "نعم",
        "أنثى",
        "احتياجات طبية",
        "فوري",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(text.contains(&reference), "{text}");
    assert!(
        !text.contains("الدين"),
        "no religion ground in a medical summary: {text}"
    );
}

#[test]
fn every_app_language_prints_its_own_labels() {
    // Spanish, Persian, Ukrainian and Burmese, beside the languages tested above: the title
    // and the referral name come out of the PDF in the reader's language.
    for (lang, expected) in [
        ("es", ["Resumen de derivación", "Atención médica"]),
        ("fa", ["ارجاع", "مراقبت پزشکی"]),
        ("uk", ["Зведення для перенаправлення", "Медична допомога"]),
        ("my", ["လွှဲပြောင်းမှု အကျဉ်းချုပ်", "ဆေးဘက်ဆိုင်ရာ စောင့်ရှောက်မှု"]),
    ] {
        let (text, reference) = summary_text(ReferralKind::Medical, lang);
        for e in expected {
            assert!(text.contains(e), "{lang}: missing {e:?} in:\n{text}");
        }
        assert!(text.contains(&reference), "{lang}: {text}");
        assert!(
            !text.contains("Referral summary"),
            "{lang}: English label in:\n{text}"
        );
    }
    // Every locale that ships export labels is embedded.
    let shipped: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
            .expect("locales")
            .flatten()
            .filter(|e| e.path().join("export.ftl").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    let embedded: Vec<&str> = harbour_export::summary::summary_languages().collect();
    for l in &shipped {
        assert!(
            embedded.contains(&l.as_str()),
            "{l}/export.ftl is not embedded"
        );
    }
}

#[test]
fn a_script_the_fonts_cannot_draw_is_refused_plainly() {
    // Ethiopic (Tigrinya) has no embedded font; Latin, Cyrillic, Arabic and Myanmar do.
    let fonts = harbour_export::summary::pdf::Fonts::load().expect("fonts");
    assert_eq!(fonts.covers("ትግርኛ"), Some('ት'));
    assert_eq!(fonts.covers("Réfugié Беженец لاجئ မြန်မာ"), None);
    let err = ExportError::UnsupportedLanguage("ti".into());
    assert_eq!(err.code(), "error-export-unsupported-language");
}

#[test]
fn a_summary_is_audited_and_needs_an_assessment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Quiet, "SY");
    referral_summary(&mut v, &id, ReferralKind::Shelter, "en", now()).expect("summary");
    assert!(v
        .case_audit(&id)
        .expect("audit")
        .iter()
        .any(|e| e.event == "export.plain"));
    let open = v.create_case(now()).expect("case");
    assert!(matches!(
        referral_summary(&mut v, &open.id, ReferralKind::Shelter, "en", now()),
        Err(ExportError::NoAssessment(_))
    ));
    assert_eq!(parse_referral("legal_aid"), Some(ReferralKind::LegalAid));
    assert_eq!(parse_referral("lawyer"), None);
}

/// The "why" line of a summary, if any.
fn why_of(kind: ReferralKind, lang: &str) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    let reference = v.case(&id).expect("case").reference;
    let s = referral_summary(&mut v, &reference, kind, lang, now()).expect("summary");
    let why = harbour_export::summary::export_catalog()
        .localizer(lang)
        .format("summary-why", None);
    s.blocks.iter().find_map(|b| match b {
        harbour_export::summary::pdf::Block::Field(label, value) if *label == why => {
            Some(value.clone())
        }
        _ => None,
    })
}

#[test]
fn each_summary_gives_its_referral_own_reason_within_what_it_may_see() {
    // Anti-trafficking sees the trafficking indicators, and immediate danger.
    let at = why_of(ReferralKind::AntiTrafficking, "en").expect("a reason");
    assert!(at.contains("misled or given false promises"), "{at}");
    assert!(!at.contains("religion"), "{at}");
    // Asylum sees the grounds and the harm, never the trafficking indicators.
    let asylum = why_of(ReferralKind::AsylumProcedure, "en").expect("a reason");
    assert!(
        asylum.starts_with("targeted for their religion"),
        "{asylum}"
    );
    assert!(!asylum.contains("misled"), "{asylum}");
    // Medical care sees the health needs only.
    let medical = why_of(ReferralKind::Medical, "en").expect("a reason");
    assert_eq!(medical, "health needs");
    // Child protection: the child's status, in the reader's language.
    let child = why_of(ReferralKind::ChildProtection, "fr").expect("a reason");
    assert_eq!(child, "moins de 18 ans");
    // No code in any of them.
    for kind in ReferralKind::ALL {
        if let Some(w) = why_of(kind, "en") {
            assert!(!w.contains('.') && !w.contains('_'), "{kind:?}: {w}");
        }
    }
}

/// Issue 13 item 7: a summary goes only into the chosen folder, under a name without the
/// case reference unless asked, never over another file, and each one is in the case's
/// audit; a withdrawal lists it with the bundles that hold the case.
#[test]
fn a_saved_summary_has_no_reference_in_its_name_never_overwrites_and_is_listed_at_withdrawal() {
    use harbour_export::{export_bundle, save_referral_summary, SummaryTarget};
    use harbour_vault::CopyKind;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    let reference = v.case(&id).expect("case").reference;
    let usb = tempfile::tempdir().expect("usb");
    let plain = SummaryTarget {
        folder: usb.path().to_path_buf(),
        with_reference: false,
    };
    let first = save_referral_summary(
        &mut v,
        &reference,
        ReferralKind::Medical,
        "en",
        &plain,
        now(),
    )
    .expect("summary");
    let second = save_referral_summary(&mut v, &id, ReferralKind::Medical, "fr", &plain, now())
        .expect("summary");
    let named = SummaryTarget {
        with_reference: true,
        ..plain.clone()
    };
    let third = save_referral_summary(&mut v, &id, ReferralKind::LegalAid, "en", &named, now())
        .expect("summary");
    let name = |p: &std::path::Path| p.file_name().expect("name").to_string_lossy().to_string();
    assert_eq!(name(&first), "referral-summary-medical-2026-11-23.pdf");
    assert_eq!(
        name(&second),
        "referral-summary-medical-2026-11-23-2.pdf",
        "never overwritten"
    );
    assert_eq!(
        name(&third),
        format!("referral-summary-legal-aid-2026-11-23-{reference}.pdf")
    );
    assert!(std::fs::read(&first).expect("pdf").starts_with(b"%PDF"));
    assert_ne!(
        std::fs::read(&first).expect("pdf"),
        std::fs::read(&second).expect("pdf")
    );
    // Only those three files in the folder (no temporary left behind).
    assert_eq!(std::fs::read_dir(usb.path()).expect("dir").count(), 3);

    let folder = std::fs::canonicalize(usb.path())
        .expect("canonical")
        .to_string_lossy()
        .to_string();
    let trail = v.case_audit(&id).expect("audit");
    let rows: Vec<_> = trail
        .iter()
        .filter(|e| e.event == "export.summary")
        .collect();
    assert_eq!(rows.len(), 3, "each summary written is audited");
    assert!(rows.iter().all(|e| e.actor == v.actor()));
    assert!(!trail.iter().any(|e| e.event == "export.plain"));

    // A bundle holding the case is recorded too.
    let (_, recipient) = org_key();
    let bundle = usb.path().join("cases.harbour");
    export_bundle(
        &mut v,
        &export_opts(&recipient, bundle.clone()),
        &mut |_, _| {},
    )
    .expect("export");

    let copies = v.withdraw_case(&id, now()).expect("withdraw");
    let listed: Vec<(String, String, Option<String>)> = copies
        .iter()
        .map(|c| {
            let referral = match &c.kind {
                CopyKind::Summary { referral } => Some(referral.clone()),
                CopyKind::Bundle => None,
            };
            (c.place.file.clone(), c.place.folder.clone(), referral)
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            (name(&first), folder.clone(), Some("medical".into())),
            (name(&second), folder.clone(), Some("medical".into())),
            (name(&third), folder.clone(), Some("legal_aid".into())),
            ("cases.harbour".into(), folder.clone(), None),
        ]
    );
}

#[test]
fn a_summary_into_an_existing_file_or_a_missing_folder_writes_nothing_and_audits_nothing() {
    use harbour_export::{save_referral_summary, SummaryTarget};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let id = add_case(&mut v, Profile::Everything, "SY");
    let existing = dir.path().join("kept.pdf");
    std::fs::write(&existing, "keep me").expect("write");
    let err = write_referral_summary(&mut v, &id, ReferralKind::Medical, "en", &existing, now())
        .expect_err("refused");
    assert!(matches!(err, ExportError::OutputExists { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&existing).expect("read"), "keep me");
    let missing = SummaryTarget {
        folder: dir.path().join("no-such-stick"),
        with_reference: false,
    };
    assert!(
        save_referral_summary(&mut v, &id, ReferralKind::Medical, "en", &missing, now()).is_err()
    );
    assert!(!dir.path().join("no-such-stick").exists());
    assert!(!v
        .case_audit(&id)
        .expect("audit")
        .iter()
        .any(|e| e.event == "export.summary"));
}
