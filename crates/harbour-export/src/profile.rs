//! The organisation profile: one small file signed by the organisation's Ed25519 key, naming
//! the organisation, its encryption recipients, its signing key, approved questionnaire packs
//! and policies. A device installs its first profile after the signing key's fingerprint is
//! compared out of band; from then on a profile is accepted only when signed by the key of
//! the installed one (rotating keys and approving packs are signed updates), for the same
//! organisation, with a higher serial. Once a profile is installed, a pasted organisation
//! key is refused ([`crate::install_org_key`]): nobody at the keyboard can swap in another
//! organisation's key.
//!
//! Files made by `harbour org init` (beside `org.pub`/`org.key`): `org-sign.pub` (hex public
//! key) and `org-sign.key` (the 32-byte seed in hex, in an ASCII-armoured age file encrypted to
//! the same passphrase as `org.key`).

use crate::error::{io_err, ExportError, Result};
use crate::keys::{parse_recipients, SecretString};
use age::secrecy::ExposeSecret;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use harbour_vault::Vault;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The `format` of a profile file.
pub const PROFILE_FORMAT: &str = "harbour-org-profile";
/// The vault setting holding the installed profile (the file's text).
pub const PROFILE_SETTING: &str = "org_profile";
/// The signing public key file written by [`generate_signing_key`].
pub const SIGNING_PUBLIC_FILE: &str = "org-sign.pub";
/// The passphrase-protected signing key file written by [`generate_signing_key`].
pub const SIGNING_KEY_FILE: &str = "org-sign.key";
const PREFIX: &[u8] = b"harbour/org-profile/v1\0";
const MAX_PROFILE_BYTES: u64 = 64 * 1024;

/// An approved questionnaire pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovedPack {
    /// Pack id.
    pub id: String,
    /// Version.
    pub version: String,
    /// SHA-256 (hex) of the pack.
    pub sha256: String,
}

/// The organisation's policies for its devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policies {
    /// `keep` or `purge` after an encrypted export.
    pub retention_after_export: String,
    /// Whether devices hold a recovery slot for the organisation.
    pub recovery: bool,
    /// Wipe after this many failed unlocks, or never.
    pub wipe_after_failures: Option<u32>,
}

/// What a profile says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileBody {
    /// Always [`PROFILE_FORMAT`].
    pub format: String,
    /// 1.
    pub format_version: u32,
    /// The organisation's id (never changes across its profiles).
    pub org_id: String,
    /// Its name.
    pub name: String,
    /// Grows with each profile the organisation issues.
    pub serial: u64,
    /// When it was issued (RFC 3339).
    pub issued_at: String,
    /// The organisation's encryption recipients (`age1…`).
    pub recipients: Vec<String>,
    /// The key that signs the *next* profile (hex Ed25519 public key).
    pub signing_key: String,
    /// Approved questionnaire packs.
    pub packs: Vec<ApprovedPack>,
    /// The minisign public key (base64) that signs the organisation's packs, if any.
    #[serde(default)]
    pub pack_key: Option<String>,
    /// Policies.
    pub policies: Policies,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    body: ProfileBody,
    signature: String,
}

/// A profile whose signature verified against some key (which one is the caller's check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Its content.
    pub body: ProfileBody,
    /// The key that signed it (hex).
    pub signed_by: String,
    /// The file's text, as installed.
    pub text: String,
}

impl Profile {
    /// The fingerprint of the profile's signing key, to compare aloud before a first install.
    pub fn fingerprint(&self) -> String {
        signing_fingerprint(&self.body.signing_key)
    }
}

