//! Small-cell suppression for tables whose cells are tied by sums.
//!
//! A table is a list of cells, each a true count. Some cells are *implied*: never printed, but
//! computable from printed ones (the cases of a row *without* a flag are `cases` minus the flag
//! column). A [`Relation`] says that one cell (its total) is the sum of others (its members).
//!
//! - **Primary**: every printed count under [`THRESHOLD`] (zero included) is hidden (`<5`).
//!   Implied cells are never printed.
//! - **Complementary**: a reader works out every cell that is the one unknown of a relation,
//!   repeatedly ([`known`]). No cell under the threshold may be worked out that way (a
//!   primary cell, or an implied one: "2 cases of this row are *not* children"); where a
//!   relation's total is known, its unknown members must sum to at least [`THRESHOLD`] (a
//!   known small sum is a small cell too: "the three hidden nationalities add up to 2"); and a
//!   relation of printed cells never hides exactly one. Where a relation breaks a rule, its
//!   smallest shown member is hidden too (`x`); repeated until every relation holds.
//!
//! Exact reasoning only: an attacker solving the relations as inequalities together (linear
//! programming) can sometimes bound a hidden cell more tightly than this closure sees. The
//! printed values are also perturbed (see [`super::perturb`]), so no subtraction is exact.
//! `docs/export.md` states what this does not protect.

/// The smallest count that may be shown.
pub const THRESHOLD: u64 = 5;

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// Shown.
    No,
    /// Under the threshold.
    Primary,
    /// Hidden to protect a primary cell.
    Complementary,
    /// Never printed (an implied cell, such as a flag's complement).
    Implied,
}

impl Hidden {
    /// Whether the cell is not shown.
    pub fn is_hidden(self) -> bool {
        self != Hidden::No
    }
}

/// `total` = the sum of `members` (cell indices).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The cell holding the sum.
    pub total: usize,
    /// The cells summed.
    pub members: Vec<usize>,
}

