//! Tauri commands: each converts the request, calls the shell, converts the result.

use crate::dto::{AppStatus, CaseDto, CreateVaultRequest, FtlSource, StrengthDto};
use crate::error::IpcError;
use crate::shell::Shell;
use tauri::State;

type Res<T> = Result<T, IpcError>;

#[tauri::command]
pub fn app_status(shell: State<'_, Shell>) -> AppStatus {
    shell.status()
}

#[tauri::command]
pub fn locale_sources(shell: State<'_, Shell>, lang: String) -> Vec<FtlSource> {
    shell.locale_sources(&lang)
}

#[tauri::command]
pub fn passphrase_strength(shell: State<'_, Shell>, text: String) -> StrengthDto {
    shell.passphrase_strength(text)
}

#[tauri::command]
pub async fn create_vault(shell: State<'_, Shell>, req: CreateVaultRequest) -> Res<()> {
    shell.create_vault(req)
}

#[tauri::command]
pub async fn unlock(shell: State<'_, Shell>, passphrase: String) -> Res<()> {
    shell.unlock(passphrase)
}

#[tauri::command]
pub fn lock(shell: State<'_, Shell>) {
    shell.lock()
}

#[tauri::command]
pub fn touch(shell: State<'_, Shell>) {
    shell.touch()
}

#[tauri::command]
pub fn list_cases(shell: State<'_, Shell>) -> Res<Vec<CaseDto>> {
    shell.list_cases()
}

#[tauri::command]
pub fn set_auto_lock(shell: State<'_, Shell>, minutes: u32) -> Res<()> {
    shell.set_auto_lock(minutes)
}
