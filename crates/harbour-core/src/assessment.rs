//! Assessing an interview, and the shape in which an assessment is stored so that it can be
//! re-run with today's rules.

use harbour_questionnaire::{evidence, AnswerValue, Interview, Profile, Questionnaire, Response};
use harbour_rules::{assess, AnswerRef, Evidence, Observation, Outcome};
use serde::{Deserialize, Serialize};

/// What the rules were given: every observation with the answers behind it, plus the
/// de-identified profile the statistics use. Stored beside the outcome (as JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    /// The questionnaire and version the answers belong to.
    pub questionnaire: QuestionnaireRef,
    /// Each indicator observed, in code order (after merging the answers that speak to it).
    pub evidence: Vec<ObservedIndicator>,
    /// What each answer said about each indicator, before merging, so that a re-run applies
    /// today's merge as well as today's rules. Absent from assessments stored by rules before
    /// 2026.11-5; those re-run from `evidence`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<SingleObservation>,
    /// Every answer on the path, with the language it was given in.
    pub answers: Vec<AnswerRef>,
    /// Closed-set facts for statistics.
    pub profile: ProfileFacts,
}

/// A questionnaire's identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
}

/// One observed indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedIndicator {
    /// The indicator code.
    pub code: String,
    /// Present, absent or unknown.
    pub observation: Observation,
    /// The answers that said so.
    pub answers: Vec<AnswerRef>,
}

/// One answer's word on one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SingleObservation {
    /// The indicator code.
    pub code: String,
    /// What this answer says about it.
    pub observation: Observation,
    /// The answer.
    pub answer: AnswerRef,
}

/// De-identified facts: only values from closed sets, never free text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFacts {
    /// ISO 3166-1 alpha-2, `stateless`, or `unknown`; `None` when not given.
    pub nationality: Option<String>,
    /// `0-11`, `12-17`, `18-24`, `25-59`, `60+`; `None` when not known.
    pub age_band: Option<String>,
    /// The option id of the gender question; `None` when not given.
    pub gender: Option<String>,
}

/// An outcome with the inputs that produced it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// What the rules said.
    pub outcome: Outcome,
    /// What they were given.
    pub inputs: Inputs,
}

impl Assessment {
    /// The form the vault stores: the outcome and its inputs as JSON, with the rules version
    /// and the time of the assessment.
    pub fn to_stored(
        &self,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<harbour_vault::StoredAssessment, serde_json::Error> {
        Ok(harbour_vault::StoredAssessment {
            rules_version: self.outcome.rules_version.clone(),
            assessed_at: at.to_rfc3339(),
            outcome: serde_json::to_string(&self.outcome)?,
            inputs: serde_json::to_string(&self.inputs)?,
        })
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
            observations: ev
                .observations()
                .map(|(code, observation, answer)| SingleObservation {
                    code: code.to_string(),
                    observation,
                    answer: answer.clone(),
                })
                .collect(),
            answers,
            profile: profile(q, iv),
        },
    }
}

/// Re-run today's rules on stored inputs.
pub fn rerun(inputs: &Inputs) -> Outcome {
    let mut ev = Evidence::new();
    if !inputs.observations.is_empty() {
        for o in &inputs.observations {
            ev.observe(&o.code, o.observation, o.answer.clone());
        }
        return assess(&ev);
    }
    for o in &inputs.evidence {
        // Every stored observation carries the answers behind it (observing needs one).
        for a in &o.answers {
            ev.observe(&o.code, o.observation, a.clone());
        }
    }
    assess(&ev)
}

/// Whether today's rules would say something different from a stored outcome (ignoring
/// only the version label itself).
pub fn differs_today(stored: &Outcome, inputs: &Inputs) -> bool {
    let mut today = rerun(inputs);
    today.rules_version = stored.rules_version.clone();
    &today != stored
}

fn observed(ev: &Evidence) -> Vec<ObservedIndicator> {
    ev.iter()
        .map(|(code, obs, answers)| ObservedIndicator {
            code: code.to_string(),
            observation: obs,
            answers: answers.to_vec(),
        })
        .collect()
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

#[cfg(test)]
mod rerun_tests {
    use super::*;
    use harbour_rules::{Level, Observation};

    fn inputs(code: &str) -> Inputs {
        Inputs {
            questionnaire: QuestionnaireRef {
                id: "q".into(),
                version: "1".into(),
            },
            evidence: vec![ObservedIndicator {
                code: code.into(),
                observation: Observation::Present,
                answers: vec![AnswerRef {
                    question_id: "fear".into(),
                    answer: "yes".into(),
                    language: "ar".into(),
                }],
            }],
            observations: vec![],
            answers: vec![],
            profile: ProfileFacts::default(),
        }
    }

    fn answer(q: &str, a: &str) -> AnswerRef {
        AnswerRef {
            question_id: q.into(),
            answer: a.into(),
            language: "en".into(),
        }
    }

    #[test]
    fn a_rerun_applies_todays_merge_to_the_single_observations() {
        // One question answered "no" to the act, another declined: today's merge keeps the
        // act unknown. An assessment stored under the older merge (a "no" beat "declined")
        // holds the merged `absent`; its single observations let the re-run see the change.
        let code = "palermo.act.recruitment";
        let mut i = inputs(code);
        i.evidence[0].observation = Observation::Absent;
        i.evidence[0].answers = vec![answer("recruited", "no"), answer("moved", "declined")];
        let legacy = rerun(&i);
        assert_eq!(legacy.pathways.trafficking.level, Level::None);
        i.observations = vec![
            SingleObservation {
                code: code.into(),
                observation: Observation::Absent,
                answer: answer("recruited", "no"),
            },
            SingleObservation {
                code: code.into(),
                observation: Observation::Unknown,
                answer: answer("moved", "declined"),
            },
        ];
        let today = rerun(&i);
        assert_eq!(
            today.pathways.trafficking.level,
            Level::InsufficientInformation
        );
        assert!(differs_today(&legacy, &i));
        // Stored as JSON and read back, the single observations survive; an old record
        // without them still reads.
        let json = serde_json::to_string(&i).expect("json");
        let back: Inputs = serde_json::from_str(&json).expect("read back");
        assert_eq!(back, i);
        let mut old = i.clone();
        old.observations.clear();
        let old_json = serde_json::to_string(&old).expect("json");
        assert!(!old_json.contains("observations"));
        let back: Inputs = serde_json::from_str(&old_json).expect("old record");
        assert!(back.observations.is_empty());
    }

    #[test]
    fn stored_inputs_rerun_to_the_same_outcome() {
        let i = inputs("danger.immediate");
        let stored = rerun(&i);
        assert!(!differs_today(&stored, &i));
    }

    #[test]
    fn an_outcome_that_todays_rules_would_not_give_is_reported_as_different() {
        let i = inputs("danger.immediate");
        let mut stored = rerun(&i);
        // As if an older rule set had graded this case differently.
        stored.pathways.trafficking.level = Level::Strong;
        assert!(differs_today(&stored, &i));
    }
}
