//! Locale metadata: names, script, writing direction, digits and translation review status.
//!
//! Each app locale has a `locales/<lang>/meta.toml`; languages without one (a questionnaire
//! pack's locales, for instance) get the built-in defaults below, marked unreviewed.

use crate::error::I18nError;
use crate::number::DigitSet;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale, for the `dir` attribute of the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Myanmar, Ethiopic...).
    Ltr,
    /// Right to left (Arabic, Persian, Pashto, Hebrew...).
    Rtl,
}

impl Direction {
    /// The HTML `dir` attribute value: `"ltr"` or `"rtl"`.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How far a translation can be trusted. The language picker shows anything but
/// [`ReviewStatus::Source`] and [`ReviewStatus::Reviewed`] as "not yet reviewed by a native speaker".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// The language the strings are written in (English).
    Source,
    /// Checked by a native speaker with domain knowledge.
    Reviewed,
    /// Translated by a person, not yet checked by a second native speaker.
    Unreviewed,
    /// Drafted by a machine; must be reviewed before it is relied on in an interview.
    MachineDraft,
}

impl ReviewStatus {
    /// True when a native speaker has not checked this translation.
    pub fn needs_review(self) -> bool {
        matches!(self, ReviewStatus::Unreviewed | ReviewStatus::MachineDraft)
    }

    /// The stable code used in `meta.toml` and over IPC.
    pub fn code(self) -> &'static str {
        match self {
            ReviewStatus::Source => "source",
            ReviewStatus::Reviewed => "reviewed",
            ReviewStatus::Unreviewed => "unreviewed",
            ReviewStatus::MachineDraft => "machine-draft",
        }
    }
}

/// Everything the UI needs to offer and lay out a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 code, as the directory is named: `en`, `fa`, `my`.
    pub code: String,
    /// English name: "Persian (Farsi)", "Dari".
    pub name: String,
    /// Name in the language itself: "فارسی".
    pub native_name: String,
    /// ISO 15924 script code: `Latn`, `Arab`, `Cyrl`, `Mymr`, `Ethi`.
    pub script: String,
    /// Writing direction.
    pub direction: Direction,
    /// Default digits for numbers and dates in this locale.
    pub digits: DigitSet,
    /// Translation review status.
    pub review: ReviewStatus,
}

/// The on-disk form of `meta.toml`. Every field is optional so a file only needs to say
/// what differs from the built-in defaults; `review` is what it is really for.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    name: Option<String>,
    native_name: Option<String>,
    script: Option<String>,
    direction: Option<Direction>,
    digits: Option<DigitSet>,
    review: Option<ReviewStatus>,
    /// Free text for humans (who translated, who reviewed, when); not used by code.
    #[allow(dead_code)]
    notes: Option<String>,
}

impl LocaleInfo {
    /// Built-in metadata for `code`, used when a locale has no `meta.toml`.
    /// Unknown languages get their code as a name, Latin script, left to right.
    pub fn builtin(code: &str) -> LocaleInfo {
        let base = base_language(code);
        // A regional entry (`fa-AF`, Dari) wins over its base language's (`fa`).
        let full = code.replace('_', "-");
        let known = BUILTIN
            .iter()
            .find(|b| b.0.eq_ignore_ascii_case(&full))
            .or_else(|| BUILTIN.iter().find(|b| b.0 == base));
        let (name, native, script, direction, digits) = match known {
            Some(&(_, name, native, script, direction, digits)) => {
                (name, native, script, direction, digits)
            }
            None => (code, code, "Latn", Direction::Ltr, DigitSet::Latn),
        };
        LocaleInfo {
            code: code.to_string(),
            name: name.to_string(),
            native_name: native.to_string(),
            script: script.to_string(),
            direction,
            digits,
            review: if base == "en" {
                ReviewStatus::Source
            } else {
                ReviewStatus::Unreviewed
            },
        }
    }

    /// The locale for JavaScript's `Intl` and `@fluent/bundle` in the UI, with the digit
    /// choice made explicit (`ar-u-nu-latn`), so the UI writes numbers as the Rust side
    /// does: ICU's own default for `ar` is Arabic-Indic digits, Harbour's is Western.
    pub fn intl_locale(&self) -> String {
        format!(
            "{}-u-nu-{}",
            self.code.replace('_', "-"),
            self.digits.code()
        )
    }

    /// Built-in metadata for `code` overridden by the fields of a `meta.toml` text.
    pub fn from_meta_toml(code: &str, text: &str) -> Result<LocaleInfo, I18nError> {
        let file: MetaFile = toml::from_str(text).map_err(|e| I18nError::Meta {
            locale: code.to_string(),
            message: e.to_string(),
        })?;
        let mut info = LocaleInfo::builtin(code);
        if let Some(v) = file.name {
            info.name = v;
        }
        if let Some(v) = file.native_name {
            info.native_name = v;
        }
        if let Some(v) = file.script {
            info.script = v;
        }
        if let Some(v) = file.direction {
            info.direction = v;
        }
        if let Some(v) = file.digits {
            info.digits = v;
        }
        if let Some(v) = file.review {
            info.review = v;
        }
        Ok(info)
    }
}

