//! Diagnostics: one problem in a questionnaire pack, with where, what, and how to fix it.
//!
//! Codes are stable: they are catalogued in `docs/questionnaire-format.md`, tests pin one
//! fixture to each, and tools may branch on them. Never renumber; retire codes instead.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

/// How bad a problem is. Any `Error` stops the pack from loading; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Stops the questionnaire from loading.
    Error,
    /// Worth fixing, but the questionnaire still loads.
    Warning,
}

macro_rules! codes {
    ($($variant:ident = $num:literal, $name:literal, $sev:ident, $doc:literal;)*) => {
        /// A stable diagnostic code (`HQ001 toml-syntax` ...).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $doc] $variant,)*
        }
        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
            /// The number form, e.g. `HQ005`.
            pub fn number(self) -> &'static str {
                match self { $(Code::$variant => $num,)* }
            }
            /// The readable name, e.g. `duplicate-id`.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }
            /// The severity this code always has.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }
            /// One line saying what the code means (used in the docs catalogue).
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $doc,)* }
            }
            /// The Fluent id of that line in the app's locales (`pack-problem-<name>`,
            /// `locales/<lang>/packs.ftl`), so the app shows a broken pack's problems in
            /// the staff language.
            pub fn message_id(self) -> &'static str {
                match self { $(Code::$variant => concat!("pack-problem-", $name),)* }
            }
        }
    };
}

codes! {
    TomlSyntax = "HQ001", "toml-syntax", Error, "The file is not valid TOML.";
    UnknownField = "HQ002", "unknown-field", Error, "A key the format does not know (often a typo).";
    WrongType = "HQ003", "wrong-type", Error, "A key holds the wrong kind of TOML value.";
    MissingField = "HQ004", "missing-field", Error, "A required key is missing.";
    DuplicateId = "HQ005", "duplicate-id", Error, "Two sections, questions or options share an id.";
    BadId = "HQ006", "bad-id", Error, "An id is not lower-case letters, digits and `_`, starting with a letter.";
    BadVersion = "HQ007", "bad-version", Error, "The version is not semantic (`MAJOR.MINOR.PATCH`).";
    UnknownKind = "HQ008", "unknown-kind", Error, "A question kind the format does not know.";
    UnsupportedRules = "HQ009", "unsupported-rules", Error, "The rule-set the questionnaire targets is not this one.";
    BadLanguage = "HQ010", "bad-language", Error, "A declared language is not a language code, or none is declared.";
    BadOptions = "HQ011", "bad-options", Error, "Options on a kind that has none, or a choice with fewer than two.";
    OptionWithoutText = "HQ012", "option-without-text", Error, "An option has no text.";
    RequiredNotConsent = "HQ013", "required-not-consent", Error, "Only the consent question may be required.";
    BadConsent = "HQ014", "bad-consent", Error, "The consent mark is on a non yes/no question, or on more than one question.";
    BadBounds = "HQ015", "bad-bounds", Error, "Number bounds on a non-number question, or `min` above `max`.";
    EmptySection = "HQ016", "empty-section", Warning, "A section has no questions.";
    TextNotSensitive = "HQ017", "text-not-sensitive", Error, "A free-text question marked `sensitive = false`: free text is always sensitive.";
    BadProfile = "HQ018", "bad-profile", Error, "A `profile` mark that is unknown, on the wrong kind of question, or used twice.";
    OptionsPresentation = "HQ019", "options-presentation", Error, "A multiple-choice question without `options_presentation` (`read_all` or `not_suggested`), the field on another kind of question, or an unknown value.";
    ConditionSyntax = "HQ020", "condition-syntax", Error, "A condition cannot be parsed.";
    UnknownReference = "HQ021", "unknown-reference", Error, "A condition names a question that does not exist.";
    ForwardReference = "HQ022", "forward-reference", Error, "A condition names a question that comes later (or itself).";
    ConditionType = "HQ023", "condition-type", Error, "A condition mixes types (e.g. a number compared to an option).";
    UnknownValue = "HQ024", "unknown-value", Error, "A condition names an option the question does not have, or a malformed country code.";
    ConditionTooDeep = "HQ025", "condition-too-deep", Error, "A condition nests deeper, or chains more operators, than the limit.";
    UnknownIndicator = "HQ030", "unknown-indicator", Error, "An indicator code that the rules do not know.";
    BadEvidence = "HQ031", "bad-evidence", Error, "Evidence that does not fit the question kind.";
    FtlSyntax = "HQ040", "ftl-syntax", Error, "A locale file is not valid Fluent.";
    MissingMessage = "HQ041", "missing-message", Error, "A text is missing in a declared language.";
    UnusedMessage = "HQ042", "unused-message", Warning, "A message no questionnaire field uses.";
    MissingLocale = "HQ043", "missing-locale", Error, "A declared language has no locale file.";
    Unreadable = "HQ044", "unreadable", Error, "A file cannot be read.";
    UndeclaredLocale = "HQ045", "undeclared-locale", Warning, "A locale file for a language the questionnaire does not declare.";
    FtlTooDeep = "HQ046", "ftl-too-deep", Error, "A locale file nests placeables deeper than the limit; it is not read.";
    FileTooLarge = "HQ047", "file-too-large", Error, "A pack file is larger than its cap (4 MiB for questionnaire.toml, 2 MiB for a locale file); it is not read.";
    BadMigration = "HQ050", "bad-migration", Error, "A `[[migrations]]` table that does not say clearly how interviews move from an older version: its `from` is not an older version or is given twice, a rename points at a question this version does not have, or an id mapped away is still a question here.";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.number(), self.name())
    }
}

