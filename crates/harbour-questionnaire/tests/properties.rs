//! Property tests of the engine over the shipped test pack.

mod common;

use common::{now, some_answer, test_pack};
use harbour_questionnaire::{Current, Interview, Questionnaire, Step};
use proptest::prelude::*;

/// An operation chosen at random; `pick` varies the answer or the target.
#[derive(Debug, Clone, Copy)]
enum Op {
    Answer(u8),
    DontKnow,
    Decline,
    Skip,
    Continue,
    SkipSection,
    Back,
    Forward,
    Jump(u8),
    Pause,
    Resume,
    Switch(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => any::<u8>().prop_map(Op::Answer),
        1 => Just(Op::DontKnow),
        1 => Just(Op::Decline),
        1 => Just(Op::Skip),
        1 => Just(Op::Continue),
        1 => Just(Op::SkipSection),
        2 => Just(Op::Back),
        1 => Just(Op::Forward),
        1 => any::<u8>().prop_map(Op::Jump),
        1 => Just(Op::Pause),
        1 => Just(Op::Resume),
        1 => any::<u8>().prop_map(Op::Switch),
    ]
}

/// Forward-only operations (what an interview does when nobody goes back or jumps).
fn forward_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => any::<u8>().prop_map(Op::Answer),
        1 => Just(Op::DontKnow),
        1 => Just(Op::Decline),
        1 => Just(Op::Skip),
        1 => Just(Op::Continue),
        1 => Just(Op::SkipSection),
    ]
}

/// Applies an operation through the public API; `None` if the engine refused it.
fn apply(q: &Questionnaire, iv: &mut Interview, op: Op) -> Option<Step> {
    let r = match op {
        Op::Answer(p) => match iv.current(q) {
            Current::Question(x) => {
                // Keep consent "yes" so random runs explore the interview, not its end.
                let v = if x.consent {
                    harbour_questionnaire::AnswerValue::Yes
                } else {
                    some_answer(x, p)
                };
                iv.answer(q, v)
            }
            _ => return None,
        },
        Op::DontKnow => iv.dont_know(q),
        Op::Decline => iv.decline(q),
        Op::Skip => iv.skip(q),
        Op::Continue => iv.continue_section(q),
        Op::SkipSection => iv.skip_section(q),
        Op::Back => iv.back(q),
        Op::Forward => iv.forward(q),
        Op::Jump(p) => {
            let s = &q.sections()[usize::from(p) % q.sections().len()];
            iv.jump_to_section(q, &s.id.clone())
        }
        Op::Pause => iv.pause(q),
        Op::Resume => iv.resume(q),
        Op::Switch(p) => {
            let l = q.languages()[usize::from(p) % q.languages().len()].clone();
            iv.switch_language(q, &l)
        }
    };
    r.ok()
}

fn run(q: &Questionnaire, ops: &[Op]) -> (Interview, Vec<Step>) {
    let (mut iv, start) = Interview::start(q, "en", now()).expect("start");
    let mut steps = vec![start];
    for &o in ops {
        let before = iv.clone();
        match apply(q, &mut iv, o) {
            Some(step) => steps.push(step),
            // A refused step leaves the interview as it was.
            None => assert_eq!(iv, before, "refused {o:?} changed the state"),
        }
        let _ = harbour_questionnaire::evidence(q, &iv);
        let _ = iv.progress(q);
    }
    (iv, steps)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_steps_never_panic_and_replay_rebuilds_the_live_state(ops in prop::collection::vec(op(), 0..60)) {
        let q = test_pack();
        let (iv, steps) = run(&q, &ops);
        let replayed = Interview::replay(&q, &steps).expect("replay");
        prop_assert_eq!(&replayed, &iv);
        // The storage form round-trips too.
        let json = serde_json::to_string(&steps).expect("json");
        let parsed: Vec<Step> = serde_json::from_str(&json).expect("parse");
        prop_assert_eq!(Interview::replay(&q, &parsed).expect("replay json"), iv);
    }

    #[test]
    fn back_then_forward_returns_to_the_same_state(ops in prop::collection::vec(forward_op(), 1..30)) {
        let q = test_pack();
        let (mut iv, _) = run(&q, &ops);
        let before = iv.clone();
        if iv.back(&q).is_ok() {
            iv.forward(&q).expect("forward after back");
            prop_assert_eq!(iv, before);
        }
    }

    #[test]
    fn progress_never_goes_backwards_on_a_forward_step(ops in prop::collection::vec(forward_op(), 1..40)) {
        let q = test_pack();
        let (mut iv, _) = Interview::start(&q, "en", now()).expect("start");
        let mut last = iv.progress(&q);
        for o in ops {
            if apply(&q, &mut iv, o).is_some() {
                let p = iv.progress(&q);
                prop_assert!(p.sections_done >= last.sections_done, "{:?} -> {:?}", last, p);
                prop_assert!(p.answered >= last.answered, "{:?} -> {:?}", last, p);
                last = p;
            }
        }
    }
}

fn pack_sources() -> harbour_questionnaire::validate::PackSources {
    harbour_questionnaire::loader::read_pack(&common::repo().join("questionnaires/_test-all-kinds"))
        .expect("read pack")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Authors make every kind of mistake: the validator reports, it never panics, and it
    /// never hands out a questionnaire alongside an error.
    #[test]
    fn the_validator_survives_any_edit_of_a_pack(
        cut in any::<prop::sample::Index>(),
        len in 0usize..40,
        insert in "[a-z_ =\"\\[\\]\\n0-9().<>!]{0,12}",
        ftl_cut in any::<prop::sample::Index>(),
    ) {
        let mut pack = pack_sources();
        let chars: Vec<char> = pack.toml.chars().collect();
        let at = cut.index(chars.len());
        let end = (at + len).min(chars.len());
        pack.toml = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
        if let Some(Ok(text)) = pack.locales.first().map(|l| l.text.clone()) {
            let fchars: Vec<char> = text.chars().collect();
            let fat = ftl_cut.index(fchars.len());
            pack.locales[0].text = Ok(fchars[..fat].iter().chain(fchars[(fat + len).min(fchars.len())..].iter()).collect());
        }
        let (q, diags) = harbour_questionnaire::validate::validate_sources(&pack, &harbour_questionnaire::RulesCatalogue);
        prop_assert_eq!(q.is_some(), !diags.iter().any(|d| d.is_error()));
        for d in &diags {
            if let Some(loc) = &d.location {
                prop_assert!(loc.line >= 1 && loc.column >= 1);
            }
        }
    }
}
