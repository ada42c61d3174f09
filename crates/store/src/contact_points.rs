//! A contact's e-mails and phones beyond the primary ones: child rows, ordered by position.

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::tables::CONTACT_POINTS;
use crate::{new_id, StoreError, Writer};

pub const EMAIL: &str = "email";
pub const PHONE: &str = "phone";

/// The contact's extra values of `kind`, in order.
pub fn of_contact(conn: &Connection, contact_id: &str, kind: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT value FROM contact_points WHERE contact_id = ?1 AND kind = ?2 AND deleted = 0 ORDER BY position, id")?;
    let values = stmt.query_map([contact_id, kind], |r| r.get(0))?;
    Ok(values.collect::<Result<_, _>>()?)
}

/// Makes the contact's extra values of `kind` exactly `wanted`, in that order.
pub fn set(w: &mut Writer, contact_id: &str, kind: &str, wanted: &[String]) -> Result<(), StoreError> {
    let current: Vec<(String, String, f64)> = {
        let mut stmt = w
            .conn()
            .prepare_cached("SELECT id, value, position FROM contact_points WHERE contact_id = ?1 AND kind = ?2 AND deleted = 0")?;
        let rows = stmt.query_map([contact_id, kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, value, _) in &current {
        if !wanted.contains(value) {
            w.soft_delete(&CONTACT_POINTS, id)?;
        }
    }
    for (index, value) in wanted.iter().enumerate() {
        let position = Value::Real(index as f64 + 1.0);
        match current.iter().find(|(_, v, _)| v == value) {
            Some((id, _, at)) if *at != index as f64 + 1.0 => w.set(&CONTACT_POINTS, id, &[("position", position)])?,
            Some(_) => {}
            None => add_at(w, contact_id, kind, value, index)?,
        }
    }
    Ok(())
}

/// Gives a contact that has none yet (one just created) these values of `kind`, in order.
pub fn add(w: &mut Writer, contact_id: &str, kind: &str, values: &[String]) -> Result<(), StoreError> {
    for (index, value) in values.iter().enumerate() {
        add_at(w, contact_id, kind, value, index)?;
    }
    Ok(())
}

fn add_at(w: &mut Writer, contact_id: &str, kind: &str, value: &str, index: usize) -> Result<(), StoreError> {
    w.create(
        &CONTACT_POINTS,
        &new_id(),
        &[
            ("contact_id", contact_id.to_owned().into()),
            ("kind", kind.to_owned().into()),
            ("value", value.to_owned().into()),
            ("position", Value::Real(index as f64 + 1.0)),
        ],
    )
}
