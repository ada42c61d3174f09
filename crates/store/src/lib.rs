//! Tandem's storage on SQLite: migrations, the single write path that logs every change with its
//! clock, per-entity queries, search, trash, undo and backups.

pub mod activities;
pub mod backups;
pub mod campaigns;
pub mod catalog;
mod changes;
mod child_rows;
mod clock;
pub mod companies;
pub mod contact_points;
pub mod contacts;
pub mod content;
pub mod content_collections;
pub mod content_feedback;
pub mod content_search;
pub mod content_use;
pub mod custom_fields;
pub mod dashboard_facts;
mod db;
pub mod deals;
mod defaults;
pub mod duplicates;
mod error;
pub mod exchange_rates;
pub mod field_history;
pub mod filters;
pub mod imports;
mod like;
pub mod local_state;
pub mod member_refs;
pub mod members;
pub mod merge;
mod migrations;
pub mod nudges;
pub mod outbox;
pub mod pipelines;
pub mod privacy;
pub mod quotas;
pub mod quote_lines;
pub mod quotes;
mod remote_changes;
pub mod sales_teams;
pub mod saved_views;
pub mod scoring;
pub mod search;
pub mod search_index;
pub mod sequences;
pub mod set_aside;
pub mod settings;
pub mod stage_history;
pub mod tables;
pub mod tags;
pub mod tasks;
pub mod timeline;
pub mod trash;
pub mod undo;
mod writer;

pub use changes::{change_mark, changes_after, replay_into, ChangeRef};
pub use db::{Db, OpenOptions};
pub use error::{SqliteTrouble, StoreError};
pub use migrations::{Migration, MIGRATIONS};
pub use remote_changes::{changes_to_send, Applied, RemoteChange};
pub use rusqlite::types::Value;
pub use writer::{Committed, WriteSource, Writer};

/// A new record id: UUIDv7, made offline and sortable by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
