//! The interview screen's view of a session: texts in the interview language for the person
//! and in the staff language for the interviewer, sections, progress and the question.

use crate::dto::{Direction, LocaleDto};
use crate::error::IpcError;
use crate::interview::answer_dto;
use crate::interview_dto::{
    GivenDto, GivenState, InterviewStatus, InterviewView, OptionDto, ProgressDto, QuestionDto,
    QuestionKind, Screen, SectionDto, SectionState, Texts,
};
use crate::shell::{Active, Shell};
use harbour_i18n::{LocaleInfo, Localizer};
use harbour_questionnaire::{Current, Interview, Kind, Question, Response, Status};

impl Shell {
    /// What the interview screen shows of `active`.
    pub(crate) fn view(&self, active: &Active, staff: &str) -> Result<InterviewView, IpcError> {
        let pack = &active.pack;
        let q = &pack.q;
        let iv = active.session.interview();
        let lang = iv.language().to_string();
        let person = pack.texts.localizer(&lang);
        let staff_loc = pack.texts.localizer(staff);
        let texts = |id: &str| Texts {
            interview: person.format(id, None),
            staff: staff_loc.format(id, None),
        };
        let current = iv.current(q);
        let current_section = match current {
            Current::Signpost(s) => q.sections().iter().position(|x| x.id == s.id),
            Current::Question(question) => Some(question.section),
            _ => None,
        };
        let sections: Vec<SectionDto> = q
            .sections()
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let on_path = q.questions()[s.questions.clone()]
                    .iter()
                    .any(|qq| iv.is_on_path(q, &qq.id));
                let state = match current_section {
                    _ if !on_path => SectionState::OffPath,
                    Some(c) if i < c => SectionState::Done,
                    Some(c) if i == c => SectionState::Current,
                    Some(_) => SectionState::Upcoming,
                    None => SectionState::Done,
                };
                SectionDto {
                    id: s.id.clone(),
                    title: texts(&s.title),
                    state,
                    sensitive: s.sensitive,
                }
            })
            .collect();
        let section = current_section.and_then(|i| sections.get(i).cloned());
        let (screen, signpost, question) = match current {
            Current::Signpost(s) => (Screen::Signpost, s.signpost.as_deref().map(texts), None),
            Current::Question(question) => (
                Screen::Question,
                None,
                Some(question_dto(
                    question,
                    iv,
                    &texts,
                    &staff_loc,
                    &pack.texts.localizer("en"),
                )),
            ),
            Current::Finished => (Screen::Finished, None, None),
            Current::ConsentRefused => (Screen::ConsentRefused, None, None),
        };
        let p = iv.progress(q);
        let case = active.session.case();
        Ok(InterviewView {
            case_id: case.id.clone(),
            case_reference: case.reference.clone(),
            questionnaire_id: q.id().into(),
            status: match iv.status(q) {
                Status::InProgress => InterviewStatus::InProgress,
                Status::Paused => InterviewStatus::Paused,
                Status::Finished => InterviewStatus::Finished,
                Status::ConsentRefused => InterviewStatus::ConsentRefused,
            },
            direction: Direction::from(LocaleInfo::builtin(&lang).direction),
            language: lang,
            staff_language: staff.into(),
            staff_direction: self.app_locale(staff).direction.into(),
            languages: q
                .languages()
                .iter()
                .map(|l| LocaleDto::from(&LocaleInfo::builtin(l)))
                .collect(),
            progress: ProgressDto {
                sections_done: p.sections_done as u32,
                sections_total: p.sections_total as u32,
                answered: p.answered as u32,
                questions_left: p.questions_left as u32,
            },
            sections,
            screen,
            section,
            signpost,
            question,
            urgent: active.session.is_urgent(),
            can_back: iv.clone().back(q).is_ok(),
        })
    }
}

fn kind(k: &Kind) -> QuestionKind {
    match k {
        Kind::YesNo => QuestionKind::YesNo,
        Kind::SingleChoice(_) => QuestionKind::SingleChoice,
        Kind::MultipleChoice(_) => QuestionKind::MultipleChoice,
        Kind::Number { .. } => QuestionKind::Number,
        Kind::Date => QuestionKind::Date,
        Kind::Country => QuestionKind::Country,
        Kind::Language => QuestionKind::Language,
        Kind::Text => QuestionKind::Text,
    }
}

fn question_dto(
    question: &Question,
    iv: &Interview,
    texts: &dyn Fn(&str) -> Texts,
    staff: &Localizer,
    source: &Localizer,
) -> QuestionDto {
    let (min, max, integer) = match &question.kind {
        Kind::Number { min, max, integer } => (*min, *max, *integer),
        _ => (None, None, false),
    };
    QuestionDto {
        id: question.id.clone(),
        kind: kind(&question.kind),
        text: texts(&question.text),
        help: question.help.as_deref().map(texts),
        short_help: question
            .help
            .as_deref()
            .map(|h| format!("{h}-short"))
            .filter(|short| source.has(short))
            .map(|short| texts(&short)),
        guidance: question.guidance.as_deref().map(|g| staff.format(g, None)),
        sensitive: question.sensitive,
        consent: question.consent,
        required: question.required,
        options: question
            .kind
            .options()
            .iter()
            .map(|o| OptionDto {
                id: o.id.clone(),
                text: texts(&o.text),
            })
            .collect(),
        min,
        max,
        integer,
        options_not_suggested: !question.kind.options().is_empty()
            && !question.person_sees_options(),
        given: iv.response(&question.id).map(|g| GivenDto {
            state: match &g.response {
                Response::Answer(_) => GivenState::Answered,
                Response::DontKnow => GivenState::DontKnow,
                Response::Declined => GivenState::Declined,
                Response::Skipped => GivenState::Skipped,
            },
            value: match &g.response {
                Response::Answer(a) => Some(answer_dto(a)),
                _ => None,
            },
            language: g.language.clone(),
        }),
    }
}
