use tandem_domain::hlc::Hlc;
use tandem_store::backups;
use tandem_store::tables::CONTACTS;
use tandem_store::{Db, OpenOptions};

use crate::*;

fn snapshot(db: &Db) -> BTreeMap<&'static str, Vec<Vec<Value>>> {
    db.read(|c| Ok(synced_snapshot(c))).unwrap()
}

#[test]
fn restoring_a_backup_brings_back_exactly_the_synced_tables_of_that_moment() {
    let fx = fresh();
    let ana = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let bob = add_contact(&fx.db, "Bob", "Stone", "bob@globex.io", "Globex");
    let at_backup = snapshot(&fx.db);
    let changes_at_backup = read_scalar(&fx.db, "SELECT count(*) FROM changes");
    let backup = fx.db.backup_now("manual").unwrap();
    assert_eq!(backup.reason, "manual");
    assert!(backup.path.starts_with(fx.dir.path().join("backups")) && backup.size_bytes > 0);

    // Afterwards: an edit, a delete, a purge and a new contact.
    add_contact(&fx.db, "Carla", "Reyes", "carla@initech.com", "Initech");
    write(&fx.db, |w| w.set(&CONTACTS, &ana, &[("first_name", text("Anabel"))]));
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &bob));
    write(&fx.db, |w| w.purge(&CONTACTS, &bob));
    let clock_before_restore: String = fx.db.read(|c| Ok(c.query_row("SELECT hlc FROM device", [], |r| r.get(0))?)).unwrap();
    assert_ne!(snapshot(&fx.db), at_backup);

    let restored = fx.db.restore_backup(&backup.name).unwrap();
    assert_eq!(restored.name, backup.name);
    assert_eq!(snapshot(&fx.db), at_backup, "pooled readers see the restored tables");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), changes_at_backup, "the change log is the backup's too");
    assert_eq!(fx.db.read(|c| Ok(search_ids(c, "garcia"))).unwrap(), [ana.as_str()], "the search index matches the restored rows");
    assert!(fx.db.read(|c| Ok(search_ids(c, "carla"))).unwrap().is_empty());

    let list = backups::list(&fx.path()).unwrap();
    let reasons: Vec<&str> = list.iter().map(|b| b.reason.as_str()).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons.contains(&"pre-restore") && reasons.contains(&"manual"), "{reasons:?}");
    let safety = list.iter().find(|b| b.reason == "pre-restore").unwrap();
    let safety_conn = Connection::open(&safety.path).unwrap();
    assert_eq!(
        scalar(&safety_conn, "SELECT count(*) FROM contacts WHERE first_name = 'Carla'"),
        1,
        "the pre-restore backup holds what restoring replaced"
    );

    // The clock never runs backwards, so later changes still sort after everything seen before.
    let (_, next) = write(&fx.db, |w| w.set(&CONTACTS, &ana, &[("notes", text("after restore"))]));
    assert!(Hlc::parse(&next.hlc).unwrap() > Hlc::parse(&clock_before_restore).unwrap());
}

#[test]
fn restoring_an_unknown_backup_is_not_found_and_changes_nothing() {
    let fx = fresh();
    add_contact(&fx.db, "Ana", "", "", "");
    let before = snapshot(&fx.db);
    let err = fx.db.restore_backup("tandem-20000101T000000000Z-manual.db").unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert_eq!(snapshot(&fx.db), before);
    assert!(backups::list(&fx.path()).unwrap().is_empty(), "no safety backup for a restore that never started");
}

#[test]
fn keep_backups_prunes_to_the_newest_n() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tandem.db");
    let db = Db::open_with(&path, OpenOptions { keep_backups: 3, ..OpenOptions::default() }).unwrap();
    add_contact(&db, "Ana", "", "", "");
    let made: Vec<String> = (0..5).map(|_| db.backup_now("manual").unwrap().name).collect();
    let kept: Vec<String> = backups::list(&path).unwrap().into_iter().map(|b| b.name).collect();
    assert_eq!(kept.len(), 3, "{kept:?}");
    let newest_three: Vec<String> = made[2..].iter().rev().cloned().collect();
    assert_eq!(kept, newest_three, "newest first, oldest pruned");
    let files = std::fs::read_dir(dir.path().join("backups")).unwrap().count();
    assert_eq!(files, 3);
}

#[test]
fn a_backup_is_a_complete_database_that_opens_on_its_own() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let backup = fx.db.backup_now("manual").unwrap();
    let copy = Db::open(&backup.path).unwrap();
    assert_eq!(copy.read(|c| tandem_store::contacts::get(c, &id)).unwrap().company_name, "Acme");
    assert_eq!(copy.read(|c| Ok(synced_snapshot(c))).unwrap(), snapshot(&fx.db));
}

#[test]
fn the_oldest_backup_can_be_restored_when_the_folder_is_full() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tandem.db");
    let db = Db::open_with(&path, OpenOptions { keep_backups: 3, ..OpenOptions::default() }).unwrap();
    add_contact(&db, "First", "", "", "");
    let oldest = db.backup_now("manual").unwrap().name;
    for name in ["Second", "Third"] {
        add_contact(&db, name, "", "", "");
        db.backup_now("manual").unwrap();
    }
    // The pre-restore safety copy must not prune away the very backup being restored.
    db.restore_backup(&oldest).unwrap();
    let (total, rows) = db.read(|c| tandem_store::contacts::page(c, "", 0, 10)).unwrap();
    assert_eq!((total, rows[0].name.as_str()), (1, "First"));
    assert_eq!(backups::list(&path).unwrap().len(), 3, "pruned back to the limit afterwards");
}
