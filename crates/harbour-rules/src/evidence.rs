//! Evidence: what the questionnaire side hands to the rules. For each indicator code, what was
//! observed and which answers said so.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the answers say about one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Observation {
    /// The answers show the indicator.
    Present,
    /// The answers show the indicator is not there (a plain "no").
    Absent,
    /// The person declined or did not know. Never counted as "no".
    Unknown,
}

impl Observation {
    /// Precedence when two answers speak to the same indicator: a "yes" anywhere wins; then a
    /// declined or "don't know" answer wins over a "no", because the question left unanswered
    /// asked something the "no" did not cover (a "no" to being hit says nothing about the
    /// sexual violence the person declined to talk about). Declined never counts as "no".
    fn rank(self) -> u8 {
        match self {
            Observation::Present => 2,
            Observation::Unknown => 1,
            Observation::Absent => 0,
        }
    }

    /// The lower-case name used in documents and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Observation::Present => "present",
            Observation::Absent => "absent",
            Observation::Unknown => "unknown",
        }
    }
}

/// The answer behind an observation: which question, what was answered, in which language.
///
/// Serialised as part of the published outcome format (see [`crate::Outcome`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AnswerRef {
    /// The question's id in its questionnaire.
    pub question_id: String,
    /// The answer, in its canonical form (e.g. `yes`, `declined`, a choice id).
    pub answer: String,
    /// The language the answer was given in (BCP 47).
    pub language: String,
}

/// Observations per indicator code. An indicator not in the evidence was never asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    observation: Observation,
    // Kept sorted and free of duplicates, so the evidence (and every reason built from it) does
    // not depend on the order in which answers were observed.
    answers: Vec<AnswerRef>,
    // Each answer's own word on this indicator, before merging: what a stored assessment keeps
    // so that a re-run applies today's merge as well as today's rules. Sorted, no duplicates.
    said: Vec<(Observation, AnswerRef)>,
}

impl Evidence {
    /// Empty evidence: nothing asked yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Record that an answer shows `obs` for `code`.
    ///
    /// Merge: Present beats Unknown beats Absent; answers accumulate. Codes are not checked
    /// against the catalogue here (questionnaires are validated when loaded); unknown codes are
    /// ignored by the rules.
    pub fn observe(&mut self, code: &str, obs: Observation, answer: AnswerRef) {
        let entry = self.entries.entry(code.to_owned()).or_insert(Entry {
            observation: obs,
            answers: Vec::new(),
            said: Vec::new(),
        });
        if obs.rank() > entry.observation.rank() {
            entry.observation = obs;
        }
        let pair = (obs, answer);
        if let Err(pos) = entry.said.binary_search(&pair) {
            entry.said.insert(pos, pair.clone());
        }
        if let Err(pos) = entry.answers.binary_search(&pair.1) {
            entry.answers.insert(pos, pair.1);
        }
    }

    /// [`Evidence::observe`], refusing a code the catalogue does not know (for callers that
    /// did not validate their codes up front).
    pub fn observe_known(
        &mut self,
        code: &str,
        obs: Observation,
        answer: AnswerRef,
    ) -> Result<(), crate::RulesError> {
        if crate::indicator(code).is_none() {
            return Err(crate::RulesError::UnknownIndicator(code.to_owned()));
        }
        self.observe(code, obs, answer);
        Ok(())
    }

    /// What was observed for `code`, with the answers behind it; `None` if never asked.
    pub fn get(&self, code: &str) -> Option<(&Observation, &[AnswerRef])> {
        self.entries
            .get(code)
            .map(|e| (&e.observation, e.answers.as_slice()))
    }

    /// The observation for `code`, if it was asked.
    pub fn observation(&self, code: &str) -> Option<Observation> {
        self.entries.get(code).map(|e| e.observation)
    }

