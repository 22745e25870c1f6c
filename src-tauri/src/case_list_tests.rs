//! The case list through the shell: a page of real interviews, searched, filtered, sorted and
//! paged; bad searches and page sizes come back as translatable errors; roles hold.

use super::*;
use crate::case_list_dto::CaseSortDto;
use crate::dto::CaseStatusDto;
use crate::interview_dto::{ActionDto, AnswerDto, Screen};
use crate::outcome_dto::LevelDto;
use crate::staff_dto::{AddStaffRequest, RoleDto};
use crate::test_support::{set_up, shell};

const SAM: &str = "harbour supervisor sam 1";
const ANA: &str = "harbour interviewer ana 2";

/// A finished interview (consent, then everything skipped); returns its case id.
fn finished(s: &Shell) -> String {
    let mut v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    let id = v.case_id.clone();
    v = s
        .interview_act(
            ActionDto::Answer {
                value: AnswerDto::Yes,
            },
            "en",
        )
        .expect("consent");
    for _ in 0..40 {
        if v.screen == Screen::Finished {
            break;
        }
        let a = if v.screen == Screen::Signpost {
            ActionDto::SkipSection
        } else {
            ActionDto::Skip
        };
        v = s.interview_act(a, "en").expect("step");
    }
    assert_eq!(v.screen, Screen::Finished);
    id
}

/// An interview left in progress; returns its case id.
fn open(s: &Shell) -> String {
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    s.leave_interview().expect("leave");
    v.case_id
}

fn query() -> CaseQueryDto {
    CaseQueryDto {
        descending: true,
        page_size: 50,
        ..CaseQueryDto::default()
    }
}

#[test]
fn the_case_list_searches_filters_sorts_and_pages_real_interviews() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    let done = finished(&s);
    let opened: Vec<String> = (0..3).map(|_| open(&s)).collect();

    let all = s.query_cases(query()).expect("all");
    assert_eq!((all.total, all.total_exact, all.offset), (4, true, 0));
    assert!(all.cases.iter().all(|c| c.owner.as_deref() == Some("Sam")));

    let only_finished = s
        .query_cases(CaseQueryDto {
            status: Some(CaseStatusDto::Finished),
            ..query()
        })
        .expect("finished");
    assert_eq!(only_finished.total, 1);
    assert_eq!(only_finished.cases[0].id, done);
    let reference = only_finished.cases[0].reference.clone();

    // Typed as an interviewer would: lower case, without "HB-".
    let typed = reference.trim_start_matches("HB-").to_lowercase();
    let found = s
        .query_cases(CaseQueryDto {
            search: typed,
            ..query()
        })
        .expect("search");
    assert_eq!(found.cases.len(), 1);
    assert_eq!(found.cases[0].reference, reference);

    // The finished case has exactly one trafficking level, the one its outcome stored.
    let stored = s.case_outcome(&done, "en").expect("outcome");
    let mut hits = Vec::new();
    for level in [
        LevelDto::None,
        LevelDto::InsufficientInformation,
        LevelDto::Possible,
        LevelDto::Strong,
    ] {
        let page = s
            .query_cases(CaseQueryDto {
                trafficking: Some(level),
                ..query()
            })
            .expect("level");
        if page.total == 1 {
            hits.push(level);
        }
    }
    assert_eq!(hits.len(), 1, "one level per case: {hits:?}");
    assert_eq!(Some(hits[0]), stored.pathways.first().map(|p| p.level));

    // Not urgent, not exported: an urgent or exported filter finds nothing; the others all.
    let none = s
        .query_cases(CaseQueryDto {
            urgent: Some(true),
            ..query()
        })
        .expect("urgent");
    assert_eq!((none.total, none.cases.len()), (0, 0));
    let never = s
        .query_cases(CaseQueryDto {
            exported: Some(false),
            ..query()
        })
        .expect("not exported");
    assert_eq!(never.total, 4);

    // Pages of two, oldest first: the whole list once, in order.
    let oldest_first = |page| {
        s.query_cases(CaseQueryDto {
            sort: CaseSortDto::Created,
            descending: false,
            page,
            page_size: 2,
            ..query()
        })
        .expect("page")
    };
    let (p0, p1) = (oldest_first(0), oldest_first(1));
    assert_eq!((p0.offset, p1.offset, p1.total), (0, 2, 4));
    let ids: Vec<String> = p0
        .cases
        .iter()
        .chain(&p1.cases)
        .map(|c| c.id.clone())
        .collect();
    let mut want = vec![done.clone()];
    want.extend(opened);
    assert_eq!(ids, want);
}

#[test]
fn a_bad_search_or_page_size_is_a_translatable_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    let e = s
        .query_cases(CaseQueryDto {
            search: "HB-7K;".into(),
            ..query()
        })
        .expect_err("refused");
    assert_eq!(e.code, "error-case-search-invalid");
    assert_eq!(e.args.get("character").map(String::as_str), Some(";"));
    assert_eq!(e.args.get("position").map(String::as_str), Some("6"));
    let e = s
        .query_cases(CaseQueryDto {
            page_size: 0,
            ..query()
        })
        .expect_err("refused");
    assert_eq!(e.code, "error-case-page-size");
    assert_eq!(e.args.get("max").map(String::as_str), Some("200"));
}

#[test]
fn an_interviewer_pages_through_their_own_cases_only() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    let sam = s.me().map(|m| m.id).unwrap_or_default();
    let sams = open(&s);
    s.add_staff(AddStaffRequest {
        name: "Ana".into(),
        role: RoleDto::Interviewer,
        passphrase: ANA.into(),
        confirmation: ANA.into(),
    })
    .expect("add Ana");
    s.lock();
    s.unlock(ANA.into()).expect("Ana unlocks");
    let anas = open(&s);
    let mine = s.query_cases(query()).expect("mine");
    assert_eq!(mine.total, 1);
    assert_eq!(mine.cases[0].id, anas);
    assert_eq!(
        mine.cases[0].owner, None,
        "an interviewer is not shown owners"
    );
    let e = s
        .query_cases(CaseQueryDto {
            owner: Some(sam),
            ..query()
        })
        .expect_err("refused");
    assert_eq!(e.code, "error-vault-not-allowed");
    assert!(!mine.cases.iter().any(|c| c.id == sams));
}

#[test]
fn an_interview_left_after_the_urgent_alarm_is_found_by_the_urgent_filter() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = shell(dir.path());
    set_up(&s, "Sam", SAM);
    let calm = open(&s);
    let v = s
        .start_interview("test-all-kinds", "en", "en")
        .expect("start");
    s.raise_urgent("en")
        .expect("the interviewer raises urgent safety");
    s.leave_interview().expect("leave");
    let urgent = s
        .query_cases(CaseQueryDto {
            urgent: Some(true),
            ..query()
        })
        .expect("urgent");
    assert_eq!(urgent.total, 1);
    assert_eq!(urgent.cases[0].id, v.case_id);
    assert!(urgent.cases[0].urgent, "the list marks it");
    let all = s.query_cases(query()).expect("all");
    let listed_calm = all.cases.iter().find(|c| c.id == calm).expect("listed");
    assert!(!listed_calm.urgent);
}
