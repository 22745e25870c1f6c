//! Where a bundle can go and where bundles can be found: removable drives (USB sticks, SD
//! cards) and the Documents folder, so nobody has to type a path.
//!
//! Harbour lists these itself rather than opening the system file dialog: the dialog would
//! need a plugin and wider webview permissions, and on Linux GTK's chooser records the files
//! it opens in `recently-used.xbel`, a trace a lost laptop should not hold.

use std::path::{Path, PathBuf};

/// Overrides where removable drives are mounted (a path list, like `PATH`). For tests, and
/// for a site that mounts its drives somewhere unusual.
pub const MEDIA_ROOTS_ENV: &str = "HARBOUR_MEDIA_ROOTS";

/// The most bundles listed for import, newest first.
const MAX_FOUND: usize = 50;

/// A folder offered as a destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// What the user sees: the drive's label (its mount folder's name) or drive letter.
    pub label: String,
    pub path: PathBuf,
}

/// The folders under which this system mounts removable drives.
pub fn media_roots() -> Vec<PathBuf> {
    roots_from(std::env::var_os(MEDIA_ROOTS_ENV))
}

/// The removable drives mounted now. Under the platform's own roots only real mount points
/// on another device than the system's count: a plain folder such as `/mnt/backup` or
/// `/media/cdrom` on the system disk is not a drive, and offering it as one would put a
/// bundle on the laptop's own disk. Roots given by `HARBOUR_MEDIA_ROOTS` are taken as they
/// are (a site's own mount folders, and the tests).
pub fn drives() -> Vec<Place> {
    let overridden = std::env::var_os(MEDIA_ROOTS_ENV).is_some();
    let places = removable_places(&media_roots());
    if overridden {
        places
    } else {
        places
            .into_iter()
            .filter(|p| is_separate_mount(&p.path))
            .collect()
    }
}

/// A folder that is the root of a file system other than the system's: its device differs
/// from its parent's and from `/`'s.
#[cfg(unix)]
pub(crate) fn is_separate_mount(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let dev = |p: &Path| std::fs::metadata(p).map(|m| m.dev()).ok();
    let (Some(own), Some(system)) = (dev(path), dev(Path::new("/"))) else {
        return false;
    };
    let parent = path.parent().and_then(dev);
    own != system && parent.is_some_and(|p| p != own)
}

/// Windows lists drive letters other than the system drive; nothing more to check here.
#[cfg(not(unix))]
pub(crate) fn is_separate_mount(_path: &Path) -> bool {
    true
}

/// `override_list` (a path list) when given, else the platform's usual roots.
fn roots_from(override_list: Option<std::ffi::OsString>) -> Vec<PathBuf> {
    match override_list {
        Some(list) => std::env::split_paths(&list)
            .filter(|p| !p.as_os_str().is_empty())
            .collect(),
        None => platform_roots(),
    }
}

#[cfg(target_os = "macos")]
fn platform_roots() -> Vec<PathBuf> {
    vec![PathBuf::from("/Volumes")]
}

#[cfg(windows)]
fn platform_roots() -> Vec<PathBuf> {
    // Each drive root is itself a place (see `removable_places`); the system drive is not
    // removable.
    let system = std::env::var("SystemDrive")
        .unwrap_or_else(|_| "C:".into())
        .to_ascii_uppercase();
    (b'A'..=b'Z')
        .map(|l| format!("{}:", l as char))
        .filter(|d| *d != system)
        .map(|d| PathBuf::from(format!("{d}\\")))
        .collect()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn platform_roots() -> Vec<PathBuf> {
    // udisks mounts at /media/<user>/<label> (Debian, Ubuntu) or /run/media/<user>/<label>
    // (Fedora, Arch); older setups and manual mounts use /media/<label> and /mnt/<label>.
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_default();
    let mut roots = Vec::new();
    if !user.is_empty() {
        roots.push(Path::new("/media").join(&user));
        roots.push(Path::new("/run/media").join(&user));
    }
    roots.push(PathBuf::from("/media"));
    roots.push(PathBuf::from("/mnt"));
    roots
}

/// The removable drives mounted under `roots`: each writable-looking folder directly inside
/// a root (a mounted drive), or the root itself when it is a drive root (`D:\`). Hidden
/// folders, other roots and the system volume are left out. Sorted by label, no duplicates.
pub fn removable_places(roots: &[PathBuf]) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    for root in roots {
        if is_drive_root(root) {
            if root.is_dir() {
                out.push(Place {
                    label: root.display().to_string(),
                    path: root.clone(),
                });
            }
            continue;
        }
        let Ok(entries) = std::fs::read_dir(root) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || roots.iter().any(|r| r == &path) || !path.is_dir() {
                continue;
            }
            // macOS lists the system volume in /Volumes as a link to "/".
            if std::fs::canonicalize(&path).is_ok_and(|p| p.parent().is_none()) {
                continue;
            }
            if std::fs::metadata(&path).is_ok_and(|m| m.permissions().readonly()) {
                continue;
            }
            out.push(Place { label: name, path });
        }
    }
    out.sort_by(|a, b| a.label.cmp(&b.label).then_with(|| a.path.cmp(&b.path)));
    out.dedup_by(|a, b| a.path == b.path);
    out
}

