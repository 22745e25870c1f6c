//! The outcome of an assessment.
//!
//! This is a **published format**: `harbour assess --format json` prints it and integrations
//! read it. That is why these types derive serde's `Serialize`/`Deserialize` (an exception to
//! "only the edge serialises"): the field names and the snake_case enum values below are part
//! of the contract. Add fields; never rename or remove them without bumping `rules_version`'s
//! scheme and telling integrators.
//!
//! Wording is screening, never determination: a level says how far the answers carry
//! indicators of a legal test ("indicators present, refer for assessment"), never that
//! someone *is* a victim or a refugee. Every text is a stable message id with arguments
//! (see `locales/en.ftl`), so it can be translated.

use crate::{AnswerRef, RiskCategory};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the rules conclude from one case's evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The rule set that produced this outcome ([`crate::RULES_VERSION`]).
    pub rules_version: String,
    /// The two pathways, assessed side by side.
    pub pathways: Pathways,
    /// Facts that change how the case is handled.
    pub flags: Flags,
    /// Where to refer the person, in a fixed order.
    pub referrals: Vec<Referral>,
    /// Notes for the caseworker (non-penalisation, smuggling turned exploitation, ...), each
    /// with the indicators and answers behind it.
    pub notes: Vec<Reason>,
    /// Why: for every level, flag and referral, the chain back to the indicators and answers.
    pub reasons: Vec<Reason>,
}

/// The two screening pathways. Both are assessed on every case, and both are recommended
/// together whenever both apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pathways {
    /// Trafficking in persons (Palermo Protocol Art. 3; ILO/EC operational indicators).
    pub trafficking: Pathway,
    /// International protection (1951 Convention Art. 1A(2); non-refoulement; complementary
    /// protection; statelessness).
    pub international_protection: Pathway,
}

/// One pathway's screening result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pathway {
    /// How far the answers carry indicators of this pathway's legal test.
    pub level: Level,
    /// The legal elements of the test and what the answers say about each.
    pub elements: Vec<ElementFinding>,
}

/// A pathway's level. Ordered: `none` < `insufficient_information` < `possible` < `strong`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// No indicators, and the answers rule out an element the test needs.
    None,
    /// No indicators, but the answers that matter were declined, not known or never asked:
    /// "declined" is never read as "no".
    InsufficientInformation,
    /// Some indicators present: refer for assessment.
    Possible,
    /// Indicators for every element of the test: refer for assessment as a priority.
    Strong,
}

impl Level {
    /// The snake_case id (`none`, `insufficient_information`, `possible`, `strong`).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::InsufficientInformation => "insufficient_information",
            Level::Possible => "possible",
            Level::Strong => "strong",
        }
    }

    /// Whether the pathway calls for a referral (`possible` or `strong`).
    pub fn applies(self) -> bool {
        self >= Level::Possible
    }

    /// The message id of the level's full wording (`level-possible`).
    pub fn message_id(self) -> &'static str {
        match self {
            Level::None => "level-none",
            Level::InsufficientInformation => "level-insufficient-information",
            Level::Possible => "level-possible",
            Level::Strong => "level-strong",
        }
    }

    /// The message id of the level's one-word name (`level-short-possible`).
    pub fn short_message_id(self) -> &'static str {
        match self {
            Level::None => "level-short-none",
            Level::InsufficientInformation => "level-short-insufficient-information",
            Level::Possible => "level-short-possible",
            Level::Strong => "level-short-strong",
        }
    }

    /// The level named by its snake_case id (as in a message argument).
    pub fn from_code(code: &str) -> Option<Level> {
        [
            Level::None,
            Level::InsufficientInformation,
            Level::Possible,
            Level::Strong,
        ]
        .into_iter()
        .find(|l| l.as_str() == code)
    }
}

/// What the answers say about one legal element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementFinding {
    /// The element's stable id, e.g. `palermo.means`, `ilo2009.adult.labour.exploitative_conditions`,
    /// `refugee.ground`.
    pub element: String,
    /// Its status.
    pub status: ElementStatus,
    /// The indicator codes observed present for it, sorted.
    pub indicators: Vec<String>,
    /// For ILO/EC 2009 elements: how many strong, medium and weak indicators are present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<StrengthCounts>,
}

/// The status of one legal element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementStatus {
    /// Indicators for the element are present (for ILO/EC elements: the published threshold
    /// is met).
    Present,
    /// ILO/EC element with some indicators present, below the published threshold.
    BelowThreshold,
    /// Asked, and the answers say no.
    Absent,
    /// Asked, but declined or not known (and not ruled out by other answers).
    Unknown,
    /// Never asked.
    NotAsked,
    /// Not needed by the test in this case (the means, for a child: Palermo Art. 3(c)).
    NotRequired,
}

