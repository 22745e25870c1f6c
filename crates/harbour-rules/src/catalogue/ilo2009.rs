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

    /// The provenance of the combination rule for this list: the adult rule is read from the
    /// secondary transcription; the children's reading (no destination means, Palermo Art.
    /// 3(c)) is Harbour's own.
    pub fn combination_provenance(self) -> Provenance {
        if self.is_child() {
            Provenance::ProjectReading
        } else {
            Provenance::SecondaryTranscription
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

use super::Provenance;
use IloElement::*;

/// One cell of the graded table: the grade, and how far it has been checked.
type Cell = Option<(Strength, Provenance)>;

// Grades read from the secondary transcription of the brochure's lists.
const S: Cell = Some((Strength::Strong, Provenance::SecondaryTranscription));
const M: Cell = Some((Strength::Medium, Provenance::SecondaryTranscription));
const W: Cell = Some((Strength::Weak, Provenance::SecondaryTranscription));
// Grades that are Harbour's own reading: no source was found, the grade mirrors the same
// age group's labour list.
const SO: Cell = Some((Strength::Strong, Provenance::ProjectReading));
const MO: Cell = Some((Strength::Medium, Provenance::ProjectReading));
const WO: Cell = Some((Strength::Weak, Provenance::ProjectReading));
// Grades checked against the brochure itself. None is yet: when someone reads WCMS_105023,
// correcting a cell is a one-line change (e.g. `MO` -> `SB`), with a golden case in
// `tests/golden/` that shows the effect (see docs/rules.md, "Provenance").
#[allow(dead_code)]
const SB: Cell = Some((Strength::Strong, Provenance::Brochure));
#[allow(dead_code)]
const MB: Cell = Some((Strength::Medium, Provenance::Brochure));
#[allow(dead_code)]
const WB: Cell = Some((Strength::Weak, Provenance::Brochure));
/// Not in that list.
const X: Cell = None;

/// (element, indicator slug, cells for [adult labour, adult sexual, child labour, child sexual]).
type Row = (IloElement, &'static str, [Cell; 4]);

/// The graded table. The indicator's wording in the brochure is in `docs/indicators.md`.
const TABLE: &[Row] = &[
    // Deceptive recruitment
    (
        DeceptiveRecruitment,
        "deception_nature_of_job",
        [S, SO, S, SO],
    ),
    (DeceptiveRecruitment, "deception_wages", [M, MO, M, MO]),
    (DeceptiveRecruitment, "deception_conditions", [M, MO, M, MO]),
    (DeceptiveRecruitment, "deception_contract", [M, MO, M, MO]),
    (DeceptiveRecruitment, "deception_housing", [M, MO, M, MO]),
    (
        DeceptiveRecruitment,
        "deception_legal_documents",
        [M, MO, M, MO],
    ),
    (DeceptiveRecruitment, "deception_travel", [M, MO, M, MO]),
    (
        DeceptiveRecruitment,
        "deception_family_reunification",
        [M, MO, M, MO],
    ),
    (
        DeceptiveRecruitment,
        "deception_marriage_adoption",
        [M, MO, M, MO],
    ),
    (DeceptiveRecruitment, "deception_education", [W, WO, S, SO]),
    // Coercive recruitment
    (CoerciveRecruitment, "violence_on_victim", [S, SO, S, SO]),
    (CoerciveRecruitment, "threats_of_violence", [M, MO, S, SO]),
    (
        CoerciveRecruitment,
        "abduction_forced_marriage_selling",
        [M, MO, S, SO],
    ),
    (CoerciveRecruitment, "debt_bondage", [M, MO, S, SO]),
    (
        CoerciveRecruitment,
        "confiscation_of_documents",
        [M, MO, M, MO],
    ),
    (
        CoerciveRecruitment,
        "isolation_confinement_surveillance",
        [M, MO, M, MO],
    ),
    (
        CoerciveRecruitment,
        "threat_of_denunciation",
        [M, MO, M, MO],
    ),
    (
        CoerciveRecruitment,
        "threat_to_inform_family",
        [M, MO, M, MO],
    ),
    (CoerciveRecruitment, "violence_on_family", [M, MO, M, MO]),
    (CoerciveRecruitment, "withholding_of_money", [M, MO, M, MO]),
    // Recruitment by abuse of vulnerability
    (
        VulnerabilityRecruitment,
        "difficult_family_situation",
        [M, MO, M, MO],
    ),
    (VulnerabilityRecruitment, "illegal_status", [M, MO, M, MO]),
    (
        VulnerabilityRecruitment,
        "lack_of_education",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "lack_of_information",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "control_of_exploiters",
        [M, MO, M, MO],
    ),
    (VulnerabilityRecruitment, "economic_reasons", [M, MO, M, MO]),
    (
        VulnerabilityRecruitment,
        "false_info_successful_migration",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "false_info_law_authorities",
        [M, MO, X, X],
    ),
    (VulnerabilityRecruitment, "family_situation", [M, MO, M, MO]),
    (
        VulnerabilityRecruitment,
        "personal_situation",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "emotional_dependency",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "relationship_with_authorities",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "difficulties_in_past",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "difficulty_organising_travel",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityRecruitment,
        "cultural_religious_beliefs",
        [W, WO, M, MO],
    ),
    (VulnerabilityRecruitment, "general_context", [W, WO, M, MO]),
    // Exploitative conditions of work
    (ExploitativeConditions, "excessive_hours", [S, SO, S, SO]),
    (ExploitativeConditions, "low_or_no_salary", [M, MO, M, MO]),
    (ExploitativeConditions, "wage_manipulation", [M, MO, M, MO]),
    (
        ExploitativeConditions,
        "bad_living_conditions",
        [M, MO, M, MO],
    ),
    (
        ExploitativeConditions,
        "bad_working_conditions",
        [M, MO, M, MO],
    ),
    (ExploitativeConditions, "hazardous_work", [M, MO, M, S]),
    (
        ExploitativeConditions,
        "no_respect_of_labour_law",
        [M, MO, M, MO],
    ),
    (
        ExploitativeConditions,
        "no_social_protection",
        [M, MO, X, X],
    ),
    (
        ExploitativeConditions,
        "no_access_to_education",
        [W, WO, M, MO],
    ),
    // Coercion at destination
    (
        CoercionDestination,
        "confiscation_of_documents",
        [S, SO, S, SO],
    ),
    (CoercionDestination, "debt_bondage", [S, SO, S, SO]),
    (
        CoercionDestination,
        "isolation_confinement_surveillance",
        [S, SO, S, SO],
    ),
    (CoercionDestination, "violence_on_victim", [S, SO, S, SO]),
    (CoercionDestination, "threats_of_violence", [M, MO, S, SO]),
    (
        CoercionDestination,
        "forced_illicit_activities",
        [M, MO, S, SO],
    ),
    (
        CoercionDestination,
        "forced_tasks_or_clients",
        [M, S, S, SO],
    ),
    (
        CoercionDestination,
        "under_strong_influence",
        [M, MO, S, SO],
    ),
    (
        CoercionDestination,
        "forced_to_act_against_peers",
        [M, MO, M, MO],
    ),
    (CoercionDestination, "forced_to_lie", [M, MO, M, MO]),
    (
        CoercionDestination,
        "threat_of_denunciation",
        [M, MO, M, MO],
    ),
    (
        CoercionDestination,
        "threat_of_worse_conditions",
        [M, MO, M, MO],
    ),
    (CoercionDestination, "violence_on_family", [M, MO, M, MO]),
    (CoercionDestination, "withholding_of_wages", [M, MO, M, MO]),
    (
        CoercionDestination,
        "threat_to_inform_family",
        [W, WO, M, MO],
    ),
    // Abuse of vulnerability at destination
    (
        VulnerabilityDestination,
        "dependency_on_exploiters",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityDestination,
        "difficulty_unknown_area",
        [M, MO, M, MO],
    ),
    (VulnerabilityDestination, "economic_reasons", [M, MO, M, MO]),
    (VulnerabilityDestination, "family_situation", [M, MO, M, MO]),
    (
        VulnerabilityDestination,
        "relationship_with_authorities",
        [M, MO, M, MO],
    ),
    (
        VulnerabilityDestination,
        "difficulties_in_past",
        [W, WO, M, MO],
    ),
    (
        VulnerabilityDestination,
        "personal_characteristics",
        [W, WO, M, MO],
    ),
];

/// The four lists as catalogue entries, list by list, element by element.
pub(super) fn indicators() -> Vec<Indicator> {
    let mut out = Vec::new();
    for list in IloList::ALL {
        for &(element, slug, grades) in TABLE {
            let Some((strength, provenance)) = grades[list.column()] else {
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
                provenance: Some(provenance),
            });
        }
    }
    out
}
