//! HTCDS export: golden mappings against the Human Trafficking Case Data Standard
//! (UNMigration/HTCDS, "HTCDS Field Reference.md", CC BY 4.0), and nothing identifying ever
//! written.

mod common;

use common::*;
use harbour_export::htcds::{htcds_csv, htcds_record, HtcdsCase, COLUMNS, HARBOUR_COLUMNS};
use harbour_export::{write_htcds, StatsRow};
use harbour_rules::{
    ElementFinding, ElementStatus, Flags, Level, Outcome, Pathway, Pathways, ProfileFacts,
};

/// A trafficking case whose outcome carries these indicator codes on its elements.
fn case(nationality: &str, gender: &str, level: Level, codes: &[&str], key: u32) -> HtcdsCase {
    HtcdsCase {
        row: StatsRow::new(
            ProfileFacts {
                nationality: Some(nationality.into()),
                age_band: Some("18-24".into()),
                gender: Some(gender.into()),
            },
            Outcome {
                rules_version: "test".into(),
                pathways: Pathways {
                    trafficking: Pathway {
                        level,
                        elements: vec![ElementFinding {
                            element: "palermo.means".into(),
                            status: ElementStatus::Present,
                            indicators: codes.iter().map(|c| c.to_string()).collect(),
                            counts: None,
                        }],
                    },
                    international_protection: Pathway {
                        level: Level::None,
                        elements: vec![],
                    },
                },
                flags: Flags::default(),
                referrals: vec![],
                notes: vec![],
                reasons: vec![],
            },
            key,
        ),
        interview_year: Some(2026),
    }
}

/// Parse the CSV into (header, rows as column -> value).
fn parse(csv: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let expected: Vec<&str> = COLUMNS.iter().chain(&HARBOUR_COLUMNS).copied().collect();
    assert_eq!(header, expected, "HTCDS column order");
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), header.len(), "{l}");
            header
                .iter()
                .zip(f)
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn the_header_is_the_htcds_person_victim_and_case_fields_in_the_field_references_order() {
    // HTCDS Field Reference: Person (prs_), Person Victim Context (vic_), Case (cas_).
    assert_eq!(COLUMNS[0], "prs_Salutation");
    assert_eq!(COLUMNS[5], "prs_Gender");
    assert_eq!(COLUMNS[7], "prs_Nationality");
    assert_eq!(COLUMNS[19], "vic_AgreementToManagePersonalData");
    assert_eq!(COLUMNS[23], "vic_MethodsOfControl");
    assert_eq!(COLUMNS[24], "vic_TypeOfExploitation");
    assert_eq!(COLUMNS[31], "cas_Status");
    assert_eq!(COLUMNS[42], "cas_ReasonForCaseClosure");
    assert!(HARBOUR_COLUMNS.iter().all(|c| c.starts_with("hbr_")));
}

#[test]
fn golden_debt_bondage_and_withheld_documents_in_forced_labour() {
    // HTCDS vic_MethodsOfControl values DebtBondage, WithholdsDocuments; vic_TypeOfExploitation
    // ForcedLabour (Field Reference, Person Victim Context; value names as in the toolkit).
    let r = htcds_record(&case(
        "sy",
        "female",
        Level::Strong,
        &[
            "ilo2012.debt_bondage",
            "ilo2012.retention_of_documents",
            "palermo.purpose.forced_labour",
            "palermo.act.recruitment",
        ],
        1,
    ))
    .expect("a trafficking case");
    assert_eq!(r.get("prs_Gender"), "Female");
    assert_eq!(r.get("prs_Nationality"), "SY");
    assert_eq!(
        r.get("vic_MethodsOfControl"),
        "DebtBondage;WithholdsDocuments"
    );
    assert_eq!(r.get("vic_TypeOfExploitation"), "ForcedLabour");
    assert_eq!(r.get("vic_MethodOfRecruitment"), "");
    assert_eq!(r.get("hbr_ScreeningLevel"), "strong");
    assert_eq!(r.get("hbr_AgeBand"), "18-24");
    assert_eq!(r.get("hbr_InterviewYear"), "2026");
}

