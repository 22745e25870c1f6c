//! The hook that makes Fluent write numbers and dates the way each locale does.
//!
//! `FluentBundle::set_formatter` takes a plain `fn` pointer, not a closure, so the digit
//! set cannot be captured: there is one function per digit set (a const generic), and the
//! language comes from the bundle's memoizer, which constructs [`LangTag`] with it.

use crate::date::{format_date_with, CalendarDate};
use crate::number::{format_number_with, DigitSet, NumberOptions};
use fluent_bundle::types::{AnyEq, FluentNumber, FluentNumberStyle, FluentType};
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

/// The signature `FluentBundle::set_formatter` expects for a concurrent bundle.
pub(crate) type Formatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// The formatter for a digit set.
pub(crate) fn formatter_for(digits: DigitSet) -> Formatter {
    match digits {
        DigitSet::Latn => format_value::<0>,
        DigitSet::Arab => format_value::<1>,
        DigitSet::ArabExt => format_value::<2>,
        DigitSet::Mymr => format_value::<3>,
    }
}

fn digit_set(code: u8) -> DigitSet {
    match code {
        1 => DigitSet::Arab,
        2 => DigitSet::ArabExt,
        3 => DigitSet::Mymr,
        _ => DigitSet::Latn,
    }
}

fn format_value<const D: u8>(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let digits = digit_set(D);
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<LangTag, _, _>((), |tag| {
                format_number_with(
                    crate::plural_fix::display_value(n),
                    &tag.0,
                    digits,
                    number_options(n),
                )
            })
            .ok(),
        FluentValue::Custom(custom) => {
            let date = custom.as_any().downcast_ref::<FluentDate>()?;
            intls
                .with_try_get::<LangTag, _, _>((), |tag| format_date_with(date.0, &tag.0, digits))
                .ok()
        }
        _ => None,
    }
}

/// Fluent's number options mapped onto Harbour's subset.
fn number_options(n: &FluentNumber) -> NumberOptions {
    let o = &n.options;
    let defaults = NumberOptions::default();
    let min_fd = o.minimum_fraction_digits.unwrap_or(0);
    NumberOptions {
        min_fraction_digits: min_fd,
        max_fraction_digits: o
            .maximum_fraction_digits
            .unwrap_or(defaults.max_fraction_digits.max(min_fd)),
        min_integer_digits: o.minimum_integer_digits.unwrap_or(1),
        use_grouping: o.use_grouping,
        percent: o.style == FluentNumberStyle::Percent,
    }
}

/// The bundle's language as a string, memoized once per bundle.
struct LangTag(String);

impl Memoizable for LangTag {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, ()> {
        Ok(LangTag(lang.to_string()))
    }
}

/// A date passed to a Fluent message as an argument: `{ $when }` prints it as the
/// bundle's locale writes dates. Build one with [`crate::date_arg`].
#[derive(Debug, Clone, PartialEq)]
pub struct FluentDate(pub CalendarDate);

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    // Only reached when a bundle has no Harbour formatter; use the locale's default digits.
    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        let text = intls
            .with_try_get::<LangTag, _, _>((), |tag| {
                format_date_with(self.0, &tag.0, crate::LocaleInfo::builtin(&tag.0).digits)
            })
            .unwrap_or_else(|()| self.0.year.to_string());
        text.into()
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let text = intls
            .with_try_get::<LangTag, _, _>((), |tag| {
                format_date_with(self.0, &tag.0, crate::LocaleInfo::builtin(&tag.0).digits)
            })
            .unwrap_or_else(|()| self.0.year.to_string());
        text.into()
    }
}

/// Wrap a date as a Fluent argument value.
pub fn date_arg(date: CalendarDate) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(FluentDate(date)))
}
