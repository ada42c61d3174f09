// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { ErrorCode } from "./ErrorCode";
import type { FieldError } from "./FieldError";

export type AppError = { code: ErrorCode, message: string, fields: Array<FieldError>, };
