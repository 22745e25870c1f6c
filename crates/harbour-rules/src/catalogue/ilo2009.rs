//! ILO / European Commission, "Operational indicators of trafficking in human beings. Results
//! from a Delphi survey implemented by the ILO and the European Commission" (first published
//! March 2009, revised September 2009; ILO ref. WCMS_105023).
//!
//! Four lists (adults / children x labour / sexual exploitation), each grouped under six
//! elements, each indicator graded strong, medium or weak. One table below holds all four
//! gradings side by side so the lists cannot drift apart; codes are generated from it as
//! `ilo2009.<adult|child>.<labour|sexual>.<element>.<indicator>`.
//!
//! Source caveats, stated plainly (and repeated in each entry's `note`):
//! - Labour lists (adults, children): grades read from a secondary, indicator-by-indicator
//!   transcription of the brochure's two labour lists; the brochure's own text was not
//!   readable through the search tool.
//! - Sexual-exploitation lists: no copy could be found. Grades mirror the labour list of the
//!   same age group, except "forced tasks or clients" (strong for adults) and "hazardous work"
//!   (strong for children), which a secondary source reports as different. Verify against the
//!   brochure before relying on a sexual-exploitation grade.

use super::{Element, Indicator, Strength};

/// One of the brochure's four lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IloList {
    /// Adult victims, labour exploitation.
    AdultLabour,
    /// Adult victims, sexual exploitation.
    AdultSexual,
    /// Child victims, labour exploitation.
    ChildLabour,
    /// Child victims, sexual exploitation.
    ChildSexual,
}

impl IloList {
    /// All four lists, in the brochure's order.
    pub const ALL: [IloList; 4] = [
        IloList::AdultLabour,
        IloList::AdultSexual,
        IloList::ChildLabour,
        IloList::ChildSexual,
    ];

    /// `adult.labour`, `adult.sexual`, `child.labour` or `child.sexual`.
    pub fn slug(self) -> &'static str {
        match self {
            IloList::AdultLabour => "adult.labour",
            IloList::AdultSexual => "adult.sexual",
            IloList::ChildLabour => "child.labour",
            IloList::ChildSexual => "child.sexual",
        }
    }

    /// Whether this is one of the two children's lists.
    pub fn is_child(self) -> bool {
        matches!(self, IloList::ChildLabour | IloList::ChildSexual)
    }

    fn column(self) -> usize {
        match self {
            IloList::AdultLabour => 0,
            IloList::AdultSexual => 1,
            IloList::ChildLabour => 2,
            IloList::ChildSexual => 3,
        }
    }

    fn citation(self) -> &'static str {
        match self {
            IloList::AdultLabour => "ILO/EC Operational indicators of trafficking in human beings (2009, rev. Sept. 2009), list: adult victims, labour exploitation",
            IloList::AdultSexual => "ILO/EC Operational indicators of trafficking in human beings (2009, rev. Sept. 2009), list: adult victims, sexual exploitation",
            IloList::ChildLabour => "ILO/EC Operational indicators of trafficking in human beings (2009, rev. Sept. 2009), list: child victims, labour exploitation",
            IloList::ChildSexual => "ILO/EC Operational indicators of trafficking in human beings (2009, rev. Sept. 2009), list: child victims, sexual exploitation",
        }
    }

    fn note(self) -> &'static str {
        match self {
            IloList::AdultLabour | IloList::ChildLabour => {
                "grade read from a secondary transcription of the brochure's list; the brochure PDF itself was not readable here"
            }
            IloList::AdultSexual | IloList::ChildSexual => {
                "sexual-exploitation list not found in any available source: grade mirrors the same age group's labour list (except where a secondary source reports otherwise); verify against the brochure"
            }
        }
    }
}

/// The six elements of the ILO/EC operational indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IloElement {
    /// Deceptive recruitment (including during transfer and transport).
    DeceptiveRecruitment,
    /// Coercive recruitment.
    CoerciveRecruitment,
    /// Recruitment by abuse of vulnerability.
    VulnerabilityRecruitment,
    /// Exploitative conditions of work.
    ExploitativeConditions,
    /// Coercion at destination.
    CoercionDestination,
    /// Abuse of vulnerability at destination.
    VulnerabilityDestination,
}

