// Mirrors the Rust type; ts-rs regenerates this file from crates, so change the Rust side, not this file.
export type ExchangeRateInput = { id: string | null, currency: string, rate: string, valid_from: string, };
