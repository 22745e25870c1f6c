//! The indicator catalogue: every code a questionnaire may evidence, with the legal element it
//! speaks to, its published strength (where the source grades one) and its source.
//!
//! Codes are stable: questionnaires, stored interviews and integrations refer to them. Never
//! rename a code; add a new one and keep the old one if the meaning changes.

mod ilo2009;
pub(crate) mod ilo2012;
mod palermo;
mod refugee;
mod risk;
mod smuggling;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use ilo2009::{IloElement, IloList};

/// One entry of the catalogue: an observable fact that evidences a legal element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indicator {
    /// Stable dotted lower-case code, e.g. `palermo.act.recruitment`.
    pub code: &'static str,
    /// The legal element (or screening category) this indicator evidences.
    pub element: Element,
    /// The strength the source publishes for it; `None` where the source does not grade.
    pub strength: Option<Strength>,
    /// Where the indicator comes from: instrument and article, list or section.
    pub citation: &'static str,
    /// A caveat about the encoding, stated plainly (e.g. a grade not verified against the
    /// primary text). `None` when the entry was read from the source as cited.
    pub note: Option<&'static str>,
    /// For a graded entry (ILO/EC 2009): how far its grade has been checked. `None` for
    /// entries the source does not grade.
    pub provenance: Option<Provenance>,
}

/// How far a grade (or one of the ILO/EC brochure's rules) has been checked against its source.
/// Shown in `docs/indicators.md`; an outcome whose level rests on anything not checked says so
/// in its reasons (`reason-ilo-grades-unchecked`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provenance {
    /// Checked against the published brochure (ILO/EC 2009, rev. Sept. 2009, WCMS_105023).
    Brochure,
    /// Read from a secondary, indicator-by-indicator transcription of the brochure, not
    /// checked against the brochure itself.
    SecondaryTranscription,
    /// Harbour's own reading: no source was found for it (e.g. a grade mirrored from another
    /// list), or it is Harbour's application of a rule (e.g. the children's combination).
    ProjectReading,
}

impl Provenance {
    /// The stable snake_case name used in documents and message arguments.
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::Brochure => "brochure",
            Provenance::SecondaryTranscription => "secondary_transcription",
            Provenance::ProjectReading => "project_reading",
        }
    }

    /// Whether it was checked against the brochure itself.
    pub fn is_checked(self) -> bool {
        self == Provenance::Brochure
    }
}

/// The provenance of the ILO/EC element threshold ("2 strong, or 1 strong + 1 medium or weak,
/// or 3 medium, or 2 medium + 1 weak"): read from the secondary transcription, which cites it
/// to p. 3 of the brochure.
pub const ILO_THRESHOLD_PROVENANCE: Provenance = Provenance::SecondaryTranscription;

/// How much weight the ILO/EC Delphi survey (2009) gives an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Graded "weak" by the Delphi panel.
    Weak,
    /// Graded "medium".
    Medium,
    /// Graded "strong".
    Strong,
}

impl Strength {
    /// The lower-case name used in documents and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Weak => "weak",
            Strength::Medium => "medium",
            Strength::Strong => "strong",
        }
    }
}

/// The Convention ground of persecution (1951 Convention Art. 1A(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ground {
    /// Race (including ethnicity).
    Race,
    /// Religion.
    Religion,
    /// Nationality.
    Nationality,
    /// Membership of a particular social group.
    SocialGroup,
    /// Political opinion (including imputed).
    PoliticalOpinion,
}

/// UNHCR heightened-risk categories (resettlement categories, Heightened Risk Identification
/// Tool), plus the unaccompanied or separated child the brief names on its own.
///
/// Part of the published outcome format (serialised as snake_case ids).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskCategory {
    /// Children and adolescents at risk.
    ChildrenAtRisk,
    /// An unaccompanied or separated child.
    UnaccompaniedOrSeparatedChild,
    /// Women and girls at risk.
    WomenAndGirlsAtRisk,
    /// Survivors of violence and/or torture.
    SurvivorsOfViolenceOrTorture,
    /// Medical needs (including mental health).
    MedicalNeeds,
    /// Legal and/or physical protection needs.
    LegalOrPhysicalProtection,
    /// Family separation (family reunification needs).
    FamilySeparation,
}

