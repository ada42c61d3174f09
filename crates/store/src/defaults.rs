//! The schema default of each synced column, read once per process from SQLite itself.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use crate::tables::Table;
use crate::StoreError;

fn cache() -> &'static Mutex<HashMap<String, Value>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Value>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The value a new row gets in `col` when nothing is written to it.
pub(crate) fn of(conn: &Connection, table: &Table, col: &str) -> Result<Value, StoreError> {
    let key = format!("{}.{col}", table.name);
    if let Some(value) = cache().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return Ok(value.clone());
    }
    let default: Option<String> = conn
        .query_row("SELECT dflt_value FROM pragma_table_info(?1) WHERE name = ?2", [table.name, col], |r| r.get(0))
        .optional()?
        .flatten();
    let value = match default {
        Some(expr) => conn.query_row(&format!("SELECT {expr}"), [], |r| r.get(0))?,
        None => Value::Null,
    };
    cache().lock().unwrap_or_else(|p| p.into_inner()).insert(key, value.clone());
    Ok(value)
}
