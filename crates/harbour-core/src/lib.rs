//! harbour-core: the screening pipeline that joins the questionnaire side and the rules.
//! Answers on the interview's path become evidence, evidence becomes an outcome, and the
//! outcome is stored with its inputs so that today's rules can re-run it. The interview
//! session protocol ([`session`]) is the one way the app and the CLI run an interview
//! against the vault; [`outcome_view`] is the one translated view of an outcome.
#![deny(missing_docs)]

pub mod assessment;
pub mod outcome_view;
pub mod screening;
pub mod screening_text;
pub mod session;

pub use assessment::{
    assess_interview, assess_interview_with, StaffObservations, StoredForm, STAFF_QUESTION,
};
pub use harbour_rules::assessment::{differs_today, rerun};
pub use harbour_rules::{
    Assessment, AssessmentError, Inputs, ObservedIndicator, ProfileFacts, QuestionnaireRef,
    SingleObservation,
};
pub use outcome_view::OutcomeView;
pub use session::{Action, InterviewSession, SessionError, StoredInterview};
