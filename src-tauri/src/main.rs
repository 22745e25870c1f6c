//! Harbour desktop app: a thin shell over the domain crates. It holds the unlocked vault,
//! turns IPC calls into domain calls, and maps errors to `{code, message}`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
#![allow(missing_docs)]

mod case_list;
mod case_list_dto;
mod commands;
mod dto;
mod error;
mod harden;
mod interview;
mod interview_dto;
mod interview_view;
mod notes;
mod org_profile;
mod outcome;
mod outcome_dto;
mod packs;
mod places;
mod progress;
mod shell;
mod staff;
mod staff_dto;
mod switches;
mod system_events;
mod transfer;
mod transfer_dto;

use shell::Shell;

// `harbour_handler!()`: every `#[tauri::command]` of commands.rs, found by build.rs.
include!(concat!(env!("OUT_DIR"), "/ipc_handler.rs"));

#[cfg(test)]
#[path = "../ipc_commands.rs"]
mod ipc_commands;
#[cfg(test)]
mod ipc_tests;
#[cfg(test)]
mod test_support;
use std::time::Duration;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

/// The main window. In normal use the webview is incognito: WebKit keeps no cache, storage
/// or cookies on disk at all. WebKitGTK's automation (the end-to-end tests, which set
/// TAURI_WEBVIEW_AUTOMATION through tauri-driver) cannot drive an incognito view, so under
/// automation, in a build with the `e2e` feature only, the webview's data goes to
/// `<data dir>/webview`, where the tests scan it for leaked answers.
fn open_main_window(
    app: &tauri::App,
    data_dir: &std::path::Path,
    automation: bool,
) -> tauri::Result<()> {
    let builder = WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .title("Harbour")
        .inner_size(1366.0, 768.0)
        .min_inner_size(1024.0, 640.0)
        .disable_drag_drop_handler();
    let builder = if automation {
        builder.data_directory(data_dir.join("webview"))
    } else {
        builder.incognito(true)
    };
    let window = builder.build()?;
    lean_webview(&window, automation)?;
    Ok(())
}

/// Two WebKitGTK defaults made for a web browser, not for one form-filling page:
/// - The cache model keeps decoded pages, images and scripts in memory for back/forward
///   navigation and revisits. Harbour is one page that never navigates, so that cache holds
///   nothing useful and only keeps copies of screens already left (answers among them) alive
///   in the web process. The document-viewer model turns the memory caches off.
/// - Accelerated compositing renders through OpenGL: on a laptop without a working GPU driver
///   (and under Xvfb) that is Mesa's LLVM software rasteriser, about 150 MiB more in the web
///   process, and on some GPU drivers a blank window. A page of text and form fields draws
///   as fast on the CPU. With the policy `Never` the GPU driver is not loaded at all.
///
/// Under WebKit's automation (the end-to-end tests, e2e builds only) compositing stays on:
/// without it WebKit's simulated key presses stall for seconds each (typing by hand, or with
/// xdotool, is as quick as with it). BENCHMARKS.md ("App: start-up and memory") measures the
/// effect.
#[cfg(target_os = "linux")]
fn lean_webview(window: &tauri::WebviewWindow, automation: bool) -> tauri::Result<()> {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };
    window.with_webview(move |w| {
        let view = w.inner();
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        if let (false, Some(settings)) = (automation, view.settings()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })
}

/// WebView2 and WKWebView size their caches themselves; nothing to set yet.
#[cfg(not(target_os = "linux"))]
fn lean_webview(_window: &tauri::WebviewWindow, _automation: bool) -> tauri::Result<()> {
    Ok(())
}

/// Where the questionnaire packs are. Shipped (trusted as the app is): `questionnaires/`
/// beside the executable or in the app's resources, else (development builds) the
/// repository's; an e2e build may name a test folder to treat as shipped. Checked (offered
/// only when signed and approved by the organisation profile): `HARBOUR_QUESTIONNAIRES_DIR`
/// and `<data dir>/packs`.
fn pack_sources(
    app: &tauri::App,
    switches: &switches::Switches,
    data_dir: &std::path::Path,
) -> packs::PackSources {
    let mut candidates = Vec::new();
    if let Some(d) = &switches.shipped_packs {
        candidates.push(d.clone());
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(|p| p.to_path_buf()))
    {
        candidates.push(exe_dir.join("questionnaires"));
    }
    if let Ok(res) = app.path().resource_dir() {
        candidates.push(res.join("questionnaires"));
    }
    if cfg!(debug_assertions) {
        candidates.push(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires"));
    }
    let mut checked: Vec<std::path::PathBuf> =
        switches.questionnaires_dir.iter().cloned().collect();
    checked.push(data_dir.join(packs::ADDED_PACKS_DIR));
    packs::PackSources {
        shipped: candidates.into_iter().find(|c| c.is_dir()),
        checked,
        include_test_packs: switches.test_packs,
    }
}

fn main() {
    switches::Switches::disarm_automation();
    if let Err(e) = harden::disable_core_dumps() {
        eprintln!("harbour: {e}");
    }
    let switches = switches::Switches::from_env();
    let result = tauri::Builder::default()
        .setup(move |app| {
            let data_dir = match switches.data_dir.clone() {
                Some(d) => d,
                None => app.path().app_data_dir()?,
            };
            std::fs::create_dir_all(&data_dir)?;
            let auto_lock = switches.auto_lock.unwrap_or(shell::DEFAULT_AUTO_LOCK);
            open_main_window(app, &data_dir, switches.automation)?;
            let packs = pack_sources(app, &switches, &data_dir);
            // Returns at once: the packs load on worker threads while the window opens.
            app.manage(Shell::new(shell::ShellConfig {
                data_dir,
                vault: harbour_vault::VaultOptions::default(),
                auto_lock,
                packs,
            }));
            // Suspend and screen lock lock the vault at once, where the OS reports them.
            let handle = app.handle().clone();
            system_events::watch(move |event| {
                if let Some(shell) = handle.try_state::<Shell>() {
                    shell.on_system_event(event);
                }
            });
            // The idle lock runs in Rust so the key is dropped even if the UI hangs.
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(2));
                if let Some(shell) = handle.try_state::<Shell>() {
                    shell.lock_if_idle(shell::Moment::now());
                }
            });
            Ok(())
        })
        .invoke_handler(harbour_handler!())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("harbour: the app could not start: {e}");
        std::process::exit(2);
    }
}
