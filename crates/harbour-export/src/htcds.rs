//! The Human Trafficking Case Data Standard (HTCDS, UN Migration / IOM, CC BY 4.0): one CSV
//! row per case whose trafficking pathway applies (`possible` or `strong`), with HTCDS field
//! names and value names for what Harbour knows, and every other HTCDS field empty.
//!
//! Field names, order and value names follow "HTCDS Field Reference.md" of the public
//! repository UNMigration/HTCDS (tables Person, Person Victim Context, Case; the value names
//! of Type of Exploitation as the repository's survey toolkit `Toolkit/Survey/htcds_xform.xml`
//! spells them). Harbour-only facts HTCDS has no field for follow, prefixed `hbr_`.
//! `docs/htcds.md` documents the mapping field by field.
//!
//! What is written comes from closed sets only: a [`StatsRow`] (profile facts and the
//! outcome's levels, flags and the indicator codes of its elements) and a coarse year.
//! Never a name, a reference, a case id, a date, free text, an answer, a note or a reason.
//! Rows are ordered by their record key (secret), not by time. A nationality shared by fewer
//! than [`THRESHOLD`] exported cases is withheld (`hbr_NationalityNote` = `rare`).

use crate::error::Result;
use crate::stats::perturb::RecordKeySecret;
use crate::stats::suppress::THRESHOLD;
use crate::stats::{categories, read_assessment, record_key_secret, write_atomic, StatsRow};
use chrono::{DateTime, Datelike, Utc};
use harbour_rules::Outcome;
use harbour_vault::Vault;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The columns, in order: HTCDS Person, Person Victim Context and Case fields (prefix and
/// field name, as in the HTCDS Field Reference), then Harbour's own.
pub const COLUMNS: [&str; 43] = [
    // Person
    "prs_Salutation",
    "prs_FirstName",
    "prs_MiddleName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Deceased",
    "prs_Nationality",
    "prs_Title",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingCountry",
    "prs_MailingState",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
    "prs_MailingLongitude",
    "prs_MailingLatitude",
    // Person Victim Context
    "vic_AgreementToManagePersonalData",
    "vic_RecruitmentWebsitesAndApps",
    "vic_MethodOfRecruitment",
    "vic_LocationOfRecruitment",
    "vic_MethodsOfControl",
    "vic_TypeOfExploitation",
    "vic_LabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "vic_ExploitationWebsitesAndApps",
    "vic_Vulnerabilities",
    "vic_DetailsOfVulnerabilities",
    // Case
    "cas_Status",
    "cas_ReferringOrganisation",
    "cas_IncomingReferralDate",
    "cas_ReferringPrimaryCaseWorker",
    "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails",
    "cas_ReferredOrganisation",
    "cas_ReferredPrimaryCaseWorker",
    "cas_ReasonForOutgoingReferral",
    "cas_OutgoingReferralDate",
    "cas_OutgoingReferralDetails",
    "cas_ReasonForCaseClosure",
];

/// Harbour's own columns after [`COLUMNS`] (facts HTCDS has no field for).
pub const HARBOUR_COLUMNS: [&str; 6] = [
    "hbr_ScreeningLevel",
    "hbr_AgeBand",
    "hbr_Child",
    "hbr_UnaccompaniedChild",
    "hbr_NationalityNote",
    "hbr_InterviewYear",
];

/// The separator between the values of a multiselect picklist.
pub const MULTI_SEPARATOR: &str = ";";

/// One case to map: its statistics row and, optionally, the year of its interview.
#[derive(Debug, Clone, PartialEq)]
pub struct HtcdsCase {
    /// Closed-set profile facts, the outcome and the record key.
    pub row: StatsRow,
    /// The year the interview began (never a full date).
    pub interview_year: Option<i32>,
}

/// One HTCDS row: values by column name (absent = empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtcdsRecord {
    values: BTreeMap<&'static str, String>,
}

impl HtcdsRecord {
    /// The value of a column, empty when Harbour does not know it.
    pub fn get(&self, column: &str) -> &str {
        self.values.get(column).map_or("", String::as_str)
    }

    fn set(&mut self, column: &'static str, value: impl Into<String>) {
        let value = value.into();
        if !value.is_empty() {
            self.values.insert(column, value);
        }
    }
}