#[test]
fn golden_sexual_exploitation_from_an_ilo_sexual_list_with_abduction_and_threats() {
    let r = htcds_record(&case(
        "ER",
        "male",
        Level::Possible,
        &[
            "ilo2009.adult.sexual.coercive_recruitment.abduction_forced_marriage_selling",
            "ilo2009.adult.sexual.coercion_destination.threat_of_denunciation",
            "ilo2009.adult.sexual.coercion_destination.violence_on_victim",
            "ilo2009.adult.sexual.deceptive_recruitment.deception_nature_of_job",
        ],
        2,
    ))
    .expect("a trafficking case");
    assert_eq!(r.get("prs_Gender"), "Male");
    assert_eq!(r.get("vic_MethodOfRecruitment"), "Abduction");
    assert_eq!(
        r.get("vic_MethodsOfControl"),
        "PhysicalAbuse;FalsePromises;ThreatOfLawEnforcement"
    );
    assert_eq!(r.get("vic_TypeOfExploitation"), "SexualExploitation");
}

#[test]
fn golden_other_values_gender_and_statelessness() {
    let r = htcds_record(&case(
        "stateless",
        "another",
        Level::Possible,
        &[
            "palermo.purpose.organ_removal",
            "palermo.purpose.servitude",
            "palermo.purpose.other_exploitation",
            "ilo2009.child.labour.coercion_destination.forced_illicit_activities",
        ],
        3,
    ))
    .expect("a trafficking case");
    assert_eq!(r.get("prs_Gender"), "Transgender/NonConforming");
    assert_eq!(r.get("prs_Nationality"), "", "HTCDS has no stateless value");
    assert_eq!(r.get("hbr_NationalityNote"), "stateless");
    assert_eq!(
        r.get("vic_TypeOfExploitation"),
        "ForcedLabour;SlaveryAndSimilarPractices;OrganRemoval;IllicitActivities;Other"
    );
}

#[test]
fn only_cases_whose_trafficking_pathway_applies_are_written() {
    for level in [Level::None, Level::InsufficientInformation] {
        assert!(htcds_record(&case("SY", "female", level, &[], 9)).is_none());
    }
    let out = htcds_csv(&[
        case("SY", "female", Level::None, &[], 1),
        case("SY", "female", Level::Possible, &[], 2),
    ]);
    assert_eq!((out.written, out.left_out), (1, 1));
}

#[test]
fn a_rare_nationality_is_withheld_and_rows_follow_the_record_key_not_the_input_order() {
    let mut cases: Vec<HtcdsCase> = (0..5)
        .map(|i| case("SY", "female", Level::Strong, &[], 100 - i))
        .collect();
    cases.push(case("IS", "female", Level::Strong, &[], 50));
    let out = htcds_csv(&cases);
    let rows = parse(&out.csv);
    assert_eq!(out.nationality_withheld, 1);
    assert_eq!(
        rows.iter().filter(|r| r["prs_Nationality"] == "SY").count(),
        5
    );
    assert!(
        !out.csv.contains("IS,"),
        "a lone Icelandic case stays unnamed"
    );
    assert_eq!(rows[0]["hbr_NationalityNote"], "rare");
    let mut reversed = cases.clone();
    reversed.reverse();
    assert_eq!(htcds_csv(&reversed).csv, out.csv);
}

