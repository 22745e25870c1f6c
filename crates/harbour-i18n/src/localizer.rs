//! Formatting messages for one requested language, with a fallback chain.

use crate::catalog::Catalog;
use crate::date::{format_date_with, CalendarDate};
use crate::formatter::formatter_for;
use crate::locale::{base_language, fallback_chain, parse_langid, Direction, LocaleInfo};
use crate::number::{format_number_with, DigitSet, NumberOptions};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashSet;
use std::fmt;
use std::sync::{Arc, Mutex};

/// Shown when a message exists in no locale of the chain, not even English. A raw id
/// would mean nothing to an interviewee and might be read out as if it were a question.
pub const MISSING_TEXT: &str = "(?)";

/// Why a text could not be shown as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingKind {
    /// The requested locale lacks the message; a fallback locale supplied it.
    Message,
    /// No locale of the chain has the message (or the attribute): [`MISSING_TEXT`] shown.
    Everywhere,
    /// The requested language has no resources at all; the whole UI falls back.
    Locale,
    /// The message formatted with errors (e.g. an argument not passed).
    FormatError,
}

/// What the missing-text hook is told: only the id and the locale, never arguments,
/// because arguments can carry an interviewee's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingText<'a> {
    /// The message id (with `.attribute` when an attribute was asked for).
    pub id: &'a str,
    /// The locale that lacked it.
    pub locale: &'a str,
    /// What went wrong.
    pub kind: MissingKind,
}

/// Called once per (locale, id, kind) for each missing or broken text.
pub type MissingHook = Arc<dyn Fn(&MissingText<'_>) + Send + Sync>;

/// The default hook: a `log` warning.
pub fn log_missing(m: &MissingText<'_>) {
    log::warn!("i18n: {:?} '{}' in locale '{}'", m.kind, m.id, m.locale);
}

struct Link {
    code: String,
    bundle: FluentBundle<Arc<FluentResource>>,
}

/// Formats messages in one requested language, falling back to its base language and
/// then to English. `Send + Sync`, so the desktop shell can keep it in shared state.
pub struct Localizer {
    requested: String,
    chain: Vec<Link>,
    info: LocaleInfo,
    digits: DigitSet,
    hook: MissingHook,
    reported: Mutex<HashSet<(String, String, u8)>>,
    /// No resources for the requested language at all: reported on first use, so the
    /// hook set with [`Localizer::with_missing_hook`] sees it.
    locale_missing: bool,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = self.chain.iter().map(|l| l.code.as_str()).collect();
        f.debug_struct("Localizer")
            .field("requested", &self.requested)
            .field("chain", &codes)
            .field("digits", &self.digits)
            .finish()
    }
}

impl Localizer {
    /// A localizer for `requested` over the locales of `catalog`. The chain is
    /// requested → base language → English, keeping those the catalog has.
    pub fn new(catalog: &Catalog, requested: &str) -> Localizer {
        let mut chain = Vec::new();
        for code in fallback_chain(requested) {
            let Some(entry) = catalog.get(&code) else {
                continue;
            };
            let Ok(langid) = parse_langid(&code) else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Keep Unicode isolation marks (FSI/PDI) around every inserted value: a Latin
            // name or a number placed inside Arabic or Persian text (or the reverse) would
            // otherwise be reordered by the bidi algorithm together with the neighbouring
            // punctuation, and an interviewee could read "5 years" where "years: 5" was meant.
            bundle.set_use_isolating(true);
            // NUMBER() is a builtin that must be registered; it cannot fail on a new bundle.
            let _ = bundle.add_builtins();
            bundle.set_formatter(Some(formatter_for(entry.info.digits)));
            for res in &entry.resources {
                // Duplicate ids across files: the first definition wins; the check command
                // reports duplicates, so they are not reported again on every start.
                let _ = bundle.add_resource(Arc::clone(res));
            }
            chain.push(Link { code, bundle });
        }
        let info = match chain.first() {
            Some(first) => catalog
                .get(&first.code)
                .map_or_else(|| LocaleInfo::builtin(&first.code), |l| l.info.clone()),
            None => LocaleInfo::builtin("en"),
        };
        let locale_missing = chain
            .first()
            .is_none_or(|l| l.code != requested && base_language(requested) != l.code);
        Localizer {
            requested: requested.to_string(),
            digits: info.digits,
            info,
            chain,
            hook: Arc::new(log_missing),
            reported: Mutex::new(HashSet::new()),
            locale_missing,
        }
    }

