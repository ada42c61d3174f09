//! The schema default of each synced column, read once per process from SQLite itself.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use crate::tables::Table;
use crate::StoreError;

/// Table, then column: looked up by `&str` without building a key (a created row asks once per
/// field, which an import of 100,000 contacts does 1.5 million times).
type Defaults = HashMap<&'static str, HashMap<String, Value>>;

fn cache() -> &'static Mutex<Defaults> {
    static CACHE: OnceLock<Mutex<Defaults>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The value a new row gets in `col` when nothing is written to it.
pub(crate) fn of(conn: &Connection, table: &Table, col: &str) -> Result<Value, StoreError> {
    if let Some(value) = cached(table, col, |value| value.clone()) {
        return Ok(value);
    }
    read(conn, table, col)
}

/// Whether `value` is what a new row gets in `col` anyway.
pub(crate) fn is_default(conn: &Connection, table: &Table, col: &str, value: &Value) -> Result<bool, StoreError> {
    if let Some(same) = cached(table, col, |default| default == value) {
        return Ok(same);
    }
    Ok(read(conn, table, col)? == *value)
}

fn cached<T>(table: &Table, col: &str, answer: impl FnOnce(&Value) -> T) -> Option<T> {
    let cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    cache.get(table.name).and_then(|columns| columns.get(col)).map(answer)
}

fn read(conn: &Connection, table: &Table, col: &str) -> Result<Value, StoreError> {
    let default: Option<String> = conn
        .query_row("SELECT dflt_value FROM pragma_table_info(?1) WHERE name = ?2", [table.name, col], |r| r.get(0))
        .optional()?
        .flatten();
    let value = match default {
        Some(expr) => conn.query_row(&format!("SELECT {expr}"), [], |r| r.get(0))?,
        None => Value::Null,
    };
    cache().lock().unwrap_or_else(|p| p.into_inner()).entry(table.name).or_default().insert(col.to_owned(), value.clone());
    Ok(value)
}
