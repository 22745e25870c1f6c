//! The case record: one case as it travels in a bundle (and in a plain export).
//!
//! Payloads, outcomes and inputs stay the exact JSON strings the vault holds, so a case
//! imported at headquarters is byte-for-byte the case exported in the field, and the SHA-256
//! of a record's serialisation identifies its content. `exported_at` is not part of the
//! record: exporting a case twice yields the same record and the same hash.

use crate::error::{ExportError, Result};
use harbour_vault::{
    AuditEntry, CaseStatus, CaseSummary, ImportSession, SessionSummary, StepRecord,
    StoredAssessment, Vault,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use zeroize::Zeroizing;

/// One case with everything of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    /// The case id on the exporting device.
    pub id: String,
    /// The short reference (`HB-…`).
    pub reference: String,
    /// `in_progress`, `finished` or `consent_refused`.
    pub status: String,
    /// When it was opened (RFC 3339).
    pub created_at: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
    /// Interview sessions, oldest first.
    pub sessions: Vec<SessionRecord>,
    /// The stored assessment, if any.
    pub assessment: Option<AssessmentRecord>,
    /// The case's audit entries (metadata only: event names, times, actors, counts).
    pub audit: Vec<AuditRecord>,
}

/// One interview session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    /// The session id.
    pub id: String,
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version.
    pub questionnaire_version: String,
    /// When it started.
    pub started_at: String,
    /// Its steps, in order.
    pub steps: Vec<StepRecordOut>,
}

/// One step (an answer, a skip, a pause, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecordOut {
    /// Position in the session, from 1.
    pub seq: i64,
    /// When it was committed.
    pub at: String,
    /// The engine's step kind.
    pub kind: String,
    /// The question id, if any.
    pub question_id: Option<String>,
    /// The language the question was asked in.
    pub language: Option<String>,
    /// The engine's serialisation of the step (a JSON string, kept verbatim).
    pub payload: String,
}

/// The stored assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRecord {
    /// The rules version that produced it.
    pub rules_version: String,
    /// When.
    pub assessed_at: String,
    /// `harbour_rules::Outcome` as JSON (verbatim).
    pub outcome: String,
    /// The inputs as JSON (verbatim).
    pub inputs: String,
}

/// One audit entry of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRecord {
    /// When.
    pub at: String,
    /// Who (a staff label).
    pub actor: String,
    /// The event name.
    pub event: String,
    /// Counts or codes.
    pub detail: Option<String>,
}

/// A case as the vault stores it: row, sessions with steps, assessment, audit entries.
pub(crate) type VaultParts = (
    CaseSummary,
    Vec<ImportSession>,
    Option<StoredAssessment>,
    Vec<AuditEntry>,
);

impl CaseRecord {
    /// Read one case from the vault. `audit` is the case's audit entries (from
    /// [`Vault::case_audit`] or grouped from the whole log).
    pub fn from_vault(
        vault: &Vault,
        case: &CaseSummary,
        audit: &[AuditEntry],
    ) -> Result<CaseRecord> {
        // Exports and import comparisons read whole cases; the export is audited as a whole.
        vault.in_bulk(|vault| CaseRecord::read(vault, case, audit))
    }