impl RiskCategory {
    /// Every category, in a fixed order.
    pub const ALL: [RiskCategory; 7] = [
        RiskCategory::ChildrenAtRisk,
        RiskCategory::UnaccompaniedOrSeparatedChild,
        RiskCategory::WomenAndGirlsAtRisk,
        RiskCategory::SurvivorsOfViolenceOrTorture,
        RiskCategory::MedicalNeeds,
        RiskCategory::LegalOrPhysicalProtection,
        RiskCategory::FamilySeparation,
    ];

    /// The stable snake_case id used in JSON and message arguments.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskCategory::ChildrenAtRisk => "children_at_risk",
            RiskCategory::UnaccompaniedOrSeparatedChild => "unaccompanied_or_separated_child",
            RiskCategory::WomenAndGirlsAtRisk => "women_and_girls_at_risk",
            RiskCategory::SurvivorsOfViolenceOrTorture => "survivors_of_violence_or_torture",
            RiskCategory::MedicalNeeds => "medical_needs",
            RiskCategory::LegalOrPhysicalProtection => "legal_or_physical_protection",
            RiskCategory::FamilySeparation => "family_separation",
        }
    }

    /// The message id of the category's wording (`risk-medical-needs`).
    pub fn message_id(self) -> &'static str {
        match self {
            RiskCategory::ChildrenAtRisk => "risk-children-at-risk",
            RiskCategory::UnaccompaniedOrSeparatedChild => "risk-unaccompanied-or-separated-child",
            RiskCategory::WomenAndGirlsAtRisk => "risk-women-and-girls-at-risk",
            RiskCategory::SurvivorsOfViolenceOrTorture => "risk-survivors-of-violence-or-torture",
            RiskCategory::MedicalNeeds => "risk-medical-needs",
            RiskCategory::LegalOrPhysicalProtection => "risk-legal-or-physical-protection",
            RiskCategory::FamilySeparation => "risk-family-separation",
        }
    }

    /// The category named by its snake_case id (as in a message argument).
    pub fn from_code(code: &str) -> Option<RiskCategory> {
        RiskCategory::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

/// The legal element (or screening category) an indicator evidences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Element {
    /// Palermo Protocol Art. 3(a): the act (recruitment, transportation, transfer, harbouring,
    /// receipt).
    PalermoAct,
    /// Palermo Protocol Art. 3(a): the means (force, coercion, abduction, fraud, deception, abuse
    /// of power or of a position of vulnerability, payments to a person in control).
    PalermoMeans,
    /// Palermo Protocol Art. 3(a): the purpose of exploitation.
    PalermoPurpose,
    /// One of the six elements of the ILO/EC operational indicators (2009), in one of its four
    /// lists.
    Ilo2009(IloList, IloElement),
    /// One of the ILO's eleven indicators of forced labour (2012).
    ForcedLabour,
    /// Smuggling of migrants (consented, ends on arrival).
    Smuggling,
    /// 1951 Convention Art. 1A(2): outside the country of nationality or former habitual residence.
    RefugeeOutsideCountry,
    /// 1951 Convention Art. 1A(2): well-founded fear.
    RefugeeFear,
    /// 1951 Convention Art. 1A(2): of being persecuted.
    RefugeePersecution,
    /// 1951 Convention Art. 1A(2): for reasons of one of the five grounds.
    RefugeeGround(Ground),
    /// 1951 Convention Art. 1A(2): unable or unwilling to avail of the state's protection.
    RefugeeNoStateProtection,
    /// Risk that return would breach non-refoulement (1951 Convention Art. 33, CAT Art. 3,
    /// ECHR Art. 3).
    NonRefoulement,
    /// Serious harm outside the five grounds (armed conflict, generalised violence).
    ComplementaryProtection,
    /// Statelessness (1954 Convention Art. 1(1)) or a risk of it.
    Statelessness,
    /// A UNHCR heightened-risk category.
    HeightenedRisk(RiskCategory),
    /// Immediate danger to the person's safety now.
    ImmediateDanger,
    /// A fact about the person (age, accompaniment, entry) that changes which test applies.
    Profile,
}

