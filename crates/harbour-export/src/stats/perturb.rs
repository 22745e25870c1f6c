//! The cell-key method (Australian Bureau of Statistics, TableBuilder; Fraser & Wooton 2005;
//! Thompson, Broadfoot & Elazar 2013): every case carries a permanent *record key*, a cell's
//! key is the sum of its cases' record keys (mod 2^32), and a shown count gets a small noise
//! looked up from the cell's key and its true count. So the same cell with the same cases
//! always shows the same number (asking again, or asking in another order, averages nothing
//! away), while one case more or less changes the cell key and so the noise unpredictably:
//! subtracting two exports a few cases apart does not give the true difference.
//!
//! Record keys must not be computable by whoever reads the statistics: they are an HMAC of
//! the case's id under a secret kept with the cases ([`RecordKeySecret`]: a vault setting, or
//! headquarters' database), never published.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::suppress::THRESHOLD;

/// The vault setting holding the record-key secret (64 hex characters).
pub const RECORD_KEY_SECRET_SETTING: &str = "stats_record_key_secret";

const DOMAIN: &[u8] = b"harbour/stats-record-key/v1\0";

/// The secret record keys are derived from (32 random bytes, wiped on drop).
pub struct RecordKeySecret(Zeroizing<[u8; 32]>);

impl RecordKeySecret {
    /// A new random secret.
    pub fn generate() -> std::io::Result<RecordKeySecret> {
        let mut b = Zeroizing::new([0u8; 32]);
        getrandom::fill(b.as_mut()).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(RecordKeySecret(b))
    }

    /// Read a secret stored as 64 hex characters; `None` when it is not that.
    pub fn from_hex(text: &str) -> Option<RecordKeySecret> {
        let mut b = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), b.as_mut()).ok()?;
        Some(RecordKeySecret(b))
    }

    /// The secret as 64 hex characters, for storing (wiped on drop).
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    /// The record key of a case: the first 4 bytes of HMAC-SHA256(secret, domain ‖ case id).
    /// The same case always has the same key under the same secret.
    pub fn record_key(&self, case_id: &str) -> u32 {
        // HMAC accepts a key of any length, so this cannot fail for 32 bytes.
        let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_ref()) else {
            return 0;
        };
        mac.update(DOMAIN);
        mac.update(case_id.as_bytes());
        let out = mac.finalize().into_bytes();
        u32::from_be_bytes([out[0], out[1], out[2], out[3]])
    }
}

/// A cell's key: the sum of its cases' record keys, mod 2^32.
pub fn add_to_cell_key(cell_key: u32, record_key: u32) -> u32 {
    cell_key.wrapping_add(record_key)
}

/// The largest noise added or taken away.
pub const MAX_NOISE: u64 = 2;

/// The perturbation table: for a true count, the noise values and their probabilities in
/// per-mille. Counts close to the threshold are only pushed up, so a shown count is never
/// under [`THRESHOLD`]; further up the noise is symmetric (mean 0, variance 1.2).
fn ptable(count: u64) -> &'static [(i64, u64)] {
    const AT: &[(i64, u64)] = &[(0, 600), (1, 250), (2, 150)];
    const ONE_ABOVE: &[(i64, u64)] = &[(-1, 250), (0, 450), (1, 200), (2, 100)];
    const FREE: &[(i64, u64)] = &[(-2, 100), (-1, 200), (0, 400), (1, 200), (2, 100)];
    if count <= THRESHOLD {
        AT
    } else if count == THRESHOLD + 1 {
        ONE_ABOVE
    } else {
        FREE
    }
}

/// The noise for a cell with this true count and cell key.
pub fn noise(count: u64, cell_key: u32) -> i64 {
    // The cell key, uniform on 0..2^32, picks a per-mille position in the count's row.
    let position = (u64::from(cell_key) * 1000) >> 32;
    let mut upto = 0;
    for (value, per_mille) in ptable(count) {
        upto += per_mille;
        if position < upto {
            return *value;
        }
    }
    0
}

/// The count shown for a cell (only ever called for shown cells, whose count is at least
/// [`THRESHOLD`]).
pub fn perturbed(count: u64, cell_key: u32) -> u64 {
    count.saturating_add_signed(noise(count, cell_key))
}

/// The true counts that can show as `shown` under the table (what a reader who knows the
/// table, but no record key, can conclude from one cell).
pub fn possible_counts(shown: u64) -> Vec<u64> {
    let lo = shown.saturating_sub(MAX_NOISE);
    (lo..=shown + MAX_NOISE)
        .filter(|n| *n >= THRESHOLD)
        .filter(|n| {
            ptable(*n)
                .iter()
                .any(|(e, _)| n.checked_add_signed(*e) == Some(shown))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_sums_to_one_thousand_and_never_shows_under_the_threshold() {
        for n in THRESHOLD..THRESHOLD + 10 {
            let row = ptable(n);
            assert_eq!(row.iter().map(|(_, p)| p).sum::<u64>(), 1000, "{n}");
            for (e, _) in row {
                assert!(n.saturating_add_signed(*e) >= THRESHOLD);
                assert!(e.unsigned_abs() <= MAX_NOISE);
            }
        }
    }

    #[test]
    fn no_shown_value_pins_the_true_count() {
        for shown in THRESHOLD..200 {
            assert!(possible_counts(shown).len() >= 2, "{shown}");
        }
    }

    #[test]
    fn record_keys_depend_on_the_secret_and_the_case() {
        let a = RecordKeySecret::from_hex(&"11".repeat(32)).expect("hex");
        let b = RecordKeySecret::from_hex(&"22".repeat(32)).expect("hex");
        assert_eq!(a.record_key("case-1"), a.record_key("case-1"));
        assert_ne!(a.record_key("case-1"), a.record_key("case-2"));
        assert_ne!(a.record_key("case-1"), b.record_key("case-1"));
        let again = RecordKeySecret::from_hex(&a.to_hex()).expect("round trip");
        assert_eq!(again.record_key("x"), a.record_key("x"));
        assert!(RecordKeySecret::from_hex("not hex").is_none());
    }
}