#[test]
fn no_name_reference_free_text_note_or_date_ever_reaches_the_htcds_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = new_vault(dir.path(), "v.vault");
    let mut ids = Vec::new();
    for _ in 0..6 {
        ids.push(add_case(&mut v, Profile::Everything, "SY"));
    }
    // Free text where a closed set was expected, in the profile itself.
    ids.push(add_case(
        &mut v,
        Profile::Everything,
        &format!("{CANARY} Amira"),
    ));
    ids.push(add_case(&mut v, Profile::Quiet, "AF"));
    for id in &ids {
        v.set_note(id, None, &format!("{CANARY} note"), now())
            .expect("note");
        v.set_note(id, Some("q1"), &format!("{CANARY} q note"), now())
            .expect("note");
    }
    let out = dir.path().join("htcds.csv");
    let rep = write_htcds(&mut v, &out, now()).expect("htcds");
    assert_eq!((rep.written, rep.left_out), (7, 1));
    let csv = std::fs::read_to_string(&out).expect("read");
    let rows = parse(&csv);
    assert_eq!(rows.len(), 7);
    assert!(!csv.contains(CANARY), "free text leaked");
    assert!(!csv.contains("Amira"));
    for id in &ids {
        let reference = v.case(id).expect("case").reference;
        assert!(!csv.contains(id.as_str()), "a case id leaked");
        assert!(!csv.contains(&reference), "a reference leaked");
    }
    assert!(!csv.contains("2026-"), "no date, only a year");
    for r in &rows {
        for empty in [
            "prs_Salutation",
            "prs_FirstName",
            "prs_MiddleName",
            "prs_SecondName",
            "prs_Birthdate",
            "prs_Email",
            "prs_HomePhone",
            "prs_MobilePhone",
            "prs_MailingStreet",
            "vic_DetailsOfVulnerabilities",
            "cas_IncomingReferralDetails",
            "cas_OutgoingReferralDetails",
            "cas_ReasonForCaseClosure",
        ] {
            assert_eq!(r[empty], "", "{empty} must stay empty");
        }
        // Every non-empty value is from a closed set: letters, digits, '/', ';', '-', '_'.
        for (col, val) in r {
            assert!(
                val.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/;-_+".contains(c)),
                "{col} = {val}"
            );
        }
        assert_eq!(r["hbr_InterviewYear"], "2026");
    }
    // The free-text nationality is `other`, never the text.
    assert!(rows.iter().any(|r| r["hbr_NationalityNote"] == "other"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "owner-only");
    }
}

mod arbitrary {
    use super::*;
    use harbour_rules::catalogue;
    use proptest::prelude::*;

    const FREE: [&str; 3] = ["Amira, Haddad", "+963 555 0101", "born 1999-03-04"];

    fn text(values: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            3 => proptest::sample::select(values).prop_map(|s| Some(s.to_string())),
            1 => proptest::sample::select(&FREE[..]).prop_map(|s| Some(s.to_string())),
            1 => Just(None),
        ]
    }

    fn any_case() -> impl Strategy<Value = HtcdsCase> {
        let codes: Vec<&'static str> = catalogue().iter().map(|i| i.code).collect();
        (
            text(&["SY", "af", "ER", "stateless", "unknown", "XX"]),
            text(&["female", "male", "another"]),
            proptest::sample::subsequence(codes, 0..12),
            prop_oneof![
                Just(Level::Possible),
                Just(Level::Strong),
                Just(Level::None)
            ],
            any::<u32>(),
            proptest::option::of(-5000i32..12000),
        )
            .prop_map(|(nat, gender, codes, level, key, year)| {
                let mut c = case("SY", "female", level, &codes, key);
                c.row.nationality = nat;
                c.row.gender = gender;
                c.interview_year = year;
                c
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the profile holds and whichever indicators are present, every row has the
        /// HTCDS columns, every value is a closed-set value, and no free text gets through.
        #[test]
        fn every_value_written_is_from_a_closed_set(cases in proptest::collection::vec(any_case(), 0..40)) {
            let out = htcds_csv(&cases);
            for f in FREE {
                prop_assert!(!out.csv.contains(f), "free text leaked: {f}");
            }
            let rows = parse(&out.csv);
            prop_assert_eq!(rows.len(), out.written);
            prop_assert_eq!(out.written + out.left_out, cases.len());
            for r in &rows {
                for (col, val) in r {
                    prop_assert!(
                        val.chars().all(|c| c.is_ascii_alphanumeric() || "/;-_+".contains(c)),
                        "{col} = {val}"
                    );
                }
                let year = &r["hbr_InterviewYear"];
                prop_assert!(year.is_empty() || year.len() == 4, "a year, never a date: {year}");
                prop_assert!(["possible", "strong"].contains(&r["hbr_ScreeningLevel"].as_str()));
            }
        }
    }
}
