//! The closed-set facts of a case that may be plain columns: status, dates, questionnaire and
//! rules versions, pathway levels, flags, referrals, nationality, age band and gender as
//! codes of their closed sets, and the outcome with its reasons and notes emptied (those point
//! at answers). Nothing here comes from an answer's text.

use chrono::{DateTime, Utc};
use harbour_export::bundle::CaseRecord;
use harbour_export::stats::categories;
use harbour_export::ExportError;
use harbour_rules::Outcome;
use std::path::Path;

/// A case's plain columns.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseFacts {
    /// `in_progress`, `finished` or `consent_refused`.
    pub status: String,
    /// When the case was opened.
    pub created_at: DateTime<Utc>,
    /// Its last change.
    pub updated_at: DateTime<Utc>,
    /// The questionnaire of its latest session.
    pub questionnaire_id: Option<String>,
    /// Its version.
    pub questionnaire_version: Option<String>,
    /// The rules version of the assessment.
    pub rules_version: Option<String>,
    /// When it was assessed.
    pub assessed_at: Option<DateTime<Utc>>,
    /// The trafficking level.
    pub trafficking_level: Option<String>,
    /// The international-protection level.
    pub protection_level: Option<String>,
    /// The flags set (the statistics' flag names).
    pub flags: Vec<String>,
    /// The referrals.
    pub referrals: Vec<String>,
    /// Urgent safety, or a referral marked urgent.
    pub urgent: bool,
    /// Nationality as a closed-set code (`None` when not recorded).
    pub nationality: Option<String>,
    /// Age band as a closed-set code.
    pub age_band: Option<String>,
    /// Gender as a closed-set code.
    pub gender: Option<String>,
    /// The outcome without reasons and notes.
    pub outcome_closed: Option<Outcome>,
}

fn time(
    path: &Path,
    case: &str,
    field: &'static str,
    value: &str,
) -> Result<DateTime<Utc>, ExportError> {
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| ExportError::BadField {
            path: path.to_path_buf(),
            place: format!("case {case}"),
            field,
            reason: "not an RFC 3339 time".into(),
        })
}

/// The outcome with everything that points at answers removed.
pub fn closed_outcome(outcome: &Outcome) -> Outcome {
    let mut o = outcome.clone();
    o.reasons.clear();
    o.notes.clear();
    o
}

/// The plain columns of a verified case record. An assessment that does not decode in the
/// published format refuses the bundle (nothing is written).
pub fn case_facts(path: &Path, record: &CaseRecord) -> Result<CaseFacts, ExportError> {
    let latest = record.sessions.last();
    let mut facts = CaseFacts {
        status: record.status.clone(),
        created_at: time(path, &record.id, "created_at", &record.created_at)?,
        updated_at: time(path, &record.id, "updated_at", &record.updated_at)?,
        questionnaire_id: latest.map(|s| s.questionnaire_id.clone()),
        questionnaire_version: latest.map(|s| s.questionnaire_version.clone()),
        rules_version: None,
        assessed_at: None,
        trafficking_level: None,
        protection_level: None,
        flags: Vec::new(),
        referrals: Vec::new(),
        urgent: false,
        nationality: None,
        age_band: None,
        gender: None,
        outcome_closed: None,
    };
    let Some(a) = &record.assessment else {
        return Ok(facts);
    };
    let decoded = harbour_rules::Assessment::decode(&a.outcome, &a.inputs).map_err(|_| {
        ExportError::BadAssessment {
            case: record.id.clone(),
            detail: "the outcome or inputs are not in the published format".into(),
        }
    })?;
    let o = &decoded.outcome;
    let p = &decoded.inputs.profile;
    facts.rules_version = Some(a.rules_version.clone());
    facts.assessed_at = Some(time(path, &record.id, "assessed_at", &a.assessed_at)?);
    facts.trafficking_level = Some(o.pathways.trafficking.level.as_str().to_string());
    facts.protection_level = Some(
        o.pathways
            .international_protection
            .level
            .as_str()
            .to_string(),
    );
    let f = &o.flags;
    for (on, name) in [
        (f.child, "child"),
        (f.unaccompanied_child, "unaccompanied_child"),
        (f.smuggling, "smuggling"),
        (f.stateless, "stateless"),
        (f.non_refoulement, "non_refoulement"),
        (f.urgent_safety, "urgent_safety"),
        (!f.heightened_risk.is_empty(), "heightened_risk"),
    ] {
        if on {
            facts.flags.push(name.to_string());
        }
    }
    facts.referrals = o
        .referrals
        .iter()
        .map(|r| r.kind.as_str().to_string())
        .collect();
    facts.urgent = o.is_urgent();
    facts.nationality = p
        .nationality
        .as_deref()
        .map(|n| categories::nationality(Some(n)));
    facts.age_band = p.age_band.as_deref().map(|b| categories::age_band(Some(b)));
    facts.gender = p.gender.as_deref().map(|g| categories::gender(Some(g)));
    facts.outcome_closed = Some(closed_outcome(o));
    Ok(facts)
}
