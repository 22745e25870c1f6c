//! The referral summary: a printable PDF for one case and one referral type, in the reader's
//! language, holding only what that referral needs ([`table`]). Generated offline: labels
//! come from the `export-*` Fluent messages embedded from `locales/<lang>/export.ftl`, the
//! font is embedded in the binary.
//!
//! Scripts: Latin, Greek, Cyrillic (Noto Sans), Arabic script (Noto Sans Arabic: Arabic,
//! Persian, Pashto, Urdu in Naskh style) and Myanmar (Noto Sans Myanmar), shaped with
//! rustybuzz and laid out with the Unicode bidi algorithm, right-aligned for right-to-left
//! languages. Text the embedded fonts cannot draw (e.g. Tigrinya's Ethiopic) is refused with
//! [`ExportError::UnsupportedLanguage`] rather than printed wrongly.

pub mod pdf;
pub mod table;

use crate::error::{io_err, ExportError, Result};
use crate::select::find_case;
use crate::stats::categories;
use chrono::{DateTime, Datelike, Utc};
use harbour_i18n::{CalendarDate, Catalog, Direction, Localizer};
use harbour_rules::{ElementFinding, Outcome, ReferralKind};
use harbour_vault::{AuditEvent, CopyPlace, Vault};
use pdf::{Block, Fonts};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
pub use table::{inclusion, parse_referral, Inclusion};

/// The embedded label catalogs: `(language, export.ftl)`.
const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../../../../locales/en/export.ftl")),
    ("ar", include_str!("../../../../locales/ar/export.ftl")),
    ("es", include_str!("../../../../locales/es/export.ftl")),
    ("fa", include_str!("../../../../locales/fa/export.ftl")),
    ("fr", include_str!("../../../../locales/fr/export.ftl")),
    ("my", include_str!("../../../../locales/my/export.ftl")),
    ("ru", include_str!("../../../../locales/ru/export.ftl")),
    ("uk", include_str!("../../../../locales/uk/export.ftl")),
];

/// The languages whose labels are embedded.
pub fn summary_languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(l, _)| *l)
}

/// The catalog of export labels and error messages, from the embedded `export.ftl` files.
/// The rules' summary texts ([`harbour_rules::SUMMARY_LOCALES`]: indicator labels) come
/// with it, for the one-line reason of the referral.
pub fn export_catalog() -> Catalog {
    let mut sources: Vec<(&str, &str)> = LOCALES.to_vec();
    sources.extend_from_slice(harbour_rules::SUMMARY_LOCALES);
    Catalog::from_sources(&sources)
}

/// A rendered summary.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// The text blocks it holds (for a preview on screen).
    pub blocks: Vec<Block>,
}

