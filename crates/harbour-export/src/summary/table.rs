//! Data minimisation: what each referral summary holds. A receiving service sees only the
//! parts of the outcome its work needs; everything else stays in the vault.
//!
//! Every summary holds the case reference, dates, the referral itself (and whether it is
//! urgent), immediate safety, the person's age band and child status, and the interview
//! languages (for an interpreter). The rest, per referral:
//!
//! | referral                  | gender | nationality | trafficking | protection | grounds | non-refoulement | stateless | smuggling | notes | heightened-risk categories |
//! |---------------------------|:------:|:-----------:|:-----------:|:----------:|:-------:|:---------------:|:---------:|:---------:|:-----:|----------------------------|
//! | asylum_procedure          | yes    | yes         | –           | yes        | yes     | yes             | yes       | –         | some  | all                        |
//! | anti_trafficking          | yes    | yes         | yes         | –          | –       | yes             | –         | yes       | some  | all                        |
//! | child_protection          | yes    | –           | yes         | –          | –       | –               | –         | –         | –     | children, UASC, women and girls, family separation |
//! | best_interests_assessment | yes    | yes         | yes         | yes        | –       | yes             | yes       | –         | –     | all                        |
//! | medical                   | yes    | –           | –           | –          | –       | –               | –         | –         | –     | medical needs, survivors of violence or torture |
//! | psychosocial              | yes    | –           | –           | –          | –       | –               | –         | –         | –     | medical needs, survivors, women and girls, family separation |
//! | legal_aid                 | –      | yes         | yes         | yes        | yes     | yes             | yes       | yes       | all   | legal or physical protection, UASC |
//! | shelter                   | yes    | –           | –           | –          | –       | –               | –         | –         | –     | women and girls, UASC, children, survivors, legal or physical protection |
//!
//! "trafficking" and "protection" are the pathway's level and its legal elements; "grounds"
//! are the 1951 Convention grounds indicated (without them, the `refugee.ground` element is
//! left out of the protection list too). "notes" are the caseworker notes of the outcome
//! (non-penalisation, smuggling turned exploitation, …). Answers themselves (the person's
//! words) are never printed. The referral's one-line reason ("Why") names only indicators of
//! the parts above that the referral may see (`shareable` in `summary/mod.rs`).

use harbour_rules::{ReferralKind, RiskCategory};

/// The parts of a case one referral summary holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inclusion {
    /// Gender.
    pub gender: bool,
    /// Nationality.
    pub nationality: bool,
    /// Trafficking pathway level and elements.
    pub trafficking: bool,
    /// Protection pathway level and elements (without the grounds element unless `grounds`).
    pub protection: bool,
    /// The Convention grounds indicated.
    pub grounds: bool,
    /// The non-refoulement flag.
    pub non_refoulement: bool,
    /// The stateless flag.
    pub stateless: bool,
    /// The smuggling flag.
    pub smuggling: bool,
    /// Which of the outcome's notes (by message id) are shown.
    pub notes: &'static [&'static str],
    /// Which heightened-risk categories are shown (if present).
    pub risks: &'static [RiskCategory],
}

use RiskCategory as R;

const ALL_RISKS: &[RiskCategory] = &RiskCategory::ALL;

const ASYLUM_NOTES: &[&str] = &[
    "note-screening-not-determination",
    "note-non-penalisation-refugee",
    "note-statelessness-risk",
    "note-urgent-safety-first",
    "note-danger-unanswered",
];

const TRAFFICKING_NOTES: &[&str] = &[
    "note-screening-not-determination",
    "note-non-penalisation-trafficking",
    "note-smuggling-and-trafficking",
    "note-smuggling-relationship-continued",
    "note-smuggling-relationship-continued-asked",
    "note-age-unknown-child-test",
    "note-trafficking-and-protection",
    "note-trafficking-and-protection-fear-answered",
    "note-urgent-safety-first",
    "note-danger-unanswered",
];

const ALL_NOTES: &[&str] = &[
    "note-screening-not-determination",
    "note-both-pathways",
    "note-non-penalisation-trafficking",
    "note-non-penalisation-refugee",
    "note-smuggling-and-trafficking",
    "note-smuggling-relationship-continued",
    "note-smuggling-relationship-continued-asked",
    "note-age-unknown-child-test",
    "note-trafficking-and-protection",
    "note-trafficking-and-protection-fear-answered",
    "note-statelessness-risk",
    "note-urgent-safety-first",
    "note-danger-unanswered",
];

/// The table above, as code.
pub fn inclusion(kind: ReferralKind) -> Inclusion {
    let none = Inclusion {
        gender: false,
        nationality: false,
        trafficking: false,
        protection: false,
        grounds: false,
        non_refoulement: false,
        stateless: false,
        smuggling: false,
        notes: &[],
        risks: &[],
    };
    match kind {
        ReferralKind::AsylumProcedure => Inclusion {
            gender: true,
            nationality: true,
            protection: true,
            grounds: true,
            non_refoulement: true,
            stateless: true,
            notes: ASYLUM_NOTES,
            risks: ALL_RISKS,
            ..none
        },
        ReferralKind::AntiTrafficking => Inclusion {
            gender: true,
            nationality: true,
            trafficking: true,
            non_refoulement: true,
            smuggling: true,
            notes: TRAFFICKING_NOTES,
            risks: ALL_RISKS,
            ..none
        },
        ReferralKind::ChildProtection => Inclusion {
            gender: true,
            trafficking: true,
            risks: &[
                R::ChildrenAtRisk,
                R::UnaccompaniedOrSeparatedChild,
                R::WomenAndGirlsAtRisk,
                R::FamilySeparation,
            ],
            ..none
        },
        ReferralKind::BestInterestsAssessment => Inclusion {
            gender: true,
            nationality: true,
            trafficking: true,
            protection: true,
            non_refoulement: true,
            stateless: true,
            risks: ALL_RISKS,
            ..none
        },
        ReferralKind::Medical => Inclusion {
            gender: true,
            risks: &[R::MedicalNeeds, R::SurvivorsOfViolenceOrTorture],
            ..none
        },
        ReferralKind::Psychosocial => Inclusion {
            gender: true,
            risks: &[
                R::MedicalNeeds,
                R::SurvivorsOfViolenceOrTorture,
                R::WomenAndGirlsAtRisk,
                R::FamilySeparation,
            ],
            ..none
        },
        ReferralKind::LegalAid => Inclusion {
            nationality: true,
            trafficking: true,
            protection: true,
            grounds: true,
            non_refoulement: true,
            stateless: true,
            smuggling: true,
            notes: ALL_NOTES,
            risks: &[
                R::LegalOrPhysicalProtection,
                R::UnaccompaniedOrSeparatedChild,
            ],
            ..none
        },
        ReferralKind::Shelter => Inclusion {
            gender: true,
            risks: &[
                R::WomenAndGirlsAtRisk,
                R::UnaccompaniedOrSeparatedChild,
                R::ChildrenAtRisk,
                R::SurvivorsOfViolenceOrTorture,
                R::LegalOrPhysicalProtection,
            ],
            ..none
        },
    }
}

/// Parse a referral type id (`medical`, `legal_aid`, …).
pub fn parse_referral(s: &str) -> Option<ReferralKind> {
    ReferralKind::ALL
        .into_iter()
        .find(|k| k.as_str() == s.trim())
}
