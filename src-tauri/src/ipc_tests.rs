//! The IPC is declared once (the `#[tauri::command]` functions of commands.rs); build.rs
//! registers their handlers and permissions from it. These tests fail when one of the lists
//! still kept by hand disagrees with that declaration.

use crate::ipc_commands::{command_names, permission};
use std::collections::BTreeSet;
use std::path::Path;

fn read(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

fn commands() -> BTreeSet<String> {
    let names = command_names(&read("src/commands.rs"));
    assert!(names.len() > 20, "commands.rs lost its commands: {names:?}");
    names.into_iter().collect()
}

/// The quoted strings of the `permissions` list of the `harbour-commands` set.
fn granted(toml: &str) -> BTreeSet<String> {
    let start = toml.find("permissions = [").expect("a permissions list");
    let end = toml[start..].find(']').expect("its end") + start;
    toml[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The command names `ipc.ts` invokes, with the result type of each.
fn invoked(ts: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = ts;
    while let Some(i) = rest.find("invoke<") {
        rest = &rest[i + "invoke<".len()..];
        let Some(close) = rest.find(">('") else { break };
        let ty = rest[..close].to_string();
        let after = &rest[close + 3..];
        let name: String = after.chars().take_while(|c| *c != '\'').collect();
        out.push((name, ty));
        rest = after;
    }
    out
}

#[test]
fn every_command_has_exactly_its_permission_granted() {
    let expected: BTreeSet<String> = commands().iter().map(|c| permission(c)).collect();
    let granted = granted(&read("permissions/harbour.toml"));
    let missing: Vec<_> = expected.difference(&granted).collect();
    let extra: Vec<_> = granted.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "permissions/harbour.toml disagrees with commands.rs: missing {missing:?}, not a command {extra:?}"
    );
}

#[test]
fn the_ui_wraps_every_command_and_only_commands() {
    let ts = read("../ui/src/lib/ipc.ts");
    let wrapped: BTreeSet<String> = invoked(&ts).into_iter().map(|(n, _)| n).collect();
    let commands = commands();
    let missing: Vec<_> = commands.difference(&wrapped).collect();
    let extra: Vec<_> = wrapped.difference(&commands).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "ui/src/lib/ipc.ts disagrees with commands.rs: no wrapper for {missing:?}, not a command {extra:?}"
    );
}

#[test]
fn every_type_the_ui_receives_is_generated() {
    let ts = read("../ui/src/lib/ipc.ts");
    let bindings = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
    for (name, ty) in invoked(&ts) {
        let base = ty.trim_end_matches("[]");
        if base.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
            assert!(
                bindings.join(format!("{base}.ts")).is_file(),
                "{name} returns {base}, which is not in ui/src/bindings: add it to the bindings test's list"
            );
        }
    }
}

#[test]
fn the_reader_finds_commands_and_skips_the_rest() {
    let src = "fn helper() {}\n#[tauri::command]\npub fn one() {}\n#[tauri::command]\n/// doc\npub async fn two_words(x: u8) {}\npub fn not_a_command() {}\n";
    assert_eq!(command_names(src), ["one", "two_words"]);
    assert_eq!(permission("two_words"), "allow-two-words");
}
