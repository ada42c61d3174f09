//! Integration tests of the app façade: the paths a user takes, through the real store.

mod bindings;
mod campaigns;
mod catalog;
mod contacts;
mod dashboard;
mod deals;
mod docx;
mod duplicates;
mod file_sync;
mod follow_ups;
mod imports;
mod lead_scoring;
mod library;
mod quotes;
mod record_history;
mod support;
mod tasks;
mod team_sync;
mod timeline;
mod views;
mod workspace;
