//! The server through its real HTTP interface, on loopback, over SQLite and over PostgreSQL.

mod accounts;
mod binary;
mod files;
mod harness;
mod postgres_cluster;
mod privacy;
mod sync;
