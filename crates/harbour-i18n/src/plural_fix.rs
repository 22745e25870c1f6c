//! A workaround for a bug in the plural rules fluent-bundle uses.
//!
//! intl_pluralrules 7.0.2 (CLDR 37) generates Arabic's rules without the modulo:
//! it tests `i in 3..=10` for "few" and `i in 11..=99` for "many" where CLDR says
//! `n % 100 = 3..10` and `n % 100 = 11..99`. So 103 comes out "other" instead of "few" and
//! 111 "other" instead of "many" (tests/plurals.rs pins the right answers).
//!
//! The rules cannot be replaced from outside fluent-bundle, so for Arabic bundles the
//! localizer rewrites each whole-number argument of 100 or more whose last two digits are
//! 3–99 to those two digits, which the buggy rule classifies correctly, and stashes the
//! real value in the number's (otherwise unused) `currency` option, from which Harbour's
//! formatter prints it. Exact-value variants like `[103]` would not match; Harbour's
//! messages use categories only.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};

/// Marks a `currency` option that carries the real value of a rewritten number.
const MARKER: &str = "harbour-plural-fix:";

/// Rewrite `args` for an Arabic bundle; `None` when nothing needs rewriting.
pub(crate) fn fix_arabic_args(args: &FluentArgs) -> Option<FluentArgs<'static>> {
    let needs = args
        .iter()
        .any(|(_, v)| matches!(v, FluentValue::Number(n) if remap(n.value).is_some()));
    if !needs {
        return None;
    }
    let mut out = FluentArgs::new();
    for (key, value) in args.iter() {
        let fixed = match value {
            FluentValue::Number(n) => match remap(n.value) {
                Some(selector) => {
                    let mut m: FluentNumber = n.clone();
                    m.options.currency = Some(format!("{MARKER}{}", n.value));
                    m.value = selector;
                    FluentValue::Number(m)
                }
                None => value.into_owned(),
            },
            other => other.into_owned(),
        };
        out.set(key.to_string(), fixed);
    }
    Some(out)
}

/// The value to select a plural with, when it differs from the real one.
fn remap(value: f64) -> Option<f64> {
    let abs = value.abs();
    if value.fract() != 0.0 || !(100.0..9.0e15).contains(&abs) {
        return None;
    }
    // Whole and below 2^53: the cast is exact.
    let last_two = (abs as u64) % 100;
    (3..=99)
        .contains(&last_two)
        .then(|| (last_two as f64).copysign(value))
}

/// The value a number should be printed with (undoing [`fix_arabic_args`]).
pub(crate) fn display_value(n: &FluentNumber) -> f64 {
    n.options
        .currency
        .as_deref()
        .and_then(|c| c.strip_prefix(MARKER))
        .and_then(|v| v.parse().ok())
        .unwrap_or(n.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remaps_only_what_the_buggy_rule_gets_wrong() {
        assert_eq!(remap(103.0), Some(3.0));
        assert_eq!(remap(111.0), Some(11.0));
        assert_eq!(remap(1099.0), Some(99.0));
        assert_eq!(remap(100.0), None);
        assert_eq!(remap(101.0), None);
        assert_eq!(remap(102.0), None);
        assert_eq!(remap(99.0), None);
        assert_eq!(remap(103.5), None);
    }
}
