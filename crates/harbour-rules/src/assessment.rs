//! An assessment as it is stored: the outcome with the inputs that produced it.
//!
//! This module is the one owner of the stored form. The vault keeps two JSON texts per case
//! (the outcome and its inputs); statistics, referral summaries, the app and re-assessment
//! read them through [`Assessment::decode`], never through look-alike structs of their own.
//! It lives beside [`Outcome`], which versions it (`rules_version`).

use crate::{assess, AnswerRef, Evidence, Observation, Outcome};
use serde::{Deserialize, Serialize};

/// What the rules were given: every observation with the answers behind it, plus the
/// de-identified profile the statistics use. Stored beside the outcome (as JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    /// The questionnaire and version the answers belong to.
    pub questionnaire: QuestionnaireRef,
    /// Each indicator observed, in code order (after merging the answers that speak to it).
    #[serde(default)]
    pub evidence: Vec<ObservedIndicator>,
    /// What each answer said about each indicator, before merging, so that a re-run applies
    /// today's merge as well as today's rules. Absent from assessments stored by rules before
    /// 2026.11-5; those re-run from `evidence`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<SingleObservation>,
    /// Every answer on the path, with the language it was given in.
    #[serde(default)]
    pub answers: Vec<AnswerRef>,
    /// Closed-set facts for statistics.
    #[serde(default)]
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
    #[serde(default)]
    pub nationality: Option<String>,
    /// `0-11`, `12-17`, `18-24`, `25-59`, `60+`; `None` when not known.
    #[serde(default)]
    pub age_band: Option<String>,
    /// The option id of the gender question; `None` when not given.
    #[serde(default)]
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

/// Which half of a stored assessment could not be read.
#[derive(Debug, thiserror::Error)]
pub enum AssessmentError {
    /// The stored outcome is not an outcome.
    #[error("the stored outcome cannot be read: {0}")]
    Outcome(#[source] serde_json::Error),
    /// The stored inputs are not inputs.
    #[error("the stored inputs cannot be read: {0}")]
    Inputs(#[source] serde_json::Error),
    /// An outcome or its inputs could not be encoded.
    #[error("the assessment cannot be encoded: {0}")]
    Encode(#[source] serde_json::Error),
}

impl AssessmentError {
    /// The half that failed: `outcome` or `inputs` (`encoding` when writing).
    pub fn part(&self) -> &'static str {
        match self {
            AssessmentError::Outcome(_) => "outcome",
            AssessmentError::Inputs(_) => "inputs",
            AssessmentError::Encode(_) => "encoding",
        }
    }

    /// The JSON problem behind it.
    pub fn json(&self) -> &serde_json::Error {
        match self {
            AssessmentError::Outcome(e)
            | AssessmentError::Inputs(e)
            | AssessmentError::Encode(e) => e,
        }
    }
}

impl Assessment {
    /// Read the stored form: the outcome's JSON and the inputs' JSON.
    pub fn decode(outcome: &str, inputs: &str) -> Result<Assessment, AssessmentError> {
        Ok(Assessment {
            outcome: serde_json::from_str(outcome).map_err(AssessmentError::Outcome)?,
            inputs: serde_json::from_str(inputs).map_err(AssessmentError::Inputs)?,
        })
    }

    /// The stored form: `(outcome JSON, inputs JSON)`.
    pub fn encode(&self) -> Result<(String, String), AssessmentError> {
        Ok((
            serde_json::to_string(&self.outcome).map_err(AssessmentError::Encode)?,
            serde_json::to_string(&self.inputs).map_err(AssessmentError::Encode)?,
        ))
    }

    /// Today's rules (and today's merge of answers) on the same inputs.
    pub fn rerun(&self) -> Outcome {
        rerun(&self.inputs)
    }

    /// Whether today's rules would say something different from the stored outcome.
    pub fn differs_today(&self) -> bool {
        differs_today(&self.outcome, &self.inputs)
    }

    /// The same inputs with today's outcome.
    pub fn reassessed(&self) -> Assessment {
        Assessment {
            outcome: self.rerun(),
            inputs: self.inputs.clone(),
        }
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

/// The merged evidence in its stored form.
pub fn observed(ev: &Evidence) -> Vec<ObservedIndicator> {
    ev.iter()
        .map(|(code, obs, answers)| ObservedIndicator {
            code: code.to_string(),
            observation: obs,
            answers: answers.to_vec(),
        })
        .collect()
}

/// Each answer's own observations in their stored form.
pub fn single_observations(ev: &Evidence) -> Vec<SingleObservation> {
    ev.observations()
        .map(|(code, observation, answer)| SingleObservation {
            code: code.to_string(),
            observation,
            answer: answer.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;

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
        let a = Assessment {
            outcome: stored,
            inputs: i,
        };
        assert!(a.differs_today());
        assert!(!a.reassessed().differs_today());
    }

    #[test]
    fn decode_reads_what_encode_wrote_and_names_the_broken_half() {
        let i = inputs("danger.immediate");
        let a = Assessment {
            outcome: rerun(&i),
            inputs: i,
        };
        let (o, i) = a.encode().expect("encode");
        assert_eq!(Assessment::decode(&o, &i).expect("decode"), a);
        let e = Assessment::decode("{", &i).expect_err("broken outcome");
        assert_eq!(e.part(), "outcome");
        let e = Assessment::decode(&o, "[]").expect_err("broken inputs");
        assert_eq!(e.part(), "inputs");
        // Inputs written by older releases (no evidence, no profile) still read.
        let old = Assessment::decode(&o, r#"{"questionnaire":{"id":"q","version":"1"}}"#)
            .expect("old inputs");
        assert_eq!(old.inputs.profile, ProfileFacts::default());
    }
}