impl ElementStatus {
    /// The snake_case id (`present`, `below_threshold`, ...), as in the published format.
    pub fn as_str(self) -> &'static str {
        match self {
            ElementStatus::Present => "present",
            ElementStatus::BelowThreshold => "below_threshold",
            ElementStatus::Absent => "absent",
            ElementStatus::Unknown => "unknown",
            ElementStatus::NotAsked => "not_asked",
            ElementStatus::NotRequired => "not_required",
        }
    }

    /// The message id of the status's wording (`status-below-threshold`).
    pub fn message_id(self) -> &'static str {
        match self {
            ElementStatus::Present => "status-present",
            ElementStatus::BelowThreshold => "status-below-threshold",
            ElementStatus::Absent => "status-absent",
            ElementStatus::Unknown => "status-unknown",
            ElementStatus::NotAsked => "status-not-asked",
            ElementStatus::NotRequired => "status-not-required",
        }
    }
}

/// Counts of present ILO/EC 2009 indicators by published strength.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrengthCounts {
    /// Strong indicators present.
    pub strong: u32,
    /// Medium indicators present.
    pub medium: u32,
    /// Weak indicators present.
    pub weak: u32,
}

/// Flags: facts that change how the case is handled, whatever the pathways say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    /// The person is under 18 (`profile.child` present).
    pub child: bool,
    /// A child who is unaccompanied or separated.
    pub unaccompanied_child: bool,
    /// Smuggling indicators (a consented, paid crossing). Shown on its own: smuggling does not
    /// exclude trafficking.
    pub smuggling: bool,
    /// The person has no nationality.
    pub stateless: bool,
    /// A risk on return: do not return pending assessment.
    pub non_refoulement: bool,
    /// Immediate danger now: act on safety before anything else.
    pub urgent_safety: bool,
    /// UNHCR heightened-risk categories that apply, sorted.
    pub heightened_risk: Vec<RiskCategory>,
}

/// One flag of [`Flags`] that is either raised or not (the heightened-risk categories are a
/// list of their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// Immediate danger now.
    UrgentSafety,
    /// Under 18.
    Child,
    /// An unaccompanied or separated child.
    UnaccompaniedChild,
    /// A risk on return.
    NonRefoulement,
    /// No nationality.
    Stateless,
    /// Smuggling indicators.
    Smuggling,
}

impl Flag {
    /// Every flag, in the order they are shown: safety first.
    pub const ALL: [Flag; 6] = [
        Flag::UrgentSafety,
        Flag::Child,
        Flag::UnaccompaniedChild,
        Flag::NonRefoulement,
        Flag::Stateless,
        Flag::Smuggling,
    ];

    /// The snake_case id (the field's name in [`Flags`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::UrgentSafety => "urgent_safety",
            Flag::Child => "child",
            Flag::UnaccompaniedChild => "unaccompanied_child",
            Flag::NonRefoulement => "non_refoulement",
            Flag::Stateless => "stateless",
            Flag::Smuggling => "smuggling",
        }
    }

    /// The message id of the flag's wording (`flag-urgent-safety`).
    pub fn message_id(self) -> &'static str {
        match self {
            Flag::UrgentSafety => "flag-urgent-safety",
            Flag::Child => "flag-child",
            Flag::UnaccompaniedChild => "flag-unaccompanied-child",
            Flag::NonRefoulement => "flag-non-refoulement",
            Flag::Stateless => "flag-stateless",
            Flag::Smuggling => "flag-smuggling",
        }
    }

    /// What the outcome's reasons for this flag are about (`flag.urgent_safety`).
    pub fn about(self) -> &'static str {
        match self {
            Flag::UrgentSafety => "flag.urgent_safety",
            Flag::Child => "flag.child",
            Flag::UnaccompaniedChild => "flag.unaccompanied_child",
            Flag::NonRefoulement => "flag.non_refoulement",
            Flag::Stateless => "flag.stateless",
            Flag::Smuggling => "flag.smuggling",
        }
    }
}

impl Flags {
    /// Whether `flag` is raised.
    pub fn is_raised(&self, flag: Flag) -> bool {
        match flag {
            Flag::UrgentSafety => self.urgent_safety,
            Flag::Child => self.child,
            Flag::UnaccompaniedChild => self.unaccompanied_child,
            Flag::NonRefoulement => self.non_refoulement,
            Flag::Stateless => self.stateless,
            Flag::Smuggling => self.smuggling,
        }
    }

