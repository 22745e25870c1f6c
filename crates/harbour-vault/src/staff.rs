//! Staff accounts and who may do what.
//!
//! A staff member is a row inside the encrypted database (random id, display name, role)
//! linked to one key slot in the key file by the slot's random id; the key file itself names
//! nobody. An unlocked [`Vault`] is bound to the person whose passphrase opened it, and every
//! call through it is checked here: an interviewer reaches only the cases they own (their
//! own, and those a supervisor handed to them); a supervisor reaches every case, manages
//! staff, settings, the organisation key and exports.

use crate::audit::AuditEvent;
use crate::error::{classify_write, Result, VaultError};
use crate::keyfile::KeyFile;
use crate::passphrase::{check_policy, Passphrase};
use crate::records::random_hex;
use crate::vault::{key_path, Vault};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Runs screenings; sees only their own cases and those handed to them.
    Interviewer,
    /// Also sees every case, manages staff, settings, the organisation key, and exports.
    Supervisor,
}

impl Role {
    /// The stable name stored in the vault.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Interviewer => "interviewer",
            Role::Supervisor => "supervisor",
        }
    }

    /// The role of a stored name (anything unknown gets the lesser role).
    pub fn parse(s: &str) -> Role {
        match s {
            "supervisor" => Role::Supervisor,
            _ => Role::Interviewer,
        }
    }
}

/// A person who may unlock this device (or did, until removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Random id (hex). The audit log names people by this id only.
    pub id: String,
    /// The name staff see, kept only inside the encrypted vault.
    pub display_name: String,
    /// What they may do.
    pub role: Role,
    /// When they were added (RFC 3339).
    pub created_at: String,
    /// When they were removed, if they were (their key slot is then destroyed).
    pub removed_at: Option<String>,
}

impl StaffMember {
    /// Nobody: the least privilege, before a handle is bound to a person.
    pub(crate) fn nobody() -> StaffMember {
        StaffMember {
            id: String::new(),
            display_name: String::new(),
            role: Role::Interviewer,
            created_at: String::new(),
            removed_at: None,
        }
    }

    /// Whether this person is a supervisor.
    pub fn is_supervisor(&self) -> bool {
        self.role == Role::Supervisor
    }
}

/// The first supervisor of a vault being migrated, and the slot id they get.
pub(crate) struct MigratedSupervisor {
    pub member: StaffMember,
    pub slot_id_for_migration: String,
}

const MAX_NAME_CHARS: usize = 80;
const STAFF_COLUMNS: &str = "id, display_name, role, created_at, removed_at";

fn staff_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StaffMember> {
    Ok(StaffMember {
        id: r.get(0)?,
        display_name: r.get(1)?,
        role: Role::parse(&r.get::<_, String>(2)?),
        created_at: r.get(3)?,
        removed_at: r.get(4)?,
    })
}

impl Vault {
    /// Refuse unless the acting person is a supervisor.
    pub fn require_supervisor(&self, action: &'static str) -> Result<()> {
        if self.staff.is_supervisor() {
            Ok(())
        } else {
            Err(VaultError::NotAllowed {
                action,
                needs: "a supervisor",
            })
        }
    }

