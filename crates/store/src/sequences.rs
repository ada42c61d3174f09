//! Follow-up sequences, their steps, and the contacts enrolled in them.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::sequence::{Enrollment, EnrollmentStatus, Sequence, SequenceInput, SequenceStep};
use tandem_domain::task::TaskKind;

use crate::tables::{SEQUENCES, SEQUENCE_ENROLLMENTS, SEQUENCE_STEPS};
use crate::{new_id, StoreError, Writer};

/// Saves a sequence (new when `id` is None) with exactly the given steps; returns its id.
pub fn save(w: &mut Writer, id: Option<&str>, input: &SequenceInput) -> Result<String, StoreError> {
    let id = w.save(&SEQUENCES, id, &[("name", Value::Text(input.name.clone()))])?;
    let old: Vec<String> = {
        let mut stmt = w.conn().prepare_cached("SELECT id FROM sequence_steps WHERE sequence_id = ?1 AND deleted = 0")?;
        let rows = stmt.query_map([&id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    // Steps are rewritten whole: a sequence's steps are edited together, in one form.
    for step_id in old {
        w.soft_delete(&SEQUENCE_STEPS, &step_id)?;
    }
    for (position, step) in input.steps.iter().enumerate() {
        w.create(
            &SEQUENCE_STEPS,
            &new_id(),
            &[
                ("sequence_id", Value::Text(id.clone())),
                ("position", Value::Integer(position as i64)),
                ("day_offset", Value::Integer(step.day_offset.into())),
                ("kind", Value::Text(step.kind.as_str().into())),
                ("title", Value::Text(step.title.clone())),
            ],
        )?;
    }
    Ok(id)
}

pub fn list(conn: &Connection) -> Result<Vec<Sequence>, StoreError> {
    list_where(conn, None)
}

pub fn get(conn: &Connection, id: &str) -> Result<Sequence, StoreError> {
    list_where(conn, Some(id))?.pop().ok_or_else(|| StoreError::NotFound { what: "Sequence".into() })
}

/// Live sequences by name (or just `id`), each with its steps and how many contacts are in it.
fn list_where(conn: &Connection, id: Option<&str>) -> Result<Vec<Sequence>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.name, (SELECT count(*) FROM sequence_enrollments e WHERE e.sequence_id = s.id AND e.status = 'active' AND e.deleted = 0)
         FROM sequences s WHERE s.deleted = 0 AND (?1 IS NULL OR s.id = ?1) ORDER BY s.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([id], |r| Ok(Sequence { id: r.get(0)?, name: r.get(1)?, steps: Vec::new(), active: r.get(2)? }))?;
    let mut sequences: Vec<Sequence> = rows.collect::<Result<_, _>>()?;
    for sequence in &mut sequences {
        sequence.steps = steps(conn, &sequence.id)?;
    }
    Ok(sequences)
}

fn steps(conn: &Connection, sequence_id: &str) -> Result<Vec<SequenceStep>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, day_offset, kind, title FROM sequence_steps WHERE sequence_id = ?1 AND deleted = 0 ORDER BY position",
    )?;
    let rows = stmt.query_map([sequence_id], |r| {
        Ok(SequenceStep {
            id: r.get(0)?,
            day_offset: r.get(1)?,
            kind: TaskKind::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
            title: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn enroll(w: &mut Writer, sequence_id: &str, contact_id: &str, started_on: &str) -> Result<String, StoreError> {
    let id = new_id();
    w.create(
        &SEQUENCE_ENROLLMENTS,
        &id,
        &[
            ("sequence_id", Value::Text(sequence_id.into())),
            ("contact_id", Value::Text(contact_id.into())),
            ("started_on", Value::Text(started_on.into())),
        ],
    )?;
    Ok(id)
}

pub fn end(w: &mut Writer, id: &str, status: EnrollmentStatus, reason: &str) -> Result<(), StoreError> {
    w.save(
        &SEQUENCE_ENROLLMENTS,
        Some(id),
        &[
            ("status", Value::Text(status.as_str().into())),
            ("ended_at", Value::Text(w.now_text())),
            ("end_reason", Value::Text(reason.into())),
        ],
    )
    .map(drop)
}

const ENROLLMENT_SQL: &str =
    "SELECT e.id, e.sequence_id, coalesce(s.name, ''), e.contact_id, coalesce(trim(c.first_name || ' ' || c.last_name), ''),
        e.started_on, e.status, e.ended_at,
        (SELECT count(*) FROM tasks t WHERE t.enrollment_id = e.id AND t.status = 'open' AND t.deleted = 0),
        (SELECT count(*) FROM tasks t WHERE t.enrollment_id = e.id AND t.status = 'done' AND t.deleted = 0)
     FROM sequence_enrollments e LEFT JOIN sequences s ON s.id = e.sequence_id LEFT JOIN contacts c ON c.id = e.contact_id
     WHERE e.deleted = 0";

fn enrollment_row(r: &rusqlite::Row) -> rusqlite::Result<Enrollment> {
    Ok(Enrollment {
        id: r.get(0)?,
        sequence_id: r.get(1)?,
        sequence_name: r.get(2)?,
        contact_id: r.get(3)?,
        contact_name: r.get(4)?,
        started_on: r.get(5)?,
        status: EnrollmentStatus::parse(&r.get::<_, String>(6)?).unwrap_or(EnrollmentStatus::Active),
        ended_at: r.get(7)?,
        open_tasks: r.get(8)?,
        done_tasks: r.get(9)?,
    })
}

/// A contact's enrollments, the active ones first.
pub fn of_contact(conn: &Connection, contact_id: &str) -> Result<Vec<Enrollment>, StoreError> {
    let mut stmt =
        conn.prepare_cached(&format!("{ENROLLMENT_SQL} AND e.contact_id = ?1 ORDER BY e.status != 'active', e.started_on DESC"))?;
    let rows = stmt.query_map([contact_id], enrollment_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn enrollment(conn: &Connection, id: &str) -> Result<Enrollment, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{ENROLLMENT_SQL} AND e.id = ?1"))?;
    stmt.query_row([id], enrollment_row).optional()?.ok_or_else(|| StoreError::NotFound { what: "Sequence enrollment".into() })
}

/// The active enrollments of a contact: what an inbound reply ends.
pub fn active_of_contact(conn: &Connection, contact_id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM sequence_enrollments WHERE contact_id = ?1 AND status = 'active' AND deleted = 0")?;
    let rows = stmt.query_map([contact_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether the contact is already in this sequence.
pub fn is_enrolled(conn: &Connection, sequence_id: &str, contact_id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM sequence_enrollments WHERE sequence_id = ?1 AND contact_id = ?2 AND status = 'active' AND deleted = 0",
        )?
        .exists([sequence_id, contact_id])?)
}
