//! The one error type that crosses to the UI: a code the UI may act on and a message to show.

use serde::{Deserialize, Serialize};
use tandem_domain::{FieldError, Invalid};
use tandem_store::{SqliteTrouble, StoreError};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    /// The user's role does not allow it (e.g. a seller approving content).
    Forbidden,
    DatabaseLocked,
    DatabaseCorrupt,
    DatabaseTooNew,
    DatabaseUnreadable,
    Io,
    /// The user stopped a long operation; nothing was written.
    Cancelled,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
    /// For `validation`: which input fields are wrong and why.
    pub fields: Vec<FieldError>,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError { code, message: message.into(), fields: Vec::new() }
    }
}

impl From<Invalid> for AppError {
    fn from(invalid: Invalid) -> Self {
        let message = match invalid.0.as_slice() {
            [only] => only.message.clone(),
            many => format!("{} fields need attention.", many.len()),
        };
        AppError { code: ErrorCode::Validation, message, fields: invalid.0 }
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        // SQLite failures in the middle of a read or write still deserve a message that says what to do.
        if let Some(trouble) = err.sqlite_trouble() {
            let (code, message) = match trouble {
                SqliteTrouble::DiskFull => (ErrorCode::Io, "The disk is full; nothing was saved. Free some space and try again."),
                SqliteTrouble::Damaged => {
                    (ErrorCode::DatabaseCorrupt, "The workspace database is damaged. Restart Tandem to restore a backup.")
                }
                SqliteTrouble::Busy => {
                    (ErrorCode::DatabaseLocked, "The workspace is busy (another program is writing to it). Try again in a moment.")
                }
                SqliteTrouble::NoAccess => (
                    ErrorCode::DatabaseUnreadable,
                    "Tandem cannot write to the workspace file. Check the file's permissions and free disk space.",
                ),
            };
            tracing::warn!(%err, "storage error");
            return AppError::new(code, message);
        }
        let code = match &err {
            StoreError::Locked { .. } => ErrorCode::DatabaseLocked,
            StoreError::Corrupt { .. } => ErrorCode::DatabaseCorrupt,
            StoreError::TooNew { .. } => ErrorCode::DatabaseTooNew,
            StoreError::Unreadable { .. } | StoreError::MigrationFailed { .. } => ErrorCode::DatabaseUnreadable,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::UnknownTable(_) => ErrorCode::Validation,
            StoreError::Refused(_) => ErrorCode::Conflict,
            StoreError::Io(_) => ErrorCode::Io,
            _ => ErrorCode::Internal,
        };
        if code == ErrorCode::Internal {
            tracing::error!(%err, "internal error");
        }
        AppError::new(code, err.to_string())
    }
}

impl From<std::io::Error> for AppError {
    fn from(err: std::io::Error) -> Self {
        AppError::new(ErrorCode::Io, format!("A file operation failed: {err}"))
    }
}
