//! Flags: child, unaccompanied child, smuggling, statelessness, non-refoulement, urgent safety
//! and UNHCR heightened-risk categories. Each flag carries its reasons.

use super::trafficking::Trafficking;
use super::{reason, Facts, Seen};
use crate::outcome::{Flags, Level, Reason};
use crate::{Element, RiskCategory};
use std::collections::BTreeMap;

/// The flags and why they were raised.
pub(crate) struct FlagSet {
    pub flags: Flags,
    pub reasons: Vec<Reason>,
}

fn present<'s, 'a>(f: &'s Facts<'a>, codes: &[&str]) -> Vec<&'s Seen<'a>> {
    codes
        .iter()
        .filter_map(|c| f.get(c))
        .filter(|s| s.present())
        .collect()
}

/// `inside_country`: the person answered that they are still inside their own country (the
/// protection rules' finding).
pub(crate) fn assess(f: &Facts, traf: &Trafficking, inside_country: bool) -> FlagSet {
    let mut reasons = Vec::new();
    // Raise flag `name` when `seen` is not empty; its reason's message is
    // `reason-flag-<name>` plus `variant` when one is given.
    let mut flag = |name: &str, variant: &str, seen: Vec<&Seen>| -> bool {
        if seen.is_empty() {
            return false;
        }
        reasons.push(reason(
            &format!("flag.{name}"),
            &format!("reason-flag-{}{variant}", name.replace('_', "-")),
            &[],
            seen,
        ));
        true
    };

    let child_seen = present(f, &["profile.child"]);
    let child = flag("child", "", child_seen.clone());

    // Palermo Art. 3(d) and CRC Art. 1: under 18. A child is unaccompanied or separated when
    // the profile says so, or when the heightened-risk code (which implies a child) is present.
    let uasc_code = present(f, &["risk.unaccompanied_or_separated_child"]);
    let alone = present(f, &["profile.unaccompanied", "profile.separated"]);
    let uasc_seen: Vec<&Seen> = if !uasc_code.is_empty() {
        uasc_code
            .iter()
            .chain(&alone)
            .chain(&child_seen)
            .copied()
            .collect()
    } else if child && !alone.is_empty() {
        alone.iter().chain(&child_seen).copied().collect()
    } else {
        Vec::new()
    };
    let unaccompanied_child = flag("unaccompanied_child", "", uasc_seen.clone());

    let smuggling = flag(
        "smuggling",
        "",
        present(
            f,
            &["smuggling.consented_crossing", "smuggling.paid_facilitator"],
        ),
    );
    let stateless = flag("stateless", "", present(f, &["stateless.no_nationality"]));

    // Non-refoulement: any risk on return (a fear of return, serious harm, torture, risk of
    // re-trafficking) means "do not return pending assessment", whatever the status.
    let nr_seen: Vec<&Seen> = f
        .matching(|i| {
            matches!(
                i.element,
                Element::NonRefoulement | Element::ComplementaryProtection
            ) || i.code == "refugee.fear"
                || i.code == "refugee.retrafficking_risk"
        })
        .filter(|s| s.present())
        .collect();
    // A person who answered that they are still inside their own country cannot be returned
    // across a border; the same risk then means "do not send them back to the place of harm"
    // (internal return), and the reason says so instead of speaking of a border return.
    let non_refoulement = if inside_country && !nr_seen.is_empty() {
        let mut seen = nr_seen.clone();
        seen.extend(f.get("refugee.outside_country"));
        flag("non_refoulement", "-inside", seen)
    } else {
        flag("non_refoulement", "", nr_seen.clone())
    };

    let danger_seen = present(f, &["danger.immediate", "danger.controller_nearby"]);
    let urgent_safety = flag("urgent_safety", "", danger_seen.clone());

    // Heightened risk: the risk codes themselves, plus categories that follow from other
    // findings (UNHCR Heightened Risk Identification Tool: a child in a trafficking situation
    // is a child at risk; a risk on return or danger now is a legal/physical protection need).
    let mut cats: BTreeMap<RiskCategory, Vec<&Seen>> = BTreeMap::new();
    for s in f.all().filter(|s| s.present()) {
        if let Element::HeightenedRisk(c) = s.ind.element {
            cats.entry(c).or_default().push(s);
        }
    }
    if unaccompanied_child {
        cats.entry(RiskCategory::UnaccompaniedOrSeparatedChild)
            .or_default()
            .extend(uasc_seen.iter().copied());
    }
    if child && traf.pathway.level >= Level::Possible {
        let mut seen: Vec<&Seen> = child_seen.clone();
        seen.extend(
            f.matching(|i| {
                matches!(
                    i.element,
                    Element::PalermoPurpose | Element::Ilo2009(..) | Element::ForcedLabour
                )
            })
            .filter(|s| s.present()),
        );
        cats.entry(RiskCategory::ChildrenAtRisk)
            .or_default()
            .extend(seen);
    }
    let violence: Vec<&Seen> = f
        .matching(|i| {
            i.code == "ilo2012.physical_sexual_violence" || i.code.ends_with(".violence_on_victim")
        })
        .filter(|s| s.present())
        .collect();
    // UNHCR's "women and girls at risk": a woman or girl facing exploitation, violence or
    // danger (Resettlement Handbook ch. 6.3; the Heightened Risk Identification Tool lists
    // trafficking and sexual and gender-based violence among a woman's protection risks).
    let female = present(f, &["profile.female"]);
    if !female.is_empty()
        && (traf.pathway.level >= Level::Possible
            || !violence.is_empty()
            || !danger_seen.is_empty())
    {
        let mut seen = female;
        seen.extend(violence.iter().copied());
        seen.extend(danger_seen.iter().copied());
        cats.entry(RiskCategory::WomenAndGirlsAtRisk)
            .or_default()
            .extend(seen);
    }
    if !violence.is_empty() {
        cats.entry(RiskCategory::SurvivorsOfViolenceOrTorture)
            .or_default()
            .extend(violence);
    }
    // UNHCR Resettlement Handbook (2011) ch. 6.2, "legal and/or physical protection needs":
    // a refugee facing a threat of refoulement, or a threat to physical safety in the country
    // of refuge. So a risk on return raises it only for someone outside their country (or not
    // known to be inside); danger now raises it for anyone.
    let refoulement_need = non_refoulement && !inside_country;
    if refoulement_need || urgent_safety {
        let mut seen: Vec<&Seen> = danger_seen.clone();
        if refoulement_need {
            seen.extend(nr_seen.iter().copied());
        }
        cats.entry(RiskCategory::LegalOrPhysicalProtection)
            .or_default()
            .extend(seen);
    }
    if !present(f, &["profile.separated"]).is_empty() {
        cats.entry(RiskCategory::FamilySeparation)
            .or_default()
            .extend(present(f, &["profile.separated"]));
    }
    let mut heightened_risk = Vec::new();
    for (cat, seen) in cats {
        heightened_risk.push(cat);
        reasons.push(reason(
            "flag.heightened_risk",
            "reason-flag-heightened-risk",
            &[("category", cat.as_str().to_owned())],
            seen,
        ));
    }

    FlagSet {
        flags: Flags {
            child,
            unaccompanied_child,
            smuggling,
            stateless,
            non_refoulement,
            urgent_safety,
            heightened_risk,
        },
        reasons,
    }
}