impl IloElement {
    /// The six elements, in the brochure's order.
    pub const ALL: [IloElement; 6] = [
        IloElement::DeceptiveRecruitment,
        IloElement::CoerciveRecruitment,
        IloElement::VulnerabilityRecruitment,
        IloElement::ExploitativeConditions,
        IloElement::CoercionDestination,
        IloElement::VulnerabilityDestination,
    ];

    /// The code segment for this element.
    pub fn slug(self) -> &'static str {
        match self {
            IloElement::DeceptiveRecruitment => "deceptive_recruitment",
            IloElement::CoerciveRecruitment => "coercive_recruitment",
            IloElement::VulnerabilityRecruitment => "vulnerability_recruitment",
            IloElement::ExploitativeConditions => "exploitative_conditions",
            IloElement::CoercionDestination => "coercion_destination",
            IloElement::VulnerabilityDestination => "vulnerability_destination",
        }
    }

    /// Whether the element belongs to the recruitment stage.
    pub fn is_recruitment(self) -> bool {
        matches!(
            self,
            IloElement::DeceptiveRecruitment
                | IloElement::CoerciveRecruitment
                | IloElement::VulnerabilityRecruitment
        )
    }

    /// Whether the element is coercion or abuse of vulnerability at destination.
    pub fn is_destination_control(self) -> bool {
        matches!(
            self,
            IloElement::CoercionDestination | IloElement::VulnerabilityDestination
        )
    }
}

use IloElement::*;

const S: Option<Strength> = Some(Strength::Strong);
const M: Option<Strength> = Some(Strength::Medium);
const W: Option<Strength> = Some(Strength::Weak);
/// Not in that list.
const X: Option<Strength> = None;

