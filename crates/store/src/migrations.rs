//! Numbered, additive schema migrations tracked in SQLite's `user_version`.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration in order; migration N brings the schema to version N.
pub const MIGRATIONS: &[Migration] = &[
    Migration { name: "0001_init", sql: include_str!("../migrations/0001_init.sql") },
    Migration { name: "0002_crm", sql: include_str!("../migrations/0002_crm.sql") },
    Migration { name: "0003_search", sql: include_str!("../migrations/0003_search.sql") },
    Migration { name: "0004_duplicates", sql: include_str!("../migrations/0004_duplicates.sql") },
    Migration { name: "0005_fields_and_views", sql: include_str!("../migrations/0005_fields_and_views.sql") },
    Migration { name: "0006_imports", sql: include_str!("../migrations/0006_imports.sql") },
    Migration { name: "0007_word_search", sql: include_str!("../migrations/0007_word_search.sql") },
    Migration { name: "0008_deferred_index", sql: include_str!("../migrations/0008_deferred_index.sql") },
    Migration { name: "0009_tasks", sql: include_str!("../migrations/0009_tasks.sql") },
    Migration { name: "0010_content", sql: include_str!("../migrations/0010_content.sql") },
    Migration { name: "0011_catalog", sql: include_str!("../migrations/0011_catalog.sql") },
    Migration { name: "0012_quotes", sql: include_str!("../migrations/0012_quotes.sql") },
    Migration { name: "0013_sync", sql: include_str!("../migrations/0013_sync.sql") },
    Migration { name: "0014_marketing", sql: include_str!("../migrations/0014_marketing.sql") },
    Migration { name: "0015_local_transactions", sql: include_str!("../migrations/0015_local_transactions.sql") },
    Migration { name: "0016_company_purge_search", sql: include_str!("../migrations/0016_company_purge_search.sql") },
];

pub(crate) fn version(conn: &Connection) -> Result<i64, rusqlite::Error> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies the missing migrations, each in its own transaction; a failure leaves the schema as it was.
pub(crate) fn migrate(conn: &mut Connection, migrations: &[Migration], backup: &str) -> Result<(), StoreError> {
    let current = version(conn)? as usize;
    for (index, migration) in migrations.iter().enumerate().skip(current) {
        let number = index + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let applied = tx.execute_batch(migration.sql).and_then(|()| tx.pragma_update(None, "user_version", number as i64));
        match applied {
            Ok(()) => tx.commit()?,
            Err(err) => {
                drop(tx);
                tracing::error!(migration = migration.name, %err, "migration failed and was rolled back");
                return Err(StoreError::MigrationFailed { version: number, detail: err.to_string(), backup: backup.to_owned() });
            }
        }
    }
    Ok(())
}
