//! What the vault's test files share: a fixed clock and fast key derivation.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use harbour_vault::{KdfParams, VaultOptions};

/// The tests' "now" (the vault takes the clock as an argument).
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .single()
        .expect("valid date")
}

/// Options with a fast KDF; `first` names the first supervisor of a vault they create.
pub fn opts_as(first: &str) -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::fast_for_tests(),
        actor: first.into(),
    }
}
