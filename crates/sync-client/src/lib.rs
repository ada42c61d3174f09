//! A device's side of sync (DESIGN §4): the server's HTTP API, the device token in the OS
//! keychain, and one sync pass — push what the server has not acknowledged, pull what this
//! device has not seen (from a snapshot the first time), apply it field by field.

pub mod account;
pub mod error;
pub mod files;
pub mod http;
pub mod pass;
pub mod pokes;
pub mod vault;
pub mod wire;

pub use account::Account;
pub use error::SyncError;
pub use http::ServerClient;
pub use pass::{sync_pass, Progress, Report};
