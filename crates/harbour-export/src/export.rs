//! Encrypted export: cases streamed through the age encryptor into a temporary file beside
//! the destination, then fsync and rename. No plaintext ever reaches the disk: each case is
//! serialised in memory (in a buffer wiped after use) and written straight into the
//! encryptor, which writes only ciphertext.

use crate::bundle::{audit_by_case, sha256_hex, CaseRecord};
use crate::device::{signature_line, signer};
use crate::error::{io_err, ExportError, Result};
use crate::keys::Recipient;
use crate::manifest::{header_line, Manifest, ManifestBuilder, PAD_TO};
use crate::select::{select_cases, CaseSelection};
use chrono::{DateTime, Utc};
use harbour_vault::{AuditEvent, Vault};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The vault setting that says what happens to cases after an encrypted export:
/// `keep` (default) or `purge`.
pub const RETENTION_SETTING: &str = "retention_after_export";

/// What to export and to whom.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The organisation public keys (at least one).
    pub recipients: Vec<Recipient>,
    /// Which cases.
    pub selection: CaseSelection,
    /// The bundle file to create (never overwritten).
    pub out: PathBuf,
    /// The time of the export (audit, manifest).
    pub now: DateTime<Utc>,
}

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    /// The bundle written.
    pub path: PathBuf,
    /// The manifest inside it.
    pub manifest: Manifest,
    /// How many cases were purged from the vault afterwards (retention setting).
    pub purged: usize,
}

/// Export the selected cases to an age-encrypted bundle for `opts.recipients`, then audit
/// `Exported`, mark the cases exported and, if the vault's `retention_after_export` setting
/// is `purge`, purge them (audited `Purged`). `progress(done, total)` is called after each
/// case.
pub fn export_bundle(
    vault: &mut Vault,
    opts: &ExportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ExportReport> {
    vault.require_supervisor("exporting cases")?;
    if opts.recipients.is_empty() {
        return Err(ExportError::NoRecipients);
    }
    let cases = select_cases(vault, &opts.selection)?;
    if cases.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    if opts.out.exists() {
        return Err(ExportError::OutputExists {
            path: opts.out.clone(),
        });
    }
    let device = signer(vault, &opts.recipients)?;
    let audit = audit_by_case(vault)?;
    let dir = parent_dir(&opts.out);
    let tmp = owner_only(
        tempfile::Builder::new()
            .prefix(".harbour-export-")
            .suffix(".part"),
    )
    .tempfile_in(&dir)
    .map_err(io_err("creating a temporary file in", &dir))?;
    let werr = io_err("writing the bundle", &opts.out);
    let encryptor =
        age::Encryptor::with_recipients(opts.recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| ExportError::Internal {
            action: "preparing the encryption",
            detail: e.to_string(),
        })?;
    let mut writer = encryptor
        .wrap_output(BufWriter::with_capacity(256 * 1024, tmp.as_file()))
        .map_err(&werr)?;
    let mut written = 0usize;
    let mut put = |w: &mut dyn Write, bytes: &[u8]| -> std::io::Result<()> {
        w.write_all(bytes)?;
        w.write_all(b"\n")?;
        written += bytes.len() + 1;
        Ok(())
    };
    put(&mut writer, &header_line()).map_err(&werr)?;
    let mut manifest = ManifestBuilder::default();
    let total = cases.len();
    let empty = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let record = CaseRecord::from_vault(vault, case, audit.get(&case.id).unwrap_or(&empty))?;
        let line = record.to_line()?;
        manifest.add(&record, sha256_hex(&line));
        put(&mut writer, &line).map_err(&werr)?;
        progress(i + 1, total);
    }
    let manifest = manifest.finish(opts.now.to_rfc3339(), device);
    let mline = serde_json::to_vec(&manifest).map_err(|e| ExportError::Internal {
        action: "serialising the manifest",
        detail: e.to_string(),
    })?;
    put(&mut writer, &mline).map_err(&werr)?;
    put(&mut writer, &signature_line(vault, &mline)?).map_err(&werr)?;
    let pad = (PAD_TO - written % PAD_TO) % PAD_TO;
    writer.write_all(&vec![0u8; pad]).map_err(&werr)?;
    let buf = writer.finish().map_err(&werr)?;
    buf.into_inner()
        .map_err(|e| ExportError::Io {
            action: "writing the bundle",
            path: opts.out.clone(),
            source: e.into_error(),
        })?
        .sync_all()
        .map_err(&werr)?;
    tmp.persist_noclobber(&opts.out)
        .map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => ExportError::OutputExists {
                path: opts.out.clone(),
            },
            _ => ExportError::Io {
                action: "saving the bundle as",
                path: opts.out.clone(),
                source: e.error,
            },
        })?;
    sync_dir(&dir);

    let ids: Vec<String> = cases.iter().map(|c| c.id.clone()).collect();
    vault.audit(AuditEvent::Exported { cases: ids.len() }, None, opts.now)?;
    // Each case remembers where a copy of it went, for a withdrawal of consent to tell.
    let copy = crate::summary::copy_place(&opts.out);
    vault.audit_each(&AuditEvent::BundleWritten { copy }, &ids, opts.now)?;
    vault.mark_exported(&ids, opts.now)?;
    let purged = if vault.setting(RETENTION_SETTING)?.as_deref() == Some("purge") {
        vault.purge_cases(&ids, opts.now)?
    } else {
        0
    };
    Ok(ExportReport {
        path: opts.out.clone(),
        manifest,
        purged,
    })
}

/// The folder a file goes in (`.` for a bare file name).
pub(crate) fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Files people carry away (bundles, summaries, statistics) are owner-only on Unix, set on
/// the temporary file before a byte is written, so the renamed file never had wider rights.
/// (tempfile's default is already 0600; this says so rather than relying on it.)
pub(crate) fn owner_only<'a, 'b>(
    b: &'b mut tempfile::Builder<'a, 'a>,
) -> &'b mut tempfile::Builder<'a, 'a> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        b
    }
}

/// Make a rename durable (best effort: not every platform can open a folder).
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}
