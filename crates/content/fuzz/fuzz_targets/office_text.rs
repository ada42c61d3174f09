//! Any bytes read as a Word, PowerPoint and Excel file: `extract` must return, never panic.
#![no_main]

use std::sync::Once;

use libfuzzer_sys::fuzz_target;
use tandem_content::{extract, FileFormat, Limits};

static QUIET_PANICS: Once = Once::new();

fuzz_target!(|bytes: &[u8]| {
    // `extract` catches parser panics by design; see pdf_text.rs for why the hook is silenced.
    QUIET_PANICS.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_text_chars: 100_000,
        max_unzipped_bytes: 4 << 20,
        max_zip_entries: 1000,
        ..Limits::default()
    };
    for format in [FileFormat::Docx, FileFormat::Pptx, FileFormat::Xlsx] {
        let _ = extract(bytes, format, &limits);
    }
});
