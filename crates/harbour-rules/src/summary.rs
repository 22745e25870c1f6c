//! Short plain-language labels for indicator codes, for the summary a caseworker reads first
//! and for the one-line reason of each referral ("identity papers kept by someone else; a debt
//! they must work off"). Each code maps to the message id of its label; codes that say the same
//! thing in different lists (`ilo2012.debt_bondage`, `ilo2009.adult.labour.coercion_destination
//! .debt_bondage`) share one label, so a referral's line names it once.
//!
//! The texts are in `locales/summary/<lang>.ftl` ([`SUMMARY_LOCALES`]). Screening wording
//! only: the labels describe what the answers show, never a status.

use crate::catalogue::{indicator, Element, IloElement};
use crate::labels::element_label;
use crate::{ElementLabel, Level, ReferralKind};

/// The summary texts (indicator labels, summary headings, short levels), one Fluent source
/// per language, English first. Every language but English is an unreviewed draft.
pub const SUMMARY_LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/summary/en.ftl")),
    ("ar", include_str!("../locales/summary/ar.ftl")),
    ("es", include_str!("../locales/summary/es.ftl")),
    ("fa", include_str!("../locales/summary/fa.ftl")),
    ("fr", include_str!("../locales/summary/fr.ftl")),
    ("my", include_str!("../locales/summary/my.ftl")),
    ("ru", include_str!("../locales/summary/ru.ftl")),
    ("uk", include_str!("../locales/summary/uk.ftl")),
];

