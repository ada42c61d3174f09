//! Child rows with derived ids (a product's prices, a bundle's parts): saved as a whole set, so
//! the same child written on two devices is one row, and an unchanged save logs nothing.

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::tables::Table;
use crate::{StoreError, Writer};

/// Makes the live child rows of `parent` exactly `wanted` (derived id → fields): writes what
/// differs, revives a row deleted before, deletes the rest.
pub(crate) fn set_children(
    w: &mut Writer,
    table: &Table,
    parent_column: &str,
    parent: &str,
    wanted: Vec<(String, Vec<(&str, Value)>)>,
) -> Result<(), StoreError> {
    let existing: Vec<(String, bool)> = {
        let mut stmt = w.conn().prepare_cached(&format!("SELECT id, deleted FROM {} WHERE {parent_column} = ?1", table.name))?;
        let rows = stmt.query_map([parent], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, deleted) in &existing {
        if !deleted && !wanted.iter().any(|(w, _)| w == id) {
            w.soft_delete(table, id)?;
        }
    }
    for (id, mut fields) in wanted {
        match existing.iter().find(|(e, _)| *e == id) {
            None => w.create(table, &id, &fields)?,
            Some((_, deleted)) => {
                if *deleted {
                    fields.push(("deleted", Value::Integer(0)));
                    fields.push(("deleted_at", Value::Null));
                }
                let changed = changed_fields(w.conn(), table, &id, fields)?;
                if !changed.is_empty() {
                    w.set(table, &id, &changed)?;
                }
            }
        }
    }
    Ok(())
}

/// The fields whose stored value differs, so an unchanged save logs nothing.
fn changed_fields<'a>(
    conn: &Connection,
    table: &Table,
    id: &str,
    fields: Vec<(&'a str, Value)>,
) -> Result<Vec<(&'a str, Value)>, StoreError> {
    let mut changed = Vec::new();
    for (column, value) in fields {
        let stored: Value = conn.query_row(&format!("SELECT {column} FROM {} WHERE id = ?1", table.name), [id], |r| r.get(0))?;
        if stored != value {
            changed.push((column, value));
        }
    }
    Ok(changed)
}
