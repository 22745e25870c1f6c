//! The outcome as a text report a caseworker can read, in their language (Fluent). It opens
//! with the summary of [`OutcomeView::summary`] (the two levels, urgent safety, each referral
//! with its own reason in words: about a dozen lines), then the details: each pathway, flag,
//! referral and note once, and the answers behind the result worded from the questionnaire.
//! Every sentence comes from a message id; no indicator code, question id or option id
//! reaches the reader unless [`ReportOptions::verbose`] asks for them.

use crate::outcome_view::{fmt, separator, OutcomeView, ReasonView};
use harbour_i18n::{Catalog, Localizer};
use harbour_questionnaire::Questionnaire;
use harbour_rules::{AnswerRef, Outcome};
use std::collections::BTreeSet;

pub use crate::outcome_view::{element_label, message, rules_catalog};

/// The questionnaire the answers were given in, to word them (question and option texts) in
/// the report's language.
pub struct PackWords<'a> {
    q: &'a Questionnaire,
    texts: Localizer,
}

impl<'a> PackWords<'a> {
    /// The texts of `q` in `lang` (falling back along the usual chain).
    pub fn new(q: &'a Questionnaire, lang: &str) -> PackWords<'a> {
        let mut catalog = Catalog::new();
        for l in q.languages() {
            if let Some(src) = q.ftl_source(l) {
                catalog.add_ftl(l, "questionnaire.ftl", src);
            }
        }
        PackWords {
            q,
            texts: catalog.localizer(lang),
        }
    }

    /// Where a question comes in the questionnaire (unknown ones last).
    fn order(&self, question_id: &str) -> usize {
        self.q.question_index(question_id).unwrap_or(usize::MAX)
    }

    /// The answer in words: the question's text and the answer's (yes, no, the options'
    /// texts); `None` when the questionnaire has no such question.
    fn answer(&self, loc: &Localizer, a: &AnswerRef) -> Option<String> {
        let question = self.q.question(&a.question_id)?;
        let qtext = one_spaced(&self.texts.format(&question.text, None));
        let response = match a.answer.as_str() {
            "yes" => Some("report-answer-yes"),
            "no" => Some("report-answer-no"),
            "dont_know" => Some("report-answer-dont-know"),
            "declined" => Some("report-answer-declined"),
            "skipped" => Some("report-answer-skipped"),
            _ => None,
        };
        let answer = match response {
            Some(id) => loc.format(id, None),
            None if !question.kind.options().is_empty() => a
                .answer
                .split(',')
                .map(|id| {
                    question
                        .kind
                        .options()
                        .iter()
                        .find(|o| o.id == id)
                        .map(|o| one_spaced(&self.texts.format(&o.text, None)))
                        .unwrap_or_else(|| id.to_string())
                })
                .collect::<Vec<_>>()
                .join(&separator(loc)),
            None => a.answer.clone(),
        };
        Some(fmt(
            loc,
            "report-answer-worded",
            &[("question", qtext), ("answer", answer)],
        ))
    }
}

fn one_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How much the report shows.
#[derive(Default)]
pub struct ReportOptions<'a> {
    /// Show the indicator codes and the answers (by question id) behind every reason.
    pub verbose: bool,
    /// The questionnaire, to word the answers behind the result; without it they are left
    /// out (unless verbose).
    pub pack: Option<PackWords<'a>>,
}

/// The report for `outcome`, in the localizer's language, without codes.
pub fn outcome_text(outcome: &Outcome, loc: &Localizer) -> String {
    report_text(
        &OutcomeView::new(outcome, loc),
        loc,
        &ReportOptions::default(),
    )
}

/// The summary alone: the lines a caseworker reads first.
pub fn summary_lines(view: &OutcomeView) -> Vec<String> {
    let s = &view.summary;
    let mut out = vec![s.title.clone()];
    let mut add = |indent: usize, text: &str| out.push(format!("{}{text}", "  ".repeat(indent)));
    if let Some(u) = &s.urgent {
        add(1, u);
    }
    for l in &s.levels {
        add(1, &l.line);
    }
    if let Some(f) = &s.flags_line {
        add(1, f);
    }
    if s.referrals.is_empty() {
        add(1, &s.no_referrals);
    } else {
        add(1, &s.referrals_title);
        for r in &s.referrals {
            add(2, &format!("- {}", r.line));
        }
    }
    out
}

