//! The interview engine, driven over the shipped test pack: specs for navigation, consent,
//! signposts, three-valued conditions, evidence and replay.

mod common;

use common::{now, test_pack};
use harbour_questionnaire::{
    evidence, AnswerValue, Current, EngineError, Interview, PartialDate, Questionnaire, Response,
    Status, Step,
};
use harbour_rules::Observation;

fn current_id(q: &Questionnaire, iv: &Interview) -> String {
    match iv.current(q) {
        Current::Question(x) => x.id.clone(),
        Current::Signpost(s) => format!("signpost:{}", s.id),
        Current::Finished => "finished".into(),
        Current::ConsentRefused => "consent_refused".into(),
    }
}

fn date(text: &str) -> AnswerValue {
    AnswerValue::Date(PartialDate::parse(text).unwrap_or(PartialDate {
        year: 0,
        month: None,
        day: None,
    }))
}

/// Starts and answers consent yes; returns the interview and its steps.
fn started(q: &Questionnaire) -> (Interview, Vec<Step>) {
    let (mut iv, s0) = Interview::start(q, "en", now()).expect("start");
    let s1 = iv.answer(q, AnswerValue::Yes).expect("consent");
    (iv, vec![s0, s1])
}

#[test]
fn a_child_is_asked_about_travelling_alone_and_evidence_says_child() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.answer(&q, date("2012-03")).expect("dob");
    iv.answer(&q, AnswerValue::Country("sy".into()))
        .expect("nationality");
    assert_eq!(
        iv.response("nationality").map(|g| g.response.clone()),
        Some(Response::Answer(AnswerValue::Country("SY".into())))
    );
    iv.answer(&q, AnswerValue::Language("ar".into()))
        .expect("language");
    iv.answer(&q, AnswerValue::Number(2.0)).expect("people");
    assert_eq!(current_id(&q, &iv), "travelling_alone");
    iv.answer(&q, AnswerValue::Yes).expect("alone");
    let ev = evidence(&q, &iv);
    assert_eq!(ev.observation("profile.child"), Some(Observation::Present));
    assert_eq!(
        ev.observation("profile.unaccompanied"),
        Some(Observation::Present)
    );
    let (_, refs) = ev.get("profile.child").expect("child");
    assert_eq!(refs[0].question_id, "dob");
    assert_eq!(refs[0].answer, "2012-03");
    assert_eq!(refs[0].language, "en");
}

#[test]
fn an_adult_is_not_asked_about_travelling_alone() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.answer(&q, date("1990")).expect("dob");
    iv.skip(&q).expect("nationality");
    iv.skip(&q).expect("language");
    iv.skip(&q).expect("people");
    assert_eq!(current_id(&q, &iv), "signpost:work");
    let ev = evidence(&q, &iv);
    assert_eq!(ev.observation("profile.child"), Some(Observation::Absent));
    assert_eq!(ev.observation("profile.unaccompanied"), None, "never asked");
}

#[test]
fn a_declined_date_of_birth_is_never_read_as_adult() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.decline(&q).expect("dob");
    let ev = evidence(&q, &iv);
    assert_eq!(ev.observation("profile.child"), Some(Observation::Unknown));
    // `age(dob) < 18` is unknown, so the follow-up is neither shown as for a child nor
    // counted as a "no".
    assert!(!iv.is_on_path(&q, "travelling_alone"));
}

#[test]
fn refusing_consent_ends_the_interview_and_back_undoes_a_mistap() {
    let q = test_pack();
    let (mut iv, _) = Interview::start(&q, "en", now()).expect("start");
    assert!(matches!(iv.skip(&q), Err(EngineError::Required(_))));
    iv.answer(&q, AnswerValue::No).expect("refuse");
    assert_eq!(iv.status(&q), Status::ConsentRefused);
    assert!(matches!(iv.current(&q), Current::ConsentRefused));
    assert_eq!(iv.answer(&q, AnswerValue::Yes), Err(EngineError::Ended));
    iv.back(&q).expect("back");
    assert_eq!(current_id(&q, &iv), "consent");
    iv.answer(&q, AnswerValue::Yes).expect("agree");
    assert_eq!(current_id(&q, &iv), "dob");
}

#[test]
fn declining_consent_is_refusal() {
    let q = test_pack();
    let (mut iv, _) = Interview::start(&q, "en", now()).expect("start");
    iv.decline(&q).expect("decline");
    assert_eq!(iv.status(&q), Status::ConsentRefused);
}

