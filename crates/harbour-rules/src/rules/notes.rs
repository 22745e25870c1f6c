//! Notes for the caseworker: things the law says about how to treat what was found.

use super::flags::FlagSet;
use super::protection::Protection;
use super::trafficking::Trafficking;
use super::{reason, Facts, Seen};
use crate::outcome::Reason;
use crate::Element;

pub(crate) fn assess(
    f: &Facts,
    traf: &Trafficking,
    prot: &Protection,
    flags: &FlagSet,
) -> Vec<Reason> {
    let t = traf.pathway.level;
    let p = prot.pathway.level;
    let mut notes = Vec::new();
    let codes = |cs: &[&str]| -> Vec<&Seen> {
        cs.iter()
            .filter_map(|c| f.get(c))
            .filter(|s| s.present())
            .collect()
    };
    let trafficking_seen = || -> Vec<&Seen> {
        f.matching(|i| {
            matches!(
                i.element,
                Element::PalermoMeans
                    | Element::PalermoPurpose
                    | Element::Ilo2009(..)
                    | Element::ForcedLabour
            )
        })
        .filter(|s| s.present())
        .collect()
    };

    // Always: what this outcome is and is not.
    notes.push(reason(
        "note.screening",
        "note-screening-not-determination",
        &[],
        [],
    ));

    if t.applies() && p.applies() {
        notes.push(reason("note.both_pathways", "note-both-pathways", &[], []));
    }
    // Non-punishment of trafficked persons (CoE Convention Art. 26; EU Directive 2011/36/EU
    // Art. 8; OHCHR Principle 7) and of refugees for illegal entry (1951 Convention Art. 31).
    let irregular = codes(&["profile.irregular_entry", "profile.irregular_stay"]);
    if !irregular.is_empty() && t.applies() {
        let seen: Vec<&Seen> = irregular
            .iter()
            .copied()
            .chain(trafficking_seen())
            .collect();
        notes.push(reason(
            "note.non_penalisation",
            "note-non-penalisation-trafficking",
            &[],
            seen,
        ));
    }
    if !irregular.is_empty() && p.applies() && prot.asylum_relevant {
        notes.push(reason(
            "note.non_penalisation",
            "note-non-penalisation-refugee",
            &[],
            irregular.clone(),
        ));
    }
    if flags.flags.smuggling && t.applies() {
        let seen: Vec<&Seen> =
            codes(&["smuggling.consented_crossing", "smuggling.paid_facilitator"])
                .into_iter()
                .chain(trafficking_seen())
                .collect();
        notes.push(reason(
            "note.smuggling",
            "note-smuggling-and-trafficking",
            &[],
            seen,
        ));
    }
    if flags.flags.smuggling
        && f.obs("smuggling.ended_on_arrival") == Some(crate::Observation::Absent)
    {
        let seen: Vec<&Seen> =
            codes(&["smuggling.consented_crossing", "smuggling.paid_facilitator"])
                .into_iter()
                .chain(f.get("smuggling.ended_on_arrival"))
                .collect();
        notes.push(reason(
            "note.smuggling",
            "note-smuggling-relationship-continued",
            &[],
            seen,
        ));
    }
    if traf.child_test_if_minor {
        notes.push(reason(
            "note.age",
            "note-age-unknown-child-test",
            &[],
            trafficking_seen(),
        ));
    }
    if t.applies() && f.present("refugee.outside_country") {
        let seen: Vec<&Seen> = codes(&["refugee.outside_country"])
            .into_iter()
            .chain(trafficking_seen())
            .collect();
        notes.push(reason(
            "note.trafficking_and_protection",
            "note-trafficking-and-protection",
            &[],
            seen,
        ));
    }
    if f.present("stateless.at_risk") && !flags.flags.stateless {
        notes.push(reason(
            "note.statelessness",
            "note-statelessness-risk",
            &[],
            codes(&["stateless.at_risk"]),
        ));
    }
    // A declined or unknown answer about danger is not a "no": say so, so safety is checked.
    if !flags.flags.urgent_safety
        && ["danger.immediate", "danger.controller_nearby"]
            .iter()
            .any(|c| f.obs(c) == Some(crate::Observation::Unknown))
    {
        let seen: Vec<&Seen> = ["danger.immediate", "danger.controller_nearby"]
            .iter()
            .filter_map(|c| f.get(c))
            .filter(|s| s.obs == crate::Observation::Unknown)
            .collect();
        notes.push(reason(
            "note.urgent_safety",
            "note-danger-unanswered",
            &[],
            seen,
        ));
    }
    if flags.flags.urgent_safety {
        notes.push(reason(
            "note.urgent_safety",
            "note-urgent-safety-first",
            &[],
            codes(&["danger.immediate", "danger.controller_nearby"]),
        ));
    }
    notes
}
