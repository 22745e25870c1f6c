//! Trafficking: the Palermo test (Art. 3) and the ILO/EC operational indicators (2009).
//!
//! Two routes to `strong`, both screening thresholds, never a determination:
//! - **Palermo Art. 3(a)**: indicators of the act, the means and the purpose. For a child
//!   (`profile.child` present), Art. 3(c): act and purpose suffice, no means is needed.
//! - **ILO/EC 2009 combination**: per list, a recruitment element + exploitative conditions +
//!   coercion or abuse of vulnerability at destination, each element present by the
//!   published threshold (see [`element_present`]).
//!
//! ILO/EC 2009 indicators feed the Palermo elements only through their elements' thresholds,
//! which is what the brochure's grading is for; below the threshold they still make the
//! pathway `possible`.

use super::{codes, combine, direct_status, reason, Facts, Seen};
use crate::catalogue::ilo2012;
use crate::outcome::{ElementFinding, ElementStatus, Level, Pathway, Reason, StrengthCounts};
use crate::ILO_THRESHOLD_PROVENANCE;
use crate::{Element, IloElement, IloList, Observation, Provenance, Strength};

const ABOUT: &str = "pathway.trafficking";

/// What the trafficking rules concluded.
pub(crate) struct Trafficking {
    pub pathway: Pathway,
    pub reasons: Vec<Reason>,
    /// Palermo act and purpose indicated, means not, age unknown: the child test would apply
    /// if the person is under 18.
    pub child_test_if_minor: bool,
}

/// The person's age as far as the evidence goes (`profile.child`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Age {
    Child,
    Adult,
    Unknown,
}

pub(crate) fn age(f: &Facts) -> Age {
    match f.obs("profile.child") {
        Some(Observation::Present) => Age::Child,
        Some(Observation::Absent) => Age::Adult,
        _ => Age::Unknown,
    }
}

/// The ILO/EC rule for when an element counts as present, as published in "Operational
/// indicators of trafficking in human beings" (ILO/EC, 2009, rev. Sept. 2009), section on how
/// to use the indicators: at least
/// (a) two strong indicators, or
/// (b) one strong indicator and one medium or weak indicator, or
/// (c) three medium indicators, or
/// (d) two medium indicators and one weak indicator.
/// Page: p. 3 of the brochure according to the secondary transcription that was readable here
/// (ILO ref. WCMS_105023); the page was not verified against the PDF itself.
pub fn element_present(c: StrengthCounts) -> bool {
    c.strong >= 2
        || (c.strong >= 1 && c.medium + c.weak >= 1)
        || c.medium >= 3
        || (c.medium >= 2 && c.weak >= 1)
}

fn count<'s, 'a: 's>(seen: impl IntoIterator<Item = &'s Seen<'a>>) -> StrengthCounts {
    let mut c = StrengthCounts::default();
    for s in seen {
        match s.ind.strength {
            Some(Strength::Strong) => c.strong += 1,
            Some(Strength::Medium) => c.medium += 1,
            Some(Strength::Weak) => c.weak += 1,
            None => {}
        }
    }
    c
}

fn add(a: StrengthCounts, b: StrengthCounts) -> StrengthCounts {
    StrengthCounts {
        strong: a.strong + b.strong,
        medium: a.medium + b.medium,
        weak: a.weak + b.weak,
    }
}

/// One ILO/EC element in one list.
struct IloFinding {
    list: IloList,
    element: IloElement,
    status: ElementStatus,
    counts: StrengthCounts,
}

