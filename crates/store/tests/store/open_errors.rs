//! A workspace that cannot be opened says why and what to do, and is left exactly as it was.

use std::time::Duration;

use tandem_store::{Db, OpenOptions, MIGRATIONS};

use crate::*;

fn quick() -> OpenOptions {
    OpenOptions { busy_timeout: Duration::from_millis(200), ..OpenOptions::default() }
}

/// Files in `dir` other than `keep`: an open attempt must not leave journals or backups behind.
fn leftovers(dir: &Path, keep: &str) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n != keep).collect();
    names.sort();
    names
}

#[test]
fn a_file_of_garbage_is_reported_corrupt_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tandem.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();

    let err = Db::open_with(&path, quick()).err().expect("garbage must not open");
    let StoreError::Corrupt { path: reported, backups, .. } = &err else { panic!("expected Corrupt, got {err:?}") };
    assert_eq!(reported, &path);
    assert_eq!(backups, &dir.path().join("backups"));
    let message = err.to_string();
    assert!(message.contains("damaged") && message.contains("Restore a backup") && message.contains("has not changed it"), "{message}");
    assert!(file_bytes(&path) == garbage, "the damaged file must not be changed");
    assert_eq!(leftovers(dir.path(), "tandem.db"), Vec::<String>::new());
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tandem.db");
    let newer = MIGRATIONS.len() as i64 + 1;
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!("CREATE TABLE future (a); INSERT INTO future VALUES (1); PRAGMA user_version = {newer};")).unwrap();
    }
    let before = file_bytes(&path);

    let err = Db::open_with(&path, quick()).err().expect("a newer schema must not open");
    match &err {
        StoreError::TooNew { found, known, .. } => assert_eq!((*found, *known), (newer, MIGRATIONS.len() as i64)),
        other => panic!("expected TooNew, got {other:?}"),
    }
    let message = err.to_string();
    assert!(message.contains("newer version of Tandem") && message.contains("Install the newer Tandem"), "{message}");
    assert!(file_bytes(&path) == before, "the newer version's file must not be changed");
    assert_eq!(leftovers(dir.path(), "tandem.db"), Vec::<String>::new());
}

#[test]
fn a_folder_where_the_database_should_be_is_reported_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tandem.db");
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("keep.txt"), b"mine").unwrap();

    let err = Db::open_with(&path, quick()).err().expect("a folder is not a database");
    assert!(matches!(&err, StoreError::Unreadable { detail, .. } if detail.contains("folder")), "{err:?}");
    assert!(err.to_string().contains("Check that the file exists, is a file"), "{err}");
    assert!(path.is_dir());
    assert_eq!(leftovers(&path, ""), ["keep.txt"]);
    assert_eq!(leftovers(dir.path(), "tandem.db"), Vec::<String>::new());
}

#[test]
fn a_database_in_a_missing_folder_is_reported_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("tandem.db");
    let err = Db::open_with(&path, quick()).err().expect("cannot create a file in a missing folder");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert!(!path.exists());
}

#[test]
fn a_database_locked_by_another_program_is_reported_locked_and_left_untouched() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "");
    let path = fx.path();
    drop(fx.db);

    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let before = file_bytes(&path);

    let err = Db::open_with(&path, quick()).err().expect("a locked database must not open");
    assert!(matches!(&err, StoreError::Locked { path: p } if *p == path), "{err:?}");
    assert!(err.to_string().contains("Close it and try again"), "{err}");
    assert!(file_bytes(&path) == before, "the locked file must not be changed");

    holder.execute_batch("COMMIT").unwrap();
    drop(holder);
    let db = Db::open_with(&path, quick()).expect("opens once the other program lets go");
    assert_eq!(db.read(|c| tandem_store::contacts::get(c, &id)).unwrap().first_name, "Ana");
}
