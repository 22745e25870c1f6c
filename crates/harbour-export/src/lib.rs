//! harbour-export: getting cases out of a field device, safely.
//!
//! - [`keys`]: the organisation's `age` key pair (public key on devices, passphrase-protected
//!   identity at headquarters).
//! - [`export_bundle`]: cases streamed into an age-encrypted bundle (JSON Lines + manifest,
//!   see [`manifest`]) with no plaintext on disk; then audit, mark exported, retention purge.
//! - [`import_bundles`]: decrypt and verify everything in memory, then one transaction;
//!   idempotent, conflicting versions kept side by side.
//! - [`summary`]: a printable referral summary (PDF) holding only what the referral needs.
//! - [`stats`]: de-identified counts with small-cell suppression, as CSV.
//! - [`htcds`]: trafficking cases as de-identified Human Trafficking Case Data Standard CSV.
//! - [`plain`]: identified data in plain JSON/CSV, only with an explicit confirmation token.
//!
//! This crate knows the vault's API and the published outcome format of `harbour-rules`; it
//! knows nothing of questionnaires (answers travel as the opaque JSON the vault holds).

#![deny(missing_docs)]

pub mod bench;
pub mod bundle;
mod device;
mod enrol;
mod error;
mod export;
pub mod fields;
pub mod htcds;
mod import;
pub mod keys;
pub mod manifest;
pub mod pack_signature;
pub mod plain;
pub mod profile;
pub mod register;
mod select;
pub mod stats;
pub mod summary;

pub use device::{device_id, DEVICE_ID_SETTING};
pub use enrol::{
    enrol, enrol_bundle_device, read_enrolment, write_enrolment, Enrolment, ENROLMENT_FORMAT,
};
pub use error::{ExportError, Result};
pub use export::{export_bundle, ExportOptions, ExportReport, RETENTION_SETTING};
pub use harbour_rules::ReferralKind;
pub use htcds::{
    htcds_csv, htcds_record, write_htcds, HtcdsCase, HtcdsExport, HtcdsRecord, HtcdsReport,
};
pub use import::{
    import_bundles, import_bundles_with, import_verified, open_bundle, open_bundle_with, CaseFate,
    ImportOptions, ImportReport, ImportedCase, MAX_BUNDLE_BYTES,
};
pub use keys::{
    generate_org_key, install_org_key, parse_recipients, read_identity, read_recipients,
    recipients_from_settings, Identity, OrgKeyFiles, Recipient, ORG_RECIPIENTS_SETTING,
};
pub use plain::{plain_export, PlainExportConfirmation, PlainFormat};
pub use select::{find_case, select_cases, CaseSelection};
pub use stats::perturb::RecordKeySecret;
pub use stats::{record_key_secret, stats_csv, stats_rows, write_stats, StatsReport, StatsRow};
pub use summary::{
    export_catalog, parse_referral, referral_summary, save_referral_summary, summary_of_record,
    summary_stem, write_referral_summary, Summary, SummaryTarget,
};
