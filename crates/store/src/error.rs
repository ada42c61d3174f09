//! What can go wrong in storage, in terms a user can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("The workspace database {path} is locked by another program (another Tandem, a backup or sync tool). Close it and try again.")]
    Locked { path: PathBuf },
    #[error("The workspace database {path} is damaged ({detail}). Restore a backup from {backups}, or move the file away to start fresh; Tandem has not changed it.")]
    Corrupt { path: PathBuf, detail: String, backups: PathBuf },
    #[error("The workspace database {path} was written by a newer version of Tandem (schema {found}; this version knows up to {known}). Install the newer Tandem to open it; this version will not change it.")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("The workspace database {path} cannot be opened ({detail}). Check that the file exists, is a file, and that you may read and write it.")]
    Unreadable { path: PathBuf, detail: String },
    #[error(
        "Updating the database to schema {version} failed ({detail}). Nothing was changed; a copy from before the update is in {backup}."
    )]
    MigrationFailed { version: usize, detail: String, backup: String },
    #[error("{what} was not found; it may have been deleted.")]
    NotFound { what: String },
    #[error("'{column}' is not a column of the synced table '{table}'")]
    UnknownColumn { table: String, column: String },
    #[error("'{0}' is not a synced table")]
    UnknownTable(String),
    #[error(transparent)]
    Clock(#[from] tandem_domain::hlc::ClockError),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl StoreError {
    /// Turns a raw SQLite failure on the workspace file into the matching user-facing error.
    pub(crate) fn classify(err: rusqlite::Error, path: &std::path::Path) -> StoreError {
        use rusqlite::ErrorCode as C;
        let code = err.sqlite_error_code();
        match code {
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Locked { path: path.to_owned() },
            Some(C::NotADatabase | C::DatabaseCorrupt) => {
                StoreError::Corrupt { path: path.to_owned(), detail: err.to_string(), backups: crate::backups::backup_dir(path) }
            }
            Some(C::CannotOpen | C::PermissionDenied | C::ReadOnly) => {
                StoreError::Unreadable { path: path.to_owned(), detail: err.to_string() }
            }
            _ => StoreError::Sqlite(err),
        }
    }
}
