// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { MemberInput } from "./MemberInput";
import type { WorkspaceChoice } from "./WorkspaceChoice";

export type SetupInput = { choice: WorkspaceChoice, profile: MemberInput, };
