// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type WorkspaceSettings = { name: string, locale: string, time_zone: string, base_currency: string, fiscal_year_start_month: number, workday_start: string, };
