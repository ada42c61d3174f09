//! Integration tests of the domain crate through its public API.

mod when;
