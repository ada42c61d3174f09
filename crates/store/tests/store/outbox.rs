//! This device's side of sync: what waits to be sent, what is kept for a newer version, and
//! re-stamping after the clock was wrong.

use tandem_domain::hlc::Hlc;
use tandem_store::outbox::{parked_count, unsent, unsent_count, unsent_edits, unsent_within};
use tandem_store::tables::CONTACTS;
use tandem_store::RemoteChange;

use crate::*;

fn received(hlc: &str, row_id: &str, column: &str, value: Value) -> RemoteChange {
    RemoteChange {
        hlc: hlc.into(),
        device: "other-device".into(),
        table: "contacts".into(),
        row_id: row_id.into(),
        column: column.into(),
        value,
    }
}

fn now_stamp(offset_ms: i64) -> String {
    Hlc { wall_ms: (chrono::Utc::now().timestamp_millis() + offset_ms) as u64, counter: 0 }.to_string()
}

#[test]
fn unsent_changes_are_this_devices_own_after_the_acknowledged_one() {
    let f = fresh();
    let ada = add_contact(&f.db, "Ada", "Lovelace", "ada@example.test", "");
    let acked = read_scalar(&f.db, "SELECT max(seq) FROM changes");
    f.db.apply_remote(&[received(&now_stamp(-1_000), &new_id(), "first_name", text("Bo"))]).unwrap();
    write(&f.db, |w| w.set(&CONTACTS, &ada, &[("title", text("CTO"))]));
    let all = f.db.read(|c| unsent(c, 0, 100)).unwrap();
    assert!(all.iter().all(|(_, c)| c.device == f.db.device_id()), "received changes are not sent back");
    let after = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    assert_eq!(after.iter().map(|(_, c)| c.column.as_str()).filter(|c| *c == "title").count(), 1);
    assert!(after.iter().all(|(seq, _)| *seq > acked));
    assert_eq!(f.db.read(|c| unsent_count(c, acked)).unwrap(), after.len() as i64);
    // One edit of one field since the acknowledged one; the contact's creation was one edit of four fields.
    assert_eq!(f.db.read(|c| unsent_edits(c, acked)).unwrap(), 1);
    assert_eq!(f.db.read(|c| unsent_edits(c, 0)).unwrap(), 2);
    // Pages are bounded and continue where the last one ended.
    let first = f.db.read(|c| unsent(c, 0, 2)).unwrap();
    let rest = f.db.read(|c| unsent(c, first[1].0, 100)).unwrap();
    assert_eq!(first.len() + rest.len(), all.len());
    // A page bounded by bytes still holds one change, however large, so every change goes in time.
    let one_by_one: Vec<i64> =
        std::iter::successors(Some(0), |&after| f.db.read(|c| unsent_within(c, after, 100, 1)).unwrap().iter().map(|(seq, _)| *seq).max())
            .skip(1)
            .collect();
    assert_eq!(one_by_one, all.iter().map(|(seq, _)| *seq).collect::<Vec<_>>());
}

#[test]
fn a_push_page_is_cut_by_the_bytes_its_values_take_as_json() {
    let f = fresh();
    // Quotes and line breaks are escaped on the wire: 2 bytes each, control characters 6.
    let plain = add_contact(&f.db, "Ada", "Lovelace", "ada@example.test", "");
    let acked = read_scalar(&f.db, "SELECT max(seq) FROM changes");
    write(&f.db, |w| w.set(&CONTACTS, &plain, &[("notes", text(&"a".repeat(10_000)))]));
    write(&f.db, |w| w.set(&CONTACTS, &plain, &[("notes", text(&"\"\n".repeat(5_000)))]));
    write(&f.db, |w| w.set(&CONTACTS, &plain, &[("notes", text(&"\u{1}".repeat(10_000)))]));
    let fits =
        |max_bytes| f.db.read(|c| unsent_within(c, acked, 100, max_bytes)).unwrap().iter().filter(|(_, c)| c.column == "notes").count();
    assert_eq!((fits(25_000), fits(35_000), fits(95_000)), (1, 2, 3), "10 kB, then 20 kB, then 60 kB as JSON");
}

