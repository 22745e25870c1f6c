//! Helpers shared by the tests that run the `harbour` binary on hostile or generated input.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A passphrase the policy accepts.
pub const PASS: &str = "correct horse battery staple harbour";

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `harbour` with `HARBOUR_PASSPHRASE` set to `pass`, or unset.
pub fn harbour(args: &[&str], pass: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_harbour"));
    cmd.args(args).env_remove("HARBOUR_PASSPHRASE");
    if let Some(p) = pass {
        cmd.env("HARBOUR_PASSPHRASE", p);
    }
    cmd.output().expect("run harbour")
}

/// Its standard error, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A new vault under `dir`, made by `harbour vault init` with [`PASS`].
pub fn new_vault(dir: &Path) -> PathBuf {
    let path = dir.join("vault.db");
    let out = harbour(
        &["vault", "init", "--vault", &path.to_string_lossy()],
        Some(PASS),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    path
}

/// The arguments of `harbour record`.
pub fn record_args(vault: &Path, pack: &Path, answers: &Path) -> Vec<String> {
    [
        "record",
        "--vault",
        &vault.to_string_lossy(),
        "--questionnaire",
        &pack.to_string_lossy(),
        "--answers",
        &answers.to_string_lossy(),
    ]
    .map(String::from)
    .to_vec()
}
