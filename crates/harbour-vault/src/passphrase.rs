//! Passphrases: a zeroizing wrapper, the minimum-strength policy, a strength hint with
//! feedback, and generated passphrases.
//!
//! Strength is judged by zxcvbn (Dropbox's estimator, as the `zxcvbn` crate): it knows
//! common passwords, dictionary words, names, keyboard patterns, dates and the usual
//! substitutions, so "Password123!" scores as what it is, one of the first guesses. The policy
//! applies only when a passphrase is chosen (a new vault, a rekey): unlocking never judges one.

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
    /// The estimator finds it guessable (score under [`MIN_SCORE`]); the hints say why.
    #[error("this passphrase is easy to guess{}", hint_list(.hints))]
    Guessable {
        /// What makes it guessable and what would help, most useful first.
        hints: Vec<Hint>,
    },
}

fn hint_list(hints: &[Hint]) -> String {
    hints.iter().map(|h| format!(": {h}")).collect()
}

/// The estimator's score (0 to 4) a new passphrase needs. 3 means about 10^10 guesses or
/// more; with Argon2id at 64 MiB each guess costs a fraction of a second of a whole core.
pub const MIN_SCORE: u8 = 3;

/// Words of Harbour's own that make a passphrase guessable.
const OWN_WORDS: &[&str] = &["harbour", "harbor", "screening", "vault", "passphrase"];

/// Why a passphrase is guessable, or what would help: a closed set, so each has a
/// translation (`passphrase-hint-…` in the app's locales).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, thiserror::Error)]
pub enum Hint {
    /// A common password, or close to one.
    #[error("it is a common password, or close to one")]
    CommonPassword,
    /// A single word or name, or common words and names.
    #[error("single words and names are easy to guess")]
    CommonWords,
    /// Keyboard rows or patterns ("qwerty", "zxcvbn").
    #[error("keyboard patterns are easy to guess")]
    KeyboardPattern,
    /// Repeats ("aaa", "abcabc") or sequences ("abc", "6543").
    #[error("repeats and sequences are easy to guess")]
    RepeatsOrSequences,
    /// Dates and years.
    #[error("dates and years are easy to guess")]
    Dates,
    /// Capitals, reversed words, or symbols for letters ("p@ssw0rd") do not help much.
    #[error("capitals, reversed words and symbols for letters do not help much")]
    PredictableChanges,
    /// Add another word or two: several uncommon words are best.
    #[error("add another word or two; uncommon words are best")]
    AddWords,
}

impl Hint {
    /// The Fluent id of its translation.
    pub fn message_id(self) -> &'static str {
        match self {
            Hint::CommonPassword => "passphrase-hint-common-password",
            Hint::CommonWords => "passphrase-hint-common-words",
            Hint::KeyboardPattern => "passphrase-hint-keyboard-pattern",
            Hint::RepeatsOrSequences => "passphrase-hint-repeats",
            Hint::Dates => "passphrase-hint-dates",
            Hint::PredictableChanges => "passphrase-hint-predictable-changes",
            Hint::AddWords => "passphrase-hint-add-words",
        }
    }

    /// Every hint, for the translation tests.
    pub const ALL: [Hint; 7] = [
        Hint::CommonPassword,
        Hint::CommonWords,
        Hint::KeyboardPattern,
        Hint::RepeatsOrSequences,
        Hint::Dates,
        Hint::PredictableChanges,
        Hint::AddWords,
    ];
}

/// What the estimator says of a passphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// 0 (guessed at once) to 4 (very unlikely to be guessed).
    pub score: u8,
    /// log10 of the estimated number of guesses.
    pub guesses_log10: f64,
    /// Why it is weak and what would help; empty for a strong one.
    pub hints: Vec<Hint>,
}

