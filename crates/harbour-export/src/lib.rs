//! harbour-export: see ARCHITECTURE.md.
