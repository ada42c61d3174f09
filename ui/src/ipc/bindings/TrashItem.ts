// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type TrashItem = { table: string, id: string, kind_label: string, title: string, deleted_at: string, };
