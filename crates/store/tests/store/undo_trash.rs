use std::time::Duration;

use tandem_store::tables::{COMPANIES, CONTACTS, MEMBERS, WORKSPACE_SETTINGS};
use tandem_store::{contacts, trash, undo};

use crate::*;

fn revert(db: &Db, committed: &Committed) -> usize {
    db.write(WriteSource::Undo, |w| undo::revert(w, &committed.hlc, db.device_id())).unwrap().0
}

fn deleted(db: &Db, id: &str) -> (i64, Option<String>) {
    db.read(|c| Ok(c.query_row("SELECT deleted, deleted_at FROM contacts WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?)).unwrap()
}

#[test]
fn reverting_an_edit_restores_the_previous_values() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let before = fx.db.read(|c| contacts::get(c, &id)).unwrap();
    let (_, edit) = write(&fx.db, |w| {
        w.set(&CONTACTS, &id, &[("first_name", text("Anabel")), ("email", text("anabel@acme.com")), ("notes", text("new"))])
    });
    assert_eq!(fx.db.read(|c| contacts::get(c, &id)).unwrap().first_name, "Anabel");

    assert_eq!(revert(&fx.db, &edit), 1);
    assert_eq!(fx.db.read(|c| contacts::get(c, &id)).unwrap(), before, "every field, updated_at included, is as before the edit");
    assert_eq!(fx.db.read(|c| Ok(search_ids(c, "anabel"))).unwrap(), Vec::<String>::new());
    let undo_source: i64 = read_scalar(&fx.db, "SELECT count(*) FROM changes WHERE source = 'undo'");
    assert!(undo_source > 0, "the undo is itself logged");
}

#[test]
fn reverting_a_soft_delete_brings_the_row_back() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let (_, delete) = write(&fx.db, |w| w.soft_delete(&CONTACTS, &id));
    assert!(fx.db.read(|c| contacts::get(c, &id)).is_err());

    assert_eq!(revert(&fx.db, &delete), 1);
    assert_eq!(deleted(&fx.db, &id), (0, None));
    assert_eq!(fx.db.read(|c| contacts::get(c, &id)).unwrap().last_name, "García");
    assert_eq!(fx.db.read(|c| Ok(search_ids(c, "garcia"))).unwrap(), [id]);
    assert!(fx.db.read(|c| trash::list(c, 100)).unwrap().is_empty());
}

#[test]
fn reverting_a_second_delete_after_a_restore_brings_the_row_back_again() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "", "", "");
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &id));
    write(&fx.db, |w| w.restore(&CONTACTS, &id));
    let (_, delete) = write(&fx.db, |w| w.soft_delete(&CONTACTS, &id));
    revert(&fx.db, &delete);
    assert_eq!(deleted(&fx.db, &id), (0, None));
}

#[test]
fn reverting_a_create_moves_the_new_row_to_the_trash() {
    let fx = fresh();
    let id = new_id();
    let (_, create) = write(&fx.db, |w| w.create(&CONTACTS, &id, &[("first_name", text("Ana")), ("last_name", text("García"))]));
    assert_eq!(revert(&fx.db, &create), 1);
    let (flag, at) = deleted(&fx.db, &id);
    assert_eq!(flag, 1);
    assert!(at.is_some());
    let trashed = fx.db.read(|c| trash::list(c, 100)).unwrap();
    assert_eq!(trashed.iter().map(|t| (t.id.as_str(), t.title.as_str())).collect::<Vec<_>>(), [(id.as_str(), "Ana García")]);
}

#[test]
fn reverting_a_transaction_that_touched_several_rows_reverts_each() {
    let fx = fresh();
    let a = add_contact(&fx.db, "Ana", "", "", "");
    let b = add_contact(&fx.db, "Bob", "", "", "");
    let (_, both) = write(&fx.db, |w| {
        w.set(&CONTACTS, &a, &[("title", text("CEO"))])?;
        w.soft_delete(&CONTACTS, &b)
    });
    assert_eq!(revert(&fx.db, &both), 2);
    assert_eq!(fx.db.read(|c| contacts::get(c, &a)).unwrap().title, "");
    assert_eq!(fx.db.read(|c| contacts::get(c, &b)).unwrap().first_name, "Bob");
}

#[test]
fn reverting_an_unknown_transaction_is_an_error_and_changes_nothing() {
    let fx = fresh();
    add_contact(&fx.db, "Ana", "", "", "");
    let before = read_scalar(&fx.db, "SELECT count(*) FROM changes");
    let reverted = fx.db.write(WriteSource::Undo, |w| undo::revert(w, "000000000000001-000000", fx.db.device_id()));
    assert!(matches!(reverted, Err(StoreError::NotFound { .. })), "{reverted:?}");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), before);
}

