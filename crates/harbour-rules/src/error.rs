//! Errors of the rules crate. The assessment itself cannot fail; these cover parsing the
//! stable string forms (levels, observations) that cross into the crate from outside.

/// A value that does not name anything the rules know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    /// A string was given where an observation (`present`, `absent`, `unknown`) was expected.
    #[error("unknown observation '{0}': expected present, absent or unknown")]
    UnknownObservation(String),
    /// A code was given that the indicator catalogue does not contain.
    #[error("unknown indicator code '{0}'")]
    UnknownIndicator(String),
}

impl std::str::FromStr for crate::Observation {
    type Err = RulesError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "present" => Ok(crate::Observation::Present),
            "absent" => Ok(crate::Observation::Absent),
            "unknown" => Ok(crate::Observation::Unknown),
            other => Err(RulesError::UnknownObservation(other.to_owned())),
        }
    }
}
