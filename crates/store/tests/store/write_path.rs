use tandem_domain::hlc::Hlc;
use tandem_store::tables::{COMPANIES, CONTACTS};
use tandem_store::{new_id, StoreError};

use crate::*;

fn device_hlc(db: &Db) -> String {
    db.read(|c| Ok(c.query_row("SELECT hlc FROM device", [], |r| r.get(0))?)).unwrap()
}

type ChangeRow = (String, String, String, String, String, String, Value);

fn changes(db: &Db) -> Vec<ChangeRow> {
    db.read(|c| {
        let mut stmt = c.prepare("SELECT hlc, device, source, tbl, row_id, col, value FROM changes ORDER BY seq")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .unwrap()
}

#[test]
fn one_write_logs_one_change_per_field_with_one_clock_and_this_device() {
    let fx = fresh();
    let id = new_id();
    let ((), committed) = write(&fx.db, |w| w.create(&CONTACTS, &id, &[("first_name", text("Ana")), ("email", text("ana@acme.com"))]));
    let logged = changes(&fx.db);
    let cols: Vec<&str> = logged.iter().map(|c| c.5.as_str()).collect();
    assert_eq!(cols, ["first_name", "email", "created_at", "updated_at"]);
    for (hlc, device, source, tbl, row_id, _, _) in &logged {
        assert_eq!(hlc, &committed.hlc);
        assert_eq!(device, fx.db.device_id());
        assert_eq!((source.as_str(), tbl.as_str(), row_id.as_str()), ("user", "contacts", id.as_str()));
    }
    assert_eq!(logged[0].6, text("Ana"));
    assert_eq!(logged[1].6, text("ana@acme.com"));
    // The logged values are what the row holds.
    let stored: (String, String, String, String) = fx
        .db
        .read(|c| {
            Ok(c.query_row("SELECT first_name, email, created_at, updated_at FROM contacts WHERE id = ?1", [&id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?)
        })
        .unwrap();
    assert_eq!(logged[2].6, text(&stored.2));
    assert_eq!(logged[3].6, text(&stored.3));
    assert_eq!(committed.tables.iter().collect::<Vec<_>>(), ["contacts"]);
    assert_eq!(committed.ids.iter().collect::<Vec<_>>(), [&id]);
    assert!(!committed.purged);
}

#[test]
fn the_device_clock_is_the_clock_of_the_latest_change() {
    let fx = fresh();
    for i in 0..5 {
        let (_, committed) = write(&fx.db, |w| w.create(&COMPANIES, &new_id(), &[("name", text(&format!("Company {i}")))]));
        assert_eq!(device_hlc(&fx.db), committed.hlc);
        let latest: String =
            fx.db.read(|c| Ok(c.query_row("SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1", [], |r| r.get(0))?)).unwrap();
        assert_eq!(latest, committed.hlc);
    }
}

#[test]
fn clocks_strictly_increase_across_writes_even_within_one_millisecond() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "", "", "");
    let mut previous = Hlc::parse(&device_hlc(&fx.db)).unwrap();
    for i in 0..50 {
        let (_, committed) = write(&fx.db, |w| w.set(&CONTACTS, &id, &[("notes", text(&i.to_string()))]));
        let hlc = Hlc::parse(&committed.hlc).unwrap();
        assert!(hlc > previous, "{hlc} after {previous}");
        previous = hlc;
    }
    let distinct: i64 = read_scalar(&fx.db, "SELECT count(DISTINCT hlc) FROM changes");
    assert_eq!(distinct, 51, "one clock value per transaction");
}

#[test]
fn a_failed_write_leaves_no_row_no_change_and_no_clock_tick() {
    let fx = fresh();
    add_contact(&fx.db, "Ana", "", "", "");
    let (clock, count) = (device_hlc(&fx.db), changes(&fx.db).len());
    let id = new_id();
    let result: Result<((), Committed), StoreError> = fx.db.write(WriteSource::User, |w| {
        w.create(&CONTACTS, &id, &[("first_name", text("Bob"))])?;
        w.create(&COMPANIES, &new_id(), &[("name", text("Globex"))])?;
        Err(StoreError::NotFound { what: "something the closure needed".into() })
    });
    assert!(matches!(result, Err(StoreError::NotFound { .. })));
    assert_eq!(changes(&fx.db).len(), count);
    assert_eq!(device_hlc(&fx.db), clock);
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 1);
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM companies"), 0);
    assert!(fx.db.read(|c| Ok(search_ids(c, "bob"))).unwrap().is_empty());
}

#[test]
fn writing_an_unknown_column_is_refused_and_rolls_back_the_whole_write() {
    let fx = fresh();
    let id = new_id();
    let result = fx.db.write(WriteSource::User, |w| {
        w.create(&CONTACTS, &id, &[("first_name", text("Ana"))])?;
        w.set(&CONTACTS, &id, &[("password", text("hunter2"))])
    });
    match result {
        Err(StoreError::UnknownColumn { table, column }) => assert_eq!((table.as_str(), column.as_str()), ("contacts", "password")),
        other => panic!("expected UnknownColumn, got {other:?}"),
    }
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 0);
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), 0);
}

