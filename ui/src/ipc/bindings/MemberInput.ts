// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { Role } from "./Role";

export type MemberInput = { id: string | null, name: string, email: string, role: Role, };
