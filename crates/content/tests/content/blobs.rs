//! The blob store keeps each file once, under the hash of its bytes, and never leaves half files.

use std::fs;
use std::path::Path;

use tandem_content::{BlobError, BlobStore};

/// Every file under `root`, as paths relative to it.
fn files_under(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("list folder").flatten() {
            if entry.path().is_dir() {
                folders.push(entry.path());
            } else {
                found.push(entry.path().strip_prefix(root).expect("under root").display().to_string());
            }
        }
    }
    found
}

#[test]
fn the_same_bytes_twice_are_stored_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = BlobStore::new(dir.path().join("content"));
    let deck = b"Zero-trust onboarding, the 2026 edition".as_slice();

    let first = store.put(deck, 1024).expect("first put");
    let second = store.put(deck, 1024).expect("second put");

    assert!(first.newly_stored);
    assert!(!second.newly_stored);
    assert_eq!(first.hash, second.hash);
    assert_eq!(first.size, deck.len() as u64);
    assert_eq!(first.hash, blake3::hash(deck).to_hex().to_string());
    let stored = store.path_of(&first.hash).expect("stored path");
    assert_eq!(stored, dir.path().join("content").join(&first.hash[..2]).join(&first.hash[2..]));
    assert_eq!(blake3::hash(&fs::read(&stored).expect("read")).to_hex().as_str(), first.hash);
    assert_eq!(files_under(store.root()).len(), 1, "one file, no temp left: {:?}", files_under(store.root()));
    assert_eq!(store.read(&first.hash).expect("read back"), deck);
    assert!(store.contains(&first.hash));
}

#[test]
fn put_file_streams_a_file_from_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("brochure.pdf");
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    fs::write(&source, &bytes).expect("write source");
    let store = BlobStore::new(dir.path().join("content"));

    let stored = store.put_file(&source, 1024 * 1024).expect("put file");

    assert_eq!(stored.size, 200_000);
    assert_eq!(store.read(&stored.hash).expect("read"), bytes);
}

#[test]
fn a_file_over_the_limit_is_refused_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = BlobStore::new(dir.path().join("content"));
    let big = vec![7u8; 300 * 1024];

    let streamed = store.put(big.as_slice(), 100 * 1024).expect_err("too large");
    assert!(matches!(streamed, BlobError::TooLarge { limit: 102_400, size: None }), "{streamed:?}");
    assert_eq!(streamed.to_string(), "The file is larger than the library's limit of 100 KB.");
    assert!(files_under(store.root()).is_empty(), "temp removed: {:?}", files_under(store.root()));

    let source = dir.path().join("video.mp4");
    fs::write(&source, &big).expect("write source");
    let from_disk = store.put_file(&source, 100 * 1024).expect_err("too large");
    assert_eq!(from_disk.to_string(), "The file (300 KB) is larger than the library's limit of 100 KB.");
    assert!(files_under(store.root()).is_empty());
}

#[test]
fn hashes_are_never_path_fragments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = BlobStore::new(dir.path());
    for bad in ["../x", "../../etc/passwd", "", "ab", &"A".repeat(64), &format!("../{}", "a".repeat(61)), &"g".repeat(64)] {
        let error = store.path_of(bad).expect_err(bad);
        assert!(matches!(error, BlobError::InvalidHash(_)), "{bad}: {error:?}");
        assert!(!store.contains(bad));
        assert!(store.read(bad).is_err());
    }
    let absent = "0".repeat(64);
    let error = store.path_of(&absent).expect_err("absent");
    assert_eq!(error.to_string(), format!("No stored file has hash {absent}."));
}

#[test]
fn a_temp_file_left_by_a_crash_shadows_nothing_and_is_swept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = BlobStore::new(dir.path());
    let bytes = b"quarterly churn fell 18%".as_slice();
    let hash = blake3::hash(bytes).to_hex().to_string();
    // A crash mid-put: the temp holds the first half of the bytes.
    fs::write(dir.path().join(".incoming-crashed"), &bytes[..10]).expect("stray temp");

    assert!(!store.contains(&hash), "a temp is not a stored blob");
    let stored = store.put(bytes, 1024).expect("put after crash");
    assert!(stored.newly_stored);
    assert_eq!(store.read(&hash).expect("read"), bytes);

    assert_eq!(store.sweep_temp_files().expect("sweep"), 1);
    assert_eq!(files_under(dir.path()), vec![format!("{}/{}", &hash[..2], &hash[2..])]);
    assert_eq!(BlobStore::new(dir.path().join("never-created")).sweep_temp_files().expect("no folder yet"), 0);
}

#[test]
fn empty_input_is_a_blob_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = BlobStore::new(dir.path());
    let stored = store.put(std::io::empty(), 0).expect("empty");
    assert_eq!((stored.size, stored.hash.as_str()), (0, blake3::hash(b"").to_hex().as_str()));
}
