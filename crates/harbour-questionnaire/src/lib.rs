//! harbour-questionnaire: the questionnaire format, its validator, the condition language and
//! the interview engine.
//!
//! Data flows one way: pack files → [`validate()`] → [`Questionnaire`] (checked once, then
//! trusted) → [`Interview`] (pure engine, one [`Step`] at a time) → [`evidence()`] →
//! `harbour_rules::Evidence`.
//!
//! Invariants: no IO outside [`loader`]; no clock (the time is passed in); no answer content in
//! errors or logs.
#![deny(missing_docs)]

pub mod answer;
pub mod answers_file;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod evidence;
pub mod expr;
pub mod loader;
pub mod migrate;
pub mod model;
pub mod script;
pub mod validate;

pub use answer::{AnswerValue, PartialDate, Response};
pub use diagnostic::{Code, Diagnostic, LineIndex, Location, Severity};
pub use engine::{Current, Given, Interview, Progress, Status, Step};
pub use error::{AnswerError, AnswersError, EngineError, PackError, ReadError, ScriptError};
pub use evidence::evidence;
pub use expr::{Condition, Truth};
pub use loader::{load_all, validate, validate_with};
pub use migrate::{migrate_steps, Migrated};
pub use model::{
    ChoiceOption, Kind, Migration, OptionsPresentation, Profile, Question, Questionnaire, Section,
};
pub use validate::{FixedCatalogue, IndicatorCatalogue, RulesCatalogue};
