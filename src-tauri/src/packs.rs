//! The questionnaire packs the app offers, and why the others are not offered.
//!
//! Two kinds of folder. A pack that **ships with the app** (the app's resource folder, the
//! `questionnaires/` folder beside the executable, or the repository's in a debug build) is
//! trusted as the app itself is. A pack from **any other folder** (`HARBOUR_QUESTIONNAIRES_DIR`,
//! `<data dir>/packs`) is offered only when its minisign signature verifies against the pack
//! key of the installed organisation profile and its id, version and sha256 are approved
//! there. The profile lives in the vault, so those packs are checked after each unlock (and
//! after a profile is installed); before, and when one fails, it is listed with its reason.
//!
//! Loading runs on worker threads, never on the window's: the UI shows "loading
//! questionnaires" until [`QuestionnairesDto::loading`] is false. Each pack is parsed on a
//! thread of its own, so a fault in the parser (a panic) becomes a listed problem for that
//! pack, not a crash of the app. An added pack is verified *before* it is parsed: the parser
//! never sees an unsigned file from an added folder.

use crate::dto::LocaleDto;
use crate::interview_dto::{
    PackDiagnosticDto, PackProblemDto, PackProblemReason, QuestionnaireDto, QuestionnairesDto,
};
use harbour_export::profile::ProfileBody;
use harbour_export::ExportError;
use harbour_i18n::{Catalog, LocaleInfo};
use harbour_questionnaire::Questionnaire;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

/// The folder of added packs inside the data folder.
pub const ADDED_PACKS_DIR: &str = "packs";

/// A loaded, validated questionnaire with its texts.
pub struct Pack {
    pub(crate) q: Questionnaire,
    pub(crate) texts: Catalog,
}

/// Where packs are looked for.
#[derive(Debug, Clone, Default)]
pub struct PackSources {
    /// The app's own packs (trusted as the app is), if the app found its folder.
    pub shipped: Option<PathBuf>,
    /// Folders of added packs: offered only when signed and approved by the profile.
    pub checked: Vec<PathBuf>,
    /// Also offer shipped packs whose folder starts with `_` (test packs).
    pub include_test_packs: bool,
}

/// How a pack folder is turned into a [`Pack`]: [`load_pack`] in the app; tests swap in a
/// loader that fails on purpose.
pub type Loader = Arc<dyn Fn(&Path) -> Result<Pack, PackProblemDto> + Send + Sync>;

#[derive(Default)]
struct State {
    shipped: Vec<Arc<Pack>>,
    shipped_problems: Vec<PackProblemDto>,
    checked: Vec<Arc<Pack>>,
    checked_problems: Vec<PackProblemDto>,
    /// Loads under way (start-up, checks).
    loading: usize,
    /// The latest check started: an older one finishing late does not overwrite it.
    generation: u64,
}

/// Every pack the app knows of, filled in by worker threads.
pub struct Packs {
    sources: PackSources,
    loader: Loader,
    state: Mutex<State>,
    changed: Condvar,
}

/// Marks a load as finished when dropped, even if the thread that held it panicked, so the
/// UI never waits for ever.
struct Finished(Arc<Packs>);

impl Drop for Finished {
    fn drop(&mut self) {
        if let Ok(mut s) = self.0.state.lock() {
            s.loading = s.loading.saturating_sub(1);
        }
        self.0.changed.notify_all();
    }
}

impl Packs {
    /// Start loading the shipped packs on a worker thread and return at once.
    pub fn start(sources: PackSources) -> Arc<Packs> {
        Packs::start_with(sources, Arc::new(load_pack))
    }

