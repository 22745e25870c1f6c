//! harbour-questionnaire: see ARCHITECTURE.md.
