//! Locale-aware number formatting: digit sets, grouping and decimal separators.
//!
//! Fluent's own `NUMBER()` only records options and prints Rust's `f64` form ("1234.5",
//! always Western digits, no grouping). Harbour plugs this formatter into every bundle so
//! `{ $count }` and `NUMBER($n, minimumFractionDigits: 1)` come out as the locale writes
//! numbers. Supported options: `minimumFractionDigits`, `maximumFractionDigits` (default 3,
//! as in ECMA-402), `minimumIntegerDigits`, `useGrouping: "false"` and `style: "percent"`.
//! Currency and significant-digit options are not implemented (Harbour shows no money).

use crate::locale::base_language;
use serde::Deserialize;

/// Which digits numbers are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigitSet {
    /// Western digits 0123456789.
    Latn,
    /// Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ (U+0660…), used in the Arab Mashriq.
    Arab,
    /// Extended Arabic-Indic digits ۰۱۲۳۴۵۶۷۸۹ (U+06F0…), used for Persian, Dari, Pashto, Urdu.
    #[serde(rename = "arabext")]
    ArabExt,
    /// Myanmar digits ၀၁၂၃၄၅၆၇၈၉ (U+1040…).
    Mymr,
}

impl DigitSet {
    /// The character for digit `d` (0–9) in this set.
    pub fn digit(self, d: u32) -> char {
        let zero = match self {
            DigitSet::Latn => '0',
            DigitSet::Arab => '\u{0660}',
            DigitSet::ArabExt => '\u{06F0}',
            DigitSet::Mymr => '\u{1040}',
        };
        char::from_u32(zero as u32 + d.min(9)).unwrap_or('?')
    }

    /// The CLDR numbering-system code: `latn`, `arab`, `arabext`, `mymr`.
    pub fn code(self) -> &'static str {
        match self {
            DigitSet::Latn => "latn",
            DigitSet::Arab => "arab",
            DigitSet::ArabExt => "arabext",
            DigitSet::Mymr => "mymr",
        }
    }

    /// Rewrite every ASCII digit in `text` with this set's digits.
    pub fn transliterate(self, text: &str) -> String {
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => self.digit(d),
                _ => c,
            })
            .collect()
    }
}

/// How a number is to be written; the subset of ECMA-402 options Harbour implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberOptions {
    /// Pad the fraction with zeros to at least this many digits.
    pub min_fraction_digits: usize,
    /// Round the fraction to at most this many digits.
    pub max_fraction_digits: usize,
    /// Pad the integer part with leading zeros to at least this many digits.
    pub min_integer_digits: usize,
    /// Insert the locale's group separator (1,234).
    pub use_grouping: bool,
    /// Multiply by 100 and add the locale's percent sign.
    pub percent: bool,
}

impl Default for NumberOptions {
    fn default() -> Self {
        NumberOptions {
            min_fraction_digits: 0,
            max_fraction_digits: 3,
            min_integer_digits: 1,
            use_grouping: true,
            percent: false,
        }
    }
}

/// Separators and signs of one locale for one digit set (CLDR data, by hand).
struct Symbols {
    decimal: &'static str,
    group: &'static str,
    minus: &'static str,
    percent: &'static str,
    /// CLDR minimumGroupingDigits: Spanish writes 1000 but 10.000.
    min_grouping: usize,
}

