//! Numbers and dates outside messages, per shipped locale, and the digit-set choice.

use harbour_i18n::{date_arg, CalendarDate, Catalog, DigitSet, FluentArgs, NumberOptions};

fn loc(lang: &str) -> harbour_i18n::Localizer {
    Catalog::from_sources(&[(lang, "when = { $date }\n"), ("en", "when = { $date }\n")])
        .localizer(lang)
}

#[test]
fn numbers_follow_each_locale() {
    let expected = [
        ("en", "1,234,567.891"),
        ("fr", "1\u{202F}234\u{202F}567,891"),
        ("es", "1.234.567,891"),
        ("ar", "1,234,567.891"),
        ("fa", "۱٬۲۳۴٬۵۶۷٫۸۹۱"),
        ("ru", "1\u{A0}234\u{A0}567,891"),
        ("uk", "1\u{A0}234\u{A0}567,891"),
        ("my", "၁,၂၃၄,၅၆၇.၈၉၁"),
    ];
    for (lang, want) in expected {
        assert_eq!(loc(lang).format_number(1_234_567.891_2), want, "{lang}");
    }
}

#[test]
fn arabic_defaults_to_western_digits_and_can_switch_to_arabic_indic() {
    assert_eq!(loc("ar").format_number(1234.5), "1,234.5");
    let arab = loc("ar").with_digits(DigitSet::Arab);
    assert_eq!(arab.format_number(1234.5), "١٬٢٣٤٫٥");
    assert_eq!(
        arab.format_date(CalendarDate::ymd(2024, 3, 5)),
        "٥ مارس ٢٠٢٤"
    );
}

#[test]
fn persian_can_switch_to_western_digits() {
    let fa = loc("fa").with_digits(DigitSet::Latn);
    assert_eq!(fa.format_number(1234.5), "1,234.5");
}

#[test]
fn options_round_pad_and_percent() {
    let l = loc("en");
    let two = NumberOptions {
        min_fraction_digits: 2,
        max_fraction_digits: 2,
        ..Default::default()
    };
    assert_eq!(l.format_number_opts(2.0 / 3.0, two), "0.67");
    let pct = NumberOptions {
        percent: true,
        max_fraction_digits: 0,
        ..Default::default()
    };
    assert_eq!(l.format_number_opts(0.256, pct), "26%");
    let plain = NumberOptions {
        use_grouping: false,
        ..Default::default()
    };
    assert_eq!(l.format_number_opts(2024.0, plain), "2024");
    assert_eq!(l.format_number(-5.0), "-5");
}

#[test]
fn full_dates_per_locale() {
    let d = CalendarDate::ymd(2024, 3, 5);
    let expected = [
        ("en", "5 March 2024"),
        ("fr", "5 mars 2024"),
        ("es", "5 de marzo de 2024"),
        ("ar", "5 مارس 2024"),
        ("fa", "۵ مارس ۲۰۲۴"),
        ("ru", "5 марта 2024 г."),
        ("uk", "5 березня 2024 р."),
        ("my", "၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်"),
    ];
    for (lang, want) in expected {
        assert_eq!(loc(lang).format_date(d), want, "{lang}");
    }
}

#[test]
fn year_month_dates_per_locale() {
    let d = CalendarDate::year_month(2023, 11);
    let expected = [
        ("en", "November 2023"),
        ("fr", "novembre 2023"),
        ("es", "noviembre de 2023"),
        ("ar", "نوفمبر 2023"),
        ("fa", "نوامبر ۲۰۲۳"),
        ("ru", "ноябрь 2023 г."),
        ("uk", "листопад 2023 р."),
        ("my", "၂၀၂၃ ခုနှစ် နိုဝင်ဘာလ"),
    ];
    for (lang, want) in expected {
        assert_eq!(loc(lang).format_date(d), want, "{lang}");
    }
}

#[test]
fn year_only_dates_per_locale() {
    let d = CalendarDate::year(2019);
    let expected = [
        ("en", "2019"),
        ("fr", "2019"),
        ("es", "2019"),
        ("ar", "2019"),
        ("fa", "۲۰۱۹"),
        ("ru", "2019 г."),
        ("uk", "2019 р."),
        ("my", "၂၀၁၉ ခုနှစ်"),
    ];
    for (lang, want) in expected {
        assert_eq!(loc(lang).format_date(d), want, "{lang}");
    }
}

#[test]
fn french_first_of_month_is_an_ordinal() {
    assert_eq!(
        loc("fr").format_date(CalendarDate::ymd(2024, 5, 1)),
        "1er mai 2024"
    );
}

#[test]
fn out_of_range_parts_degrade_to_what_is_valid() {
    assert_eq!(
        loc("en").format_date(CalendarDate {
            year: 2024,
            month: Some(13),
            day: Some(1)
        }),
        "2024"
    );
    assert_eq!(
        loc("en").format_date(CalendarDate {
            year: 2024,
            month: Some(2),
            day: Some(0)
        }),
        "February 2024"
    );
}

#[test]
fn dates_inside_messages_use_the_locale() {
    let mut args = FluentArgs::new();
    args.set("date", date_arg(CalendarDate::year_month(2024, 1)));
    assert_eq!(loc("ru").format("when", Some(&args)), "январь 2024 г.");
    assert_eq!(loc("fa").format("when", Some(&args)), "ژانویه ۲۰۲۴");
}

#[test]
fn unknown_languages_get_iso_dates() {
    assert_eq!(
        harbour_i18n::format_date_with(CalendarDate::ymd(2024, 3, 5), "xx", DigitSet::Latn),
        "2024-03-05"
    );
}

#[test]
fn the_ui_gets_an_intl_locale_with_the_same_digits() {
    assert_eq!(
        harbour_i18n::LocaleInfo::builtin("ar").intl_locale(),
        "ar-u-nu-latn"
    );
    assert_eq!(
        harbour_i18n::LocaleInfo::builtin("fa").intl_locale(),
        "fa-u-nu-arabext"
    );
    assert_eq!(
        harbour_i18n::LocaleInfo::builtin("my").intl_locale(),
        "my-u-nu-mymr"
    );
}

#[test]
fn afghan_persian_uses_dari_month_names_even_with_persian_texts() {
    let loc = Catalog::from_sources(&[("fa", "when = { $date }\n"), ("en", "when = { $date }\n")])
        .localizer("fa-AF");
    assert_eq!(loc.locale().code, "fa");
    assert_eq!(
        loc.format_date(CalendarDate::year_month(2024, 3)),
        "مارچ ۲۰۲۴"
    );
    assert_eq!(loc.format_number(1234.5), "۱٬۲۳۴٫۵");
    assert_eq!(
        loc.format_date(CalendarDate::ymd(2024, 1, 2)),
        "۲ جنوری ۲۰۲۴"
    );
}
