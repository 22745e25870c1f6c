//! harbour-rules: see ARCHITECTURE.md.
