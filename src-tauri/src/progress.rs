//! The progress of an export, kept apart from the vault lock so the UI can poll it while the
//! export holds the vault.

use crate::error::IpcError;
use crate::transfer_dto::ExportProgressDto;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The progress of the export under way, readable without the vault lock.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    pub(crate) running: AtomicBool,
}

impl Progress {
    pub(crate) fn set(&self, done: usize, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> ExportProgressDto {
        ExportProgressDto {
            done: u32::try_from(self.done.load(Ordering::Relaxed)).unwrap_or(u32::MAX),
            total: u32::try_from(self.total.load(Ordering::Relaxed)).unwrap_or(u32::MAX),
            running: self.running.load(Ordering::Relaxed),
        }
    }
}

/// Marks an export as running while it lives.
pub(crate) struct Running<'a>(&'a Progress);

impl<'a> Running<'a> {
    pub(crate) fn start(p: &'a Progress) -> Result<Self, IpcError> {
        if p.running
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return Err(IpcError::new(
                "error-export-running",
                "an export is already running",
            ));
        }
        p.set(0, 0);
        Ok(Running(p))
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::Release);
    }
}
