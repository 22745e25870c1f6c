//! The case list at scale: one page of the cases the acting person may see, searched by
//! reference, filtered on closed-set columns, sorted, with a total.
//!
//! Every filter is a column of `cases` with an index per sort key (migration 5), so the
//! first page is read in order from one index and stops after a page, whatever the number of
//! cases. The total of a query without a search is a sum over `case_counts` (one row per
//! combination of the filtered values, kept by triggers); with a search it is counted up to
//! [`SEARCH_COUNT_CAP`]. Only the filters in use appear in the SQL, so the planner sees plain
//! equalities and can use their indexes (a `?1 IS NULL OR col = ?1` would hide them).

use crate::case_facts::PathwayLevel;
use crate::error::{classify_write, Result, VaultError};
use crate::records::{case_row, CaseStatus, CaseSummary};
use crate::vault::Vault;
use rusqlite::types::Value;

/// Most cases on one page.
pub const MAX_PAGE_SIZE: u32 = 200;
/// The page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: u32 = 50;
/// A search's total is counted up to this many matches, then reported as "at least".
pub const SEARCH_COUNT_CAP: u64 = 1_000;
/// The longest reference: `HB-` + 6 + `-` + 6 (a version kept beside another).
pub const MAX_SEARCH_CHARS: usize = 16;

/// What the search box holds, made into a prefix of Harbour's reference form (`HB-7K3QX9`):
/// upper case, spaces dropped, `HB-` supplied when left out (`7k3` and `hb7k3` both find
/// `HB-7K3…`). A whole reference finds that case (and a version kept beside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceSearch(String);

impl ReferenceSearch {
    /// Read a search. `Ok(None)` when it narrows nothing (empty, or only `HB-` or part of
    /// it); [`VaultError::InvalidSearch`] names the first character that cannot be part of
    /// a reference and where it is; [`VaultError::SearchTooLong`] beyond a reference's length.
    pub fn parse(text: &str) -> Result<Option<ReferenceSearch>> {
        let mut s = String::with_capacity(text.len());
        for (i, c) in text.chars().enumerate() {
            if c.is_whitespace() {
                continue;
            }
            let up = c.to_ascii_uppercase();
            if !(up.is_ascii_uppercase() || up.is_ascii_digit() || up == '-') {
                return Err(VaultError::InvalidSearch {
                    character: c,
                    position: i + 1,
                });
            }
            s.push(up);
        }
        if s.chars().count() > MAX_SEARCH_CHARS {
            return Err(VaultError::SearchTooLong {
                max_chars: MAX_SEARCH_CHARS,
            });
        }
        if "HB-".starts_with(s.as_str()) {
            return Ok(None);
        }
        let prefix = if s.starts_with("HB-") {
            s
        } else if let Some(rest) = s.strip_prefix("HB") {
            format!("HB-{rest}")
        } else {
            format!("HB-{s}")
        };
        if prefix.chars().count() > MAX_SEARCH_CHARS {
            return Err(VaultError::SearchTooLong {
                max_chars: MAX_SEARCH_CHARS,
            });
        }
        Ok(Some(ReferenceSearch(prefix)))
    }

    /// The prefix every match starts with.
    pub fn prefix(&self) -> &str {
        &self.0
    }
}

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Last change (the default).
    #[default]
    Updated,
    /// When the case was opened.
    Created,
    /// The reference.
    Reference,
}

impl SortKey {
    fn column(self) -> &'static str {
        match self {
            SortKey::Updated => "updated_at",
            SortKey::Created => "created_at",
            SortKey::Reference => "reference",
        }
    }
}

/// One page of the case list: what to search, filter and sort, and which page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseQuery {
    /// Reference prefix (or whole reference).
    pub reference: Option<ReferenceSearch>,
    /// Only cases with this status.
    pub status: Option<CaseStatus>,
    /// Only cases whose stored outcome has this trafficking level.
    pub trafficking: Option<PathwayLevel>,
    /// Only cases whose stored outcome has this international-protection level.
    pub protection: Option<PathwayLevel>,
    /// Only urgent cases (`true`) or only the others (`false`).
    pub urgent: Option<bool>,
    /// Only exported cases (`true`) or only those never exported (`false`).
    pub exported: Option<bool>,
    /// Only the cases of this staff member (a supervisor's filter; an interviewer may name
    /// only themselves).
    pub owner: Option<String>,
    /// Sort key.
    pub sort: SortKey,
    /// Newest (or last reference) first.
    pub descending: bool,
    /// Cases to skip (page number × page size).
    pub offset: u64,
    /// Page size, 1 to [`MAX_PAGE_SIZE`].
    pub limit: u32,
}

