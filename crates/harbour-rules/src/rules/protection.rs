//! International protection: the 1951 Convention's refugee definition (Art. 1A(2)),
//! complementary protection, non-refoulement and statelessness.
//!
//! `strong`: indicators for all five 1A(2) elements (outside the country, well-founded fear,
//! persecution, a Convention ground, no state protection). `possible`: any indicator of fear,
//! persecution, a ground, lack of protection, serious harm outside the grounds, a
//! non-refoulement risk or statelessness. Screening only: the asylum procedure decides.

use super::{codes, direct_status, reason, Facts, Seen};
use crate::outcome::{ElementFinding, ElementStatus, Level, Pathway, Reason};
use crate::{Element, Observation};

const ABOUT: &str = "pathway.international_protection";

/// What the protection rules concluded.
pub(crate) struct Protection {
    pub pathway: Pathway,
    pub reasons: Vec<Reason>,
    /// Present indicators of refugee status, complementary protection or non-refoulement (not
    /// statelessness alone): what the asylum procedure is for.
    pub asylum_relevant: bool,
    /// `refugee.outside_country` answered no.
    pub inside_country: bool,
}

pub(crate) fn assess(f: &Facts) -> Protection {
    let ground_of = |s: &&Seen| matches!(s.ind.element, Element::RefugeeGround(_));
    let el = |e: Element| -> Vec<&Seen> { f.of(e).collect() };

    let outside = el(Element::RefugeeOutsideCountry);
    let fear = el(Element::RefugeeFear);
    let persecution = el(Element::RefugeePersecution);
    let ground: Vec<&Seen> = f.all().filter(ground_of).collect();
    let no_protection = el(Element::RefugeeNoStateProtection);
    let complementary = el(Element::ComplementaryProtection);
    let non_refoulement = el(Element::NonRefoulement);
    let stateless = el(Element::Statelessness);

    let refugee_elements = [
        ("refugee.outside_country", &outside),
        ("refugee.fear", &fear),
        ("refugee.persecution", &persecution),
        ("refugee.ground", &ground),
        ("refugee.no_state_protection", &no_protection),
    ];
    let others = [
        ("complementary", &complementary),
        ("non_refoulement", &non_refoulement),
        ("statelessness", &stateless),
    ];

    let mut elements = Vec::new();
    for (id, seen) in refugee_elements.iter().chain(others.iter()) {
        let present: Vec<&Seen> = seen.iter().copied().filter(|s| s.present()).collect();
        elements.push(ElementFinding {
            element: (*id).to_owned(),
            status: direct_status(seen.iter().copied()),
            indicators: codes(present),
            counts: None,
        });
    }
    let status = |seen: &Vec<&Seen>| direct_status(seen.iter().copied());

    let all_five = refugee_elements
        .iter()
        .all(|(_, s)| status(s) == ElementStatus::Present);
    // Being outside one's country is not itself an indicator of a protection need.
    let indicative: Vec<&Seen> = fear
        .iter()
        .chain(&persecution)
        .chain(&ground)
        .chain(&no_protection)
        .chain(&complementary)
        .chain(&non_refoulement)
        .chain(&stateless)
        .copied()
        .filter(|s| s.present())
        .collect();
    let refugee_ruled_out: Vec<&str> = refugee_elements
        .iter()
        .filter(|(_, s)| status(s) == ElementStatus::Absent)
        .map(|(id, _)| *id)
        .collect();
    // Complementary protection, non-refoulement and statelessness stand outside 1A(2): a
    // refugee element answered "no" does not rule them out, and a declined answer on them keeps
    // the case open.
    let others_open = others
        .iter()
        .any(|(_, s)| status(s) == ElementStatus::Unknown);

    let level = if all_five {
        Level::Strong
    } else if !indicative.is_empty() {
        Level::Possible
    } else if !refugee_ruled_out.is_empty() && !others_open {
        Level::None
    } else {
        Level::InsufficientInformation
    };

    let mut reasons = Vec::new();
    if all_five {
        let grounds: Vec<&str> = ground
            .iter()
            .filter(|s| s.present())
            .filter_map(|s| match s.ind.element {
                Element::RefugeeGround(g) => Some(g.as_str()),
                _ => None,
            })
            .collect();
        let all: Vec<&Seen> = refugee_elements
            .iter()
            .flat_map(|(_, s)| present(&s[..]))
            .collect();
        reasons.push(reason(
            ABOUT,
            "reason-refugee-elements-present",
            &[("grounds", grounds.join(", "))],
            all,
        ));
    } else if level == Level::Possible {
        let refugee_present: Vec<&Seen> = fear
            .iter()
            .chain(&persecution)
            .chain(&ground)
            .chain(&no_protection)
            .copied()
            .filter(|s| s.present())
            .collect();
        if !refugee_present.is_empty() {
            let n = refugee_elements
                .iter()
                .filter(|(_, s)| status(s) == ElementStatus::Present)
                .count();
            reasons.push(reason(
                ABOUT,
                "reason-refugee-elements-partial",
                &[("present", n.to_string()), ("total", "5".to_owned())],
                refugee_present,
            ));
        }
    }
    if level.applies() {
        if !present(&complementary[..]).is_empty() {
            reasons.push(reason(
                ABOUT,
                "reason-complementary-protection",
                &[],
                present(&complementary[..]),
            ));
        }
        if !present(&non_refoulement[..]).is_empty() {
            reasons.push(reason(
                ABOUT,
                "reason-non-refoulement-risk",
                &[],
                present(&non_refoulement[..]),
            ));
        }
        if !present(&stateless[..]).is_empty() {
            reasons.push(reason(
                ABOUT,
                "reason-statelessness",
                &[],
                present(&stateless[..]),
            ));
        }
    }
    if level == Level::None {
        for id in &refugee_ruled_out {
            let seen = refugee_elements
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, s)| *s);
            let no: Vec<&Seen> = seen
                .into_iter()
                .flatten()
                .copied()
                .filter(|s| s.obs == Observation::Absent)
                .collect();
            reasons.push(reason(
                ABOUT,
                "reason-protection-element-ruled-out",
                &[("element", (*id).to_owned())],
                no,
            ));
        }
    }
    if level == Level::InsufficientInformation {
        let open: Vec<&str> = refugee_elements
            .iter()
            .chain(others.iter())
            .filter(|(_, s)| matches!(status(s), ElementStatus::Unknown | ElementStatus::NotAsked))
            .map(|(id, _)| *id)
            .collect();
        let unknown: Vec<&Seen> = refugee_elements
            .iter()
            .chain(others.iter())
            .flat_map(|(_, s)| s.iter().copied())
            .filter(|s| s.obs == Observation::Unknown)
            .collect();
        reasons.push(reason(
            ABOUT,
            "reason-protection-unanswered",
            &[("elements", open.join(", "))],
            unknown,
        ));
    }

    let asylum_relevant = fear
        .iter()
        .chain(&persecution)
        .chain(&ground)
        .chain(&no_protection)
        .chain(&complementary)
        .chain(&non_refoulement)
        .any(|s| s.present());

    Protection {
        pathway: Pathway { level, elements },
        reasons,
        asylum_relevant,
        inside_country: status(&outside) == ElementStatus::Absent,
    }
}

fn present<'s, 'a>(seen: &[&'s Seen<'a>]) -> Vec<&'s Seen<'a>> {
    seen.iter().copied().filter(|s| s.present()).collect()
}