/// The fingerprint of an organisation signing key (hex): eight groups of five digits.
pub fn signing_fingerprint(key_hex: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"harbour/org-fingerprint/v1\0");
    h.update(key_hex.as_bytes());
    h.finalize()
        .chunks(4)
        .map(|c| {
            let n = u32::from_be_bytes([c[0], c[1], c[2], c[3]]) % 100_000;
            format!("{n:05}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn body_bytes(body: &ProfileBody) -> Result<Vec<u8>> {
    let mut m = PREFIX.to_vec();
    m.extend(serde_json::to_vec(body).map_err(|e| ExportError::Internal {
        action: "serialising a profile",
        detail: e.to_string(),
    })?);
    Ok(m)
}

fn key_from_hex(s: &str) -> Option<VerifyingKey> {
    let mut b = [0u8; 32];
    if s.len() != 64 || !s.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    hex::decode_to_slice(s, &mut b).ok()?;
    VerifyingKey::from_bytes(&b).ok()
}

/// Make the organisation's signing key in `dir` (`org-sign.pub`, `org-sign.key` under
/// `passphrase`). Never overwrites. Returns the public key (hex).
pub fn generate_signing_key(dir: &Path, passphrase: &SecretString) -> Result<String> {
    harbour_vault::check_policy(passphrase.expose_secret())
        .map_err(|e| ExportError::WeakKeyPassphrase(e.to_string()))?;
    std::fs::create_dir_all(dir).map_err(io_err("creating the folder", dir))?;
    let pub_path = dir.join(SIGNING_PUBLIC_FILE);
    let key_path = dir.join(SIGNING_KEY_FILE);
    for p in [&pub_path, &key_path] {
        if p.exists() {
            return Err(ExportError::KeyExists { path: p.clone() });
        }
    }
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::fill(seed.as_mut()).map_err(|e| ExportError::Internal {
        action: "making the signing key",
        detail: e.to_string(),
    })?;
    let key = SigningKey::from_bytes(&seed);
    let public = hex::encode(key.verifying_key().to_bytes());
    let plain = Zeroizing::new(format!(
        "# Harbour organisation signing key\n# public key: {public}\n{}\n",
        hex::encode(seed.as_ref())
    ));
    let mut sealed = Vec::new();
    {
        let e = io_err("encrypting the key for", &key_path);
        let armor =
            age::armor::ArmoredWriter::wrap_output(&mut sealed, age::armor::Format::AsciiArmor)
                .map_err(&e)?;
        let mut w = age::Encryptor::with_user_passphrase(passphrase.clone())
            .wrap_output(armor)
            .map_err(&e)?;
        w.write_all(plain.as_bytes()).map_err(&e)?;
        w.finish().and_then(|a| a.finish()).map_err(&e)?;
    }
    // The signing key is owner-only on Unix, like the organisation's other secret keys.
    crate::keys::write_new(&key_path, &sealed, 0o600)?;
    crate::keys::write_new(&pub_path, format!("{public}\n").as_bytes(), 0o644)?;
    Ok(public)
}

/// Open the signing key file with its passphrase.
pub fn read_signing_key(path: &Path, passphrase: &SecretString) -> Result<SigningKey> {
    let bad = |detail: &str| ExportError::BadIdentityFile {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    };
    let bytes = std::fs::read(path).map_err(io_err("reading the signing key", path))?;
    let decryptor = age::Decryptor::new(age::armor::ArmoredReader::new(&bytes[..]))
        .map_err(|_| bad("not an age file"))?;
    if !decryptor.is_scrypt() {
        return Err(bad("not protected by a passphrase"));
    }
    let scrypt = age::scrypt::Identity::new(passphrase.clone());
    let mut stream = decryptor
        .decrypt(std::iter::once(&scrypt as &dyn age::Identity))
        .map_err(|_| ExportError::WrongKeyPassphrase {
            path: path.to_path_buf(),
        })?;
    let mut text = Zeroizing::new(String::new());
    stream
        .read_to_string(&mut text)
        .map_err(|_| bad("damaged content"))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or_else(|| bad("no key inside"))?;
    let mut seed = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(line, seed.as_mut()).map_err(|_| bad("not a signing key"))?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Sign a profile with the organisation's current signing key (the one the devices have
/// installed; `body.signing_key` may name a new one, for a rotation) and write it to `out`.
pub fn write_profile(body: &ProfileBody, key: &SigningKey, out: &Path) -> Result<()> {
    check_body(out, body)?;
    let sig = key.sign(&body_bytes(body)?);
    let file = ProfileFile {
        body: body.clone(),
        signature: hex::encode(sig.to_bytes()),
    };
    let mut text = serde_json::to_vec_pretty(&file).map_err(|e| ExportError::Internal {
        action: "serialising a profile",
        detail: e.to_string(),
    })?;
    text.push(b'\n');
    crate::keys::write_new(out, &text, 0o644)
}

fn check_body(path: &Path, b: &ProfileBody) -> Result<()> {
    let bad = |detail: &str| ExportError::BadProfile {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    if b.format != PROFILE_FORMAT || b.format_version != 1 {
        return Err(bad("not a profile of this version"));
    }
    let token = |s: &str| {
        !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
    };
    if !token(&b.org_id) {
        return Err(bad("the organisation id is not a short token"));
    }
    if b.name.trim().is_empty()
        || b.name.chars().count() > 200
        || b.name.chars().any(char::is_control)
    {
        return Err(bad(
            "the organisation name is empty, too long or holds control characters",
        ));
    }
    if b.serial == 0 || !crate::fields::is_timestamp(&b.issued_at) {
        return Err(bad("the serial or the time is not valid"));
    }
    parse_recipients(&b.recipients.join("\n")).map_err(|_| bad("a recipient is not an age key"))?;
    if key_from_hex(&b.signing_key).is_none() {
        return Err(bad("the signing key is not an Ed25519 key"));
    }
    if !matches!(b.policies.retention_after_export.as_str(), "keep" | "purge") {
        return Err(bad("the retention policy is not keep or purge"));
    }
    if let Some(k) = &b.pack_key {
        if minisign::PublicKey::from_base64(k).is_err() {
            return Err(bad("the pack key is not a minisign public key"));
        }
    }
    for p in &b.packs {
        if !token(&p.id)
            || !token(&p.version)
            || p.sha256.len() != 64
            || !p
                .sha256
                .bytes()
                .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(bad("an approved pack is not id, version and sha256"));
        }
    }
    Ok(())
}

/// Check that the file at `path` is a well-formed profile (size, format, every field), without
/// a vault: which key must have signed it depends on the device ([`read_profile_for`]). The
/// CLI calls it before unlocking, so a malformed file leaves the vault untouched.
pub fn check_profile_file(path: &Path) -> Result<()> {
    read_checked(path).map(|_| ())
}

/// The file's text and content, its size, format and fields checked (not its signature).
fn read_checked(path: &Path) -> Result<(String, ProfileFile)> {
    let bad = |detail: &str| ExportError::BadProfile {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    let size = std::fs::metadata(path)
        .map_err(io_err("reading", path))?
        .len();
    if size > MAX_PROFILE_BYTES {
        return Err(bad("too large"));
    }
    let text = std::fs::read_to_string(path).map_err(io_err("reading", path))?;
    let file: ProfileFile =
        serde_json::from_str(&text).map_err(|_| bad("not an organisation profile"))?;
    check_body(path, &file.body)?;
    Ok((text, file))
}

/// Read a profile file and check its format and that `signer` (hex; `None`: the profile's own
/// key, for a first install) signed it.
fn read_signed(path: &Path, signer: Option<&str>) -> Result<Profile> {
    let bad = |detail: &str| ExportError::BadProfile {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    let (text, file) = read_checked(path)?;
    let signer = signer.unwrap_or(&file.body.signing_key).to_string();
    let key = key_from_hex(&signer).ok_or_else(|| bad("the signing key is not valid"))?;
    let sig = hex::decode(&file.signature)
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok())
        .ok_or_else(|| bad("the signature is not valid"))?;
    if key.verify_strict(&body_bytes(&file.body)?, &sig).is_err() {
        return Err(ExportError::ProfileNotTrusted {
            path: path.to_path_buf(),
        });
    }
    Ok(Profile {
        body: file.body,
        signed_by: signer,
        text,
    })
}

/// The profile installed on this device, if any.
pub fn installed_profile(vault: &Vault) -> Result<Option<ProfileBody>> {
    let Some(text) = vault.setting(PROFILE_SETTING)? else {
        return Ok(None);
    };
    let file: ProfileFile = serde_json::from_str(&text).map_err(|e| ExportError::Internal {
        action: "reading the installed profile",
        detail: e.to_string(),
    })?;
    Ok(Some(file.body))
}

/// Read a profile to show before installing: for a first install (nothing installed) it is
/// checked against its own key, whose fingerprint the person must compare; otherwise it must
/// be signed by the installed profile's key. Nothing is written.
pub fn read_profile_for(vault: &Vault, path: &Path) -> Result<Profile> {
    match installed_profile(vault)? {
        None => read_signed(path, None),
        Some(current) => read_signed(path, Some(&current.signing_key)),
    }
}

/// Install a profile on this device (supervisor only). A first install needs
/// `confirmed_fingerprint` to match the profile's signing key; a later profile must be signed
/// by the installed one's key, name the same organisation and have a higher serial. Installs
/// the recipients as the organisation key (and recovery slot) and the retention policy.
pub fn install_profile(
    vault: &mut Vault,
    path: &Path,
    confirmed_fingerprint: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Profile> {
    vault.require_supervisor("installing the organisation profile")?;
    let current = installed_profile(vault)?;
    let profile = read_profile_for(vault, path)?;
    match &current {
        None => {
            let given = confirmed_fingerprint.unwrap_or_default();
            if !harbour_vault::fingerprints_match(given, &profile.fingerprint()) {
                return Err(ExportError::FingerprintMismatch {
                    actual: profile.fingerprint(),
                });
            }
        }
        Some(c) => {
            if c.org_id != profile.body.org_id {
                return Err(ExportError::BadProfile {
                    path: path.to_path_buf(),
                    detail: "it is for another organisation".into(),
                });
            }
            if profile.body.serial <= c.serial {
                return Err(ExportError::BadProfile {
                    path: path.to_path_buf(),
                    detail: format!(
                        "serial {} is not newer than the installed {}",
                        profile.body.serial, c.serial
                    ),
                });
            }
        }
    }
    let text = profile.body.recipients.join("\n");
    crate::keys::install_recipients(vault, &text, now)?;
    vault.set_setting(
        crate::RETENTION_SETTING,
        &profile.body.policies.retention_after_export,
        now,
    )?;
    vault.set_setting(PROFILE_SETTING, &profile.text, now)?;
    Ok(profile)
}

/// A signing key's public key, hex (as a profile names it).
pub fn public_hex(key: &SigningKey) -> String {
    hex::encode(key.verifying_key().to_bytes())
}

/// Where `harbour org init` put the signing files.
pub fn signing_files(dir: &Path) -> (PathBuf, PathBuf) {
    (dir.join(SIGNING_PUBLIC_FILE), dir.join(SIGNING_KEY_FILE))
}
