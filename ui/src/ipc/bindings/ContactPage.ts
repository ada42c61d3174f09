// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
import type { ContactRow } from "./ContactRow";

export type ContactPage = { total: number, rows: Array<ContactRow>, };
