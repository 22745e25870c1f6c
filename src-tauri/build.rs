//! Build script: Tauri's context, the app's command permissions, and the embedded locales.

use std::fmt::Write as _;
use std::path::Path;

/// Every IPC command. Each gets an `allow-<name>` permission; capabilities/default.json
/// grants exactly the set `harbour-commands` (permissions/harbour.toml).
const COMMANDS: &[&str] = &[
    "app_status",
    "locale_sources",
    "passphrase_strength",
    "create_vault",
    "unlock",
    "lock",
    "touch",
    "list_cases",
    "set_auto_lock",
    "list_questionnaires",
    "start_interview",
    "resume_interview",
    "interview_view",
    "interview_act",
    "raise_urgent",
    "leave_interview",
    "withdraw_case",
    "case_outcome",
    "reassess_case",
    "transfer_settings",
    "set_org_recipients",
    "set_retention",
    "export_plan",
    "referral_summary",
    "export_cases",
    "export_progress",
    "import_bundles",
    "import_candidates",
];

fn main() {
    embed_locales();
    let attrs = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build failed: {e:#}");
    }
}

/// Generate `embedded_locales.rs`: every `locales/<lang>/*.ftl` and `meta.toml`, included
/// at compile time so the app needs no locale files at run time.
fn embed_locales() {
    // Read at run time of the build script, not baked in with `env!` when it was compiled:
    // a build script compiled for one checkout can be reused by another sharing the target
    // dir, and would then read a directory that may no longer exist.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// (language, file name, content) of every embedded locale file.\npub const LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    let mut entries: Vec<_> = match std::fs::read_dir(&root) {
        Ok(d) => d.flatten().collect(),
        Err(e) => panic!("reading the locales at {}: {e}", root.display()),
    };
    entries.sort_by_key(|e| e.file_name());
    for lang in entries {
        let lang_path = lang.path();
        if !lang_path.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang_path.display());
        let mut files: Vec<_> = std::fs::read_dir(&lang_path)
            .map(|d| d.flatten().collect())
            .unwrap_or_default();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let p = f.path();
            let name = f.file_name().to_string_lossy().to_string();
            if !(name.ends_with(".ftl") || name == "meta.toml") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", p.display());
            let _ = writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                lang.file_name().to_string_lossy(),
                name,
                p.display().to_string()
            );
        }
    }
    if !out.contains("\"en\", \"harbour.ftl\"") {
        panic!("no locales/en/harbour.ftl under {}", root.display());
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("embedded_locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("writing {}: {e}", dest.display());
    }
}
