//! Golden screening cases: `tests/golden/*.toml`, each naming the framework rule it checks.
//!
//! A case gives evidence and the outcome fields the rule requires (hand-written, from the
//! source). Beside it, `<name>.out.json` is the full outcome, refreshed with
//! `HARBOUR_BLESS=1 cargo test -p harbour-rules --test golden`; review its diff before
//! committing.

use harbour_rules::{assess, AnswerRef, Evidence, Observation, Outcome};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Build evidence from a case's `[evidence]` table: `code = "present"`, or
/// `code = { obs = "present", question = "q3", answer = "yes", language = "ar" }`, or a list of
/// either (several answers speaking to one code).
fn evidence(case: &toml::Table, path: &Path) -> Evidence {
    let mut ev = Evidence::new();
    let Some(table) = case.get("evidence").and_then(|v| v.as_table()) else {
        return ev;
    };
    for (code, value) in table {
        let items: Vec<&toml::Value> = match value {
            toml::Value::Array(a) => a.iter().collect(),
            v => vec![v],
        };
        for item in items {
            let (obs, answer) = match item {
                toml::Value::String(s) => (
                    s.as_str(),
                    AnswerRef {
                        question_id: format!("q.{code}"),
                        answer: answer_word(s),
                        language: "en".into(),
                    },
                ),
                toml::Value::Table(t) => {
                    let obs = t.get("obs").and_then(|v| v.as_str()).unwrap_or("present");
                    let get = |k: &str, d: String| {
                        t.get(k)
                            .and_then(|v| v.as_str())
                            .map(str::to_owned)
                            .unwrap_or(d)
                    };
                    (
                        obs,
                        AnswerRef {
                            question_id: get("question", format!("q.{code}")),
                            answer: get("answer", answer_word(obs)),
                            language: get("language", "en".into()),
                        },
                    )
                }
                other => panic!("{}: bad evidence value for {code}: {other}", path.display()),
            };
            let obs: Observation = obs
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            ev.observe(code, obs, answer);
        }
    }
    ev
}

fn answer_word(obs: &str) -> String {
    match obs {
        "present" => "yes",
        "absent" => "no",
        _ => "declined",
    }
    .into()
}

fn strings(v: Option<&toml::Value>) -> Option<BTreeSet<String>> {
    v.and_then(|v| v.as_array()).map(|a| {
        a.iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect()
    })
}

fn flags_set(o: &Outcome) -> BTreeSet<String> {
    let f = &o.flags;
    [
        ("child", f.child),
        ("unaccompanied_child", f.unaccompanied_child),
        ("smuggling", f.smuggling),
        ("stateless", f.stateless),
        ("non_refoulement", f.non_refoulement),
        ("urgent_safety", f.urgent_safety),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(n, _)| n.to_owned())
    .collect()
}

