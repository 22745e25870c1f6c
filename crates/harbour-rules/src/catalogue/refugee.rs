//! International protection: the 1951 Convention's refugee definition (Art. 1A(2), with the
//! 1967 Protocol), non-refoulement, complementary protection and statelessness.

use super::{Element, Ground, Indicator};

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

const A1A2: &str = "1951 Refugee Convention Art. 1A(2) (with the 1967 Protocol)";

/// Protection indicators.
pub(super) const INDICATORS: &[Indicator] = &[
    ind("refugee.outside_country", Element::RefugeeOutsideCountry, A1A2),
    ind("refugee.fear", Element::RefugeeFear, A1A2),
    ind("refugee.persecution", Element::RefugeePersecution, A1A2),
    // Trafficking, or the risk of being re-trafficked on return, can amount to persecution.
    ind(
        "refugee.retrafficking_risk",
        Element::RefugeePersecution,
        "UNHCR Guidelines on International Protection No. 7 (2006), victims of trafficking: risk of re-trafficking as persecution",
    ),
    ind("refugee.ground.race", Element::RefugeeGround(Ground::Race), A1A2),
    ind("refugee.ground.religion", Element::RefugeeGround(Ground::Religion), A1A2),
    ind("refugee.ground.nationality", Element::RefugeeGround(Ground::Nationality), A1A2),
    ind("refugee.ground.social_group", Element::RefugeeGround(Ground::SocialGroup), A1A2),
    ind(
        "refugee.ground.political_opinion",
        Element::RefugeeGround(Ground::PoliticalOpinion),
        A1A2,
    ),
    ind("refugee.no_state_protection", Element::RefugeeNoStateProtection, A1A2),
    ind(
        "non_refoulement.torture_risk",
        Element::NonRefoulement,
        "Convention against Torture Art. 3; ECHR Art. 3; 1951 Convention Art. 33",
    ),
    ind(
        "non_refoulement.serious_harm_risk",
        Element::NonRefoulement,
        "1951 Convention Art. 33; ICCPR Arts. 6-7; ECHR Arts. 2-3",
    ),
    ind(
        "complementary.armed_conflict",
        Element::ComplementaryProtection,
        "Complementary protection: indiscriminate violence in armed conflict (e.g. EU Qualification Directive 2011/95/EU Art. 15(c))",
    ),
    ind(
        "complementary.generalised_violence",
        Element::ComplementaryProtection,
        "Complementary protection: generalised violence (e.g. Cartagena Declaration 1984, III(3); OAU Convention 1969 Art. I(2))",
    ),
    ind(
        "stateless.no_nationality",
        Element::Statelessness,
        "1954 Convention relating to the Status of Stateless Persons Art. 1(1)",
    ),
    ind(
        "stateless.at_risk",
        Element::Statelessness,
        "UNHCR Handbook on Protection of Stateless Persons (2014): undetermined or contested nationality",
    ),
];