#[test]
fn the_trash_lists_deleted_records_with_titles_newest_first() {
    let fx = fresh();
    let ana = add_contact(&fx.db, "Ana", "García", "", "");
    let bob = add_contact(&fx.db, "", "Stone", "", "");
    let live = add_contact(&fx.db, "Carla", "Reyes", "", "Acme");
    let acme: String = fx.db.read(|c| Ok(c.query_row("SELECT id FROM companies", [], |r| r.get(0))?)).unwrap();
    let member = new_id();
    write(&fx.db, |w| w.create(&MEMBERS, &member, &[("name", text("Dana"))]));
    write(&fx.db, |w| w.create(&WORKSPACE_SETTINGS, "workspace", &[("name", text("Mine"))]));

    // Deleted at distinct milliseconds, so "newest first" has one right answer.
    for (table, id) in [(&CONTACTS, &ana), (&COMPANIES, &acme), (&CONTACTS, &bob), (&MEMBERS, &member)] {
        write(&fx.db, |w| w.soft_delete(table, id));
        std::thread::sleep(Duration::from_millis(3));
    }
    write(&fx.db, |w| w.soft_delete(&WORKSPACE_SETTINGS, "workspace"));

    let trashed = fx.db.read(|c| trash::list(c, 100)).unwrap();
    let seen: Vec<(&str, &str, &str)> = trashed.iter().map(|t| (t.table.as_str(), t.kind_label.as_str(), t.title.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("members", "Member", "Dana"),
            ("contacts", "Contact", "Stone"),
            ("companies", "Company", "Acme"),
            ("contacts", "Contact", "Ana García")
        ]
    );
    assert!(trashed.iter().all(|t| t.id != live));
    assert_eq!(fx.db.read(|c| trash::list(c, 2)).unwrap().len(), 2, "the limit applies across tables");
    assert!(trash::table("workspace_settings").is_err(), "settings are never in the Trash");
    assert_eq!(trash::table("contacts").unwrap().name, "contacts");
}

#[test]
fn a_trashed_contact_can_be_restored_or_purged_for_good() {
    let fx = fresh();
    let back = add_contact(&fx.db, "Ana", "García", "", "");
    let gone = add_contact(&fx.db, "Bob", "Stone", "", "");
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &back));
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &gone));
    assert_eq!(fx.db.read(|c| trash::list(c, 100)).unwrap().len(), 2);

    write(&fx.db, |w| w.restore(&CONTACTS, &back));
    assert_eq!(deleted(&fx.db, &back), (0, None));
    assert_eq!(fx.db.read(|c| contacts::get(c, &back)).unwrap().first_name, "Ana");

    let (_, purge) = write(&fx.db, |w| w.purge(&CONTACTS, &gone));
    let undone = fx.db.write(WriteSource::Undo, |w| undo::revert(w, &purge.hlc, fx.db.device_id()));
    assert!(matches!(undone, Err(StoreError::Refused(_))), "a purge is refused, not silently skipped: {undone:?}");
    let trashed = fx.db.read(|c| trash::list(c, 100)).unwrap();
    assert!(trashed.is_empty(), "{trashed:?}");
    assert!(matches!(fx.db.read(|c| contacts::get(c, &gone)), Err(StoreError::NotFound { .. })));
    assert_eq!(read_scalar(&fx.db, &format!("SELECT count(*) FROM contacts WHERE id = '{gone}'")), 0);
    let err = fx.db.write(WriteSource::User, |w| w.restore(&CONTACTS, &gone)).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "a purged contact cannot come back: {err:?}");
}

#[test]
fn undo_never_overwrites_a_field_changed_since() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let (_, edit) = write(&fx.db, |w| w.set(&CONTACTS, &id, &[("email", text("ana@old.example")), ("notes", text("mine"))]));
    // Someone else (another window, the CLI, later a teammate's sync) changes the e-mail again.
    write(&fx.db, |w| w.set(&CONTACTS, &id, &[("email", text("ana@newer.example"))]));

    revert(&fx.db, &edit);
    let now = fx.db.read(|c| contacts::get(c, &id)).unwrap();
    assert_eq!(now.email, "ana@newer.example", "the later change survives the undo");
    assert_eq!(now.notes, "", "fields nobody touched since are taken back");
}

#[test]
fn only_a_trashed_record_can_be_purged() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let refused = fx.db.write(tandem_store::WriteSource::User, |w| w.purge(&CONTACTS, &id));
    assert!(matches!(refused, Err(tandem_store::StoreError::NotFound { .. })), "a live contact (a stale Trash screen) is not purged");
    assert!(fx.db.read(|c| contacts::get(c, &id)).is_ok());
}
