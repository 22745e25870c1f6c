//! The outcome as a text report a caseworker can read, in their language (Fluent). Every
//! sentence comes from a message id; arguments that are ids (elements, lists, grounds, risk
//! categories, levels) are translated too, so no code or raw id reaches the reader except the
//! indicator codes listed as evidence.

use crate::outcome_view::{fmt, OutcomeView, ReasonView};
use harbour_i18n::Localizer;
use harbour_rules::{AnswerRef, Outcome};

pub use crate::outcome_view::{element_label, message, rules_catalog};

/// The report for `outcome`, in the localizer's language.
pub fn outcome_text(outcome: &Outcome, loc: &Localizer) -> String {
    view_text(&OutcomeView::new(outcome, loc), loc)
}

/// The report for an outcome's view.
pub fn view_text(view: &OutcomeView, loc: &Localizer) -> String {
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
            &[("version", view.rules_version.clone())],
        ),
    );

    // Safety first: an urgent flag leads the report.
    if let Some(f) = view
        .flags
        .iter()
        .find(|f| f.flag == harbour_rules::Flag::UrgentSafety)
    {
        line(0, String::new());
        line(0, format!("{}: {}", t("report-urgent"), f.text));
    }

    line(0, String::new());
    line(0, t("report-pathways"));
    for p in &view.pathways {
        line(1, format!("{}: {}", p.name, p.level_text));
        line(2, format!("{}:", t("report-elements")));
        for e in &p.elements {
            line(3, format!("- {}: {}", e.label, e.status_text));
        }
        for r in &p.reasons {
            reason(&mut line, loc, 2, r);
        }
    }

    line(0, String::new());
    line(0, t("report-flags"));
    for f in &view.flags {
        line(1, format!("- {}", f.text));
        for r in &f.reasons {
            reason(&mut line, loc, 2, r);
        }
    }
    if let Some(text) = &view.risk_text {
        line(1, format!("- {text}"));
        for r in &view.risk_reasons {
            reason(&mut line, loc, 2, r);
        }
    }
    if view.flags.is_empty() && view.risk_text.is_none() {
        line(1, t("report-no-flags"));
    }

    line(0, String::new());
    line(0, t("report-referrals"));
    if view.referrals.is_empty() {
        line(1, t("report-no-referrals"));
    }
    for r in &view.referrals {
        let urgent = if r.urgent {
            format!("[{}] ", t("report-urgent"))
        } else {
            String::new()
        };
        line(1, format!("- {urgent}{}", r.text));
        for why in &r.reasons {
            reason(&mut line, loc, 2, why);
        }
    }

    line(0, String::new());
    line(0, t("report-notes"));
    for n in &view.notes {
        reason(&mut line, loc, 1, n);
    }
    out
}

fn reason(line: &mut impl FnMut(usize, String), loc: &Localizer, indent: usize, r: &ReasonView) {
    line(indent, format!("* {}", r.text));
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
