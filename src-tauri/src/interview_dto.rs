//! The IPC contract of interviews and outcomes (hand-written counterparts of domain types).

use crate::dto::{Direction, LocaleDto};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A questionnaire that loaded and passed validation.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionnaireDto {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its title in the staff language.
    pub title: String,
    /// The interview languages it declares.
    pub languages: Vec<LocaleDto>,
}

/// Why a questionnaire pack is not offered. The UI words each as `pack-problem-<reason>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PackProblemReason {
    /// It failed validation (see the diagnostics).
    Invalid,
    /// A pack from outside the app's own folders carries no signature.
    Unsigned,
    /// Its signature does not verify with the organisation's pack key.
    BadSignature,
    /// Its files differ from what was signed.
    Changed,
    /// Signed, but this id, version and content are not approved by the installed profile.
    NotApproved,
    /// No organisation profile is installed, so no added pack can be checked.
    NoProfile,
    /// Loading it failed unexpectedly (a fault in the loader, caught).
    LoadFailed,
}

/// A questionnaire pack that is not offered: which folder, why, and the details.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PackProblemDto {
    /// The pack folder.
    pub path: String,
    /// Why it is not offered.
    pub reason: PackProblemReason,
    /// Each problem, as `file:line:column: code message` (English, as `harbour validate`),
    /// or the check that failed.
    pub diagnostics: Vec<String>,
    /// Each problem as a Fluent message of the app (`pack-problem-<name>`) with its code,
    /// file and place, for the staff language.
    pub problems: Vec<PackDiagnosticDto>,
}

/// One problem of a broken pack, translatable: `message_id` is the code's line in
/// `locales/<lang>/packs.ftl`; `detail` is the validator's own English wording.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PackDiagnosticDto {
    /// `HQ005`…
    pub code: String,
    /// `pack-problem-duplicate-id`…
    pub message_id: String,
    /// The file, if the problem has a place.
    pub file: Option<String>,
    /// 1-based line.
    pub line: Option<u32>,
    /// 1-based column.
    pub column: Option<u32>,
    /// The specifics, in English (ids and values of the pack).
    pub detail: String,
}

impl From<&harbour_questionnaire::Diagnostic> for PackDiagnosticDto {
    fn from(d: &harbour_questionnaire::Diagnostic) -> Self {
        let n = |v: usize| Some(u32::try_from(v).unwrap_or(u32::MAX));
        Self {
            code: d.code.number().to_string(),
            message_id: d.code.message_id().to_string(),
            file: d.location.as_ref().map(|l| l.file.display().to_string()),
            line: d.location.as_ref().and_then(|l| n(l.line)),
            column: d.location.as_ref().and_then(|l| n(l.column)),
            detail: d.message.clone(),
        }
    }
}

/// The questionnaires on offer, and those that could not be loaded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionnairesDto {
    /// Ready to use.
    pub available: Vec<QuestionnaireDto>,
    /// Packs not offered (the others still work).
    pub problems: Vec<PackProblemDto>,
    /// Packs are still being loaded or checked: the lists may grow.
    pub loading: bool,
}

/// An answer value, as the UI sends and receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerDto {
    /// Yes.
    Yes,
    /// No.
    No,
    /// One option id.
    Choice(String),
    /// Several option ids.
    Choices(Vec<String>),
    /// A number.
    Number(f64),
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date(String),
    /// ISO 3166-1 alpha-2, `stateless` or `unknown`.
    Country(String),
    /// A language code.
    Language(String),
    /// Free text.
    Text(String),
}

/// What the interviewer (or the person, through them) does next.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ActionDto {
    /// Answer the current question.
    Answer {
        /// The answer.
        value: AnswerDto,
    },
    /// "I don't know".
    DontKnow,
    /// "I prefer not to say".
    Decline,
    /// Move on without an answer.
    Skip,
    /// At a signpost: go into the section.
    ContinueSection,
    /// At a signpost: skip the section.
    SkipSection,
    /// Back one place.
    Back,
    /// On from a revisited question.
    Forward,
    /// Jump to a section.
    JumpToSection {
        /// Its id.
        section: String,
    },
    /// Pause (content hidden).
    Pause,
    /// Resume after a pause.
    Resume,
    /// Change the interview language.
    SwitchLanguage {
        /// A declared language.
        language: String,
    },
}

/// How a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GivenState {
    /// An answer.
    Answered,
    /// "I don't know".
    DontKnow,
    /// "I prefer not to say".
    Declined,
    /// Skipped.
    Skipped,
}

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes or no.
    YesNo,
    /// One option.
    SingleChoice,
    /// Several options.
    MultipleChoice,
    /// A number.
    Number,
    /// A (partial) date.
    Date,
    /// A country.
    Country,
    /// A language.
    Language,
    /// Free text.
    Text,
}