/// The labels in the order they are shown when a line must choose: danger first, then
/// violence and control, work, deception, vulnerability, protection, risk, profile, and last
/// the legal elements of the Palermo Protocol (which the concrete labels above already show).
/// `(message id, the codes it labels)`; an ILO/EC 2009 code is matched by its last segment
/// (`*.debt_bondage`), whatever its list and element.
const LABELS: &[(&str, &[&str])] = &[
    ("indicator-danger-now", &["danger.immediate"]),
    (
        "indicator-afraid-of-someone-here",
        &["danger.controller_nearby"],
    ),
    ("indicator-no-safe-place", &["danger.no_safe_place"]),
    (
        "indicator-violence",
        &[
            "ilo2012.physical_sexual_violence",
            "*.violence_on_victim",
            "risk.survivor_violence_torture",
        ],
    ),
    (
        "indicator-sexual-acts-forced",
        &["*.forced_tasks_or_clients"],
    ),
    (
        "indicator-abducted-or-sold",
        &[
            "palermo.means.abduction",
            "*.abduction_forced_marriage_selling",
        ],
    ),
    (
        "indicator-documents-kept",
        &[
            "ilo2012.retention_of_documents",
            "*.confiscation_of_documents",
        ],
    ),
    (
        "indicator-debt",
        &["ilo2012.debt_bondage", "*.debt_bondage"],
    ),
    (
        "indicator-not-free-to-leave",
        &[
            "ilo2012.restriction_of_movement",
            "*.isolation_confinement_surveillance",
        ],
    ),
    (
        "indicator-threats",
        &["ilo2012.intimidation_threats", "*.threats_of_violence"],
    ),
    ("indicator-family-threatened", &["*.violence_on_family"]),
    ("indicator-isolated", &["ilo2012.isolation"]),
    ("indicator-strong-influence", &["*.under_strong_influence"]),
    (
        "indicator-threat-authorities",
        &["*.threat_of_denunciation"],
    ),
    (
        "indicator-threat-tell-family",
        &["*.threat_to_inform_family"],
    ),
    ("indicator-threat-worse", &["*.threat_of_worse_conditions"]),
    (
        "indicator-forced-offences",
        &["*.forced_illicit_activities"],
    ),
    ("indicator-forced-to-lie", &["*.forced_to_lie"]),
    (
        "indicator-forced-against-others",
        &["*.forced_to_act_against_peers"],
    ),
    (
        "indicator-little-or-no-pay",
        &[
            "ilo2012.withholding_of_wages",
            "*.withholding_of_wages",
            "*.withholding_of_money",
            "*.low_or_no_salary",
        ],
    ),
    ("indicator-pay-manipulated", &["*.wage_manipulation"]),
    (
        "indicator-long-hours",
        &["ilo2012.excessive_overtime", "*.excessive_hours"],
    ),
    (
        "indicator-harsh-conditions",
        &[
            "ilo2012.abusive_conditions",
            "*.bad_living_conditions",
            "*.bad_working_conditions",
        ],
    ),
    ("indicator-dangerous-work", &["*.hazardous_work"]),
    (
        "indicator-no-protection-at-work",
        &["*.no_social_protection", "*.no_respect_of_labour_law"],
    ),
    ("indicator-no-school", &["*.no_access_to_education"]),
    ("indicator-deceived-job", &["*.deception_nature_of_job"]),
    ("indicator-deceived-pay", &["*.deception_wages"]),
    (
        "indicator-deceived-conditions",
        &["*.deception_conditions", "*.deception_contract"],
    ),
    ("indicator-deceived-housing", &["*.deception_housing"]),
    (
        "indicator-deceived-papers",
        &["*.deception_legal_documents"],
    ),
    (
        "indicator-deceived",
        &[
            "ilo2012.deception",
            "palermo.means.deception",
            "palermo.means.fraud",
            "*.deception_travel",
            "*.deception_family_reunification",
            "*.deception_marriage_adoption",
            "*.deception_education",
            "*.false_info_successful_migration",
            "*.false_info_law_authorities",
        ],
    ),
    (
        "indicator-dependent",
        &[
            "*.dependency_on_exploiters",
            "*.control_of_exploiters",
            "*.emotional_dependency",
        ],
    ),
    (
        "indicator-situation-used",
        &[
            "ilo2012.abuse_of_vulnerability",
            "palermo.means.abuse_of_vulnerability",
            "*.difficult_family_situation",
            "*.illegal_status",
            "*.lack_of_education",
            "*.lack_of_information",
            "*.economic_reasons",
            "*.family_situation",
            "*.personal_situation",
            "*.relationship_with_authorities",
            "*.difficulties_in_past",
            "*.difficulty_organising_travel",
            "*.cultural_religious_beliefs",
            "*.general_context",
            "*.difficulty_unknown_area",
            "*.personal_characteristics",
        ],
    ),
    ("indicator-ground-race", &["refugee.ground.race"]),
    ("indicator-ground-religion", &["refugee.ground.religion"]),
    (
        "indicator-ground-nationality",
        &["refugee.ground.nationality"],
    ),
    (
        "indicator-ground-social-group",
        &["refugee.ground.social_group"],
    ),
    (
        "indicator-ground-political-opinion",
        &["refugee.ground.political_opinion"],
    ),
    ("indicator-serious-harm", &["refugee.persecution"]),
    ("indicator-torture-risk", &["non_refoulement.torture_risk"]),
    (
        "indicator-harm-on-return",
        &["non_refoulement.serious_harm_risk"],
    ),
    (
        "indicator-retrafficking-risk",
        &["refugee.retrafficking_risk"],
    ),
    (
        "indicator-no-state-protection",
        &["refugee.no_state_protection"],
    ),
    ("indicator-afraid-to-return", &["refugee.fear"]),
    (
        "indicator-armed-conflict",
        &["complementary.armed_conflict"],
    ),
    (
        "indicator-widespread-violence",
        &["complementary.generalised_violence"],
    ),
    ("indicator-no-nationality", &["stateless.no_nationality"]),
    ("indicator-nationality-in-doubt", &["stateless.at_risk"]),
    ("indicator-outside-country", &["refugee.outside_country"]),
    ("indicator-asylum-claimed", &["profile.asylum_claimed"]),
    ("indicator-distress", &["risk.psychosocial_distress"]),
    ("indicator-health-needs", &["risk.medical_needs"]),
    (
        "indicator-without-carers",
        &[
            "profile.unaccompanied",
            "risk.unaccompanied_or_separated_child",
        ],
    ),
    ("indicator-separated", &["profile.separated"]),
    ("indicator-child-at-risk", &["risk.children_at_risk"]),
    ("indicator-woman-at-risk", &["risk.women_and_girls_at_risk"]),
    (
        "indicator-needs-protection",
        &["risk.legal_physical_protection"],
    ),
    ("indicator-family-separation", &["risk.family_separation"]),
    ("indicator-under-18", &["profile.child"]),
    ("indicator-woman-or-girl", &["profile.female"]),
    ("indicator-irregular-entry", &["profile.irregular_entry"]),
    ("indicator-no-papers-to-stay", &["profile.irregular_stay"]),
    (
        "indicator-crossing-agreed",
        &["smuggling.consented_crossing"],
    ),
    ("indicator-crossing-paid", &["smuggling.paid_facilitator"]),
    ("indicator-helpers-gone", &["smuggling.ended_on_arrival"]),
    ("indicator-forced-work", &["palermo.purpose.forced_labour"]),
    (
        "indicator-sexual-exploitation",
        &["palermo.purpose.sexual_exploitation"],
    ),
    ("indicator-slavery", &["palermo.purpose.slavery"]),
    ("indicator-servitude", &["palermo.purpose.servitude"]),
    (
        "indicator-organ-removal",
        &["palermo.purpose.organ_removal"],
    ),
    (
        "indicator-other-exploitation",
        &["palermo.purpose.other_exploitation"],
    ),
    (
        "indicator-threats-or-force",
        &["palermo.means.threat_or_use_of_force"],
    ),
    ("indicator-coercion", &["palermo.means.coercion"]),
    (
        "indicator-abuse-of-power",
        &["palermo.means.abuse_of_power"],
    ),
    (
        "indicator-payment-to-controller",
        &["palermo.means.payments_to_controller"],
    ),
    ("indicator-recruited", &["palermo.act.recruitment"]),
    ("indicator-moved", &["palermo.act.transportation"]),
    ("indicator-handed-over", &["palermo.act.transfer"]),
    ("indicator-kept-by-others", &["palermo.act.harbouring"]),
    ("indicator-received", &["palermo.act.receipt"]),
    (
        "indicator-moved-to-be-exploited",
        &["palermo.act.linked_to_exploitation"],
    ),
];

