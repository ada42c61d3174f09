//! Replays every input the fuzzer kept (crates/content/fuzz/corpus) through the readers, so the
//! ordinary test run checks what fuzzing found without running a fuzzer.

use tandem_content::{extract, FileFormat, Limits};

/// The limits the fuzz targets use.
fn fuzz_limits() -> Limits {
    Limits { max_input_bytes: 1 << 20, max_text_chars: 100_000, max_unzipped_bytes: 4 << 20, max_zip_entries: 1000, ..Limits::default() }
}

#[test]
fn every_fuzz_corpus_input_reads_without_panicking() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut replayed = 0;
    for (target, formats) in
        [("office_text", &[FileFormat::Docx, FileFormat::Pptx, FileFormat::Xlsx][..]), ("pdf_text", &[FileFormat::Pdf][..])]
    {
        let entries = std::fs::read_dir(root.join(target)).unwrap_or_else(|e| panic!("fuzz/corpus/{target}: {e}"));
        let before = replayed;
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("corpus file");
            for &format in formats {
                let _ = extract(&bytes, format, &fuzz_limits());
            }
            replayed += 1;
        }
        assert!(replayed > before, "fuzz/corpus/{target} is empty");
    }
}

/// The corpus holds a seed for every hostile fixture, so the replay above covers each of them.
/// `WRITE_FUZZ_SEEDS=1 cargo test -p tandem-content --test content fuzz_seeds` rewrites them from
/// the fixtures (some are encrypted with random keys, so their bytes differ from run to run).
#[test]
fn the_corpus_holds_a_seed_of_every_hostile_fixture() {
    use crate::fixtures::{self, PdfBuilder};

    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let pdf = fixtures::pdf(&["zero-trust onboarding", "quarterly churn fell 18%"]);
    let mut javascript = PdfBuilder::new("/OpenAction 5 0 R");
    javascript.object("<< /S /JavaScript /JS (app.alert\\(1\\)) >>");
    javascript.text_page(&["battlecard"], "", "");
    let mut self_drawing = PdfBuilder::new("");
    self_drawing.stream("/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /X 5 0 R >> >>", "/X Do");
    self_drawing.text_page(&["loop"], "/XObject << /X 5 0 R >>", "/X Do\n");
    let garbage: Vec<u8> = (0..512u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let seeds: [(&str, &str, Vec<u8>); 13] = [
        ("office_text", "seed-docx", fixtures::docx(&["zero-trust onboarding", "quarterly churn fell 18%"])),
        ("office_text", "seed-pptx", fixtures::pptx("why zero-trust", "churn fell 18%", "notes")),
        ("office_text", "seed-xlsx", fixtures::xlsx()),
        ("office_text", "seed-unsafe-entry", fixtures::zip_of(&[("word/document.xml", "<w:document/>"), ("../evil.xml", "<x/>")])),
        ("office_text", "seed-zip-bomb", fixtures::zip_bomb("word/document.xml", 8 << 20, 8 << 20)),
        ("office_text", "seed-truncated-docx", fixtures::docx(&["cut short"])[..600].to_vec()),
        ("office_text", "seed-garbage", garbage.clone()),
        ("pdf_text", "seed-pdf", pdf.clone()),
        ("pdf_text", "seed-truncated-pdf", pdf[..pdf.len() / 2].to_vec()),
        ("pdf_text", "seed-encrypted", fixtures::encrypted(&pdf, "secret")),
        ("pdf_text", "seed-owner-only", fixtures::encrypted(&pdf, "")),
        ("pdf_text", "seed-javascript", javascript.build()),
        ("pdf_text", "seed-self-drawing", self_drawing.build()),
    ];
    let write = std::env::var_os("WRITE_FUZZ_SEEDS").is_some();
    for (target, name, bytes) in seeds.into_iter().chain([("pdf_text", "seed-garbage", garbage)]) {
        assert!(bytes.len() < 20 * 1024, "{name} is {} bytes", bytes.len());
        let path = root.join(target).join(name);
        if write {
            std::fs::create_dir_all(root.join(target)).expect("corpus folder");
            std::fs::write(&path, bytes).expect("seed");
        }
        assert!(path.is_file(), "fuzz/corpus/{target}/{name} is missing; run with WRITE_FUZZ_SEEDS=1");
    }
}
