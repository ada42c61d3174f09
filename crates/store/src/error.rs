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
    /// The change breaks a rule of the data (e.g. removing a stage that still holds deals).
    #[error("{0}")]
    Refused(String),
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
        match SqliteTrouble::of(&err) {
            Some(SqliteTrouble::Busy) => StoreError::Locked { path: path.to_owned() },
            Some(SqliteTrouble::Damaged) => {
                StoreError::Corrupt { path: path.to_owned(), detail: err.to_string(), backups: crate::backups::backup_dir(path) }
            }
            Some(SqliteTrouble::NoAccess) => StoreError::Unreadable { path: path.to_owned(), detail: err.to_string() },
            Some(SqliteTrouble::DiskFull) | None => StoreError::Sqlite(err),
        }
    }

    /// What went wrong with the file, when a raw SQLite failure says so.
    pub fn sqlite_trouble(&self) -> Option<SqliteTrouble> {
        match self {
            StoreError::Sqlite(err) => SqliteTrouble::of(err),
            _ => None,
        }
    }
}

/// The SQLite failures a user can act on; the one table every layer reads them from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqliteTrouble {
    Busy,
    Damaged,
    NoAccess,
    DiskFull,
}

impl SqliteTrouble {
    pub fn of(err: &rusqlite::Error) -> Option<SqliteTrouble> {
        use rusqlite::ErrorCode as C;
        match err.sqlite_error_code()? {
            C::DatabaseBusy | C::DatabaseLocked => Some(SqliteTrouble::Busy),
            C::NotADatabase | C::DatabaseCorrupt => Some(SqliteTrouble::Damaged),
            C::CannotOpen | C::PermissionDenied | C::ReadOnly => Some(SqliteTrouble::NoAccess),
            C::DiskFull => Some(SqliteTrouble::DiskFull),
            _ => None,
        }
    }
}