    /// The flags raised, in [`Flag::ALL`]'s order.
    pub fn raised(&self) -> impl Iterator<Item = Flag> + '_ {
        Flag::ALL.into_iter().filter(|f| self.is_raised(*f))
    }
}

/// A recommended referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Referral {
    /// Where to.
    pub kind: ReferralKind,
    /// Act now (immediate danger).
    pub urgent: bool,
}

/// Where a person can be referred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralKind {
    /// The asylum procedure (refugee status and complementary protection).
    AsylumProcedure,
    /// The national anti-trafficking referral mechanism / specialised service.
    AntiTrafficking,
    /// Child protection services.
    ChildProtection,
    /// A best-interests assessment (UNHCR Best Interests Procedure, 2021).
    BestInterestsAssessment,
    /// Medical care.
    Medical,
    /// Psychosocial support.
    Psychosocial,
    /// Legal aid.
    LegalAid,
    /// Safe shelter.
    Shelter,
}

impl ReferralKind {
    /// Every kind, in the order referrals are listed.
    pub const ALL: [ReferralKind; 8] = [
        ReferralKind::AsylumProcedure,
        ReferralKind::AntiTrafficking,
        ReferralKind::ChildProtection,
        ReferralKind::BestInterestsAssessment,
        ReferralKind::Medical,
        ReferralKind::Psychosocial,
        ReferralKind::LegalAid,
        ReferralKind::Shelter,
    ];

    /// The snake_case id, e.g. `asylum_procedure`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralKind::AsylumProcedure => "asylum_procedure",
            ReferralKind::AntiTrafficking => "anti_trafficking",
            ReferralKind::ChildProtection => "child_protection",
            ReferralKind::BestInterestsAssessment => "best_interests_assessment",
            ReferralKind::Medical => "medical",
            ReferralKind::Psychosocial => "psychosocial",
            ReferralKind::LegalAid => "legal_aid",
            ReferralKind::Shelter => "shelter",
        }
    }

    /// The message id of the referral's name (`referral-asylum-procedure`).
    pub fn message_id(self) -> &'static str {
        match self {
            ReferralKind::AsylumProcedure => "referral-asylum-procedure",
            ReferralKind::AntiTrafficking => "referral-anti-trafficking",
            ReferralKind::ChildProtection => "referral-child-protection",
            ReferralKind::BestInterestsAssessment => "referral-best-interests-assessment",
            ReferralKind::Medical => "referral-medical",
            ReferralKind::Psychosocial => "referral-psychosocial",
            ReferralKind::LegalAid => "referral-legal-aid",
            ReferralKind::Shelter => "referral-shelter",
        }
    }

    /// What the outcome's reasons for this referral are about (`referral.asylum_procedure`).
    pub fn about(self) -> String {
        format!("referral.{}", self.as_str())
    }
}

/// Whether an outcome is a call to act now: the urgent-safety flag, or a referral the rules
/// mark urgent (such as shelter for someone with no safe place tonight). The one meaning of
/// "urgent" the app's notice, the outcome and the audit share.
impl Outcome {
    /// See above.
    pub fn is_urgent(&self) -> bool {
        self.flags.urgent_safety || self.referrals.iter().any(|r| r.urgent)
    }
}

/// A translatable message: a stable Fluent id plus its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The Fluent message id, e.g. `reason-palermo-act-means-purpose`.
    pub id: String,
    /// Named arguments. Values are plain strings; those that are ids (elements, lists,
    /// grounds) can themselves be translated by the reader.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

/// One link of the chain from answers to a conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// What this explains: `pathway.trafficking`, `pathway.international_protection`,
    /// `flag.<name>`, `referral.<kind>` or `note.<name>`.
    pub about: String,
    /// The explanation, as a message id and arguments.
    pub message: Message,
    /// The indicator codes behind it, sorted.
    pub indicators: Vec<String>,
    /// The answers behind those indicators, sorted.
    pub answers: Vec<AnswerRef>,
}

impl Outcome {
    /// The reasons given for one subject (e.g. `referral.anti_trafficking`).
    pub fn reasons_for<'a>(&'a self, about: &'a str) -> impl Iterator<Item = &'a Reason> + 'a {
        self.reasons.iter().filter(move |r| r.about == about)
    }

    /// Whether a referral of this kind is recommended.
    pub fn refers_to(&self, kind: ReferralKind) -> bool {
        self.referrals.iter().any(|r| r.kind == kind)
    }
}
