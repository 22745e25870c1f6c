//! The staff outcome screen: the domain's translated view of an outcome
//! (`harbour_core::OutcomeView`), with each answer behind a reason worded from its pack.

use crate::error::IpcError;
use crate::outcome_dto::{
    AnswerRefDto, ElementDto, ElementStatusDto, ItemDto, LevelDto, OutcomeDto, PathwayDto,
    PathwayId, ReasonDto, SummaryDto, SummaryLevelDto, SummaryReferralDto,
};
use crate::packs::Pack;
use crate::shell::Shell;
use chrono::Utc;
use harbour_core::outcome_view::{PathwayKind, ReasonView, SummaryView};
use harbour_core::{session, OutcomeView, STAFF_QUESTION};
use harbour_i18n::Localizer;
use harbour_rules::{AnswerRef, ElementStatus, Level};
use harbour_vault::StoredAssessment;

impl Shell {
    /// Assess a finished case again with today's rules, from the inputs stored with its
    /// outcome, and show the new outcome.
    pub fn reassess_case(&self, case_id: &str, staff: &str) -> Result<OutcomeDto, IpcError> {
        self.with_session_vault(|v| session::reassess(v, case_id, Utc::now()))?;
        self.case_outcome(case_id, staff)
    }

    /// The staff outcome screen of a finished case, in the staff language, with a check of
    /// whether today's rules would say something different.
    pub fn case_outcome(&self, case_id: &str, staff: &str) -> Result<OutcomeDto, IpcError> {
        self.outcome(case_id, staff, Which::Stored)
    }

    /// What today's rules give from the same stored inputs, computed and shown but not
    /// stored: the user compares it with the stored outcome before confirming.
    pub fn reassess_preview(&self, case_id: &str, staff: &str) -> Result<OutcomeDto, IpcError> {
        self.outcome(case_id, staff, Which::Today)
    }

    fn outcome(&self, case_id: &str, staff: &str, which: Which) -> Result<OutcomeDto, IpcError> {
        let (case, (mut stored, mut assessment), session) = self.with_session_vault(|v| {
            let case = v.case(case_id)?;
            let stored = session::stored_assessment(v, case_id)?;
            let session = v.sessions(case_id)?.pop();
            Ok::<_, harbour_core::SessionError>((case, stored, session))
        })?;
        if which == Which::Today {
            assessment = assessment.reassessed();
            stored.rules_version = assessment.outcome.rules_version.clone();
            stored.assessed_at = Utc::now().to_rfc3339();
        }
        let pack = session.as_ref().and_then(|s| {
            self.packs
                .find(&s.questionnaire_id, Some(&s.questionnaire_version))
        });
        let answered_on = session
            .map(|s| (s.questionnaire_id, s.questionnaire_version))
            .unwrap_or_default();
        let rules = harbour_core::outcome_view::rules_catalog();
        let view = OutcomeView::new(&assessment.outcome, &rules.localizer(staff));
        let words = AnswerWords {
            app: self.app_localizer(staff),
            pack: pack.as_deref(),
            staff,
        };
        Ok(OutcomeDto {
            questionnaire_id: answered_on.0,
            questionnaire_version: answered_on.1,
            ..outcome_dto(
                &case.reference,
                &stored,
                &view,
                assessment.differs_today(),
                &words,
            )
        })
    }
}

/// The stored outcome, or what today's rules would give (not stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Stored,
    Today,
}

/// How the answers behind a reason are worded for staff: the question's text and the
/// option's text from the pack in the staff language, the response words from the app.
struct AnswerWords<'a> {
    app: Localizer,
    pack: Option<&'a Pack>,
    staff: &'a str,
}

