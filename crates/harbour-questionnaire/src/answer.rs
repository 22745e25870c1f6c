//! Answer values: what a person said, in canonical form.
//!
//! These types derive serde because their JSON form *is* the storage format: the vault stores
//! steps (which contain responses) as opaque JSON. Changing a variant name is a data migration.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A date that may be known only to the year or to the month (common for dates of birth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// Calendar year (e.g. 1990).
    pub year: i32,
    /// Month 1..=12, when known.
    pub month: Option<u32>,
    /// Day of month, when known (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let month = match parts.next() {
            None => None,
            Some(m) if m.len() == 2 => Some(m.parse::<u32>().ok()?),
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => None,
            Some(d) if d.len() == 2 => Some(d.parse::<u32>().ok()?),
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = PartialDate { year, month, day };
        date.is_valid().then_some(date)
    }

    /// True when the month and day (if given) exist in that year.
    pub fn is_valid(&self) -> bool {
        // Four-digit years only: anything else is a typo, and it keeps date arithmetic far
        // from overflow whatever a stored step contains.
        if !(1..=9999).contains(&self.year) {
            return false;
        }
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => chrono::NaiveDate::from_ymd_opt(self.year, m, d).is_some(),
            (None, Some(_)) => false,
        }
    }

    /// The latest real date this partial date may stand for (31 December for a bare year).
    ///
    /// Used for ages: the latest possible birth date gives the youngest possible age, so a
    /// person who may be a child is treated as one (the presumption of minority).
    pub fn latest(&self) -> Option<chrono::NaiveDate> {
        let month = self.month.unwrap_or(12);
        match self.day {
            Some(d) => chrono::NaiveDate::from_ymd_opt(self.year, month, d),
            None => {
                // Last day of the month: the day before the first of the next month.
                let (ny, nm) = if month == 12 {
                    (self.year.checked_add(1)?, 1)
                } else {
                    (self.year, month + 1)
                };
                chrono::NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
            }
        }
    }

    /// Age in whole years on `on`, taking the youngest age this partial date allows.
    /// `None` when the date lies after `on` (a date of birth in the future).
    pub fn age_on(&self, on: chrono::NaiveDate) -> Option<i64> {
        use chrono::Datelike;
        let born = self.latest()?;
        if born > on {
            return None;
        }
        let mut age = i64::from(on.year() - born.year());
        if (on.month(), on.day()) < (born.month(), born.day()) {
            age -= 1;
        }
        Some(age)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A given answer, already checked against its question (see [`crate::Question::check_answer`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum AnswerValue {
    /// Yes to a yes/no question.
    Yes,
    /// No to a yes/no question.
    No,
    /// The id of the chosen option of a single-choice question.
    Choice(String),
    /// The ids of the chosen options of a multiple-choice question (possibly none).
    Choices(Vec<String>),
    /// A number within the question's bounds.
    Number(f64),
    /// A (possibly partial) date.
    Date(PartialDate),
    /// ISO 3166-1 alpha-2 code (upper case), or `stateless` / `unknown`.
    Country(String),
    /// A language code (BCP 47 / ISO 639).
    Language(String),
    /// Free text. Always sensitive: never logged, never in evidence.
    Text(String),
}

impl AnswerValue {
    /// Canonical string form, as carried by evidence (`yes`, an option id, `1990-05`, `SY`...).
    pub fn canonical(&self) -> String {
        match self {
            AnswerValue::Yes => "yes".into(),
            AnswerValue::No => "no".into(),
            AnswerValue::Choice(c) => c.clone(),
            AnswerValue::Choices(cs) => cs.join(","),
            AnswerValue::Number(n) => format_number(*n),
            AnswerValue::Date(d) => d.to_string(),
            AnswerValue::Country(c) | AnswerValue::Language(c) | AnswerValue::Text(c) => c.clone(),
        }
    }
}

/// Formats a number without a trailing `.0` for whole numbers (`17`, not `17.0`).
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// What happened to a question: an answer, or one of the answers that are not a value.
///
/// `DontKnow` and `Declined` are answers in their own right and are never read as "no":
/// in evidence they become `Unknown`, in conditions they make comparisons unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Response {
    /// A real answer.
    Answer(AnswerValue),
    /// The person does not know.
    DontKnow,
    /// The person chose not to answer.
    Declined,
    /// The interviewer moved on without asking (counts as never asked).
    Skipped,
}

impl Response {
    /// Canonical string form: the answer's canonical form, or `dont_know` / `declined` / `skipped`.
    pub fn canonical(&self) -> String {
        match self {
            Response::Answer(a) => a.canonical(),
            Response::DontKnow => "dont_know".into(),
            Response::Declined => "declined".into(),
            Response::Skipped => "skipped".into(),
        }
    }
}

/// True for an ISO 3166-1 alpha-2 shaped code (two upper-case ASCII letters) or the two
/// special values `stateless` and `unknown`.
///
/// Only the shape is checked: the list of assigned codes changes and is not ours to freeze.
pub fn is_country_code(code: &str) -> bool {
    code == "stateless"
        || code == "unknown"
        || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
}

/// True for a plausible BCP 47 language tag: `ar`, `en`, `fa-AF`, `zh-Hant`...
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn partial_dates_parse_and_print_back() {
        for text in ["1990", "1990-05", "1990-05-31", "2000-02-29"] {
            assert_eq!(
                PartialDate::parse(text).map(|d| d.to_string()),
                Some(text.to_string())
            );
        }
        for bad in [
            "90",
            "1990-13",
            "1990-02-30",
            "1990-5",
            "1990-05-01-01",
            "abcd",
            "2001-02-29",
            "0000",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn age_of_a_partial_date_is_the_youngest_possible() {
        let today = day(2026, 6, 15);
        // Born some time in 2008: could be 17 or 18; the youngest age is taken.
        assert_eq!(
            PartialDate::parse("2008").and_then(|d| d.age_on(today)),
            Some(17)
        );
        assert_eq!(
            PartialDate::parse("2008-06").and_then(|d| d.age_on(today)),
            Some(17)
        );
        assert_eq!(
            PartialDate::parse("2008-05").and_then(|d| d.age_on(today)),
            Some(18)
        );
        assert_eq!(
            PartialDate::parse("2008-06-15").and_then(|d| d.age_on(today)),
            Some(18)
        );
        assert_eq!(
            PartialDate::parse("2030").and_then(|d| d.age_on(today)),
            None
        );
    }

    #[test]
    fn country_and_language_codes() {
        assert!(
            is_country_code("SY") && is_country_code("stateless") && is_country_code("unknown")
        );
        assert!(!is_country_code("sy") && !is_country_code("SYR"));
        assert!(is_language_code("ar") && is_language_code("fa-AF") && is_language_code("prs"));
        assert!(!is_language_code("Arabic") && !is_language_code(""));
    }

    #[test]
    fn numbers_print_without_trailing_zero() {
        assert_eq!(format_number(17.0), "17");
        assert_eq!(format_number(1.5), "1.5");
    }
}
