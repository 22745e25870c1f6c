//! harbour-rules: the indicator catalogue and the legal tests, from evidence to an outcome.
//!
//! Pure: no IO, no clock, no knowledge of questionnaires, files, vault or UI. A questionnaire
//! only says which answer evidences which indicator code; everything legal lives here, so any
//! questionnaire gains the same tests. The outcome is screening, never determination:
//! "indicators present, refer for assessment".
#![deny(missing_docs)]

pub mod assessment;
mod catalogue;
mod error;
mod evidence;
mod labels;
mod outcome;
mod rules;
mod summary;

pub use assessment::{
    Assessment, AssessmentError, Inputs, ObservedIndicator, ProfileFacts, QuestionnaireRef,
    SingleObservation,
};
pub use labels::{element_label, ElementLabel};

pub use catalogue::{
    catalogue, indicator, Element, Ground, IloElement, IloList, Indicator, Provenance,
    RiskCategory, Strength, ILO_THRESHOLD_PROVENANCE,
};
pub use error::RulesError;
pub use evidence::{AnswerRef, Evidence, Observation};
pub use outcome::{
    ElementFinding, ElementStatus, Flag, Flags, Level, Message, Outcome, Pathway, Pathways, Reason,
    Referral, ReferralKind, StrengthCounts,
};
pub use rules::assess;
pub use rules::element_present as ilo_element_present;
pub use summary::{indicator_label, referral_highlights, summary_label, SUMMARY_LOCALES};

/// English texts (Fluent) for every message id an [`Outcome`] can carry, plus the labels a
/// report needs (levels, elements, flags, referrals). Embedded, not read: the crate does no IO.
pub const LOCALE_EN: &str = include_str!("../locales/en.ftl");

/// Every language of the rules' texts, `(code, Fluent source)`, English first. The other
/// languages are unreviewed drafts until a native-speaking protection professional has
/// checked them (each file says its review status); a message missing from one falls back
/// to English.
pub const LOCALES: &[(&str, &str)] = &[
    ("en", LOCALE_EN),
    ("ar", include_str!("../locales/ar.ftl")),
    ("es", include_str!("../locales/es.ftl")),
    ("fa", include_str!("../locales/fa.ftl")),
    ("fr", include_str!("../locales/fr.ftl")),
    ("my", include_str!("../locales/my.ftl")),
    ("ru", include_str!("../locales/ru.ftl")),
    ("uk", include_str!("../locales/uk.ftl")),
];

/// The version of the rule set. Bump it whenever a change to the catalogue or the rules could
/// change an outcome, so stored outcomes say which rules produced them.
pub const RULES_VERSION: &str = "2026.11-6";