/// (element, indicator slug, grades for [adult labour, adult sexual, child labour, child sexual]).
type Row = (IloElement, &'static str, [Option<Strength>; 4]);

/// The graded table. The indicator's wording in the brochure is in `docs/indicators.md`.
const TABLE: &[Row] = &[
    // Deceptive recruitment
    (
        DeceptiveRecruitment,
        "deception_nature_of_job",
        [S, S, S, S],
    ),
    (DeceptiveRecruitment, "deception_wages", [M, M, M, M]),
    (DeceptiveRecruitment, "deception_conditions", [M, M, M, M]),
    (DeceptiveRecruitment, "deception_contract", [M, M, M, M]),
    (DeceptiveRecruitment, "deception_housing", [M, M, M, M]),
    (
        DeceptiveRecruitment,
        "deception_legal_documents",
        [M, M, M, M],
    ),
    (DeceptiveRecruitment, "deception_travel", [M, M, M, M]),
    (
        DeceptiveRecruitment,
        "deception_family_reunification",
        [M, M, M, M],
    ),
    (
        DeceptiveRecruitment,
        "deception_marriage_adoption",
        [M, M, M, M],
    ),
    (DeceptiveRecruitment, "deception_education", [W, W, S, S]),
    // Coercive recruitment
    (CoerciveRecruitment, "violence_on_victim", [S, S, S, S]),
    (CoerciveRecruitment, "threats_of_violence", [M, M, S, S]),
    (
        CoerciveRecruitment,
        "abduction_forced_marriage_selling",
        [M, M, S, S],
    ),
    (CoerciveRecruitment, "debt_bondage", [M, M, S, S]),
    (
        CoerciveRecruitment,
        "confiscation_of_documents",
        [M, M, M, M],
    ),
    (
        CoerciveRecruitment,
        "isolation_confinement_surveillance",
        [M, M, M, M],
    ),
    (CoerciveRecruitment, "threat_of_denunciation", [M, M, M, M]),
    (CoerciveRecruitment, "threat_to_inform_family", [M, M, M, M]),
    (CoerciveRecruitment, "violence_on_family", [M, M, M, M]),
    (CoerciveRecruitment, "withholding_of_money", [M, M, M, M]),
    // Recruitment by abuse of vulnerability
    (
        VulnerabilityRecruitment,
        "difficult_family_situation",
        [M, M, M, M],
    ),
    (VulnerabilityRecruitment, "illegal_status", [M, M, M, M]),
    (VulnerabilityRecruitment, "lack_of_education", [M, M, M, M]),
    (
        VulnerabilityRecruitment,
        "lack_of_information",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "control_of_exploiters",
        [M, M, M, M],
    ),
    (VulnerabilityRecruitment, "economic_reasons", [M, M, M, M]),
    (
        VulnerabilityRecruitment,
        "false_info_successful_migration",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "false_info_law_authorities",
        [M, M, X, X],
    ),
    (VulnerabilityRecruitment, "family_situation", [M, M, M, M]),
    (VulnerabilityRecruitment, "personal_situation", [M, M, M, M]),
    (
        VulnerabilityRecruitment,
        "emotional_dependency",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "relationship_with_authorities",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "difficulties_in_past",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "difficulty_organising_travel",
        [M, M, M, M],
    ),
    (
        VulnerabilityRecruitment,
        "cultural_religious_beliefs",
        [W, W, M, M],
    ),
    (VulnerabilityRecruitment, "general_context", [W, W, M, M]),
    // Exploitative conditions of work
    (ExploitativeConditions, "excessive_hours", [S, S, S, S]),
    (ExploitativeConditions, "low_or_no_salary", [M, M, M, M]),
    (ExploitativeConditions, "wage_manipulation", [M, M, M, M]),
    (
        ExploitativeConditions,
        "bad_living_conditions",
        [M, M, M, M],
    ),
    (
        ExploitativeConditions,
        "bad_working_conditions",
        [M, M, M, M],
    ),
    (ExploitativeConditions, "hazardous_work", [M, M, M, S]),
    (
        ExploitativeConditions,
        "no_respect_of_labour_law",
        [M, M, M, M],
    ),
    (ExploitativeConditions, "no_social_protection", [M, M, X, X]),
    (
        ExploitativeConditions,
        "no_access_to_education",
        [W, W, M, M],
    ),
    // Coercion at destination
    (
        CoercionDestination,
        "confiscation_of_documents",
        [S, S, S, S],
    ),
    (CoercionDestination, "debt_bondage", [S, S, S, S]),
    (
        CoercionDestination,
        "isolation_confinement_surveillance",
        [S, S, S, S],
    ),
    (CoercionDestination, "violence_on_victim", [S, S, S, S]),
    (CoercionDestination, "threats_of_violence", [M, M, S, S]),
    (
        CoercionDestination,
        "forced_illicit_activities",
        [M, M, S, S],
    ),
    (CoercionDestination, "forced_tasks_or_clients", [M, S, S, S]),
    (CoercionDestination, "under_strong_influence", [M, M, S, S]),
    (
        CoercionDestination,
        "forced_to_act_against_peers",
        [M, M, M, M],
    ),
    (CoercionDestination, "forced_to_lie", [M, M, M, M]),
    (CoercionDestination, "threat_of_denunciation", [M, M, M, M]),
    (
        CoercionDestination,
        "threat_of_worse_conditions",
        [M, M, M, M],
    ),
    (CoercionDestination, "violence_on_family", [M, M, M, M]),
    (CoercionDestination, "withholding_of_wages", [M, M, M, M]),
    (CoercionDestination, "threat_to_inform_family", [W, W, M, M]),
    // Abuse of vulnerability at destination
    (
        VulnerabilityDestination,
        "dependency_on_exploiters",
        [M, M, M, M],
    ),
    (
        VulnerabilityDestination,
        "difficulty_unknown_area",
        [M, M, M, M],
    ),
    (VulnerabilityDestination, "economic_reasons", [M, M, M, M]),
    (VulnerabilityDestination, "family_situation", [M, M, M, M]),
    (
        VulnerabilityDestination,
        "relationship_with_authorities",
        [M, M, M, M],
    ),
    (
        VulnerabilityDestination,
        "difficulties_in_past",
        [W, W, M, M],
    ),
    (
        VulnerabilityDestination,
        "personal_characteristics",
        [W, W, M, M],
    ),
];

/// The four lists as catalogue entries, list by list, element by element.
pub(super) fn indicators() -> Vec<Indicator> {
    let mut out = Vec::new();
    for list in IloList::ALL {
        for &(element, slug, grades) in TABLE {
            let Some(strength) = grades[list.column()] else {
                continue;
            };
            // Codes are generated once per process and live for its whole life; leaking them
            // once is what lets the catalogue hand out `&'static str` codes.
            let code: &'static str = Box::leak(
                format!("ilo2009.{}.{}.{}", list.slug(), element.slug(), slug).into_boxed_str(),
            );
            out.push(Indicator {
                code,
                element: Element::Ilo2009(list, element),
                strength: Some(strength),
                citation: list.citation(),
                note: Some(list.note()),
            });
        }
    }
    out
}