/// Codes labelled above that the catalogue is gaining in parallel work on the rules (issue
/// 15): their labels are ready before the codes arrive. The tests hold every other pattern
/// to labelling a code that exists.
#[cfg(test)]
const FORTHCOMING: &[&str] = &[
    "palermo.act.linked_to_exploitation",
    "profile.asylum_claimed",
];

/// Said for a catalogue code with no label of its own and no named element.
const OTHER: &str = "indicator-other";

fn matches(pattern: &str, code: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(slug) => {
            code.starts_with("ilo2009.") && code.rsplit('.').next().is_some_and(|s| s == slug)
        }
        None => pattern == code,
    }
}

/// The rank of a code's own label in [`LABELS`] and its message id.
fn own(code: &str) -> Option<(usize, &'static str)> {
    LABELS
        .iter()
        .enumerate()
        .find(|(_, (_, codes))| codes.iter().any(|p| matches(p, code)))
        .map(|(i, (id, _))| (i, *id))
}

/// The message id of the short label of an indicator code
/// (`ilo2012.retention_of_documents` → `indicator-documents-kept`); `None` for a code with no
/// label of its own.
pub fn indicator_label(code: &str) -> Option<&'static str> {
    own(code).map(|(_, id)| id)
}

/// The message id a summary shows for `code`: its own label, else the name of the legal
/// element it evidences (for an ILO/EC 2009 code, the element without its list), else
/// "another indicator". `None` for a code the catalogue does not know.
pub fn summary_label(code: &str) -> Option<&'static str> {
    indicator_label(code).or_else(|| element_message(code))
}

fn element_message(code: &str) -> Option<&'static str> {
    let ind = indicator(code)?;
    match ind.element {
        Element::Ilo2009(_, e) => Some(IloElement::message_id(e)),
        other => match element_label(&other.id()) {
            Some(ElementLabel::Plain(m)) => Some(m),
            _ => Some(OTHER),
        },
    }
}

