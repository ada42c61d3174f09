// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type Contact = { id: string, first_name: string, last_name: string, email: string, phone: string, title: string, company_id: string | null, company_name: string, country: string, notes: string, created_at: string, updated_at: string, };
