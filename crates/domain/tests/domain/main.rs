//! Integration tests of the domain crate through its public API.

mod quote;
mod quote_invariants;
mod when;
