//! The one declaration of Harbour's IPC commands is `src/commands.rs`: every function there
//! marked `#[tauri::command]`. This reader finds them; the build script uses it to register
//! the handlers and their permissions, and a test uses it to check the two lists kept by
//! hand (`permissions/harbour.toml`, `ui/src/lib/ipc.ts`).

/// The names of the `#[tauri::command]` functions in `src`, in order.
pub fn command_names(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut marked = false;
    for line in src.lines() {
        let t = line.trim();
        if t == "#[tauri::command]" {
            marked = true;
            continue;
        }
        if !marked || t.starts_with("#[") || t.starts_with("///") {
            continue;
        }
        marked = false;
        let rest = t.strip_prefix("pub ").unwrap_or(t);
        let rest = rest.strip_prefix("async ").unwrap_or(rest);
        if let Some(r) = rest.strip_prefix("fn ") {
            let name: String = r
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

/// The permission tauri-build generates for a command (`allow-app-status`).
pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}
