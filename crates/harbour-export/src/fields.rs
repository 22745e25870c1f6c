//! Strict formats for everything an import would write: each field of each case is checked
//! before anything is written, so no value from a bundle can steer a file path, pass for
//! another case's reference, or smuggle an oversized or malformed value into the vault.
//!
//! The checks are on shape and length only (never on content): ids are Harbour's own hex ids,
//! references Harbour's own `HB-` form in upper case, times RFC 3339, statuses and languages
//! from known sets, JSON payloads well-formed and bounded.

use crate::bundle::CaseRecord;
use crate::error::ExportError;
use std::path::Path;

/// The alphabet of case references (no look-alikes: no 0/O, 1/I/L).
const REFERENCE_ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Longest JSON payload (a step, an outcome, its inputs), in bytes.
pub const MAX_JSON_BYTES: usize = 1024 * 1024;
/// Most sessions in one case.
pub const MAX_SESSIONS: usize = 1_000;
/// Most steps in one session.
pub const MAX_STEPS: usize = 100_000;
/// Most audit entries in one case.
pub const MAX_AUDIT: usize = 100_000;

/// Whether `s` is a case reference in Harbour's form: `HB-` and six characters of the
/// reference alphabet, optionally `-` and six upper-case hex digits (a version kept beside
/// another at headquarters). Exact: no lower case, no spaces.
pub fn is_reference(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("HB-") else {
        return false;
    };
    let (main, suffix) = match rest.split_once('-') {
        Some((m, x)) => (m, Some(x)),
        None => (rest, None),
    };
    main.len() == 6
        && main.chars().all(|c| REFERENCE_ALPHABET.contains(c))
        && suffix.is_none_or(|x| {
            x.len() == 6 && x.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
        })
}

/// Whether `s` looks like a file path (so it is named as such in the error).
fn looks_like_path(s: &str) -> bool {
    s.contains('/')
        || s.contains('\\')
        || s.contains("..")
        || s.contains(':')
        || s.starts_with('~')
        || s.contains('\0')
}

/// Whether `s` is a Harbour id: 32 lower-case hex digits, optionally `-` and 12 more (a
/// conflicting version kept beside another).
pub fn is_id(s: &str) -> bool {
    let hex = |x: &str, n: usize| {
        x.len() == n && x.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    };
    match s.split_once('-') {
        None => hex(s, 32),
        Some((a, b)) => hex(a, 32) && hex(b, 12),
    }
}

