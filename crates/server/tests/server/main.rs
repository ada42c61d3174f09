//! The server through its real HTTP interface, on loopback.

mod accounts;
mod harness;
mod sync;
