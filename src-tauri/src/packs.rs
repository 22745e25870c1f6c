//! The questionnaire packs the app offers: loaded and validated once at start-up. A broken
//! pack is listed with its file and problems; the others still work.

use crate::dto::LocaleDto;
use crate::interview_dto::{
    PackDiagnosticDto, PackProblemDto, QuestionnaireDto, QuestionnairesDto,
};
use harbour_i18n::{Catalog, LocaleInfo};
use harbour_questionnaire::Questionnaire;
use std::path::Path;

/// A loaded, validated questionnaire with its texts.
pub struct Pack {
    pub(crate) q: Questionnaire,
    pub(crate) texts: Catalog,
}

/// Every pack found at start-up: the good ones, and the problems of the broken ones.
#[derive(Default)]
pub struct Packs {
    pub(crate) ok: Vec<Pack>,
    pub(crate) problems: Vec<PackProblemDto>,
}

impl Packs {
    /// Load every pack folder in `dir` (sorted). A broken pack is reported with its file and
    /// reasons; the others still load.
    pub fn load(dir: Option<&Path>, include_test_packs: bool) -> Packs {
        let mut packs = Packs::default();
        let Some(dir) = dir else { return packs };
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.flatten().collect())
            .unwrap_or_default();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if !path.is_dir()
                || (name.starts_with('_') && !include_test_packs)
                || name.starts_with('.')
            {
                continue;
            }
            let (q, diagnostics) = harbour_questionnaire::validate(&path);
            match q {
                Some(q) => {
                    let mut texts = Catalog::new();
                    for lang in q.languages() {
                        if let Some(src) = q.ftl_source(lang) {
                            texts.add_ftl(lang, "questionnaire.ftl", src);
                        }
                    }
                    packs.ok.push(Pack { q, texts });
                }
                None => packs.problems.push(PackProblemDto {
                    path: path.display().to_string(),
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
        packs
    }

    /// The pack of a questionnaire id at `version`, or at its newest version when none is
    /// given (new interviews). Older versions stay loaded so that an interview begun on one
    /// resumes on the questions it started with.
    pub(crate) fn find(&self, id: &str, version: Option<&str>) -> Option<usize> {
        match version {
            Some(v) => self
                .ok
                .iter()
                .position(|p| p.q.id() == id && p.q.version() == v),
            None => self
                .ok
                .iter()
                .enumerate()
                .filter(|(_, p)| p.q.id() == id)
                .max_by(|(_, a), (_, b)| version_order(a.q.version(), b.q.version()))
                .map(|(i, _)| i),
        }
    }

    /// The newest version of each questionnaire: what new interviews are offered.
    fn newest(&self) -> impl Iterator<Item = &Pack> {
        self.ok
            .iter()
            .enumerate()
            .filter(|(i, p)| self.find(p.q.id(), None) == Some(*i))
            .map(|(_, p)| p)
    }

    /// The pack at `index` (from [`Packs::find`]).
    pub(crate) fn get(&self, index: usize) -> Option<&Pack> {
        self.ok.get(index)
    }

    /// The questionnaires on offer, titles in the staff language, and any broken packs.
    pub fn dto(&self, staff: &str) -> QuestionnairesDto {
        QuestionnairesDto {
            available: self
                .newest()
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
                .collect(),
            problems: self.problems.clone(),
        }
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
mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for e in std::fs::read_dir(from).expect("read").flatten() {
            let p = e.path();
            if p.is_dir() {
                copy_dir(&p, &to.join(e.file_name()));
            } else {
                std::fs::copy(&p, to.join(e.file_name())).expect("copy");
            }
        }
    }

    #[test]
    fn a_broken_pack_is_reported_with_its_file_and_the_others_still_load() {
        let dir = tempfile::tempdir().expect("tmp");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        copy_dir(&repo.join("_test-all-kinds"), &dir.path().join("good"));
        copy_dir(&repo.join("_test-all-kinds"), &dir.path().join("broken"));
        let toml = dir.path().join("broken/questionnaire.toml");
        let text = std::fs::read_to_string(&toml).expect("read");
        // A forward reference: a condition on a question that comes later.
        std::fs::write(
            &toml,
            text.replacen(
                "id = \"dob\"",
                "id = \"dob\"\nwhen = \"anything_else == \\\"x\\\"\"",
                1,
            ),
        )
        .expect("write");
        let packs = Packs::load(Some(dir.path()), false);
        assert_eq!(packs.ok.len(), 1, "the good pack still loads");
        assert_eq!(packs.problems.len(), 1);
        let p = &packs.problems[0];
        assert!(p.path.ends_with("broken"), "names the pack: {}", p.path);
        assert!(
            p.diagnostics
                .iter()
                .any(|d| d.contains("questionnaire.toml") && d.contains("HQ022")),
            "names the file and the problem: {:?}",
            p.diagnostics
        );
    }

    #[test]
    fn new_interviews_get_the_newest_version_and_older_ones_stay_for_resuming() {
        let dir = tempfile::tempdir().expect("tmp");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        for (folder, version) in [("a", "1.9.2"), ("b", "1.10.0"), ("c", "1.2.0")] {
            copy_dir(&repo.join("_test-all-kinds"), &dir.path().join(folder));
            let toml = dir.path().join(folder).join("questionnaire.toml");
            let text = std::fs::read_to_string(&toml).expect("read");
            let at = text.find("version = \"").expect("a version line");
            let end = at + text[at..].find('\n').expect("end of line");
            let text = format!("{}version = \"{version}\"{}", &text[..at], &text[end..]);
            std::fs::write(&toml, text).expect("write");
        }
        let packs = Packs::load(Some(dir.path()), false);
        assert!(packs.problems.is_empty(), "{:?}", packs.problems);
        let newest = packs.find("test-all-kinds", None).expect("newest");
        assert_eq!(packs.ok[newest].q.version(), "1.10.0");
        let old = packs.find("test-all-kinds", Some("1.9.2")).expect("old");
        assert_eq!(packs.ok[old].q.version(), "1.9.2");
        let offered: Vec<String> = packs
            .dto("en")
            .available
            .into_iter()
            .map(|q| q.version)
            .collect();
        assert_eq!(offered, ["1.10.0"], "only the newest is offered");
    }

    #[test]
    fn the_shipped_older_version_is_kept_for_interviews_begun_on_it() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        let packs = Packs::load(Some(&repo), false);
        assert!(packs.problems.is_empty(), "{:?}", packs.problems);
        assert!(packs.find("mixed-flows", Some("1.0.0")).is_some());
        let newest = packs.find("mixed-flows", None).expect("newest");
        assert_ne!(packs.ok[newest].q.version(), "1.0.0");
    }

    #[test]
    fn test_packs_are_offered_only_when_asked_for() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        let normal = Packs::load(Some(&repo), false);
        assert!(normal.find("test-all-kinds", None).is_none());
        assert!(normal.find("mixed-flows", None).is_some());
        let with_tests = Packs::load(Some(&repo), true);
        assert!(with_tests.find("test-all-kinds", None).is_some());
    }
}
