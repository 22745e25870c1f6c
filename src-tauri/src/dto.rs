//! The IPC contract: hand-written counterparts of domain types, the only things that
//! serialize. TypeScript types are generated from these (ts-rs) into `ui/src/bindings/`;
//! the test `bindings_are_current` fails when the committed files drift.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the app shows first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    /// A vault file exists in the data folder (else: the create screen).
    pub vault_exists: bool,
    /// The vault is unlocked now.
    pub unlocked: bool,
    /// Minutes of inactivity before the vault locks itself.
    pub auto_lock_minutes: u32,
    /// Languages the app can show, with their review status.
    pub locales: Vec<LocaleDto>,
    /// The person unlocked now.
    pub me: Option<crate::staff_dto::StaffDto>,
    /// Recovery and wipe, as the key file says (names nobody).
    pub device: crate::staff_dto::DeviceDto,
}

/// A language the app ships.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LocaleDto {
    /// BCP 47 code.
    pub code: String,
    /// Its name in itself.
    pub native_name: String,
    /// `ltr` or `rtl`.
    pub direction: Direction,
    /// `reviewed` or a status that needs a native speaker's review.
    pub review: String,
    /// True when the translation is not yet reviewed by a native speaker.
    pub needs_review: bool,
}

/// One Fluent resource for the UI's own bundle.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FtlSource {
    /// The language of this resource.
    pub lang: String,
    /// The Intl locale to format numbers and dates in for this language, with the digits
    /// Harbour's locale metadata chose (e.g. `ar-u-nu-latn`), so the UI writes numbers as the
    /// Rust side does.
    pub intl: String,
    /// Fluent source text.
    pub text: String,
}

/// How strong a passphrase looks.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StrengthDto {
    /// `too-weak`, `fair`, `good` or `strong`.
    pub level: String,
    /// Whether the policy accepts it.
    pub acceptable: bool,
    /// If not, the Fluent id of the reason.
    pub problem: Option<String>,
    /// What makes it guessable and what would help (Fluent ids, `passphrase-hint-…`).
    pub hints: Vec<String>,
    /// The minimum length.
    pub min_chars: u32,
}

/// A passphrase generated for a new vault, to write down. No `Debug`.
#[derive(Serialize, TS)]
pub struct GeneratedPassphraseDto {
    /// Words separated by spaces.
    pub passphrase: String,
}

/// A case as the case list shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CaseDto {
    /// Opaque id.
    pub id: String,
    /// Short reference, e.g. `HB-7K3QX9`.
    pub reference: String,
    /// Where it stands.
    pub status: CaseStatusDto,
    /// When it was opened (RFC 3339).
    pub created_at: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
    /// When it was exported, if ever.
    pub exported_at: Option<String>,
    /// Whose case it is (shown to supervisors only).
    pub owner: Option<String>,
    /// Its stored outcome is urgent (the urgent-safety flag or an urgent referral).
    pub urgent: bool,
}

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl From<harbour_i18n::Direction> for Direction {
    fn from(d: harbour_i18n::Direction) -> Self {
        match d {
            harbour_i18n::Direction::Ltr => Direction::Ltr,
            harbour_i18n::Direction::Rtl => Direction::Rtl,
        }
    }
}

