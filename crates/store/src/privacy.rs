//! Rows seen only by one person: a private task, its series, and their links, reminders and
//! deliveries. Sync marks their changes so the server sends them only to that person's devices.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use crate::tables::{self, Table};
use crate::{StoreError, Writer};

/// The owner of a private task or series `task_id` names (a child row's `task_id` may be either).
const PRIVATE_OWNER_OF_TASK: &str = "coalesce((SELECT owner_id FROM tasks WHERE id = x.task_id AND private = 1),
                                              (SELECT owner_id FROM task_series WHERE id = x.task_id AND private = 1))";

/// The member a row is private to, or None for a row the whole team shares.
pub fn private_owner(conn: &Connection, table: &str, row_id: &str) -> Result<Option<String>, StoreError> {
    let sql = match table {
        "tasks" | "task_series" => format!("SELECT CASE WHEN private = 1 THEN owner_id END FROM {table} WHERE id = ?1"),
        "task_links" | "task_reminders" | "reminder_deliveries" => format!("SELECT {PRIVATE_OWNER_OF_TASK} FROM {table} x WHERE x.id = ?1"),
        _ => return Ok(None),
    };
    Ok(conn.prepare_cached(&sql)?.query_row([row_id], |r| r.get::<_, Option<String>>(0)).optional()?.flatten())
}

/// Writes every field of a task (or series) and of its links and reminders again, as new
/// changes: after it stops being private, teammates' devices get all of it, not only what
/// changes from now on.
pub fn republish_task(w: &mut Writer, task_id: &str) -> Result<(), StoreError> {
    let table = if exists(w.conn(), &tables::TASKS, task_id)? { &tables::TASKS } else { &tables::TASK_SERIES };
    rewrite(w, table, task_id)?;
    for child in [&tables::TASK_LINKS, &tables::TASK_REMINDERS] {
        let ids: Vec<String> = {
            let mut stmt = w.conn().prepare(&format!("SELECT id FROM {} WHERE task_id = ?1", child.name))?;
            let rows = stmt.query_map([task_id], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for id in ids {
            rewrite(w, child, &id)?;
        }
    }
    Ok(())
}

fn exists(conn: &Connection, table: &Table, id: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)", table.name), [id], |r| r.get(0))?)
}

fn rewrite(w: &mut Writer, table: &Table, id: &str) -> Result<(), StoreError> {
    let columns: Vec<&str> = table.columns.iter().copied().chain(["created_at", "deleted", "deleted_at"]).collect();
    let values: Option<Vec<Value>> = w
        .conn()
        .query_row(&format!("SELECT {} FROM {} WHERE id = ?1", columns.join(", "), table.name), [id], |r| {
            (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>()
        })
        .optional()?;
    let Some(values) = values else { return Ok(()) };
    let fields: Vec<(&str, Value)> = columns.into_iter().zip(values).collect();
    w.write_fields(table, id, &fields)
}