#[test]
fn deleting_restoring_or_purging_a_missing_row_is_not_found_and_writes_nothing() {
    let fx = fresh();
    for op in ["soft_delete", "restore", "purge"] {
        let result = fx.db.write(WriteSource::User, |w| match op {
            "soft_delete" => w.soft_delete(&CONTACTS, "no-such-id"),
            "restore" => w.restore(&CONTACTS, "no-such-id"),
            _ => w.purge(&CONTACTS, "no-such-id"),
        });
        let err = result.expect_err("a missing row cannot be changed");
        assert!(matches!(&err, StoreError::NotFound { what } if what.contains("Contact")), "{err:?}");
    }
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 0, "no row is created as a side effect");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), 0);
}

#[test]
fn a_purge_removes_the_row_and_is_itself_a_logged_change() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "");
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &id));
    let (_, committed) = write(&fx.db, |w| w.purge(&CONTACTS, &id));
    assert!(committed.purged);
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 0);
    let last = changes(&fx.db).pop().unwrap();
    assert_eq!((last.4.as_str(), last.5.as_str(), last.6), (id.as_str(), "*", Value::Null));
    let conn = Connection::open(fx.path()).unwrap();
    assert!(search_ids(&conn, "garcía").is_empty());
    assert_eq!(scalar(&conn, "SELECT count(*) FROM contacts_fts"), 0, "the search index forgets a purged contact");
}

#[test]
fn creating_a_row_that_exists_again_logs_the_fields_it_resets_to_their_default() {
    let f = fresh();
    let id = "derived-1";
    write(&f.db, |w| w.create(&tables::CONTACTS, id, &[("first_name", text("Ada")), ("title", text("CTO"))]));
    let before = read_scalar(&f.db, "SELECT count(*) FROM changes WHERE row_id = 'derived-1' AND col = 'title'");
    // Made again (as a derived id is), without a title: elsewhere the old title must go too.
    write(&f.db, |w| w.create(&tables::CONTACTS, id, &[("first_name", text("Ada")), ("title", text(""))]));
    let after = read_scalar(&f.db, "SELECT count(*) FROM changes WHERE row_id = 'derived-1' AND col = 'title'");
    assert_eq!((before, after), (1, 2));
    let fresh_row = fresh();
    write(&fresh_row.db, |w| w.create(&tables::CONTACTS, "new-1", &[("first_name", text("Bo")), ("title", text(""))]));
    assert_eq!(
        read_scalar(&fresh_row.db, "SELECT count(*) FROM changes WHERE row_id = 'new-1' AND col = 'title'"),
        0,
        "a new row logs only what it says"
    );
}

#[test]
fn a_write_naming_a_field_twice_keeps_its_last_value_as_its_log_and_replay_do() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "");
    // Found by the multi-process sync test: the row kept the first value while the log (and so
    // every other device) got the last.
    write(&fx.db, |w| w.set(&CONTACTS, &id, &[("phone", text("+34 1")), ("title", text("CTO")), ("phone", text("+34 2"))]));
    let stored: String = fx.db.read(|c| Ok(c.query_row("SELECT phone FROM contacts WHERE id = ?1", [&id], |r| r.get(0))?)).unwrap();
    assert_eq!(stored, "+34 2");
    let sent = fx.db.read(|c| tandem_store::changes_to_send(c, 0)).unwrap();
    let phones: Vec<&Value> = sent.iter().filter(|c| c.column == "phone").map(|c| &c.value).collect();
    assert_eq!(phones, [&text("+34 2")]);
}
