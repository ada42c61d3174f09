//! Tandem's domain: what a contact, a member or a workspace setting is, how input is
//! validated, and the hybrid logical clock that orders changes. Pure: no IO, no clock reads.

pub mod contact;
pub mod exchange_rate;
pub mod hlc;
pub mod member;
pub mod sample;
pub mod text;
pub mod workspace;

pub use text::{FieldError, Invalid};