    /// [`Packs::start`] with another loader (tests).
    pub fn start_with(sources: PackSources, loader: Loader) -> Arc<Packs> {
        let packs = Arc::new(Packs {
            sources,
            loader,
            state: Mutex::new(State {
                loading: 1,
                ..State::default()
            }),
            changed: Condvar::new(),
        });
        let worker = Arc::clone(&packs);
        let spawned = std::thread::Builder::new()
            .name("pack-loader".into())
            .spawn(move || {
                let done = Finished(Arc::clone(&worker));
                let folders = worker
                    .sources
                    .shipped
                    .as_deref()
                    .map(|d| pack_folders(d, worker.sources.include_test_packs))
                    .unwrap_or_default();
                let (ok, problems) = worker.load_each(&folders, |path| worker.load_isolated(path));
                if let Ok(mut s) = worker.state.lock() {
                    s.shipped = ok;
                    s.shipped_problems = problems;
                }
                drop(done);
            });
        if spawned.is_err() {
            packs.finish_without_thread();
        }
        packs
    }

    /// Check the added packs against `profile` (the installed organisation profile, if
    /// any), on a worker thread. Called after each unlock and after a profile is installed.
    pub fn check(self: &Arc<Self>, profile: Option<ProfileBody>) {
        let generation = match self.state.lock() {
            Ok(mut s) => {
                s.loading += 1;
                s.generation += 1;
                s.generation
            }
            Err(_) => return,
        };
        let worker = Arc::clone(self);
        let spawned = std::thread::Builder::new()
            .name("pack-checker".into())
            .spawn(move || {
                let done = Finished(Arc::clone(&worker));
                let folders: Vec<PathBuf> = worker
                    .sources
                    .checked
                    .iter()
                    .flat_map(|d| pack_folders(d, true))
                    .collect();
                let (ok, problems) = worker.load_each(&folders, |path| {
                    worker.check_isolated(path, profile.as_ref())
                });
                if let Ok(mut s) = worker.state.lock() {
                    if s.generation == generation {
                        s.checked = ok;
                        s.checked_problems = problems;
                    }
                }
                drop(done);
            });
        if spawned.is_err() {
            self.finish_without_thread();
        }
    }

