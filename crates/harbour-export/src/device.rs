//! The exporting device's identity: a random id kept in the vault's settings, created on
//! first export. Never a hostname, a user name or a hardware serial.

use crate::error::{ExportError, Result};
use chrono::{DateTime, Utc};
use harbour_vault::Vault;

/// The vault setting holding the device id.
pub const DEVICE_ID_SETTING: &str = "device_id";

/// This vault's device id (16 random bytes, hex), created and stored on first use.
pub fn device_id(vault: &mut Vault, now: DateTime<Utc>) -> Result<String> {
    if let Some(id) = vault.setting(DEVICE_ID_SETTING)? {
        return Ok(id);
    }
    let mut buf = [0u8; 16];
    getrandom::fill(&mut buf).map_err(|e| ExportError::Internal {
        action: "choosing a device id",
        detail: e.to_string(),
    })?;
    let id = hex::encode(buf);
    vault.set_setting(DEVICE_ID_SETTING, &id, now)?;
    Ok(id)
}
