//! The IPC contract of staff accounts and the device's recovery and wipe settings.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RoleDto {
    /// Runs screenings; sees own cases and those handed to them.
    Interviewer,
    /// Also sees every case, manages staff, settings and exports.
    Supervisor,
}

impl From<harbour_vault::Role> for RoleDto {
    fn from(r: harbour_vault::Role) -> Self {
        match r {
            harbour_vault::Role::Interviewer => RoleDto::Interviewer,
            harbour_vault::Role::Supervisor => RoleDto::Supervisor,
        }
    }
}

impl From<RoleDto> for harbour_vault::Role {
    fn from(r: RoleDto) -> Self {
        match r {
            RoleDto::Interviewer => harbour_vault::Role::Interviewer,
            RoleDto::Supervisor => harbour_vault::Role::Supervisor,
        }
    }
}

/// A person who may unlock this device.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StaffDto {
    /// Random id (the audit log names people by it).
    pub id: String,
    /// The name staff see.
    pub name: String,
    /// What they may do.
    pub role: RoleDto,
}

impl From<&harbour_vault::StaffMember> for StaffDto {
    fn from(m: &harbour_vault::StaffMember) -> Self {
        StaffDto {
            id: m.id.clone(),
            name: m.display_name.clone(),
            role: m.role.into(),
        }
    }
}

/// A new staff member: they type their own passphrase on the device. No `Debug`: it holds
/// a passphrase.
#[derive(Clone, Deserialize, TS)]
pub struct AddStaffRequest {
    /// Their name (kept inside the vault only).
    pub name: String,
    /// Their role.
    pub role: RoleDto,
    /// Their passphrase.
    pub passphrase: String,
    /// The same again.
    pub confirmation: String,
}

/// A new passphrase for the person unlocked now. No `Debug`.
#[derive(Clone, Deserialize, TS)]
pub struct ChangePassphraseRequest {
    /// The new passphrase.
    pub passphrase: String,
    /// The same again.
    pub confirmation: String,
}

/// What the device's key file says: readable before unlock, it names nobody.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DeviceDto {
    /// The organisation can recover this device (an organisation key was installed, so the
    /// vault key is also wrapped to it).
    pub recoverable: bool,
    /// Wipe after this many failed unlocks in a row; `null` when the policy is off.
    pub wipe_after: Option<u32>,
    /// When wiping after failed unlocks: keep the organisation's recovery slot (and the
    /// encrypted records), so headquarters can still recover a device it holds.
    pub keep_recovery: bool,
    /// Failed unlocks since the last success.
    pub failed_attempts: u32,
}
