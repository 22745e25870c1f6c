//! One structured, translated view of an outcome: what the app's outcome screen and the text
//! report of `harbour assess` both read. Every text comes from a message id the rules' enums
//! give ([`harbour_rules::Level::message_id`] and the like); every item keeps its typed code
//! beside its text, so a reader can branch on the code and show the text.

use harbour_i18n::{Catalog, FluentArgs, FluentValue, Localizer};
use harbour_rules::{
    element_label as element_label_of, AnswerRef, ElementLabel, ElementStatus, Flag, Ground,
    IloElement, IloList, Level, Message, Outcome, Pathway, Reason, ReferralKind, RiskCategory,
};

/// A catalog with the rules' texts in every language of [`harbour_rules::LOCALES`].
/// The summary's texts ([`harbour_rules::SUMMARY_LOCALES`]) are part of it.
pub fn rules_catalog() -> Catalog {
    let mut sources: Vec<(&str, &str)> = harbour_rules::LOCALES.to_vec();
    sources.extend_from_slice(harbour_rules::SUMMARY_LOCALES);
    Catalog::from_sources(&sources)
}

/// The two pathways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathwayKind {
    /// Trafficking in persons.
    Trafficking,
    /// International protection.
    InternationalProtection,
}

impl PathwayKind {
    /// Both, in the order they are shown.
    pub const ALL: [PathwayKind; 2] = [
        PathwayKind::Trafficking,
        PathwayKind::InternationalProtection,
    ];

    /// The snake_case id (`international_protection`).
    pub fn as_str(self) -> &'static str {
        match self {
            PathwayKind::Trafficking => "trafficking",
            PathwayKind::InternationalProtection => "international_protection",
        }
    }

    /// The message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            PathwayKind::Trafficking => "pathway-trafficking",
            PathwayKind::InternationalProtection => "pathway-international-protection",
        }
    }

    /// What the outcome's reasons for it are about.
    pub fn about(self) -> &'static str {
        match self {
            PathwayKind::Trafficking => "pathway.trafficking",
            PathwayKind::InternationalProtection => "pathway.international_protection",
        }
    }

    /// The pathway in an outcome.
    pub fn of(self, outcome: &Outcome) -> &Pathway {
        match self {
            PathwayKind::Trafficking => &outcome.pathways.trafficking,
            PathwayKind::InternationalProtection => &outcome.pathways.international_protection,
        }
    }
}

/// A reason, translated; the answers stay as references for the reader to word.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonView {
    /// What it explains (`pathway.trafficking`, `flag.child`, `referral.shelter`, `note.…`).
    pub about: String,
    /// The explanation.
    pub text: String,
    /// The indicator codes behind it.
    pub indicators: Vec<String>,
    /// The answers behind them.
    pub answers: Vec<AnswerRef>,
}

/// One legal element of a pathway.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementView {
    /// Its stable id (`palermo.means`).
    pub id: String,
    /// Its name.
    pub label: String,
    /// Its status.
    pub status: ElementStatus,
    /// The status in words.
    pub status_text: String,
    /// The indicator codes present for it.
    pub indicators: Vec<String>,
}

/// One pathway.
#[derive(Debug, Clone, PartialEq)]
pub struct PathwayView {
    /// Which.
    pub kind: PathwayKind,
    /// Its name.
    pub name: String,
    /// Its level.
    pub level: Level,
    /// The level in words.
    pub level_text: String,
    /// Its elements.
    pub elements: Vec<ElementView>,
    /// Why it has this level.
    pub reasons: Vec<ReasonView>,
}

/// A raised flag.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagView {
    /// Which.
    pub flag: Flag,
    /// In words.
    pub text: String,
    /// Why it is raised.
    pub reasons: Vec<ReasonView>,
}

/// A heightened-risk category that applies.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskView {
    /// Which.
    pub category: RiskCategory,
    /// In words.
    pub text: String,
}

/// A recommended referral.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralView {
    /// Where to.
    pub kind: ReferralKind,
    /// Its name.
    pub text: String,
    /// Act now.
    pub urgent: bool,
    /// Why it is recommended.
    pub reasons: Vec<ReasonView>,
}

