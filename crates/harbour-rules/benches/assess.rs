//! Benchmark: assessing one complete case, i.e. every indicator in the catalogue answered
//! (a mix of yes, no and declined), which is more than any real interview covers.
//! Baseline in the same process: building that evidence, so the figure can be read as a ratio.

// criterion's macros generate undocumented items.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use harbour_rules::{assess, catalogue, AnswerRef, Evidence, Observation};

fn complete_case() -> Evidence {
    let mut ev = Evidence::new();
    for (i, ind) in catalogue().iter().enumerate() {
        let obs = match i % 3 {
            0 => Observation::Present,
            1 => Observation::Absent,
            _ => Observation::Unknown,
        };
        let answer = AnswerRef {
            question_id: format!("q{}", i / 2),
            answer: obs.as_str().to_owned(),
            language: "ar".to_owned(),
        };
        ev.observe(ind.code, obs, answer);
    }
    ev
}

fn bench(c: &mut Criterion) {
    let ev = complete_case();
    c.bench_function(
        "rules: build evidence for one complete case (baseline)",
        |b| b.iter(|| black_box(complete_case())),
    );
    c.bench_function("rules: assess one complete case", |b| {
        b.iter(|| black_box(assess(black_box(&ev))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
