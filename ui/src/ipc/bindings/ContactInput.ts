// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type ContactInput = { first_name: string, last_name: string, email: string, phone: string, title: string, company_name: string, country: string, notes: string, };