/// Make the referral summary of one case (by id or reference) in `lang`, and record it in
/// the audit log as a plain export of one case (the bytes are identified data, handed to the
/// caller). To write it to a file, use [`save_referral_summary`] or [`write_referral_summary`],
/// which record where the file went instead.
pub fn referral_summary(
    vault: &mut Vault,
    case_key: &str,
    kind: ReferralKind,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Summary> {
    let (case_id, s) = render_case(vault, case_key, kind, lang, now)?;
    vault.audit(AuditEvent::PlainExport { cases: 1 }, Some(&case_id), now)?;
    Ok(s)
}

/// The summary of one case and its case id, not audited.
fn render_case(
    vault: &mut Vault,
    case_key: &str,
    kind: ReferralKind,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<(String, Summary)> {
    let cases = vault.list_cases()?;
    let case = find_case(&cases, case_key)
        .ok_or_else(|| ExportError::CaseNotFound(case_key.to_string()))?
        .clone();
    let stored = vault
        .assessment(&case.id)?
        .ok_or_else(|| ExportError::NoAssessment(case.reference.clone()))?;
    let mut languages = BTreeSet::new();
    for s in vault.sessions(&case.id)? {
        for step in vault.steps(&s.id)? {
            if let Some(l) = step.language {
                languages.insert(l);
            }
        }
    }
    let summary = render(&case.reference, &stored, languages, kind, lang, now)?;
    Ok((case.id, summary))
}

/// The referral summary of a case record held outside a vault (headquarters on PostgreSQL
/// decrypts it first). The caller records that it was made.
pub fn summary_of_record(
    record: &crate::bundle::CaseRecord,
    kind: ReferralKind,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Summary> {
    let a = record
        .assessment
        .as_ref()
        .ok_or_else(|| ExportError::NoAssessment(record.reference.clone()))?;
    let stored = harbour_vault::StoredAssessment {
        rules_version: a.rules_version.clone(),
        assessed_at: a.assessed_at.clone(),
        outcome: a.outcome.clone(),
        inputs: a.inputs.clone(),
    };
    let languages = record
        .sessions
        .iter()
        .flat_map(|s| s.steps.iter().filter_map(|st| st.language.clone()))
        .collect();
    render(&record.reference, &stored, languages, kind, lang, now)
}

/// Render the summary of one case from its reference, stored assessment and interview
/// languages.
fn render(
    reference: &str,
    stored: &harbour_vault::StoredAssessment,
    languages: BTreeSet<String>,
    kind: ReferralKind,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Summary> {
    let harbour_rules::Assessment { outcome, inputs } =
        crate::stats::read_assessment(stored, reference)?;
    let profile = inputs.profile;
    let catalog = export_catalog();
    let loc = catalog.localizer(lang);
    let facts = Facts {
        reference,
        assessed_at: &stored.assessed_at,
        rules_version: &stored.rules_version,
        now,
        outcome: &outcome,
        profile,
        languages: languages.into_iter().collect(),
    };
    let blocks = build_blocks(&loc, &facts, kind);
    let fonts = Fonts::load()?;
    let sep = t(&loc, "export-summary-separator");
    for b in &blocks {
        let (a, z) = block_text(b);
        if fonts
            .covers(a)
            .or_else(|| fonts.covers(z))
            .or_else(|| fonts.covers(&sep))
            .is_some()
        {
            return Err(ExportError::UnsupportedLanguage(lang.to_string()));
        }
    }
    let title = format!("{} {}", t(&loc, "export-summary-title"), reference);
    let rtl = harbour_i18n::direction(lang) == Direction::Rtl;
    let pdf = pdf::render(fonts, &blocks, &title, &sep, rtl);
    Ok(Summary { pdf, blocks })
}

/// Where a referral summary goes: a folder the user chose (a USB stick, as for an export),
/// never a default one. The file is named `referral-summary-<type>-<date>.pdf`, with `-2`,
/// `-3`… when taken; the case reference is added only when `with_reference` is set.
#[derive(Debug, Clone)]
pub struct SummaryTarget {
    /// The chosen folder; it must exist.
    pub folder: PathBuf,
    /// Put the case reference in the file name (the user asked for it).
    pub with_reference: bool,
}

/// The file name (without `-2`… and `.pdf`) of a summary: no case reference unless asked.
pub fn summary_stem(kind: ReferralKind, reference: Option<&str>, now: DateTime<Utc>) -> String {
    let mut stem = format!(
        "referral-summary-{}-{}",
        kind.as_str().replace('_', "-"),
        now.format("%Y-%m-%d")
    );
    if let Some(r) = reference {
        stem.push('-');
        stem.push_str(r);
    }
    stem
}

/// Write the summary of one case into the folder of `target` under a name that is free
/// there (never overwriting), owner-only on Unix, and record in the case's audit the
/// referral type, the file's name and folder. Returns the file written.
pub fn save_referral_summary(
    vault: &mut Vault,
    case_key: &str,
    kind: ReferralKind,
    lang: &str,
    target: &SummaryTarget,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    if !target.folder.is_dir() {
        return Err(ExportError::Io {
            action: "opening the folder",
            path: target.folder.clone(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        });
    }
    let (case_id, s) = render_case(vault, case_key, kind, lang, now)?;
    let reference = vault.case(&case_id)?.reference;
    let stem = summary_stem(
        kind,
        target.with_reference.then_some(reference.as_str()),
        now,
    );
    let mut n = 1;
    let out = loop {
        let name = if n == 1 {
            format!("{stem}.pdf")
        } else {
            format!("{stem}-{n}.pdf")
        };
        let out = target.folder.join(name);
        match write_new(&out, &s.pdf) {
            Ok(()) => break out,
            Err(ExportError::OutputExists { .. }) if n < 1000 => n += 1,
            Err(e) => return Err(e),
        }
    };
    record_copy(vault, &case_id, kind, &out, now)?;
    Ok(out)
}

/// [`referral_summary`] written to the file `out`, which must not exist yet (nothing is
/// overwritten: [`ExportError::OutputExists`]); audited like [`save_referral_summary`].
pub fn write_referral_summary(
    vault: &mut Vault,
    case_key: &str,
    kind: ReferralKind,
    lang: &str,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<Summary> {
    let (case_id, s) = render_case(vault, case_key, kind, lang, now)?;
    write_new(out, &s.pdf)?;
    record_copy(vault, &case_id, kind, out, now)?;
    Ok(s)
}

/// Record in the case's audit that a summary was written to `out`.
fn record_copy(
    vault: &mut Vault,
    case_id: &str,
    kind: ReferralKind,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<()> {
    let event = AuditEvent::SummaryWritten {
        referral: kind.as_str(),
        copy: copy_place(out),
    };
    vault.audit(event, Some(case_id), now)?;
    Ok(())
}

/// The name and the absolute folder of a file just written (as given if the folder cannot
/// be resolved).
pub(crate) fn copy_place(out: &Path) -> CopyPlace {
    let mut place = CopyPlace::of(out);
    if let Ok(folder) = std::fs::canonicalize(crate::export::parent_dir(out)) {
        place.folder = folder.to_string_lossy().to_string();
    }
    place
}

/// Write `bytes` to `out` through a temporary file (owner-only, fsynced) renamed only if
/// `out` does not exist: [`ExportError::OutputExists`] otherwise, and nothing is left.
fn write_new(out: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = crate::export::parent_dir(out);
    let mut tmp =
        crate::export::owner_only(tempfile::Builder::new().prefix(".harbour-").suffix(".part"))
            .tempfile_in(&dir)
            .map_err(io_err("creating a temporary file in", &dir))?;
    tmp.write_all(bytes).map_err(io_err("writing", out))?;
    tmp.as_file().sync_all().map_err(io_err("writing", out))?;
    tmp.persist_noclobber(out)
        .map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => ExportError::OutputExists {
                path: out.to_path_buf(),
            },
            _ => ExportError::Io {
                action: "saving",
                path: out.to_path_buf(),
                source: e.error,
            },
        })?;
    crate::export::sync_dir(&dir);
    Ok(())
}

struct Facts<'a> {
    reference: &'a str,
    assessed_at: &'a str,
    rules_version: &'a str,
    now: DateTime<Utc>,
    outcome: &'a Outcome,
    profile: harbour_rules::ProfileFacts,
    languages: Vec<String>,
}

fn block_text(b: &Block) -> (&str, &str) {
    match b {
        Block::Title(s)
        | Block::Heading(s)
        | Block::Text(s)
        | Block::Bullet(s)
        | Block::Small(s) => (s, ""),
        Block::Field(l, v) => (l, v),
    }
}

/// A label, without the Unicode isolation marks Fluent puts around arguments.
fn t(loc: &Localizer, id: &str) -> String {
    clean(&loc.format(id, None))
}

/// A label if the catalog has it, else the fallback.
fn t_or(loc: &Localizer, id: &str, fallback: &str) -> String {
    if loc.has(id) {
        t(loc, id)
    } else {
        fallback.replace('_', " ")
    }
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect()
}

fn yes_no(loc: &Localizer, b: bool) -> String {
    t(
        loc,
        if b {
            "export-summary-yes"
        } else {
            "export-summary-no"
        },
    )
}

fn date(loc: &Localizer, rfc3339: &str) -> String {
    match DateTime::parse_from_rfc3339(rfc3339) {
        Ok(d) => {
            clean(&loc.format_date(CalendarDate::ymd(d.year(), d.month() as u8, d.day() as u8)))
        }
        Err(_) => rfc3339.chars().take(10).collect(),
    }
}

/// The referral's own reason in words: the labels of the indicators behind it that this
/// referral may see ([`shareable`]), at most three, then "and N more". `None` when the
/// referral is not recommended or none of its indicators may be shown.
fn referral_reason(
    loc: &Localizer,
    o: &Outcome,
    kind: ReferralKind,
    inc: &Inclusion,
) -> Option<String> {
    if !o.refers_to(kind) {
        return None;
    }
    let about = kind.about();
    let mut codes: Vec<&str> = o
        .reasons_for(&about)
        .flat_map(|r| r.indicators.iter().map(String::as_str))
        .filter(|c| shareable(inc, c))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let labels: Vec<String> = harbour_rules::referral_highlights(kind, &codes)
        .into_iter()
        .map(|id| t(loc, id))
        .collect();
    if labels.is_empty() {
        return None;
    }
    const SHOWN: usize = 3;
    let mut parts: Vec<String> = labels.iter().take(SHOWN).cloned().collect();
    let more = labels.len().saturating_sub(SHOWN);
    if more > 0 {
        let mut args = harbour_i18n::FluentArgs::new();
        args.set("count", harbour_i18n::FluentValue::from(more as i64));
        parts.push(clean(&loc.format("summary-more", Some(&args))));
    }
    Some(parts.join(&clean(&loc.format("summary-separator", None))))
}

/// Whether a referral summary may name an indicator, by the part of the case it belongs to
/// ([`table`]): trafficking indicators only where the trafficking pathway is shown, the
/// grounds only with the grounds, a heightened-risk category only where it is listed, and so
/// on. Immediate danger and child status are in every summary.
fn shareable(inc: &Inclusion, code: &str) -> bool {
    use harbour_rules::Element as E;
    let Some(ind) = harbour_rules::indicator(code) else {
        return false;
    };
    match ind.element {
        E::PalermoAct | E::PalermoMeans | E::PalermoPurpose | E::Ilo2009(..) | E::ForcedLabour => {
            inc.trafficking
        }
        E::Smuggling => inc.smuggling,
        E::RefugeeOutsideCountry
        | E::RefugeeFear
        | E::RefugeePersecution
        | E::RefugeeNoStateProtection
        | E::ComplementaryProtection => inc.protection,
        E::RefugeeGround(_) => inc.grounds,
        E::NonRefoulement => inc.non_refoulement,
        E::Statelessness => inc.stateless,
        E::HeightenedRisk(c) => inc.risks.contains(&c),
        E::ImmediateDanger => true,
        E::Profile => match code {
            "profile.child" | "profile.unaccompanied" | "profile.separated" => true,
            "profile.female" => inc.gender,
            "profile.irregular_entry" | "profile.irregular_stay" => inc.notes.iter().any(|n| {
                matches!(
                    *n,
                    "note-non-penalisation-refugee" | "note-non-penalisation-trafficking"
                )
            }),
            _ => false,
        },
    }
}

fn build_blocks(loc: &Localizer, f: &Facts<'_>, kind: ReferralKind) -> Vec<Block> {
    let inc = inclusion(kind);
    let o = f.outcome;
    let referral_name = t(loc, &format!("export-referral-{}", kind.as_str()));
    let sep = t(loc, "export-summary-separator");
    let mut b = vec![
        Block::Title(format!(
            "{}{sep}{referral_name}",
            t(loc, "export-summary-title")
        )),
        Block::Small(t(loc, "export-summary-confidential")),
        Block::Field(t(loc, "export-summary-case"), f.reference.to_string()),
        Block::Field(t(loc, "export-summary-assessed"), date(loc, f.assessed_at)),
        Block::Field(t(loc, "export-summary-rules"), f.rules_version.to_string()),
        Block::Field(
            t(loc, "export-summary-generated"),
            date(loc, &f.now.to_rfc3339()),
        ),
        Block::Heading(t(loc, "export-summary-referral")),
        Block::Text(referral_name),
    ];
    match o.referrals.iter().find(|r| r.kind == kind) {
        Some(r) if r.urgent => b.push(Block::Text(t(loc, "export-summary-urgent"))),
        Some(_) => {}
        None => b.push(Block::Text(t(loc, "export-summary-not-recommended"))),
    }
    if let Some(reason) = referral_reason(loc, o, kind, &inc) {
        b.push(Block::Field(t(loc, "summary-why"), reason));
    }
    b.push(Block::Heading(t(loc, "export-summary-safety")));
    b.push(Block::Text(t(
        loc,
        if o.flags.urgent_safety {
            "export-summary-safety-yes"
        } else {
            "export-summary-safety-no"
        },
    )));

    let not_recorded = t(loc, "export-summary-not-recorded");
    b.push(Block::Heading(t(loc, "export-summary-person")));
    let age = categories::age_band(f.profile.age_band.as_deref());
    b.push(Block::Field(
        t(loc, "export-summary-age-band"),
        if age == categories::NOT_RECORDED || age == categories::OTHER {
            not_recorded.clone()
        } else {
            age
        },
    ));
    b.push(Block::Field(
        t(loc, "export-summary-child"),
        yes_no(loc, o.flags.child),
    ));
    if o.flags.child {
        b.push(Block::Field(
            t(loc, "export-summary-unaccompanied"),
            yes_no(loc, o.flags.unaccompanied_child),
        ));
    }
    if inc.gender {
        let g = categories::gender(f.profile.gender.as_deref());
        let shown = if g == categories::NOT_RECORDED {
            not_recorded.clone()
        } else {
            t(loc, &format!("export-gender-{g}"))
        };
        b.push(Block::Field(t(loc, "export-summary-gender"), shown));
    }
    if inc.nationality {
        let n = categories::nationality(f.profile.nationality.as_deref());
        let shown = if n == categories::NOT_RECORDED || n == categories::OTHER {
            not_recorded.clone()
        } else {
            n
        };
        b.push(Block::Field(t(loc, "export-summary-nationality"), shown));
    }
    b.push(Block::Field(
        t(loc, "export-summary-languages"),
        if f.languages.is_empty() {
            not_recorded
        } else {
            f.languages.join(", ")
        },
    ));

    let level_line = |level: harbour_rules::Level| {
        Block::Field(
            t(loc, "export-summary-level"),
            t(loc, &format!("export-level-{}", level.as_str())),
        )
    };
    let element = |e: &ElementFinding| {
        let short = e.element.rsplit('.').next().unwrap_or(&e.element);
        let label = t_or(
            loc,
            &format!("export-element-{}", e.element.replace('.', "-")),
            short,
        );
        let status = e.status.as_str();
        Block::Bullet(format!(
            "{label}{sep}{}",
            t_or(loc, &format!("export-status-{status}"), status)
        ))
    };
    if inc.trafficking {
        b.push(Block::Heading(t(loc, "export-summary-trafficking")));
        b.push(level_line(o.pathways.trafficking.level));
        b.extend(o.pathways.trafficking.elements.iter().map(element));
    }
    if inc.protection {
        let p = &o.pathways.international_protection;
        b.push(Block::Heading(t(loc, "export-summary-protection")));
        b.push(level_line(p.level));
        b.extend(
            p.elements
                .iter()
                .filter(|e| inc.grounds || e.element != "refugee.ground")
                .map(element),
        );
        if inc.grounds {
            let grounds: Vec<String> = p
                .elements
                .iter()
                .filter(|e| e.element == "refugee.ground")
                .flat_map(|e| e.indicators.iter())
                .filter_map(|code| code.strip_prefix("refugee.ground."))
                .map(|g| t_or(loc, &format!("export-ground-{g}"), g))
                .collect();
            if !grounds.is_empty() {
                b.push(Block::Field(
                    t(loc, "export-summary-grounds"),
                    grounds.join(", "),
                ));
            }
        }
    }
    let flags: Vec<Block> = [
        (
            inc.non_refoulement && o.flags.non_refoulement,
            "export-flag-non_refoulement",
        ),
        (inc.stateless && o.flags.stateless, "export-flag-stateless"),
        (inc.smuggling && o.flags.smuggling, "export-flag-smuggling"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| Block::Bullet(t(loc, id)))
    .collect();
    if !flags.is_empty() {
        b.push(Block::Heading(t(loc, "export-summary-other-flags")));
        b.extend(flags);
    }
    let risks: Vec<Block> = o
        .flags
        .heightened_risk
        .iter()
        .filter(|r| inc.risks.contains(r))
        .map(|r| Block::Bullet(t(loc, &format!("export-risk-{}", r.as_str()))))
        .collect();
    if !risks.is_empty() {
        b.push(Block::Heading(t(loc, "export-summary-risks")));
        b.extend(risks);
    }
    let notes: Vec<Block> = o
        .notes
        .iter()
        .filter(|n| inc.notes.contains(&n.message.id.as_str()))
        .map(|n| {
            let fallback = n.about.trim_start_matches("note.").to_string();
            Block::Bullet(t_or(loc, &format!("export-{}", n.message.id), &fallback))
        })
        .collect();
    if !notes.is_empty() {
        b.push(Block::Heading(t(loc, "export-summary-notes")));
        b.extend(notes);
    }
    b.push(Block::Small(t(loc, "export-summary-footer")));
    b
}
