// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type ContactQuery = { search: string, offset: number, limit: number, };