/// Run the estimator. Harbour's own words count as known words.
pub fn estimate(text: &str) -> Estimate {
    use zxcvbn::feedback::{Suggestion as S, Warning as W};
    let e = zxcvbn::zxcvbn(text, OWN_WORDS);
    let mut hints = Vec::new();
    if let Some(f) = e.feedback() {
        if let Some(w) = f.warning() {
            hints.push(match w {
                W::StraightRowsOfKeysAreEasyToGuess | W::ShortKeyboardPatternsAreEasyToGuess => {
                    Hint::KeyboardPattern
                }
                W::RepeatsLikeAaaAreEasyToGuess
                | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
                | W::SequencesLikeAbcAreEasyToGuess => Hint::RepeatsOrSequences,
                W::RecentYearsAreEasyToGuess | W::DatesAreOftenEasyToGuess => Hint::Dates,
                W::AWordByItselfIsEasyToGuess
                | W::NamesAndSurnamesByThemselvesAreEasyToGuess
                | W::CommonNamesAndSurnamesAreEasyToGuess => Hint::CommonWords,
                _ => Hint::CommonPassword,
            });
        }
        for s in f.suggestions() {
            hints.push(match s {
                S::CapitalizationDoesntHelpVeryMuch
                | S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase
                | S::ReversedWordsArentMuchHarderToGuess
                | S::PredictableSubstitutionsDontHelpVeryMuch => Hint::PredictableChanges,
                S::UseALongerKeyboardPatternWithMoreTurns => Hint::KeyboardPattern,
                S::AvoidRepeatedWordsAndCharacters | S::AvoidSequences => Hint::RepeatsOrSequences,
                S::AvoidRecentYears
                | S::AvoidYearsThatAreAssociatedWithYou
                | S::AvoidDatesAndYearsThatAreAssociatedWithYou => Hint::Dates,
                _ => Hint::AddWords,
            });
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    hints.retain(|h| seen.insert(*h));
    Estimate {
        score: e.score().into(),
        guesses_log10: e.guesses_log10(),
        hints,
    }
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
    let e = estimate(text);
    if e.score < MIN_SCORE {
        let mut hints = e.hints;
        if hints.is_empty() {
            hints.push(Hint::AddWords);
        }
        return Err(PolicyError::Guessable { hints });
    }
    Ok(())
}

/// The strength shown while typing: refused by the policy, then by the estimator's guesses
/// (under 10^12 fair, under 10^15 good, else strong). The policy is the gate; this only
/// encourages longer passphrases.
pub fn strength(text: &str) -> Strength {
    if check_policy(text).is_err() {
        return Strength::TooWeak;
    }
    match estimate(text).guesses_log10 {
        g if g < 12.0 => Strength::Fair,
        g if g < 15.0 => Strength::Good,
        _ => Strength::Strong,
    }
}

/// How many words a generated passphrase has: about 56 bits from a list of 655 words.
pub const GENERATED_WORDS: usize = 6;

/// The built-in word list (one word per line; `#` starts a comment).
fn words() -> impl Iterator<Item = &'static str> {
    include_str!("passphrase_words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Why no passphrase could be generated.
#[derive(Debug, thiserror::Error)]
#[error("the system's random number generator failed: {0}")]
pub struct RandomError(String);

/// A new passphrase of [`GENERATED_WORDS`] words from the built-in list, chosen with the
/// operating system's secure randomness (uniformly: rejection sampling, no modulo bias),
/// joined by spaces. It passes the policy.
pub fn generate() -> Result<Passphrase, RandomError> {
    let list: Vec<&str> = words().collect();
    let n = list.len() as u32;
    // The largest multiple of n below 2^32: values at or above it are drawn again.
    let zone = u32::MAX - (u32::MAX % n);
    let mut out = zeroize::Zeroizing::new(String::new());
    let mut picked = 0;
    while picked < GENERATED_WORDS {
        let mut buf = zeroize::Zeroizing::new([0u8; 4]);
        getrandom::fill(buf.as_mut()).map_err(|e| RandomError(e.to_string()))?;
        let v = u32::from_le_bytes(*buf);
        if v >= zone {
            continue;
        }
        let word = list[(v % n) as usize];
        if picked > 0 {
            out.push(' ');
        }
        out.push_str(word);
        picked += 1;
    }
    Ok(Passphrase(out))
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
        assert_eq!(strength("abcdefghijkl"), Strength::TooWeak);
        assert!(strength("blue kettle sings") >= Strength::Fair);
        assert_eq!(strength("the blue kettle sings at dawn"), Strength::Strong);
    }

    #[test]
    fn guessable_passphrases_say_why_in_closed_hints() {
        let Err(PolicyError::Guessable { hints }) = check_policy("Password123!") else {
            panic!("Password123! accepted");
        };
        assert!(hints.contains(&Hint::CommonPassword), "{hints:?}");
        for weak in [
            "qwertyuiop123",
            "Harbour2026!",
            "01011990abc!",
            "P@ssw0rd2024!",
        ] {
            assert!(
                matches!(check_policy(weak), Err(PolicyError::Guessable { ref hints }) if !hints.is_empty()),
                "{weak} accepted or without hints"
            );
        }
    }

    #[test]
    fn passphrases_of_a_few_uncommon_words_pass() {
        for good in [
            "blue kettle sings",
            "quiet harbour lights 42",
            "fixture vault for harbour tests 2026",
            "سلامعليكمابد",
        ] {
            assert_eq!(check_policy(good), Ok(()), "{good}");
        }
    }

    #[test]
    fn generated_passphrases_are_six_list_words_pass_the_policy_and_differ() {
        let list: std::collections::BTreeSet<&str> = words().collect();
        assert!(list.len() >= 600, "the list has {} words", list.len());
        assert!(list
            .iter()
            .all(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase())));
        let a = generate().expect("random");
        let b = generate().expect("random");
        assert_ne!(a.expose(), b.expose());
        for p in [&a, &b] {
            let w: Vec<&str> = p.expose().split(' ').collect();
            assert_eq!(w.len(), GENERATED_WORDS);
            assert!(w.iter().all(|w| list.contains(w)));
            assert_eq!(
                check_policy(p.expose()),
                Ok(()),
                "a generated passphrase is refused"
            );
        }
    }

    /// Issue 14: twelve characters, four character classes, and one of the first guesses
    /// of any cracking tool.
    #[test]
    fn password123_bang_is_refused() {
        assert!(check_policy("Password123!").is_err());
    }

    #[test]
    fn debug_never_shows_the_passphrase() {
        let p = Passphrase::new("my secret words here");
        assert!(!format!("{p:?}").contains("secret"));
    }
}
