//! Errors of this crate. Messages name questions by id but never quote an answer: answers are
//! personal data and error messages end up in logs.

use crate::diagnostic::Diagnostic;
use std::path::PathBuf;

/// An answer that does not fit its question.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    /// The value is of another kind than the question (e.g. a number for a yes/no question).
    #[error("question `{question}` takes a {kind} answer")]
    WrongKind {
        /// Question id.
        question: String,
        /// The kind the question takes.
        kind: &'static str,
    },
    /// A choice names an option the question does not have.
    #[error("question `{question}` has no option `{option}`")]
    UnknownOption {
        /// Question id.
        question: String,
        /// The option id given (ids are structure, not personal data).
        option: String,
    },
    /// A number outside the question's bounds, or not whole when it must be.
    #[error("answer to `{question}` is outside the accepted range")]
    OutOfBounds {
        /// Question id.
        question: String,
    },
    /// A date that does not exist or is malformed (expected `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[error("answer to `{question}` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate {
        /// Question id.
        question: String,
    },
    /// A malformed country or language code.
    #[error("answer to `{question}` is not a valid code")]
    BadCode {
        /// Question id.
        question: String,
    },
}

/// A step that cannot be applied to an interview in its present state.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EngineError {
    /// The first step must be `Start`, and only the first.
    #[error("an interview must begin with exactly one start step")]
    NotStarted,
    /// The steps were recorded with another questionnaire or version.
    #[error("steps belong to questionnaire `{found}`, not `{expected}`")]
    WrongQuestionnaire {
        /// `id@version` of the questionnaire given.
        expected: String,
        /// `id@version` found in the start step.
        found: String,
    },
    /// The interview is paused; resume it first.
    #[error("the interview is paused")]
    Paused,
    /// The interview has ended (finished or consent refused); only `back` is possible.
    #[error("the interview has ended")]
    Ended,
    /// A response for a question that is not the current one.
    #[error("question `{0}` is not the current question")]
    NotCurrent(String),
    /// A signpost choice when no signpost is showing.
    #[error("no signpost is showing")]
    NoSignpost,
    /// `back` with nowhere to go back to.
    #[error("there is no earlier place to go back to")]
    AtStart,
    /// `forward` on a question that has no response yet.
    #[error("the current question has not been answered")]
    Unanswered,
    /// A required question (consent) cannot be skipped, declined or left at "don't know".
    #[error("question `{0}` is required")]
    Required(String),
    /// A language the questionnaire does not declare.
    #[error("the questionnaire has no language `{0}`")]
    UnknownLanguage(String),
    /// A section id that does not exist.
    #[error("no section `{0}`")]
    UnknownSection(String),
    /// A section that is not on the current path (its condition does not hold).
    #[error("section `{0}` is not on the current path")]
    SectionHidden(String),
    /// An interview cannot move to another version: the pack declares no migration from its
    /// version, or an answer has no place in the new version.
    #[error("the interview cannot move to version {to}: {reason}")]
    Migration {
        /// The version it would move to.
        to: String,
        /// Why not.
        reason: String,
    },
    /// The answer does not fit the question.
    #[error(transparent)]
    Answer(#[from] AnswerError),
}

/// A pack that failed to load, with everything found wrong with it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("questionnaire pack {} has {} problem(s)", path.display(), diagnostics.len())]
pub struct PackError {
    /// The pack directory.
    pub path: PathBuf,
    /// Every problem found (errors and warnings).
    pub diagnostics: Vec<Diagnostic>,
}

/// One problem in an answers file, with its position.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct AnswersProblem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong (never quotes an answer).
    pub message: String,
}

/// An answers file that cannot be used; lists every problem found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the answers file has {} problem(s): {}", problems.len(), problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
pub struct AnswersError {
    /// Every problem, in file order.
    pub problems: Vec<AnswersProblem>,
}

/// Running a scripted interview failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScriptError {
    /// The engine refused a step.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// Answers were given for questions not on the path the other answers lead to.
    #[error("answers given for questions not asked on this path: {}", .0.join(", "))]
    NotAsked(Vec<String>),
}

/// Why a file of a pack, or an answers file, was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read (missing, permissions, not UTF-8).
    #[error("cannot read {}: {message}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why, from the operating system.
        message: String,
    },
    /// The file is larger than the cap for its kind, so it was not read at all: a file
    /// of hundreds of megabytes would otherwise exhaust memory and abort the program.
    #[error("{} is {size} bytes, over the {} cap for {what}", path.display(), crate::loader::size_text(*cap))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes (at least; reading stopped at the cap).
        size: u64,
        /// The cap in bytes.
        cap: u64,
        /// What kind of file, e.g. `questionnaire.toml files`.
        what: &'static str,
    },
}
