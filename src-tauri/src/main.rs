//! Harbour desktop app: a thin shell over the domain crates. It holds the unlocked vault,
//! turns IPC calls into domain calls, and maps errors to `{code, message}`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
#![allow(missing_docs)]

mod commands;
mod dto;
mod error;
mod shell;

use shell::Shell;
use std::time::{Duration, Instant};
use tauri::Manager;

fn main() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let data_dir = match std::env::var_os("HARBOUR_DATA_DIR") {
                Some(d) => std::path::PathBuf::from(d),
                None => app.path().app_data_dir()?,
            };
            std::fs::create_dir_all(&data_dir)?;
            let auto_lock = std::env::var("HARBOUR_AUTO_LOCK_SECS")
                .ok()
                .and_then(|s| s.parse::<u64>().ok())
                .map(Duration::from_secs)
                .unwrap_or(shell::DEFAULT_AUTO_LOCK);
            app.manage(Shell::new(data_dir, harbour_vault::VaultOptions::default(), auto_lock));
            // The idle lock runs in Rust so the key is dropped even if the UI hangs.
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(2));
                if let Some(shell) = handle.try_state::<Shell>() {
                    shell.lock_if_idle(Instant::now());
                }
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::locale_sources,
            commands::passphrase_strength,
            commands::create_vault,
            commands::unlock,
            commands::lock,
            commands::touch,
            commands::list_cases,
            commands::set_auto_lock,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("harbour: the app could not start: {e}");
        std::process::exit(2);
    }
}
