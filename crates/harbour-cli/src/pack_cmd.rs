//! `harbour pack keygen|sign|verify`: questionnaire pack signatures in the minisign format (see
//! `harbour_export::pack_signature`). `keygen` makes a minisign key pair (for authors without
//! the minisign tool; the password from HARBOUR_PACK_KEY_PASSPHRASE or a prompt). `sign` writes `pack.manifest` and its `.minisig` (the
//! key's password from HARBOUR_PACK_KEY_PASSPHRASE or a prompt); `verify` checks them against a minisign public key and prints the pack's hash for
//! `harbour org profile --pack id:version:hash`.

use crate::error::CliError;
use crate::export_cmd::export_error;
use harbour_export::pack_signature::{generate_pack_key, sign_pack, verify_pack};
use std::path::PathBuf;

/// Arguments of `harbour pack`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Make a minisign key pair for signing packs (`minisign.key`, `minisign.pub`).
    Keygen {
        /// The folder to write them in (existing files are never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a pack folder with a minisign secret key.
    Sign {
        /// The pack folder.
        #[arg(long)]
        pack: PathBuf,
        /// The minisign secret key file.
        #[arg(long)]
        key: PathBuf,
    },
    /// Verify a pack folder against a minisign public key file.
    Verify {
        /// The pack folder.
        #[arg(long)]
        pack: PathBuf,
        /// The minisign public key file (`.pub`).
        #[arg(long)]
        public_key: PathBuf,
    },
}

/// The pack key's password: HARBOUR_PACK_KEY_PASSPHRASE, else a prompt.
fn pack_key_password() -> Result<String, CliError> {
    match std::env::var("HARBOUR_PACK_KEY_PASSPHRASE") {
        Ok(p) => Ok(p),
        Err(_) => rpassword::prompt_password("Pack key password: ")
            .map_err(|e| CliError::Internal(e.to_string())),
    }
}

/// Run `harbour pack`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Keygen { out } => {
            let public = generate_pack_key(&out, pack_key_password()?).map_err(export_error)?;
            println!("wrote {}", out.join("minisign.key").display());
            println!("wrote {}", out.join("minisign.pub").display());
            println!("public key: {public}");
        }
        Action::Sign { pack, key } => {
            let password = pack_key_password()?;
            // Always given: the library would otherwise prompt on its own.
            let password = Some(password);
            let hash = sign_pack(&pack, &key, password).map_err(export_error)?;
            println!("signed {} (sha256 {hash})", pack.display());
        }
        Action::Verify { pack, public_key } => {
            let text = std::fs::read_to_string(&public_key)
                .map_err(|e| CliError::User(format!("reading {}: {e}", public_key.display())))?;
            let key = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
                .unwrap_or_default();
            let hash = verify_pack(&pack, key).map_err(export_error)?;
            println!("verified {} (sha256 {hash})", pack.display());
        }
    }
    Ok(())
}
