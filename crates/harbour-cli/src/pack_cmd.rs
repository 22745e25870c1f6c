//! `harbour pack sign|verify`: questionnaire pack signatures in the minisign format (see
//! `harbour_export::pack_signature`). `sign` writes `pack.manifest` and its `.minisig` (the
//! key's password from HARBOUR_PACK_KEY_PASSPHRASE or a prompt); `verify` checks them against a minisign public key and prints the pack's hash for
//! `harbour org profile --pack id:version:hash`.

use crate::error::CliError;
use crate::export_cmd::export_error;
use harbour_export::pack_signature::{sign_pack, verify_pack};
use std::path::PathBuf;

/// Arguments of `harbour pack`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
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

/// Run `harbour pack`.
pub fn run(args: Args) -> Result<(), CliError> {
    match args.action {
        Action::Sign { pack, key } => {
            let password = match std::env::var("HARBOUR_PACK_KEY_PASSPHRASE") {
                Ok(p) => p,
                Err(_) => rpassword::prompt_password("Pack key password: ")
                    .map_err(|e| CliError::Internal(e.to_string()))?,
            };
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