fn ilo_element(f: &Facts, list: IloList, element: IloElement) -> IloFinding {
    let seen: Vec<&Seen> = f.of(Element::Ilo2009(list, element)).collect();
    let present = count(seen.iter().copied().filter(|s| s.present()));
    let unknown = count(
        seen.iter()
            .copied()
            .filter(|s| s.obs == Observation::Unknown),
    );
    let status = if element_present(present) {
        ElementStatus::Present
    } else if element_present(add(present, unknown)) {
        // The declined or unknown answers could still carry the element over its threshold:
        // it is not shown absent.
        ElementStatus::Unknown
    } else if present != StrengthCounts::default() {
        ElementStatus::BelowThreshold
    } else if seen.is_empty() {
        ElementStatus::NotAsked
    } else {
        ElementStatus::Absent
    };
    IloFinding {
        list,
        element,
        status,
        counts: present,
    }
}

pub(crate) fn assess(f: &Facts) -> Trafficking {
    let age = age(f);
    let mut elements = Vec::new();
    let mut reasons = Vec::new();

    // ILO/EC 2009: each list that was used, element by element.
    let mut ilo: Vec<IloFinding> = Vec::new();
    for list in IloList::ALL {
        if f.matching(|i| matches!(i.element, Element::Ilo2009(l, _) if l == list))
            .next()
            .is_none()
        {
            continue;
        }
        for el in IloElement::ALL {
            ilo.push(ilo_element(f, list, el));
        }
    }
    let ilo_present = |list: IloList, pred: &dyn Fn(IloElement) -> bool| {
        ilo.iter()
            .any(|x| x.list == list && pred(x.element) && x.status == ElementStatus::Present)
    };

    let pal = palermo(f, &ilo, true);
    let Palermo {
        act,
        act_linked,
        means_status,
        purpose,
        purpose_for_child,
        distinct,
        ..
    } = pal;
    let (act_evidence, means_evidence, purpose_evidence) = (
        pal.act_evidence.clone(),
        pal.means_evidence.clone(),
        pal.purpose_evidence.clone(),
    );
    let means_direct: Vec<&Seen> = f.matching(is_direct_means).collect();
    let purpose_direct: Vec<&Seen> = f.matching(is_direct_purpose).collect();

    // For a child the means are not needed (Art. 3(c)); when they are indicated anyway, say so.
    let means_shown = if age == Age::Child && means_status != ElementStatus::Present {
        ElementStatus::NotRequired
    } else {
        means_status
    };
    elements.push(finding("palermo.act", act, &act_evidence, None));
    elements.push(finding("palermo.means", means_shown, &means_evidence, None));
    elements.push(finding("palermo.purpose", purpose, &purpose_evidence, None));

    let forced: Vec<&Seen> = f.of(Element::ForcedLabour).collect();
    if !forced.is_empty() {
        let present: Vec<&Seen> = forced.iter().copied().filter(|s| s.present()).collect();
        elements.push(finding(
            "ilo2012.forced_labour",
            direct_status(forced.iter().copied()),
            &present,
            None,
        ));
    }
    for x in &ilo {
        let seen: Vec<&Seen> = f
            .of(Element::Ilo2009(x.list, x.element))
            .filter(|s| s.present())
            .collect();
        let id = Element::Ilo2009(x.list, x.element).id();
        elements.push(finding(&id, x.status, &seen, Some(x.counts)));
    }

    // The tests.
    let act_ok = act == ElementStatus::Present;
    let purpose_ok = purpose == ElementStatus::Present;
    let means_ok = means_status == ElementStatus::Present;
    let means_shown_ok = means_ok && distinct;
    let adult_met = act_ok && purpose_ok && means_shown_ok;
    let child_met = act_linked && purpose_for_child;
    let palermo_is_met = palermo_met(&pal, age);

    // ILO/EC combination, list by list. Adults: recruitment (deceptive, coercive or by abuse of
    // vulnerability) + exploitative conditions + coercion or abuse of vulnerability at
    // destination. Children's lists: the destination element is a means, which Palermo Art.
    // 3(c) does not require for a child, so recruitment (or a Palermo act done for the
    // exploitation: not travel with one's family) + exploitative conditions suffice.
    let mut ilo_met_lists = Vec::new();
    for list in IloList::ALL {
        let recruit = ilo_present(list, &|e| e.is_recruitment());
        let exploit = ilo_present(list, &|e| e == IloElement::ExploitativeConditions);
        let control = ilo_present(list, &|e| e.is_destination_control());
        let met = if list.is_child() {
            (recruit || act_linked) && exploit
        } else {
            recruit && exploit && control
        };
        if met {
            ilo_met_lists.push(list);
        }
    }

    let indicative: Vec<&Seen> = f
        .matching(|i| {
            matches!(
                i.element,
                Element::PalermoMeans
                    | Element::PalermoPurpose
                    | Element::Ilo2009(..)
                    | Element::ForcedLabour
            )
        })
        .filter(|s| s.present())
        .collect();

    let level = if palermo_is_met || !ilo_met_lists.is_empty() {
        Level::Strong
    } else if !indicative.is_empty() {
        Level::Possible
    } else if act == ElementStatus::Absent
        || purpose == ElementStatus::Absent
        || (means_status == ElementStatus::Absent && age == Age::Adult)
    {
        Level::None
    } else {
        Level::InsufficientInformation
    };

    // Reasons, from the strongest conclusion down to its supports.
    if palermo_is_met {
        let all: Vec<&Seen> = act_evidence
            .iter()
            .chain(purpose_evidence.iter())
            .chain(if age == Age::Child {
                [].iter()
            } else {
                means_evidence.iter()
            })
            .copied()
            .collect();
        let id = if age == Age::Child && !adult_met {
            "reason-palermo-child-act-purpose"
        } else {
            "reason-palermo-act-means-purpose"
        };
        reasons.push(reason(ABOUT, id, &[], all));
    }
    for &list in &ilo_met_lists {
        let seen: Vec<&Seen> = f
            .matching(|i| matches!(i.element, Element::Ilo2009(l, _) if l == list))
            .filter(|s| s.present())
            .collect();
        let id = if list.is_child() {
            "reason-ilo-combination-child"
        } else {
            "reason-ilo-combination"
        };
        reasons.push(reason(ABOUT, id, &[("list", list.slug().to_owned())], seen));
    }
    // When the level rests on the ILO/EC grades or rules (the Palermo test is not met without
    // them), say in plain words how far those were checked against the brochure.
    if level == Level::Strong && !palermo_met(&palermo(f, &ilo, false), age) {
        let used: Vec<&Seen> = f
            .all()
            .filter(|s| match s.ind.element {
                Element::Ilo2009(list, el) => {
                    s.present()
                        && ilo.iter().any(|x| {
                            x.list == list && x.element == el && x.status == ElementStatus::Present
                        })
                }
                _ => false,
            })
            .collect();
        let mut provenances = vec![ILO_THRESHOLD_PROVENANCE];
        provenances.extend(ilo_met_lists.iter().map(|l| l.combination_provenance()));
        provenances.extend(used.iter().filter_map(|s| s.ind.provenance));
        if provenances.iter().any(|p| !p.is_checked()) {
            let reading = if provenances.contains(&Provenance::ProjectReading) {
                Provenance::ProjectReading
            } else {
                Provenance::SecondaryTranscription
            };
            let unchecked = used
                .into_iter()
                .filter(|s| s.ind.provenance.is_some_and(|p| !p.is_checked()));
            reasons.push(reason(
                ABOUT,
                "reason-ilo-grades-unchecked",
                &[("reading", reading.as_str().to_owned())],
                unchecked,
            ));
        }
    }
    if level == Level::Possible {
        reasons.push(reason(
            ABOUT,
            "reason-trafficking-indicators-present",
            &[("count", indicative.len().to_string())],
            indicative.iter().copied(),
        ));
        if act_ok && purpose_ok && means_ok && !distinct {
            reasons.push(reason(
                ABOUT,
                "reason-palermo-means-purpose-same-indicator",
                &[],
                means_evidence.iter().copied(),
            ));
        }
        if age == Age::Child && act_ok && purpose_ok && !act_linked {
            // Travel or transport alone (e.g. with the family) is not shown to have been done
            // for the exploitation (Art. 3(a), 3(c)).
            reasons.push(reason(
                ABOUT,
                "reason-palermo-child-act-not-linked",
                &[],
                act_evidence.iter().copied(),
            ));
        }
        if age == Age::Child && act_ok && purpose_ok && !purpose_for_child {
            reasons.push(reason(
                ABOUT,
                "reason-palermo-child-single-indicator",
                &[],
                purpose_evidence.iter().copied(),
            ));
        }
        if act_ok && purpose_ok && !means_ok && age != Age::Child {
            let id = if age == Age::Unknown {
                "reason-palermo-means-missing-age-unknown"
            } else {
                "reason-palermo-means-missing"
            };
            reasons.push(reason(
                ABOUT,
                id,
                &[],
                act_evidence.iter().chain(purpose_evidence.iter()).copied(),
            ));
        }
    }
    if level.applies() {
        for x in ilo.iter().filter(|x| x.status == ElementStatus::Present) {
            let seen: Vec<&Seen> = f
                .of(Element::Ilo2009(x.list, x.element))
                .filter(|s| s.present())
                .collect();
            reasons.push(reason(
                ABOUT,
                "reason-ilo-element-present",
                &[
                    ("list", x.list.slug().to_owned()),
                    ("element", x.element.slug().to_owned()),
                    ("strong", x.counts.strong.to_string()),
                    ("medium", x.counts.medium.to_string()),
                    ("weak", x.counts.weak.to_string()),
                ],
                seen,
            ));
        }
        let forced_present: Vec<&Seen> = forced.iter().copied().filter(|s| s.present()).collect();
        if !forced_present.is_empty() {
            reasons.push(reason(
                ABOUT,
                "reason-forced-labour-indicators",
                &[("count", forced_present.len().to_string())],
                forced_present,
            ));
        }
    }
    if level == Level::None {
        let mut ruled_out = Vec::new();
        if act == ElementStatus::Absent {
            ruled_out.push(("palermo.act", f.of(Element::PalermoAct).collect::<Vec<_>>()));
        }
        if purpose == ElementStatus::Absent {
            ruled_out.push(("palermo.purpose", purpose_direct.clone()));
        }
        if means_status == ElementStatus::Absent && age == Age::Adult {
            ruled_out.push(("palermo.means", means_direct.clone()));
        }
        for (element, seen) in ruled_out {
            let no: Vec<&Seen> = seen
                .into_iter()
                .filter(|s| s.obs == Observation::Absent)
                .collect();
            reasons.push(reason(
                ABOUT,
                "reason-trafficking-element-ruled-out",
                &[("element", element.to_owned())],
                no,
            ));
        }
    }
    if level == Level::InsufficientInformation {
        let mut open = Vec::new();
        for (id, st) in [
            ("palermo.act", act),
            ("palermo.means", means_shown),
            ("palermo.purpose", purpose),
        ] {
            if matches!(st, ElementStatus::Unknown | ElementStatus::NotAsked) {
                open.push(id);
            }
        }
        let unknown: Vec<&Seen> = f
            .matching(|i| {
                matches!(
                    i.element,
                    Element::PalermoAct
                        | Element::PalermoMeans
                        | Element::PalermoPurpose
                        | Element::Ilo2009(..)
                        | Element::ForcedLabour
                )
            })
            .filter(|s| s.obs == Observation::Unknown)
            .collect();
        reasons.push(reason(
            ABOUT,
            "reason-trafficking-unanswered",
            &[("elements", open.join(", "))],
            unknown,
        ));
    }

    Trafficking {
        pathway: Pathway { level, elements },
        reasons,
        child_test_if_minor: age == Age::Unknown && child_met && !adult_met,
    }
}

