//! The schema, as numbered migrations: each runs once, in its own transaction, recorded in
//! `harbour_migrations`; concurrent `hq init`s wait on an advisory lock, so each migration
//! still runs once.
//!
//! Group roles (NOLOGIN, cluster-wide, created if missing) and what they may touch:
//!
//! | table | harbour_admin | harbour_caseworker | harbour_analyst |
//! |---|---|---|---|
//! | `devices`, `bundles` | read, write | read | – |
//! | `cases` (closed-set columns) | read, write | read | read |
//! | `cases` (`id`, `origin_id`, `content_hash`) | read, write | read | – |
//! | `case_refs` (reference) | read, write | read | – |
//! | `case_content` (sealed content) | insert, delete (never read) | read | – |
//! | `tombstones` | read, write | – | – |
//! | `hq_audit` | read, append | append | append |

use crate::error::{db, HqError, Result};
use postgres::Client;

/// The group roles `hq init` creates.
pub const ROLES: [&str; 3] = ["harbour_admin", "harbour_caseworker", "harbour_analyst"];

/// Key of the advisory lock held while migrating.
const MIGRATION_LOCK: i64 = 0x4842_4d49_4752; // "HBMIGR"

const MIGRATIONS: &[(i32, &str, &str)] = &[
    (1, "cases, register, roles", V1),
    (
        2,
        "statistics: record keys for the cell-key noise, import times for closed-month releases; HTCDS exports audited",
        V2,
    ),
];

/// Each case's permanent record key for the cell-key perturbation of published statistics
/// (`harbour_export::stats::perturb`): random, drawn by the server when the row is written
/// (COPY fills it in), never changed. Readers of a published table do not have it; the
/// analyst, who already reads every case's closed-set row, may.
const V2: &str = r#"
ALTER TABLE cases ADD COLUMN record_key bigint NOT NULL
  DEFAULT floor(random() * 4294967296)::bigint
  CHECK (record_key >= 0 AND record_key < 4294967296);
GRANT SELECT (record_key, imported_at) ON cases TO harbour_analyst;
ALTER TABLE hq_audit DROP CONSTRAINT hq_audit_event_check;
ALTER TABLE hq_audit ADD CONSTRAINT hq_audit_event_check CHECK (event IN ('device.enrolled',
  'bundles.imported', 'case.summary_printed', 'case.withdrawn', 'stats.exported',
  'htcds.exported'));
"#;

/// The newest schema version this program knows.
pub fn latest() -> i32 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

const V1: &str = r#"
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['harbour_admin', 'harbour_caseworker', 'harbour_analyst'] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END LOOP;
END $$;

CREATE TABLE devices (
  device_id   text PRIMARY KEY,
  public_key  text NOT NULL UNIQUE,
  fingerprint text NOT NULL,
  enrolled_at timestamptz NOT NULL
);

CREATE TABLE bundles (
  device_id       text NOT NULL REFERENCES devices (device_id),
  sequence        bigint NOT NULL,
  manifest_sha256 text NOT NULL,
  exported_at     timestamptz NOT NULL,
  imported_at     timestamptz NOT NULL,
  PRIMARY KEY (device_id, sequence)
);

CREATE TABLE cases (
  id                    text PRIMARY KEY,
  origin_id             text NOT NULL,
  content_hash          text NOT NULL,
  device_id             text NOT NULL REFERENCES devices (device_id),
  bundle_sequence       bigint NOT NULL,
  status                text NOT NULL CHECK (status IN ('in_progress', 'finished', 'consent_refused')),
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  imported_at           timestamptz NOT NULL,
  questionnaire_id      text,
  questionnaire_version text,
  rules_version         text,
  assessed_at           timestamptz,
  trafficking_level     text,
  protection_level      text,
  flags                 text[] NOT NULL DEFAULT '{}',
  referrals             text[] NOT NULL DEFAULT '{}',
  urgent                boolean NOT NULL DEFAULT false,
  nationality           text,
  age_band              text,
  gender                text,
  outcome_closed        jsonb,
  conflict              boolean NOT NULL DEFAULT false,
  UNIQUE (origin_id, content_hash)
);
CREATE INDEX cases_page      ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_status    ON cases (status, updated_at DESC, id DESC);
CREATE INDEX cases_device    ON cases (device_id, updated_at DESC, id DESC);
CREATE INDEX cases_traff     ON cases (trafficking_level, updated_at DESC, id DESC);
CREATE INDEX cases_prot      ON cases (protection_level, updated_at DESC, id DESC);
CREATE INDEX cases_created   ON cases (created_at);
CREATE INDEX cases_origin    ON cases (origin_id);
CREATE INDEX cases_flags     ON cases USING gin (flags);
CREATE INDEX cases_referrals ON cases USING gin (referrals);