impl AnswerWords<'_> {
    fn answer(&self, a: &AnswerRef) -> AnswerRefDto {
        if a.question_id == STAFF_QUESTION {
            return AnswerRefDto {
                question_id: a.question_id.clone(),
                question: self.app.format("outcome-raised-by-interviewer", None),
                answer: self.app.format("outcome-raised", None),
                language: a.language.clone(),
            };
        }
        let question = self.pack.and_then(|p| p.q.question(&a.question_id));
        let staff_q = self.pack.map(|p| p.texts.localizer(self.staff));
        let qtext = match (question, &staff_q) {
            (Some(qq), Some(l)) => l.format(&qq.text, None),
            _ => a.question_id.clone(),
        };
        let response = match a.answer.as_str() {
            "yes" => Some("answer-yes"),
            "no" => Some("answer-no"),
            "dont_know" => Some("answer-dont-know"),
            "declined" => Some("answer-declined"),
            "skipped" => Some("answer-skipped"),
            _ => None,
        };
        let answer = match (response, question, &staff_q) {
            (Some(id), _, _) => self.app.format(id, None),
            // An empty list is the answer "None of these", never a skip.
            (None, Some(qq), _)
                if a.answer.is_empty()
                    && matches!(qq.kind, harbour_questionnaire::Kind::MultipleChoice(_)) =>
            {
                self.app.format("answer-none-of-these", None)
            }
            (None, Some(qq), Some(l)) if !qq.kind.options().is_empty() => a
                .answer
                .split(',')
                .map(|id| {
                    qq.kind
                        .options()
                        .iter()
                        .find(|o| o.id == id)
                        .map(|o| l.format(&o.text, None))
                        .unwrap_or_else(|| id.to_string())
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => a.answer.clone(),
        };
        AnswerRefDto {
            question_id: a.question_id.clone(),
            question: qtext,
            answer,
            language: a.language.clone(),
        }
    }

    fn reason(&self, r: &ReasonView) -> ReasonDto {
        ReasonDto {
            about: r.about.clone(),
            text: r.text.clone(),
            indicators: r.indicators.clone(),
            answers: r.answers.iter().map(|a| self.answer(a)).collect(),
        }
    }
}

fn level(l: Level) -> LevelDto {
    match l {
        Level::None => LevelDto::None,
        Level::InsufficientInformation => LevelDto::InsufficientInformation,
        Level::Possible => LevelDto::Possible,
        Level::Strong => LevelDto::Strong,
    }
}

fn status(s: ElementStatus) -> ElementStatusDto {
    match s {
        ElementStatus::Present => ElementStatusDto::Present,
        ElementStatus::BelowThreshold => ElementStatusDto::BelowThreshold,
        ElementStatus::Absent => ElementStatusDto::Absent,
        ElementStatus::Unknown => ElementStatusDto::Unknown,
        ElementStatus::NotAsked => ElementStatusDto::NotAsked,
        ElementStatus::NotRequired => ElementStatusDto::NotRequired,
    }
}

fn pathway_id(kind: PathwayKind) -> PathwayId {
    match kind {
        PathwayKind::Trafficking => PathwayId::Trafficking,
        PathwayKind::InternationalProtection => PathwayId::InternationalProtection,
    }
}

fn summary(s: &SummaryView) -> SummaryDto {
    SummaryDto {
        title: s.title.clone(),
        urgent: s.urgent.clone(),
        levels: s
            .levels
            .iter()
            .map(|l| SummaryLevelDto {
                id: pathway_id(l.kind),
                name: l.name.clone(),
                level: level(l.level),
                text: l.text.clone(),
            })
            .collect(),
        flags: s.flags.clone(),
        flags_line: s.flags_line.clone(),
        referrals_title: s.referrals_title.clone(),
        referrals: s
            .referrals
            .iter()
            .map(|r| SummaryReferralDto {
                id: r.kind.as_str().into(),
                text: r.text.clone(),
                urgent: r.urgent,
                reason: r.reason.clone(),
            })
            .collect(),
        no_referrals: s.no_referrals.clone(),
    }
}

fn outcome_dto(
    reference: &str,
    stored: &StoredAssessment,
    view: &OutcomeView,
    differs: bool,
    words: &AnswerWords,
) -> OutcomeDto {
    let mut flags: Vec<ItemDto> = view
        .flags
        .iter()
        .map(|f| ItemDto {
            id: f.flag.as_str().into(),
            text: f.text.clone(),
            urgent: f.flag == harbour_rules::Flag::UrgentSafety,
        })
        .collect();
    flags.extend(view.risks.iter().map(|r| ItemDto {
        id: format!("heightened_risk.{}", r.category.as_str()),
        text: r.text.clone(),
        urgent: false,
    }));
    OutcomeDto {
        case_reference: reference.into(),
        questionnaire_id: String::new(),
        questionnaire_version: String::new(),
        rules_version: stored.rules_version.clone(),
        assessed_at: stored.assessed_at.clone(),
        current_rules_version: harbour_rules::RULES_VERSION.into(),
        differs_today: differs,
        summary: summary(&view.summary),
        pathways: view
            .pathways
            .iter()
            .map(|p| PathwayDto {
                id: pathway_id(p.kind),
                name: p.name.clone(),
                level: level(p.level),
                level_text: p.level_text.clone(),
                elements: p
                    .elements
                    .iter()
                    .map(|e| ElementDto {
                        label: e.label.clone(),
                        status: status(e.status),
                        status_text: e.status_text.clone(),
                        indicators: e.indicators.clone(),
                    })
                    .collect(),
            })
            .collect(),
        flags,
        referrals: view
            .referrals
            .iter()
            .map(|r| ItemDto {
                id: r.kind.as_str().into(),
                text: r.text.clone(),
                urgent: r.urgent,
            })
            .collect(),
        notes: view.notes.iter().map(|n| n.text.clone()).collect(),
        reasons: view.reasons.iter().map(|r| words.reason(r)).collect(),
        extra: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_rules::{assess, Evidence, Observation};

    #[test]
    fn the_screen_gets_the_summary_in_words_without_codes() {
        let mut ev = Evidence::new();
        for c in [
            "danger.immediate",
            "palermo.act.harbouring",
            "palermo.means.coercion",
            "palermo.purpose.forced_labour",
            "ilo2012.retention_of_documents",
            "ilo2012.debt_bondage",
        ] {
            ev.observe(
                c,
                Observation::Present,
                AnswerRef {
                    question_id: "q".into(),
                    answer: "yes".into(),
                    language: "en".into(),
                },
            );
        }
        let o = assess(&ev);
        let rules = harbour_core::outcome_view::rules_catalog();
        let view = OutcomeView::new(&o, &rules.localizer("en"));
        let s = summary(&view.summary);
        assert!(s.urgent.is_some());
        assert_eq!(s.levels.len(), 2);
        assert_eq!(s.levels[0].id, PathwayId::Trafficking);
        let at = s
            .referrals
            .iter()
            .find(|r| r.id == "anti_trafficking")
            .expect("anti-trafficking referral");
        assert!(
            at.reason
                .starts_with("identity papers kept by someone else; a debt they must work off"),
            "{}",
            at.reason
        );
        let json = serde_json::to_string(&s).expect("json");
        for code in ["ilo2012", "palermo.", "danger.", "indicator-"] {
            assert!(!json.contains(code), "{code} in {json}");
        }
    }
}