fn to_signpost(q: &Questionnaire) -> (Interview, Vec<Step>) {
    let (mut iv, mut steps) = started(q);
    steps.push(iv.answer(q, date("1990")).expect("dob"));
    for _ in 0..3 {
        steps.push(iv.skip(q).expect("skip"));
    }
    (iv, steps)
}

#[test]
fn skipping_a_signposted_section_leaves_it_off_the_path() {
    let q = test_pack();
    let (mut iv, _) = to_signpost(&q);
    assert!(matches!(iv.current(&q), Current::Signpost(s) if s.id == "work" && s.sensitive));
    iv.skip_section(&q).expect("skip section");
    assert_eq!(current_id(&q, &iv), "anything_else");
    assert!(!iv.is_on_path(&q, "in_danger_now"));
    iv.jump_to_section(&q, "work").expect("jump");
    assert_eq!(current_id(&q, &iv), "signpost:work");
    iv.continue_section(&q).expect("continue");
    assert_eq!(current_id(&q, &iv), "reason_for_leaving");
}

#[test]
fn changing_an_earlier_answer_hides_later_ones_but_keeps_them() {
    let q = test_pack();
    let (mut iv, _) = to_signpost(&q);
    iv.continue_section(&q).expect("continue");
    iv.answer(&q, AnswerValue::Choice("work".into()))
        .expect("reason");
    iv.answer(
        &q,
        AnswerValue::Choices(vec!["locked_in".into(), "no_pay".into()]),
    )
    .expect("conditions");
    // Canonical order is questionnaire order.
    assert_eq!(
        iv.response("work_conditions")
            .map(|g| g.response.canonical()),
        Some("no_pay,locked_in".into())
    );
    let ev = evidence(&q, &iv);
    assert_eq!(
        ev.observation("ilo2012.restriction_of_movement"),
        Some(Observation::Present)
    );
    assert_eq!(
        ev.observation("ilo2012.retention_of_documents"),
        Some(Observation::Absent)
    );

    iv.back(&q).expect("back to conditions");
    iv.back(&q).expect("back to reason");
    assert_eq!(current_id(&q, &iv), "reason_for_leaving");
    iv.answer(&q, AnswerValue::Choice("persecution".into()))
        .expect("change");
    assert_eq!(current_id(&q, &iv), "in_danger_now");
    assert!(!iv.is_on_path(&q, "work_conditions"));
    let ev = evidence(&q, &iv);
    assert_eq!(ev.observation("ilo2012.restriction_of_movement"), None);
    assert_eq!(ev.observation("refugee.fear"), Some(Observation::Present));
    // The test pack asks the reason open (`options_presentation = "not_suggested"`): "work"
    // was never put to the person, so not choosing it says nothing.
    assert_eq!(
        ev.observation("palermo.act.recruitment"),
        Some(Observation::Unknown)
    );

    // Flip back: the kept answer counts again and is not asked again.
    iv.back(&q).expect("back");
    iv.answer(&q, AnswerValue::Choice("work".into()))
        .expect("change back");
    assert_eq!(current_id(&q, &iv), "in_danger_now");
    let ev = evidence(&q, &iv);
    assert_eq!(
        ev.observation("ilo2012.restriction_of_movement"),
        Some(Observation::Present)
    );
}

#[test]
fn danger_is_evidenced_at_once() {
    // What is urgent is the rules' judgement (harbour-core's session); the engine's part is
    // that the answer evidences immediate danger as soon as it is given.
    let q = test_pack();
    let (mut iv, _) = to_signpost(&q);
    iv.continue_section(&q).expect("continue");
    iv.answer(&q, AnswerValue::Choice("other".into()))
        .expect("reason");
    assert_ne!(
        evidence(&q, &iv).observation("danger.immediate"),
        Some(Observation::Present)
    );
    iv.answer(&q, AnswerValue::Yes).expect("danger");
    assert_eq!(
        evidence(&q, &iv).observation("danger.immediate"),
        Some(Observation::Present)
    );
}

#[test]
fn language_is_recorded_per_answer() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.switch_language(&q, "ar").expect("switch");
    iv.answer(&q, date("2012")).expect("dob");
    assert_eq!(
        iv.response("consent").map(|g| g.language.as_str()),
        Some("en")
    );
    assert_eq!(iv.response("dob").map(|g| g.language.as_str()), Some("ar"));
    assert!(matches!(
        iv.switch_language(&q, "fr"),
        Err(EngineError::UnknownLanguage(_))
    ));
    let ev = evidence(&q, &iv);
    assert_eq!(
        ev.get("profile.child").map(|(_, r)| r[0].language.clone()),
        Some("ar".into())
    );
}