    /// Every observed code with its observation and answers, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Observation, &[AnswerRef])> {
        self.entries
            .iter()
            .map(|(c, e)| (c.as_str(), e.observation, e.answers.as_slice()))
    }

    /// Every single observation before merging: (code, what one answer said, that answer), in
    /// code order. Observing these again rebuilds this evidence.
    pub fn observations(&self) -> impl Iterator<Item = (&str, Observation, &AnswerRef)> {
        self.entries
            .iter()
            .flat_map(|(c, e)| e.said.iter().map(move |(o, a)| (c.as_str(), *o, a)))
    }

    /// Whether nothing was observed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(q: &str) -> AnswerRef {
        AnswerRef {
            question_id: q.into(),
            answer: "yes".into(),
            language: "en".into(),
        }
    }

    #[test]
    fn present_beats_unknown_beats_absent_in_any_order() {
        let mut e1 = Evidence::new();
        e1.observe("x.y", Observation::Unknown, a("q1"));
        e1.observe("x.y", Observation::Present, a("q2"));
        e1.observe("x.y", Observation::Absent, a("q3"));
        let mut e2 = Evidence::new();
        e2.observe("x.y", Observation::Absent, a("q3"));
        e2.observe("x.y", Observation::Present, a("q2"));
        e2.observe("x.y", Observation::Unknown, a("q1"));
        assert_eq!(e1, e2);
        assert_eq!(e1.observation("x.y"), Some(Observation::Present));
        // A declined question is not masked by a "no" elsewhere, in either order, and both
        // answers stay in the reasons.
        let mut e3 = Evidence::new();
        e3.observe("x.y", Observation::Unknown, a("q1"));
        e3.observe("x.y", Observation::Absent, a("q3"));
        let mut e4 = Evidence::new();
        e4.observe("x.y", Observation::Absent, a("q3"));
        e4.observe("x.y", Observation::Unknown, a("q1"));
        assert_eq!(e3, e4);
        assert_eq!(e3.observation("x.y"), Some(Observation::Unknown));
        assert_eq!(e3.get("x.y").map(|(_, r)| r.len()), Some(2));
    }

    #[test]
    fn the_single_observations_rebuild_the_evidence() {
        let mut e = Evidence::new();
        e.observe("x.y", Observation::Absent, a("q3"));
        e.observe("x.y", Observation::Unknown, a("q1"));
        e.observe("a.b", Observation::Present, a("q2"));
        let said: Vec<(String, Observation, String)> = e
            .observations()
            .map(|(c, o, r)| (c.to_string(), o, r.question_id.clone()))
            .collect();
        assert_eq!(
            said,
            [
                ("a.b".to_string(), Observation::Present, "q2".to_string()),
                ("x.y".to_string(), Observation::Absent, "q3".to_string()),
                ("x.y".to_string(), Observation::Unknown, "q1".to_string()),
            ]
        );
        let mut again = Evidence::new();
        for (c, o, r) in e.observations() {
            again.observe(c, o, r.clone());
        }
        assert_eq!(again, e);
    }

    #[test]
    fn observe_known_refuses_unknown_codes() {
        let mut e = Evidence::new();
        assert!(e
            .observe_known("profile.child", Observation::Present, a("q1"))
            .is_ok());
        assert_eq!(
            e.observe_known("profile.kid", Observation::Present, a("q1")),
            Err(crate::RulesError::UnknownIndicator("profile.kid".into()))
        );
        assert!(e.get("profile.kid").is_none());
    }

    #[test]
    fn answers_accumulate_without_duplicates() {
        let mut e = Evidence::new();
        e.observe("x.y", Observation::Present, a("q2"));
        e.observe("x.y", Observation::Present, a("q1"));
        e.observe("x.y", Observation::Present, a("q2"));
        let (_, answers) = e.get("x.y").expect("observed");
        assert_eq!(answers, &[a("q1"), a("q2")]);
        assert!(e.get("never.asked").is_none());
    }
}
