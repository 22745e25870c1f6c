//! Generated and mutated inputs for every parser a user or a file can reach: pack TOML,
//! Fluent files, `when` conditions, answers files, the key file, the vault file itself,
//! export bundles and the organisation profile, in process (10,000 cases each), and through
//! the `harbour` binary for the exit-code contract. Files written thousands of times live in
//! `/dev/shm` where there is one (`mutate::scratch`).
//!
//! Mutations start from the shipped pack (`questionnaires/mixed-flows`) and its golden
//! answers files, so most cases get past the tokenizer into the validator, the checker, the
//! engine and the Fluent resolver. Each case asserts that nothing panics (proptest catches a
//! panic and shrinks the input; a stack overflow or an abort kills this test binary, which
//! fails the run just as surely) and what the code promises about its output.
//!
//! - `HARBOUR_FUZZ_CASES=N`: N cases per in-process parser instead of 10,000, and N / 100
//!   (at least the default) through the binary; e.g. `HARBOUR_FUZZ_CASES=200000` for a long run.
//! - `HARBOUR_FUZZ_SEED=N`: another seed (default fixed, so CI runs are reproducible).

#[path = "../common/mod.rs"]
mod common;

mod answers;
mod bundle;
mod cli;
mod conditions;
mod fluent;
mod keyfile;
mod mutate;
mod pack;
mod profile;
mod vault_file;
