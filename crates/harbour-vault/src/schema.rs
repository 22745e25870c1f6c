//! Versioned migrations. Each entry runs once, in order, inside one transaction, and sets
//! `PRAGMA user_version` to its number. Never edit a shipped migration: add a new one.

use rusqlite::Connection;

/// The migrations, in order; `MIGRATIONS[i]` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: cases, interview sessions, steps (answers are steps), assessments, audit, settings.
    r#"
    CREATE TABLE cases (
        id                    TEXT PRIMARY KEY,
        reference             TEXT NOT NULL UNIQUE,
        status                TEXT NOT NULL,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        exported_at           TEXT
    );
    CREATE TABLE sessions (
        id                    TEXT PRIMARY KEY,
        case_id               TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        questionnaire_id      TEXT NOT NULL,
        questionnaire_version TEXT NOT NULL,
        started_at            TEXT NOT NULL
    );
    CREATE INDEX sessions_case ON sessions(case_id);
    -- One row per interview step, committed as it is given. Answers are the steps whose
    -- kind is an answer; the payload is the engine's own serialisation of the step.
    CREATE TABLE steps (
        session_id            TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq                   INTEGER NOT NULL,
        at                    TEXT NOT NULL,
        kind                  TEXT NOT NULL,
        question_id           TEXT,
        language              TEXT,
        payload               TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    );
    CREATE VIEW answers AS
        SELECT session_id, seq, at, question_id, language, payload FROM steps
        WHERE kind IN ('answer', 'dont_know', 'declined');
    CREATE TABLE assessments (
        case_id               TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        rules_version         TEXT NOT NULL,
        assessed_at           TEXT NOT NULL,
        outcome               TEXT NOT NULL,
        inputs                TEXT NOT NULL
    );
    -- Append-only: who did what and when, never the content of an answer.
    CREATE TABLE audit (
        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
        at                    TEXT NOT NULL,
        actor                 TEXT NOT NULL,
        event                 TEXT NOT NULL,
        case_id               TEXT,
        detail                TEXT
    );
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    -- The only change allowed is unlinking a withdrawn case: the event stays, the case id goes.
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NOT (NEW.case_id IS NULL AND OLD.case_id IS NOT NULL
                  AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
                  AND NEW.event = OLD.event AND NEW.detail IS OLD.detail)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TABLE settings (
        key                   TEXT PRIMARY KEY,
        value                 TEXT NOT NULL
    );
    "#,
    // 2: staff accounts. A person is a row here, linked to one key slot of the key file by
    // the slot's random id; cases belong to the staff member who owns them. Existing cases
    // get their owner when the key file is migrated (the first supervisor).
    r#"
    CREATE TABLE staff (
        id                    TEXT PRIMARY KEY,
        slot_id               TEXT UNIQUE,
        display_name          TEXT NOT NULL,
        role                  TEXT NOT NULL CHECK (role IN ('interviewer', 'supervisor')),
        created_at            TEXT NOT NULL,
        removed_at            TEXT
    );
    ALTER TABLE cases ADD COLUMN owner TEXT REFERENCES staff(id);
    CREATE INDEX cases_owner ON cases(owner);
    "#,
    // 3: authentic exchange. The device's Ed25519 signing key (its seed; the row is made
    // right after migrating, with randomness from the OS) and the sequence number of its
    // exports; at headquarters, the register of enrolled devices, the bundles imported
    // from each (for replay checks) and the tombstones of withdrawn imported cases.
    r#"
    CREATE TABLE device_key (
        id                    INTEGER PRIMARY KEY CHECK (id = 1),
        seed                  BLOB NOT NULL CHECK (length(seed) = 32),
        export_sequence       INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE enrolled_devices (
        device_id             TEXT PRIMARY KEY,
        public_key            TEXT NOT NULL UNIQUE,
        enrolled_at           TEXT NOT NULL,
        enrolled_by           TEXT NOT NULL
    );
    CREATE TABLE bundle_imports (
        device_id             TEXT NOT NULL REFERENCES enrolled_devices(device_id),
        sequence              INTEGER NOT NULL,
        manifest_sha256       TEXT NOT NULL,
        imported_at           TEXT NOT NULL,
        PRIMARY KEY (device_id, sequence)
    );
    CREATE TABLE case_tombstones (
        source_device         TEXT NOT NULL,
        origin_case_id        TEXT NOT NULL,
        withdrawn_at          TEXT NOT NULL,
        PRIMARY KEY (source_device, origin_case_id)
    );
    CREATE TABLE IF NOT EXISTS case_imports (
        case_id          TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        origin_case_id   TEXT NOT NULL,
        content_hash     TEXT NOT NULL,
        source_device    TEXT NOT NULL,
        bundle_exported_at TEXT NOT NULL,
        imported_at      TEXT NOT NULL,
        note             TEXT
    );
    CREATE INDEX IF NOT EXISTS case_imports_origin ON case_imports(origin_case_id);
    "#,
    // 4: staff notes, one per question and one per case (question_id ''), deleted with the
    // case (a withdrawal takes them). Never part of an export bundle.
    r#"
    CREATE TABLE notes (
        case_id               TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        question_id           TEXT NOT NULL,
        text                  TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        PRIMARY KEY (case_id, question_id)
    );
    "#,
    // 5: the case list at scale. The closed-set values the case list filters on become
    // columns of `cases`, kept in step with the stored assessment and status in the same
    // transaction that writes them (`records.rs`): both pathway levels (NULL until assessed),
    // urgent (the stored outcome's urgent-safety flag or an urgent referral) and exported.
    // One index per filter and sort key, so the first page of any one filter in any sort
    // is read in order from an index and stops after a page. `case_counts` holds how many
    // cases share each combination of those values (kept by triggers), so a total is a sum
    // over a few dozen rows, never a count over every case. The levels and urgent are
    // backfilled from the stored outcomes after this script (`backfill`).
    r#"
    ALTER TABLE cases ADD COLUMN trafficking_level TEXT
        CHECK (trafficking_level IN ('none', 'insufficient_information', 'possible', 'strong'));
    ALTER TABLE cases ADD COLUMN protection_level TEXT
        CHECK (protection_level IN ('none', 'insufficient_information', 'possible', 'strong'));
    ALTER TABLE cases ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));
    ALTER TABLE cases ADD COLUMN exported INTEGER NOT NULL DEFAULT 0 CHECK (exported IN (0, 1));
    UPDATE cases SET exported = (exported_at IS NOT NULL);
    DROP INDEX cases_owner;
    CREATE INDEX cases_updated ON cases(updated_at);
    CREATE INDEX cases_created ON cases(created_at);
    CREATE INDEX cases_status_updated ON cases(status, updated_at);
    CREATE INDEX cases_status_created ON cases(status, created_at);
    CREATE INDEX cases_status_reference ON cases(status, reference);
    CREATE INDEX cases_trafficking_updated ON cases(trafficking_level, updated_at);
    CREATE INDEX cases_trafficking_created ON cases(trafficking_level, created_at);
    CREATE INDEX cases_trafficking_reference ON cases(trafficking_level, reference);
    CREATE INDEX cases_protection_updated ON cases(protection_level, updated_at);
    CREATE INDEX cases_protection_created ON cases(protection_level, created_at);
    CREATE INDEX cases_protection_reference ON cases(protection_level, reference);
    CREATE INDEX cases_urgent_updated ON cases(urgent, updated_at);
    CREATE INDEX cases_urgent_created ON cases(urgent, created_at);
    CREATE INDEX cases_urgent_reference ON cases(urgent, reference);
    CREATE INDEX cases_exported_updated ON cases(exported, updated_at);
    CREATE INDEX cases_exported_created ON cases(exported, created_at);
    CREATE INDEX cases_exported_reference ON cases(exported, reference);
    CREATE INDEX cases_owner_updated ON cases(owner, updated_at);
    CREATE INDEX cases_owner_created ON cases(owner, created_at);
    CREATE INDEX cases_owner_reference ON cases(owner, reference);
    CREATE TABLE case_counts (
        owner                 TEXT NOT NULL,
        status                TEXT NOT NULL,
        trafficking_level     TEXT NOT NULL,
        protection_level      TEXT NOT NULL,
        urgent                INTEGER NOT NULL,
        exported              INTEGER NOT NULL,
        n                     INTEGER NOT NULL,
        PRIMARY KEY (owner, status, trafficking_level, protection_level, urgent, exported)
    ) WITHOUT ROWID;
    INSERT INTO case_counts
        SELECT COALESCE(owner, ''), status, COALESCE(trafficking_level, ''),
               COALESCE(protection_level, ''), urgent, exported, COUNT(*)
        FROM cases GROUP BY 1, 2, 3, 4, 5, 6;
    CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN
        INSERT OR IGNORE INTO case_counts VALUES (COALESCE(NEW.owner, ''), NEW.status,
            COALESCE(NEW.trafficking_level, ''), COALESCE(NEW.protection_level, ''),
            NEW.urgent, NEW.exported, 0);
        UPDATE case_counts SET n = n + 1
            WHERE owner = COALESCE(NEW.owner, '') AND status = NEW.status
              AND trafficking_level = COALESCE(NEW.trafficking_level, '')
              AND protection_level = COALESCE(NEW.protection_level, '')
              AND urgent = NEW.urgent AND exported = NEW.exported;
    END;
    CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN
        UPDATE case_counts SET n = n - 1
            WHERE owner = COALESCE(OLD.owner, '') AND status = OLD.status
              AND trafficking_level = COALESCE(OLD.trafficking_level, '')
              AND protection_level = COALESCE(OLD.protection_level, '')
              AND urgent = OLD.urgent AND exported = OLD.exported;
        DELETE FROM case_counts WHERE n <= 0;
    END;
    CREATE TRIGGER case_counts_update
        AFTER UPDATE OF owner, status, trafficking_level, protection_level, urgent, exported ON cases
    BEGIN
        UPDATE case_counts SET n = n - 1
            WHERE owner = COALESCE(OLD.owner, '') AND status = OLD.status
              AND trafficking_level = COALESCE(OLD.trafficking_level, '')
              AND protection_level = COALESCE(OLD.protection_level, '')
              AND urgent = OLD.urgent AND exported = OLD.exported;
        INSERT OR IGNORE INTO case_counts VALUES (COALESCE(NEW.owner, ''), NEW.status,
            COALESCE(NEW.trafficking_level, ''), COALESCE(NEW.protection_level, ''),
            NEW.urgent, NEW.exported, 0);
        UPDATE case_counts SET n = n + 1
            WHERE owner = COALESCE(NEW.owner, '') AND status = NEW.status
              AND trafficking_level = COALESCE(NEW.trafficking_level, '')
              AND protection_level = COALESCE(NEW.protection_level, '')
              AND urgent = NEW.urgent AND exported = NEW.exported;
        DELETE FROM case_counts WHERE n <= 0;
    END;
    "#,
    // 6: copies written outside the vault (`export.summary`, `export.bundle_copy`) name a
    // file and folder in their detail; unlinking a withdrawn or purged case may also clear
    // that detail (a file name may carry the case reference). Nothing else may change.
    r#"
    DROP TRIGGER audit_no_update;
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NOT (NEW.case_id IS NULL AND OLD.case_id IS NOT NULL
                  AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
                  AND NEW.event = OLD.event
                  AND (NEW.detail IS OLD.detail
                       OR (NEW.detail IS NULL
                           AND OLD.event IN ('export.summary', 'export.bundle_copy'))))
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    "#,
];

/// Unlink a case's audit rows (the events stay, the case id goes) and clear the detail of
/// those naming a copy outside the vault. Used by a withdrawal and a purge.
pub(crate) const UNLINK_CASE_AUDIT: &str = "UPDATE audit SET case_id = NULL, detail = CASE WHEN event IN ('export.summary', 'export.bundle_copy') THEN NULL ELSE detail END WHERE case_id = ?1";

/// The newest schema version this build knows.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// The schema version recorded in the file.
pub fn current(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Apply every migration newer than the file's version, each in its own transaction.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let from = current(conn)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        backfill(&tx, i + 1)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// What a migration fills in from existing rows in Rust, in its own transaction, after its
/// script.
fn backfill(tx: &rusqlite::Transaction<'_>, version: usize) -> rusqlite::Result<()> {
    if version == 5 {
        crate::case_facts::backfill(tx)?;
    }
    Ok(())
}
