//! ILO Indicators of Forced Labour (ILO Special Action Programme to Combat Forced Labour, 2012):
//! eleven indicators. The ILO does not grade them; it says one indicator may suffice in some
//! cases and several together in others, so they carry no strength here.

use super::{Element, Indicator};

const fn ind(code: &'static str, citation: &'static str) -> Indicator {
    Indicator {
        code,
        element: Element::ForcedLabour,
        strength: None,
        citation,
        note: None,
        provenance: None,
    }
}

/// The eleven indicators, in the ILO's order.
pub(super) const INDICATORS: &[Indicator] = &[
    ind(
        "ilo2012.abuse_of_vulnerability",
        "ILO Indicators of Forced Labour (2012), 1: abuse of vulnerability",
    ),
    ind(
        "ilo2012.deception",
        "ILO Indicators of Forced Labour (2012), 2: deception",
    ),
    ind(
        "ilo2012.restriction_of_movement",
        "ILO Indicators of Forced Labour (2012), 3: restriction of movement",
    ),
    ind(
        "ilo2012.isolation",
        "ILO Indicators of Forced Labour (2012), 4: isolation",
    ),
    ind(
        "ilo2012.physical_sexual_violence",
        "ILO Indicators of Forced Labour (2012), 5: physical and sexual violence",
    ),
    ind(
        "ilo2012.intimidation_threats",
        "ILO Indicators of Forced Labour (2012), 6: intimidation and threats",
    ),
    ind(
        "ilo2012.retention_of_documents",
        "ILO Indicators of Forced Labour (2012), 7: retention of identity documents",
    ),
    ind(
        "ilo2012.withholding_of_wages",
        "ILO Indicators of Forced Labour (2012), 8: withholding of wages",
    ),
    ind(
        "ilo2012.debt_bondage",
        "ILO Indicators of Forced Labour (2012), 9: debt bondage",
    ),
    ind(
        "ilo2012.abusive_conditions",
        "ILO Indicators of Forced Labour (2012), 10: abusive working and living conditions",
    ),
    ind(
        "ilo2012.excessive_overtime",
        "ILO Indicators of Forced Labour (2012), 11: excessive overtime",
    ),
];

/// Whether an ILO 2012 indicator describes the exploitation itself (and so evidences the
/// Palermo purpose), as opposed to only the means used to obtain or keep the person.
/// Deception and abuse of vulnerability are means; the others describe the situation of work
/// exacted under menace of a penalty.
pub(crate) fn evidences_purpose(code: &str) -> bool {
    !matches!(code, "ilo2012.deception" | "ilo2012.abuse_of_vulnerability")
}

/// Whether an ILO 2012 indicator describes a means in the Palermo sense (force, coercion,
/// deception, abuse of vulnerability). Abusive conditions, excessive overtime and withheld wages
/// describe the exploitation, not how it was imposed.
pub(crate) fn evidences_means(code: &str) -> bool {
    !matches!(
        code,
        "ilo2012.abusive_conditions"
            | "ilo2012.excessive_overtime"
            | "ilo2012.withholding_of_wages"
    )
}