#[test]
fn a_change_to_a_column_this_version_does_not_know_is_kept_not_refused() {
    let f = fresh();
    let id = new_id();
    let batch = [received(&now_stamp(-2_000), &id, "first_name", text("Cy")), received(&now_stamp(-1_000), &id, "pronouns", text("they"))];
    let got = f.db.receive(&batch).unwrap();
    assert_eq!((got.applied.applied, got.parked), (1, 1));
    assert_eq!(f.db.read(parked_count).unwrap(), 1);
    assert_eq!(field_of(&f.db, &id, "first_name"), text("Cy"));
    // Receiving the same batch again keeps nothing twice.
    f.db.receive(&batch).unwrap();
    assert_eq!(f.db.read(parked_count).unwrap(), 1);
}

#[test]
fn kept_changes_apply_once_the_version_knows_their_column() {
    let f = fresh();
    let id = new_id();
    f.db.receive(&[received(&now_stamp(-3_000), &id, "first_name", text("Di"))]).unwrap();
    // As an older version would have kept a change to a column this one knows.
    let conn = rusqlite::Connection::open(f.path()).unwrap();
    conn.execute(
        "INSERT INTO sync_parked (hlc, device, tbl, row_id, col, value) VALUES (?1, 'other-device', 'contacts', ?2, 'title', 'CFO')",
        [now_stamp(-1_000), id.clone()],
    )
    .unwrap();
    let applied = f.db.unpark().unwrap();
    assert_eq!(applied.applied, 1);
    assert_eq!(field_of(&f.db, &id, "title"), text("CFO"));
    assert_eq!(f.db.read(parked_count).unwrap(), 0);
}

#[test]
fn changes_made_while_the_clock_ran_ahead_are_restamped_from_now_and_keep_their_values() {
    let f = fresh();
    let ada = add_contact(&f.db, "Ada", "Lovelace", "ada@example.test", "");
    // The device's clock was set a day ahead while these were made.
    let acked = clock_set_a_day_ahead(&f);
    write(&f.db, |w| w.set(&CONTACTS, &ada, &[("title", text("CTO"))]));
    write(&f.db, |w| w.set(&CONTACTS, &ada, &[("title", text("CEO")), ("country", text("GB"))]));
    let before = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    assert!(before.iter().all(|(_, c)| Hlc::parse(&c.hlc).unwrap().wall_ms > (chrono::Utc::now().timestamp_millis() + 3_600_000) as u64));
    assert_eq!(f.db.restamp_unsent(acked).unwrap(), 2);
    let after = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    let limit = (chrono::Utc::now().timestamp_millis() + 1_000) as u64;
    assert!(after.iter().all(|(_, c)| Hlc::parse(&c.hlc).unwrap().wall_ms <= limit), "{after:?}");
    // Same changes, same order, values kept; the later transaction still comes later.
    assert_eq!(
        before.iter().map(|(s, c)| (s, &c.column, &c.value)).collect::<Vec<_>>(),
        after.iter().map(|(s, c)| (s, &c.column, &c.value)).collect::<Vec<_>>()
    );
    assert!(after[0].1.hlc < after[after.len() - 1].1.hlc);
    assert_eq!(field_of(&f.db, &ada, "title"), text("CEO"));
    // Undo finds a re-stamped transaction by its new stamp.
    let last = after.last().unwrap().1.hlc.clone();
    let reverted = f.db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &last, f.db.device_id())).unwrap().0;
    assert_eq!((reverted, field_of(&f.db, &ada, "title"), field_of(&f.db, &ada, "country")), (1, text("CTO"), text("")));
    // The acknowledged changes keep their stamps, and the next write comes after the re-stamped ones.
    write(&f.db, |w| w.set(&CONTACTS, &ada, &[("title", text("Chair"))]));
    let latest = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    assert!(latest.last().unwrap().1.hlc > after.last().unwrap().1.hlc);
}

#[test]
fn a_restamped_transaction_is_still_undone_whole_by_the_stamp_it_was_made_with() {
    // The undo stack and the import history keep the stamp a transaction was made with.
    let f = fresh();
    let ada = add_contact(&f.db, "Ada", "Lovelace", "ada@example.test", "");
    let acked = clock_set_a_day_ahead(&f);
    let (_, made) = write(&f.db, |w| w.set(&CONTACTS, &ada, &[("title", text("CEO")), ("country", text("GB"))]));
    assert_eq!(f.db.restamp_unsent(acked).unwrap(), 1);
    let restamped = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    assert!(restamped.iter().all(|(_, c)| c.hlc != made.hlc), "{restamped:?}");
    let reverted = f.db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &made.hlc, f.db.device_id())).unwrap().0;
    assert_eq!((reverted, field_of(&f.db, &ada, "title"), field_of(&f.db, &ada, "country")), (1, text(""), text("")));
}

