//! Does a translation's plural selector cover every plural form its language has?
//! A Russian `{ $n -> [one] … *[other] … }` compiles and runs, but 2–4 and 5–20 then share
//! one form, which reads as broken Russian; this finds such selectors.

use harbour_i18n::parse_langid;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeSet;

const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The cardinal plural categories whole numbers take in `lang` (CLDR, as fluent-bundle
/// uses them), or `None` for a language the rules do not know.
pub fn integer_categories(lang: &str) -> Option<BTreeSet<&'static str>> {
    let langid = parse_langid(lang).ok()?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).ok()?;
    let mut out = BTreeSet::new();
    // Whole numbers are what Harbour counts; 0–1000 and a million exercise every CLDR rule.
    for n in (0u64..=1000).chain([1_000_000]) {
        if let Ok(cat) = rules.select(n) {
            out.insert(name(cat));
        }
    }
    Some(out)
}

/// The categories of `lang` a selector with `keys` has no variant for, when the selector
/// is a plural one (its keys are plural category names or numbers); empty otherwise.
pub fn missing_variants(lang: &str, keys: &BTreeSet<String>) -> Vec<&'static str> {
    let plural_keys = keys.iter().all(|k| k == "#" || NAMES.contains(&k.as_str()));
    let has_category = keys.iter().any(|k| k != "#" && k != "other");
    if !plural_keys || !has_category {
        return Vec::new();
    }
    let Some(categories) = integer_categories(lang) else {
        return Vec::new();
    };
    categories
        .into_iter()
        .filter(|c| !keys.contains(*c))
        .collect()
}

fn name(cat: PluralCategory) -> &'static str {
    match cat {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(k: &[&str]) -> BTreeSet<String> {
        k.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn russian_one_other_lacks_few_and_many() {
        assert_eq!(
            missing_variants("ru", &keys(&["one", "other"])),
            ["few", "many"]
        );
        assert!(missing_variants("ru", &keys(&["one", "few", "many", "other"])).is_empty());
    }

    #[test]
    fn english_and_burmese_forms() {
        assert!(missing_variants("en", &keys(&["one", "other"])).is_empty());
        assert_eq!(integer_categories("my"), Some(BTreeSet::from(["other"])));
        assert_eq!(
            integer_categories("ar"),
            Some(BTreeSet::from([
                "zero", "one", "two", "few", "many", "other"
            ]))
        );
    }

    #[test]
    fn non_plural_selectors_are_left_alone() {
        assert!(missing_variants("ru", &keys(&["female", "male", "other"])).is_empty());
        assert!(missing_variants("ru", &keys(&["#", "other"])).is_empty());
    }
}
