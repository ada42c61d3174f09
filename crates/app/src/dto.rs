//! Types that cross to the UI and exist only at the boundary; record types live in the domain.

use serde::{Deserialize, Serialize};
use tandem_domain::contact::{ContactRow, ContactSort};
use tandem_domain::member::MemberInput;
use ts_rs::TS;

use crate::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum StartupState {
    Ready,
    NeedsSetup,
    Error { error: AppError, database_path: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceChoice {
    Empty,
    Sample,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetupInput {
    pub choice: WorkspaceChoice,
    pub profile: MemberInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactQuery {
    pub search: String,
    pub sort: ContactSort,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactPage {
    pub total: u32,
    pub rows: Vec<ContactRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordRef {
    pub table: String,
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashItem {
    pub table: String,
    pub id: String,
    pub kind_label: String,
    pub title: String,
    pub deleted_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UndoOutcome {
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AboutInfo {
    pub version: String,
    pub data_dir: String,
    pub database_path: String,
    pub log_dir: String,
    pub backup_dir: String,
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Backup {
    pub name: String,
    pub created_at: String,
    pub reason: String,
    pub size_bytes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportResult {
    pub path: String,
}

/// "These records changed": one per committed transaction, sent to the UI to invalidate queries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangeBatch {
    pub tables: Vec<String>,
    pub ids: Vec<String>,
}