#[test]
fn a_restamped_import_is_named_by_its_new_stamp_where_teammates_will_undo_it() {
    let f = fresh();
    let acked = clock_set_a_day_ahead(&f);
    let (_, made) = write(&f.db, |w| {
        w.create(&CONTACTS, "c-imported", &[("first_name", text("Grace"))])?;
        tandem_store::imports::record(w, "import-1", "people.csv", 1, 0, 0)
    });
    f.db.restamp_unsent(acked).unwrap();
    let entry = f.db.read(|c| tandem_store::imports::get(c, "import-1")).unwrap();
    let sent = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    let named = sent.iter().find(|(_, c)| c.table == "imports" && c.column == "txn_hlc").map(|(_, c)| c.value.clone());
    assert_ne!(entry.txn_hlc, made.hlc);
    assert_eq!(named, Some(text(&entry.txn_hlc)), "teammates receive the stamp the import's changes carry");
    assert!(sent.iter().all(|(_, c)| c.hlc == entry.txn_hlc), "{sent:?}");
    // Undone by the name it now has, as a teammate would: the imported contact goes to the Trash.
    f.db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &entry.txn_hlc, f.db.device_id())).unwrap();
    assert_eq!(field_of(&f.db, "c-imported", "deleted"), Value::Integer(1));
}

#[test]
fn a_transaction_the_server_took_part_of_keeps_its_stamp_and_is_undone_whole() {
    // A push page ended inside an import; the next page also held an edit made with the clock ahead.
    let f = fresh();
    let (_, made) = write(&f.db, |w| {
        w.create(&CONTACTS, "c-1", &[("first_name", text("Grace"))])?;
        w.create(&CONTACTS, "c-2", &[("first_name", text("Alan"))])
    });
    let acked = read_scalar(&f.db, "SELECT min(seq) FROM changes WHERE row_id = 'c-2'") - 1;
    clock_set_a_day_ahead(&f);
    let (_, ahead) = write(&f.db, |w| w.set(&CONTACTS, "c-1", &[("title", text("CTO"))]));
    assert_eq!(f.db.restamp_unsent(acked).unwrap(), 1, "only the edit made with the clock ahead");
    let sent = f.db.read(|c| unsent(c, acked, 100)).unwrap();
    let (rest, edit): (Vec<_>, Vec<_>) = sent.iter().map(|(_, c)| c).partition(|c| c.row_id == "c-2");
    assert!(rest.iter().all(|c| c.hlc == made.hlc), "the rest of the import keeps the stamp the server accepted: {rest:?}");
    assert!(edit.iter().all(|c| c.hlc != ahead.hlc && c.hlc > made.hlc), "the later edit still comes later: {edit:?}");
    f.db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &made.hlc, f.db.device_id())).unwrap();
    assert_eq!((field_of(&f.db, "c-1", "deleted"), field_of(&f.db, "c-2", "deleted")), (Value::Integer(1), Value::Integer(1)));
}

/// Sets the device's clock a day ahead, as a wrong system date would; returns the newest change's
/// number, taken as what the server has acknowledged.
fn clock_set_a_day_ahead(f: &Fixture) -> i64 {
    let conn = rusqlite::Connection::open(f.path()).unwrap();
    conn.execute("UPDATE device SET hlc = ?1", [now_stamp(86_400_000)]).unwrap();
    read_scalar(&f.db, "SELECT coalesce(max(seq), 0) FROM changes")
}

fn field_of(db: &Db, id: &str, column: &str) -> Value {
    db.read(|c| Ok(c.query_row(&format!("SELECT {column} FROM contacts WHERE id = ?1"), [id], |r| r.get(0))?)).unwrap()
}

#[test]
fn a_transaction_received_from_another_device_can_be_reverted_by_its_stamp() {
    // A teammate's import is undone from the shared import history on any device.
    let f = fresh();
    let stamp = now_stamp(-60_000);
    let page = [
        received(&stamp, "c-remote", "first_name", text("Grace")),
        received(&stamp, "c-remote", "title", text("Admiral")),
        received(&stamp, "c-remote", "deleted", Value::Integer(0)),
    ];
    f.db.receive(&page).unwrap();
    assert_eq!(field_of(&f.db, "c-remote", "title"), text("Admiral"));
    let reverted = f.db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &stamp, "other-device")).unwrap().0;
    assert_eq!(reverted, 1);
    assert_eq!(field_of(&f.db, "c-remote", "deleted"), Value::Integer(1), "undoing a create moves the record to the Trash");
}
