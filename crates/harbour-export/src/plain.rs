//! Plain export of identified data (JSON or CSV), for the rare case an organisation needs it
//! outside Harbour. It exists only behind an explicit confirmation: the caller must build a
//! [`PlainExportConfirmation`] by name, and every plain export leaves a `PlainExport` audit
//! entry. Prefer [`crate::export_bundle`], which never writes plaintext.

use crate::bundle::{audit_by_case, CaseRecord};
use crate::error::{ExportError, Result};
use crate::select::{select_cases, CaseSelection};
use crate::stats::write_atomic;
use chrono::{DateTime, Utc};
use harbour_vault::{AuditEvent, Vault};
use std::path::Path;
use zeroize::Zeroizing;

/// Proof that a person confirmed they are writing identified data in the clear. It can only
/// be made with [`PlainExportConfirmation::i_understand_this_is_identified_data`].
#[derive(Debug)]
pub struct PlainExportConfirmation(());

impl PlainExportConfirmation {
    /// The confirmation. Call it only after the user has explicitly confirmed (the CLI's
    /// `--i-understand-this-is-identified-data`, a dialog in the app).
    pub fn i_understand_this_is_identified_data() -> Self {
        PlainExportConfirmation(())
    }
}

/// The plain formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlainFormat {
    /// A JSON array of case records (the bundle's record shape).
    Json,
    /// One CSV row per step: case, session, step fields and the payload JSON.
    Csv,
}

/// Write the selected cases in the clear to `out` and audit `PlainExport { cases }`.
/// Returns how many cases were written.
pub fn plain_export(
    vault: &mut Vault,
    selection: &CaseSelection,
    format: PlainFormat,
    out: &Path,
    _confirm: PlainExportConfirmation,
    now: DateTime<Utc>,
) -> Result<usize> {
    vault.require_supervisor("exporting cases")?;
    let cases = select_cases(vault, selection)?;
    if cases.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let audit = audit_by_case(vault)?;
    let empty = Vec::new();
    let mut records = Vec::with_capacity(cases.len());
    for c in &cases {
        records.push(CaseRecord::from_vault(
            vault,
            c,
            audit.get(&c.id).unwrap_or(&empty),
        )?);
    }
    let bytes = Zeroizing::new(match format {
        PlainFormat::Json => {
            serde_json::to_vec_pretty(&records).map_err(|e| ExportError::Internal {
                action: "serialising cases",
                detail: e.to_string(),
            })?
        }
        PlainFormat::Csv => to_csv(&records).into_bytes(),
    });
    write_atomic(out, &bytes)?;
    vault.audit(AuditEvent::PlainExport { cases: cases.len() }, None, now)?;
    Ok(cases.len())
}

fn to_csv(records: &[CaseRecord]) -> String {
    let mut out = String::from(
        "case_id,reference,status,session_id,questionnaire_id,questionnaire_version,seq,at,kind,question_id,language,payload\n",
    );
    for r in records {
        for s in &r.sessions {
            for st in &s.steps {
                let fields = [
                    r.id.as_str(),
                    &r.reference,
                    &r.status,
                    &s.id,
                    &s.questionnaire_id,
                    &s.questionnaire_version,
                    &st.seq.to_string(),
                    &st.at,
                    &st.kind,
                    st.question_id.as_deref().unwrap_or(""),
                    st.language.as_deref().unwrap_or(""),
                    &st.payload,
                ];
                let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                out.push_str(&line.join(","));
                out.push('\n');
            }
        }
    }
    out
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet
/// never runs an answer as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