/// A section's place on the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SectionState {
    /// Behind.
    Done,
    /// Under way.
    Current,
    /// Ahead.
    Upcoming,
    /// Not on the path the answers lead.
    OffPath,
}

/// Where an interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    /// Under way.
    InProgress,
    /// Paused.
    Paused,
    /// Ended.
    Finished,
    /// Consent refused.
    ConsentRefused,
}

/// What the person's side shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    /// A section's announcement.
    Signpost,
    /// A question.
    Question,
    /// The end.
    Finished,
    /// Consent was refused.
    ConsentRefused,
}

/// A person-facing text in the interview language, and the same in the staff language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Texts {
    /// In the interview language (shown to the person).
    pub interview: String,
    /// In the staff language (shown to the interviewer).
    pub staff: String,
}

/// An option of a choice question.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OptionDto {
    /// Option id.
    pub id: String,
    /// Its text.
    pub text: Texts,
}

/// A response already given to a question.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GivenDto {
    /// How the question was answered.
    pub state: GivenState,
    /// The answer when `answered`.
    pub value: Option<AnswerDto>,
    /// The language it was given in.
    pub language: String,
}

/// The question on screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionDto {
    /// Question id.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// The question.
    pub text: Texts,
    /// Help for the person, if any (in full: the staff side shows it in the staff language).
    pub help: Option<Texts>,
    /// The same help in a few short lines for the person's side, when the pack has them
    /// (message `<help id>-short`); the person sees these, the interviewer the full text.
    pub short_help: Option<Texts>,
    /// Guidance for the interviewer only (staff language); never on the person's side.
    pub guidance: Option<String>,
    /// A sensitive question (free text is always sensitive).
    pub sensitive: bool,
    /// The consent question.
    pub consent: bool,
    /// Required (only consent can be).
    pub required: bool,
    /// Options of a choice question.
    pub options: Vec<OptionDto>,
    /// Lower bound of a number.
    pub min: Option<f64>,
    /// Upper bound of a number.
    pub max: Option<f64>,
    /// Whole numbers only.
    pub integer: bool,
    /// The response already given, when revisiting.
    pub given: Option<GivenDto>,
    /// The options are not read out (a choice question): the person's side shows the
    /// question alone, the interviewer marks what the person says; unchosen is unknown.
    pub options_not_suggested: bool,
}

/// A section in the progress list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SectionDto {
    /// Section id.
    pub id: String,
    /// Its title.
    pub title: Texts,
    /// Behind, current, ahead or off the path.
    pub state: SectionState,
    /// Announced and skippable as a whole.
    pub sensitive: bool,
}

/// Progress without pressure: sections, not a countdown.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProgressDto {
    /// Sections behind.
    pub sections_done: u32,
    /// Sections on the path.
    pub sections_total: u32,
    /// Questions answered on the path.
    pub answered: u32,
    /// Questions left on the path.
    pub questions_left: u32,
}

/// Everything the interview screen shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct InterviewView {
    /// The case.
    pub case_id: String,
    /// Its short reference.
    pub case_reference: String,
    /// The questionnaire.
    pub questionnaire_id: String,
    /// Where the interview stands.
    pub status: InterviewStatus,
    /// The interview language.
    pub language: String,
    /// Its direction.
    pub direction: Direction,
    /// The staff language.
    pub staff_language: String,
    /// Its direction.
    pub staff_direction: Direction,
    /// Languages the interview can switch to.
    pub languages: Vec<LocaleDto>,
    /// Progress.
    pub progress: ProgressDto,
    /// Sections with their state.
    pub sections: Vec<SectionDto>,
    /// What the person's side shows.
    pub screen: Screen,
    /// The current section.
    pub section: Option<SectionDto>,
    /// The signpost text, on a signpost.
    pub signpost: Option<Texts>,
    /// The question, on a question.
    pub question: Option<QuestionDto>,
    /// Immediate danger is indicated (by an answer or raised by the interviewer).
    pub urgent: bool,
    /// Whether "back" can go anywhere.
    pub can_back: bool,
}

/// A staff note: on a question, or on the whole case.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NoteDto {
    /// The question it is about; `null` for the note on the case.
    pub question_id: Option<String>,
    /// That question's text in the staff language.
    pub question: Option<String>,
    /// What the interviewer wrote.
    pub text: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
}
