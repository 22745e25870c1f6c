//! The legal tests: evidence in, outcome out. One file per family of rules; this one holds
//! the shared view of the evidence and puts the outcome together.

mod flags;
mod notes;
mod protection;
mod referrals;
mod trafficking;

pub use trafficking::element_present;

use crate::outcome::{ElementStatus, Message, Outcome, Pathways, Reason};
use crate::{indicator, AnswerRef, Element, Evidence, Indicator, Observation, RULES_VERSION};
use std::collections::{BTreeMap, BTreeSet};

/// Assess one case's evidence. Pure and deterministic: the same evidence always gives the
/// same outcome, whatever the order in which it was observed.
pub fn assess(evidence: &Evidence) -> Outcome {
    let facts = Facts::new(evidence);
    let traf = trafficking::assess(&facts);
    let prot = protection::assess(&facts);
    let flags = flags::assess(&facts, &traf, prot.inside_country);
    let referrals = referrals::assess(&facts, &traf, &prot, &flags);
    let notes = notes::assess(&facts, &traf, &prot, &flags);

    let mut reasons = Vec::new();
    reasons.extend(traf.reasons);
    reasons.extend(prot.reasons);
    reasons.extend(flags.reasons);
    reasons.extend(referrals.reasons);

    Outcome {
        rules_version: RULES_VERSION.to_owned(),
        pathways: Pathways {
            trafficking: traf.pathway,
            international_protection: prot.pathway,
        },
        flags: flags.flags,
        referrals: referrals.referrals,
        notes,
        reasons,
    }
}

/// One observed indicator the catalogue knows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seen<'a> {
    pub ind: &'static Indicator,
    pub obs: Observation,
    pub answers: &'a [AnswerRef],
}

impl Seen<'_> {
    pub fn present(&self) -> bool {
        self.obs == Observation::Present
    }
}

/// The evidence, joined with the catalogue. Codes the catalogue does not know are dropped:
/// questionnaires are validated against the catalogue when loaded, so an unknown code here is
/// stale data, not a legal fact.
pub(crate) struct Facts<'a> {
    seen: Vec<Seen<'a>>,
}

impl<'a> Facts<'a> {
    fn new(ev: &'a Evidence) -> Self {
        let seen = ev
            .iter()
            .filter_map(|(code, obs, answers)| {
                indicator(code).map(|ind| Seen { ind, obs, answers })
            })
            .collect();
        Facts { seen }
    }

    /// Every observed indicator, in code order.
    pub fn all(&self) -> impl Iterator<Item = &Seen<'a>> + '_ {
        self.seen.iter()
    }

    /// Observed indicators matching `pred`.
    pub fn matching<'s>(
        &'s self,
        pred: impl Fn(&Indicator) -> bool + 's,
    ) -> impl Iterator<Item = &'s Seen<'a>> + 's {
        self.seen.iter().filter(move |s| pred(s.ind))
    }

    /// Observed indicators of one element.
    pub fn of(&self, element: Element) -> impl Iterator<Item = &Seen<'a>> + '_ {
        self.matching(move |i| i.element == element)
    }

    /// The observation for one code, if asked.
    pub fn obs(&self, code: &str) -> Option<Observation> {
        self.get(code).map(|s| s.obs)
    }

    /// Whether `code` was observed present.
    pub fn present(&self, code: &str) -> bool {
        self.obs(code) == Some(Observation::Present)
    }

    /// The observed indicator for one code.
    pub fn get(&self, code: &str) -> Option<&Seen<'a>> {
        // `seen` is in code order (the evidence is a sorted map), so a binary search works.
        self.seen
            .binary_search_by(|s| s.ind.code.cmp(code))
            .ok()
            .and_then(|i| self.seen.get(i))
    }
}

/// The status of an element evidenced directly by single indicators: present if any is
/// present; otherwise unknown if any was declined or not known (a "don't know" is never a
/// "no"); otherwise absent if any was answered no; otherwise never asked.
pub(crate) fn direct_status<'s, 'a: 's>(
    seen: impl IntoIterator<Item = &'s Seen<'a>>,
) -> ElementStatus {
    let mut status = ElementStatus::NotAsked;
    for s in seen {
        status = combine(status, obs_status(s.obs));
    }
    status
}

fn obs_status(obs: Observation) -> ElementStatus {
    match obs {
        Observation::Present => ElementStatus::Present,
        Observation::Absent => ElementStatus::Absent,
        Observation::Unknown => ElementStatus::Unknown,
    }
}

/// Combine two statuses of evidence for the same element, by the same precedence as
/// [`direct_status`]. Below-threshold counts as "not shown" (absent) here; the indicators
/// behind it still make a pathway `possible` on their own.
pub(crate) fn combine(a: ElementStatus, b: ElementStatus) -> ElementStatus {
    use ElementStatus::*;
    let rank = |s: ElementStatus| match s {
        Present => 4,
        Unknown => 3,
        Absent | BelowThreshold => 2,
        NotAsked | NotRequired => 1,
    };
    let norm = |s: ElementStatus| if s == BelowThreshold { Absent } else { s };
    if rank(a) >= rank(b) {
        norm(a)
    } else {
        norm(b)
    }
}

/// Sorted, de-duplicated codes of the given observed indicators.
pub(crate) fn codes<'s, 'a: 's>(seen: impl IntoIterator<Item = &'s Seen<'a>>) -> Vec<String> {
    seen.into_iter()
        .map(|s| s.ind.code.to_owned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Build one link of the reasons chain from the indicators behind it.
pub(crate) fn reason<'s, 'a: 's>(
    about: &str,
    id: &str,
    args: &[(&str, String)],
    seen: impl IntoIterator<Item = &'s Seen<'a>>,
) -> Reason {
    let mut indicators = BTreeSet::new();
    let mut answers = BTreeSet::new();
    for s in seen {
        indicators.insert(s.ind.code.to_owned());
        answers.extend(s.answers.iter().cloned());
    }
    Reason {
        about: about.to_owned(),
        message: message(id, args),
        indicators: indicators.into_iter().collect(),
        answers: answers.into_iter().collect(),
    }
}

/// A message id with arguments.
pub(crate) fn message(id: &str, args: &[(&str, String)]) -> Message {
    Message {
        id: id.to_owned(),
        args: args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
    }
}
