//! Any bytes read as a PDF: `extract` must return, never panic, never overflow the stack.
#![no_main]

use std::sync::Once;

use libfuzzer_sys::fuzz_target;
use tandem_content::{extract, FileFormat, Limits};

static QUIET_PANICS: Once = Once::new();

fuzz_target!(|bytes: &[u8]| {
    // pdf-extract panics on malformed input and `extract` catches that by design, but libfuzzer-sys
    // installs a hook that aborts on every panic, caught or not. A silent hook lets the caught ones
    // pass; a panic that escapes `extract` still aborts in libfuzzer-sys's own catch_unwind.
    QUIET_PANICS.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_text_chars: 100_000,
        max_unzipped_bytes: 4 << 20,
        max_zip_entries: 1000,
        ..Limits::default()
    };
    let _ = extract(bytes, FileFormat::Pdf, &limits);
});
