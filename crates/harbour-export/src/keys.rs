//! Organisation keys: an `age` X25519 key pair. The public part (`org.pub`, one `age1…` line
//! per recipient) is installed on every device; the private part (the identity) stays at
//! headquarters in `org.key`, an age identity file encrypted with a passphrase (age's scrypt
//! recipient, like `age-keygen | age -p`).

use crate::error::{io_err, ExportError, Result};
use age::secrecy::ExposeSecret;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use zeroize::Zeroizing;

pub use age::secrecy::SecretString;
pub use age::x25519::{Identity, Recipient};

/// The file name of the public key written by [`generate_org_key`].
pub const PUBLIC_KEY_FILE: &str = "org.pub";
/// The file name of the passphrase-protected identity written by [`generate_org_key`].
pub const IDENTITY_FILE: &str = "org.key";

/// Where [`generate_org_key`] put the two files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgKeyFiles {
    /// The public key, `age1…` (safe to copy to every device).
    pub public_key: PathBuf,
    /// The passphrase-protected identity (keep at headquarters).
    pub identity: PathBuf,
    /// The recipient string, for display and for the `org_recipients` setting.
    pub recipient: String,
}

/// Parse organisation public keys: one `age1…` per line; blank lines and `#` comments are
/// ignored. Errors name the first bad line; an empty list is an error too.
pub fn parse_recipients(text: &str) -> Result<Vec<Recipient>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let r = Recipient::from_str(line).map_err(|_| ExportError::BadRecipient { line: i + 1 })?;
        out.push(r);
    }
    if out.is_empty() {
        return Err(ExportError::NoRecipients);
    }
    Ok(out)
}

/// The vault setting holding the organisation public keys (the text of `org.pub`).
pub const ORG_RECIPIENTS_SETTING: &str = "org_recipients";

/// The organisation public keys installed in the vault's settings.
pub fn recipients_from_settings(vault: &harbour_vault::Vault) -> Result<Vec<Recipient>> {
    match vault.setting(ORG_RECIPIENTS_SETTING)? {
        Some(text) => parse_recipients(&text),
        None => Err(ExportError::NoRecipients),
    }
}

/// Install the organisation public keys on a device (supervisor only): the `org_recipients`
/// setting, and the vault key wrapped to them (the vault's recovery slot), so that
/// headquarters can recover this device with the organisation's identity. Call it again to
/// rotate the keys: the recovery slot follows.
///
/// Refused once an organisation profile is installed: the keys then change only through a
/// profile signed by the organisation ([`crate::profile::install_profile`]).
pub fn install_org_key(
    vault: &mut harbour_vault::Vault,
    text: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Recipient>> {
    if vault.setting(crate::profile::PROFILE_SETTING)?.is_some() {
        return Err(ExportError::ProfileInstalled);
    }
    install_recipients(vault, text, now)
}

/// The installation itself, for [`install_org_key`] and a verified profile.
pub(crate) fn install_recipients(
    vault: &mut harbour_vault::Vault,
    text: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Recipient>> {
    let recipients = parse_recipients(text)?;
    vault.require_supervisor("changing the organisation key")?;
    vault.set_recovery_recipients(&recipients, now)?;
    vault.set_setting(
        ORG_RECIPIENTS_SETTING,
        &format!("{}\n", text.trim_end()),
        now,
    )?;
    Ok(recipients)
}

/// Read and parse a public-key file (see [`parse_recipients`]).
pub fn read_recipients(path: &Path) -> Result<Vec<Recipient>> {
    let text = std::fs::read_to_string(path).map_err(io_err("reading the public key", path))?;
    parse_recipients(&text)
}

/// Make a new organisation key pair in `dir`: `org.pub` and `org.key` (the identity,
/// encrypted under `passphrase`). Refuses to overwrite either file. The passphrase must meet
/// the vault's passphrase policy.
pub fn generate_org_key(dir: &Path, passphrase: &SecretString) -> Result<OrgKeyFiles> {
    harbour_vault::check_policy(passphrase.expose_secret())
        .map_err(|e| ExportError::WeakKeyPassphrase(e.to_string()))?;
    std::fs::create_dir_all(dir).map_err(io_err("creating the folder", dir))?;
    let public_key = dir.join(PUBLIC_KEY_FILE);
    let identity_path = dir.join(IDENTITY_FILE);
    for p in [&public_key, &identity_path] {
        if p.exists() {
            return Err(ExportError::KeyExists { path: p.clone() });
        }
    }
    let identity = Identity::generate();
    let recipient = identity.to_public().to_string();
    let secret = identity.to_string();
    let plain = Zeroizing::new(format!(
        "# Harbour organisation key\n# public key: {recipient}\n{}\n",
        secret.expose_secret()
    ));
    let encryptor = age::Encryptor::with_user_passphrase(passphrase.clone());
    let mut sealed = Vec::new();
    {
        let armor =
            age::armor::ArmoredWriter::wrap_output(&mut sealed, age::armor::Format::AsciiArmor)
                .map_err(io_err("encrypting the key for", &identity_path))?;
        let mut w = encryptor
            .wrap_output(armor)
            .map_err(io_err("encrypting the key for", &identity_path))?;
        w.write_all(plain.as_bytes())
            .map_err(io_err("encrypting the key for", &identity_path))?;
        w.finish()
            .and_then(|a| a.finish())
            .map_err(io_err("encrypting the key for", &identity_path))?;
    }
    // The private key (sealed with its passphrase) is owner-only; the public key is for sharing.
    write_new(&identity_path, &sealed, 0o600)?;
    write_new(&public_key, format!("{recipient}\n").as_bytes(), 0o644)?;
    Ok(OrgKeyFiles {
        public_key,
        identity: identity_path,
        recipient,
    })
}

/// Open a passphrase-protected identity file written by [`generate_org_key`] (or by
/// `age-keygen | age -p -a`). The decrypted key text is wiped after parsing.
pub fn read_identity(path: &Path, passphrase: &SecretString) -> Result<Vec<Identity>> {
    let bytes = std::fs::read(path).map_err(io_err("reading the organisation key", path))?;
    let bad = |detail: &str| ExportError::BadIdentityFile {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    };
    let reader = age::armor::ArmoredReader::new(&bytes[..]);
    let decryptor = age::Decryptor::new(reader).map_err(|_| bad("not an age file"))?;
    if !decryptor.is_scrypt() {
        return Err(bad("not protected by a passphrase"));
    }
    let scrypt = age::scrypt::Identity::new(passphrase.clone());
    let mut stream = decryptor
        .decrypt(std::iter::once(&scrypt as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => ExportError::WrongKeyPassphrase {
                path: path.to_path_buf(),
            },
            _ => bad("damaged header"),
        })?;
    let mut text = Zeroizing::new(String::new());
    stream
        .read_to_string(&mut text)
        .map_err(|_| bad("damaged content"))?;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        out.push(
            Identity::from_str(line)
                .map_err(|_| bad("the content is not an age X25519 identity"))?,
        );
    }
    if out.is_empty() {
        return Err(bad("no identity inside"));
    }
    Ok(out)
}

/// Write a new file (never overwriting), durably, created with `mode` on Unix (less the umask).
/// Every key file goes through here: secret halves `0o600`, public halves `0o644`.
pub(crate) fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => ExportError::KeyExists {
            path: path.to_path_buf(),
        },
        _ => ExportError::Io {
            action: "creating",
            path: path.to_path_buf(),
            source: e,
        },
    })?;
    f.write_all(bytes).map_err(io_err("writing", path))?;
    f.sync_all().map_err(io_err("writing", path))
}
