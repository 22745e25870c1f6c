//! Passphrases: a zeroizing wrapper, the minimum-strength policy, and a strength hint.

use zeroize::Zeroizing;

/// A passphrase held in memory that is wiped when dropped. It never prints itself.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wrap a passphrase. The caller should drop its own copy promptly.
    pub fn new(text: impl Into<String>) -> Self {
        Passphrase(Zeroizing::new(text.into()))
    }

    /// The bytes fed to the key-derivation function.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The text, for the policy check.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Minimum number of characters (Unicode scalar values) in a passphrase.
pub const MIN_CHARS: usize = 12;

/// Why a passphrase was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// Shorter than [`MIN_CHARS`].
    #[error("use at least {min} characters (this one has {actual})")]
    TooShort {
        /// The minimum.
        min: usize,
        /// What was given.
        actual: usize,
    },
    /// Too few different characters ("aaaaaaaaaaaa", "121212121212").
    #[error("use more different characters: a few words with spaces work well")]
    TooRepetitive,
    /// A well-known passphrase.
    #[error("this passphrase is too common; choose words of your own")]
    TooCommon,
}

/// How strong a passphrase looks, for the hint under the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Refused by the policy.
    TooWeak,
    /// Accepted, but short.
    Fair,
    /// Long and varied.
    Good,
    /// Very long (a sentence of several words).
    Strong,
}

const COMMON: &[&str] = &[
    "password1234",
    "passwordpassword",
    "123456789012",
    "qwertyuiopas",
    "correct horse battery staple",
    "iloveyou1234",
    "harbourharbour",
    "administrator",
];

/// Check the minimum-strength policy: long enough, varied enough, not a known phrase.
pub fn check_policy(text: &str) -> Result<(), PolicyError> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < MIN_CHARS {
        return Err(PolicyError::TooShort {
            min: MIN_CHARS,
            actual: chars.len(),
        });
    }
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 5 {
        return Err(PolicyError::TooRepetitive);
    }
    let lower = text.to_lowercase();
    if COMMON.iter().any(|c| *c == lower) {
        return Err(PolicyError::TooCommon);
    }
    Ok(())
}

/// A rough strength estimate for the hint shown while typing. The policy is the gate;
/// this only encourages longer passphrases.
pub fn strength(text: &str) -> Strength {
    if check_policy(text).is_err() {
        return Strength::TooWeak;
    }
    let len = text.chars().count();
    let classes = [
        text.chars().any(|c| c.is_lowercase()),
        text.chars().any(|c| c.is_uppercase()),
        text.chars().any(|c| c.is_numeric()),
        text.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    match (len, classes) {
        (20.., _) => Strength::Strong,
        (16.., 2..) | (12.., 3..) => Strength::Good,
        _ => Strength::Fair,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passphrases_are_refused_with_the_count() {
        assert_eq!(
            check_policy("short"),
            Err(PolicyError::TooShort { min: 12, actual: 5 })
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 12 Arabic letters are 24 bytes but 12 characters: accepted.
        assert!(check_policy("سلامعليكمابد").is_ok());
        assert!(check_policy("سلامعليكما").is_err());
    }

    #[test]
    fn repetitive_and_common_passphrases_are_refused() {
        assert_eq!(
            check_policy("aaaaaaaaaaaaaaaa"),
            Err(PolicyError::TooRepetitive)
        );
        assert_eq!(check_policy("Password1234"), Err(PolicyError::TooCommon));
    }

    #[test]
    fn strength_grows_with_length() {
        assert_eq!(strength("abc"), Strength::TooWeak);
        assert_eq!(strength("blue kettle9"), Strength::Good);
        assert_eq!(strength("abcdefghijkl"), Strength::Fair);
        assert_eq!(strength("the blue kettle sings at dawn"), Strength::Strong);
    }

    #[test]
    fn debug_never_shows_the_passphrase() {
        let p = Passphrase::new("my secret words here");
        assert!(!format!("{p:?}").contains("secret"));
    }
}
