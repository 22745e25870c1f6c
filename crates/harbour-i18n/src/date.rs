//! Locale-aware dates, full or partial (year only, year and month), Gregorian calendar.
//!
//! People on the move often know only the year, or the month and year, of an event; the
//! questionnaire records partial dates and they must read naturally. Patterns follow CLDR's
//! long date forms (by hand, for the shipped languages). Other languages get ISO 8601
//! (`2024-03-05`, `2024-03`, `2024`), which is unambiguous everywhere.
//!
//! Persian uses the Gregorian calendar here with the month names used in Iran (ژانویه…):
//! interview records must line up with documents and other agencies' records; a Solar
//! Hijri rendering would be a separate option.

use crate::locale::base_language;
use crate::number::DigitSet;

/// A calendar date that may be partial: a year, a year and month, or a full date.
/// The i18n crate's own type, so it depends on no other Harbour crate; callers convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CalendarDate {
    /// Gregorian year, e.g. 2024.
    pub year: i32,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day 1–31, if known (ignored without a month).
    pub day: Option<u8>,
}

impl CalendarDate {
    /// A year only.
    pub fn year(year: i32) -> Self {
        CalendarDate {
            year,
            month: None,
            day: None,
        }
    }
    /// A year and a month (1–12).
    pub fn year_month(year: i32, month: u8) -> Self {
        CalendarDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        CalendarDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

/// Which parts of a date are known, after checking ranges.
enum Known {
    Year,
    YearMonth(usize),
    Full(usize, u8),
}

fn known(date: &CalendarDate) -> Known {
    match (date.month, date.day) {
        (Some(m @ 1..=12), Some(d @ 1..=31)) => Known::Full(usize::from(m - 1), d),
        (Some(m @ 1..=12), _) => Known::YearMonth(usize::from(m - 1)),
        _ => Known::Year,
    }
}

/// Format `date` as `lang` writes long dates, with `digits`.
///
/// ```
/// use harbour_i18n::{format_date_with, CalendarDate, DigitSet};
/// assert_eq!(format_date_with(CalendarDate::ymd(2024, 3, 5), "en", DigitSet::Latn), "5 March 2024");
/// assert_eq!(format_date_with(CalendarDate::year_month(2024, 3), "ru", DigitSet::Latn), "март 2024 г.");
/// ```
pub fn format_date_with(date: CalendarDate, lang: &str, digits: DigitSet) -> String {
    let y = date.year.to_string();
    let out = match base_language(lang) {
        "en" => western(&date, &y, EN, "{d} {M} {y}", "{M} {y}", "{y}"),
        "fr" => {
            // French writes the first of the month as an ordinal: "1er mars 2024".
            if let Known::Full(m, 1) = known(&date) {
                format!("1er {} {y}", FR[m])
            } else {
                western(&date, &y, FR, "{d} {M} {y}", "{M} {y}", "{y}")
            }
        }
        "es" => western(&date, &y, ES, "{d} de {M} de {y}", "{M} de {y}", "{y}"),
        "ar" => western(&date, &y, AR, "{d} {M} {y}", "{M} {y}", "{y}"),
        // Afghanistan (Dari) names the Gregorian months differently from Iran.
        "fa" if is_afghan(lang) => western(&date, &y, FA_AF, "{d} {M} {y}", "{M} {y}", "{y}"),
        "fa" => western(&date, &y, FA, "{d} {M} {y}", "{M} {y}", "{y}"),
        // Slavic day-month dates take the genitive month; a month alone the nominative.
        "ru" => match known(&date) {
            Known::Full(m, d) => format!("{d} {} {y} г.", RU_GEN[m]),
            Known::YearMonth(m) => format!("{} {y} г.", RU_NOM[m]),
            Known::Year => format!("{y} г."),
        },
        "uk" => match known(&date) {
            Known::Full(m, d) => format!("{d} {} {y} р.", UK_GEN[m]),
            Known::YearMonth(m) => format!("{} {y} р.", UK_NOM[m]),
            Known::Year => format!("{y} р."),
        },
        // Burmese: "<year> ခုနှစ် <month>လ <day> ရက်" (year, month, day order).
        "my" => match known(&date) {
            Known::Full(m, d) => format!("{y} ခုနှစ် {}လ {d} ရက်", MY[m]),
            Known::YearMonth(m) => format!("{y} ခုနှစ် {}လ", MY[m]),
            Known::Year => format!("{y} ခုနှစ်"),
        },
        _ => match known(&date) {
            Known::Full(m, d) => format!("{y}-{:02}-{d:02}", m + 1),
            Known::YearMonth(m) => format!("{y}-{:02}", m + 1),
            Known::Year => y.clone(),
        },
    };
    digits.transliterate(&out)
}

/// `fa-AF`, `fa_AF`, `prs` style codes: Persian as written in Afghanistan.
fn is_afghan(lang: &str) -> bool {
    lang.split(['-', '_'])
        .skip(1)
        .any(|part| part.eq_ignore_ascii_case("AF"))
}

/// Fill one of three patterns with `{d}`, `{M}` (month name) and `{y}`.
fn western(
    date: &CalendarDate,
    y: &str,
    months: &[&str; 12],
    full: &str,
    ym: &str,
    year: &str,
) -> String {
    match known(date) {
        Known::Full(m, d) => full
            .replace("{d}", &d.to_string())
            .replace("{M}", months[m])
            .replace("{y}", y),
        Known::YearMonth(m) => ym.replace("{M}", months[m]).replace("{y}", y),
        Known::Year => year.replace("{y}", y),
    }
}

const EN: &[&str; 12] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR: &[&str; 12] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const ES: &[&str; 12] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
/// The Egyptian/Gulf month names CLDR uses for `ar`; Levantine speakers also know them.
const AR: &[&str; 12] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const FA: &[&str; 12] = &[
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];
/// Dari (CLDR `fa-AF`) names of the Gregorian months.
const FA_AF: &[&str; 12] = &[
    "جنوری",
    "فبروری",
    "مارچ",
    "اپریل",
    "می",
    "جون",
    "جولای",
    "اگست",
    "سپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];
const RU_GEN: &[&str; 12] = &[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const RU_NOM: &[&str; 12] = &[
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const UK_GEN: &[&str; 12] = &[
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];
const UK_NOM: &[&str; 12] = &[
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
];
const MY: &[&str; 12] = &[
    "ဇန်နဝါရီ",
    "ဖေဖော်ဝါရီ",
    "မတ်",
    "ဧပြီ",
    "မေ",
    "ဇွန်",
    "ဇူလိုင်",
    "ဩဂုတ်",
    "စက်တင်ဘာ",
    "အောက်တိုဘာ",
    "နိုဝင်ဘာ",
    "ဒီဇင်ဘာ",
];