impl Default for CaseQuery {
    /// Every case the person may see, most recently changed first, first page.
    fn default() -> Self {
        CaseQuery {
            reference: None,
            status: None,
            trafficking: None,
            protection: None,
            urgent: None,
            exported: None,
            owner: None,
            sort: SortKey::Updated,
            descending: true,
            offset: 0,
            limit: DEFAULT_PAGE_SIZE,
        }
    }
}

/// How many cases match a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseTotal {
    /// Exactly this many.
    Exact(u64),
    /// At least this many (a search's count stops at [`SEARCH_COUNT_CAP`]).
    AtLeast(u64),
}

/// A case as the list shows it: its summary, whose it is, and the filtered facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedCase {
    /// The case.
    pub case: CaseSummary,
    /// The staff id it belongs to.
    pub owner: Option<String>,
    /// Trafficking level of its stored outcome, if assessed.
    pub trafficking: Option<PathwayLevel>,
    /// International-protection level of its stored outcome, if assessed.
    pub protection: Option<PathwayLevel>,
    /// Its stored outcome is urgent.
    pub urgent: bool,
}

/// One page and the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasePage {
    /// The cases on this page, in order.
    pub cases: Vec<ListedCase>,
    /// How many match in all.
    pub total: CaseTotal,
}

/// The SQL of a query's page and its values (for `EXPLAIN QUERY PLAN` in tests too).
pub(crate) struct PageSql {
    pub sql: String,
    pub values: Vec<Value>,
}