impl From<&harbour_i18n::LocaleInfo> for LocaleDto {
    fn from(info: &harbour_i18n::LocaleInfo) -> Self {
        LocaleDto {
            code: info.code.clone(),
            native_name: info.native_name.clone(),
            direction: info.direction.into(),
            review: info.review.code().into(),
            needs_review: info.review.needs_review(),
        }
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatusDto {
    /// An interview is under way (or paused).
    InProgress,
    /// The interview ended and an outcome was stored.
    Finished,
    /// Consent was refused.
    ConsentRefused,
}

impl From<harbour_vault::CaseStatus> for CaseStatusDto {
    fn from(s: harbour_vault::CaseStatus) -> Self {
        match s {
            harbour_vault::CaseStatus::InProgress => CaseStatusDto::InProgress,
            harbour_vault::CaseStatus::Finished => CaseStatusDto::Finished,
            harbour_vault::CaseStatus::ConsentRefused => CaseStatusDto::ConsentRefused,
        }
    }
}

/// A new vault: its first supervisor's name and passphrase. No `Debug` and no `Clone`: it
/// holds a passphrase, which `Shell::create_vault` moves at once into a wiped `Passphrase`.
#[derive(Deserialize, TS)]
pub struct CreateVaultRequest {
    /// The first supervisor's name (kept inside the vault only).
    #[serde(default)]
    pub name: String,
    /// The passphrase.
    pub passphrase: String,
    /// The same again.
    pub confirmation: String,
}

impl From<harbour_vault::CaseSummary> for CaseDto {
    fn from(c: harbour_vault::CaseSummary) -> Self {
        CaseDto {
            id: c.id,
            reference: c.reference,
            status: c.status.into(),
            created_at: c.created_at,
            updated_at: c.updated_at,
            exported_at: c.exported_at,
            owner: None,
            urgent: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::IpcError;
    use std::path::Path;

    /// Every exported type, written to `dir`.
    fn export_all(dir: &Path) {
        fn one<T: TS + 'static>(dir: &Path) {
            let cfg = ts_rs::Config::new().with_out_dir(dir);
            if let Err(e) = T::export_all(&cfg) {
                panic!("exporting {}: {e}", T::name(&cfg));
            }
        }
        one::<AppStatus>(dir);
        one::<LocaleDto>(dir);
        one::<FtlSource>(dir);
        one::<StrengthDto>(dir);
        one::<GeneratedPassphraseDto>(dir);
        one::<CaseDto>(dir);
        one::<crate::case_list_dto::CaseQueryDto>(dir);
        one::<crate::case_list_dto::CasePageDto>(dir);
        one::<CreateVaultRequest>(dir);
        one::<IpcError>(dir);
        one::<crate::interview_dto::QuestionnairesDto>(dir);
        one::<crate::interview_dto::InterviewView>(dir);
        one::<crate::interview_dto::ActionDto>(dir);
        one::<crate::outcome_dto::OutcomeDto>(dir);
        one::<crate::interview_dto::NoteDto>(dir);
        one::<crate::transfer_dto::TransferSettingsDto>(dir);
        one::<crate::transfer_dto::ExportPlanDto>(dir);
        one::<crate::transfer_dto::ExportRequest>(dir);
        one::<crate::transfer_dto::ExportProgressDto>(dir);
        one::<crate::transfer_dto::ExportResultDto>(dir);
        one::<crate::transfer_dto::ImportRequest>(dir);
        one::<crate::transfer_dto::ImportedCaseDto>(dir);
        one::<crate::transfer_dto::ImportReportDto>(dir);
        one::<crate::transfer_dto::PlaceDto>(dir);
        one::<crate::staff_dto::StaffDto>(dir);
        one::<crate::staff_dto::AddStaffRequest>(dir);
        one::<crate::staff_dto::ChangePassphraseRequest>(dir);
        one::<crate::staff_dto::DeviceDto>(dir);
        one::<crate::transfer_dto::EnrolRequest>(dir);
        one::<crate::transfer_dto::ProfileStatusDto>(dir);
        one::<crate::transfer_dto::ProfilePreviewDto>(dir);
        one::<crate::transfer_dto::InstallProfileRequest>(dir);
        one::<crate::transfer_dto::SummaryRequest>(dir);
        one::<crate::interview_dto::PackDiagnosticDto>(dir);
        one::<crate::transfer_dto::SummarySavedDto>(dir);
        one::<crate::transfer_dto::OutsideCopyDto>(dir);
        one::<crate::transfer_dto::CopyKindDto>(dir);
    }

    fn read_tree(dir: &Path) -> std::collections::BTreeMap<String, String> {
        let mut out = std::collections::BTreeMap::new();
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "ts") {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                out.insert(e.file_name().to_string_lossy().to_string(), text);
            }
        }
        out
    }

    /// The committed TypeScript bindings match the Rust types. Refresh them with
    /// `HARBOUR_BLESS=1 cargo test -p harbour-app bindings`.
    #[test]
    fn bindings_are_current() {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
        if std::env::var_os("HARBOUR_BLESS").is_some() {
            let _ = std::fs::remove_dir_all(&committed);
            export_all(&committed);
        }
        let fresh = std::env::temp_dir().join(format!("harbour-bindings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&fresh);
        export_all(&fresh);
        let (a, b) = (read_tree(&fresh), read_tree(&committed));
        let _ = std::fs::remove_dir_all(&fresh);
        assert!(!a.is_empty());
        let differ: Vec<&String> = a
            .keys()
            .chain(b.keys())
            .filter(|k| a.get(*k) != b.get(*k))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert!(
            differ.is_empty(),
            "ui/src/bindings is out of date ({differ:?}): run HARBOUR_BLESS=1 cargo test -p harbour-app bindings"
        );
    }

    /// Whether a type implements `Debug`, asked of a concrete type: the inherent constant
    /// exists only when `T: Debug` and wins over the trait's default.
    struct IsDebug<T>(std::marker::PhantomData<T>);
    trait NotDebug {
        const DEBUG: bool = false;
    }
    impl<T> NotDebug for IsDebug<T> {}
    impl<T: std::fmt::Debug> IsDebug<T> {
        #[allow(dead_code)]
        const DEBUG: bool = true;
    }

    /// A `{:?}` in a log line or a panic message must never be able to print a passphrase.
    #[test]
    fn nothing_that_holds_a_passphrase_derives_debug() {
        // Checked by the compiler: adding `Debug` to either stops the test build.
        const {
            assert!(IsDebug::<AppStatus>::DEBUG, "the check itself works");
            assert!(
                !IsDebug::<CreateVaultRequest>::DEBUG,
                "CreateVaultRequest holds a passphrase"
            );
            assert!(
                !IsDebug::<crate::transfer_dto::ImportRequest>::DEBUG,
                "ImportRequest holds the organisation key's passphrase"
            );
        }
    }
}