    fn read(vault: &Vault, case: &CaseSummary, audit: &[AuditEntry]) -> Result<CaseRecord> {
        let mut sessions = Vec::new();
        for s in vault.sessions(&case.id)? {
            let steps = vault
                .steps(&s.id)?
                .into_iter()
                .map(|r| StepRecordOut {
                    seq: r.seq,
                    at: r.at,
                    kind: r.kind,
                    question_id: r.question_id,
                    language: r.language,
                    payload: r.payload,
                })
                .collect();
            sessions.push(SessionRecord {
                id: s.id,
                questionnaire_id: s.questionnaire_id,
                questionnaire_version: s.questionnaire_version,
                started_at: s.started_at,
                steps,
            });
        }
        let assessment = vault.assessment(&case.id)?.map(|a| AssessmentRecord {
            rules_version: a.rules_version,
            assessed_at: a.assessed_at,
            outcome: a.outcome,
            inputs: a.inputs,
        });
        Ok(CaseRecord {
            id: case.id.clone(),
            reference: case.reference.clone(),
            status: case.status.as_str().to_string(),
            created_at: case.created_at.clone(),
            updated_at: case.updated_at.clone(),
            sessions,
            assessment,
            // Where copies went (summaries, earlier bundles) is the device's own record for a
            // withdrawal there: folders of this machine mean nothing at headquarters, may
            // name a local account, and would make an unchanged case look changed.
            audit: audit
                .iter()
                .filter(|e| !e.names_a_copy())
                .map(|e| AuditRecord {
                    at: e.at.clone(),
                    actor: e.actor.clone(),
                    event: e.event.clone(),
                    detail: e.detail.clone(),
                })
                .collect(),
        })
    }

    /// The record's canonical serialisation (one line of JSON), wiped when dropped.
    pub fn to_line(&self) -> Result<Zeroizing<Vec<u8>>> {
        serde_json::to_vec(self)
            .map(Zeroizing::new)
            .map_err(|e| ExportError::Internal {
                action: "serialising a case",
                detail: e.to_string(),
            })
    }

    /// The parsed case status.
    pub fn case_status(&self) -> Option<CaseStatus> {
        match self.status.as_str() {
            "in_progress" => Some(CaseStatus::InProgress),
            "finished" => Some(CaseStatus::Finished),
            "consent_refused" => Some(CaseStatus::ConsentRefused),
            _ => None,
        }
    }

    /// The parts the vault stores, under a (possibly renamed) local case id; session ids get
    /// `session_suffix` appended (used for a conflicting version kept side by side).
    pub(crate) fn to_vault_parts(
        &self,
        local_id: &str,
        reference: &str,
        session_suffix: &str,
    ) -> Option<VaultParts> {
        let status = self.case_status()?;
        let case = CaseSummary {
            id: local_id.to_string(),
            reference: reference.to_string(),
            status,
            created_at: self.created_at.clone(),
            updated_at: self.updated_at.clone(),
            exported_at: None,
        };
        let sessions = self
            .sessions
            .iter()
            .map(|s| ImportSession {
                session: SessionSummary {
                    id: format!("{}{session_suffix}", s.id),
                    case_id: local_id.to_string(),
                    questionnaire_id: s.questionnaire_id.clone(),
                    questionnaire_version: s.questionnaire_version.clone(),
                    started_at: s.started_at.clone(),
                },
                steps: s
                    .steps
                    .iter()
                    .map(|r| StepRecord {
                        seq: r.seq,
                        at: r.at.clone(),
                        kind: r.kind.clone(),
                        question_id: r.question_id.clone(),
                        language: r.language.clone(),
                        payload: r.payload.clone(),
                    })
                    .collect(),
            })
            .collect();
        let assessment = self.assessment.as_ref().map(|a| StoredAssessment {
            rules_version: a.rules_version.clone(),
            assessed_at: a.assessed_at.clone(),
            outcome: a.outcome.clone(),
            inputs: a.inputs.clone(),
        });
        let audit = self
            .audit
            .iter()
            .map(|e| AuditEntry {
                at: e.at.clone(),
                actor: e.actor.clone(),
                event: e.event.clone(),
                case_id: Some(local_id.to_string()),
                detail: e.detail.clone(),
            })
            .collect();
        Some((case, sessions, assessment, audit))
    }
}

/// SHA-256 of bytes, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Group the whole audit log by case id, in one pass (cheaper than one query per case).
pub(crate) fn audit_by_case(vault: &Vault) -> Result<HashMap<String, Vec<AuditEntry>>> {
    let mut map: HashMap<String, Vec<AuditEntry>> = HashMap::new();
    for e in vault.audit_log()? {
        if let Some(id) = e.case_id.clone() {
            map.entry(id).or_default().push(e);
        }
    }
    Ok(map)
}
