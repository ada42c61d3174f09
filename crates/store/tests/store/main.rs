//! Integration tests of the store against real SQLite files in temporary folders.

mod backups;
mod content;
mod lookups;
mod migrations;
mod open_errors;
mod outbox;
mod remote_changes;
mod replay;
mod search;
mod search_everywhere;
mod set_aside;
mod task_parts;
mod undo_trash;
mod write_path;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_store::tables::{self, Table};
use tandem_store::{new_id, Committed, Db, StoreError, WriteSource, Writer};

/// A new workspace database in its own temporary folder.
pub struct Fixture {
    pub db: Db,
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn path(&self) -> PathBuf {
        self.db.path().to_owned()
    }
}

pub fn fresh() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("tandem.db")).unwrap();
    Fixture { db, dir }
}

/// Runs one user write whose closure fails only with store errors.
pub fn write<T>(db: &Db, f: impl FnOnce(&mut Writer) -> Result<T, StoreError>) -> (T, Committed) {
    db.write(WriteSource::User, f).unwrap()
}

pub fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// Creates a contact (and its company, when named) in one transaction; returns the contact id.
pub fn add_contact(db: &Db, first: &str, last: &str, email: &str, company: &str) -> String {
    let id = new_id();
    write(db, |w| {
        let company_id = tandem_store::companies::find_or_create(w, company)?;
        w.create(
            &tables::CONTACTS,
            &id,
            &[
                ("first_name", text(first)),
                ("last_name", text(last)),
                ("email", text(email)),
                ("company_id", company_id.map_or(Value::Null, Value::Text)),
            ],
        )
    });
    id
}

pub fn scalar(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn read_scalar(db: &Db, sql: &str) -> i64 {
    db.read(|c| Ok(scalar(c, sql))).unwrap()
}

/// Every row of `table`, all columns, ordered by id.
pub fn rows(conn: &Connection, table: &Table) -> Vec<Vec<Value>> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY id", table.name)).unwrap();
    let width = stmt.column_count();
    let out = stmt.query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>()).unwrap();
    out.collect::<Result<_, _>>().unwrap()
}

/// The contents of every synced table.
pub fn synced_snapshot(conn: &Connection) -> BTreeMap<&'static str, Vec<Vec<Value>>> {
    tables::SYNCED.iter().map(|t| (t.name, rows(conn, t))).collect()
}

pub fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Ids of the contacts a search finds, in result order.
pub fn search_ids(conn: &Connection, search: &str) -> Vec<String> {
    tandem_store::contacts::page(conn, search, 0, 1_000).unwrap().1.into_iter().map(|r| r.id).collect()
}
