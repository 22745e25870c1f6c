//! Properties every assessment must have, over random evidence:
//! - adding an indicator (Present) never lowers a pathway's level;
//! - the outcome does not depend on the order of observations;
//! - the same input gives the same output.

use harbour_rules::{assess, catalogue, AnswerRef, Evidence, Observation, Outcome};
use proptest::prelude::*;

/// Codes that carry most of the legal logic, so random cases hit the interesting rules more
/// often than the 300-odd full catalogue would on its own.
const FOCUS: &[&str] = &[
    "profile.child",
    "profile.unaccompanied",
    "profile.irregular_entry",
    "palermo.act.recruitment",
    "palermo.act.harbouring",
    "palermo.means.deception",
    "palermo.means.coercion",
    "palermo.purpose.forced_labour",
    "palermo.purpose.sexual_exploitation",
    "ilo2012.debt_bondage",
    "ilo2012.deception",
    "ilo2009.adult.labour.deceptive_recruitment.deception_nature_of_job",
    "ilo2009.adult.labour.deceptive_recruitment.deception_wages",
    "ilo2009.adult.labour.exploitative_conditions.excessive_hours",
    "ilo2009.adult.labour.exploitative_conditions.low_or_no_salary",
    "ilo2009.adult.labour.exploitative_conditions.no_access_to_education",
    "ilo2009.adult.labour.coercion_destination.debt_bondage",
    "ilo2009.adult.labour.vulnerability_destination.difficulties_in_past",
    "ilo2009.child.labour.deceptive_recruitment.deception_education",
    "ilo2009.child.labour.exploitative_conditions.excessive_hours",
    "smuggling.consented_crossing",
    "smuggling.ended_on_arrival",
    "refugee.outside_country",
    "refugee.fear",
    "refugee.persecution",
    "refugee.ground.religion",
    "refugee.no_state_protection",
    "complementary.armed_conflict",
    "non_refoulement.torture_risk",
    "stateless.no_nationality",
    "danger.immediate",
];

fn code() -> impl Strategy<Value = String> {
    let n = catalogue().len();
    prop_oneof![
        (0..FOCUS.len()).prop_map(|i| FOCUS[i].to_owned()),
        (0..n).prop_map(|i| catalogue()[i].code.to_owned()),
    ]
}

fn obs() -> impl Strategy<Value = Observation> {
    prop_oneof![
        Just(Observation::Present),
        Just(Observation::Absent),
        Just(Observation::Unknown)
    ]
}

type Obs = (String, Observation, u8);

fn observations() -> impl Strategy<Value = Vec<Obs>> {
    prop::collection::vec((code(), obs(), 0u8..4), 0..40)
}

fn answer(code: &str, q: u8, o: Observation) -> AnswerRef {
    AnswerRef {
        question_id: format!("q{q}-{code}"),
        answer: o.as_str().to_owned(),
        language: "en".into(),
    }
}

fn build(list: &[Obs]) -> Evidence {
    let mut ev = Evidence::new();
    for (c, o, q) in list {
        ev.observe(c, *o, answer(c, *q, *o));
    }
    ev
}

fn levels(o: &Outcome) -> [harbour_rules::Level; 2] {
    [
        o.pathways.trafficking.level,
        o.pathways.international_protection.level,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn adding_a_present_indicator_never_lowers_a_level(list in observations(), extra in code()) {
        let before = assess(&build(&list));
        let b = levels(&before);
        // Every focus code in turn (so the codes that carry the law are always tried), plus one
        // random code from the whole catalogue.
        for add in FOCUS.iter().map(|c| c.to_string()).chain(std::iter::once(extra)) {
            let mut ev = build(&list);
            ev.observe(&add, Observation::Present, answer(&add, 9, Observation::Present));
            let a = levels(&assess(&ev));
            prop_assert!(a[0] >= b[0], "trafficking fell from {:?} to {:?} adding {}", b[0], a[0], add);
            prop_assert!(a[1] >= b[1], "protection fell from {:?} to {:?} adding {}", b[1], a[1], add);
        }
    }

    #[test]
    fn outcome_does_not_depend_on_observation_order(
        (list, shuffled) in observations().prop_flat_map(|l| (Just(l.clone()), Just(l).prop_shuffle()))
    ) {
        prop_assert_eq!(assess(&build(&list)), assess(&build(&shuffled)));
    }

    #[test]
    fn same_input_same_output(list in observations()) {
        let ev = build(&list);
        let (a, b) = (assess(&ev), assess(&ev));
        prop_assert_eq!(&a, &b);
        let (ja, jb) = (serde_json::to_string(&a).ok(), serde_json::to_string(&b).ok());
        prop_assert_eq!(ja, jb);
    }

    #[test]
    fn outcome_json_round_trips(list in observations()) {
        let o = assess(&build(&list));
        let json = serde_json::to_string(&o).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: Outcome = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(o, back);
    }
}
