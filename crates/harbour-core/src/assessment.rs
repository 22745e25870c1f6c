//! Assessing an interview, and the shape in which an assessment is stored so that it can be
//! re-run with today's rules.

use harbour_questionnaire::{evidence, AnswerValue, Interview, Profile, Questionnaire, Response};
use harbour_rules::assessment::{observed, single_observations};
use harbour_rules::{
    assess, AnswerRef, Assessment, AssessmentError, Inputs, Observation, ProfileFacts,
    QuestionnaireRef,
};

/// The vault's form of an [`Assessment`]: the two JSON texts with the rules version and the
/// time of the assessment. `harbour-rules` owns the decoding; this only adds the columns.
pub trait StoredForm: Sized {
    /// The form the vault stores, assessed at `at`.
    fn to_stored(
        &self,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<harbour_vault::StoredAssessment, AssessmentError>;
    /// Read what the vault stored.
    fn from_stored(stored: &harbour_vault::StoredAssessment) -> Result<Self, AssessmentError>;
}

impl StoredForm for Assessment {
    fn to_stored(
        &self,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<harbour_vault::StoredAssessment, AssessmentError> {
        let (outcome, inputs) = self.encode()?;
        Ok(harbour_vault::StoredAssessment {
            rules_version: self.outcome.rules_version.clone(),
            assessed_at: at.to_rfc3339(),
            outcome,
            inputs,
        })
    }

    fn from_stored(stored: &harbour_vault::StoredAssessment) -> Result<Self, AssessmentError> {
        Assessment::decode(&stored.outcome, &stored.inputs)
    }
}

/// What the interviewer observed, beside the person's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffObservations {
    /// The interviewer raised urgent safety by hand (the interview language at the time).
    pub urgent_safety_raised_in: Option<String>,
}

/// The pseudo-question id under which an interviewer's own observation is recorded.
pub const STAFF_QUESTION: &str = "interviewer";

/// Run the rules on an interview's answers on its current path.
pub fn assess_interview(q: &Questionnaire, iv: &Interview) -> Assessment {
    assess_interview_with(q, iv, &StaffObservations::default())
}

/// Run the rules on the answers and on what the interviewer raised by hand (an urgent-safety
/// alarm becomes `danger.immediate` evidence, attributed to the interviewer, never to the
/// person).
pub fn assess_interview_with(
    q: &Questionnaire,
    iv: &Interview,
    staff: &StaffObservations,
) -> Assessment {
    let mut ev = evidence(q, iv);
    if let Some(language) = &staff.urgent_safety_raised_in {
        ev.observe(
            "danger.immediate",
            Observation::Present,
            AnswerRef {
                question_id: STAFF_QUESTION.into(),
                answer: "raised".into(),
                language: language.clone(),
            },
        );
    }
    let outcome = assess(&ev);
    let mut answers: Vec<AnswerRef> = q
        .questions()
        .iter()
        .filter(|question| iv.is_on_path(q, &question.id))
        .filter_map(|question| {
            iv.response(&question.id).map(|g| AnswerRef {
                question_id: question.id.clone(),
                answer: g.response.canonical(),
                language: g.language.clone(),
            })
        })
        .collect();
    answers.sort();
    Assessment {
        outcome,
        inputs: Inputs {
            questionnaire: QuestionnaireRef {
                id: q.id().to_string(),
                version: q.version().to_string(),
            },
            evidence: observed(&ev),
            observations: single_observations(&ev),
            answers,
            profile: profile(q, iv),
        },
    }
}

/// The closed-set profile: nationality, age band and gender, from the questions the pack
/// marks with `profile = …`, counted only when on the path and actually answered.
pub fn profile(q: &Questionnaire, iv: &Interview) -> ProfileFacts {
    let answer = |p: Profile| -> Option<&AnswerValue> {
        let question = q.profile_question(p)?;
        if !iv.is_on_path(q, &question.id) {
            return None;
        }
        match &iv.response(&question.id)?.response {
            Response::Answer(a) => Some(a),
            _ => None,
        }
    };
    let nationality = answer(Profile::Nationality).and_then(|a| match a {
        AnswerValue::Country(c) => Some(c.clone()),
        _ => None,
    });
    let today = iv.started_at().date_naive();
    let age = answer(Profile::DateOfBirth)
        .and_then(|a| match a {
            AnswerValue::Date(d) => d.age_on(today),
            _ => None,
        })
        .or_else(|| {
            answer(Profile::Age).and_then(|a| match a {
                AnswerValue::Number(n) if n.is_finite() && *n >= 0.0 => Some(*n as i64),
                _ => None,
            })
        });
    let gender = answer(Profile::Gender).and_then(|a| match a {
        AnswerValue::Choice(c) => Some(c.clone()),
        _ => None,
    });
    ProfileFacts {
        nationality,
        age_band: age.map(|a| age_band(a).to_string()),
        gender,
    }
}

/// The statistics age band for an age in whole years.
pub fn age_band(age: i64) -> &'static str {
    match age {
        i64::MIN..=11 => "0-11",
        12..=17 => "12-17",
        18..=24 => "18-24",
        25..=59 => "25-59",
        _ => "60+",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands_split_children_at_eighteen() {
        assert_eq!(age_band(11), "0-11");
        assert_eq!(age_band(12), "12-17");
        assert_eq!(age_band(17), "12-17");
        assert_eq!(age_band(18), "18-24");
        assert_eq!(age_band(59), "25-59");
        assert_eq!(age_band(60), "60+");
    }
}
