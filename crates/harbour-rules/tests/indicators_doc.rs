//! `docs/indicators.md` is generated from the catalogue; this test fails when they drift.
//! Refresh with `HARBOUR_BLESS=1 cargo test -p harbour-rules --test indicators_doc`.

use harbour_rules::{catalogue, Element, IloList, ILO_THRESHOLD_PROVENANCE};
use std::path::PathBuf;

fn render() -> String {
    let mut out = String::from(
        "# Indicator codes\n\n\
         Generated from `harbour_rules::catalogue()` by `crates/harbour-rules/tests/indicators_doc.rs`\n\
         (refresh: `HARBOUR_BLESS=1 cargo test -p harbour-rules --test indicators_doc`). Do not edit by hand.\n\n\
         Questionnaire authors: an answer's `evidence` may name any code below. Codes are stable.\n\
         `strength` is the ILO/EC Delphi grade (2009) where the source grades one.\n\n\
         Caveats on sources: the ILO/EC 2009 brochure could not be read directly here. The two labour lists\n\
         were encoded from a secondary, indicator-by-indicator transcription; no copy of the two\n\
         sexual-exploitation lists was found, so their grades mirror the labour list of the same age group\n\
         (except forced tasks or clients, strong for adults; hazardous work, strong for children). Each\n\
         affected entry carries this caveat in its `note`. Verify against WCMS_105023 before production use.\n\n\
         `provenance` says how far each ILO/EC grade was checked: `brochure` (checked against the\n\
         published brochure), `secondary_transcription` (read from a secondary transcription of it,\n\
         not checked against the brochure), `project_reading` (Harbour's own reading: no source found,\n\
         e.g. a grade mirrored from the labour list). An outcome whose level rests on anything not\n\
         checked says so in its reasons (`reason-ilo-grades-unchecked`). To correct a grade, change its\n\
         cell in `crates/harbour-rules/src/catalogue/ilo2009.rs` (one line), re-bless this file and add\n\
         or update a golden case that shows the effect.\n\n\
         ## ILO/EC rules and their provenance\n\n\
         | rule | provenance |\n|---|---|\n",
    );
    out.push_str(&format!(
        "| element threshold (2 strong; 1 strong + 1 medium or weak; 3 medium; 2 medium + 1 weak) | {} |\n",
        ILO_THRESHOLD_PROVENANCE.as_str()
    ));
    for list in IloList::ALL {
        out.push_str(&format!(
            "| combination rule, list {} | {} |\n",
            list.slug(),
            list.combination_provenance().as_str()
        ));
    }
    let mut family = "";
    for ind in catalogue() {
        let fam = match ind.element {
            Element::Ilo2009(list, _) => list.slug(),
            _ => ind.code.split('.').next().unwrap_or(""),
        };
        if fam != family {
            family = fam;
            let title = match ind.element {
                Element::Ilo2009(..) => format!("ilo2009.{fam}"),
                _ => fam.to_string(),
            };
            out.push_str(&format!(
                "\n## {title}\n\n| code | element | strength | provenance | citation |\n|---|---|---|---|---|\n"
            ));
        }
        let strength = ind.strength.map(|s| s.as_str()).unwrap_or("-");
        let provenance = ind.provenance.map(|p| p.as_str()).unwrap_or("-");
        let note = if ind.note.is_some() && matches!(ind.element, Element::Ilo2009(..)) {
            " (see caveat above)"
        } else {
            ""
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {}{} |\n",
            ind.code,
            ind.element.id(),
            strength,
            provenance,
            ind.citation,
            note
        ));
    }
    out
}

#[test]
fn indicators_doc_matches_catalogue() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/indicators.md");
    let want = render();
    if std::env::var_os("HARBOUR_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write docs/indicators.md");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/indicators.md is stale: rerun with HARBOUR_BLESS=1"
    );
}
