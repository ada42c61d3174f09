// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type ErrorCode = "validation" | "not_found" | "conflict" | "database_locked" | "database_corrupt" | "database_too_new" | "database_unreadable" | "io" | "internal";
