//! The checked questionnaire: only the validator builds one, so holding a `Questionnaire`
//! means every reference, type, indicator code and text has been checked.

use crate::answer::{is_country_code, is_language_code, AnswerValue, PartialDate};
use crate::error::AnswerError;
use crate::expr::Condition;
use std::collections::{BTreeMap, HashMap};

/// A validated questionnaire pack.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub(crate) id: String,
    pub(crate) version: String,
    pub(crate) title: String,
    pub(crate) languages: Vec<String>,
    pub(crate) rules: String,
    pub(crate) sections: Vec<Section>,
    pub(crate) questions: Vec<Question>,
    pub(crate) index: HashMap<String, usize>,
    pub(crate) locales: BTreeMap<String, String>,
    pub(crate) migrations: Vec<Migration>,
}

/// How interviews begun on an older version of a questionnaire move to this one (a
/// `[[migrations]]` table): answers to `renamed` questions move to their new ids, answers to
/// `removed` questions are set aside, every other answer keeps its question id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// The older version this table applies to.
    pub from: String,
    /// Old question id → the id it has in this version.
    pub renamed: BTreeMap<String, String>,
    /// Question ids of the older version that this one no longer asks.
    pub removed: Vec<String>,
}

impl Questionnaire {
    /// The questionnaire id (stable across versions).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The semantic version (`1.2.0`).
    pub fn version(&self) -> &str {
        &self.version
    }
    /// How interviews begun on version `from` move to this version, if the pack says.
    pub fn migration_from(&self, from: &str) -> Option<&Migration> {
        self.migrations.iter().find(|m| m.from == from)
    }
    /// Message id of the title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// The declared languages; the first is the questionnaire's source language.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }
    /// The rule-set targeted, e.g. `harbour-rules/1`.
    pub fn rules(&self) -> &str {
        &self.rules
    }
    /// Sections in questionnaire order.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }
    /// All questions, in questionnaire order (sections flattened).
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.index.get(id).and_then(|&i| self.questions.get(i))
    }
    /// Position of a question in questionnaire order.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
    /// The question marked with this profile field, if any.
    pub fn profile_question(&self, profile: Profile) -> Option<&Question> {
        self.questions.iter().find(|q| q.profile == Some(profile))
    }
    /// A section by id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
    /// The Fluent source of a declared language's locale file (`locales/<lang>.ftl`), for the
    /// app to build a bundle from. The validator has checked that it parses and has every text.
    pub fn ftl_source(&self, lang: &str) -> Option<&str> {
        self.locales.get(lang).map(String::as_str)
    }
}

/// A section: a titled group of questions, perhaps behind a signpost.
#[derive(Debug, Clone)]
pub struct Section {
    /// Section id, unique in the questionnaire.
    pub id: String,
    /// Message id of the title.
    pub title: String,
    /// Message id of the signpost shown before the section starts (what comes next, and that it
    /// can be skipped). A section with a signpost can be skipped as a whole.
    pub signpost: Option<String>,
    /// Sensitive sections are shown with care by the app (e.g. hidden answers on screen).
    pub sensitive: bool,
    /// Shown only when this holds.
    pub when: Option<Condition>,
    /// Indices into [`Questionnaire::questions`].
    pub questions: std::ops::Range<usize>,
}

/// A question.
#[derive(Debug, Clone)]
pub struct Question {
    /// Question id, unique in the questionnaire.
    pub id: String,
    /// Index of its section in [`Questionnaire::sections`].
    pub section: usize,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// Message id of the question text.
    pub text: String,
    /// Message id of help for the person.
    pub help: Option<String>,
    /// Message id of guidance for the interviewer only (never shown to the person).
    pub guidance: Option<String>,
    /// Asked only when this holds.
    pub when: Option<Condition>,
    /// This is the consent question: any answer but "yes" ends the interview.
    pub consent: bool,
    /// May not be skipped, declined or answered "don't know" (only the consent question).
    pub required: bool,
    /// Sensitive question (always true for free text).
    pub sensitive: bool,
    /// Which profile field (for statistics and the stored assessment) this question gives.
    pub profile: Option<Profile>,
    /// Indicators evidenced by a yes/no answer.
    pub evidence: YesNoEvidence,
    /// Indicators evidenced when a condition holds on the answer (numbers, dates...).
    pub evidence_when: Vec<ConditionalEvidence>,
    /// How the options of a multiple-choice question are put to the person
    /// (`options_presentation`, required on every multiple-choice question, absent on other
    /// kinds). It decides what an option not chosen means; see [`OptionsPresentation`].
    pub options_presentation: Option<OptionsPresentation>,
}

