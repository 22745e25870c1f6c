//! The outcome as a text report a caseworker can read, in their language (Fluent). Every
//! sentence comes from a message id; arguments that are ids (elements, lists, grounds, risk
//! categories, levels) are translated too, so no code or raw id reaches the reader except the
//! indicator codes listed as evidence.

use harbour_i18n::{Catalog, FluentArgs, FluentValue, Localizer};
use harbour_rules::{
    AnswerRef, ElementFinding, ElementStatus, Level, Message, Outcome, Pathway, Reason,
};

/// A catalog with the rules' texts in every language of [`harbour_rules::LOCALES`].
pub fn rules_catalog() -> Catalog {
    Catalog::from_sources(harbour_rules::LOCALES)
}

/// The report for `outcome`, in the localizer's language.
pub fn outcome_text(outcome: &Outcome, loc: &Localizer) -> String {
    let mut out = String::new();
    let mut line = |indent: usize, text: String| {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&text);
        out.push('\n');
    };
    let t = |id: &str| loc.format(id, None);

    line(0, t("report-title"));
    line(
        0,
        fmt(
            loc,
            "report-rules-version",
            &[("version", outcome.rules_version.clone())],
        ),
    );

    // Safety first: an urgent flag leads the report.
    if outcome.flags.urgent_safety {
        line(0, String::new());
        line(
            0,
            format!("{}: {}", t("report-urgent"), t("flag-urgent-safety")),
        );
    }

    line(0, String::new());
    line(0, t("report-pathways"));
    for (id, about, p) in [
        (
            "pathway-trafficking",
            "pathway.trafficking",
            &outcome.pathways.trafficking,
        ),
        (
            "pathway-international-protection",
            "pathway.international_protection",
            &outcome.pathways.international_protection,
        ),
    ] {
        pathway(&mut line, loc, id, p);
        for r in outcome.reasons_for(about) {
            reason(&mut line, loc, 2, r);
        }
    }

    line(0, String::new());
    line(0, t("report-flags"));
    let f = &outcome.flags;
    let mut any = false;
    for (on, id, about) in [
        (f.child, "flag-child", "flag.child"),
        (
            f.unaccompanied_child,
            "flag-unaccompanied-child",
            "flag.unaccompanied_child",
        ),
        (f.smuggling, "flag-smuggling", "flag.smuggling"),
        (f.stateless, "flag-stateless", "flag.stateless"),
        (
            f.non_refoulement,
            "flag-non-refoulement",
            "flag.non_refoulement",
        ),
        (f.urgent_safety, "flag-urgent-safety", "flag.urgent_safety"),
    ] {
        if on {
            any = true;
            line(1, format!("- {}", t(id)));
            for r in outcome.reasons_for(about) {
                reason(&mut line, loc, 2, r);
            }
        }
    }
    if !f.heightened_risk.is_empty() {
        any = true;
        let cats: Vec<String> = f
            .heightened_risk
            .iter()
            .map(|c| t(&format!("risk-{}", c.as_str().replace('_', "-"))))
            .collect();
        line(
            1,
            format!(
                "- {}",
                fmt(
                    loc,
                    "flag-heightened-risk",
                    &[("categories", cats.join(", "))]
                )
            ),
        );
        for r in outcome.reasons_for("flag.heightened_risk") {
            reason(&mut line, loc, 2, r);
        }
    }
    if !any {
        line(1, t("report-no-flags"));
    }

    line(0, String::new());
    line(0, t("report-referrals"));
    if outcome.referrals.is_empty() {
        line(1, t("report-no-referrals"));
    }
    for r in &outcome.referrals {
        let name = t(&format!("referral-{}", r.kind.as_str().replace('_', "-")));
        let urgent = if r.urgent {
            format!("[{}] ", t("report-urgent"))
        } else {
            String::new()
        };
        line(1, format!("- {urgent}{name}"));
        for why in outcome.reasons_for(&format!("referral.{}", r.kind.as_str())) {
            reason(&mut line, loc, 2, why);
        }
    }

    line(0, String::new());
    line(0, t("report-notes"));
    for n in &outcome.notes {
        reason(&mut line, loc, 1, n);
    }
    out
}

fn pathway(line: &mut impl FnMut(usize, String), loc: &Localizer, id: &str, p: &Pathway) {
    line(
        1,
        format!(
            "{}: {}",
            loc.format(id, None),
            loc.format(&level_id(p.level), None)
        ),
    );
    line(2, format!("{}:", loc.format("report-elements", None)));
    for e in &p.elements {
        element(line, loc, e);
    }
}

fn element(line: &mut impl FnMut(usize, String), loc: &Localizer, e: &ElementFinding) {
    let status = match e.status {
        ElementStatus::Present => "status-present",
        ElementStatus::BelowThreshold => "status-below-threshold",
        ElementStatus::Absent => "status-absent",
        ElementStatus::Unknown => "status-unknown",
        ElementStatus::NotAsked => "status-not-asked",
        ElementStatus::NotRequired => "status-not-required",
    };
    line(
        3,
        format!(
            "- {}: {}",
            element_label(loc, &e.element),
            loc.format(status, None)
        ),
    );
}