fn symbols(lang: &str, digits: DigitSet) -> Symbols {
    // Arabic-script digits bring their own separators whatever the language.
    match digits {
        DigitSet::Arab => {
            return Symbols {
                decimal: "\u{066B}",
                group: "\u{066C}",
                minus: "\u{061C}-",
                percent: "\u{066A}\u{061C}",
                min_grouping: 1,
            }
        }
        DigitSet::ArabExt => {
            return Symbols {
                decimal: "\u{066B}",
                group: "\u{066C}",
                // CLDR writes U+2212 MINUS SIGN, but the bundled fonts have no glyph for
                // it (tests/fonts.rs found this); the hyphen-minus reads the same.
                minus: "\u{200E}-",
                percent: "\u{066A}",
                min_grouping: 1,
            };
        }
        DigitSet::Latn | DigitSet::Mymr => {}
    }
    let (decimal, group, min_grouping) = match base_language(lang) {
        // French uses a narrow no-break space, Russian and Ukrainian a no-break space,
        // so a number never breaks across lines.
        "fr" => (",", "\u{202F}", 1),
        "es" => (",", ".", 2),
        "ru" | "uk" => (",", "\u{00A0}", 1),
        "de" | "tr" | "id" => (",", ".", 1),
        _ => (".", ",", 1),
    };
    let percent = if base_language(lang) == "fr" {
        "\u{202F}%"
    } else {
        "%"
    };
    Symbols {
        decimal,
        group,
        minus: "-",
        percent,
        min_grouping,
    }
}

/// Format `value` as `lang` writes numbers, with `digits`.
///
/// ```
/// use harbour_i18n::{format_number_with, DigitSet, NumberOptions};
/// let o = NumberOptions::default();
/// assert_eq!(format_number_with(1234.5, "en", DigitSet::Latn, o), "1,234.5");
/// assert_eq!(format_number_with(1234.5, "fa", DigitSet::ArabExt, o), "۱٬۲۳۴٫۵");
/// ```
pub fn format_number_with(value: f64, lang: &str, digits: DigitSet, opts: NumberOptions) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sym = symbols(lang, digits);
    let value = if opts.percent { value * 100.0 } else { value };
    let negative = value < 0.0;
    let magnitude = value.abs();
    let body = if magnitude.is_infinite() {
        "∞".to_string()
    } else {
        let max_fd = opts
            .max_fraction_digits
            .max(opts.min_fraction_digits)
            .min(20);
        let raw = format!("{magnitude:.max_fd$}");
        let (int_part, frac_part) = match raw.split_once('.') {
            Some((i, f)) => (i.to_string(), f.to_string()),
            None => (raw.clone(), String::new()),
        };
        let mut frac = frac_part;
        while frac.len() > opts.min_fraction_digits && frac.ends_with('0') {
            frac.pop();
        }
        let mut int = int_part;
        while int.len() < opts.min_integer_digits {
            int.insert(0, '0');
        }
        let int = if opts.use_grouping {
            group(&int, sym.group, sym.min_grouping)
        } else {
            int
        };
        let mut out = digits.transliterate(&int);
        if !frac.is_empty() {
            out.push_str(sym.decimal);
            out.push_str(&digits.transliterate(&frac));
        }
        out
    };
    // "-0" after rounding reads as a bug; show plain zero.
    let is_zero = !body.chars().any(|c| c.is_numeric() && !is_zero_digit(c));
    let mut out = String::new();
    if negative && !is_zero {
        out.push_str(sym.minus);
    }
    out.push_str(&body);
    if opts.percent {
        out.push_str(sym.percent);
    }
    out
}

fn is_zero_digit(c: char) -> bool {
    matches!(c, '0' | '\u{0660}' | '\u{06F0}' | '\u{1040}')
}

/// Insert `sep` every three digits from the right, when the number has at least
/// `3 + min_grouping` digits.
fn group(int: &str, sep: &str, min_grouping: usize) -> String {
    let n = int.len();
    if n < 3 + min_grouping {
        return int.to_string();
    }
    let mut out = String::with_capacity(n + n / 3 * sep.len());
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_only_long_numbers() {
        assert_eq!(group("123", ",", 1), "123");
        assert_eq!(group("1234", ",", 1), "1,234");
        assert_eq!(group("1234", ".", 2), "1234");
        assert_eq!(group("12345", ".", 2), "12.345");
        assert_eq!(group("1234567", ",", 1), "1,234,567");
    }

    #[test]
    fn negative_zero_is_zero() {
        let o = NumberOptions {
            max_fraction_digits: 0,
            ..Default::default()
        };
        assert_eq!(format_number_with(-0.2, "en", DigitSet::Latn, o), "0");
        assert_eq!(format_number_with(-2.0, "en", DigitSet::Latn, o), "-2");
    }
}