/// How a multiple-choice question's options are put to the person (`options_presentation`).
/// It decides what an option the person did not choose means for the evidence, and where the
/// app shows the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionsPresentation {
    /// `read_all`: every option is read out or shown, and the person answers each. An option
    /// not chosen was answered "no" (its indicators are Absent). The options are on the
    /// person's side of the screen.
    ReadAll,
    /// `not_suggested`: the question is asked open; the interviewer marks what the person
    /// mentions and never suggests options. An option not chosen is not known (its indicators
    /// are Unknown, unless another answer on the path says yes or no to the same indicator):
    /// not mentioning something is not saying no. The person's side shows the question alone;
    /// the options are on the interviewer's side.
    NotSuggested,
}

impl OptionsPresentation {
    /// Both values, in the order the format lists them.
    pub const ALL: &'static [OptionsPresentation] = &[
        OptionsPresentation::ReadAll,
        OptionsPresentation::NotSuggested,
    ];

    /// The name used in the format (`read_all`, `not_suggested`).
    pub fn name(self) -> &'static str {
        match self {
            OptionsPresentation::ReadAll => "read_all",
            OptionsPresentation::NotSuggested => "not_suggested",
        }
    }
}

/// Profile fields a question may supply (`profile = "..."`), read by the core for the
/// stored assessment and de-identified statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Profile {
    /// `profile = "nationality"` on a country question.
    Nationality,
    /// `profile = "date_of_birth"` on a date question.
    DateOfBirth,
    /// `profile = "age"` on a number question.
    Age,
    /// `profile = "gender"` on a single-choice question (the option id is the value).
    Gender,
}

impl Profile {
    /// Every profile field.
    pub const ALL: &'static [Profile] = &[
        Profile::Nationality,
        Profile::DateOfBirth,
        Profile::Age,
        Profile::Gender,
    ];
    /// The name used in the format.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Nationality => "nationality",
            Profile::DateOfBirth => "date_of_birth",
            Profile::Age => "age",
            Profile::Gender => "gender",
        }
    }
    /// The question kind this field needs.
    pub fn kind_name(self) -> &'static str {
        match self {
            Profile::Nationality => "country",
            Profile::DateOfBirth => "date",
            Profile::Age => "number",
            Profile::Gender => "single_choice",
        }
    }
}

/// The kind of a question and the settings that go with it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Yes or no.
    YesNo,
    /// One option.
    SingleChoice(Vec<ChoiceOption>),
    /// Any number of options.
    MultipleChoice(Vec<ChoiceOption>),
    /// A number.
    Number {
        /// Smallest accepted value.
        min: Option<f64>,
        /// Largest accepted value.
        max: Option<f64>,
        /// Whole numbers only.
        integer: bool,
    },
    /// A date, possibly only a year or a year and month.
    Date,
    /// A country (ISO 3166-1 alpha-2, `stateless`, `unknown`).
    Country,
    /// A language code.
    Language,
    /// Free text (always sensitive).
    Text,
}

impl Kind {
    /// The name used in the format (`yes_no`, `single_choice`...).
    pub fn name(&self) -> &'static str {
        match self {
            Kind::YesNo => "yes_no",
            Kind::SingleChoice(_) => "single_choice",
            Kind::MultipleChoice(_) => "multiple_choice",
            Kind::Number { .. } => "number",
            Kind::Date => "date",
            Kind::Country => "country",
            Kind::Language => "language",
            Kind::Text => "text",
        }
    }
    /// The options of a choice question (empty for other kinds).
    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            Kind::SingleChoice(o) | Kind::MultipleChoice(o) => o,
            _ => &[],
        }
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    /// Option id, unique within its question; the canonical answer.
    pub id: String,
    /// Message id of the option text.
    pub text: String,
    /// Indicators evidenced: chosen → Present; answered but not chosen → Absent.
    pub evidence: Vec<String>,
}

/// Evidence of a yes/no question.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct YesNoEvidence {
    /// Yes → Present, no → Absent, don't know / declined → Unknown.
    pub yes: Vec<String>,
    /// No → Present, yes → Absent, don't know / declined → Unknown.
    pub no: Vec<String>,
}

/// Indicators that hold when a condition does.
#[derive(Debug, Clone)]
pub struct ConditionalEvidence {
    /// True → Present, false → Absent, unknown (no answer, declined...) → Unknown.
    pub when: Condition,
    /// Indicator codes.
    pub indicators: Vec<String>,
}

impl Question {
    /// How this question's options are put to the person: `Some` for a multiple-choice
    /// question (the validator requires it) and for a single-choice question that says so,
    /// `None` otherwise (a single-choice list is then read in full).
    pub fn options_presentation(&self) -> Option<OptionsPresentation> {
        self.options_presentation
    }

    /// Whether the person's side of the screen may show this question's options. False for a
    /// question whose options are not to be suggested (`options_presentation =
    /// "not_suggested"`): the person sees the question alone and the options are on the
    /// interviewer's side (issue 17). True for every other question.
    pub fn person_sees_options(&self) -> bool {
        self.options_presentation != Some(OptionsPresentation::NotSuggested)
    }

