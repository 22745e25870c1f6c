//! Choosing the cases an export covers.

use crate::error::{ExportError, Result};
use harbour_vault::{CaseStatus, CaseSummary, Vault};

/// Which cases to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSelection {
    /// Every case in the vault.
    All,
    /// Cases whose interview is finished.
    Finished,
    /// Cases by id or reference (`HB-…`), in the order given.
    Cases(Vec<String>),
}

/// Resolve a selection to cases, oldest first (or in the order given).
pub fn select_cases(vault: &Vault, selection: &CaseSelection) -> Result<Vec<CaseSummary>> {
    let mut all = vault.list_cases()?;
    all.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
    match selection {
        CaseSelection::All => Ok(all),
        CaseSelection::Finished => Ok(all
            .into_iter()
            .filter(|c| c.status == CaseStatus::Finished)
            .collect()),
        CaseSelection::Cases(wanted) => {
            let mut out: Vec<CaseSummary> = Vec::new();
            for w in wanted {
                let c = find_case(&all, w).ok_or_else(|| ExportError::CaseNotFound(w.clone()))?;
                if !out.iter().any(|o| o.id == c.id) {
                    out.push(c.clone());
                }
            }
            Ok(out)
        }
    }
}

/// A case by id or reference. A look-up is exact: what is typed is brought to the
/// canonical upper-case form of references (`hb-7k3qx9` → `HB-7K3QX9`), then compared
/// byte for byte, so a case whose stored reference differs only in letter case (which an
/// import refuses) can never be found in place of the real one.
pub fn find_case<'a>(cases: &'a [CaseSummary], key: &str) -> Option<&'a CaseSummary> {
    let key = key.trim();
    let reference = key.to_ascii_uppercase();
    cases
        .iter()
        .find(|c| c.id == key)
        .or_else(|| cases.iter().find(|c| c.reference == reference))
}