/// The report for an outcome's view: the summary, then the details.
pub fn report_text(view: &OutcomeView, loc: &Localizer, opts: &ReportOptions<'_>) -> String {
    let mut out = String::new();
    let mut line = |indent: usize, text: String| {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&text);
        out.push('\n');
    };
    let t = |id: &str| loc.format(id, None);
    let why = |line: &mut dyn FnMut(usize, String), indent: usize, r: &ReasonView| {
        reason(line, loc, indent, r, opts.verbose)
    };

    line(0, t("report-title"));
    line(
        0,
        fmt(
            loc,
            "report-rules-version",
            &[("version", view.rules_version.clone())],
        ),
    );
    line(0, String::new());
    for l in summary_lines(view) {
        line(0, l);
    }

    line(0, String::new());
    line(0, t("report-details"));
    line(0, String::new());
    line(0, t("report-pathways"));
    for p in &view.pathways {
        line(1, format!("{}: {}", p.name, p.level_text));
        line(2, format!("{}:", t("report-elements")));
        for e in &p.elements {
            line(3, format!("- {}: {}", e.label, e.status_text));
        }
        for r in &p.reasons {
            why(&mut line, 2, r);
        }
    }

    line(0, String::new());
    line(0, t("report-flags"));
    for f in &view.flags {
        line(1, format!("- {}", f.text));
        for r in &f.reasons {
            why(&mut line, 2, r);
        }
    }
    if let Some(text) = &view.risk_text {
        line(1, format!("- {text}"));
        for r in &view.risk_reasons {
            why(&mut line, 2, r);
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
    for (r, s) in view.referrals.iter().zip(&view.summary.referrals) {
        let urgent = if r.urgent {
            format!("[{}] ", t("report-urgent"))
        } else {
            String::new()
        };
        line(1, format!("- {urgent}{}", r.text));
        for w in &r.reasons {
            why(&mut line, 2, w);
        }
        // Every label behind it (the summary names the first few).
        if s.labels.len() > crate::outcome_view::SUMMARY_LABELS {
            line(
                2,
                fmt(
                    loc,
                    "report-rests-on",
                    &[("labels", s.labels.join(&separator(loc)))],
                ),
            );
        }
    }

    line(0, String::new());
    line(0, t("report-notes"));
    for n in &view.notes {
        why(&mut line, 1, n);
    }

    if !opts.verbose {
        if let Some(pack) = &opts.pack {
            let mut seen = BTreeSet::new();
            let mut answers: Vec<&AnswerRef> = view
                .reasons
                .iter()
                .chain(&view.notes)
                .flat_map(|r| r.answers.iter())
                .filter(|a| seen.insert((a.question_id.clone(), a.answer.clone())))
                .collect();
            answers.sort_by_key(|a| (pack.order(&a.question_id), a.question_id.clone()));
            let worded: Vec<String> = answers
                .into_iter()
                .filter_map(|a| pack.answer(loc, a))
                .collect();
            if !worded.is_empty() {
                line(0, String::new());
                line(0, t("report-answers-given"));
                for w in worded {
                    line(1, format!("- {w}"));
                }
            }
        }
        line(0, String::new());
        line(0, t("report-verbose-hint"));
    }
    out
}

fn reason(
    line: &mut dyn FnMut(usize, String),
    loc: &Localizer,
    indent: usize,
    r: &ReasonView,
    verbose: bool,
) {
    line(indent, format!("* {}", r.text));
    if !verbose {
        return;
    }
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
        // Question ids are shown only when asked for.
        assert!(!text.contains("q-profile.child"), "{text}");
        let verbose = report_text(
            &OutcomeView::new(&o, &loc),
            &loc,
            &ReportOptions {
                verbose: true,
                pack: None,
            },
        )
        .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            verbose.contains("question q-profile.child: \"yes\" (en)"),
            "{verbose}"
        );
        assert!(verbose.contains("indicators: palermo."), "{verbose}");
        assert!(!text.contains("palermo."), "{text}");
        assert!(text.contains("Trafficking in persons"), "{text}");
        assert!(text.contains("Child protection services"), "{text}");
        assert!(
            text.contains("no means is needed (Palermo Protocol Art. 3(c))"),
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
