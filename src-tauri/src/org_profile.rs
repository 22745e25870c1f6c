//! The organisation profile in the app (supervisor only): read a profile file and show who it
//! is from and its signing key's fingerprint, then install it once the person has compared
//! that fingerprint with headquarters (first install) or as a signed update (later). The
//! checks are `harbour_export::profile`'s; this module converts and, after an install,
//! checks the added questionnaire packs again against the new profile.

use crate::error::IpcError;
use crate::places;
use crate::shell::Shell;
use crate::transfer_dto::{
    InstallProfileRequest, OrgProfileDto, ProfileChangesDto, ProfilePreviewDto, ProfileStatusDto,
};
use chrono::Utc;
use harbour_export::profile::{
    install_profile, installed_profile, read_profile_for, signing_fingerprint, ProfileBody,
};
use harbour_export::{ExportError, ORG_RECIPIENTS_SETTING};
use std::path::{Path, PathBuf};

fn dto(body: &ProfileBody) -> OrgProfileDto {
    OrgProfileDto {
        name: body.name.clone(),
        org_id: body.org_id.clone(),
        serial: u32::try_from(body.serial).unwrap_or(u32::MAX),
        fingerprint: signing_fingerprint(&body.signing_key),
    }
}

/// What `next` changes compared with `current`.
fn changes(current: &ProfileBody, next: &ProfileBody) -> ProfileChangesDto {
    let label = |p: &harbour_export::profile::ApprovedPack| format!("{} {}", p.id, p.version);
    ProfileChangesDto {
        new_packs: next
            .packs
            .iter()
            .filter(|p| !current.packs.contains(p))
            .map(label)
            .collect(),
        removed_packs: current
            .packs
            .iter()
            .filter(|p| !next.packs.contains(p))
            .map(label)
            .collect(),
        key_rotated: current.signing_key != next.signing_key,
        recipients_changed: current.recipients != next.recipients,
        pack_key_changed: current.pack_key != next.pack_key,
        policies_changed: current.policies != next.policies,
    }
}

/// A profile error for the person: a wrong fingerprint is the profile's, not a device's.
fn profile_error(e: ExportError) -> IpcError {
    match e {
        ExportError::FingerprintMismatch { .. } => IpcError::new(
            "error-profile-fingerprint-mismatch",
            "the fingerprint typed is not the profile's; nothing was installed",
        ),
        other => IpcError::from(other),
    }
}

fn path_of(text: &str) -> Result<PathBuf, IpcError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(IpcError::new(
            "error-profile-no-file",
            "choose the organisation profile file",
        ));
    }
    Ok(PathBuf::from(t))
}

impl Shell {
    /// The installed profile, and whether a pasted key is in use.
    pub fn org_profile_status(&self) -> Result<ProfileStatusDto, IpcError> {
        self.with_session_vault(|v| {
            let installed = installed_profile(v).map_err(profile_error)?;
            let pasted = v
                .setting(ORG_RECIPIENTS_SETTING)?
                .is_some_and(|t| !t.trim().is_empty());
            Ok::<_, IpcError>(ProfileStatusDto {
                installed: installed.as_ref().map(dto),
                pasted_key: pasted,
            })
        })
    }

    /// Profile files on removable drives and in `documents`, newest first. Names only.
    pub fn profile_candidates(&self, documents: Option<PathBuf>) -> Result<Vec<String>, IpcError> {
        self.with_session_vault(|v| {
            v.require_supervisor("installing the organisation profile")?;
            Ok::<_, IpcError>(())
        })?;
        let mut folders: Vec<PathBuf> = places::drives().into_iter().map(|p| p.path).collect();
        folders.extend(documents);
        Ok(places::profiles_in(&folders)
            .into_iter()
            .map(|p| p.display().to_string())
            .collect())
    }

    /// Read a profile file and check its signature (its own key for a first install, the
    /// installed key for an update). Writes nothing. Supervisor only.
    pub fn read_org_profile(&self, path: &str) -> Result<ProfilePreviewDto, IpcError> {
        let path = path_of(path)?;
        self.with_session_vault(|v| {
            v.require_supervisor("installing the organisation profile")?;
            let current = installed_profile(v).map_err(profile_error)?;
            let read = read_profile_for(v, &path).map_err(profile_error)?;
            Ok::<_, IpcError>(preview(&path, current.as_ref(), &read.body))
        })
    }

    /// Install a profile (supervisor only): a first one when the fingerprint typed is its
    /// signing key's, a later one when signed by the installed key. Then the added packs are
    /// checked again against it.
    pub fn install_org_profile(
        &self,
        req: InstallProfileRequest,
    ) -> Result<ProfileStatusDto, IpcError> {
        let path = path_of(&req.path)?;
        let body = self.with_session_vault(|v| {
            install_profile(v, &path, req.fingerprint.as_deref(), Utc::now())
                .map(|p| p.body)
                .map_err(profile_error)
        })?;
        self.packs.check(Some(body));
        self.org_profile_status()
    }
}

fn preview(path: &Path, current: Option<&ProfileBody>, next: &ProfileBody) -> ProfilePreviewDto {
    ProfilePreviewDto {
        path: path.display().to_string(),
        profile: dto(next),
        first_install: current.is_none(),
        changes: current.map(|c| changes(c, next)).unwrap_or_default(),
    }
}

#[cfg(test)]
#[path = "org_profile_tests.rs"]
mod tests;
