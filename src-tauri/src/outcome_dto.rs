//! The IPC contract of the outcome screen (hand-written counterparts of domain types).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// A pathway's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LevelDto {
    /// No indicators.
    None,
    /// Not enough information.
    InsufficientInformation,
    /// Some indicators.
    Possible,
    /// Indicators for every element.
    Strong,
}

/// A legal element's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ElementStatusDto {
    /// Indicators present.
    Present,
    /// Some indicators, below the published threshold.
    BelowThreshold,
    /// Answered no.
    Absent,
    /// Declined or not known.
    Unknown,
    /// Not asked.
    NotAsked,
    /// Not required (the means, for a child).
    NotRequired,
}

/// The two pathways.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PathwayId {
    /// Trafficking in persons.
    Trafficking,
    /// International protection.
    InternationalProtection,
}

/// An answer behind a reason, readable by staff.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnswerRefDto {
    /// Question id.
    pub question_id: String,
    /// The question in the staff language.
    pub question: String,
    /// The answer in the staff language.
    pub answer: String,
    /// The language it was given in.
    pub language: String,
}

/// One reason, formatted in the staff language, with what it rests on.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReasonDto {
    /// What it explains (`pathway.trafficking`, `referral.medical`, `flag.child`, …).
    pub about: String,
    /// The sentence.
    pub text: String,
    /// Indicator codes.
    pub indicators: Vec<String>,
    /// The answers.
    pub answers: Vec<AnswerRefDto>,
}

/// An element of a legal test and how far the answers show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ElementDto {
    /// Its label.
    pub label: String,
    /// Its status.
    pub status: ElementStatusDto,
    /// Status text.
    pub status_text: String,
    /// Indicator codes behind it.
    pub indicators: Vec<String>,
}

/// A pathway with its level.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PathwayDto {
    /// Which pathway.
    pub id: PathwayId,
    /// Its name.
    pub name: String,
    /// Its level.
    pub level: LevelDto,
    /// The level in words.
    pub level_text: String,
    /// Elements of the test.
    pub elements: Vec<ElementDto>,
}

/// A flag or a referral.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ItemDto {
    /// Stable id (`child`, `medical`, …).
    pub id: String,
    /// Its text.
    pub text: String,
    /// Urgent (referrals).
    pub urgent: bool,
}

/// One pathway's level, as the summary says it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SummaryLevelDto {
    /// Which pathway.
    pub id: PathwayId,
    /// Its name.
    pub name: String,
    /// Its level.
    pub level: LevelDto,
    /// The level in the summary's words.
    pub text: String,
}

/// One referral with its own one-line reason in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SummaryReferralDto {
    /// Stable id (`asylum_procedure`, …).
    pub id: String,
    /// Its name.
    pub text: String,
    /// Act now.
    pub urgent: bool,
    /// Why, in words (at most three indicator labels, then "and N more").
    pub reason: String,
}

/// What the caseworker reads first, at the top of the outcome screen; no codes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SummaryDto {
    /// Its heading.
    pub title: String,
    /// The urgent-safety line, when raised.
    pub urgent: Option<String>,
    /// Both pathways.
    pub levels: Vec<SummaryLevelDto>,
    /// Other flags raised (under 18, risk on return, …), in words.
    pub flags: Vec<String>,
    /// The flags as one line (`Also: …`), when any.
    pub flags_line: Option<String>,
    /// Heading of the referrals.
    pub referrals_title: String,
    /// Each referral with its own reason.
    pub referrals: Vec<SummaryReferralDto>,
    /// Said when there is no referral.
    pub no_referrals: String,
}

/// The staff outcome screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OutcomeDto {
    /// The case.
    pub case_reference: String,
    /// The questionnaire the answers were given on (its id), empty if unknown.
    pub questionnaire_id: String,
    /// Its exact version: an interview stays on the version it started with.
    pub questionnaire_version: String,
    /// Rules version that produced the stored result.
    pub rules_version: String,
    /// When.
    pub assessed_at: String,
    /// Today's rules version.
    pub current_rules_version: String,
    /// Whether today's rules would give a different result from the same inputs.
    pub differs_today: bool,
    /// The summary shown first.
    pub summary: SummaryDto,
    /// Both pathways.
    pub pathways: Vec<PathwayDto>,
    /// Flags (including heightened-risk categories).
    pub flags: Vec<ItemDto>,
    /// Referrals, both pathways together when both apply.
    pub referrals: Vec<ItemDto>,
    /// Notes (non-penalisation, smuggling …).
    pub notes: Vec<String>,
    /// Every reason, each with its chain back to answers.
    pub reasons: Vec<ReasonDto>,
    /// Free-form key-value pairs for the UI (unused keys are ignored).
    pub extra: BTreeMap<String, String>,
}
