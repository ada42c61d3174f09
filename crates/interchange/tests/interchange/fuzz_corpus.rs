//! Replays every input the fuzzer kept (crates/interchange/fuzz/corpus) through both readers, so
//! CI checks what fuzzing found without running a fuzzer.

use tandem_interchange::{contacts_from_csv, contacts_from_vcards, read_csv, suggest_mapping, Limits};

#[test]
fn every_fuzz_corpus_input_reads_without_panicking() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut replayed = 0;
    for target in ["csv_reader", "vcard_reader"] {
        let entries = std::fs::read_dir(root.join(target)).unwrap_or_else(|e| panic!("fuzz/corpus/{target}: {e}"));
        let before = replayed;
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("corpus file");
            let limits = Limits { max_bytes: 1 << 20, max_rows: 1000, max_field_chars: 10_000 };
            if let Ok(table) = read_csv(&bytes, &limits) {
                let _ = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
            }
            let _ = contacts_from_vcards(&bytes, &limits, "US");
            replayed += 1;
        }
        assert!(replayed > before, "fuzz/corpus/{target} is empty");
    }
    // The contact fixtures are replayed too: they are the seed corpus and must never panic either.
    for entry in std::fs::read_dir(crate::fixture_dir()).expect("fixtures").flatten().filter(|e| e.path().is_file()) {
        let bytes = std::fs::read(entry.path()).expect("fixture");
        let _ = read_csv(&bytes, &Limits::default());
        let _ = contacts_from_vcards(&bytes, &Limits::default(), "");
        replayed += 1;
    }
    assert!(replayed > 10, "only {replayed} inputs replayed");
}