fn is_direct_means(i: &crate::Indicator) -> bool {
    i.element == Element::PalermoMeans
        || (i.element == Element::ForcedLabour && ilo2012::evidences_means(i.code))
}

fn is_direct_purpose(i: &crate::Indicator) -> bool {
    i.element == Element::PalermoPurpose
        || (i.element == Element::ForcedLabour && ilo2012::evidences_purpose(i.code))
}

/// The three Palermo elements, as far as the evidence goes.
struct Palermo<'s, 'a> {
    act: ElementStatus,
    act_evidence: Vec<&'s Seen<'a>>,
    /// An act done for the purpose of exploitation is indicated: any act but transportation
    /// alone (recruitment, transfer, harbouring, receipt are acts on the person by whoever
    /// gains from them), `palermo.act.linked_to_exploitation` (the person who moved them is
    /// the one who exploited them, or brought them to whoever did), or an ILO/EC recruitment
    /// indicator (recruitment into the exploitation). Travel or transport alone, e.g. with the
    /// family, is ordinary migration until it is linked to the exploitation (Palermo Art. 3(a),
    /// 3(c): "for the purpose of exploitation").
    act_linked: bool,
    means_status: ElementStatus,
    means_evidence: Vec<&'s Seen<'a>>,
    purpose: ElementStatus,
    purpose_evidence: Vec<&'s Seen<'a>>,
    /// The purpose is shown beyond one lone ILO 2012 indicator: a Palermo purpose code (the
    /// exploitation itself: sexual exploitation, forced labour, servitude, ...), the ILO/EC
    /// exploitative-conditions element over its threshold, or at least two distinct ILO 2012
    /// indicators. The ILO (2012): sometimes one indicator suffices, often several together
    /// are needed; with no means to test for a child, one indicator alone gives `possible`.
    purpose_for_child: bool,
    /// The means and the purpose rest on at least two distinct indicators.
    distinct: bool,
}