/// An outcome, structured and translated.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeView {
    /// The rule set that produced it.
    pub rules_version: String,
    /// A call to act now ([`Outcome::is_urgent`]).
    pub urgent: bool,
    /// Both pathways, trafficking first.
    pub pathways: Vec<PathwayView>,
    /// The flags raised, safety first.
    pub flags: Vec<FlagView>,
    /// The heightened-risk categories that apply.
    pub risks: Vec<RiskView>,
    /// The heightened-risk flag in words (naming the categories), when any apply.
    pub risk_text: Option<String>,
    /// Why they apply.
    pub risk_reasons: Vec<ReasonView>,
    /// The referrals, in the rules' order.
    pub referrals: Vec<ReferralView>,
    /// Notes for the caseworker.
    pub notes: Vec<ReasonView>,
    /// Every reason, in the outcome's order.
    pub reasons: Vec<ReasonView>,
    /// What a caseworker reads first: the two levels, urgent safety, each referral with its
    /// own one-line reason in words. A view only: nothing of it is stored or published.
    pub summary: SummaryView,
}

/// How many indicator labels a referral's summary line names before "and N more".
pub const SUMMARY_LABELS: usize = 3;

/// The summary of an outcome, in words, without codes.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    /// Its heading.
    pub title: String,
    /// The urgent-safety line, when the flag is raised (shown first).
    pub urgent: Option<String>,
    /// Both pathways, trafficking first.
    pub levels: Vec<SummaryLevel>,
    /// The other flags raised (under 18, risk on return, …), safety first; empty when none.
    pub flags: Vec<String>,
    /// The flags as one line (`Also: …`), when any.
    pub flags_line: Option<String>,
    /// The heading of the referrals (`Refer to:`).
    pub referrals_title: String,
    /// Each referral, in the rules' order.
    pub referrals: Vec<SummaryReferral>,
    /// Said instead of the referrals when there are none.
    pub no_referrals: String,
}

/// One pathway's level, as the summary says it.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryLevel {
    /// Which.
    pub kind: PathwayKind,
    /// Its level.
    pub level: Level,
    /// The pathway's name.
    pub name: String,
    /// The level in the summary's words (`strong indicators: refer …`).
    pub text: String,
    /// The whole line (`Trafficking in persons: strong indicators: …`).
    pub line: String,
}

/// One referral with its own reason.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryReferral {
    /// Where to.
    pub kind: ReferralKind,
    /// Its name.
    pub text: String,
    /// Act now.
    pub urgent: bool,
    /// Every label of the indicators behind it, most telling first, each once.
    pub labels: Vec<String>,
    /// The reason in one line: at most [`SUMMARY_LABELS`] labels, then "and N more"; the
    /// rules' sentence when no indicator has a label.
    pub reason: String,
    /// The whole line (`Asylum procedure: targeted for their religion; …`), with the urgent
    /// mark first when urgent.
    pub line: String,
}

impl OutcomeView {
    /// The view of `outcome` in the localizer's language.
    pub fn new(outcome: &Outcome, loc: &Localizer) -> OutcomeView {
        let t = |id: &str| loc.format(id, None);
        let reasons_for = |about: &str| -> Vec<ReasonView> {
            outcome.reasons_for(about).map(|r| reason(loc, r)).collect()
        };
        let pathways = PathwayKind::ALL
            .into_iter()
            .map(|kind| {
                let p = kind.of(outcome);
                PathwayView {
                    kind,
                    name: t(kind.message_id()),
                    level: p.level,
                    level_text: t(p.level.message_id()),
                    elements: p
                        .elements
                        .iter()
                        .map(|e| ElementView {
                            id: e.element.clone(),
                            label: element_label(loc, &e.element),
                            status: e.status,
                            status_text: t(e.status.message_id()),
                            indicators: e.indicators.clone(),
                        })
                        .collect(),
                    reasons: reasons_for(kind.about()),
                }
            })
            .collect();
        let flags = outcome
            .flags
            .raised()
            .map(|flag| FlagView {
                flag,
                text: t(flag.message_id()),
                reasons: reasons_for(flag.about()),
            })
            .collect();
        let risks: Vec<RiskView> = outcome
            .flags
            .heightened_risk
            .iter()
            .map(|c| RiskView {
                category: *c,
                text: t(c.message_id()),
            })
            .collect();
        let risk_text = (!risks.is_empty()).then(|| {
            let names: Vec<&str> = risks.iter().map(|r| r.text.as_str()).collect();
            fmt(
                loc,
                "flag-heightened-risk",
                &[("categories", names.join(", "))],
            )
        });
        let referrals: Vec<ReferralView> = outcome
            .referrals
            .iter()
            .map(|r| ReferralView {
                kind: r.kind,
                text: t(r.kind.message_id()),
                urgent: r.urgent,
                reasons: reasons_for(&r.kind.about()),
            })
            .collect();
        let summary = summary(outcome, loc, &referrals);
        OutcomeView {
            rules_version: outcome.rules_version.clone(),
            urgent: outcome.is_urgent(),
            pathways,
            flags,
            risks,
            risk_text,
            risk_reasons: reasons_for("flag.heightened_risk"),
            referrals,
            notes: outcome.notes.iter().map(|n| reason(loc, n)).collect(),
            reasons: outcome.reasons.iter().map(|r| reason(loc, r)).collect(),
            summary,
        }
    }
}

