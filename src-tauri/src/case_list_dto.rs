//! The case list's IPC contract: what the list asks for and the page it gets back. Closed
//! sets are enums, so TypeScript gets unions; converted by hand from and to the vault's own
//! types (`harbour_vault::CaseQuery`, `CasePage`).

use crate::dto::{CaseDto, CaseStatusDto};
use crate::outcome_dto::LevelDto;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the case list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseSortDto {
    /// Last change (the default).
    #[default]
    Updated,
    /// When the case was opened.
    Created,
    /// The reference.
    Reference,
}

/// One page of the case list: search, filters, sort and page. Absent filters do not narrow.
#[derive(Debug, Clone, Default, Deserialize, Serialize, TS)]
pub struct CaseQueryDto {
    /// What the search box holds (a reference or its start; `HB-` may be left out).
    #[serde(default)]
    pub search: String,
    /// Only cases with this status.
    #[serde(default)]
    pub status: Option<CaseStatusDto>,
    /// Only cases whose outcome has this trafficking level.
    #[serde(default)]
    pub trafficking: Option<LevelDto>,
    /// Only cases whose outcome has this international-protection level.
    #[serde(default)]
    pub protection: Option<LevelDto>,
    /// Only urgent cases (`true`) or only the others.
    #[serde(default)]
    pub urgent: Option<bool>,
    /// Only exported cases (`true`) or only those never exported.
    #[serde(default)]
    pub exported: Option<bool>,
    /// Only this staff member's cases (supervisors; an interviewer only ever sees their own).
    #[serde(default)]
    pub owner: Option<String>,
    /// Sort key.
    #[serde(default)]
    pub sort: CaseSortDto,
    /// Newest (or last reference) first.
    #[serde(default)]
    pub descending: bool,
    /// Page number, from 0.
    #[serde(default)]
    pub page: u32,
    /// Cases per page (1 to 200).
    pub page_size: u32,
}

/// One page of cases and how many match in all.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CasePageDto {
    /// The cases on this page, in order.
    pub cases: Vec<CaseDto>,
    /// How many match (at least this many when `total_exact` is false).
    pub total: u32,
    /// Whether `total` is exact (a search counts up to a cap).
    pub total_exact: bool,
    /// Position of the first case of the page in the whole list, from 0.
    pub offset: u32,
    /// Cases per page (as asked, unless an end-to-end test set it).
    pub page_size: u32,
}

impl From<CaseStatusDto> for harbour_vault::CaseStatus {
    fn from(s: CaseStatusDto) -> Self {
        match s {
            CaseStatusDto::InProgress => harbour_vault::CaseStatus::InProgress,
            CaseStatusDto::Finished => harbour_vault::CaseStatus::Finished,
            CaseStatusDto::ConsentRefused => harbour_vault::CaseStatus::ConsentRefused,
        }
    }
}

impl From<LevelDto> for harbour_vault::PathwayLevel {
    fn from(l: LevelDto) -> Self {
        match l {
            LevelDto::None => harbour_vault::PathwayLevel::None,
            LevelDto::InsufficientInformation => {
                harbour_vault::PathwayLevel::InsufficientInformation
            }
            LevelDto::Possible => harbour_vault::PathwayLevel::Possible,
            LevelDto::Strong => harbour_vault::PathwayLevel::Strong,
        }
    }
}

impl From<CaseSortDto> for harbour_vault::SortKey {
    fn from(s: CaseSortDto) -> Self {
        match s {
            CaseSortDto::Updated => harbour_vault::SortKey::Updated,
            CaseSortDto::Created => harbour_vault::SortKey::Created,
            CaseSortDto::Reference => harbour_vault::SortKey::Reference,
        }
    }
}
