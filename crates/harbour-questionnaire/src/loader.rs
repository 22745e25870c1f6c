//! The only module that touches the file system: reads a pack's files and hands them to the
//! (pure) validator.

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{PackError, ReadError};
use crate::model::Questionnaire;
use crate::validate::{
    validate_sources, IndicatorCatalogue, LocaleSource, PackSources, RulesCatalogue,
};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest `questionnaire.toml` read (the shipped pack's is 30 KB).
pub const MAX_QUESTIONNAIRE_BYTES: u64 = 4 * 1024 * 1024;
/// The largest locale file of a pack read (the shipped ones are under 70 KB).
pub const MAX_LOCALE_BYTES: u64 = 2 * 1024 * 1024;
/// The largest answers file read (a whole interview's answers take a few KB).
pub const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// Reads a UTF-8 regular file of at most `cap` bytes. The size is checked on the file's
/// metadata before anything is read, and the read itself stops past the cap (the file may
/// grow meanwhile), so a huge file never reaches memory.
pub fn read_capped(path: &Path, cap: u64, what: &'static str) -> Result<String, ReadError> {
    let unreadable = |e: std::io::Error| ReadError::Unreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let too_large = |size| ReadError::TooLarge {
        path: path.to_path_buf(),
        size,
        cap,
        what,
    };
    // Only regular files: opening a FIFO would block until someone writes to it, and a
    // device such as /dev/zero never ends.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(ReadError::Unreadable {
            path: path.to_path_buf(),
            message: "not a regular file".into(),
        });
    }
    if meta.len() > cap {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > cap {
        return Err(too_large(read));
    }
    String::from_utf8(bytes).map_err(|_| {
        unreadable(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}

/// Reads an answers file (see [`crate::answers_file`]), at most [`MAX_ANSWERS_BYTES`].
pub fn read_answers_text(path: &Path) -> Result<String, ReadError> {
    read_capped(path, MAX_ANSWERS_BYTES, "answers files")
}

/// A size in bytes as people read it: `4 MiB`, `512 KiB`, `100 bytes`.
pub(crate) fn size_text(bytes: u64) -> String {
    // Whole MiB are multiples of 2^20, whole KiB of 2^10.
    match bytes.trailing_zeros() {
        20.. if bytes > 0 => format!("{} MiB", bytes >> 20),
        10.. if bytes > 0 => format!("{} KiB", bytes >> 10),
        _ => format!("{bytes} bytes"),
    }
}

/// The diagnostic for a file of a pack that was not read.
pub(crate) fn read_diagnostic(e: &ReadError, help: &str) -> Diagnostic {
    match e {
        ReadError::Unreadable { .. } => Diagnostic {
            code: Code::Unreadable,
            location: None,
            message: e.to_string(),
            help: Some(help.into()),
        },
        // No location: the file is never read, not even to show where.
        ReadError::TooLarge { .. } => Diagnostic {
            code: Code::FileTooLarge,
            location: None,
            message: e.to_string(),
            help: Some(
                "no pack file comes near this size: check that this is the right file".into(),
            ),
        },
    }
}

/// Validates the pack in `pack_dir` (`questionnaire.toml` + `locales/*.ftl`) against the
/// rules' indicator catalogue. The questionnaire is `Some` only when there are no errors.
pub fn validate(pack_dir: &Path) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    validate_with(pack_dir, &RulesCatalogue)
}

/// [`validate`] with another indicator catalogue (tests, or a future rule-set).
pub fn validate_with(
    pack_dir: &Path,
    catalogue: &dyn IndicatorCatalogue,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    match read_pack(pack_dir) {
        Ok(sources) => validate_sources(&sources, catalogue),
        Err(d) => (None, vec![d]),
    }
}

/// Reads a pack's files. Fails only when `questionnaire.toml` cannot be read (or is larger
/// than [`MAX_QUESTIONNAIRE_BYTES`]); a locale file that cannot be read (or is larger than
/// [`MAX_LOCALE_BYTES`]) comes back as its error.
pub fn read_pack(pack_dir: &Path) -> Result<PackSources, Diagnostic> {
    let toml_path = pack_dir.join("questionnaire.toml");
    let toml = read_capped(
        &toml_path,
        MAX_QUESTIONNAIRE_BYTES,
        "questionnaire.toml files",
    )
    .map_err(|e| {
        read_diagnostic(
            &e,
            "a pack is a directory holding questionnaire.toml and locales/<lang>.ftl",
        )
    })?;
    let mut locales = Vec::new();
    let locale_dir = pack_dir.join("locales");
    if let Ok(entries) = std::fs::read_dir(&locale_dir) {
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        for path in paths {
            let lang = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = read_capped(&path, MAX_LOCALE_BYTES, "locale files");
            locales.push(LocaleSource { lang, path, text });
        }
    }
    Ok(PackSources {
        toml_path,
        toml,
        locales,
    })
}

/// Loads every pack under `questionnaires_dir` (each sub-directory holding a
/// `questionnaire.toml`), in directory-name order. A broken pack does not stop the others:
/// it comes back as an error with its diagnostics.
pub fn load_all(questionnaires_dir: &Path) -> Vec<Result<Questionnaire, PackError>> {
    let mut dirs: Vec<PathBuf> = match std::fs::read_dir(questionnaires_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("questionnaire.toml").is_file())
            .collect(),
        Err(e) => {
            return vec![Err(PackError {
                path: questionnaires_dir.to_path_buf(),
                diagnostics: vec![Diagnostic {
                    code: Code::Unreadable,
                    location: None,
                    message: format!("cannot read {}: {e}", questionnaires_dir.display()),
                    help: None,
                }],
            })]
        }
    };
    dirs.sort();
    dirs.into_iter()
        .map(|dir| match validate(&dir) {
            (Some(q), _) => Ok(q),
            (None, diagnostics) => Err(PackError {
                path: dir,
                diagnostics,
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_a_fifo_or_a_directory_is_not_read() {
        // /dev/zero never ends; a FIFO would block the open itself.
        for path in ["/dev/zero", "/tmp"] {
            let path = Path::new(path);
            if path.exists() {
                let e = read_capped(path, 1024, "tests").expect_err("not a file");
                assert_eq!(
                    e.to_string(),
                    format!("cannot read {}: not a regular file", path.display())
                );
            }
        }
    }

    #[test]
    fn a_file_over_the_cap_is_refused_and_one_at_the_cap_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f.toml");
        std::fs::write(&path, "x".repeat(100)).expect("write");
        assert_eq!(read_capped(&path, 100, "tests").map(|t| t.len()), Ok(100));
        assert!(matches!(
            read_capped(&path, 99, "tests"),
            Err(ReadError::TooLarge {
                size: 100,
                cap: 99,
                ..
            })
        ));
        std::fs::write(&path, [0xff, 0xfe]).expect("write");
        let e = read_capped(&path, 100, "tests").expect_err("not UTF-8");
        assert!(
            e.to_string()
                .ends_with("stream did not contain valid UTF-8"),
            "{e}"
        );
        assert_eq!(size_text(4 * 1024 * 1024), "4 MiB");
        assert_eq!(size_text(512 * 1024), "512 KiB");
        assert_eq!(size_text(100), "100 bytes");
    }
}