CREATE TABLE case_refs (
  case_id   text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  reference text NOT NULL UNIQUE
);

CREATE TABLE case_content (
  case_id text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  sealed  bytea NOT NULL
);

CREATE TABLE tombstones (
  device_id    text NOT NULL,
  origin_id    text NOT NULL,
  withdrawn_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, origin_id)
);

CREATE TABLE hq_audit (
  id      bigserial PRIMARY KEY,
  at      timestamptz NOT NULL,
  actor   text NOT NULL DEFAULT session_user,
  event   text NOT NULL CHECK (event IN ('device.enrolled', 'bundles.imported',
            'case.summary_printed', 'case.withdrawn', 'stats.exported')),
  case_id text,
  count   bigint
);

REVOKE ALL ON devices, bundles, cases, case_refs, case_content, tombstones, hq_audit FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO harbour_admin, harbour_caseworker, harbour_analyst;
GRANT SELECT ON harbour_migrations TO harbour_admin, harbour_caseworker, harbour_analyst;
GRANT INSERT ON hq_audit TO harbour_admin, harbour_caseworker, harbour_analyst;
GRANT USAGE ON SEQUENCE hq_audit_id_seq TO harbour_admin, harbour_caseworker, harbour_analyst;
GRANT SELECT ON hq_audit TO harbour_admin;

GRANT SELECT, INSERT, UPDATE ON devices, bundles TO harbour_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON cases, case_refs TO harbour_admin;
GRANT INSERT, DELETE ON case_content TO harbour_admin;
GRANT SELECT (case_id) ON case_content TO harbour_admin;
GRANT SELECT, INSERT ON tombstones TO harbour_admin;

GRANT SELECT ON devices, bundles, cases, case_refs, case_content TO harbour_caseworker;

GRANT SELECT (status, device_id, created_at, updated_at, questionnaire_id,
              questionnaire_version, rules_version, assessed_at, trafficking_level,
              protection_level, flags, referrals, urgent, nationality, age_band, gender,
              outcome_closed)
  ON cases TO harbour_analyst;
"#;

/// Create or bring up to date the schema and the group roles. Returns the migrations run.
/// Needs a role that may create tables and roles (the database's owner with CREATEROLE, or
/// a superuser).
pub fn migrate(client: &mut Client) -> Result<Vec<i32>> {
    // Under the lock too: two `CREATE TABLE IF NOT EXISTS` at once can both try to create it.
    let mut tx = client
        .transaction()
        .map_err(db("creating the migrations table"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .map_err(db("waiting for other migrations"))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS harbour_migrations (
           version    integer PRIMARY KEY,
           name       text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now())",
    )
    .map_err(db("creating the migrations table"))?;
    tx.commit().map_err(db("creating the migrations table"))?;
    let mut ran = Vec::new();
    for (version, name, sql) in MIGRATIONS {
        let mut tx = client.transaction().map_err(db("starting a migration"))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .map_err(db("waiting for other migrations"))?;
        let done = tx
            .query_opt(
                "SELECT 1 FROM harbour_migrations WHERE version = $1",
                &[version],
            )
            .map_err(db("reading the migrations table"))?
            .is_some();
        if done {
            continue;
        }
        tx.batch_execute(sql).map_err(db("migrating the schema"))?;
        tx.execute(
            "INSERT INTO harbour_migrations (version, name) VALUES ($1, $2)",
            &[version, name],
        )
        .map_err(db("recording a migration"))?;
        tx.commit().map_err(db("committing a migration"))?;
        ran.push(*version);
    }
    Ok(ran)
}

/// Check that the database has this program's schema (run before every command but init).
pub fn check(client: &mut Client) -> Result<()> {
    let row = client
        .query_one("SELECT max(version) FROM harbour_migrations", &[])
        .map_err(db("reading the schema version"))?;
    let found: Option<i32> = row.get(0);
    match found {
        None => Err(HqError::NotInitialised),
        Some(v) if v > latest() => Err(HqError::SchemaTooNew {
            found: v,
            known: latest(),
        }),
        Some(v) if v < latest() => Err(HqError::NotInitialised),
        Some(_) => Ok(()),
    }
}
