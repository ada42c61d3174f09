//! Properties over many generated inputs: damaged documents never panic, blobs round-trip.

use proptest::prelude::*;
use tandem_content::{extract, BlobStore, FileFormat, Limits};

use crate::fixtures;

fn small_limits() -> Limits {
    Limits { max_unzipped_bytes: 1 << 20, max_text_chars: 10_000, ..Limits::default() }
}

/// `bytes` with `flips` (position, value) pairs written over it: a document damaged in transit.
fn damaged(mut bytes: Vec<u8>, flips: &[(usize, u8)]) -> Vec<u8> {
    let len = bytes.len();
    for &(at, value) in flips {
        bytes[at % len] = value;
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn damaged_documents_are_read_or_refused_but_never_panic(flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        let documents = [
            (FileFormat::Docx, fixtures::docx(&["zero-trust onboarding"])),
            (FileFormat::Pptx, fixtures::pptx("a", "b", "c")),
            (FileFormat::Xlsx, fixtures::xlsx()),
            (FileFormat::Pdf, fixtures::pdf(&["quarterly churn fell 18%"])),
        ];
        for (format, bytes) in documents {
            let bytes = damaged(bytes, &flips);
            let _ = extract(&bytes, format, &small_limits());
            let _ = extract(&bytes[..cut.index(bytes.len())], format, &small_limits());
        }
    }

    #[test]
    fn any_bytes_in_any_format_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for format in [FileFormat::Pdf, FileFormat::Docx, FileFormat::Pptx, FileFormat::Xlsx, FileFormat::Markdown, FileFormat::Text] {
            let _ = extract(&bytes, format, &small_limits());
        }
        let _ = FileFormat::detect("x.docx", &bytes);
    }

    #[test]
    fn what_is_stored_reads_back_under_its_hash(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = BlobStore::new(dir.path());
        let stored = store.put(bytes.as_slice(), 4096).expect("put");
        prop_assert_eq!(&stored.hash, &blake3::hash(&bytes).to_hex().to_string());
        prop_assert_eq!(store.read(&stored.hash).expect("read"), bytes);
    }
}
