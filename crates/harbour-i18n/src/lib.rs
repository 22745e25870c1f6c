//! Fluent localisation for Harbour.
//!
//! - [`Catalog`]: every loaded locale (parsed `.ftl` resources plus `meta.toml` metadata),
//!   from a directory (`locales/<lang>/*.ftl`, or a pack's `locales/<lang>.ftl`) or from
//!   strings embedded in the binary.
//! - [`Localizer`]: one requested language with its fallback chain (requested → base
//!   language → English). `format` never shows a raw message id; missing texts are
//!   reported once each to a hook that sees only the id and the locale.
//! - Numbers and dates per locale ([`format_number_with`], [`format_date_with`]), also
//!   inside messages: `{ $count }` and `{ $date }` (see [`date_arg`]) use them.
//! - [`syntax`]: reading Fluent source (syntax errors with place, the shape of each entry),
//!   shared by the questionnaire validator and the translation checker.
//!
//! This crate depends on no other Harbour crate, and knows nothing of the repository's
//! layout: the checker behind `harbour i18n check` is the crate `harbour-i18n-check`.
//!
//! # Decisions worth knowing
//!
//! - **Isolation marks stay on.** Fluent wraps every inserted value in FSI … PDI
//!   (U+2068, U+2069). Without them the Unicode bidi algorithm reorders a Latin name, a
//!   number or a path inside Arabic or Persian text (and the reverse) together with the
//!   punctuation around it, so "Wait 30 seconds." can read as a different number or
//!   sentence. The marks are invisible; tests pin them.
//! - **Digits.** Western digits for Arabic by default (many Arabic-speaking staff prefer
//!   them; `meta.toml` or [`Localizer::with_digits`] can switch to Arabic-Indic), Persian
//!   digits for Persian, Myanmar digits for Burmese. [`LocaleInfo::intl_locale`] gives the UI
//!   the same choice as a BCP 47 `-u-nu-` extension.
//! - **Plural rules** come from fluent-bundle (intl_pluralrules, CLDR 37). Its Arabic rules
//!   lose the `n % 100` of "few" and "many"; the localizer works around it (see
//!   `plural_fix.rs`) and `tests/plurals.rs` pins every shipped locale's categories.
//! - **Never a raw id.** A message missing in the displayed locale comes from the next one
//!   in the chain; missing everywhere shows [`MISSING_TEXT`]. Each miss reaches the hook
//!   once, with the id and locale only: arguments may hold an interviewee's answers.
#![deny(missing_docs)]

mod catalog;
mod date;
mod error;
mod formatter;
mod locale;
mod localizer;
mod number;
mod plural_fix;
pub mod syntax;

pub use catalog::{pack_ftl_files, Catalog, LoadProblem};
pub use date::{format_date_with, CalendarDate};
pub use error::I18nError;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use formatter::{date_arg, FluentDate};
pub use locale::{
    base_language, direction, fallback_chain, parse_langid, Direction, LocaleInfo, ReviewStatus,
};
pub use localizer::{log_missing, Localizer, MissingHook, MissingKind, MissingText, MISSING_TEXT};
pub use number::{format_number_with, DigitSet, NumberOptions};
// Checking language codes received from elsewhere (imports).
pub use locale::is_known_language;
