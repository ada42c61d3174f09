// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { AppError } from "./AppError";

export type StartupState = { "status": "ready" } | { "status": "needs_setup" } | { "status": "error", error: AppError, database_path: string, };
