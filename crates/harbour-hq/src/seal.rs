//! Case content sealed for headquarters: the exact case record line of the bundle (answers,
//! steps, the full outcome and inputs, audit) and the import note, age-encrypted to the
//! organisation's recipients (the public half of the identity that decrypts bundles) before
//! it reaches PostgreSQL. The database holds ciphertext only; whoever reads it needs the
//! organisation identity as well as a role that may select it.

use crate::error::{HqError, Result};
use harbour_export::bundle::CaseRecord;
use harbour_export::{Identity, Recipient};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use zeroize::Zeroizing;

/// What is sealed for one case.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sealed {
    /// The case record line as it came in the bundle (its SHA-256 is the content hash).
    line: String,
    /// The import note (a conflicting version), if any.
    note: Option<String>,
}

/// A case's content, opened.
pub struct Opened {
    /// The case record.
    pub record: CaseRecord,
    /// The import note.
    pub note: Option<String>,
}

/// Encrypt a case's record line and note to `recipients`.
pub fn seal(line: &[u8], note: Option<&str>, recipients: &[Recipient]) -> Result<Vec<u8>> {
    let internal = |detail: String| HqError::Content {
        reference: "(being imported)".into(),
        detail,
    };
    let text = std::str::from_utf8(line).map_err(|_| internal("not UTF-8".into()))?;
    let plain = Zeroizing::new(
        serde_json::to_vec(&Sealed {
            line: text.to_string(),
            note: note.map(str::to_string),
        })
        .map_err(|e| internal(e.to_string()))?,
    );
    let enc = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|e| internal(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut w = enc
        .wrap_output(&mut out)
        .map_err(|e| internal(e.to_string()))?;
    w.write_all(&plain).map_err(|e| internal(e.to_string()))?;
    w.finish().map_err(|e| internal(e.to_string()))?;
    Ok(out)
}

/// Decrypt a case's content with the organisation identity.
pub fn open(sealed: &[u8], identities: &[Identity], reference: &str) -> Result<Opened> {
    let bad = |detail: &str| HqError::Content {
        reference: reference.to_string(),
        detail: detail.to_string(),
    };
    let dec = age::Decryptor::new(sealed).map_err(|_| bad("not sealed content"))?;
    let mut r = dec
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|_| bad("not sealed to this organisation identity, or damaged"))?;
    let mut plain = Zeroizing::new(Vec::new());
    r.read_to_end(&mut plain)
        .map_err(|_| bad("damaged (does not authenticate)"))?;
    let sealed: Sealed = serde_json::from_slice(&plain).map_err(|_| bad("unexpected shape"))?;
    let record: CaseRecord =
        serde_json::from_str(&sealed.line).map_err(|_| bad("not a case record"))?;
    Ok(Opened {
        record,
        note: sealed.note,
    })
}
