//! `options_presentation` (issue 15): how a choice question's options are put to the person,
//! which decides whether an option not chosen is "no" (`read_all`) or not known
//! (`not_suggested`), and whether the person's side shows the options at all (issue 17).
//! Required on every multiple-choice question, so each author decides; optional on a
//! single-choice question (read in full unless it says otherwise); not allowed on other kinds
//! (HQ019).

use crate::diagnostic::Code;
use crate::model::OptionsPresentation;
use crate::validate::reader::{Sink, Sp};
use std::ops::Range;

/// Checks the field of one question and returns its value when it is valid and in place.
/// `kind_known` is false when the kind itself was already reported (no second error then).
pub(super) fn read(
    sink: &mut Sink<'_>,
    what: &str,
    kind_name: &str,
    kind_known: bool,
    kind_span: Range<usize>,
    field: Option<Sp<String>>,
) -> Option<OptionsPresentation> {
    let names = || {
        OptionsPresentation::ALL
            .iter()
            .map(|p| format!("`\"{}\"`", p.name()))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let is_multiple = kind_name == "multiple_choice";
    let is_choice = is_multiple || kind_name == "single_choice";
    match field {
        None if is_multiple => {
            sink.report(
                Code::OptionsPresentation,
                kind_span,
                format!(
                    "{what} is multiple_choice but does not say how its options are put to the person"
                ),
                Some(
                    "add `options_presentation = \"read_all\"` (every option is read: an option not chosen is \"no\") or `options_presentation = \"not_suggested\"` (asked open: an option not chosen is not known)"
                        .into(),
                ),
            );
            None
        }
        None => None,
        Some(p) if !is_choice => {
            if kind_known {
                sink.report(
                    Code::OptionsPresentation,
                    p.span,
                    format!(
                        "`options_presentation` is only for choice questions; {what} is {kind_name}"
                    ),
                    Some("remove `options_presentation`".into()),
                );
            }
            None
        }
        Some(p) => {
            let found = OptionsPresentation::ALL
                .iter()
                .copied()
                .find(|x| x.name() == p.v);
            if found.is_none() {
                sink.report(
                    Code::OptionsPresentation,
                    p.span,
                    format!("`{}` is not an options presentation", p.v),
                    Some(format!("use {}", names())),
                );
            }
            found
        }
    }
}