impl Vault {
    /// One page of the cases the acting person may see (a supervisor every case, an
    /// interviewer their own), searched, filtered and sorted as `q` says, with the total.
    /// An interviewer naming another person as owner gets [`VaultError::NotAllowed`]; a
    /// page size outside 1 to [`MAX_PAGE_SIZE`] is [`VaultError::InvalidPageSize`].
    pub fn query_cases(&self, q: &CaseQuery) -> Result<CasePage> {
        let page = self.page_sql(q)?;
        let err = |e| classify_write(&self.path, "listing cases", e);
        let total = self.count_cases(q)?;
        let empty = match total {
            CaseTotal::Exact(n) => n <= q.offset,
            CaseTotal::AtLeast(_) => false,
        };
        if empty {
            return Ok(CasePage {
                cases: Vec::new(),
                total,
            });
        }
        let mut st = self.conn.prepare_cached(&page.sql).map_err(err)?;
        let cases = st
            .query_map(rusqlite::params_from_iter(page.values.iter()), |r| {
                Ok(ListedCase {
                    case: case_row(r)?,
                    owner: r.get(6)?,
                    trafficking: r
                        .get::<_, Option<String>>(7)?
                        .and_then(|s| PathwayLevel::parse(&s)),
                    protection: r
                        .get::<_, Option<String>>(8)?
                        .and_then(|s| PathwayLevel::parse(&s)),
                    urgent: r.get(9)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(err)?;
        Ok(CasePage { cases, total })
    }

    /// The owner the query is limited to: the person themselves for an interviewer.
    fn owner_scope(&self, q: &CaseQuery) -> Result<Option<String>> {
        if self.staff.is_supervisor() {
            return Ok(q.owner.clone());
        }
        match &q.owner {
            Some(o) if *o != self.actor => Err(VaultError::NotAllowed {
                action: "listing another person's cases",
                needs: "a supervisor",
            }),
            _ => Ok(Some(self.actor.clone())),
        }
    }

    /// The equalities of a query (column, value), owner scope included.
    fn filters(&self, q: &CaseQuery) -> Result<Vec<(&'static str, Value)>> {
        let mut f: Vec<(&'static str, Value)> = Vec::new();
        if let Some(o) = self.owner_scope(q)? {
            f.push(("owner", Value::Text(o)));
        }
        if let Some(s) = q.status {
            f.push(("status", Value::Text(s.as_str().into())));
        }
        if let Some(l) = q.trafficking {
            f.push(("trafficking_level", Value::Text(l.as_str().into())));
        }
        if let Some(l) = q.protection {
            f.push(("protection_level", Value::Text(l.as_str().into())));
        }
        if let Some(u) = q.urgent {
            f.push(("urgent", Value::Integer(i64::from(u))));
        }
        if let Some(x) = q.exported {
            f.push(("exported", Value::Integer(i64::from(x))));
        }
        Ok(f)
    }

    pub(crate) fn page_sql(&self, q: &CaseQuery) -> Result<PageSql> {
        if q.limit == 0 || q.limit > MAX_PAGE_SIZE {
            return Err(VaultError::InvalidPageSize { max: MAX_PAGE_SIZE });
        }
        let (mut clauses, mut values): (Vec<String>, Vec<Value>) = self
            .filters(q)?
            .into_iter()
            .map(|(c, v)| (format!("{c} = ?"), v))
            .unzip();
        if let Some(r) = &q.reference {
            // Every reference character sorts below '~', so [prefix, prefix~) is exactly
            // the references that start with it: one range of the reference index.
            clauses.push("reference >= ? AND reference < ?".into());
            values.push(Value::Text(r.prefix().into()));
            values.push(Value::Text(format!("{}~", r.prefix())));
        }
        let dir = if q.descending { "DESC" } else { "ASC" };
        let order = match q.sort {
            SortKey::Reference => format!("reference {dir}"),
            key => format!("{} {dir}, rowid {dir}", key.column()),
        };
        let filter = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        values.push(Value::Integer(i64::from(q.limit)));
        values.push(Value::Integer(i64::try_from(q.offset).unwrap_or(i64::MAX)));
        Ok(PageSql {
            sql: format!(
                "SELECT id, reference, status, created_at, updated_at, exported_at, owner, trafficking_level, protection_level, urgent FROM cases {filter} ORDER BY {order} LIMIT ? OFFSET ?"
            ),
            values,
        })
    }

    fn count_cases(&self, q: &CaseQuery) -> Result<CaseTotal> {
        let err = |e| classify_write(&self.path, "counting cases", e);
        let filters = self.filters(q)?;
        if let Some(r) = &q.reference {
            let mut clauses: Vec<String> =
                filters.iter().map(|(c, _)| format!("{c} = ?")).collect();
            let mut values: Vec<Value> = filters.into_iter().map(|(_, v)| v).collect();
            clauses.push("reference >= ? AND reference < ?".into());
            values.push(Value::Text(r.prefix().into()));
            values.push(Value::Text(format!("{}~", r.prefix())));
            let cap = i64::try_from(SEARCH_COUNT_CAP).unwrap_or(i64::MAX);
            values.push(Value::Integer(cap + 1));
            let sql = format!(
                "SELECT COUNT(*) FROM (SELECT 1 FROM cases WHERE {} LIMIT ?)",
                clauses.join(" AND ")
            );
            let n: i64 = self
                .conn
                .prepare_cached(&sql)
                .and_then(|mut st| {
                    st.query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))
                })
                .map_err(err)?;
            let n = u64::try_from(n).unwrap_or(0);
            return Ok(if n > SEARCH_COUNT_CAP {
                CaseTotal::AtLeast(SEARCH_COUNT_CAP)
            } else {
                CaseTotal::Exact(n)
            });
        }
        // `case_counts` keeps levels not yet assessed as '' and an unowned case as ''; the
        // filters only ever ask for real values, so the same equalities apply.
        let (clauses, values): (Vec<String>, Vec<Value>) = filters
            .into_iter()
            .map(|(c, v)| (format!("{c} = ?"), v))
            .unzip();
        let filter = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let n: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT COALESCE(SUM(n), 0) FROM case_counts {filter}"
            ))
            .and_then(|mut st| {
                st.query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))
            })
            .map_err(err)?;
        Ok(CaseTotal::Exact(u64::try_from(n).unwrap_or(0)))
    }
}
