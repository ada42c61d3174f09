//! Any bytes through the CSV reader and the contact mapping: must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_interchange::{contacts_from_csv, read_csv, suggest_mapping, Limits};

fuzz_target!(|bytes: &[u8]| {
    let limits = Limits { max_bytes: 1 << 20, max_rows: 1000, max_field_chars: 10_000 };
    if let Ok(table) = read_csv(bytes, &limits) {
        let _ = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
    }
});