/// The Palermo elements from the evidence; with `use_ilo` false, without anything from the
/// ILO/EC 2009 lists (to tell whether a level rests on their grades).
fn palermo<'s, 'a>(f: &'s Facts<'a>, ilo: &'s [IloFinding], use_ilo: bool) -> Palermo<'s, 'a> {
    let ilo: &'s [IloFinding] = if use_ilo { ilo } else { &[] };
    let ilo_status = |pred: &dyn Fn(IloElement) -> bool| {
        ilo.iter()
            .filter(|x| pred(x.element))
            .fold(ElementStatus::NotAsked, |a, x| combine(a, x.status))
    };

    // Act. Any indicator of a recruitment element also shows that someone recruited the
    // person, i.e. the act of recruitment.
    let act_direct: Vec<&Seen> = f.of(Element::PalermoAct).collect();
    let ilo_recruit_present: Vec<&Seen> = if use_ilo {
        f.matching(|i| matches!(i.element, Element::Ilo2009(_, e) if e.is_recruitment()))
            .filter(|s| s.present())
            .collect()
    } else {
        Vec::new()
    };
    let mut act = direct_status(act_direct.iter().copied());
    if !ilo_recruit_present.is_empty() {
        act = ElementStatus::Present;
    }
    let act_evidence: Vec<&Seen> = act_direct
        .iter()
        .copied()
        .chain(ilo_recruit_present.iter().copied())
        .filter(|s| s.present())
        .collect();
    let act_linked = act_evidence
        .iter()
        .any(|s| s.ind.code != "palermo.act.transportation");

    // Means: direct codes, the ILO 2012 indicators that describe a means, and the ILO/EC means
    // elements (recruitment and destination control) by threshold.
    let means_direct: Vec<&Seen> = f.matching(is_direct_means).collect();
    let ilo_means: fn(IloElement) -> bool =
        |e: IloElement| e.is_recruitment() || e.is_destination_control();
    let means_status = combine(
        direct_status(means_direct.iter().copied()),
        ilo_status(&ilo_means),
    );
    let means_evidence: Vec<&Seen> = means_direct
        .iter()
        .copied()
        .filter(|s| s.present())
        .chain(ilo_evidence(f, ilo, ilo_means))
        .collect();

    // Purpose: direct codes, ILO 2012 indicators of the exploitation itself, and the ILO/EC
    // exploitative-conditions element by threshold.
    let purpose_direct: Vec<&Seen> = f.matching(is_direct_purpose).collect();
    let ilo_purpose: fn(IloElement) -> bool =
        |e: IloElement| e == IloElement::ExploitativeConditions;
    let purpose = combine(
        direct_status(purpose_direct.iter().copied()),
        ilo_status(&ilo_purpose),
    );
    let purpose_evidence: Vec<&Seen> = purpose_direct
        .iter()
        .copied()
        .filter(|s| s.present())
        .chain(ilo_evidence(f, ilo, ilo_purpose))
        .collect();
    let forced_labour_purpose = purpose_evidence
        .iter()
        .filter(|s| s.ind.element == Element::ForcedLabour)
        .count();
    let purpose_for_child = purpose_evidence
        .iter()
        .any(|s| !matches!(s.ind.element, Element::ForcedLabour))
        || forced_labour_purpose >= 2;

    // One fact must not carry two elements on its own: when the only evidence of the means is
    // the only evidence of the purpose (e.g. debt bondage answered alone, which is both a
    // coercion and a practice similar to slavery), the test waits for one more answer.
    let distinct = means_evidence
        .iter()
        .any(|m| purpose_evidence.iter().any(|p| p.ind.code != m.ind.code));
    Palermo {
        act,
        act_evidence,
        act_linked,
        means_status,
        means_evidence,
        purpose,
        purpose_evidence,
        purpose_for_child,
        distinct,
    }
}

