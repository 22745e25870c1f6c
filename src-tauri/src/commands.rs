//! Tauri commands: each converts the request, calls the shell, converts the result.

use crate::case_list_dto::{CasePageDto, CaseQueryDto};
use crate::dto::{AppStatus, CreateVaultRequest, FtlSource, GeneratedPassphraseDto, StrengthDto};
use crate::error::IpcError;
use crate::interview_dto::{ActionDto, InterviewView, NoteDto, QuestionnairesDto};
use crate::outcome_dto::OutcomeDto;
use crate::shell::Shell;
use crate::staff_dto::{AddStaffRequest, ChangePassphraseRequest, DeviceDto, StaffDto};
use crate::transfer_dto::{
    EnrolRequest, ExportPlanDto, ExportProgressDto, ExportRequest, ExportResultDto,
    ImportReportDto, ImportRequest, InstallProfileRequest, OutsideCopyDto, PlaceDto,
    ProfilePreviewDto, ProfileStatusDto, SummaryRequest, SummarySavedDto, TransferSettingsDto,
};
use std::path::PathBuf;
use tauri::{AppHandle, Manager, State};

type Res<T> = Result<T, IpcError>;

/// Run a long operation on a blocking thread, so neither the main thread nor the async
/// runtime waits for it (the UI keeps polling `export_progress` meanwhile).
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&Shell) -> Res<T> + Send + 'static,
) -> Res<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<Shell>()))
        .await
        .map_err(|e| IpcError::new("error-internal", e.to_string()))?
}

/// The user's Documents folder if it exists, else the home folder.
fn default_folder(app: &AppHandle) -> Option<PathBuf> {
    let paths = app.path();
    paths
        .document_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| paths.home_dir().ok())
}

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
pub fn generate_passphrase(shell: State<'_, Shell>) -> Res<GeneratedPassphraseDto> {
    shell.generate_passphrase()
}

#[tauri::command]
pub async fn create_vault(shell: State<'_, Shell>, req: CreateVaultRequest) -> Res<()> {
    shell.create_vault(req)
}

#[tauri::command]
pub async fn unlock(shell: State<'_, Shell>, passphrase: String) -> Res<()> {
    shell.unlock(passphrase)
}

/// Async: while an export holds the vault, locking waits for it off the main thread.
#[tauri::command]
pub async fn lock(shell: State<'_, Shell>) -> Res<()> {
    shell.lock();
    Ok(())
}

#[tauri::command]
pub fn touch(shell: State<'_, Shell>) {
    shell.touch()
}

#[tauri::command]
pub fn list_staff(shell: State<'_, Shell>) -> Res<Vec<StaffDto>> {
    shell.list_staff()
}

#[tauri::command]
pub async fn add_staff(shell: State<'_, Shell>, req: AddStaffRequest) -> Res<Vec<StaffDto>> {
    shell.add_staff(req)
}

#[tauri::command]
pub fn remove_staff(shell: State<'_, Shell>, staff_id: String) -> Res<Vec<StaffDto>> {
    shell.remove_staff(&staff_id)
}

#[tauri::command]
pub fn hand_over_case(shell: State<'_, Shell>, case_id: String, staff_id: String) -> Res<()> {
    shell.hand_over_case(&case_id, &staff_id)
}

#[tauri::command]
pub async fn change_passphrase(shell: State<'_, Shell>, req: ChangePassphraseRequest) -> Res<()> {
    shell.change_passphrase(req)
}

#[tauri::command]
pub fn set_wipe_policy(
    shell: State<'_, Shell>,
    after_failures: Option<u32>,
    keep_recovery: bool,
) -> Res<DeviceDto> {
    shell.set_wipe_policy(after_failures, keep_recovery)
}

#[tauri::command]
pub fn wipe_device(shell: State<'_, Shell>, confirmation: String) -> Res<()> {
    shell.wipe_device(&confirmation)
}

#[tauri::command]
pub async fn enrol_bundle_device(shell: State<'_, Shell>, req: EnrolRequest) -> Res<()> {
    shell.enrol_bundle_device(req)
}

#[tauri::command]
pub fn query_cases(shell: State<'_, Shell>, query: CaseQueryDto) -> Res<CasePageDto> {
    shell.query_cases(query)
}

#[tauri::command]
pub fn set_auto_lock(shell: State<'_, Shell>, minutes: u32) -> Res<()> {
    shell.set_auto_lock(minutes)
}

#[tauri::command]
pub fn list_questionnaires(shell: State<'_, Shell>, staff: String) -> QuestionnairesDto {
    shell.questionnaires(&staff)
}

#[tauri::command]
pub fn start_interview(
    shell: State<'_, Shell>,
    questionnaire: String,
    language: String,
    staff: String,
) -> Res<InterviewView> {
    shell.start_interview(&questionnaire, &language, &staff)
}

