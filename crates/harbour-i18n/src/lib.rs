//! harbour-i18n: see ARCHITECTURE.md.
