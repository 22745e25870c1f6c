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

/// Decrypt every page of a SQLCipher 4 file (raw key: AES-256-CBC with the key as is; each
/// page ends with a 16-byte IV and a 64-byte HMAC; page 1 starts with the 16-byte salt).
pub fn decrypt_all_pages(bytes: &[u8], key: &[u8; 32]) -> Vec<u8> {
    use aes::cipher::{BlockDecryptMut, KeyIvInit};
    const PAGE: usize = 4096;
    const RESERVE: usize = 80;
    let mut out = Vec::with_capacity(bytes.len());
    for (i, page) in bytes.chunks(PAGE).enumerate() {
        if page.len() < PAGE {
            break;
        }
        let start = if i == 0 { 16 } else { 0 };
        let iv = &page[PAGE - RESERVE..PAGE - RESERVE + 16];
        let mut data = page[start..PAGE - RESERVE].to_vec();
        let dec = cbc::Decryptor::<aes::Aes256>::new(key.into(), iv.into());
        dec.decrypt_padded_mut::<aes::cipher::block_padding::NoPadding>(&mut data)
            .expect("whole blocks");
        out.extend_from_slice(&data);
    }
    out
}
