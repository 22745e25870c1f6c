//! Palermo Protocol (UN Trafficking in Persons Protocol, 2000), Article 3: act, means, purpose.

use super::{Element, Indicator};

const fn ind(code: &'static str, element: Element, citation: &'static str) -> Indicator {
    Indicator {
        code,
        element,
        strength: None,
        citation,
        note: None,
        provenance: None,
    }
}

const ART3A: &str = "Palermo Protocol Art. 3(a)";

/// Act, means and purpose, as Art. 3(a) lists them.
pub(super) const INDICATORS: &[Indicator] = &[
    ind("palermo.act.recruitment", Element::PalermoAct, ART3A),
    ind("palermo.act.transportation", Element::PalermoAct, ART3A),
    ind("palermo.act.transfer", Element::PalermoAct, ART3A),
    ind("palermo.act.harbouring", Element::PalermoAct, ART3A),
    ind("palermo.act.receipt", Element::PalermoAct, ART3A),
    // The act done "for the purpose of exploitation": the person who recruited, moved, handed
    // over, harboured or received the person is the one who exploited them, or brought them to
    // whoever did. For a child no means is needed, but the act must still be done for the
    // purpose of exploitation (Art. 3(c)); travel with one's family is not such an act by itself.
    ind(
        "palermo.act.linked_to_exploitation",
        Element::PalermoAct,
        "Palermo Protocol Art. 3(a) and 3(c) (an act \"for the purpose of exploitation\")",
    ),
    ind(
        "palermo.means.threat_or_use_of_force",
        Element::PalermoMeans,
        ART3A,
    ),
    ind("palermo.means.coercion", Element::PalermoMeans, ART3A),
    ind("palermo.means.abduction", Element::PalermoMeans, ART3A),
    ind("palermo.means.fraud", Element::PalermoMeans, ART3A),
    ind("palermo.means.deception", Element::PalermoMeans, ART3A),
    ind("palermo.means.abuse_of_power", Element::PalermoMeans, ART3A),
    ind(
        "palermo.means.abuse_of_vulnerability",
        Element::PalermoMeans,
        ART3A,
    ),
    ind(
        "palermo.means.payments_to_controller",
        Element::PalermoMeans,
        ART3A,
    ),
    ind(
        "palermo.purpose.sexual_exploitation",
        Element::PalermoPurpose,
        ART3A,
    ),
    ind(
        "palermo.purpose.forced_labour",
        Element::PalermoPurpose,
        ART3A,
    ),
    ind("palermo.purpose.slavery", Element::PalermoPurpose, ART3A),
    ind("palermo.purpose.servitude", Element::PalermoPurpose, ART3A),
    ind(
        "palermo.purpose.organ_removal",
        Element::PalermoPurpose,
        ART3A,
    ),
    // "At a minimum": Art. 3(a) leaves the list of exploitation open (e.g. forced criminality,
    // forced begging, forced marriage), so one code covers the rest.
    ind(
        "palermo.purpose.other_exploitation",
        Element::PalermoPurpose,
        "Palermo Protocol Art. 3(a) (\"at a minimum\": the list of exploitation is open)",
    ),
];
