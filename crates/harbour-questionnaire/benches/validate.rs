//! Validation of a generated questionnaire: 1,000 questions, 5 languages.
//!
//! Run: `cargo bench -p harbour-questionnaire --bench validate`. The figure goes into
//! BENCHMARKS.md under "Questionnaire validation".

// criterion_group! generates undocumented items.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};
use harbour_questionnaire::validate::{validate_sources, LocaleSource, PackSources};
use harbour_questionnaire::RulesCatalogue;
use std::fmt::Write;
use std::hint::black_box;

const LANGUAGES: &[&str] = &["en", "ar", "fa", "fr", "uk"];
const SECTIONS: usize = 100;
const PER_SECTION: usize = 10;

/// A questionnaire with every kind, conditions looking back, and evidence on most questions.
fn generate() -> PackSources {
    let mut toml = String::new();
    let mut messages = vec!["title".to_string()];
    let _ = writeln!(
        toml,
        "id = \"bench\"\nversion = \"1.0.0\"\ntitle = \"title\"\nlanguages = {LANGUAGES:?}\nrules = \"harbour-rules/1\"\n"
    );
    for s in 0..SECTIONS {
        let _ = writeln!(toml, "[[sections]]\nid = \"s{s}\"\ntitle = \"s{s}-title\"");
        messages.push(format!("s{s}-title"));
        if s % 5 == 1 {
            let _ = writeln!(toml, "signpost = \"s{s}-signpost\"\nsensitive = true");
            messages.push(format!("s{s}-signpost"));
        }
        if s > 0 {
            let _ = writeln!(
                toml,
                "when = \"q{} == yes or not answered(q{})\"",
                (s - 1) * PER_SECTION,
                (s - 1) * PER_SECTION
            );
        }
        for k in 0..PER_SECTION {
            let n = s * PER_SECTION + k;
            let kind = [
                "yes_no",
                "single_choice",
                "multiple_choice",
                "number",
                "date",
                "country",
                "yes_no",
                "language",
                "yes_no",
                "text",
            ][k];
            let _ = writeln!(toml, "\n[[sections.questions]]\nid = \"q{n}\"\nkind = \"{kind}\"\ntext = \"q{n}-text\"\nguidance = \"q{n}-guidance\"");
            messages.push(format!("q{n}-text"));
            messages.push(format!("q{n}-guidance"));
            if kind == "multiple_choice" {
                let _ = writeln!(toml, "options_presentation = \"read_all\"");
            }
            if n > 0 && k == 6 {
                let _ = writeln!(
                    toml,
                    "when = \"q{} == \\\"b\\\" and age(q{}) < 18\"",
                    n - 5,
                    n - 2
                );
            }
            match kind {
                "yes_no" => {
                    let _ = writeln!(
                        toml,
                        "evidence.yes = [\"ilo2012.deception\", \"palermo.means.deception\"]"
                    );
                }
                "single_choice" | "multiple_choice" => {
                    for o in ["a", "b", "c"] {
                        let _ = writeln!(toml, "\n[[sections.questions.options]]\nid = \"{o}\"\ntext = \"q{n}-{o}\"\nevidence = [\"ilo2012.isolation\"]");
                        messages.push(format!("q{n}-{o}"));
                    }
                }
                "number" => {
                    let _ = writeln!(toml, "min = 0\nmax = 100\ninteger = true\n\n[[sections.questions.evidence_when]]\nwhen = \"q{n} * 2 > 10\"\nindicators = [\"ilo2012.excessive_overtime\"]");
                }
                "date" => {
                    let _ = writeln!(toml, "\n[[sections.questions.evidence_when]]\nwhen = \"age(q{n}) < 18\"\nindicators = [\"profile.child\"]");
                }
                _ => {}
            }
        }
        toml.push('\n');
    }
    let locales = LANGUAGES
        .iter()
        .map(|lang| {
            let mut ftl = String::new();
            for m in &messages {
                let _ = writeln!(ftl, "{m} = Text of {m} in {lang}");
            }
            LocaleSource {
                lang: lang.to_string(),
                path: format!("locales/{lang}.ftl").into(),
                text: Ok(ftl),
            }
        })
        .collect();
    PackSources {
        toml_path: "questionnaire.toml".into(),
        toml,
        locales,
    }
}

fn bench(c: &mut Criterion) {
    let pack = generate();
    let (q, diags) = validate_sources(&pack, &RulesCatalogue);
    assert!(
        diags.is_empty(),
        "generated pack has problems: {:#?}",
        &diags[..diags.len().min(5)]
    );
    let q = q.expect("valid");
    assert_eq!(q.questions().len(), SECTIONS * PER_SECTION);
    c.bench_function("validate 1000 questions x 5 languages", |b| {
        b.iter(|| validate_sources(black_box(&pack), &RulesCatalogue))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