/// Whether `s` is an RFC 3339 time of a sensible length.
pub fn is_timestamp(s: &str) -> bool {
    s.len() <= 40 && chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

/// A short token: ASCII letters, digits and `_ . -`, 1 to `max` characters, not starting
/// with a dot (so never `.` or `..`).
fn is_token(s: &str, max: usize) -> bool {
    !s.is_empty()
        && s.len() <= max
        && !s.starts_with('.')
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// A language code of the known set (`harbour_i18n::is_known_language`) in BCP 47 shape.
pub fn is_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && harbour_i18n::is_known_language(s)
}

/// Free text allowed in audit details: bounded, no control characters.
fn is_detail(s: &str) -> bool {
    s.len() <= 256 && !s.chars().any(char::is_control)
}

fn is_json(s: &str) -> bool {
    s.len() <= MAX_JSON_BYTES && serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok()
}

/// Check every field of case number `n` (1-based) of the bundle at `path`.
pub(crate) fn check_case(path: &Path, n: usize, c: &CaseRecord) -> Result<(), ExportError> {
    let bad = |field: &'static str, reason: &str| ExportError::BadField {
        path: path.to_path_buf(),
        place: format!("case {n}"),
        field,
        reason: reason.to_string(),
    };
    let need = |ok: bool, field: &'static str, reason: &str| {
        if ok {
            Ok(())
        } else {
            Err(bad(field, reason))
        }
    };
    if !is_reference(&c.reference) {
        let why = if looks_like_path(&c.reference) {
            "is a file path, not a case reference"
        } else if is_reference(&c.reference.to_ascii_uppercase()) {
            "differs from Harbour's case reference form in letter case (references are upper case)"
        } else {
            "is not a Harbour case reference (HB- and six letters or digits)"
        };
        return Err(bad("reference", why));
    }
    need(is_id(&c.id), "id", "is not a Harbour case id")?;
    need(
        c.case_status().is_some(),
        "status",
        "is not a known case status",
    )?;
    need(
        is_timestamp(&c.created_at),
        "created_at",
        "is not an RFC 3339 time",
    )?;
    need(
        is_timestamp(&c.updated_at),
        "updated_at",
        "is not an RFC 3339 time",
    )?;
    need(
        c.sessions.len() <= MAX_SESSIONS,
        "sessions",
        "holds too many sessions",
    )?;
    need(
        c.audit.len() <= MAX_AUDIT,
        "audit",
        "holds too many entries",
    )?;
    for s in &c.sessions {
        need(is_id(&s.id), "sessions.id", "is not a Harbour session id")?;
        need(
            is_token(&s.questionnaire_id, 64),
            "sessions.questionnaire_id",
            "is not a questionnaire id",
        )?;
        need(
            is_token(&s.questionnaire_version, 32),
            "sessions.questionnaire_version",
            "is not a version",
        )?;
        need(
            is_timestamp(&s.started_at),
            "sessions.started_at",
            "is not an RFC 3339 time",
        )?;
        need(
            s.steps.len() <= MAX_STEPS,
            "sessions.steps",
            "holds too many steps",
        )?;
        for (i, st) in s.steps.iter().enumerate() {
            need(
                usize::try_from(st.seq).ok() == Some(i + 1),
                "steps.seq",
                "is not numbered 1, 2, 3, … in order",
            )?;
            need(is_timestamp(&st.at), "steps.at", "is not an RFC 3339 time")?;
            need(
                is_token(&st.kind, 40)
                    && st
                        .kind
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'),
                "steps.kind",
                "is not a step kind",
            )?;
            if let Some(q) = &st.question_id {
                need(
                    is_token(q, 128),
                    "steps.question_id",
                    "is not a question id",
                )?;
            }
            if let Some(l) = &st.language {
                need(
                    is_language(l),
                    "steps.language",
                    "is not a known language code",
                )?;
            }
            need(
                is_json(&st.payload),
                "steps.payload",
                "is not bounded, well-formed JSON",
            )?;
        }
    }
    if let Some(a) = &c.assessment {
        need(
            is_token(&a.rules_version, 32),
            "assessment.rules_version",
            "is not a version",
        )?;
        need(
            is_timestamp(&a.assessed_at),
            "assessment.assessed_at",
            "is not an RFC 3339 time",
        )?;
        need(
            is_json(&a.outcome),
            "assessment.outcome",
            "is not bounded, well-formed JSON",
        )?;
        need(
            is_json(&a.inputs),
            "assessment.inputs",
            "is not bounded, well-formed JSON",
        )?;
    }
    for e in &c.audit {
        need(is_timestamp(&e.at), "audit.at", "is not an RFC 3339 time")?;
        need(is_token(&e.actor, 64), "audit.actor", "is not a staff id")?;
        need(
            is_token(&e.event, 64) && e.event.contains('.'),
            "audit.event",
            "is not an audit event name",
        )?;
        if let Some(d) = &e.detail {
            need(
                is_detail(d),
                "audit.detail",
                "is too long or holds control characters",
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_exact_and_upper_case() {
        assert!(is_reference("HB-7K3QX9"));
        assert!(is_reference("HB-7K3QX9-0A1B2C"));
        for bad in [
            "hb-7k3qx9",
            "HB-7k3QX9",
            "HB-7K3QX",
            "HB-7K3QX90",
            "HB-OK3QX9",
            "../HB-7K3QX9",
            "HB-7K3QX9/..",
            "C:\\x",
            "",
            "HB-7K3QX9-0a1b2c",
        ] {
            assert!(!is_reference(bad), "{bad}");
        }
        assert!(looks_like_path("../../etc/passwd") && looks_like_path("C:evil"));
    }

    #[test]
    fn ids_times_and_languages() {
        assert!(is_id("0123456789abcdef0123456789abcdef"));
        assert!(is_id("0123456789abcdef0123456789abcdef-0123456789ab"));
        assert!(!is_id("../0123456789abcdef0123456789abcd"));
        assert!(is_timestamp("2026-11-23T10:00:00+00:00"));
        assert!(!is_timestamp("yesterday"));
        assert!(is_language("ar") && is_language("fa-AF") && is_language("so"));
        assert!(!is_language("xx") && !is_language("AR") && !is_language("../en"));
    }
}
