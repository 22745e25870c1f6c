//! Heightened risk (UNHCR), immediate danger, and the profile facts that change which test
//! applies (age, accompaniment, irregular entry).

use super::{Element, Indicator, RiskCategory};

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

const fn risk(code: &'static str, cat: RiskCategory) -> Indicator {
    ind(
        code,
        Element::HeightenedRisk(cat),
        "UNHCR Resettlement Handbook, submission categories; UNHCR Heightened Risk Identification Tool (2010)",
    )
}

/// Heightened-risk, danger and profile indicators.
pub(super) const INDICATORS: &[Indicator] = &[
    risk("risk.children_at_risk", RiskCategory::ChildrenAtRisk),
    risk("risk.unaccompanied_or_separated_child", RiskCategory::UnaccompaniedOrSeparatedChild),
    risk("risk.women_and_girls_at_risk", RiskCategory::WomenAndGirlsAtRisk),
    risk("risk.survivor_violence_torture", RiskCategory::SurvivorsOfViolenceOrTorture),
    risk("risk.medical_needs", RiskCategory::MedicalNeeds),
    // Mental-health needs sit under UNHCR's medical needs; kept as its own code so that a
    // psychosocial referral can be made without a physical medical need.
    risk("risk.psychosocial_distress", RiskCategory::MedicalNeeds),
    risk("risk.legal_physical_protection", RiskCategory::LegalOrPhysicalProtection),
    risk("risk.family_separation", RiskCategory::FamilySeparation),
    ind(
        "danger.immediate",
        Element::ImmediateDanger,
        "WHO Ethical and Safety Recommendations for Interviewing Trafficked Women (2003): be prepared for emergency intervention",
    ),
    ind(
        "danger.controller_nearby",
        Element::ImmediateDanger,
        "WHO Ethical and Safety Recommendations (2003): assess the risks; never interview in front of a controlling companion",
    ),
    ind(
        "danger.no_safe_place",
        Element::ImmediateDanger,
        "Council of Europe Anti-Trafficking Convention (2005) Art. 12(1)(a): appropriate and secure accommodation",
    ),
    ind(
        "profile.child",
        Element::Profile,
        "Palermo Protocol Art. 3(d); UN Convention on the Rights of the Child Art. 1: a child is under 18",
    ),
    ind(
        "profile.unaccompanied",
        Element::Profile,
        "UN Committee on the Rights of the Child, General Comment No. 6 (2005) para. 7: unaccompanied children",
    ),
    ind(
        "profile.separated",
        Element::Profile,
        "UN Committee on the Rights of the Child, General Comment No. 6 (2005) para. 8: separated children",
    ),
    ind(
        "profile.female",
        Element::Profile,
        "UNHCR Resettlement Handbook (2011) ch. 6.3 and UNHCR Heightened Risk Identification Tool (2010): women and girls at risk",
    ),
    ind(
        "profile.asylum_claimed",
        Element::Profile,
        "1951 Convention Art. 33 (non-refoulement while a claim is pending); EU Directive 2013/32/EU Arts. 6 and 9 (making an application; right to remain pending examination)",
    ),
    ind(
        "profile.irregular_entry",
        Element::Profile,
        "1951 Convention Art. 31; Council of Europe Anti-Trafficking Convention Art. 26 (non-penalisation)",
    ),
    ind(
        "profile.irregular_stay",
        Element::Profile,
        "Council of Europe Anti-Trafficking Convention Art. 26; EU Directive 2011/36/EU Art. 8 (non-penalisation)",
    ),
];
