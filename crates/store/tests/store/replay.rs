//! Replaying a workspace's change log into an empty database rebuilds exactly the same tables.

use proptest::prelude::*;
use proptest::sample::Index;
use tandem_store::tables::{COMPANIES, CONTACTS};
use tandem_store::{replay_into, Db};

use crate::*;

/// One step a user (or sync) could take.
#[derive(Debug, Clone)]
pub(crate) enum Op {
    /// Creates a row in the synced table `table` with some of its columns.
    Create {
        table: Index,
        fields: Vec<(Index, String)>,
    },
    /// A contact at an existing company (or none).
    CreateContact {
        first: String,
        last: String,
        email: String,
        company: Option<Index>,
    },
    Update {
        row: Index,
        fields: Vec<(Index, String)>,
    },
    /// Points a contact at an existing company, or at none.
    MoveContact {
        contact: Index,
        company: Option<Index>,
    },
    RenameCompany {
        company: Index,
        name: String,
    },
    SoftDelete(Index),
    Restore(Index),
    Purge(Index),
}

fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(vec![
            "Ana",
            "García",
            "José",
            "Zoë",
            "O'Neil",
            "\"quoted\"",
            "50%_off",
            "acme.com",
            "Ünïcödé",
            "  spaced  ",
            "Ana García"
        ])
        .prop_map(str::to_owned),
        "[a-zA-Zé' %_\"]{1,12}",
    ]
}

fn fields() -> impl Strategy<Value = Vec<(Index, String)>> {
    prop::collection::vec((any::<Index>(), words()), 1..4)
}

pub(crate) fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (any::<Index>(), fields()).prop_map(|(table, fields)| Op::Create { table, fields }),
        3 => (words(), words(), words(), prop::option::of(any::<Index>())).prop_map(|(first, last, email, company)| Op::CreateContact { first, last, email, company }),
        4 => (any::<Index>(), fields()).prop_map(|(row, fields)| Op::Update { row, fields }),
        2 => (any::<Index>(), prop::option::of(any::<Index>())).prop_map(|(contact, company)| Op::MoveContact { contact, company }),
        2 => (any::<Index>(), words()).prop_map(|(company, name)| Op::RenameCompany { company, name }),
        2 => any::<Index>().prop_map(Op::SoftDelete),
        1 => any::<Index>().prop_map(Op::Restore),
        1 => any::<Index>().prop_map(Op::Purge),
    ]
}

/// Every row that exists (possibly in the Trash) in the source database.
fn live_rows(conn: &Connection, table: Option<&Table>) -> Vec<(&'static Table, String)> {
    let mut out = Vec::new();
    for t in tables::SYNCED.iter().copied().filter(|t| table.is_none_or(|only| only.name == t.name)) {
        let mut stmt = conn.prepare_cached(&format!("SELECT id FROM {} ORDER BY id", t.name)).unwrap();
        let ids: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        out.extend(ids.into_iter().map(|id| (t, id)));
    }
    out
}

fn pick<T: Clone>(items: &[T], index: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[index.index(items.len())].clone())
}

fn to_fields(table: &Table, fields: &[(Index, String)]) -> Vec<(&'static str, Value)> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for (col, value) in fields {
        // company_id only ever holds a real company id; MoveContact sets it.
        let columns: Vec<&'static str> = table.columns.iter().copied().filter(|c| *c != "company_id").collect();
        let col = columns[col.index(columns.len())];
        if !out.iter().any(|(c, _)| *c == col) {
            out.push((col, text(value)));
        }
    }
    out
}

pub(crate) fn apply(w: &mut Writer, op: &Op) -> Result<(), StoreError> {
    let conn = w.conn();
    let company_id = |company: &Option<Index>| company.as_ref().and_then(|i| pick(&live_rows(conn, Some(&COMPANIES)), i)).map(|(_, id)| id);
    match op {
        Op::Create { table, fields } => {
            let table = tables::SYNCED[table.index(tables::SYNCED.len())];
            w.create(table, &new_id(), &to_fields(table, fields))
        }
        Op::CreateContact { first, last, email, company } => {
            let fields = [
                ("first_name", text(first)),
                ("last_name", text(last)),
                ("email", text(email)),
                ("company_id", company_id(company).map_or(Value::Null, Value::Text)),
            ];
            w.create(&CONTACTS, &new_id(), &fields)
        }
        Op::Update { row, fields } => match pick(&live_rows(conn, None), row) {
            Some((table, id)) => w.set(table, &id, &to_fields(table, fields)),
            None => Ok(()),
        },
        Op::MoveContact { contact, company } => match pick(&live_rows(conn, Some(&CONTACTS)), contact) {
            Some((_, id)) => w.set(&CONTACTS, &id, &[("company_id", company_id(company).map_or(Value::Null, Value::Text))]),
            None => Ok(()),
        },
        Op::RenameCompany { company, name } => match pick(&live_rows(conn, Some(&COMPANIES)), company) {
            Some((_, id)) => w.set(&COMPANIES, &id, &[("name", text(name))]),
            None => Ok(()),
        },
        Op::SoftDelete(row) | Op::Restore(row) | Op::Purge(row) => {
            let Some((table, id)) = pick(&live_rows(conn, None), row) else { return Ok(()) };
            match op {
                Op::SoftDelete(_) => w.soft_delete(table, &id),
                Op::Restore(_) => w.restore(table, &id),
                // Only trashed rows can be purged: trash first, as a user would.
                _ => w.soft_delete(table, &id).and_then(|()| w.purge(table, &id)),
            }
        }
    }
}

