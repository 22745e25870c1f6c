//! Plural selection and NUMBER() in every shipped locale, through real Fluent bundles
//! (fluent-bundle's CLDR plural rules, Harbour's number formatter).

use harbour_i18n::{Catalog, FluentArgs, Localizer};

const SHIPPED: &[&str] = &["en", "fr", "es", "ar", "fa", "ru", "uk", "my"];

/// The same message in every locale: it names the CLDR category the bundle picked.
const CATEGORIES: &str = "\
category = { $count ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
with-number = { $count ->
    [one] { $count } one
   *[other] { $count } other
}
fixed = { NUMBER($n, minimumFractionDigits: 2) }
plain = { $n }
";

fn localizer(lang: &str) -> Localizer {
    let sources: Vec<(&str, &str)> = SHIPPED.iter().map(|l| (*l, CATEGORIES)).collect();
    Catalog::from_sources(&sources).localizer(lang)
}

fn category(loc: &Localizer, n: f64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", n);
    loc.format("category", Some(&args))
}

fn check(lang: &str, expected: &[(f64, &str)]) {
    let loc = localizer(lang);
    for &(n, cat) in expected {
        assert_eq!(category(&loc, n), cat, "{lang}: {n}");
    }
}

#[test]
fn english_has_one_and_other() {
    check(
        "en",
        &[
            (0.0, "other"),
            (1.0, "one"),
            (2.0, "other"),
            (21.0, "other"),
        ],
    );
}

#[test]
fn french_treats_zero_and_one_as_one() {
    check(
        "fr",
        &[
            (0.0, "one"),
            (1.0, "one"),
            (1.5, "one"),
            (2.0, "other"),
            (21.0, "other"),
        ],
    );
}

#[test]
fn spanish_has_one_and_other() {
    check(
        "es",
        &[(0.0, "other"), (1.0, "one"), (2.0, "other"), (5.0, "other")],
    );
}

#[test]
fn russian_and_ukrainian_have_one_few_many() {
    for lang in ["ru", "uk"] {
        check(
            lang,
            &[
                (1.0, "one"),
                (2.0, "few"),
                (4.0, "few"),
                (5.0, "many"),
                (11.0, "many"),
                (21.0, "one"),
                (22.0, "few"),
                (25.0, "many"),
                (111.0, "many"),
                (1.5, "other"),
            ],
        );
    }
}

#[test]
fn arabic_has_six_forms() {
    check(
        "ar",
        &[
            (0.0, "zero"),
            (1.0, "one"),
            (2.0, "two"),
            (3.0, "few"),
            (10.0, "few"),
            (11.0, "many"),
            (99.0, "many"),
            (100.0, "other"),
            (101.0, "other"),
            (102.0, "other"),
            (103.0, "few"),
            (110.0, "few"),
            (111.0, "many"),
            (199.0, "many"),
            (1003.0, "few"),
        ],
    );
}

#[test]
fn persian_treats_zero_and_one_as_one() {
    check(
        "fa",
        &[(0.0, "one"), (1.0, "one"), (2.0, "other"), (5.0, "other")],
    );
}

#[test]
fn burmese_has_no_plural_forms() {
    check(
        "my",
        &[
            (0.0, "other"),
            (1.0, "other"),
            (2.0, "other"),
            (21.0, "other"),
        ],
    );
}

#[test]
fn inserted_numbers_use_each_locales_digits_inside_isolation_marks() {
    let expected = [
        ("en", "\u{2068}5\u{2069} other"),
        ("ar", "\u{2068}5\u{2069} other"),
        ("fa", "\u{2068}۵\u{2069} other"),
        ("my", "\u{2068}၅\u{2069} other"),
    ];
    for (lang, want) in expected {
        let mut args = FluentArgs::new();
        args.set("count", 5);
        assert_eq!(
            localizer(lang).format("with-number", Some(&args)),
            want,
            "{lang}"
        );
    }
}

#[test]
fn number_function_pads_fractions_and_groups_per_locale() {
    let expected = [
        ("en", "1,234.50"),
        ("fr", "1\u{202F}234,50"),
        ("es", "1234,50"),
        ("ar", "1,234.50"),
        ("fa", "۱٬۲۳۴٫۵۰"),
        ("ru", "1\u{A0}234,50"),
        ("uk", "1\u{A0}234,50"),
        ("my", "၁,၂၃၄.၅၀"),
    ];
    for (lang, want) in expected {
        let mut args = FluentArgs::new();
        args.set("n", 1234.5);
        // A message that is a single placeable is not isolated (nothing to isolate from).
        assert_eq!(localizer(lang).format("fixed", Some(&args)), want, "{lang}");
    }
}

#[test]
fn spanish_groups_from_five_digits() {
    let mut args = FluentArgs::new();
    args.set("n", 12345);
    assert_eq!(localizer("es").format("plain", Some(&args)), "12.345");
    args.set("n", 1234);
    assert_eq!(localizer("es").format("plain", Some(&args)), "1234");
}

#[test]
fn arabic_large_numbers_print_their_real_value_after_the_plural_fix() {
    let loc = localizer("ar");
    let mut args = FluentArgs::new();
    args.set("count", 103);
    assert_eq!(
        loc.format("with-number", Some(&args)),
        "\u{2068}103\u{2069} other"
    );
    assert_eq!(category(&loc, 103.0), "few");
    let arab = localizer("ar").with_digits(harbour_i18n::DigitSet::Arab);
    assert_eq!(
        arab.format("with-number", Some(&args)),
        "\u{2068}١٠٣\u{2069} other"
    );
}