/// A position in a file: byte range plus 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as given to the validator (pack directory joined with the file name).
    pub file: PathBuf,
    /// Byte range in the file.
    pub span: Range<usize>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Location {
    /// A location for `span` in `source` (line and column are computed from the text).
    /// Reads the text up to the span; for many locations in one text use a [`LineIndex`].
    pub fn new(file: PathBuf, source: &str, span: Range<usize>) -> Location {
        LineIndex::new(source).location(file, source, span)
    }
}

/// Where each line of a text starts, so that many locations in one text cost a binary
/// search each instead of a scan from the start (a hostile pack with a diagnostic on each of
/// a hundred thousand lines would otherwise take hours to report).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `source`.
    pub fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The location of `span` in `source` (the text this index was made from).
    pub fn location(&self, file: PathBuf, source: &str, span: Range<usize>) -> Location {
        let start = span.start.min(source.len());
        // The last line starting at or before `start` (there is always line 0); a start
        // inside a character counts, as it always has, as the very start of the text.
        let line = if source.is_char_boundary(start) {
            self.starts.partition_point(|&s| s <= start).max(1)
        } else {
            1
        };
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = source
            .get(line_start..start)
            .filter(|_| line > 1 || source.is_char_boundary(start))
            .map_or(0, |t| t.chars().count())
            + 1;
        Location {
            file,
            span,
            line,
            column,
        }
    }
}

/// One problem found in a questionnaire pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable code; its severity is `code.severity()`.
    pub code: Code,
    /// Where (absent only when the file itself cannot be found).
    pub location: Option<Location>,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// The severity, fixed by the code.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// True when this diagnostic stops the pack from loading.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The diagnostic as a Fluent message and its arguments, for a reader in another
    /// language: the code's translated line ([`Code::message_id`]), and `code`, `file`,
    /// `line`, `column` and `detail` (this diagnostic's own English wording, which names ids
    /// and values of the pack) as arguments. `harbour validate` prints the English
    /// [`Display`](fmt::Display) form instead.
    pub fn message_args(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let mut args = vec![
            ("code", self.code.number().to_string()),
            ("detail", self.message.clone()),
        ];
        if let Some(loc) = &self.location {
            args.push(("file", loc.file.display().to_string()));
            args.push(("line", loc.line.to_string()));
            args.push(("column", loc.column.to_string()));
        }
        (self.code.message_id(), args)
    }
}

/// Plain, stable one-problem-per-block rendering (used by golden tests and logs of authors'
/// tools; the CLI draws source snippets with codespan-reporting instead).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}[{}]: {}", self.code, self.message)?;
        if let Some(loc) = &self.location {
            write!(
                f,
                "\n  --> {}:{}:{}",
                loc.file.display(),
                loc.line,
                loc.column
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut numbers: Vec<_> = Code::ALL.iter().map(|c| c.number()).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), Code::ALL.len());
        assert!(Code::ALL
            .iter()
            .all(|c| c.number().starts_with("HQ") && c.number().len() == 5));
    }

    #[test]
    fn the_index_gives_the_same_places_as_a_scan() {
        let src = "a\nbb\n\nب c\n";
        let index = LineIndex::new(src);
        for at in 0..=src.len() + 2 {
            let slow = {
                let start = at.min(src.len());
                let before = src.get(..start).unwrap_or_default();
                // (inside a character, `before` is empty: the start of the text)
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                (
                    before.matches('\n').count() + 1,
                    before.get(line_start..).map_or(0, |t| t.chars().count()) + 1,
                )
            };
            let loc = index.location("f".into(), src, at..at);
            assert_eq!((loc.line, loc.column), slow, "at {at}");
        }
    }

    #[test]
    fn location_counts_lines_and_characters() {
        let src = "a = 1\nبب = \"x\"\n";
        let loc = Location::new("f".into(), src, 14..15);
        assert_eq!((loc.line, loc.column), (2, 7));
    }
}
