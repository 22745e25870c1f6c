//! Dari (`fa-AF`) is an interview language of its own: its metadata, its fallback to Persian
//! and then English, and the mixed-flows questionnaire's Dari file.

use harbour_i18n::syntax::parse_ftl;
use harbour_i18n::{
    fallback_chain, CalendarDate, Catalog, DigitSet, Direction, LocaleInfo, ReviewStatus,
};
use std::path::{Path, PathBuf};

fn mixed_flows_locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/mixed-flows/locales")
}

#[test]
fn dari_has_its_own_metadata_and_is_marked_unreviewed() {
    for code in ["fa-AF", "fa_AF", "fa-af"] {
        let dari = LocaleInfo::builtin(code);
        assert_eq!(dari.code, code);
        assert_eq!(dari.name, "Dari", "{code}");
        assert_eq!(dari.native_name, "دری", "{code}");
        assert_eq!(dari.script, "Arab");
        assert_eq!(dari.direction, Direction::Rtl);
        assert_eq!(dari.digits, DigitSet::ArabExt);
        assert_eq!(dari.review, ReviewStatus::Unreviewed);
        assert!(
            dari.review.needs_review(),
            "the picker must say 'not yet reviewed'"
        );
    }
    assert_eq!(
        LocaleInfo::builtin("fa-AF").intl_locale(),
        "fa-AF-u-nu-arabext"
    );
    // Persian keeps its own name; another region of Persian still gets Persian's metadata.
    assert_eq!(LocaleInfo::builtin("fa").native_name, "فارسی");
    assert_eq!(LocaleInfo::builtin("fa-IR").native_name, "فارسی");
}

#[test]
fn dari_falls_back_to_persian_then_english() {
    assert_eq!(fallback_chain("fa-AF"), ["fa-AF", "fa", "en"]);
    let catalog = Catalog::from_sources(&[
        ("en", "doctor = Doctor\nonly-en = Only in English\n"),
        ("fa", "doctor = دکتر\nshop = مغازه\n"),
        ("fa-AF", "doctor = داکتر\n"),
    ]);
    let loc = catalog.localizer("fa-AF");
    assert_eq!(loc.chain(), ["fa-AF", "fa", "en"]);
    assert_eq!(loc.locale().native_name, "دری");
    assert_eq!(loc.direction(), Direction::Rtl);
    assert_eq!(loc.format("doctor", None), "داکتر");
    assert_eq!(
        loc.format("shop", None),
        "مغازه",
        "a missing Dari text is Persian"
    );
    assert_eq!(loc.format("only-en", None), "Only in English");
    assert_eq!(
        loc.format_date(CalendarDate::year_month(2024, 2)),
        "فبروری ۲۰۲۴",
        "Afghan month names"
    );
}

#[test]
fn the_mixed_flows_questionnaire_has_a_whole_dari_text() {
    let catalog = Catalog::from_pack_dir(&mixed_flows_locales()).expect("pack locales load");
    assert!(catalog.problems().is_empty(), "{:?}", catalog.problems());
    let dari = catalog.localizer("fa-AF");
    assert_eq!(dari.chain(), ["fa-AF", "fa", "en"]);
    assert_eq!(dari.locale().native_name, "دری");
    let english = std::fs::read_to_string(mixed_flows_locales().join("en.ftl")).expect("en.ftl");
    for (id, _) in parse_ftl(&english).entries {
        assert!(dari.has_own(&id), "fa-AF.ftl lacks '{id}'");
    }
    let persian = catalog.localizer("fa");
    // Afghan words where Iranian Persian differs.
    for (id, dari_word, persian_word) in [
        ("urgent-care-text", "داکتر", "دکتر"),
        ("documents-taken-text", "تذکره", "کارت شناسایی"),
        ("worked-help", "دکان", "مغازه"),
        ("state-protection-text", "پولیس", "پلیس"),
        ("child-work-no-school", "مکتب", "مدرسه"),
    ] {
        let text = dari.format(id, None);
        assert!(text.contains(dari_word), "{id}: {text}");
        assert!(!text.contains(persian_word), "{id}: {text}");
        assert!(
            persian.format(id, None).contains(persian_word),
            "{id} in fa"
        );
    }
}

#[test]
fn the_dari_file_uses_persian_letters_and_says_it_is_an_unreviewed_draft() {
    let text = std::fs::read_to_string(mixed_flows_locales().join("fa-AF.ftl")).expect("fa-AF.ftl");
    assert!(
        text.starts_with("# Review status: unreviewed draft"),
        "the first line states the review status"
    );
    assert!(
        !text.contains('\u{064A}') && !text.contains('\u{0643}'),
        "Arabic yeh/kaf in Dari"
    );
}