    /// Whether an option of this question that the person did not choose counts as "no"
    /// (Absent): true for a choice question whose options were all read (single choice: they
    /// exclude each other; multiple choice: `read_all`); false when they were not suggested
    /// (`not_suggested`: not chosen is not known).
    pub fn unchosen_means_no(&self) -> bool {
        match self.kind {
            Kind::SingleChoice(_) | Kind::MultipleChoice(_) => {
                self.options_presentation != Some(OptionsPresentation::NotSuggested)
            }
            _ => false,
        }
    }

    /// Checks an answer against this question, returning it in canonical form
    /// (country codes upper-cased, options de-duplicated in questionnaire order).
    pub fn check_answer(&self, value: AnswerValue) -> Result<AnswerValue, AnswerError> {
        let mismatch = || AnswerError::WrongKind {
            question: self.id.clone(),
            kind: self.kind.name(),
        };
        match (&self.kind, value) {
            (Kind::YesNo, v @ (AnswerValue::Yes | AnswerValue::No)) => Ok(v),
            (Kind::SingleChoice(opts), AnswerValue::Choice(c)) => {
                if opts.iter().any(|o| o.id == c) {
                    Ok(AnswerValue::Choice(c))
                } else {
                    Err(AnswerError::UnknownOption {
                        question: self.id.clone(),
                        option: c,
                    })
                }
            }
            (Kind::MultipleChoice(opts), AnswerValue::Choices(cs)) => {
                if let Some(bad) = cs.iter().find(|c| !opts.iter().any(|o| &o.id == *c)) {
                    return Err(AnswerError::UnknownOption {
                        question: self.id.clone(),
                        option: bad.clone(),
                    });
                }
                let ordered = opts
                    .iter()
                    .filter(|o| cs.contains(&o.id))
                    .map(|o| o.id.clone())
                    .collect();
                Ok(AnswerValue::Choices(ordered))
            }
            (Kind::Number { min, max, integer }, AnswerValue::Number(n)) => {
                let out_of_bounds = !n.is_finite()
                    || min.is_some_and(|m| n < m)
                    || max.is_some_and(|m| n > m)
                    || (*integer && n.fract() != 0.0);
                if out_of_bounds {
                    Err(AnswerError::OutOfBounds {
                        question: self.id.clone(),
                    })
                } else {
                    Ok(AnswerValue::Number(n))
                }
            }
            (Kind::Date, AnswerValue::Date(d)) => {
                if d.is_valid() {
                    Ok(AnswerValue::Date(d))
                } else {
                    Err(AnswerError::BadDate {
                        question: self.id.clone(),
                    })
                }
            }
            (Kind::Country, AnswerValue::Country(c)) => {
                let c = if c.len() == 2 {
                    c.to_ascii_uppercase()
                } else {
                    c
                };
                if is_country_code(&c) {
                    Ok(AnswerValue::Country(c))
                } else {
                    Err(AnswerError::BadCode {
                        question: self.id.clone(),
                    })
                }
            }
            (Kind::Language, AnswerValue::Language(l)) => {
                if is_language_code(&l) {
                    Ok(AnswerValue::Language(l))
                } else {
                    Err(AnswerError::BadCode {
                        question: self.id.clone(),
                    })
                }
            }
            (Kind::Text, AnswerValue::Text(t)) => Ok(AnswerValue::Text(t)),
            _ => Err(mismatch()),
        }
    }

    /// Parses the textual form of an answer for this question (`yes`, an option id,
    /// `1990-05`, `SY`, `17`...). Used by answers files and terminal front ends.
    pub fn parse_answer(&self, text: &str) -> Result<AnswerValue, AnswerError> {
        let value =
            match &self.kind {
                Kind::YesNo => match text {
                    "yes" => AnswerValue::Yes,
                    "no" => AnswerValue::No,
                    _ => {
                        return Err(AnswerError::WrongKind {
                            question: self.id.clone(),
                            kind: "yes_no",
                        })
                    }
                },
                Kind::SingleChoice(_) => AnswerValue::Choice(text.to_string()),
                Kind::MultipleChoice(_) => AnswerValue::Choices(
                    text.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                ),
                Kind::Number { .. } => AnswerValue::Number(text.trim().parse().map_err(|_| {
                    AnswerError::WrongKind {
                        question: self.id.clone(),
                        kind: "number",
                    }
                })?),
                Kind::Date => AnswerValue::Date(PartialDate::parse(text).ok_or_else(|| {
                    AnswerError::BadDate {
                        question: self.id.clone(),
                    }
                })?),
                Kind::Country => AnswerValue::Country(text.to_string()),
                Kind::Language => AnswerValue::Language(text.to_string()),
                Kind::Text => AnswerValue::Text(text.to_string()),
            };
        self.check_answer(value)
    }
}