fn summary(outcome: &Outcome, loc: &Localizer, referrals: &[ReferralView]) -> SummaryView {
    let t = |id: &str| loc.format(id, None);
    let urgent = outcome.flags.urgent_safety.then(|| {
        fmt(
            loc,
            "summary-urgent",
            &[("text", t(Flag::UrgentSafety.message_id()))],
        )
    });
    let levels = PathwayKind::ALL
        .into_iter()
        .map(|kind| {
            let level = kind.of(outcome).level;
            let name = t(kind.message_id());
            let text = t(level.summary_message_id());
            SummaryLevel {
                kind,
                level,
                line: fmt(
                    loc,
                    "summary-pathway-line",
                    &[("pathway", name.clone()), ("level", text.clone())],
                ),
                name,
                text,
            }
        })
        .collect();
    let flags: Vec<String> = outcome
        .flags
        .raised()
        .filter(|f| *f != Flag::UrgentSafety)
        .map(|f| t(f.message_id()))
        .collect();
    let flags_line = (!flags.is_empty()).then(|| {
        fmt(
            loc,
            "summary-also",
            &[("flags", flags.join(&separator(loc)))],
        )
    });
    SummaryView {
        title: t("summary-title"),
        urgent,
        levels,
        flags,
        flags_line,
        referrals_title: t("summary-refer-to"),
        referrals: referrals.iter().map(|r| summary_referral(loc, r)).collect(),
        no_referrals: t("summary-no-referrals"),
    }
}

fn summary_referral(loc: &Localizer, r: &ReferralView) -> SummaryReferral {
    let mut codes: Vec<&str> = r
        .reasons
        .iter()
        .flat_map(|why| why.indicators.iter().map(String::as_str))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let labels: Vec<String> = harbour_rules::referral_highlights(r.kind, &codes)
        .into_iter()
        .map(|id| loc.format(id, None))
        .collect();
    let reason = one_line(loc, &labels).unwrap_or_else(|| {
        r.reasons
            .first()
            .map(|why| why.text.clone())
            .unwrap_or_default()
    });
    let name = if r.urgent {
        format!(
            "[{}] {}",
            loc.format("summary-referral-urgent", None),
            r.text
        )
    } else {
        r.text.clone()
    };
    let line = if reason.is_empty() {
        name
    } else {
        fmt(
            loc,
            "summary-referral-line",
            &[("referral", name), ("reason", reason.clone())],
        )
    };
    SummaryReferral {
        kind: r.kind,
        text: r.text.clone(),
        urgent: r.urgent,
        labels,
        reason,
        line,
    }
}

/// At most [`SUMMARY_LABELS`] labels joined with the language's separator, then "and N
/// more"; `None` when there are none.
pub fn one_line(loc: &Localizer, labels: &[String]) -> Option<String> {
    if labels.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = labels.iter().take(SUMMARY_LABELS).cloned().collect();
    let more = labels.len().saturating_sub(SUMMARY_LABELS);
    if more > 0 {
        parts.push(fmt(loc, "summary-more", &[("count", more.to_string())]));
    }
    Some(parts.join(&separator(loc)))
}

/// What separates the items of a summary line (`; `, ` ; ` in French, `؛ ` in Arabic).
pub fn separator(loc: &Localizer) -> String {
    loc.format("summary-separator", None)
}