/// Code prefixes that speak most directly to a referral, shown before the rest.
fn preferred(kind: ReferralKind) -> &'static [&'static str] {
    match kind {
        ReferralKind::AsylumProcedure => &["refugee.ground.", "refugee.persecution"],
        ReferralKind::AntiTrafficking => &[],
        ReferralKind::ChildProtection => &["profile.", "risk.children", "risk.unaccompanied"],
        ReferralKind::BestInterestsAssessment => &[
            "profile.unaccompanied",
            "profile.separated",
            "risk.unaccompanied",
            "risk.children",
        ],
        ReferralKind::Medical => &["risk.medical_needs", "risk.survivor", "ilo2012.physical"],
        ReferralKind::Psychosocial => &["risk.psychosocial", "risk.survivor", "ilo2012.physical"],
        ReferralKind::LegalAid => &[
            "stateless.",
            "profile.irregular",
            "risk.legal_physical_protection",
            "non_refoulement.",
            "refugee.ground.",
        ],
        ReferralKind::Shelter => &[
            "danger.",
            "profile.unaccompanied",
            "profile.separated",
            "risk.unaccompanied",
        ],
    }
}

/// The labels (message ids) of the indicators behind a referral, each once, the most telling
/// for that referral first: its own kind of indicator, then the order of the label table
/// (danger, violence and control before the legal elements). Unknown codes are left out.
pub fn referral_highlights<S: AsRef<str>>(kind: ReferralKind, codes: &[S]) -> Vec<&'static str> {
    let prefs = preferred(kind);
    let mut keyed: Vec<((usize, usize), &'static str)> = codes
        .iter()
        .filter_map(|c| {
            let c = c.as_ref();
            let first = prefs
                .iter()
                .position(|p| c.starts_with(p))
                .unwrap_or(prefs.len());
            let (rank, id) = match own(c) {
                Some(found) => found,
                None => (LABELS.len(), element_message(c)?),
            };
            Some(((first, rank), id))
        })
        .collect();
    keyed.sort();
    let mut out: Vec<&'static str> = Vec::new();
    for (_, id) in keyed {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

impl Level {
    /// The message id of the level as a summary says it (`summary-level-strong`).
    pub fn summary_message_id(self) -> &'static str {
        match self {
            Level::None => "summary-level-none",
            Level::InsufficientInformation => "summary-level-insufficient-information",
            Level::Possible => "summary-level-possible",
            Level::Strong => "summary-level-strong",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn defined_in(src: &str, id: &str) -> bool {
        src.lines().any(|l| l.starts_with(&format!("{id} =")))
    }

    #[test]
    fn every_label_has_a_text_in_every_language() {
        for (lang, src) in SUMMARY_LOCALES {
            for (id, _) in LABELS {
                assert!(defined_in(src, id), "{lang}: {id}");
            }
            assert!(defined_in(src, OTHER), "{lang}: {OTHER}");
            if *lang != "en" {
                assert!(src.starts_with("# Review status:"), "{lang}");
            }
        }
    }

    #[test]
    fn every_catalogue_code_has_a_summary_label() {
        for ind in catalogue() {
            assert!(summary_label(ind.code).is_some(), "{}", ind.code);
        }
        assert_eq!(summary_label("nothing.known"), None);
    }

    #[test]
    fn every_pattern_labels_some_catalogue_code() {
        for (id, patterns) in LABELS {
            for p in patterns.iter().filter(|p| !FORTHCOMING.contains(p)) {
                assert!(
                    catalogue().iter().any(|i| matches(p, i.code)),
                    "{id}: {p} labels no code"
                );
            }
        }
    }

    #[test]
    fn the_same_fact_in_two_lists_is_one_label() {
        assert_eq!(
            indicator_label("ilo2012.retention_of_documents"),
            Some("indicator-documents-kept")
        );
        let h = referral_highlights(
            ReferralKind::AntiTrafficking,
            &[
                "palermo.purpose.forced_labour",
                "ilo2012.debt_bondage",
                "ilo2009.adult.labour.coercion_destination.debt_bondage",
                "ilo2012.retention_of_documents",
            ],
        );
        assert_eq!(
            h,
            vec![
                "indicator-documents-kept",
                "indicator-debt",
                "indicator-forced-work"
            ]
        );
    }

    #[test]
    fn a_referral_shows_its_own_kind_of_indicator_first() {
        let codes = [
            "ilo2012.debt_bondage",
            "ilo2012.physical_sexual_violence",
            "risk.psychosocial_distress",
        ];
        assert_eq!(
            referral_highlights(ReferralKind::Psychosocial, &codes)[0],
            "indicator-distress"
        );
        assert_eq!(
            referral_highlights(ReferralKind::AntiTrafficking, &codes)[0],
            "indicator-violence"
        );
    }
}
