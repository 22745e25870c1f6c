//! Process hardening done once, first thing at start-up: no core dump can hold the vault's
//! key or decrypted pages after a crash.
//!
//! On Unix the core-file size limit goes to 0 (soft and hard, so nothing in the process can
//! raise it again; children such as WebKit's web process inherit it). On Linux the process
//! is also marked not dumpable (`PR_SET_DUMPABLE` 0), which stops systemd-coredump and
//! apport, which ignore the size limit when `core_pattern` pipes to them, and stops other
//! processes of the same user from reading its memory through `/proc` or ptrace. Both go
//! through `rustix`'s safe wrappers: this crate forbids `unsafe`.

/// Why hardening failed; start-up goes on (the vault still works), the failure is reported.
#[derive(Debug, thiserror::Error)]
pub enum HardenError {
    /// `setrlimit(RLIMIT_CORE, 0)` failed.
    #[error("could not disable core dumps: {0}")]
    CoreLimit(std::io::Error),
    /// `prctl(PR_SET_DUMPABLE, 0)` failed.
    #[error("could not mark the process not dumpable: {0}")]
    Dumpable(std::io::Error),
}

/// Disable core dumps for this process and its children.
#[cfg(unix)]
pub fn disable_core_dumps() -> Result<(), HardenError> {
    use rustix::process::{setrlimit, Resource, Rlimit};
    setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    )
    .map_err(|e| HardenError::CoreLimit(e.into()))?;
    #[cfg(any(target_os = "linux", target_os = "android"))]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
        .map_err(|e| HardenError::Dumpable(e.into()))?;
    Ok(())
}

/// Windows writes no core files by itself (Windows Error Reporting's local dumps are off
/// unless an administrator turns them on); nothing to do here yet.
#[cfg(not(unix))]
pub fn disable_core_dumps() -> Result<(), HardenError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn after_start_up_hardening_no_core_file_can_be_written() {
        disable_core_dumps().expect("hardening");
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!(limit.current, Some(0), "soft core limit");
        assert_eq!(limit.maximum, Some(0), "hard core limit");
        #[cfg(target_os = "linux")]
        assert_eq!(
            rustix::process::dumpable_behavior().expect("prctl"),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