/// Decide which cells to hide. Cells `0..printed` are printed unless hidden; cells from
/// `printed` on are implied (never printed). Every index in `relations` must be below
/// `values.len()`.
pub fn suppress(values: &[u64], printed: usize, relations: &[Relation]) -> Vec<Hidden> {
    let mut hidden: Vec<Hidden> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i >= printed {
                Hidden::Implied
            } else if *v < THRESHOLD {
                Hidden::Primary
            } else {
                Hidden::No
            }
        })
        .collect();
    loop {
        // Hiding a cell only ever makes less known, so one closure per pass is a superset of
        // what is known after each hide in the pass: it may hide a little more, never less.
        let (known, why) = known(&hidden, relations);
        let mut changed = false;
        // A cell worked out is dealt with once per pass (its derivation is then broken).
        let mut dealt_with = std::collections::BTreeSet::new();
        for rel in relations {
            let pick = match problem(values, printed, &hidden, &known, rel) {
                None => continue,
                Some(Problem::Derived(cell)) => {
                    if !dealt_with.insert(cell) {
                        continue;
                    }
                    break_derivation(values, printed, &hidden, &known, &why, relations, cell)
                }
                Some(Problem::SmallSum) => smallest_shown(values, printed, &hidden, rel, true)
                    .or_else(|| {
                        break_derivation(
                            values, printed, &hidden, &known, &why, relations, rel.total,
                        )
                    }),
                Some(Problem::LoneHidden) => smallest_shown(values, printed, &hidden, rel, false),
            };
            if let Some(pick) = pick {
                hidden[pick] = Hidden::Complementary;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}

/// Which cells a reader can work out: the shown ones, then, repeatedly, the one unknown cell
/// of any relation whose other cells are known; with, for each cell worked out, the relation
/// (index into `relations`) it was worked out from.
pub fn known(hidden: &[Hidden], relations: &[Relation]) -> (Vec<bool>, Vec<Option<usize>>) {
    let mut known: Vec<bool> = hidden.iter().map(|h| !h.is_hidden()).collect();
    let mut why = vec![None; hidden.len()];
    loop {
        let mut changed = false;
        for (r, rel) in relations.iter().enumerate() {
            let mut unknown = std::iter::once(rel.total)
                .chain(rel.members.iter().copied())
                .filter(|i| !known[*i]);
            if let (Some(one), None) = (unknown.next(), unknown.next()) {
                known[one] = true;
                why[one] = Some(r);
                changed = true;
            }
        }
        if !changed {
            return (known, why);
        }
    }
}

/// What is wrong with a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    /// A cell under the threshold can be worked out.
    Derived(usize),
    /// The total is known and the unknown members sum to under the threshold.
    SmallSum,
    /// A relation of printed cells hides exactly one.
    LoneHidden,
}

/// Whether `rel` protects its cells, given what a reader can work out (`known`):
/// - no hidden cell under the threshold (primary, or an implied one) can be worked out;
/// - when its total is known, the members not known sum to at least the threshold (or there
///   are none);
/// - a relation of printed cells never hides exactly one (the older rule, kept).
pub fn holds(
    values: &[u64],
    printed: usize,
    hidden: &[Hidden],
    known: &[bool],
    rel: &Relation,
) -> bool {
    problem(values, printed, hidden, known, rel).is_none()
}

fn problem(
    values: &[u64],
    printed: usize,
    hidden: &[Hidden],
    known: &[bool],
    rel: &Relation,
) -> Option<Problem> {
    let cells = || std::iter::once(rel.total).chain(rel.members.iter().copied());
    if let Some(c) = cells().find(|i| known[*i] && hidden[*i].is_hidden() && values[*i] < THRESHOLD)
    {
        return Some(Problem::Derived(c));
    }
    if known[rel.total] && rel.members.iter().any(|i| !known[*i]) {
        let unknown: u64 = rel
            .members
            .iter()
            .filter(|i| !known[**i])
            .map(|i| values[*i])
            .sum();
        if unknown < THRESHOLD {
            return Some(Problem::SmallSum);
        }
    }
    let all_printed = cells().all(|i| i < printed);
    (all_printed && cells().filter(|i| hidden[*i].is_hidden()).count() == 1)
        .then_some(Problem::LoneHidden)
}

/// The printed cell to hide so that `cell` (hidden, but worked out) is no longer worked out:
/// the smallest shown cell of the relation it was worked out from, else, through the hidden
/// cells that relation's own result rested on, further back.
fn break_derivation(
    values: &[u64],
    printed: usize,
    hidden: &[Hidden],
    known: &[bool],
    why: &[Option<usize>],
    relations: &[Relation],
    cell: usize,
) -> Option<usize> {
    let mut queue = std::collections::VecDeque::from([cell]);
    let mut seen = std::collections::BTreeSet::from([cell]);
    while let Some(c) = queue.pop_front() {
        let Some(r) = why[c] else { continue };
        let rel = &relations[r];
        if let Some(pick) = smallest_shown(values, printed, hidden, rel, false) {
            return Some(pick);
        }
        for d in std::iter::once(rel.total).chain(rel.members.iter().copied()) {
            if d != c && known[d] && hidden[d].is_hidden() && seen.insert(d) {
                queue.push_back(d);
            }
        }
    }
    None
}

/// The cell to hide next: the smallest shown member (ties: the first), else (unless
/// `members_only`) the total.
fn smallest_shown(
    values: &[u64],
    printed: usize,
    hidden: &[Hidden],
    rel: &Relation,
    members_only: bool,
) -> Option<usize> {
    let shown = |i: &usize| *i < printed && !hidden[*i].is_hidden();
    rel.members
        .iter()
        .copied()
        .filter(shown)
        .min_by_key(|i| values[*i])
        .or_else(|| (!members_only && shown(&rel.total)).then_some(rel.total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(total: usize, members: &[usize]) -> Relation {
        Relation {
            total,
            members: members.to_vec(),
        }
    }

    #[test]
    fn a_lone_small_cell_takes_the_smallest_other_with_it() {
        // total 20 = 12 + 7 + 1
        let h = suppress(&[20, 12, 7, 1], 4, &[rel(0, &[1, 2, 3])]);
        assert_eq!(
            h,
            [
                Hidden::No,
                Hidden::No,
                Hidden::Complementary,
                Hidden::Primary
            ]
        );
    }

    #[test]
    fn hidden_cells_whose_sum_is_small_take_a_larger_one_with_them() {
        // total 20 = 16 + 2 + 2: two hidden cells, but their sum (4) is known and small.
        let h = suppress(&[20, 16, 2, 2], 4, &[rel(0, &[1, 2, 3])]);
        assert_eq!(
            h,
            [
                Hidden::No,
                Hidden::Complementary,
                Hidden::Primary,
                Hidden::Primary
            ]
        );
    }

    #[test]
    fn a_small_complement_hides_its_flag() {
        // cases 12 = flagged 10 + not flagged 2 (implied, cell 2).
        let h = suppress(&[12, 10, 2], 2, &[rel(0, &[1, 2])]);
        assert_eq!(h, [Hidden::No, Hidden::Complementary, Hidden::Implied]);
        // Worked out through a chain: a + b = 10 (all shown but `b` small), b + c = 7: hiding
        // `b` alone leaves it derivable from the first relation, so `a` goes too.
        let h = suppress(&[10, 8, 2, 7, 5], 5, &[rel(0, &[1, 2]), rel(3, &[2, 4])]);
        assert!(h[2] == Hidden::Primary && h[1].is_hidden() && h[4].is_hidden());
        let h = suppress(&[12, 10, 2], 2, &[rel(0, &[1, 2])]);
        assert_eq!(h, [Hidden::No, Hidden::Complementary, Hidden::Implied]);
        // A large complement is harmless: it may be known.
        let h = suppress(&[12, 5, 7], 2, &[rel(0, &[1, 2])]);
        assert_eq!(h, [Hidden::No, Hidden::No, Hidden::Implied]);
    }
}