fn reason(loc: &Localizer, r: &Reason) -> ReasonView {
    ReasonView {
        about: r.about.clone(),
        text: message(loc, &r.message),
        indicators: r.indicators.clone(),
        answers: r.answers.clone(),
    }
}

/// The translated name of a legal element id (`palermo.act`,
/// `ilo2009.adult.labour.coercion_destination`); an id no rule produces is shown as it is.
pub fn element_label(loc: &Localizer, id: &str) -> String {
    match element_label_of(id) {
        Some(ElementLabel::Plain(m)) => loc.format(m, None),
        Some(ElementLabel::Ilo(list, element)) => ilo_label(loc, list, element),
        None => id.to_string(),
    }
}

fn ilo_label(loc: &Localizer, list: IloList, element: IloElement) -> String {
    fmt(
        loc,
        "ilo-element-in-list",
        &[
            ("element", loc.format(element.message_id(), None)),
            ("list", loc.format(list.message_id(), None)),
        ],
    )
}

/// Format an outcome message, translating the arguments that are ids.
pub fn message(loc: &Localizer, m: &Message) -> String {
    let list = m.args.get("list").and_then(|l| IloList::from_slug(l));
    let named = |id: Option<&'static str>, raw: &str| match id {
        Some(id) => loc.format(id, None),
        None => raw.to_string(),
    };
    let mut args: Vec<(&str, String)> = Vec::new();
    for (k, v) in &m.args {
        let shown = match k.as_str() {
            "element" if m.args.contains_key("list") => {
                named(IloElement::from_slug(v).map(IloElement::message_id), v)
            }
            "element" => element_label(loc, v),
            "elements" => v
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(|e| element_label(loc, e))
                .collect::<Vec<_>>()
                .join("; "),
            "list" => named(list.map(IloList::message_id), v),
            "grounds" => v
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(|g| named(Ground::from_code(g).map(Ground::message_id), g))
                .collect::<Vec<_>>()
                .join(", "),
            "category" => named(RiskCategory::from_code(v).map(RiskCategory::message_id), v),
            "level" => named(Level::from_code(v).map(Level::short_message_id), v),
            _ => v.clone(),
        };
        args.push((k.as_str(), shown));
    }
    fmt(loc, &m.id, &args)
}

/// Format with string arguments; those that are whole numbers are passed as numbers so that
/// plural selectors work.
pub(crate) fn fmt(loc: &Localizer, id: &str, args: &[(&str, String)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v.parse::<i64>() {
            Ok(n) => fa.set(*k, FluentValue::from(n)),
            Err(_) => fa.set(*k, FluentValue::from(v.clone())),
        }
    }
    loc.format(id, Some(&fa))
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_rules::{assess, Evidence, Observation};

    #[test]
    fn the_view_keeps_codes_beside_texts_and_puts_safety_first() {
        let mut ev = Evidence::new();
        for c in [
            "profile.child",
            "palermo.act.recruitment",
            "palermo.purpose.forced_labour",
            "danger.immediate",
        ] {
            ev.observe(
                c,
                Observation::Present,
                AnswerRef {
                    question_id: format!("q-{c}"),
                    answer: "yes".into(),
                    language: "en".into(),
                },
            );
        }
        let o = assess(&ev);
        let loc = rules_catalog().localizer("en");
        let v = OutcomeView::new(&o, &loc);
        assert!(v.urgent);
        assert_eq!(v.flags[0].flag, Flag::UrgentSafety);
        assert_eq!(v.pathways[0].kind, PathwayKind::Trafficking);
        assert_eq!(v.pathways[0].level, o.pathways.trafficking.level);
        assert_eq!(
            v.pathways[0].level_text,
            loc.format(o.pathways.trafficking.level.message_id(), None)
        );
        assert!(v
            .referrals
            .iter()
            .any(|r| r.kind == ReferralKind::ChildProtection
                && r.text == "Child protection services"));
        let all: Vec<&str> = v
            .pathways
            .iter()
            .flat_map(|p| p.elements.iter().map(|e| e.label.as_str()))
            .collect();
        assert!(all.iter().all(|l| !l.contains("element-")), "{all:?}");
        assert_eq!(v.reasons.len(), o.reasons.len());
    }
}