fn is_drive_root(p: &Path) -> bool {
    let s = p.as_os_str().to_string_lossy();
    let b = s.as_bytes();
    (b.len() == 2 || (b.len() == 3 && (b[2] == b'\\' || b[2] == b'/')))
        && b[0].is_ascii_alphabetic()
        && b[1] == b':'
}

/// Harbour bundles (`*.harbour`) directly inside `folders`, newest first, at most
/// [`MAX_FOUND`]. Only names and dates are read, never contents.
pub fn bundles_in(folders: &[PathBuf]) -> Vec<PathBuf> {
    files_in(folders, &["harbour"])
}

/// Organisation profile files (`*.harbour-profile`, or `*.json` with `profile` in the
/// name, as `harbour org profile --out` is usually given) directly inside `folders`.
pub fn profiles_in(folders: &[PathBuf]) -> Vec<PathBuf> {
    files_in(folders, &["harbour-profile", "json"])
        .into_iter()
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            name.ends_with(".harbour-profile") || name.contains("profile")
        })
        .collect()
}

/// Files whose extension is one of `extensions` directly inside `folders`, newest first, at
/// most [`MAX_FOUND`]. Only names and dates are read, never contents.
fn files_in(folders: &[PathBuf], extensions: &[&str]) -> Vec<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let wanted = path
                .extension()
                .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)));
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            if wanted && meta.is_file() {
                let when = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                found.push((when, path));
            }
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found.dedup_by(|a, b| a.1 == b.1);
    found.into_iter().take(MAX_FOUND).map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drives_under_a_root_are_places_and_hidden_or_nested_roots_are_not() {
        let dir = tempfile::tempdir().expect("tmp");
        let media = dir.path().join("media");
        let user = media.join("field");
        for d in ["KINGSTON", "SD CARD", ".hidden"] {
            std::fs::create_dir_all(user.join(d)).expect("mkdir");
        }
        std::fs::create_dir_all(media.join("cdrom")).expect("mkdir");
        std::fs::write(user.join("not-a-drive.txt"), b"x").expect("write");
        let roots = vec![user.clone(), media.clone(), dir.path().join("missing")];
        let places = removable_places(&roots);
        let labels: Vec<&str> = places.iter().map(|p| p.label.as_str()).collect();
        // `field` is itself a root, so it is not offered as a drive.
        assert_eq!(labels, ["KINGSTON", "SD CARD", "cdrom"]);
        assert_eq!(places[0].path, user.join("KINGSTON"));
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_on_the_system_disk_is_not_a_drive() {
        let dir = tempfile::tempdir().expect("tmp");
        let plain = dir.path().join("backup");
        std::fs::create_dir(&plain).expect("mkdir");
        assert!(
            !is_separate_mount(&plain),
            "a plain folder is not a mount point"
        );
        assert!(
            !is_separate_mount(Path::new("/")),
            "the system root is not a drive"
        );
        assert!(!is_separate_mount(Path::new("/no/such/folder")));
    }

    #[test]
    fn drive_letters_are_recognised() {
        assert!(is_drive_root(Path::new("D:\\")));
        assert!(is_drive_root(Path::new("e:")));
        assert!(!is_drive_root(Path::new("/media")));
        assert!(!is_drive_root(Path::new("D:\\x")));
    }

    #[test]
    fn bundles_are_found_newest_first_and_nothing_else() {
        let dir = tempfile::tempdir().expect("tmp");
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::fs::create_dir_all(&a).expect("mkdir");
        std::fs::create_dir_all(&b).expect("mkdir");
        let old = a.join("harbour-2026-01-01-000000.harbour");
        let new = b.join("harbour-2026-02-01-000000.HARBOUR");
        std::fs::write(&old, b"age").expect("write");
        std::fs::write(a.join("notes.txt"), b"x").expect("write");
        std::fs::create_dir_all(a.join("folder.harbour")).expect("mkdir");
        let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(earlier))
            .expect("set mtime");
        std::fs::write(&new, b"age").expect("write");
        let found = bundles_in(&[a.clone(), b.clone(), a.clone(), dir.path().join("gone")]);
        assert_eq!(found, vec![new, old]);
    }

    #[test]
    fn a_path_list_overrides_the_platform_roots() {
        let dir = tempfile::tempdir().expect("tmp");
        let list =
            std::env::join_paths([dir.path().join("x"), dir.path().join("y")]).expect("join");
        assert_eq!(
            roots_from(Some(list)),
            vec![dir.path().join("x"), dir.path().join("y")]
        );
        assert_eq!(roots_from(None), platform_roots());
        assert!(!platform_roots().is_empty());
    }
}
