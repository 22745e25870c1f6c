//! The case list: one page at a time from the vault's case query, with each case's owner
//! named for a supervisor.

use crate::case_list_dto::{CasePageDto, CaseQueryDto};
use crate::dto::CaseDto;
use crate::error::IpcError;
use crate::shell::Shell;
use harbour_vault::{CaseQuery, CaseTotal, ReferenceSearch, VaultError};
use std::collections::HashMap;

impl Shell {
    /// One page of the cases the person may see. A search that cannot be a reference is
    /// `error-case-search-invalid` (with the character and its position); a page size outside
    /// 1 to 200 is `error-case-page-size`; an interviewer naming another owner is
    /// `error-vault-not-allowed`.
    pub fn query_cases(&self, req: CaseQueryDto) -> Result<CasePageDto, IpcError> {
        let reference = ReferenceSearch::parse(&req.search)?;
        let page_size = crate::switches::case_page_size().unwrap_or(req.page_size);
        let offset = u64::from(req.page) * u64::from(page_size);
        let q = CaseQuery {
            reference,
            status: req.status.map(Into::into),
            trafficking: req.trafficking.map(Into::into),
            protection: req.protection.map(Into::into),
            urgent: req.urgent,
            exported: req.exported,
            owner: req.owner.filter(|o| !o.is_empty()),
            sort: req.sort.into(),
            descending: req.descending,
            offset,
            limit: page_size,
        };
        self.with_vault(|v| {
            let page = v.query_cases(&q)?;
            // A supervisor sees whose each case is.
            let names: Option<HashMap<String, String>> = if v.acting().is_supervisor() {
                Some(
                    v.list_staff()?
                        .into_iter()
                        .map(|m| (m.id, m.display_name))
                        .collect::<HashMap<_, _>>(),
                )
            } else {
                None
            };
            let (total, total_exact) = match page.total {
                CaseTotal::Exact(n) => (n, true),
                CaseTotal::AtLeast(n) => (n, false),
            };
            let cases = page
                .cases
                .into_iter()
                .map(|c| {
                    let owner = names
                        .as_ref()
                        .and_then(|n| c.owner.as_ref().and_then(|id| n.get(id).cloned()));
                    CaseDto {
                        owner,
                        urgent: c.urgent,
                        ..CaseDto::from(c.case)
                    }
                })
                .collect();
            Ok::<_, VaultError>(CasePageDto {
                cases,
                total: u32::try_from(total).unwrap_or(u32::MAX),
                total_exact,
                offset: u32::try_from(offset).unwrap_or(u32::MAX),
                page_size,
            })
        })
    }
}

#[cfg(test)]
#[path = "case_list_tests.rs"]
mod tests;
