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
        // A follow-up names only what was not asked, skipped, declined or not known: never a
        // topic the person already answered (yes or no).
        let open: Vec<FollowUp> = FollowUp::SMUGGLING
            .into_iter()
            .filter(|t| !answered(f, |i| t.covers(i)))
            .collect();
        let id = if open.len() == FollowUp::SMUGGLING.len() {
            "note-smuggling-relationship-continued"
        } else {
            "note-smuggling-relationship-continued-asked"
        };
        notes.push(reason("note.smuggling", id, &[], seen));
        if open.len() < FollowUp::SMUGGLING.len() {
            for t in open {
                notes.push(reason(
                    "note.follow_up",
                    "note-follow-up",
                    &[("topic", t.as_str().to_owned())],
                    [],
                ));
            }
        }
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
        // "Ask about fear of return" only when it was not asked, or declined or not known.
        let fear_answered = answered(f, |i| {
            matches!(i.code, "refugee.fear" | "refugee.retrafficking_risk")
        });
        let id = if fear_answered {
            "note-trafficking-and-protection-fear-answered"
        } else {
            "note-trafficking-and-protection"
        };
        notes.push(reason("note.trafficking_and_protection", id, &[], seen));
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

/// Whether any indicator `pred` selects was answered yes or no (not declined, not "don't
/// know", not skipped or off the path: those give no evidence or Unknown).
fn answered(f: &Facts, pred: impl Fn(&crate::Indicator) -> bool) -> bool {
    f.matching(pred).any(|s| {
        matches!(
            s.obs,
            crate::Observation::Present | crate::Observation::Absent
        )
    })
}

/// A topic a follow-up note may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FollowUp {
    /// Debts owed to whoever moved or employs the person.
    Debts,
    /// Control by others: threats, violence, confinement, isolation, documents, coercion.
    Control,
    /// Work and its conditions, or other exploitation.
    Work,
}

impl FollowUp {
    /// What the note on a continued relationship with the smuggler asks about.
    const SMUGGLING: [FollowUp; 3] = [FollowUp::Debts, FollowUp::Control, FollowUp::Work];

    fn as_str(self) -> &'static str {
        match self {
            FollowUp::Debts => "debts",
            FollowUp::Control => "control",
            FollowUp::Work => "work",
        }
    }

    /// Whether an indicator speaks to this topic (so an answer to it means it was asked).
    fn covers(self, i: &crate::Indicator) -> bool {
        match self {
            FollowUp::Debts => i.code.contains("debt_bondage"),
            FollowUp::Control => {
                i.element == Element::PalermoMeans
                    || matches!(
                        i.code,
                        "ilo2012.restriction_of_movement"
                            | "ilo2012.isolation"
                            | "ilo2012.physical_sexual_violence"
                            | "ilo2012.intimidation_threats"
                            | "ilo2012.retention_of_documents"
                    )
                    || matches!(i.element, Element::Ilo2009(_, e) if e.is_destination_control())
            }
            FollowUp::Work => {
                i.element == Element::PalermoPurpose
                    || matches!(
                        i.code,
                        "ilo2012.abusive_conditions"
                            | "ilo2012.excessive_overtime"
                            | "ilo2012.withholding_of_wages"
                    )
                    || matches!(
                        i.element,
                        Element::Ilo2009(_, crate::IloElement::ExploitativeConditions)
                    )
            }
        }
    }
}
