//! Integration tests of the app façade: the paths a user takes, through the real store.

mod bindings;
mod catalog;
mod contacts;
mod deals;
mod docx;
mod duplicates;
mod follow_ups;
mod imports;
mod library;
mod quotes;
mod support;
mod tasks;
mod timeline;
mod views;
mod workspace;