/// The search index contents per contact, and (query, total, rows) for some queries.
pub(crate) type SearchView = (Vec<Vec<Value>>, Vec<(String, u64, Vec<String>)>);

pub(crate) fn search_view(conn: &Connection) -> SearchView {
    let mut stmt = conn
        .prepare("SELECT c.id, f.name, f.email, f.company FROM contacts_fts f JOIN contacts c ON c.rowid = f.rowid ORDER BY c.id")
        .unwrap();
    let index = stmt
        .query_map([], |r| (0..4).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let unindexed = scalar(conn, "SELECT count(*) FROM contacts WHERE deleted = 0 AND rowid NOT IN (SELECT rowid FROM contacts_fts)");
    assert_eq!(unindexed, 0, "every live contact is in the search index");
    let trashed = scalar(conn, "SELECT count(*) FROM contacts WHERE deleted = 1 AND rowid IN (SELECT rowid FROM contacts_words)");
    assert_eq!(trashed, 0, "no trashed contact is in the word index");
    let queries = ["", "a", "an", "ana", "garcia", "ana gar", "jos", "acme", "50%", "_", "quoted", "neil", "e"];
    let results = queries
        .iter()
        .map(|q| {
            let (total, rows) = tandem_store::contacts::page(conn, q, 0, 1_000).unwrap();
            (q.to_string(), total, rows.into_iter().map(|r| format!("{}|{}|{}", r.id, r.name, r.company_name)).collect())
        })
        .collect();
    (index, results)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn replaying_the_change_log_into_an_empty_database_rebuilds_every_synced_table(
        transactions in prop::collection::vec(prop::collection::vec(op(), 1..4), 1..16)
    ) {
        let fx = fresh();
        for ops in &transactions {
            fx.db.write(WriteSource::User, |w| ops.iter().try_for_each(|op| apply(w, op))).unwrap();
        }

        let target_dir = tempfile::tempdir().unwrap();
        let target_path = target_dir.path().join("replayed.db");
        let target_db = Db::open(&target_path).unwrap();
        let target = Connection::open(&target_path).unwrap();
        fx.db.read(|source| replay_into(source, &target)).unwrap();

        let source = Connection::open(fx.path()).unwrap();
        prop_assert_eq!(synced_snapshot(&target), synced_snapshot(&source));
        prop_assert_eq!(search_view(&target), search_view(&source));
        drop(target_db);
    }
}

#[test]
fn a_purged_contact_is_gone_from_replay_too() {
    let fx = fresh();
    let kept = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let purged = add_contact(&fx.db, "Bob", "Stone", "bob@acme.com", "Acme");
    write(&fx.db, |w| w.soft_delete(&CONTACTS, &purged));
    write(&fx.db, |w| w.purge(&CONTACTS, &purged));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replayed.db");
    let _target_db = Db::open(&path).unwrap();
    let target = Connection::open(&path).unwrap();
    fx.db.read(|source| replay_into(source, &target)).unwrap();
    let ids: Vec<Value> = rows(&target, &CONTACTS).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, [text(&kept)]);
    assert_eq!(search_ids(&target, "acme"), [kept]);
}

#[test]
fn a_company_purged_for_good_no_longer_finds_its_people_by_its_name() {
    // Found by the replay property: the purge left the company's name in its contacts' search text.
    let fx = fresh();
    let ana = add_contact(&fx.db, "Ana", "García", "ana@example.test", "Zeppelin Works");
    let company =
        fx.db.read(|c| Ok(c.query_row("SELECT company_id FROM contacts WHERE id = ?1", [&ana], |r| r.get::<_, String>(0))?)).unwrap();
    assert_eq!(fx.db.read(|c| Ok(search_ids(c, "zeppelin"))).unwrap(), std::slice::from_ref(&ana));
    write(&fx.db, |w| w.soft_delete(&COMPANIES, &company));
    write(&fx.db, |w| w.purge(&COMPANIES, &company));
    assert!(fx.db.read(|c| Ok(search_ids(c, "zeppelin"))).unwrap().is_empty());
    assert_eq!(fx.db.read(|c| Ok(search_ids(c, "ana"))).unwrap(), [ana]);
}

#[test]
fn replay_refuses_a_change_to_a_table_that_is_not_synced() {
    let fx = fresh();
    add_contact(&fx.db, "Ana", "", "", "");
    let source = Connection::open(fx.path()).unwrap();
    source.execute("INSERT INTO changes (hlc, device, source, tbl, row_id, col, value) VALUES ('x', 'd', 'sync', 'local_state', 'k', 'value', 'v')", []).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replayed.db");
    let _target_db = Db::open(&path).unwrap();
    let target = Connection::open(&path).unwrap();
    let err = replay_into(&source, &target).unwrap_err();
    assert!(matches!(&err, StoreError::UnknownTable(t) if t == "local_state"), "{err:?}");
    assert_eq!(scalar(&target, "SELECT count(*) FROM local_state"), 0);
}
