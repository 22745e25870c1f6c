//! Fluent files: windows of the shipped `.ftl` files (app, pack, rules), mutated, and
//! generated nesting, through the syntax layer, the catalog and the formatter.

use crate::mutate::{apply, cases, edits, repo, runner};
use harbour_i18n::syntax::{check_nesting, parse_ftl, ProblemKind, MAX_NESTING};
use harbour_i18n::{Catalog, FluentArgs};
use proptest::prelude::*;

/// Tokens of Fluent.
pub const TOKENS: &[&str] = &[
    "{",
    "}",
    "{ $n }",
    "{ $n ->\n",
    "[one] one\n",
    "*[other] other\n",
    "[few]",
    "*[",
    "->",
    "NUMBER(",
    "NUMBER($n, minimumFractionDigits: 2)",
    "DATETIME(",
    "-brand",
    "{ -brand }",
    "{ msg }",
    "{ msg.attr }",
    ".attr = ",
    "\n    .title = T",
    "msg = ",
    "-term = ",
    "\"",
    "{\"{\"}",
    "\\u0041",
    "\\",
    "#",
    "## ",
    "### ",
    "    ",
    "\n\n",
    "$",
    "(",
    ")",
    "=",
    ".",
];

/// Every shipped `.ftl` file.
fn shipped() -> Vec<String> {
    let root = repo();
    let mut dirs = vec![root.join("crates/harbour-rules/locales")];
    for parent in ["locales", "questionnaires"] {
        for entry in std::fs::read_dir(root.join(parent)).expect("dir").flatten() {
            dirs.push(entry.path());
            dirs.push(entry.path().join("locales"));
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
        {
            out.push(std::fs::read_to_string(f).expect("utf-8"));
        }
    }
    out
}

/// Up to 60 lines of a shipped file, from line `start` (modulo its length).
fn window(text: &str, start: u16) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let from = usize::from(start) % lines.len().max(1);
    lines.iter().skip(from).take(60).copied().collect()
}

/// Nesting made on purpose: placeables, calls and selects one inside the other.
fn nested() -> impl Strategy<Value = String> {
    let open = prop::sample::select(vec!["{ ", "{ NUMBER(", "{ $n ->\n *[x] ", "{ -t(a: "]);
    (prop::collection::vec(open, 1..3), 1usize..3 * MAX_NESTING).prop_map(|(opens, depth)| {
        let mut text = String::from("msg = ");
        for i in 0..depth {
            text.push_str(opens[i % opens.len()]);
        }
        text.push_str("$x");
        for _ in 0..depth {
            text.push_str(" }");
        }
        text.push('\n');
        text
    })
}

fn source(files: Vec<String>) -> impl Strategy<Value = String> {
    let edited = (prop::sample::select(files), any::<u16>(), edits())
        .prop_map(|(file, start, e)| apply(&window(&file, start), &e, TOKENS));
    prop_oneof![4 => edited, 1 => nested()]
}

#[test]
fn a_mutated_fluent_file_never_panics_and_what_loads_formats() {
    let files = shipped();
    assert!(files.len() >= 24, "found only {} files", files.len());
    let too_deep = std::cell::Cell::new(0u32);
    let started = std::time::Instant::now();
    runner(cases())
        .run(&source(files), |text| {
            let parsed = parse_ftl(&text);
            for p in &parsed.problems {
                prop_assert!(p.line >= 1 && p.column >= 1);
                prop_assert!(p.span.start <= text.len());
            }
            let deep = check_nesting(&text).is_err();
            if deep {
                too_deep.set(too_deep.get() + 1);
                prop_assert!(parsed.entries.is_empty());
                prop_assert_eq!(parsed.problems.len(), 1);
                prop_assert_eq!(parsed.problems[0].kind, ProblemKind::TooDeep);
            }
            // The app's path: a catalog from the text, every message formatted.
            // Arabic (with its plural fix) or English, by turns.
            let lang = if text.len() % 2 == 0 { "ar" } else { "en" };
            let catalog = Catalog::from_sources(&[(lang, &text)]);
            if deep {
                prop_assert_eq!(catalog.problems().len(), 1);
            }
            let mut args = FluentArgs::new();
            args.set("n", 3);
            args.set("x", "x");
            let loc = catalog.localizer(lang);
            for id in parsed.entries.keys().filter(|id| !id.starts_with('-')) {
                let _ = loc.format(id, Some(&args));
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "fluent ({:.1?}): {} of {} nested too deeply",
        started.elapsed(),
        too_deep.get(),
        cases()
    );
}
