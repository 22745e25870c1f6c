//! The questionnaire packs the app offers: loaded and validated once at start-up. A broken
//! pack is listed with its file and problems; the others still work.

use crate::dto::LocaleDto;
use crate::interview_dto::{PackProblemDto, QuestionnaireDto, QuestionnairesDto};
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
                }),
            }
        }
        packs
    }

    /// The pack of a questionnaire id (and version, if given).
    pub(crate) fn find(&self, id: &str, version: Option<&str>) -> Option<usize> {
        self.ok
            .iter()
            .position(|p| p.q.id() == id && version.is_none_or(|v| p.q.version() == v))
    }

    /// The pack at `index` (from [`Packs::find`]).
    pub(crate) fn get(&self, index: usize) -> Option<&Pack> {
        self.ok.get(index)
    }

    /// The questionnaires on offer, titles in the staff language, and any broken packs.
    pub fn dto(&self, staff: &str) -> QuestionnairesDto {
        QuestionnairesDto {
            available: self
                .ok
                .iter()
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
    fn test_packs_are_offered_only_when_asked_for() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires");
        let normal = Packs::load(Some(&repo), false);
        assert!(normal.find("test-all-kinds", None).is_none());
        assert!(normal.find("mixed-flows", None).is_some());
        let with_tests = Packs::load(Some(&repo), true);
        assert!(with_tests.find("test-all-kinds", None).is_some());
    }
}