    fn finish_without_thread(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.loading = s.loading.saturating_sub(1);
            s.shipped_problems.push(PackProblemDto {
                path: String::new(),
                reason: PackProblemReason::LoadFailed,
                diagnostics: vec!["no thread could be started to load the packs".into()],
                problems: Vec::new(),
            });
        }
        self.changed.notify_all();
    }

    fn load_each(
        &self,
        folders: &[PathBuf],
        one: impl Fn(&Path) -> Result<Pack, PackProblemDto>,
    ) -> (Vec<Arc<Pack>>, Vec<PackProblemDto>) {
        let mut ok = Vec::new();
        let mut problems = Vec::new();
        for path in folders {
            match one(path) {
                Ok(p) => ok.push(Arc::new(p)),
                Err(p) => problems.push(p),
            }
        }
        (ok, problems)
    }

    /// Load one shipped pack on a thread of its own: a panic there is this pack's problem.
    fn load_isolated(&self, path: &Path) -> Result<Pack, PackProblemDto> {
        let loader = Arc::clone(&self.loader);
        let owned = path.to_path_buf();
        isolated(path, move || loader(&owned))
    }

    /// Verify one added pack, then load it, on a thread of its own.
    fn check_isolated(
        &self,
        path: &Path,
        profile: Option<&ProfileBody>,
    ) -> Result<Pack, PackProblemDto> {
        let loader = Arc::clone(&self.loader);
        let owned = path.to_path_buf();
        let profile = profile.cloned();
        isolated(path, move || check_pack(&owned, profile.as_ref(), &*loader))
    }

    /// Wait until no load is under way, at most `limit`. Returns whether all are done. The
    /// app never waits (the UI polls `loading`); tests do.
    #[cfg(test)]
    pub fn wait_ready(&self, limit: std::time::Duration) -> bool {
        let Ok(guard) = self.state.lock() else {
            return false;
        };
        match self
            .changed
            .wait_timeout_while(guard, limit, |s| s.loading > 0)
        {
            Ok((s, _)) => s.loading == 0,
            Err(_) => false,
        }
    }

    /// Every pack loaded now: shipped first, then approved ones.
    fn all(&self) -> (Vec<Arc<Pack>>, Vec<PackProblemDto>, bool) {
        match self.state.lock() {
            Ok(s) => (
                s.shipped.iter().chain(&s.checked).cloned().collect(),
                s.shipped_problems
                    .iter()
                    .chain(&s.checked_problems)
                    .cloned()
                    .collect(),
                s.loading > 0,
            ),
            Err(_) => (Vec::new(), Vec::new(), false),
        }
    }

    /// The pack of a questionnaire id at `version`, or at its newest version when none is
    /// given (new interviews). Older versions stay loaded so that an interview begun on one
    /// resumes on the questions it started with.
    pub(crate) fn find(&self, id: &str, version: Option<&str>) -> Option<Arc<Pack>> {
        let (all, _, _) = self.all();
        find_in(&all, id, version)
    }

    /// The newest loaded version of questionnaire `id` that declares how interviews move
    /// from version `from` (for an interview whose own version is no longer available).
    pub(crate) fn migration_target(&self, id: &str, from: &str) -> Option<Arc<Pack>> {
        let (all, _, _) = self.all();
        all.into_iter()
            .filter(|p| p.q.id() == id && p.q.migration_from(from).is_some())
            .max_by(|a, b| version_order(a.q.version(), b.q.version()))
    }

    /// The questionnaires on offer (the newest version of each), titles in the staff
    /// language, the packs not offered and why, and whether loading is still under way.
    pub fn dto(&self, staff: &str) -> QuestionnairesDto {
        let (all, problems, loading) = self.all();
        let available = all
            .iter()
            .filter(|p| find_in(&all, p.q.id(), None).is_some_and(|newest| Arc::ptr_eq(&newest, p)))
            .map(|p| QuestionnaireDto {
                id: p.q.id().into(),
                version: p.q.version().into(),
                title: p.texts.localizer(staff).format(p.q.title(), None),
                languages: p
                    .q
                    .languages()
                    .iter()
                    .map(|l| LocaleDto::from(&LocaleInfo::builtin(l)))
                    .collect(),
            })
            .collect();
        QuestionnairesDto {
            available,
            problems,
            loading,
        }
    }
}

fn find_in(all: &[Arc<Pack>], id: &str, version: Option<&str>) -> Option<Arc<Pack>> {
    match version {
        Some(v) => all
            .iter()
            .find(|p| p.q.id() == id && p.q.version() == v)
            .cloned(),
        None => all
            .iter()
            .filter(|p| p.q.id() == id)
            .max_by(|a, b| version_order(a.q.version(), b.q.version()))
            .cloned(),
    }
}

/// The pack folders in `dir`, sorted; hidden ones never, test packs (`_…`) only if asked.
fn pack_folders(dir: &Path, include_test_packs: bool) -> Vec<PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().collect())
        .unwrap_or_default();
    entries.sort_by_key(|e| e.file_name());
    entries
        .into_iter()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            e.path().is_dir()
                && !name.starts_with('.')
                && (include_test_packs || !name.starts_with('_'))
        })
        .map(|e| e.path())
        .collect()
}

fn problem(path: &Path, reason: PackProblemReason, detail: impl Into<String>) -> PackProblemDto {
    PackProblemDto {
        path: path.display().to_string(),
        reason,
        diagnostics: vec![detail.into()],
        problems: Vec::new(),
    }
}

/// Run `f` on a thread of its own (with a main-thread-sized stack); a panic is a problem
/// of this pack.
fn isolated(
    path: &Path,
    f: impl FnOnce() -> Result<Pack, PackProblemDto> + Send + 'static,
) -> Result<Pack, PackProblemDto> {
    let handle = std::thread::Builder::new()
        .name("pack".into())
        .stack_size(8 * 1024 * 1024)
        .spawn(f)
        .map_err(|e| problem(path, PackProblemReason::LoadFailed, e.to_string()))?;
    handle.join().unwrap_or_else(|_| {
        Err(problem(
            path,
            PackProblemReason::LoadFailed,
            "loading this pack failed unexpectedly; the other packs are not affected",
        ))
    })
}

