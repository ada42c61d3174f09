//! Any bytes through the vCard reader: must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_interchange::{contacts_from_vcards, Limits};

fuzz_target!(|bytes: &[u8]| {
    let limits = Limits { max_bytes: 1 << 20, max_rows: 1000, max_field_chars: 10_000 };
    let _ = contacts_from_vcards(bytes, &limits, "US");
});
