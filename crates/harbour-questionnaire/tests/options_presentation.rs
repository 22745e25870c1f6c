//! Issue 15, rule error 2: "not chosen" is not "no". A multiple-choice question whose options
//! are not suggested (`options_presentation = "not_suggested"`) leaves the options the person
//! did not mention Unknown; one whose options were all read leaves them Absent. Run on the
//! shipped mixed-flows pack and its golden case `fear-open-answer-persecution-not-no`.

mod common;

use harbour_questionnaire::{answers_file, evidence, script, OptionsPresentation, Questionnaire};
use harbour_rules::Observation;

fn mixed_flows() -> Questionnaire {
    let (q, diags) =
        harbour_questionnaire::validate(&common::repo().join("questionnaires/mixed-flows"));
    q.unwrap_or_else(|| panic!("mixed-flows invalid: {diags:?}"))
}

#[test]
fn the_shell_can_tell_where_the_options_go() {
    let q = mixed_flows();
    let question = |id: &str| q.question(id).unwrap_or_else(|| panic!("no question {id}"));
    let feared = question("feared_harm");
    assert_eq!(
        feared.options_presentation(),
        Some(OptionsPresentation::NotSuggested)
    );
    assert!(!feared.person_sees_options());
    assert!(!feared.unchosen_means_no());
    let control = question("control_acts");
    assert_eq!(
        control.options_presentation(),
        Some(OptionsPresentation::ReadAll)
    );
    assert!(control.person_sees_options());
    assert!(control.unchosen_means_no());
    // Other kinds carry no presentation; a single choice's options exclude each other.
    assert_eq!(question("fear_return").options_presentation(), None);
    assert!(question("fear_return").person_sees_options());
    assert!(question("journey_paid").unchosen_means_no());
}

#[test]
fn an_option_not_mentioned_is_unknown_and_one_not_chosen_from_a_read_list_is_no() {
    let q = mixed_flows();
    let path = common::repo()
        .join("questionnaires/mixed-flows/cases/fear-open-answer-persecution-not-no.toml");
    let text = std::fs::read_to_string(&path).expect("read case");
    let file = answers_file::parse_file(&text, &q).unwrap_or_else(|e| panic!("{e:?}"));
    let (iv, _) =
        script::run(&q, &file.answers, "en", common::now()).unwrap_or_else(|e| panic!("{e:?}"));
    let ev = evidence(&q, &iv);
    // feared_harm (not suggested): he named the war only.
    assert_eq!(
        ev.observation("complementary.armed_conflict"),
        Some(Observation::Present)
    );
    assert_eq!(
        ev.observation("non_refoulement.torture_risk"),
        Some(Observation::Unknown)
    );
    // Persecution: not mentioned in feared_harm (Unknown) and "no" to harm before he left
    // (Absent): the "no" about the past does not mask what he was never asked about.
    assert_eq!(
        ev.observation("refugee.persecution"),
        Some(Observation::Unknown)
    );
    // control_acts (every option read): none chosen, so each is "no".
    assert_eq!(
        ev.observation("ilo2012.isolation"),
        Some(Observation::Absent)
    );
}
