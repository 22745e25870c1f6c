//! Small-cell suppression for tables whose cells are tied by sums.
//!
//! Primary: every count under [`THRESHOLD`] (zero included) is hidden, shown as `<5`.
//! Complementary: a sum relation (members plus their published total) with exactly one
//! hidden cell would give it away by subtraction, so the smallest other visible cell of that
//! relation is hidden too (shown as `x`); repeated until every relation hides none or at
//! least two cells.

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
}

/// Decide which cells to hide. `relations` lists groups of cell indices whose values are
/// tied by one linear sum (the total is a member like the others).
pub fn suppress(values: &[u64], relations: &[Vec<usize>]) -> Vec<Hidden> {
    let mut hidden: Vec<Hidden> = values
        .iter()
        .map(|v| {
            if *v < THRESHOLD {
                Hidden::Primary
            } else {
                Hidden::No
            }
        })
        .collect();
    loop {
        let mut changed = false;
        for rel in relations {
            let n_hidden = rel.iter().filter(|i| hidden[**i] != Hidden::No).count();
            if n_hidden != 1 {
                continue;
            }
            // Hide the smallest visible member (ties: the first), so the least is lost.
            if let Some(&pick) = rel
                .iter()
                .filter(|i| hidden[**i] == Hidden::No)
                .min_by_key(|i| values[**i])
            {
                hidden[pick] = Hidden::Complementary;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}