/// Whether a case belongs in an HTCDS export: its trafficking pathway applies.
pub fn is_trafficking_case(outcome: &Outcome) -> bool {
    outcome.pathways.trafficking.level.applies()
}

/// The HTCDS record of one case, or `None` when its trafficking pathway does not apply. The
/// nationality is written as recorded; [`htcds_csv`] withholds rare ones across the export.
pub fn htcds_record(case: &HtcdsCase) -> Option<HtcdsRecord> {
    let o = &case.row.outcome;
    if !is_trafficking_case(o) {
        return None;
    }
    let mut r = HtcdsRecord::default();
    r.set("prs_Gender", gender(case.row.gender.as_deref()));
    match nationality(case.row.nationality.as_deref()) {
        Ok(code) => r.set("prs_Nationality", code),
        Err(note) => r.set("hbr_NationalityNote", note),
    }
    let codes = present_codes(o);
    r.set("vic_MethodOfRecruitment", picklist(&codes, RECRUITMENT));
    r.set("vic_MethodsOfControl", picklist(&codes, CONTROL));
    r.set("vic_TypeOfExploitation", exploitation(&codes));
    r.set("vic_Vulnerabilities", picklist(&codes, VULNERABILITY));
    r.set("hbr_ScreeningLevel", o.pathways.trafficking.level.as_str());
    let band = categories::age_band(case.row.age_band.as_deref());
    if categories::AGE_BANDS.contains(&band.as_str()) {
        r.set("hbr_AgeBand", band);
    }
    r.set("hbr_Child", yes_no(o.flags.child));
    r.set(
        "hbr_UnaccompaniedChild",
        yes_no(o.flags.unaccompanied_child),
    );
    if let Some(y) = case.interview_year.filter(|y| (1900..=9999).contains(y)) {
        r.set("hbr_InterviewYear", y.to_string());
    }
    Some(r)
}

/// What [`htcds_csv`] made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtcdsExport {
    /// The CSV text.
    pub csv: String,
    /// Cases written (trafficking pathway `possible` or `strong`).
    pub written: usize,
    /// Cases left out (their trafficking pathway does not apply).
    pub left_out: usize,
    /// Cases whose nationality was withheld as rare.
    pub nationality_withheld: usize,
}

/// The HTCDS CSV of these cases: a header of [`COLUMNS`] and [`HARBOUR_COLUMNS`], then one
/// row per trafficking case in record-key order. A nationality shared by fewer than
/// [`THRESHOLD`] written cases is withheld.
pub fn htcds_csv(cases: &[HtcdsCase]) -> HtcdsExport {
    let mut records: Vec<(u32, HtcdsRecord)> = cases
        .iter()
        .filter_map(|c| htcds_record(c).map(|r| (c.row.record_key, r)))
        .collect();
    records.sort_by_key(|(k, _)| *k);
    let mut per_nationality: BTreeMap<String, usize> = BTreeMap::new();
    for (_, r) in &records {
        *per_nationality
            .entry(r.get("prs_Nationality").to_string())
            .or_default() += 1;
    }
    let mut withheld = 0;
    for (_, r) in &mut records {
        let n = r.get("prs_Nationality").to_string();
        if !n.is_empty() && per_nationality.get(&n).copied().unwrap_or(0) < THRESHOLD as usize {
            r.values.remove("prs_Nationality");
            r.set("hbr_NationalityNote", "rare");
            withheld += 1;
        }
    }
    let header: Vec<&str> = COLUMNS
        .iter()
        .chain(HARBOUR_COLUMNS.iter())
        .copied()
        .collect();
    let mut csv = header.join(",");
    csv.push('\n');
    for (_, r) in &records {
        let line: Vec<String> = header.iter().map(|c| csv_field(r.get(c))).collect();
        csv.push_str(&line.join(","));
        csv.push('\n');
    }
    HtcdsExport {
        csv,
        written: records.len(),
        left_out: cases.len() - records.len(),
        nationality_withheld: withheld,
    }
}

/// What [`write_htcds`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtcdsReport {
    /// Cases written.
    pub written: usize,
    /// Assessed cases left out (trafficking pathway not applying).
    pub left_out: usize,
    /// Cases whose nationality was withheld as rare.
    pub nationality_withheld: usize,
}

