//! harbour-core: the screening pipeline that joins the questionnaire side and the rules.
//! Answers on the interview's path become evidence, evidence becomes an outcome, and the
//! outcome is stored with its inputs so that today's rules can re-run it.
#![deny(missing_docs)]

pub mod assessment;
pub mod screening;
pub mod screening_text;

pub use assessment::{
    assess_interview, assess_interview_with, differs_today, rerun, Assessment, Inputs,
    ProfileFacts, SingleObservation, StaffObservations, STAFF_QUESTION,
};
