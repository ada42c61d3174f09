// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type AboutInfo = { version: string, data_dir: string, database_path: string, log_dir: string, backup_dir: string, device_id: string, };