/// Write the vault's trafficking cases as HTCDS CSV to `out` (owner-only temporary file,
/// fsync, rename). Reads like the statistics (closed sets only, in bulk); the first run
/// makes the vault's record-key secret, as statistics do.
pub fn write_htcds(vault: &mut Vault, out: &Path, now: DateTime<Utc>) -> Result<HtcdsReport> {
    let secret = record_key_secret(vault, now)?;
    let cases = vault.in_bulk(|v| htcds_cases(v, &secret))?;
    let export = htcds_csv(&cases);
    write_atomic(out, export.csv.as_bytes())?;
    Ok(HtcdsReport {
        written: export.written,
        left_out: export.left_out,
        nationality_withheld: export.nationality_withheld,
    })
}

fn htcds_cases(vault: &Vault, secret: &RecordKeySecret) -> Result<Vec<HtcdsCase>> {
    let mut out = Vec::new();
    for case in vault.list_cases()? {
        let Some(stored) = vault.assessment(&case.id)? else {
            continue;
        };
        let a = read_assessment(&stored, &case.id)?;
        let interview_year = DateTime::parse_from_rfc3339(&case.created_at)
            .ok()
            .map(|d| d.year());
        out.push(HtcdsCase {
            row: StatsRow::new(a.inputs.profile, a.outcome, secret.record_key(&case.id)),
            interview_year,
        });
    }
    Ok(out)
}

/// HTCDS `prs_Gender` (Male, Female, Transgender/NonConforming, Unknown).
fn gender(raw: Option<&str>) -> &'static str {
    match categories::gender(raw).as_str() {
        "female" => "Female",
        "male" => "Male",
        categories::NOT_RECORDED => "Unknown",
        _ => "Transgender/NonConforming",
    }
}

/// HTCDS `prs_Nationality` (ISO 3166-1 alpha-2), or why it is empty.
fn nationality(raw: Option<&str>) -> std::result::Result<String, &'static str> {
    let n = categories::nationality(raw);
    if categories::is_iso_country(&n) {
        return Ok(n);
    }
    Err(match n.as_str() {
        "stateless" => "stateless",
        "unknown" => "unknown",
        categories::NOT_RECORDED => "not_recorded",
        _ => "other",
    })
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Every indicator code observed present in the outcome's elements (both pathways).
fn present_codes(o: &Outcome) -> BTreeSet<&str> {
    o.pathways
        .trafficking
        .elements
        .iter()
        .chain(&o.pathways.international_protection.elements)
        .flat_map(|e| e.indicators.iter().map(String::as_str))
        .collect()
}

