//! The use-case façade every Tandem front end calls (the desktop shell, the CLI, tests):
//! one method per command, DTOs that cross the boundary, and errors as `{ code, message }`.

mod activities;
mod app;
mod backups;
pub mod bindings;
mod catalog;
mod change_feed;
mod companies;
mod contact_export;
mod contacts;
mod custom_fields;
mod deals;
mod device_preferences;
pub mod dto;
mod duplicates;
mod error;
mod file_sync;
mod follow_ups;
mod import_plan;
mod imports;
mod library;
mod library_files;
mod library_use;
mod merge_source;
pub mod paths;
mod proposals;
mod quotes;
mod record_history;
pub mod reminders;
pub mod sample;
mod sample_catalog;
mod sample_follow_ups;
mod sample_library;
mod sample_quotes;
mod saved_views;
mod settings;
mod setup;
mod sync;
mod sync_runner;
mod tags;
mod task_export;
mod tasks;
mod trash;

pub use app::App;
pub use error::{AppError, ErrorCode};
pub use paths::DataPaths;
