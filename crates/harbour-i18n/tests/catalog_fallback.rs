//! Loading, fallback and missing-text reporting.

use harbour_i18n::{
    Catalog, Direction, FluentArgs, Localizer, MissingKind, ReviewStatus, MISSING_TEXT,
};
use std::sync::{Arc, Mutex};

const EN: &str = "hello = Hello\nonly-en = Only in English\ngreet = Hello, { $name }!\nfield = Field\n    .placeholder = Type here\n";
const FR: &str = "hello = Bonjour\ngreet = Bonjour, { $name } !\nfield = Champ\n";
const FA: &str = "hello = سلام\n";

type Seen = Arc<Mutex<Vec<(String, String, MissingKind)>>>;

fn recording(loc: Localizer) -> (Localizer, Seen) {
    let seen: Seen = Arc::default();
    let sink = Arc::clone(&seen);
    let loc = loc.with_missing_hook(Arc::new(move |m| {
        sink.lock()
            .expect("test lock")
            .push((m.id.to_string(), m.locale.to_string(), m.kind));
    }));
    (loc, seen)
}

fn catalog() -> Catalog {
    Catalog::from_sources(&[("en", EN), ("fr", FR), ("fa", FA)])
}

#[test]
fn formats_in_the_requested_locale() {
    assert_eq!(catalog().localizer("fr").format("hello", None), "Bonjour");
}

#[test]
fn a_missing_message_falls_back_to_english_and_is_reported_once() {
    let (loc, seen) = recording(catalog().localizer("fr"));
    assert_eq!(loc.format("only-en", None), "Only in English");
    assert_eq!(loc.format("only-en", None), "Only in English");
    let seen = seen.lock().expect("test lock");
    assert_eq!(
        *seen,
        vec![(
            "only-en".to_string(),
            "fr".to_string(),
            MissingKind::Message
        )]
    );
}

#[test]
fn a_missing_attribute_falls_back_too() {
    let (loc, seen) = recording(catalog().localizer("fr"));
    assert_eq!(loc.format_attr("field", "placeholder", None), "Type here");
    assert_eq!(seen.lock().expect("test lock")[0].0, "field.placeholder");
}

#[test]
fn a_message_missing_everywhere_never_shows_its_id() {
    let (loc, seen) = recording(catalog().localizer("fr"));
    let text = loc.format("no-such-message", None);
    assert_eq!(text, MISSING_TEXT);
    assert!(!text.contains("no-such-message"));
    assert_eq!(
        seen.lock().expect("test lock")[0].2,
        MissingKind::Everywhere
    );
}

#[test]
fn the_hook_sees_ids_and_locales_but_never_argument_values() {
    let (loc, seen) = recording(catalog().localizer("fr"));
    let mut args = FluentArgs::new();
    args.set("secret", "Fatima from Homs");
    let _ = loc.format("greet", Some(&args)); // $name not given: a format error
    let seen = seen.lock().expect("test lock");
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].2, MissingKind::FormatError);
    assert!(!format!("{seen:?}").contains("Fatima"));
}

#[test]
fn a_regional_locale_falls_back_to_its_base_language() {
    let loc = catalog().localizer("fa-AF");
    assert_eq!(loc.chain(), ["fa", "en"]);
    assert_eq!(loc.format("hello", None), "سلام");
    assert_eq!(loc.direction(), Direction::Rtl);
    assert_eq!(loc.locale().code, "fa");
}

#[test]
fn an_unknown_locale_shows_english_left_to_right() {
    let (loc, seen) = recording(catalog().localizer("ti"));
    assert_eq!(loc.chain(), ["en"]);
    assert_eq!(loc.direction(), Direction::Ltr);
    assert_eq!(loc.format("hello", None), "Hello");
    let seen = seen.lock().expect("test lock");
    assert_eq!(
        *seen,
        vec![("ti".to_string(), "ti".to_string(), MissingKind::Locale)]
    );
}

#[test]
fn inserted_values_are_isolated_for_bidi() {
    let loc = catalog().localizer("fr");
    let mut args = FluentArgs::new();
    args.set("name", "محمد");
    assert_eq!(
        loc.format("greet", Some(&args)),
        "Bonjour, \u{2068}محمد\u{2069} !"
    );
}

#[test]
fn the_localizer_can_live_in_shared_state() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
    assert_send_sync::<Catalog>();
}

#[test]
fn loads_the_app_layout_with_metadata_and_keeps_going_past_syntax_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let en = dir.path().join("en");
    let ar = dir.path().join("ar");
    std::fs::create_dir_all(&en).expect("mkdir");
    std::fs::create_dir_all(&ar).expect("mkdir");
    std::fs::write(en.join("harbour.ftl"), "a = A\nb = B\n").expect("write");
    std::fs::write(ar.join("harbour.ftl"), "a = أ\nbroken = { ]\nb = ب\n").expect("write");
    std::fs::write(
        ar.join("meta.toml"),
        "native_name = \"العربية\"\nreview = \"machine-draft\"\n",
    )
    .expect("write");
    let catalog = Catalog::from_app_dir(dir.path()).expect("loads");
    let ar_info = catalog.locale("ar").expect("ar loaded");
    assert_eq!(ar_info.review, ReviewStatus::MachineDraft);
    assert!(ar_info.review.needs_review());
    assert_eq!(ar_info.direction, Direction::Rtl);
    assert_eq!(
        catalog.locale("en").expect("en").review,
        ReviewStatus::Source
    );
    let problem = &catalog.problems()[0];
    assert_eq!((problem.locale.as_str(), problem.line), ("ar", 2));
    let loc = catalog.localizer("ar");
    assert_eq!(loc.format("b", None), "ب");
}

#[test]
fn rejects_metadata_with_unknown_review_status() {
    let mut catalog = Catalog::new();
    assert!(catalog
        .set_meta_toml("fr", "review = \"looks fine\"\n")
        .is_err());
}

#[test]
fn loads_a_pack_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("en.ftl"), "q-age = How old are you?\n").expect("write");
    std::fs::write(dir.path().join("uk.ftl"), "q-age = Скільки вам років?\n").expect("write");
    let catalog = Catalog::from_pack_dir(dir.path()).expect("loads");
    assert_eq!(
        catalog.localizer("uk").format("q-age", None),
        "Скільки вам років?"
    );
}

#[test]
fn a_localizer_can_be_built_straight_from_embedded_sources() {
    let loc = Localizer::from_sources(&[("en", EN), ("fr", FR)], "fr");
    assert_eq!(loc.format("hello", None), "Bonjour");
}

#[test]
fn a_resource_nested_too_deeply_is_a_problem_and_the_others_still_load() {
    let hostile = format!("a = {}\n", "{".repeat(100_000));
    let catalog = Catalog::from_sources(&[("en", "b = B\n"), ("en", &hostile)]);
    let problem = &catalog.problems()[0];
    assert_eq!(
        (problem.line, problem.column),
        (1, 5 + harbour_i18n::syntax::MAX_NESTING)
    );
    assert!(problem.message.contains("nested"), "{}", problem.message);
    assert_eq!(catalog.localizer("en").format("b", None), "B");
}
