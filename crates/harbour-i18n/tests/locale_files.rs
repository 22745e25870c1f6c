//! The shipped locale files themselves: present, parseable, with valid metadata and the
//! right letters for their language.

use harbour_i18n::syntax::parse_ftl;
use harbour_i18n::{Catalog, LocaleInfo};
use std::path::{Path, PathBuf};

const SHIPPED: &[&str] = &["en", "fr", "es", "ar", "fa", "ru", "uk", "my"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn app_text(lang: &str) -> String {
    let mut text = String::new();
    let dir = locales_dir().join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
    {
        let src = std::fs::read_to_string(f).expect("utf-8");
        let parsed = parse_ftl(&src);
        assert!(
            parsed.problems.is_empty(),
            "{}: {:?}",
            f.display(),
            parsed.problems
        );
        text.push_str(&src);
    }
    text
}

#[test]
fn every_shipped_locale_has_messages_and_valid_metadata() {
    for lang in SHIPPED {
        let dir = locales_dir().join(lang);
        assert!(dir.join("harbour.ftl").is_file(), "{lang}: harbour.ftl");
        let meta = std::fs::read_to_string(dir.join("meta.toml"))
            .unwrap_or_else(|e| panic!("{lang}: meta.toml: {e}"));
        let info =
            LocaleInfo::from_meta_toml(lang, &meta).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert_eq!(
            info.direction,
            LocaleInfo::builtin(lang).direction,
            "{lang}: direction"
        );
        assert!(!app_text(lang).is_empty());
    }
}

#[test]
fn the_app_catalog_loads_without_problems() {
    let catalog = Catalog::from_app_dir(&locales_dir()).expect("loads");
    assert!(catalog.problems().is_empty(), "{:?}", catalog.problems());
    for lang in SHIPPED {
        let loc = catalog.localizer(lang);
        assert_eq!(loc.locale().code, *lang);
        assert!(loc.has_own("app-name"), "{lang}");
    }
}

/// Persian must be written with Persian yeh and keheh (ی ک), not the Arabic letters
/// (ي ك), which look alike in the middle of a word but break search and sorting and
/// look wrong at word ends; and Arabic must not use the Persian ones.
#[test]
fn persian_and_arabic_use_their_own_letters() {
    let fa = app_text("fa");
    assert!(
        !fa.contains('\u{064A}') && !fa.contains('\u{0643}'),
        "Arabic yeh/kaf in Persian"
    );
    let ar = app_text("ar");
    assert!(
        !ar.contains('\u{06CC}') && !ar.contains('\u{06A9}'),
        "Persian yeh/keheh in Arabic"
    );
}

/// Burmese must be Unicode, not Zawgyi: Zawgyi puts the medial-ra and e-vowel signs
/// before the consonant, which Unicode never does at the start of a word.
#[test]
fn burmese_is_unicode_not_zawgyi() {
    let my = app_text("my");
    for word in my
        .split(|c: char| !('\u{1000}'..='\u{109F}').contains(&c))
        .filter(|w| !w.is_empty())
    {
        let first = word.chars().next().unwrap_or(' ');
        assert!(
            !matches!(first, '\u{1031}' | '\u{103B}'),
            "Zawgyi-style order in '{word}'"
        );
    }
}

fn case_count(lang: &str, n: i64) -> String {
    let catalog = Catalog::from_app_dir(&locales_dir()).expect("loads");
    let mut args = harbour_i18n::FluentArgs::new();
    args.set("count", n);
    let text = catalog.localizer(lang).format("case-count", Some(&args));
    // Strip the bidi isolation marks around the inserted number for readable asserts.
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn real_plural_messages_pick_the_right_form() {
    assert_eq!(case_count("en", 1), "1 case");
    assert_eq!(case_count("en", 2), "2 cases");
    assert_eq!(case_count("fr", 0), "0 dossier");
    assert_eq!(case_count("fr", 2), "2 dossiers");
    assert_eq!(case_count("ru", 1), "1 дело");
    assert_eq!(case_count("ru", 2), "2 дела");
    assert_eq!(case_count("ru", 5), "5 дел");
    assert_eq!(case_count("ru", 21), "21 дело");
    assert_eq!(case_count("uk", 22), "22 справи");
    assert_eq!(case_count("uk", 11), "11 справ");
    assert_eq!(case_count("ar", 0), "لا توجد حالات");
    assert_eq!(case_count("ar", 2), "حالتان");
    assert_eq!(case_count("ar", 3), "3 حالات");
    assert_eq!(case_count("ar", 11), "11 حالة");
    assert_eq!(case_count("ar", 103), "103 حالات");
    assert_eq!(case_count("fa", 3), "۳ پرونده");
    assert_eq!(case_count("my", 3), "ကိစ္စရပ် ၃ ခု");
}

/// Every message of every shipped locale formats without an error (unknown variable,
/// reference to a missing message or term) and without falling back to English.
#[test]
fn every_message_formats_cleanly_in_every_locale() {
    use harbour_i18n::{FluentArgs, MissingKind};
    use std::sync::{Arc, Mutex};
    let catalog = Catalog::from_app_dir(&locales_dir()).expect("loads");
    let english = app_text("en");
    let parsed = parse_ftl(&english);
    for lang in SHIPPED {
        let seen: Arc<Mutex<Vec<String>>> = Arc::default();
        let sink = Arc::clone(&seen);
        let loc = catalog
            .localizer(lang)
            .with_missing_hook(Arc::new(move |m| {
                let kind = match m.kind {
                    MissingKind::Message => "missing",
                    MissingKind::Everywhere => "missing everywhere",
                    MissingKind::Locale => "no locale",
                    MissingKind::FormatError => "format error",
                };
                sink.lock()
                    .expect("lock")
                    .push(format!("{} {}", kind, m.id));
            }));
        for (id, shape) in parsed.entries.iter().filter(|(id, _)| !id.starts_with('-')) {
            let mut args = FluentArgs::new();
            for var in &shape.variables {
                args.set(var.clone(), 3);
            }
            if shape.has_value {
                let _ = loc.format(id, Some(&args));
            }
            for attr in &shape.attributes {
                let _ = loc.format_attr(id, attr, Some(&args));
            }
        }
        let seen = seen.lock().expect("lock");
        assert!(seen.is_empty(), "{lang}: {seen:?}");
    }
}

/// The nesting limit must never bite a real translation: every shipped `.ftl` (app, packs,
/// rules) stays far below it.
#[test]
fn every_shipped_file_is_far_from_the_nesting_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut dirs = vec![root.join("crates/harbour-rules/locales")];
    for parent in [root.join("locales"), root.join("questionnaires")] {
        for entry in std::fs::read_dir(&parent).expect("dir").flatten() {
            dirs.push(entry.path());
            dirs.push(entry.path().join("locales"));
        }
    }
    let mut checked = 0;
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for f in entries.flatten().map(|e| e.path()) {
            if f.extension().is_some_and(|e| e == "ftl") {
                let src = std::fs::read_to_string(&f).expect("utf-8");
                let depth = harbour_i18n::syntax::nesting_depth(&src);
                assert!(depth <= 4, "{}: nesting {depth}", f.display());
                checked += 1;
            }
        }
    }
    assert!(checked >= 24, "only {checked} files found");
}