    /// Shorthand for `Catalog::from_sources(sources).localizer(requested)`, for texts
    /// embedded in the binary: `Localizer::from_sources(&[("en", EN_FTL), ("ar", AR_FTL)], "ar")`.
    pub fn from_sources(sources: &[(&str, &str)], requested: &str) -> Localizer {
        Catalog::from_sources(sources).localizer(requested)
    }

    /// Replace the missing-text hook (default: [`log_missing`]).
    pub fn with_missing_hook(mut self, hook: MissingHook) -> Localizer {
        self.hook = hook;
        self
    }

    /// Use `digits` for numbers and dates in the displayed locale (a user preference, e.g.
    /// Arabic-Indic digits for Arabic). Fallback locales keep their own digits.
    pub fn with_digits(mut self, digits: DigitSet) -> Localizer {
        self.digits = digits;
        let displayed = self.info.code.clone();
        for link in &mut self.chain {
            if crate::locale::base_language(&link.code) == crate::locale::base_language(&displayed)
            {
                link.bundle.set_formatter(Some(formatter_for(digits)));
            }
        }
        self
    }

    /// The language that was asked for.
    pub fn requested(&self) -> &str {
        &self.requested
    }

    /// Metadata of the locale actually displayed (the first of the chain that exists):
    /// the UI takes `dir` and `lang` from here.
    pub fn locale(&self) -> &LocaleInfo {
        &self.info
    }

    /// Writing direction of the displayed locale.
    pub fn direction(&self) -> Direction {
        self.info.direction
    }

    /// The locale codes tried, in order.
    pub fn chain(&self) -> Vec<&str> {
        self.chain.iter().map(|l| l.code.as_str()).collect()
    }

    /// Whether the displayed locale itself (not a fallback) has message `id`.
    pub fn has_own(&self, id: &str) -> bool {
        self.chain.first().is_some_and(|l| l.bundle.has_message(id))
    }

    /// Whether any locale of the chain has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|l| l.bundle.has_message(id))
    }

    /// Format message `id`. Never returns the raw id: a message missing from the displayed
    /// locale comes from the next in the chain (reported once to the hook); missing
    /// everywhere gives [`MISSING_TEXT`].
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_inner(id, None, args)
    }

    /// Format attribute `attr` of message `id` (e.g. `.placeholder`), with the same fallback.
    pub fn format_attr(&self, id: &str, attr: &str, args: Option<&FluentArgs>) -> String {
        self.format_inner(id, Some(attr), args)
    }

    /// A number as the displayed locale writes it (grouping, decimal mark, digits).
    pub fn format_number(&self, value: f64) -> String {
        format_number_with(
            value,
            self.format_locale(),
            self.digits,
            NumberOptions::default(),
        )
    }

    /// A number with explicit options.
    pub fn format_number_opts(&self, value: f64, opts: NumberOptions) -> String {
        format_number_with(value, self.format_locale(), self.digits, opts)
    }

    /// A full or partial date as the displayed locale writes it.
    pub fn format_date(&self, date: CalendarDate) -> String {
        format_date_with(date, self.format_locale(), self.digits)
    }

    /// The locale numbers and dates follow: the requested one when the displayed texts are
    /// its base language (`fa-AF` shown with `fa` texts still writes Afghan month names),
    /// otherwise the displayed one.
    fn format_locale(&self) -> &str {
        if base_language(&self.requested) == base_language(&self.info.code) {
            &self.requested
        } else {
            &self.info.code
        }
    }

    fn format_inner(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        if self.locale_missing {
            self.report(&self.requested, &self.requested, MissingKind::Locale);
        }
        let shown_id = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        for (i, link) in self.chain.iter().enumerate() {
            let Some(msg) = link.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            if i > 0 {
                if let Some(first) = self.chain.first() {
                    self.report(&shown_id, &first.code, MissingKind::Message);
                }
            }
            let fixed = match args {
                Some(a) if crate::locale::base_language(&link.code) == "ar" => {
                    crate::plural_fix::fix_arabic_args(a)
                }
                _ => None,
            };
            let args = fixed.as_ref().or(args);
            let mut errors = Vec::new();
            let text = link
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                self.report(&shown_id, &link.code, MissingKind::FormatError);
            }
            return text;
        }
        let locale = self.chain.first().map_or("en", |l| l.code.as_str());
        self.report(&shown_id, locale, MissingKind::Everywhere);
        MISSING_TEXT.to_string()
    }

    fn report(&self, id: &str, locale: &str, kind: MissingKind) {
        let key = (id.to_string(), locale.to_string(), kind as u8);
        // A poisoned lock only means another thread panicked while reporting; the set is
        // still usable.
        let first_time = self
            .reported
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key);
        if first_time {
            (self.hook)(&MissingText { id, locale, kind });
        }
    }
}
