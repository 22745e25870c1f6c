//! `harbour keygen --out DIR`: a new organisation key pair (age X25519): `org.pub` for the
//! devices, `org.key` (passphrase-protected) for headquarters.

use crate::error::CliError;
use crate::export_cmd::export_error;
use harbour_export::keys::generate_org_key;
use std::path::PathBuf;

/// Arguments of `harbour keygen`.
#[derive(clap::Args)]
pub struct Args {
    /// The folder for `org.pub` and `org.key` (never overwritten).
    #[arg(long)]
    out: PathBuf,
}

/// Run `harbour keygen`. The passphrase comes from HARBOUR_KEY_PASSPHRASE or a prompt.
pub fn run(args: Args) -> Result<(), CliError> {
    let pass = crate::export_cmd::read_key_passphrase(true)?;
    let files = generate_org_key(&args.out, &pass).map_err(export_error)?;
    println!(
        "organisation public key (install on every device): {}",
        files.public_key.display()
    );
    println!("  {}", files.recipient);
    println!(
        "organisation private key (keep at headquarters, passphrase-protected): {}",
        files.identity.display()
    );
    Ok(())
}