/// How an indicator code is matched: exactly, or by its last segment on any ILO/EC 2009 list
/// (the four lists share indicator names).
#[derive(Debug, Clone, Copy)]
enum Code {
    Exact(&'static str),
    Ilo2009(&'static str),
}

impl Code {
    fn matches(self, code: &str) -> bool {
        match self {
            Code::Exact(c) => code == c,
            Code::Ilo2009(last) => {
                code.starts_with("ilo2009.") && code.rsplit('.').next() == Some(last)
            }
        }
    }
}

/// An HTCDS value and the indicators that give it.
type Mapping = &'static [(&'static str, &'static [Code])];

use Code::{Exact, Ilo2009};

/// `vic_MethodOfRecruitment`.
const RECRUITMENT: Mapping = &[(
    "Abduction",
    &[
        Exact("palermo.means.abduction"),
        Ilo2009("abduction_forced_marriage_selling"),
    ],
)];

/// `vic_MethodsOfControl`, in the Field Reference's order.
const CONTROL: Mapping = &[
    (
        "DebtBondage",
        &[Exact("ilo2012.debt_bondage"), Ilo2009("debt_bondage")],
    ),
    (
        "TakesEarnings",
        &[
            Exact("ilo2012.withholding_of_wages"),
            Ilo2009("withholding_of_wages"),
            Ilo2009("withholding_of_money"),
        ],
    ),
    (
        "Threats",
        &[
            Exact("ilo2012.intimidation_threats"),
            Ilo2009("threats_of_violence"),
            Ilo2009("threat_to_inform_family"),
            Ilo2009("threat_of_worse_conditions"),
            Ilo2009("violence_on_family"),
        ],
    ),
    (
        "PhysicalAbuse",
        &[
            Exact("ilo2012.physical_sexual_violence"),
            Ilo2009("violence_on_victim"),
        ],
    ),
    (
        "FalsePromises",
        &[
            Exact("palermo.means.deception"),
            Exact("palermo.means.fraud"),
            Exact("ilo2012.deception"),
            Ilo2009("deception_nature_of_job"),
            Ilo2009("deception_wages"),
            Ilo2009("deception_conditions"),
            Ilo2009("deception_contract"),
            Ilo2009("deception_housing"),
            Ilo2009("deception_legal_documents"),
            Ilo2009("deception_travel"),
            Ilo2009("deception_family_reunification"),
            Ilo2009("deception_marriage_adoption"),
            Ilo2009("deception_education"),
        ],
    ),
    (
        "RestrictsMovement",
        &[
            Exact("ilo2012.restriction_of_movement"),
            Exact("ilo2012.isolation"),
            Ilo2009("isolation_confinement_surveillance"),
        ],
    ),
    (
        "ExcessiveWorkingHours",
        &[
            Exact("ilo2012.excessive_overtime"),
            Ilo2009("excessive_hours"),
        ],
    ),
    (
        "ThreatOfLawEnforcement",
        &[Ilo2009("threat_of_denunciation")],
    ),
    (
        "WithholdsDocuments",
        &[
            Exact("ilo2012.retention_of_documents"),
            Ilo2009("confiscation_of_documents"),
        ],
    ),
];

/// `vic_Vulnerabilities`.
const VULNERABILITY: Mapping = &[
    ("Poverty", &[Ilo2009("economic_reasons")]),
    ("Migration", &[Ilo2009("illegal_status")]),
    ("Education", &[Ilo2009("lack_of_education")]),
];

/// `vic_TypeOfExploitation` (value names as in the HTCDS survey toolkit).
const EXPLOITATION: Mapping = &[
    (
        "ForcedLabour",
        &[
            Exact("palermo.purpose.forced_labour"),
            Exact("ilo2012.restriction_of_movement"),
            Exact("ilo2012.isolation"),
            Exact("ilo2012.physical_sexual_violence"),
            Exact("ilo2012.intimidation_threats"),
            Exact("ilo2012.retention_of_documents"),
            Exact("ilo2012.withholding_of_wages"),
            Exact("ilo2012.debt_bondage"),
            Exact("ilo2012.abusive_conditions"),
            Exact("ilo2012.excessive_overtime"),
        ],
    ),
    (
        "SexualExploitation",
        &[Exact("palermo.purpose.sexual_exploitation")],
    ),
    (
        "SlaveryAndSimilarPractices",
        &[
            Exact("palermo.purpose.slavery"),
            Exact("palermo.purpose.servitude"),
        ],
    ),
    ("OrganRemoval", &[Exact("palermo.purpose.organ_removal")]),
    ("IllicitActivities", &[Ilo2009("forced_illicit_activities")]),
    ("Other", &[Exact("palermo.purpose.other_exploitation")]),
];

fn picklist(codes: &BTreeSet<&str>, mapping: Mapping) -> String {
    mapping
        .iter()
        .filter(|(_, from)| from.iter().any(|m| codes.iter().any(|c| m.matches(c))))
        .map(|(value, _)| *value)
        .collect::<Vec<_>>()
        .join(MULTI_SEPARATOR)
}

/// Exploitation types: from the purpose indicators and the ILO 2012 list, and from the ILO/EC
/// 2009 list an indicator was observed on (labour lists: forced labour; sexual-exploitation
/// lists: sexual exploitation), in [`EXPLOITATION`]'s order.
fn exploitation(codes: &BTreeSet<&str>) -> String {
    let on_list = |list: &str| {
        codes.iter().any(|c| {
            c.strip_prefix("ilo2009.")
                .and_then(|rest| rest.split('.').nth(1))
                == Some(list)
        })
    };
    EXPLOITATION
        .iter()
        .filter(|(value, from)| {
            from.iter().any(|m| codes.iter().any(|c| m.matches(c)))
                || (*value == "ForcedLabour" && on_list("labour"))
                || (*value == "SexualExploitation" && on_list("sexual"))
        })
        .map(|(value, _)| *value)
        .collect::<Vec<_>>()
        .join(MULTI_SEPARATOR)
}

/// Every value is from a closed set; quoting is still applied so a future value with a comma
/// cannot shift the columns.
fn csv_field(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}
