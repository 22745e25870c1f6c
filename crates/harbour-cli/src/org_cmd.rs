//! `harbour org init|profile|install|show`: the organisation's keys and its signed profile.
//!
//! - `init --out DIR`: the encryption key pair (`org.pub`, `org.key`) and the signing key pair
//!   (`org-sign.pub`, `org-sign.key`), both secrets under the passphrase from
//!   HARBOUR_KEY_PASSPHRASE (or a prompt, asked twice).
//! - `profile --keys DIR --org-id ID --name NAME --serial N --out FILE`: a profile signed with
//!   `org-sign.key` (recipients from `org.pub`; `--next-signing-key` to rotate).
//! - `install --vault V --file FILE [--fingerprint FP]`: on a device; the first profile needs
//!   the fingerprint read aloud by headquarters, later ones the installed profile's signature.
//! - `show --vault V`: the installed profile, or that the device still uses a pasted key.

use crate::error::CliError;
use crate::export_cmd::{export_error, read_key_passphrase};
use crate::unlock::vault_error;
use chrono::Utc;
use harbour_export::profile::{
    generate_signing_key, install_profile, installed_profile, read_signing_key, signing_files,
    write_profile, ApprovedPack, Policies, ProfileBody, PROFILE_FORMAT,
};
use harbour_export::{generate_org_key, read_recipients, ORG_RECIPIENTS_SETTING};
use harbour_vault::Vault;
use std::path::{Path, PathBuf};

/// Arguments of `harbour org`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Make the organisation's encryption and signing keys (at headquarters).
    Init {
        /// The folder to write the four key files to (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a signed organisation profile (at headquarters).
    Profile {
        /// The folder of `harbour org init`.
        #[arg(long)]
        keys: PathBuf,
        /// The organisation's id (a short token; the same in every profile).
        #[arg(long)]
        org_id: String,
        /// The organisation's name.
        #[arg(long)]
        name: String,
        /// The profile's serial number (higher than the last one issued).
        #[arg(long)]
        serial: u64,
        /// The signing key the *next* profile will be signed with (hex); default: the same.
        #[arg(long)]
        next_signing_key: Option<String>,
        /// `keep` or `purge` cases after an encrypted export.
        #[arg(long, default_value = "keep")]
        retention: String,
        /// Wipe a device after this many failed unlocks.
        #[arg(long)]
        wipe_after: Option<u32>,
        /// An approved pack, `id:version:sha256` (repeatable; `harbour pack verify` prints it).
        #[arg(long = "pack")]
        packs: Vec<String>,
        /// The minisign public key file (`.pub`) that signs the organisation's packs.
        #[arg(long)]
        pack_key: Option<PathBuf>,
        /// The profile file to write (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Install a profile on this device (as a supervisor).
    Install {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
        /// The profile file.
        #[arg(long)]
        file: PathBuf,
        /// The fingerprint headquarters reads aloud (needed for the first profile).
        #[arg(long)]
        fingerprint: Option<String>,
    },
    /// Show the installed profile.
    Show {
        /// The vault file.
        #[arg(long)]
        vault: PathBuf,
    },
}

/// The base64 key line of a minisign `.pub` file.
fn read_pack_key(path: &Path) -> Result<String, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::User(format!("reading {}: {e}", path.display())))?;
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .map(str::to_string)
        .ok_or_else(|| CliError::User(format!("{} holds no minisign key", path.display())))
}

fn unlock(vault: &Path) -> Result<Vault, CliError> {
    crate::unlock::unlock(vault, "Supervisor passphrase", Utc::now())
}

/// Run `harbour org`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Init { out } => {
            let pass = read_key_passphrase(true)?;
            let files = generate_org_key(&out, &pass).map_err(export_error)?;
            let public = generate_signing_key(&out, &pass).map_err(export_error)?;
            println!("wrote {}", files.public_key.display());
            println!("wrote {}", files.identity.display());
            let (p, k) = signing_files(&out);
            println!("wrote {}", p.display());
            println!("wrote {}", k.display());
            println!(
                "signing key fingerprint: {}",
                harbour_export::profile::signing_fingerprint(&public)
            );
        }
        Action::Profile {
            keys,
            org_id,
            name,
            serial,
            next_signing_key,
            retention,
            wipe_after,
            packs,
            pack_key,
            out,
        } => {
            let recipients = read_recipients(&keys.join(harbour_export::keys::PUBLIC_KEY_FILE))
                .map_err(export_error)?
                .iter()
                .map(ToString::to_string)
                .collect();
            let mut approved = Vec::new();
            for p in &packs {
                let mut parts = p.splitn(3, ':');
                match (parts.next(), parts.next(), parts.next()) {
                    (Some(id), Some(version), Some(sha256)) => approved.push(ApprovedPack {
                        id: id.into(),
                        version: version.into(),
                        sha256: sha256.to_ascii_lowercase(),
                    }),
                    _ => {
                        return Err(CliError::User(format!(
                            "--pack {p}: expected id:version:sha256"
                        )))
                    }
                }
            }
            let pass = read_key_passphrase(false)?;
            let (_, key_file) = signing_files(&keys);
            let key = read_signing_key(&key_file, &pass).map_err(export_error)?;
            drop(pass);
            let body = ProfileBody {
                format: PROFILE_FORMAT.into(),
                format_version: 1,
                org_id,
                name,
                serial,
                issued_at: Utc::now().to_rfc3339(),
                recipients,
                signing_key: next_signing_key
                    .unwrap_or_else(|| harbour_export::profile::public_hex(&key)),
                packs: approved,
                pack_key: match pack_key {
                    Some(path) => Some(read_pack_key(&path)?),
                    None => None,
                },
                policies: Policies {
                    retention_after_export: retention,
                    recovery: true,
                    wipe_after_failures: wipe_after,
                },
            };
            write_profile(&body, &key, &out).map_err(export_error)?;
            println!("wrote {}", out.display());
        }
        Action::Install {
            vault,
            file,
            fingerprint,
        } => {
            // A malformed file is refused before the vault is unlocked (nothing written).
            harbour_export::profile::check_profile_file(&file).map_err(export_error)?;
            let mut v = unlock(&vault)?;
            let shown =
                harbour_export::profile::read_profile_for(&v, &file).map_err(export_error)?;
            println!(
                "organisation {} ({}), profile {}",
                shown.body.name, shown.body.org_id, shown.body.serial
            );
            println!("signing key fingerprint: {}", shown.fingerprint());
            let p = install_profile(&mut v, &file, fingerprint.as_deref(), Utc::now())
                .map_err(export_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            println!("installed profile {} of {}", p.body.serial, p.body.org_id);
        }
        Action::Show { vault } => {
            let v = unlock(&vault)?;
            let profile = installed_profile(&v).map_err(export_error)?;
            let pasted = v.setting(ORG_RECIPIENTS_SETTING).map_err(vault_error)?;
            v.lock(Utc::now()).map_err(vault_error)?;
            match (profile, pasted) {
                (Some(p), _) => {
                    println!("organisation {} ({}), profile {}", p.name, p.org_id, p.serial);
                    println!(
                        "signing key fingerprint: {}",
                        harbour_export::profile::signing_fingerprint(&p.signing_key)
                    );
                    for r in &p.recipients {
                        println!("recipient {r}");
                    }
                }
                (None, Some(_)) => println!(
                    "no organisation profile: this device uses a pasted organisation key, which any supervisor can replace; install the organisation's profile"
                ),
                (None, None) => println!("no organisation profile and no organisation key"),
            }
        }
    }
    Ok(())
}