/// The writing direction of a language, from the built-in table (`fa-IR` → `fa` → Rtl).
/// Unknown languages are left to right.
pub fn direction(lang: &str) -> Direction {
    LocaleInfo::builtin(lang).direction
}

/// Whether a language code is one Harbour knows (its built-in table: the app's languages and
/// the interview languages with script and direction data), by its full code or its base
/// language (`fa-IR` → `fa`). Used to check codes received from elsewhere (imports).
pub fn is_known_language(code: &str) -> bool {
    let base = base_language(code);
    BUILTIN
        .iter()
        .any(|b| b.0 == code || (b.0 == base && !base.is_empty()))
}

/// The language subtag of a locale code: `fa-AF` → `fa`, `pt_BR` → `pt`.
pub fn base_language(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

/// Parse a locale code as a BCP 47 language identifier (underscores accepted).
pub fn parse_langid(code: &str) -> Result<LanguageIdentifier, I18nError> {
    code.replace('_', "-")
        .parse::<LanguageIdentifier>()
        .map_err(|_| I18nError::LocaleCode(code.to_string()))
}

/// The fallback chain for a requested locale: requested → its base language → English,
/// without duplicates. `fa-AF` → `[fa-AF, fa, en]`; `en` → `[en]`.
pub fn fallback_chain(requested: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::with_capacity(3);
    for code in [requested, base_language(requested), "en"] {
        if !code.is_empty() && !chain.iter().any(|c| c == code) {
            chain.push(code.to_string());
        }
    }
    chain
}

/// (code, English name, native name, script, direction, default digits). A code is a base
/// language (`fa`) or, where a region's variety is its own interview language, language and
/// region (`fa-AF`); [`LocaleInfo::builtin`] tries the full code first, then the base language.
///
/// Digits: Persian readers in Iran and Afghanistan expect Extended Arabic-Indic digits
/// (۰۱۲…), and Burmese print uses Myanmar digits (၀၁၂…), so those are the defaults. For
/// Arabic the default is Western digits: they are standard across the Maghreb, and many
/// Arabic-speaking staff and interpreters prefer them; `digits = "arab"` in `meta.toml`
/// or [`crate::Localizer::with_digits`] switches to Arabic-Indic (٠١٢…).
const BUILTIN: &[(&str, &str, &str, &str, Direction, DigitSet)] = &[
    (
        "en",
        "English",
        "English",
        "Latn",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "fr",
        "French",
        "Français",
        "Latn",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "es",
        "Spanish",
        "Español",
        "Latn",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "ar",
        "Arabic",
        "العربية",
        "Arab",
        Direction::Rtl,
        DigitSet::Latn,
    ),
    (
        "fa",
        "Persian (Farsi)",
        "فارسی",
        "Arab",
        Direction::Rtl,
        DigitSet::ArabExt,
    ),
    // Dari: Persian as written in Afghanistan. `fa-AF` rather than `prs` (ISO 639-3): CLDR/ICU,
    // and so the webview's Intl, have locale data for `fa-AF` (its name «دری», Afghan month
    // names, Extended Arabic-Indic digits by default) and none for `prs`; and the fallback
    // chain `fa-AF → fa → en` keeps a missing Dari text in Persian rather than English. Digits
    // as for Persian: Afghan print uses the same ۰۱۲… as Iran.
    (
        "fa-AF",
        "Dari",
        "دری",
        "Arab",
        Direction::Rtl,
        DigitSet::ArabExt,
    ),
    (
        "ps",
        "Pashto",
        "پښتو",
        "Arab",
        Direction::Rtl,
        DigitSet::ArabExt,
    ),
    ("ur", "Urdu", "اردو", "Arab", Direction::Rtl, DigitSet::Latn),
    (
        "ckb",
        "Central Kurdish",
        "کوردیی ناوەندی",
        "Arab",
        Direction::Rtl,
        DigitSet::Arab,
    ),
    (
        "he",
        "Hebrew",
        "עברית",
        "Hebr",
        Direction::Rtl,
        DigitSet::Latn,
    ),
    (
        "ru",
        "Russian",
        "Русский",
        "Cyrl",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "uk",
        "Ukrainian",
        "Українська",
        "Cyrl",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "my",
        "Burmese",
        "မြန်မာ",
        "Mymr",
        Direction::Ltr,
        DigitSet::Mymr,
    ),
    (
        "ti",
        "Tigrinya",
        "ትግርኛ",
        "Ethi",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "am",
        "Amharic",
        "አማርኛ",
        "Ethi",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "so",
        "Somali",
        "Soomaali",
        "Latn",
        Direction::Ltr,
        DigitSet::Latn,
    ),
    (
        "tr",
        "Turkish",
        "Türkçe",
        "Latn",
        Direction::Ltr,
        DigitSet::Latn,
    ),
];