/// The one helper every golden case goes through.
fn check(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let case: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("?")
        .to_owned();
    let mut errs = Vec::new();
    let mut fail = |m: String| errs.push(format!("{name}: {m}"));

    let source = case.get("source").and_then(|v| v.as_str()).unwrap_or("");
    if source.trim().is_empty() {
        fail("no `source` naming the framework rule it checks".into());
    }
    let outcome = assess(&evidence(&case, path));
    let expect = case
        .get("expect")
        .and_then(|v| v.as_table())
        .cloned()
        .unwrap_or_default();

    for (field, got) in [
        ("trafficking", outcome.pathways.trafficking.level.as_str()),
        (
            "international_protection",
            outcome.pathways.international_protection.level.as_str(),
        ),
    ] {
        match expect.get(field).and_then(|v| v.as_str()) {
            Some(want) if want != got => fail(format!("{field}: want {want}, got {got}")),
            Some(_) => {}
            None => fail(format!("expect.{field} is required")),
        }
    }
    if let Some(want) = strings(expect.get("flags")) {
        let got = flags_set(&outcome);
        if want != got {
            fail(format!("flags: want {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = strings(expect.get("heightened_risk")) {
        let got: BTreeSet<String> = outcome
            .flags
            .heightened_risk
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        if want != got {
            fail(format!("heightened_risk: want {want:?}, got {got:?}"));
        }
    }
    let referrals: BTreeSet<String> = outcome
        .referrals
        .iter()
        .map(|r| r.kind.as_str().to_owned())
        .collect();
    match strings(expect.get("referrals")) {
        Some(want) if want != referrals => {
            fail(format!("referrals: want {want:?}, got {referrals:?}"))
        }
        Some(_) => {}
        None => fail("expect.referrals is required".into()),
    }
    if let Some(want) = strings(expect.get("urgent")) {
        let got: BTreeSet<String> = outcome
            .referrals
            .iter()
            .filter(|r| r.urgent)
            .map(|r| r.kind.as_str().to_owned())
            .collect();
        if want != got {
            fail(format!("urgent referrals: want {want:?}, got {got:?}"));
        }
    }
    let note_ids: BTreeSet<String> = outcome.notes.iter().map(|n| n.message.id.clone()).collect();
    let reason_ids: BTreeSet<String> = outcome
        .reasons
        .iter()
        .map(|r| r.message.id.clone())
        .collect();
    for (field, have, must) in [
        ("notes", &note_ids, true),
        ("notes_absent", &note_ids, false),
        ("reasons", &reason_ids, true),
        ("reasons_absent", &reason_ids, false),
    ] {
        for id in strings(expect.get(field)).unwrap_or_default() {
            if have.contains(&id) != must {
                fail(format!(
                    "{field}: {id} {} (have {have:?})",
                    if must { "missing" } else { "present" }
                ));
            }
        }
    }
    if let Some(els) = expect.get("elements").and_then(|v| v.as_table()) {
        let all = outcome
            .pathways
            .trafficking
            .elements
            .iter()
            .chain(&outcome.pathways.international_protection.elements);
        let all: Vec<_> = all.collect();
        for (id, want) in els {
            let want = want.as_str().unwrap_or("");
            match all.iter().find(|e| &e.element == id) {
                Some(e) => {
                    let got = serde_json::to_value(e.status)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    if got != want {
                        fail(format!("element {id}: want {want}, got {got}"));
                    }
                }
                None => fail(format!("element {id}: not in outcome")),
            }
        }
    }
    // Every message id the outcome uses has an English text.
    let ftl = ftl_ids();
    for m in outcome
        .reasons
        .iter()
        .chain(&outcome.notes)
        .map(|r| &r.message)
    {
        if !ftl.contains(m.id.as_str()) {
            fail(format!("message id {} has no text in locales/en.ftl", m.id));
        }
    }
    // Every referral must carry at least one reason.
    for r in &outcome.referrals {
        let about = format!("referral.{}", r.kind.as_str());
        if outcome.reasons_for(&about).next().is_none() {
            fail(format!("{about} has no reason"));
        }
    }

    // Snapshot of the whole outcome.
    let snap_path = path.with_extension("out.json");
    let snap = serde_json::to_string_pretty(&outcome).unwrap_or_default() + "\n";
    if std::env::var_os("HARBOUR_BLESS").is_some() {
        std::fs::write(&snap_path, &snap)
            .unwrap_or_else(|e| panic!("{}: {e}", snap_path.display()));
    } else {
        match std::fs::read_to_string(&snap_path) {
            Ok(have) if have == snap => {}
            Ok(_) => fail(format!(
                "{} differs: rerun with HARBOUR_BLESS=1 and review the diff",
                snap_path.display()
            )),
            Err(_) => fail(format!(
                "{} missing: run with HARBOUR_BLESS=1",
                snap_path.display()
            )),
        }
    }
    errs
}

#[test]
fn golden_cases() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 20,
        "expected the full golden set, found {}",
        paths.len()
    );
    let errs: Vec<String> = paths.iter().flat_map(|p| check(p)).collect();
    assert!(
        errs.is_empty(),
        "{} golden failure(s):\n{}",
        errs.len(),
        errs.join("\n")
    );
}

#[test]
fn every_level_has_a_reason() {
    for p in std::fs::read_dir(golden_dir())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
    {
        if p.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let case: toml::Table = std::fs::read_to_string(&p)
            .expect("read")
            .parse()
            .expect("toml");
        let o = assess(&evidence(&case, &p));
        for (about, level) in [
            ("pathway.trafficking", o.pathways.trafficking.level),
            (
                "pathway.international_protection",
                o.pathways.international_protection.level,
            ),
        ] {
            // Every level except "none with nothing ruled out" is explained; "none" is explained
            // by the element the answers ruled out.
            assert!(
                o.reasons_for(about).next().is_some(),
                "{}: {about} ({level:?}) has no reason",
                p.display()
            );
        }
    }
}

/// Message ids defined in `locales/en.ftl`.
fn ftl_ids() -> BTreeSet<&'static str> {
    harbour_rules::LOCALE_EN
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
        .collect()
}

#[test]
fn english_texts_use_screening_wording() {
    for line in harbour_rules::LOCALE_EN
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let lower = line.to_lowercase();
        assert!(
            !lower.contains("victim"),
            "determination wording in en.ftl: {line}"
        );
        assert!(
            !lower.contains("is a refugee"),
            "determination wording in en.ftl: {line}"
        );
    }
}