impl Element {
    /// A stable dotted id for the element, used in outcomes and documentation.
    pub fn id(self) -> String {
        match self {
            Element::PalermoAct => "palermo.act".into(),
            Element::PalermoMeans => "palermo.means".into(),
            Element::PalermoPurpose => "palermo.purpose".into(),
            Element::Ilo2009(list, el) => format!("ilo2009.{}.{}", list.slug(), el.slug()),
            Element::ForcedLabour => "ilo2012.forced_labour".into(),
            Element::Smuggling => "smuggling".into(),
            Element::RefugeeOutsideCountry => "refugee.outside_country".into(),
            Element::RefugeeFear => "refugee.fear".into(),
            Element::RefugeePersecution => "refugee.persecution".into(),
            Element::RefugeeGround(_) => "refugee.ground".into(),
            Element::RefugeeNoStateProtection => "refugee.no_state_protection".into(),
            Element::NonRefoulement => "non_refoulement".into(),
            Element::ComplementaryProtection => "complementary".into(),
            Element::Statelessness => "statelessness".into(),
            Element::HeightenedRisk(c) => format!("risk.{}", c.as_str()),
            Element::ImmediateDanger => "danger".into(),
            Element::Profile => "profile".into(),
        }
    }
}

/// Every indicator Harbour knows, in a fixed order (framework by framework).
pub fn catalogue() -> &'static [Indicator] {
    &built().list
}

/// The indicator with this exact code, if the catalogue has it.
pub fn indicator(code: &str) -> Option<&'static Indicator> {
    let b = built();
    b.index.get(code).and_then(|&i| b.list.get(i))
}

struct Built {
    list: Vec<Indicator>,
    index: BTreeMap<&'static str, usize>,
}

fn built() -> &'static Built {
    // Built once: the ILO 2009 lists are generated from one graded table (so the four lists
    // cannot drift apart by a typo), which needs a runtime step.
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut list = Vec::new();
        list.extend_from_slice(palermo::INDICATORS);
        list.extend(ilo2009::indicators());
        list.extend_from_slice(ilo2012::INDICATORS);
        list.extend_from_slice(smuggling::INDICATORS);
        list.extend_from_slice(refugee::INDICATORS);
        list.extend_from_slice(risk::INDICATORS);
        let index = list
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.code, i))
            .collect();
        Built { list, index }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_dotted_lower_case() {
        let mut seen = std::collections::BTreeSet::new();
        for ind in catalogue() {
            assert!(seen.insert(ind.code), "duplicate code {}", ind.code);
            assert!(
                ind.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'),
                "bad code {}",
                ind.code
            );
            assert!(ind.code.contains('.'), "code without family {}", ind.code);
            assert!(!ind.citation.is_empty(), "no citation for {}", ind.code);
        }
    }

    #[test]
    fn lookup_finds_contract_examples() {
        for code in [
            "palermo.act.recruitment",
            "ilo2009.adult.labour.deceptive_recruitment.deception_nature_of_job",
            "ilo2012.debt_bondage",
            "smuggling.consented_crossing",
            "refugee.outside_country",
            "refugee.ground.religion",
            "profile.child",
            "profile.unaccompanied",
            "danger.immediate",
        ] {
            assert!(indicator(code).is_some(), "missing {code}");
        }
        assert!(indicator("palermo.act").is_none());
    }

    #[test]
    fn every_ilo2009_indicator_is_graded_and_others_are_not() {
        for ind in catalogue() {
            let is_ilo2009 = matches!(ind.element, Element::Ilo2009(..));
            assert_eq!(is_ilo2009, ind.strength.is_some(), "{}", ind.code);
        }
    }
}
