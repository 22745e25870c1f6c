//! `harbour vault passwd|recover|wipe|status|wipe-policy`: key slots, organisation recovery
//! and wipe. (Kept apart from `vault_cmd.rs`, which holds init, check and rekey.)

use crate::error::CliError;
use crate::export_cmd::{export_error, read_key_passphrase};
use crate::passphrase::{read_new_passphrase, read_passphrase};
use crate::vault_cmd::vault_error;
use chrono::Utc;
use harbour_vault::{key_status, Vault, VaultOptions, WipePolicy, WIPE_CONFIRMATION};
use std::io::IsTerminal;
use std::path::PathBuf;

/// The key-slot actions of `harbour vault`.
#[derive(clap::Subcommand)]
pub enum Action {
    /// Change your own passphrase (current: HARBOUR_PASSPHRASE, new: HARBOUR_NEW_PASSPHRASE,
    /// or prompts). Only your key slot is rewritten; other people's passphrases still work.
    Passwd {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    /// At headquarters: open a device's vault with the organisation key and set a new
    /// supervisor passphrase (HARBOUR_NEW_PASSPHRASE or a prompt). Needs both files of the
    /// device (the vault and its `.key`) side by side.
    Recover {
        /// The vault file (its key file must sit beside it).
        #[arg(long)]
        vault: PathBuf,
        /// The organisation private key (`org.key`; passphrase from HARBOUR_KEY_PASSPHRASE).
        #[arg(long)]
        identity: PathBuf,
        /// The new supervisor's display name.
        #[arg(long, default_value = "Recovered supervisor")]
        name: String,
    },
    /// Destroy every key slot, then the vault files (as a supervisor). Asks you to type the
    /// confirmation, or takes it from --confirm.
    Wipe {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// The confirmation words, for scripts: "WIPE THIS DEVICE".
        #[arg(long)]
        confirm: Option<String>,
    },
    /// Say, without unlocking, whether the organisation can recover this device, the wipe
    /// policy and the failed unlocks so far.
    Status {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
    /// Set the wipe-after-failed-unlocks policy (as a supervisor), or turn it off.
    WipePolicy {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// Wipe after this many failed unlocks in a row.
        #[arg(long, conflicts_with = "off")]
        after: Option<u32>,
        /// Destroy every file, the recovery slot too (default: keep the recovery slot and
        /// the database, so that headquarters can still recover a device it holds).
        #[arg(long, requires = "after")]
        destroy_recovery: bool,
        /// Turn the policy off.
        #[arg(long)]
        off: bool,
    },
}

/// Run one of the key-slot actions of `harbour vault`.
pub fn run(action: Action) -> Result<(), CliError> {
    let opts = VaultOptions::default();
    match action {
        Action::Passwd { vault } => {
            let pass = read_passphrase("HARBOUR_PASSPHRASE", "Current passphrase")?;
            let mut v = Vault::unlock(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            drop(pass);
            let new = read_new_passphrase("HARBOUR_NEW_PASSPHRASE", "New passphrase")?;
            v.change_passphrase(&new, Utc::now()).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("passphrase changed for you on {}", vault.display());
        }
        Action::Recover {
            vault,
            identity,
            name,
        } => {
            let key_pass = read_key_passphrase(false)?;
            let identities =
                harbour_export::read_identity(&identity, &key_pass).map_err(export_error)?;
            drop(key_pass);
            let new = read_new_passphrase("HARBOUR_NEW_PASSPHRASE", "New supervisor passphrase")?;
            let v = Vault::recover(&vault, &identities, &name, &new, Utc::now(), &opts)
                .map_err(vault_error)?;
            let id = v.acting().id.clone();
            v.lock(Utc::now()).map_err(vault_error)?;
            println!(
                "recovered {}: new supervisor {name} (id {id}) unlocks it with the new passphrase",
                vault.display()
            );
        }
        Action::Wipe { vault, confirm } => {
            let pass = read_passphrase("HARBOUR_PASSPHRASE", "Supervisor passphrase")?;
            let v = Vault::unlock(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            drop(pass);
            v.require_supervisor("wiping the device")
                .map_err(vault_error)?;
            let typed = match confirm {
                Some(c) => c,
                None => ask_confirmation()?,
            };
            v.wipe(&typed).map_err(vault_error)?;
            println!(
                "wiped {}: every key slot and every vault file is destroyed",
                vault.display()
            );
        }
        Action::Status { vault } => {
            let s = key_status(&vault).map_err(vault_error)?;
            println!(
                "recovery by the organisation: {}",
                if s.recoverable {
                    "possible (a recovery slot is installed)"
                } else {
                    "not possible (no organisation key installed)"
                }
            );
            match s.wipe {
                None => println!("wipe after failed unlocks: off"),
                Some(w) => println!(
                    "wipe after failed unlocks: after {} ({})",
                    w.after_failures,
                    if w.keep_recovery {
                        "staff slots destroyed, recovery slot and database kept"
                    } else {
                        "every file destroyed"
                    }
                ),
            }
            println!(
                "failed unlocks since the last success: {}",
                s.failed_attempts
            );
            if s.needs_migration {
                println!("key file: from before staff accounts (migrated at the next unlock)");
            }
        }
        Action::WipePolicy {
            vault,
            after,
            destroy_recovery,
            off,
        } => {
            let policy = match (after, off) {
                (Some(n), false) => Some(WipePolicy {
                    after_failures: n,
                    keep_recovery: !destroy_recovery,
                }),
                (None, true) => None,
                _ => {
                    return Err(CliError::User(
                        "give --after N, or --off to turn the policy off".into(),
                    ))
                }
            };
            let pass = read_passphrase("HARBOUR_PASSPHRASE", "Supervisor passphrase")?;
            let mut v = Vault::unlock(&vault, &pass, Utc::now(), &opts).map_err(vault_error)?;
            drop(pass);
            v.set_wipe_policy(policy, Utc::now()).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("wipe policy saved");
        }
    }
    Ok(())
}

fn ask_confirmation() -> Result<String, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::User(format!(
            "not confirmed: pass --confirm \"{WIPE_CONFIRMATION}\" or run in a terminal"
        )));
    }
    eprintln!("This destroys every record on this device. Type {WIPE_CONFIRMATION} to go on:");
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| CliError::Internal(format!("reading the confirmation: {e}")))?;
    Ok(line.trim().to_string())
}
