//! Smuggling of migrants (UN Smuggling Protocol, 2000, Art. 3(a)): procuring, for a benefit,
//! the irregular entry of a person into a State. Consented, ends on arrival, always crosses a
//! border: shown as its own flag, never as evidence against trafficking.

use super::{Element, Indicator};

const fn ind(code: &'static str, citation: &'static str) -> Indicator {
    Indicator {
        code,
        element: Element::Smuggling,
        strength: None,
        citation,
        note: None,
        provenance: None,
    }
}

/// Smuggling indicators.
pub(super) const INDICATORS: &[Indicator] = &[
    ind(
        "smuggling.consented_crossing",
        "UN Smuggling of Migrants Protocol (2000) Art. 3(a): irregular entry procured with the person's agreement",
    ),
    ind(
        "smuggling.paid_facilitator",
        "UN Smuggling of Migrants Protocol (2000) Art. 3(a): \"financial or other material benefit\"",
    ),
    // Present: the relationship with the smuggler ended on arrival (the smuggling pattern).
    // Absent: it went on after arrival (a debt, control): the classic turn into trafficking.
    ind(
        "smuggling.ended_on_arrival",
        "UNODC, smuggling vs trafficking: smuggling ends on arrival; trafficking involves ongoing exploitation",
    ),
];