/// Parse and validate one pack folder.
pub fn load_pack(path: &Path) -> Result<Pack, PackProblemDto> {
    let (q, diagnostics) = harbour_questionnaire::validate(path);
    match q {
        Some(q) => {
            let mut texts = Catalog::new();
            for lang in q.languages() {
                if let Some(src) = q.ftl_source(lang) {
                    texts.add_ftl(lang, "questionnaire.ftl", src);
                }
            }
            Ok(Pack { q, texts })
        }
        None => Err(PackProblemDto {
            path: path.display().to_string(),
            reason: PackProblemReason::Invalid,
            diagnostics: diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.to_string())
                .collect(),
            problems: diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(PackDiagnosticDto::from)
                .collect(),
        }),
    }
}

/// Why a signature check failed, as a reason.
fn reason_of(e: &ExportError) -> PackProblemReason {
    match e {
        ExportError::PackUnsigned { .. } => PackProblemReason::Unsigned,
        ExportError::PackBadSignature { .. } => PackProblemReason::BadSignature,
        ExportError::PackChanged { .. } => PackProblemReason::Changed,
        _ => PackProblemReason::BadSignature,
    }
}

/// An added pack: its signature verified with the profile's pack key *before* it is
/// parsed, its content's hash approved by the profile, then loaded; the id and version it
/// declares must be the approved ones, and its files must still be the signed ones after
/// loading (so a file swapped while it was read is caught).
fn check_pack(
    path: &Path,
    profile: Option<&ProfileBody>,
    loader: &dyn Fn(&Path) -> Result<Pack, PackProblemDto>,
) -> Result<Pack, PackProblemDto> {
    let Some(profile) = profile else {
        return Err(problem(
            path,
            PackProblemReason::NoProfile,
            "no organisation profile is installed, so this pack cannot be checked",
        ));
    };
    let Some(key) = profile.pack_key.as_deref() else {
        return Err(problem(
            path,
            PackProblemReason::NotApproved,
            "the organisation profile names no pack key",
        ));
    };
    let hash = harbour_export::pack_signature::verify_pack(path, key)
        .map_err(|e| problem(path, reason_of(&e), e.to_string()))?;
    if !profile.packs.iter().any(|a| a.sha256 == hash) {
        return Err(problem(
            path,
            PackProblemReason::NotApproved,
            format!("a pack with sha256 {hash} is not approved by the organisation profile"),
        ));
    }
    let pack = loader(path)?;
    let (id, version) = (pack.q.id(), pack.q.version());
    if !profile
        .packs
        .iter()
        .any(|a| a.id == id && a.version == version && a.sha256 == hash)
    {
        return Err(problem(
            path,
            PackProblemReason::NotApproved,
            format!("{id} {version} with this content is not approved by the organisation profile"),
        ));
    }
    match harbour_export::pack_signature::verify_pack(path, key) {
        Ok(again) if again == hash => Ok(pack),
        Ok(_) => Err(problem(
            path,
            PackProblemReason::Changed,
            "its files changed while it was loaded",
        )),
        Err(e) => Err(problem(path, reason_of(&e), e.to_string())),
    }
}

/// Versions compared part by part, numerically where both parts are numbers
/// (`1.10.0` after `1.9.2`).
fn version_order(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| -> Vec<(u64, String)> {
        v.split(['.', '-'])
            .map(|p| (p.parse::<u64>().unwrap_or(0), p.to_string()))
            .collect()
    };
    parts(a).cmp(&parts(b))
}

#[cfg(test)]
#[path = "packs_tests.rs"]
pub(crate) mod tests;
