// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { Role } from "./Role";

export type Member = { id: string, name: string, email: string, role: Role, is_me: boolean, };
