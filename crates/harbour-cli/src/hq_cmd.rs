//! `harbour hq enrol|devices --vault HQ`: headquarters' register of enrolled devices. Only
//! bundles signed by an enrolled device are imported.
//!
//! Enrolling shows the device's fingerprint for comparison with the device (read aloud over
//! the phone). `--fingerprint` must then match it; without it, the person is asked to type
//! `yes` once they have compared (on a terminal only).

use crate::error::CliError;
use crate::export_cmd::export_error;
use crate::unlock::vault_error;
use chrono::Utc;
use harbour_export::{enrol, read_enrolment};
use harbour_vault::Vault;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Arguments of `harbour hq`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Register a device from its enrolment file, after comparing its fingerprint.
    Enrol {
        /// The headquarters vault.
        #[arg(long)]
        vault: PathBuf,
        /// The device's enrolment file (`harbour device enrolment`).
        #[arg(long)]
        file: PathBuf,
        /// The fingerprint the device shows (as read aloud); must match.
        #[arg(long)]
        fingerprint: Option<String>,
    },
    /// List the enrolled devices.
    Devices {
        /// The headquarters vault.
        #[arg(long)]
        vault: PathBuf,
    },
}

fn unlock(vault: &Path) -> Result<Vault, CliError> {
    crate::unlock::unlock(vault, "Supervisor passphrase", Utc::now())
}

/// Run `harbour hq`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Enrol {
            vault,
            file,
            fingerprint,
        } => {
            let e = read_enrolment(&file).map_err(export_error)?;
            println!("device id:   {}", e.device_id);
            println!("fingerprint: {}", e.fingerprint);
            let confirmed = match fingerprint {
                Some(f) => f,
                None => confirm(&e.fingerprint)?,
            };
            let mut v = unlock(&vault)?;
            enrol(&mut v, &e, &confirmed, Utc::now()).map_err(export_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("enrolled device {}", e.device_id);
        }
        Action::Devices { vault } => {
            let v = unlock(&vault)?;
            let devices = v.enrolled_devices().map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            if devices.is_empty() {
                println!("no device enrolled");
            }
            for d in devices {
                println!(
                    "{}  {}  enrolled {}",
                    d.device_id,
                    d.public_key.fingerprint(),
                    d.enrolled_at
                );
            }
        }
    }
    Ok(())
}

/// Ask the person at the terminal to confirm they compared the fingerprint.
fn confirm(fingerprint: &str) -> Result<String, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::User(
            "compare the fingerprint with the device, then give it with --fingerprint; nothing was registered".into(),
        ));
    }
    print!("Does the device show exactly this fingerprint? Type yes to enrol it: ");
    std::io::stdout()
        .flush()
        .map_err(|e| CliError::Internal(e.to_string()))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Internal(e.to_string()))?;
    if line.trim() == "yes" {
        Ok(fingerprint.to_string())
    } else {
        Err(CliError::User(
            "not confirmed; nothing was registered".into(),
        ))
    }
}