    /// Refuse unless the acting person may reach the case: a supervisor, or the
    /// interviewer who owns it. `CaseNotFound` when there is no such case.
    pub(crate) fn require_case(&self, case_id: &str, action: &'static str) -> Result<()> {
        let owner: Option<Option<String>> = self
            .conn
            .query_row("SELECT owner FROM cases WHERE id = ?1", [case_id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| classify_write(&self.path, "reading a case", e))?;
        let Some(owner) = owner else {
            return Err(VaultError::CaseNotFound(case_id.to_string()));
        };
        if self.staff.is_supervisor() || owner.as_deref() == Some(self.staff.id.as_str()) {
            Ok(())
        } else {
            Err(VaultError::NotAllowed {
                action,
                needs: "the case's interviewer or a supervisor",
            })
        }
    }

    /// Like [`Vault::require_case`], but a case that does not exist (any more) is fine:
    /// for reads of what is left of a case, such as its unlinked audit trail.
    pub(crate) fn require_case_if_any(&self, case_id: &str, action: &'static str) -> Result<()> {
        match self.require_case(case_id, action) {
            Err(VaultError::CaseNotFound(_)) => Ok(()),
            other => other,
        }
    }

    /// Like [`Vault::require_case`] for the case of an interview session; returns the case id.
    pub(crate) fn require_session(&self, session_id: &str, action: &'static str) -> Result<String> {
        let case_id: Option<String> = self
            .conn
            .query_row(
                "SELECT case_id FROM sessions WHERE id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| classify_write(&self.path, "reading a session", e))?;
        let Some(case_id) = case_id else {
            return Err(VaultError::SessionNotFound(session_id.to_string()));
        };
        self.require_case(&case_id, action)?;
        Ok(case_id)
    }

    /// Every staff member, active and removed, oldest first (supervisor only).
    pub fn list_staff(&self) -> Result<Vec<StaffMember>> {
        self.require_supervisor("listing staff")?;
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {STAFF_COLUMNS} FROM staff ORDER BY created_at, rowid"
            ))
            .map_err(|e| classify_write(&self.path, "listing staff", e))?;
        let rows = st
            .query_map([], staff_row)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| classify_write(&self.path, "listing staff", e))?;
        Ok(rows)
    }

    /// Add a person who will unlock with `passphrase` (typed by them on the device).
    /// Supervisor only. The passphrase must meet the policy and must not already open
    /// another slot ([`VaultError::PassphraseInUse`]): people are told apart by their
    /// passphrase alone. Costs one Argon2id; the database is not re-encrypted.
    pub fn add_staff(
        &mut self,
        display_name: &str,
        role: Role,
        passphrase: &Passphrase,
        now: DateTime<Utc>,
    ) -> Result<StaffMember> {
        self.require_supervisor("adding staff")?;
        check_policy(passphrase.expose())?;
        let name = display_name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            return Err(VaultError::InvalidName {
                max_chars: MAX_NAME_CHARS,
            });
        }
        let kpath = key_path(&self.path);
        let mut keyfile = KeyFile::read(&kpath)?;
        let master = keyfile.master(passphrase, &kpath)?;
        if keyfile.open_slot(&master, None, &kpath)?.is_some() {
            return Err(VaultError::PassphraseInUse);
        }
        let slot_id = random_hex(16)?;
        // The person first, then their slot: a crash in between leaves a person who cannot
        // unlock (remove and add again), never a slot that opens as nobody.
        let member = self.insert_staff(name, role, &slot_id, now)?;
        keyfile.put_slot(&slot_id, &master, &self.key)?;
        drop(master);
        if let Err(e) = keyfile.write(&kpath, "staff-add") {
            let _ = self
                .conn
                .execute("DELETE FROM staff WHERE id = ?1", [&member.id]);
            return Err(e);
        }
        self.audit(AuditEvent::StaffAdded { role }, None, now)?;
        Ok(member)
    }

    /// Remove a person: their key slot is destroyed first, then they are marked removed.
    /// Their cases stay (a supervisor can hand them over). Supervisor only; nobody removes
    /// themselves, and the last supervisor stays.
    pub fn remove_staff(&mut self, staff_id: &str, now: DateTime<Utc>) -> Result<()> {
        self.require_supervisor("removing staff")?;
        if staff_id == self.staff.id {
            return Err(VaultError::NotAllowed {
                action: "removing yourself",
                needs: "another supervisor",
            });
        }
        let (member, slot_id) = self.active_staff(staff_id)?;
        if member.role == Role::Supervisor && self.active_supervisors()? <= 1 {
            return Err(VaultError::LastSupervisor);
        }
        let kpath = key_path(&self.path);
        let mut keyfile = KeyFile::read(&kpath)?;
        if let Some(slot) = slot_id.as_deref() {
            if keyfile.remove_slot(slot) {
                keyfile.write(&kpath, "staff-remove")?;
            }
        }
        self.conn
            .execute(
                "UPDATE staff SET removed_at = ?2, slot_id = NULL WHERE id = ?1",
                params![staff_id, now.to_rfc3339()],
            )
            .map_err(|e| classify_write(&self.path, "removing staff", e))?;
        self.audit(AuditEvent::StaffRemoved { role: member.role }, None, now)?;
        // Audit detail is a code, never a name: the removed person's id.
        Ok(())
    }

    /// Hand a case to another active staff member, who then owns it. Supervisor only.
    pub fn hand_over_case(
        &mut self,
        case_id: &str,
        to_staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_supervisor("handing a case over")?;
        self.require_case(case_id, "handing a case over")?;
        self.active_staff(to_staff_id)?;
        self.conn
            .execute(
                "UPDATE cases SET owner = ?2, updated_at = ?3 WHERE id = ?1",
                params![case_id, to_staff_id, now.to_rfc3339()],
            )
            .map_err(|e| classify_write(&self.path, "handing a case over", e))?;
        self.audit(AuditEvent::CaseHandedOver, Some(case_id), now)
    }

    /// The staff id owning a case (the interviewer it belongs to). Supervisor, or the owner.
    pub fn case_owner(&self, case_id: &str) -> Result<Option<String>> {
        self.require_case(case_id, "reading a case")?;
        self.conn
            .query_row("SELECT owner FROM cases WHERE id = ?1", [case_id], |r| {
                r.get(0)
            })
            .map_err(|e| classify_write(&self.path, "reading a case", e))
    }

    fn active_staff(&self, staff_id: &str) -> Result<(StaffMember, Option<String>)> {
        self.conn
            .query_row(
                &format!("SELECT {STAFF_COLUMNS}, slot_id FROM staff WHERE id = ?1 AND removed_at IS NULL"),
                [staff_id],
                |r| Ok((staff_row(r)?, r.get::<_, Option<String>>(5)?)),
            )
            .optional()
            .map_err(|e| classify_write(&self.path, "reading staff", e))?
            .ok_or_else(|| VaultError::StaffNotFound(staff_id.to_string()))
    }

    fn active_supervisors(&self) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT count(*) FROM staff WHERE role = 'supervisor' AND removed_at IS NULL",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify_write(&self.path, "reading staff", e))
    }

    /// The active person whose slot is `slot_id`. A slot that maps to nobody active (a key
    /// file restored from before a removal) does not unlock: `NotAllowed`. But a damaged
    /// database can lose the row too (found by the generated-input suite: a page of an older
    /// copy put back passes the quick checks of unlock), so before refusing, the whole
    /// database is checked: damage is `Corrupt`, never a refusal that would send the person
    /// to a supervisor.
    pub(crate) fn staff_by_slot(&self, slot_id: &str) -> Result<StaffMember> {
        let err = |e| classify_write(&self.path, "reading staff", e);
        let active = self
            .conn
            .query_row(
                &format!(
                    "SELECT {STAFF_COLUMNS} FROM staff WHERE slot_id = ?1 AND removed_at IS NULL"
                ),
                [slot_id],
                staff_row,
            )
            .optional()
            .map_err(err)?;
        if let Some(member) = active {
            return Ok(member);
        }
        let verdict: String = self
            .conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .unwrap_or_else(|e| e.to_string());
        if verdict != "ok" {
            return Err(VaultError::Corrupt {
                path: self.path.clone(),
                detail: "its database is damaged: the person of the key slot that opened it cannot be read".into(),
            });
        }
        Err(VaultError::NotAllowed {
            action: "unlocking with the key slot of a removed staff member",
            needs: "an active staff member",
        })
    }

    pub(crate) fn insert_staff(
        &mut self,
        name: &str,
        role: Role,
        slot_id: &str,
        now: DateTime<Utc>,
    ) -> Result<StaffMember> {
        let id = random_hex(16)?;
        self.conn
            .execute(
                "INSERT INTO staff (id, slot_id, display_name, role, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, slot_id, name, role.as_str(), now.to_rfc3339()],
            )
            .map_err(|e| classify_write(&self.path, "adding staff", e))?;
        Ok(StaffMember {
            id,
            display_name: name.to_string(),
            role,
            created_at: now.to_rfc3339(),
            removed_at: None,
        })
    }

    /// Migration of a vault made before staff accounts: its one passphrase becomes the first
    /// supervisor, who owns every existing case. Idempotent: a migration interrupted before
    /// the key file was replaced finds the supervisor it made and reuses their slot id.
    pub(crate) fn first_supervisor_for_migration(
        &mut self,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<MigratedSupervisor> {
        let existing: Option<(StaffMember, Option<String>)> = self
            .conn
            .query_row(
                &format!("SELECT {STAFF_COLUMNS}, slot_id FROM staff WHERE role = 'supervisor' AND removed_at IS NULL ORDER BY created_at, rowid LIMIT 1"),
                [],
                |r| Ok((staff_row(r)?, r.get::<_, Option<String>>(5)?)),
            )
            .optional()
            .map_err(|e| classify_write(&self.path, "migrating staff", e))?;
        let (member, slot_id) = match existing {
            Some((m, Some(slot))) => (m, slot),
            _ => {
                let slot = random_hex(16)?;
                let name = if name.trim().is_empty() {
                    "Supervisor"
                } else {
                    name.trim()
                };
                (self.insert_staff(name, Role::Supervisor, &slot, now)?, slot)
            }
        };
        self.conn
            .execute(
                "UPDATE cases SET owner = ?1 WHERE owner IS NULL",
                [&member.id],
            )
            .map_err(|e| classify_write(&self.path, "migrating staff", e))?;
        Ok(MigratedSupervisor {
            member,
            slot_id_for_migration: slot_id,
        })
    }
}
