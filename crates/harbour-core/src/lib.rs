//! harbour-core: see ARCHITECTURE.md.
