//! Signed questionnaire packs, in the minisign format. A pack is treated as files only (this
//! module knows nothing of questionnaires): `pack.manifest` lists every other file of the pack
//! as `sha256  relative/path` lines, sorted (the `sha256sum` format, so `sha256sum -c` checks
//! it too), and `pack.manifest.minisig` is a minisign signature of that file, which authors
//! can make with the common tool (`minisign -Sm pack.manifest`) or with `harbour pack sign`.
//! The pack's hash, as an organisation profile approves it, is the SHA-256 of `pack.manifest`.

use crate::error::{io_err, ExportError, Result};
use crate::profile::ProfileBody;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The listing file inside a pack.
pub const PACK_MANIFEST: &str = "pack.manifest";
/// The minisign signature of the listing.
pub const PACK_SIGNATURE: &str = "pack.manifest.minisig";
/// Most files in a pack, and the largest pack file read.
const MAX_FILES: usize = 10_000;

/// The listing of a pack's files (every file except the manifest and its signature), sorted,
/// one `sha256  path` line each with `/` separators. Symbolic links and names that are not
/// plain UTF-8 without newlines are refused.
pub fn pack_listing(dir: &Path) -> Result<String> {
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    let mut out = String::new();
    for (rel, path) in files {
        if rel == PACK_MANIFEST || rel == PACK_SIGNATURE {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(io_err("reading", &path))?;
        out.push_str(&crate::bundle::sha256_hex(&bytes));
        out.push_str("  ");
        out.push_str(&rel);
        out.push('\n');
    }
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let bad = |detail: &str| ExportError::PackChanged {
        path: root.to_path_buf(),
        detail: detail.into(),
    };
    for entry in std::fs::read_dir(dir).map_err(io_err("reading the folder", dir))? {
        let entry = entry.map_err(io_err("reading the folder", dir))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(io_err("reading", &path))?;
        if kind.is_symlink() {
            return Err(bad("it holds a symbolic link"));
        }
        let rel = path
            .strip_prefix(root)
            .ok()
            .and_then(|r| r.to_str())
            .filter(|r| !r.contains('\n'))
            .ok_or_else(|| bad("a file name is not plain text"))?
            .replace('\\', "/");
        if kind.is_dir() {
            walk(root, &path, out)?;
        } else {
            out.push((rel, path));
        }
        if out.len() > MAX_FILES {
            return Err(bad("it holds too many files"));
        }
    }
    Ok(())
}

/// The secret key file written by [`generate_pack_key`].
pub const PACK_SECRET_KEY_FILE: &str = "minisign.key";
/// The public key file written by [`generate_pack_key`].
pub const PACK_PUBLIC_KEY_FILE: &str = "minisign.pub";

/// Make a minisign key pair for signing packs in `dir`: `minisign.key` (encrypted with
/// `password`, as the minisign tool writes it) and `minisign.pub`. Never overwrites either.
/// Returns the public key (base64, as a profile's `pack_key` names it).
pub fn generate_pack_key(dir: &Path, password: String) -> Result<String> {
    let internal = |e: minisign::PError| ExportError::Internal {
        action: "making the pack key",
        detail: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(io_err("creating the folder", dir))?;
    let sk_path = dir.join(PACK_SECRET_KEY_FILE);
    let pk_path = dir.join(PACK_PUBLIC_KEY_FILE);
    for p in [&sk_path, &pk_path] {
        if p.exists() {
            return Err(ExportError::KeyExists { path: p.clone() });
        }
    }
    let kp = minisign::KeyPair::generate_encrypted_keypair(Some(password)).map_err(internal)?;
    let sk_text = zeroize::Zeroizing::new(kp.sk.to_box(None).map_err(internal)?.into_string());
    let pk_text = kp.pk.to_box().map_err(internal)?.into_string();
    // The secret key is owner-only on Unix, like the organisation's other secret keys.
    crate::keys::write_new(&sk_path, sk_text.as_bytes(), 0o600)?;
    crate::keys::write_new(&pk_path, pk_text.as_bytes(), 0o644)?;
    Ok(kp.pk.to_base64())
}

/// Sign a pack with a minisign secret key file (`password`: the key's, if encrypted): writes
/// `pack.manifest` and `pack.manifest.minisig` (replacing earlier ones). Returns the pack's
/// hash.
pub fn sign_pack(dir: &Path, secret_key: &Path, password: Option<String>) -> Result<String> {
    let bad_key = |detail: String| ExportError::BadIdentityFile {
        path: secret_key.to_path_buf(),
        detail,
    };
    let sk =
        minisign::SecretKey::from_file(secret_key, password).map_err(|e| bad_key(e.to_string()))?;
    let listing = pack_listing(dir)?;
    let sig = minisign::sign(None, &sk, Cursor::new(listing.as_bytes()), None, None)
        .map_err(|e| bad_key(e.to_string()))?;
    let m = dir.join(PACK_MANIFEST);
    std::fs::write(&m, listing.as_bytes()).map_err(io_err("writing", &m))?;
    let s = dir.join(PACK_SIGNATURE);
    std::fs::write(&s, sig.to_string()).map_err(io_err("writing", &s))?;
    Ok(crate::bundle::sha256_hex(listing.as_bytes()))
}

/// Verify a pack against a minisign public key (base64, as in a `.pub` file's second line):
/// the listing matches the files exactly and the signature verifies. Returns the pack's hash.
pub fn verify_pack(dir: &Path, public_key: &str) -> Result<String> {
    let p = || dir.to_path_buf();
    let m = dir.join(PACK_MANIFEST);
    let s = dir.join(PACK_SIGNATURE);
    if !m.exists() || !s.exists() {
        return Err(ExportError::PackUnsigned { path: p() });
    }
    let listed = std::fs::read(&m).map_err(io_err("reading", &m))?;
    let sig_text = std::fs::read_to_string(&s).map_err(io_err("reading", &s))?;
    let pk = minisign::PublicKey::from_base64(public_key.trim()).map_err(|_| {
        ExportError::PackBadSignature {
            path: p(),
            detail: "the public key is not a minisign key".into(),
        }
    })?;
    let sig = minisign::SignatureBox::from_string(&sig_text).map_err(|_| {
        ExportError::PackBadSignature {
            path: p(),
            detail: "the signature file is not a minisign signature".into(),
        }
    })?;
    minisign::verify(&pk, &sig, Cursor::new(&listed), true, false, false).map_err(|_| {
        ExportError::PackBadSignature {
            path: p(),
            detail: "the signature does not verify with the organisation's pack key".into(),
        }
    })?;
    if pack_listing(dir)?.as_bytes() != listed.as_slice() {
        return Err(ExportError::PackChanged {
            path: p(),
            detail: "its files differ from the signed listing".into(),
        });
    }
    Ok(crate::bundle::sha256_hex(&listed))
}

/// Verify a pack for use on a device: signed with the installed profile's pack key, and its
/// hash approved in the profile for this id and version.
pub fn verify_pack_for_profile(
    dir: &Path,
    profile: &ProfileBody,
    id: &str,
    version: &str,
) -> Result<String> {
    let key = profile
        .pack_key
        .as_deref()
        .ok_or_else(|| ExportError::PackBadSignature {
            path: dir.to_path_buf(),
            detail: "the organisation profile names no pack key".into(),
        })?;
    let hash = verify_pack(dir, key)?;
    if !profile
        .packs
        .iter()
        .any(|a| a.id == id && a.version == version && a.sha256 == hash)
    {
        return Err(ExportError::PackChanged {
            path: dir.to_path_buf(),
            detail: format!("{id} {version} with this content is not approved by the organisation"),
        });
    }
    Ok(hash)
}