fn level_id(level: Level) -> String {
    format!("level-{}", level.as_str().replace('_', "-"))
}

/// A translated label for an element id (`palermo.act`, `ilo2009.adult.labour.coercion_destination`).
/// The translated label of a legal element id.
pub fn element_label(loc: &Localizer, id: &str) -> String {
    if let Some(rest) = id.strip_prefix("ilo2009.") {
        let mut parts = rest.splitn(3, '.');
        if let (Some(age), Some(kind), Some(el)) = (parts.next(), parts.next(), parts.next()) {
            return ilo_label(loc, &format!("{age}.{kind}"), el);
        }
    }
    loc.format(&format!("element-{}", id.replace(['.', '_'], "-")), None)
}

fn ilo_label(loc: &Localizer, list: &str, element: &str) -> String {
    fmt(
        loc,
        "ilo-element-in-list",
        &[
            (
                "element",
                loc.format(&format!("ilo-element-{}", element.replace('_', "-")), None),
            ),
            (
                "list",
                loc.format(&format!("ilo-list-{}", list.replace('.', "-")), None),
            ),
        ],
    )
}

fn reason(line: &mut impl FnMut(usize, String), loc: &Localizer, indent: usize, r: &Reason) {
    line(indent, format!("* {}", message(loc, &r.message)));
    if !r.indicators.is_empty() {
        line(
            indent + 1,
            fmt(
                loc,
                "report-indicators-line",
                &[("codes", r.indicators.join(", "))],
            ),
        );
    }
    for a in &r.answers {
        line(indent + 1, answer(loc, a));
    }
}

fn answer(loc: &Localizer, a: &AnswerRef) -> String {
    fmt(
        loc,
        "report-answer-line",
        &[
            ("question", a.question_id.clone()),
            ("answer", a.answer.clone()),
            ("language", a.language.clone()),
        ],
    )
}

/// Format an outcome message, translating the arguments that are ids.
pub fn message(loc: &Localizer, m: &Message) -> String {
    let list = m.args.get("list").cloned().unwrap_or_default();
    let mut args: Vec<(&str, String)> = Vec::new();
    for (k, v) in &m.args {
        let shown = match k.as_str() {
            "element" if m.args.contains_key("list") => {
                loc.format(&format!("ilo-element-{}", v.replace('_', "-")), None)
            }
            "element" => element_label(loc, v),
            "elements" => v
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(|e| element_label(loc, e))
                .collect::<Vec<_>>()
                .join("; "),
            "list" => loc.format(&format!("ilo-list-{}", list.replace('.', "-")), None),
            "grounds" => v
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(|g| loc.format(&format!("ground-{}", g.replace('_', "-")), None))
                .collect::<Vec<_>>()
                .join(", "),
            "category" => loc.format(&format!("risk-{}", v.replace('_', "-")), None),
            "level" => loc.format(&format!("level-short-{}", v.replace('_', "-")), None),
            _ => v.clone(),
        };
        args.push((k.as_str(), shown));
    }
    fmt(loc, &m.id, &args)
}

/// Format with string arguments; those that are whole numbers are passed as numbers so that
/// plural selectors work.
fn fmt(loc: &Localizer, id: &str, args: &[(&str, String)]) -> String {
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
    use harbour_rules::{assess, AnswerRef, Evidence, Observation};

    fn yes(ev: &mut Evidence, code: &str) {
        ev.observe(
            code,
            Observation::Present,
            AnswerRef {
                question_id: format!("q-{code}"),
                answer: "yes".into(),
                language: "en".into(),
            },
        );
    }

    #[test]
    fn english_report_names_pathways_referrals_and_answers_without_raw_ids() {
        let mut ev = Evidence::new();
        for c in [
            "profile.child",
            "palermo.act.recruitment",
            "palermo.purpose.forced_labour",
            "danger.immediate",
        ] {
            yes(&mut ev, c);
        }
        let o = assess(&ev);
        let loc = rules_catalog().localizer("en");
        // Fluent isolates arguments with U+2068/U+2069; compare the visible text.
        let text = outcome_text(&o, &loc).replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("Trafficking in persons"), "{text}");
        assert!(text.contains("Child protection services"), "{text}");
        assert!(
            text.contains("no means is needed (Palermo Protocol Art. 3(c))"),
            "{text}"
        );
        assert!(
            text.contains("question q-profile.child: \"yes\" (en)"),
            "{text}"
        );
        assert!(text.starts_with("Screening result"), "{text}");
        assert!(text.contains("URGENT"), "{text}");
        for bad in [
            "reason-",
            "note-",
            "level-",
            "referral-",
            "status-",
            harbour_i18n::MISSING_TEXT,
        ] {
            assert!(
                !text.contains(bad),
                "raw id or missing text {bad:?} in:\n{text}"
            );
        }
        let lower = text.to_lowercase();
        assert!(!lower.contains("victim"), "screening wording only:\n{text}");
    }
}
