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
//! - [`check`]: completeness and syntax checks behind `harbour i18n check`.
//!
//! This crate depends on no other Harbour crate.
#![deny(missing_docs)]

mod catalog;
pub mod check;
mod date;
mod error;
mod formatter;
mod locale;
mod localizer;
mod number;
mod plural_fix;
pub mod syntax;

pub use catalog::{Catalog, LoadProblem};
pub use date::{format_date_with, CalendarDate};
pub use error::I18nError;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use formatter::{date_arg, FluentDate};
pub use locale::{base_language, direction, fallback_chain, Direction, LocaleInfo, ReviewStatus};
pub use localizer::{log_missing, Localizer, MissingHook, MissingKind, MissingText, MISSING_TEXT};
pub use number::{format_number_with, DigitSet, NumberOptions};
