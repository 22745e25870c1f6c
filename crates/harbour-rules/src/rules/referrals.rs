//! Referrals: where to send the person, each with its reasons. Both pathways are recommended
//! together whenever both apply: a person can need the asylum procedure and the
//! anti-trafficking mechanism at once.

use super::flags::FlagSet;
use super::protection::Protection;
use super::trafficking::Trafficking;
use super::{reason, Facts, Seen};
use crate::outcome::{Level, Reason, Referral, ReferralKind};
use crate::Element;

/// The referrals and why.
pub(crate) struct Referrals {
    pub referrals: Vec<Referral>,
    pub reasons: Vec<Reason>,
}

pub(crate) fn assess(
    f: &Facts,
    traf: &Trafficking,
    prot: &Protection,
    flags: &FlagSet,
) -> Referrals {
    let t = traf.pathway.level;
    let p = prot.pathway.level;
    let fl = &flags.flags;
    let mut out: Vec<(ReferralKind, Reason)> = Vec::new();
    let mut refer = |kind: ReferralKind, id: &str, args: &[(&str, String)], seen: Vec<&Seen>| {
        out.push((
            kind,
            reason(&format!("referral.{}", kind.as_str()), id, args, seen),
        ));
    };
    let trafficking_seen = || {
        present(f, |i: &crate::Indicator| {
            matches!(
                i.element,
                Element::PalermoMeans
                    | Element::PalermoPurpose
                    | Element::Ilo2009(..)
                    | Element::ForcedLabour
            )
        })
    };
    let protection_seen = || {
        present(f, |i: &crate::Indicator| {
            matches!(
                i.element,
                Element::RefugeeFear
                    | Element::RefugeePersecution
                    | Element::RefugeeGround(_)
                    | Element::RefugeeNoStateProtection
                    | Element::ComplementaryProtection
                    | Element::NonRefoulement
            )
        })
    };
    let codes = |cs: &[&str]| -> Vec<&Seen> {
        cs.iter()
            .filter_map(|c| f.get(c))
            .filter(|s| s.present())
            .collect()
    };

    if p.applies() && prot.asylum_relevant && !prot.inside_country {
        refer(
            ReferralKind::AsylumProcedure,
            "reason-referral-asylum",
            &[("level", p.as_str().to_owned())],
            protection_seen(),
        );
    }
    if t.applies() {
        refer(
            ReferralKind::AntiTrafficking,
            "reason-referral-anti-trafficking",
            &[("level", t.as_str().to_owned())],
            trafficking_seen(),
        );
    }
    if fl.child {
        refer(
            ReferralKind::ChildProtection,
            "reason-referral-child-protection",
            &[],
            codes(&["profile.child"]),
        );
    }
    // UNHCR Best Interests Procedure (2021): unaccompanied and separated children, and other
    // children at risk (a child in a trafficking situation is one).
    if fl.unaccompanied_child {
        refer(
            ReferralKind::BestInterestsAssessment,
            "reason-referral-bia-unaccompanied",
            &[],
            codes(&[
                "profile.child",
                "profile.unaccompanied",
                "profile.separated",
                "risk.unaccompanied_or_separated_child",
            ]),
        );
    } else if fl.child && (t.applies() || f.present("risk.children_at_risk")) {
        let mut seen = codes(&["profile.child", "risk.children_at_risk"]);
        if t.applies() {
            seen.extend(trafficking_seen());
        }
        refer(
            ReferralKind::BestInterestsAssessment,
            "reason-referral-bia-child-at-risk",
            &[],
            seen,
        );
    }
    let violence = present(f, |i: &crate::Indicator| {
        i.code == "ilo2012.physical_sexual_violence" || i.code.ends_with(".violence_on_victim")
    });
    let medical: Vec<&Seen> = codes(&["risk.medical_needs", "risk.survivor_violence_torture"])
        .into_iter()
        .chain(violence.iter().copied())
        .collect();
    if !medical.is_empty() {
        refer(
            ReferralKind::Medical,
            "reason-referral-medical",
            &[],
            medical,
        );
    }
    let mut psy: Vec<&Seen> = codes(&[
        "risk.psychosocial_distress",
        "risk.survivor_violence_torture",
    ]);
    psy.extend(violence.iter().copied());
    if t.applies() {
        psy.extend(trafficking_seen());
    }
    if !psy.is_empty() {
        refer(
            ReferralKind::Psychosocial,
            "reason-referral-psychosocial",
            &[],
            psy,
        );
    }
    let mut legal: Vec<&Seen> = codes(&[
        "stateless.no_nationality",
        "stateless.at_risk",
        "risk.legal_physical_protection",
        "profile.irregular_entry",
        "profile.irregular_stay",
    ]);
    if p.applies() {
        legal.extend(protection_seen());
    }
    if t.applies() {
        legal.extend(trafficking_seen());
    }
    if !legal.is_empty() {
        refer(
            ReferralKind::LegalAid,
            "reason-referral-legal-aid",
            &[],
            legal,
        );
    }
    // Council of Europe Anti-Trafficking Convention Art. 12(1)(a): secure accommodation; also
    // for anyone in danger now, and for an unaccompanied child.
    let mut shelter: Vec<&Seen> = codes(&["danger.immediate", "danger.no_safe_place"]);
    if fl.unaccompanied_child {
        shelter.extend(codes(&[
            "profile.unaccompanied",
            "profile.separated",
            "risk.unaccompanied_or_separated_child",
        ]));
    }
    if t == Level::Strong {
        shelter.extend(trafficking_seen());
    }
    if !shelter.is_empty() {
        refer(
            ReferralKind::Shelter,
            "reason-referral-shelter",
            &[],
            shelter,
        );
    }

    // No safe place to sleep tonight makes shelter urgent on its own, even without immediate
    // danger (Council of Europe Anti-Trafficking Convention Art. 12(1)(a)).
    let shelter_tonight = !codes(&["danger.no_safe_place"]).is_empty();
    out.sort_by_key(|(k, _)| *k);
    let urgent_kinds = [
        ReferralKind::Shelter,
        ReferralKind::AntiTrafficking,
        ReferralKind::ChildProtection,
    ];
    Referrals {
        referrals: out
            .iter()
            .map(|(kind, _)| Referral {
                kind: *kind,
                urgent: (fl.urgent_safety && urgent_kinds.contains(kind))
                    || (shelter_tonight && *kind == ReferralKind::Shelter),
            })
            .collect(),
        reasons: out.into_iter().map(|(_, r)| r).collect(),
    }
}

fn present<'s, 'a>(
    f: &'s Facts<'a>,
    pred: impl Fn(&crate::Indicator) -> bool + 's,
) -> Vec<&'s Seen<'a>> {
    f.matching(pred).filter(|s| s.present()).collect()
}