#[tauri::command]
pub fn resume_interview(
    shell: State<'_, Shell>,
    case_id: String,
    staff: String,
) -> Res<InterviewView> {
    shell.resume_interview(&case_id, &staff)
}

#[tauri::command]
pub fn interview_view(shell: State<'_, Shell>, staff: String) -> Res<InterviewView> {
    shell.interview_view(&staff)
}

#[tauri::command]
pub fn interview_act(
    shell: State<'_, Shell>,
    action: ActionDto,
    staff: String,
) -> Res<InterviewView> {
    shell.interview_act(action, &staff)
}

#[tauri::command]
pub fn raise_urgent(shell: State<'_, Shell>, staff: String) -> Res<InterviewView> {
    shell.raise_urgent(&staff)
}

#[tauri::command]
pub fn leave_interview(shell: State<'_, Shell>) -> Res<()> {
    shell.leave_interview()
}

#[tauri::command]
pub fn withdraw_case(shell: State<'_, Shell>, case_id: String) -> Res<Vec<OutsideCopyDto>> {
    shell.withdraw_case(&case_id)
}

#[tauri::command]
pub fn case_outside_copies(shell: State<'_, Shell>, case_id: String) -> Res<Vec<OutsideCopyDto>> {
    shell.case_outside_copies(&case_id)
}

#[tauri::command]
pub fn case_outcome(shell: State<'_, Shell>, case_id: String, staff: String) -> Res<OutcomeDto> {
    shell.case_outcome(&case_id, &staff)
}

#[tauri::command]
pub fn reassess_case(shell: State<'_, Shell>, case_id: String, staff: String) -> Res<OutcomeDto> {
    shell.reassess_case(&case_id, &staff)
}

#[tauri::command]
pub fn reassess_preview(
    shell: State<'_, Shell>,
    case_id: String,
    staff: String,
) -> Res<OutcomeDto> {
    shell.reassess_preview(&case_id, &staff)
}

#[tauri::command]
pub fn save_note(
    shell: State<'_, Shell>,
    case_id: String,
    question_id: Option<String>,
    text: String,
) -> Res<()> {
    shell.save_note(&case_id, question_id.as_deref(), &text)
}

#[tauri::command]
pub fn case_notes(shell: State<'_, Shell>, case_id: String, staff: String) -> Res<Vec<NoteDto>> {
    shell.case_notes(&case_id, &staff)
}

#[tauri::command]
pub fn transfer_settings(shell: State<'_, Shell>) -> Res<TransferSettingsDto> {
    shell.transfer_settings()
}

#[tauri::command]
pub fn set_org_recipients(shell: State<'_, Shell>, text: String) -> Res<TransferSettingsDto> {
    shell.set_org_recipients(text)
}

#[tauri::command]
pub fn org_profile_status(shell: State<'_, Shell>) -> Res<ProfileStatusDto> {
    shell.org_profile_status()
}

#[tauri::command]
pub fn profile_candidates(app: AppHandle, shell: State<'_, Shell>) -> Res<Vec<String>> {
    shell.profile_candidates(default_folder(&app))
}

#[tauri::command]
pub fn read_org_profile(shell: State<'_, Shell>, path: String) -> Res<ProfilePreviewDto> {
    shell.read_org_profile(&path)
}

#[tauri::command]
pub fn install_org_profile(
    shell: State<'_, Shell>,
    req: InstallProfileRequest,
) -> Res<ProfileStatusDto> {
    shell.install_org_profile(req)
}

#[tauri::command]
pub fn set_retention(shell: State<'_, Shell>, retention: String) -> Res<TransferSettingsDto> {
    shell.set_retention(&retention)
}

#[tauri::command]
pub fn export_plan(app: AppHandle, shell: State<'_, Shell>) -> Res<ExportPlanDto> {
    shell.export_plan(default_folder(&app))
}

#[tauri::command]
pub async fn export_cases(app: AppHandle, req: ExportRequest) -> Res<ExportResultDto> {
    blocking(app, move |s| s.export_cases(req)).await
}

#[tauri::command]
pub fn export_progress(shell: State<'_, Shell>) -> ExportProgressDto {
    shell.export_progress()
}

#[tauri::command]
pub async fn import_bundles(app: AppHandle, req: ImportRequest) -> Res<ImportReportDto> {
    blocking(app, move |s| s.import_bundles(req)).await
}

#[tauri::command]
pub fn import_candidates(app: AppHandle, shell: State<'_, Shell>) -> Res<Vec<String>> {
    shell.import_candidates(default_folder(&app))
}

#[tauri::command]
pub async fn referral_summary(app: AppHandle, req: SummaryRequest) -> Res<SummarySavedDto> {
    blocking(app, move |s| s.referral_summary(req)).await
}

#[tauri::command]
pub fn summary_places(shell: State<'_, Shell>) -> Vec<PlaceDto> {
    shell.summary_places()
}
