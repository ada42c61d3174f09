// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type ContactRow = { id: string, name: string, email: string, title: string, company_name: string, country: string, updated_at: string, };
