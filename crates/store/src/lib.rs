//! Tandem's storage on SQLite: migrations, the single write path that logs every change with its
//! clock, per-entity queries, search, trash, undo and backups.

pub mod backups;
mod changes;
mod clock;
pub mod companies;
pub mod contacts;
mod db;
mod error;
pub mod exchange_rates;
pub mod local_state;
pub mod members;
mod migrations;
pub mod settings;
pub mod tables;
pub mod trash;
pub mod undo;
mod writer;

pub use changes::{changes_after, replay_into, ChangeRef};
pub use db::{Db, OpenOptions};
pub use error::{SqliteTrouble, StoreError};
pub use migrations::{Migration, MIGRATIONS};
pub use rusqlite::types::Value;
pub use writer::{Committed, WriteSource, Writer};

/// A new record id: UUIDv7, made offline and sortable by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
