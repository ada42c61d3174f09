//! Tandem's domain: what a contact, company, deal, activity, member or workspace setting is, how input is
//! validated, and the hybrid logical clock that orders changes. Pure: no IO, no clock reads.

pub mod activity;
pub mod campaign;
pub mod catalog;
pub mod choice;
pub mod company;
pub mod contact;
pub mod content;
pub mod content_use;
pub mod custom_field;
pub mod deal;
pub mod duplicate;
pub mod exchange_rate;
pub mod fiscal;
pub mod hlc;
pub mod lead_score;
pub mod lifecycle;
pub mod member;
pub mod merge_fields;
pub mod metrics;
pub mod money;
pub mod nudge;
pub mod phone;
pub mod pipeline;
pub mod proposal;
pub mod quote;
pub mod quote_diff;
pub mod quote_flow;
pub mod quote_record;
pub mod recurrence;
pub mod reminder;
pub mod rich_text;
pub mod sample;
pub mod sequence;
pub mod tag;
pub mod task;
pub mod text;
pub mod view;
pub mod when;
pub mod win_rate;
pub mod workspace;

pub use text::{FieldError, Invalid};

/// The namespace of derived records' ids (UUIDv5): every device derives the same id for the
/// same next occurrence or nudge, so sync merges them instead of duplicating them.
pub const DERIVED_NAMESPACE: uuid::Uuid = uuid::uuid!("5b0c1f0e-7d1a-4b7e-9a43-2f6d3c8e9b10");
