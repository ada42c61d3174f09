//! Tandem's domain: what a contact, company, deal, activity, member or workspace setting is, how input is
//! validated, and the hybrid logical clock that orders changes. Pure: no IO, no clock reads.

pub mod activity;
pub mod choice;
pub mod company;
pub mod contact;
pub mod custom_field;
pub mod deal;
pub mod duplicate;
pub mod exchange_rate;
pub mod hlc;
pub mod lifecycle;
pub mod member;
pub mod money;
pub mod phone;
pub mod pipeline;
pub mod sample;
pub mod tag;
pub mod text;
pub mod view;
pub mod workspace;

pub use text::{FieldError, Invalid};