#[test]
fn a_paused_interview_takes_no_answers_until_resumed() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.pause(&q).expect("pause");
    assert_eq!(iv.status(&q), Status::Paused);
    assert_eq!(iv.decline(&q), Err(EngineError::Paused));
    iv.resume(&q).expect("resume");
    iv.decline(&q).expect("decline");
}

#[test]
fn wrong_answers_are_refused_and_change_nothing() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    let before = iv.clone();
    assert!(iv.answer(&q, AnswerValue::Yes).is_err());
    let bad = PartialDate {
        year: 2030,
        month: Some(13),
        day: None,
    };
    assert!(iv.answer(&q, AnswerValue::Date(bad)).is_err());
    assert_eq!(iv, before);
    for _ in 0..3 {
        iv.skip(&q).expect("skip");
    }
    assert!(iv.answer(&q, AnswerValue::Number(51.0)).is_err());
    assert!(iv.answer(&q, AnswerValue::Number(2.5)).is_err());
    iv.answer(&q, AnswerValue::Number(50.0)).expect("in bounds");
}

#[test]
fn replay_rebuilds_the_live_state_and_steps_survive_json() {
    let q = test_pack();
    let (mut iv, mut steps) = to_signpost(&q);
    steps.push(iv.continue_section(&q).expect("continue"));
    steps.push(iv.switch_language(&q, "ar").expect("switch"));
    steps.push(
        iv.answer(&q, AnswerValue::Choice("work".into()))
            .expect("reason"),
    );
    steps.push(iv.back(&q).expect("back"));
    steps.push(iv.pause(&q).expect("pause"));
    let json = serde_json::to_string(&steps).expect("json");
    let back: Vec<Step> = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, steps);
    let replayed = Interview::replay(&q, &back).expect("replay");
    assert_eq!(replayed, iv);
    assert_eq!(steps[1].kind(), "respond");
    assert_eq!(steps[1].question_id(), Some("consent"));
}

#[test]
fn progress_counts_sections_and_questions_left() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    let p = iv.progress(&q);
    assert_eq!((p.sections_done, p.sections_total, p.answered), (0, 3, 1));
    // Adult: 4 more in the first section, 3 in work (conditions hidden until "work"), 1 last.
    iv.answer(&q, date("1990")).expect("dob");
    let p = iv.progress(&q);
    assert_eq!(p.questions_left, 3 + 2 + 1);
    let (iv2, _) = to_signpost(&q);
    assert_eq!(iv2.progress(&q).sections_done, 1);
}

#[test]
fn answers_on_path_lists_only_what_counts() {
    let q = test_pack();
    let (mut iv, _) = to_signpost(&q);
    iv.continue_section(&q).expect("continue");
    iv.answer(&q, AnswerValue::Choice("work".into()))
        .expect("reason");
    iv.answer(&q, AnswerValue::Choices(vec![]))
        .expect("none of them");
    iv.back(&q).expect("back");
    iv.back(&q).expect("back");
    iv.answer(&q, AnswerValue::Choice("other".into()))
        .expect("change");
    let ids: Vec<&str> = iv
        .answers_on_path(&q)
        .iter()
        .map(|(x, _)| x.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "consent",
            "dob",
            "nationality",
            "first_language",
            "people_travelling",
            "reason_for_leaving"
        ]
    );
    assert!(
        iv.response("work_conditions").is_some(),
        "kept, though off the path"
    );
    assert_eq!(iv.questionnaire_id(), "test-all-kinds");
}

#[test]
fn the_stored_step_holds_the_canonical_answer() {
    let q = test_pack();
    let (mut iv, _) = started(&q);
    iv.answer(&q, date("1990")).expect("dob");
    let step = iv
        .answer(&q, AnswerValue::Country("sy".into()))
        .expect("nationality");
    assert_eq!(
        step,
        Step::Respond {
            question: "nationality".into(),
            response: Response::Answer(AnswerValue::Country("SY".into())),
            language: "en".into(),
        }
    );
    let json = serde_json::to_string(&step).expect("json");
    assert_eq!(
        json,
        r#"{"op":"respond","question":"nationality","response":{"type":"answer","value":{"type":"country","value":"SY"}},"language":"en"}"#
    );
}