/// Whether the Palermo test is met on this reading of the elements.
fn palermo_met(p: &Palermo, age: Age) -> bool {
    let adult = p.act == ElementStatus::Present
        && p.purpose == ElementStatus::Present
        && p.means_status == ElementStatus::Present
        && p.distinct;
    adult || (age == Age::Child && p.act_linked && p.purpose_for_child)
}

/// The present indicators of ILO/EC elements that met their threshold, for the elements `pred`
/// selects.
fn ilo_evidence<'s, 'a>(
    f: &'s Facts<'a>,
    ilo: &'s [IloFinding],
    pred: fn(IloElement) -> bool,
) -> impl Iterator<Item = &'s Seen<'a>> + 's {
    f.all().filter(move |s| match s.ind.element {
        Element::Ilo2009(list, el) => {
            s.present()
                && pred(el)
                && ilo.iter().any(|x| {
                    x.list == list && x.element == el && x.status == ElementStatus::Present
                })
        }
        _ => false,
    })
}

fn finding(
    element: &str,
    status: ElementStatus,
    present: &[&Seen],
    counts: Option<StrengthCounts>,
) -> ElementFinding {
    ElementFinding {
        element: element.to_owned(),
        status,
        indicators: codes(present.iter().copied()),
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(strong: u32, medium: u32, weak: u32) -> StrengthCounts {
        StrengthCounts {
            strong,
            medium,
            weak,
        }
    }

    #[test]
    fn ilo_threshold_matches_the_published_rule() {
        // Present.
        for ok in [c(2, 0, 0), c(1, 1, 0), c(1, 0, 1), c(0, 3, 0), c(0, 2, 1)] {
            assert!(element_present(ok), "{ok:?} should be present");
        }
        // Just below each branch.
        for no in [
            c(1, 0, 0),
            c(0, 2, 0),
            c(0, 1, 2),
            c(0, 0, 3),
            c(0, 1, 1),
            c(0, 0, 0),
        ] {
            assert!(!element_present(no), "{no:?} should not be present");
        }
    }
}
