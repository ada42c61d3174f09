//! Applying changes received from other devices: last writer wins per field, in any order.

use std::time::{SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use proptest::sample::Index;
use tandem_domain::hlc::Hlc;
use tandem_store::tables::CONTACTS;
use tandem_store::{changes_after, changes_to_send, replay_into, Applied, RemoteChange};

use crate::replay::{apply, op, search_view, Op, SearchView};
use crate::*;

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64
}

fn stamp(wall_ms: u64, counter: u32) -> String {
    Hlc { wall_ms, counter }.to_string()
}

fn change(hlc: &str, device: &str, table: &str, row_id: &str, column: &str, value: Value) -> RemoteChange {
    RemoteChange { hlc: hlc.into(), device: device.into(), table: table.into(), row_id: row_id.into(), column: column.into(), value }
}

/// Everything `db` has logged, as another device would receive it.
fn sent(db: &Db) -> Vec<RemoteChange> {
    db.read(|c| changes_to_send(c, 0)).unwrap()
}

fn snapshot(db: &Db) -> std::collections::BTreeMap<&'static str, Vec<Vec<Value>>> {
    db.read(|c| Ok(synced_snapshot(c))).unwrap()
}

fn field(db: &Db, table: &Table, id: &str, column: &str) -> Value {
    db.read(|c| Ok(c.query_row(&format!("SELECT {column} FROM {} WHERE id = ?1", table.name), [id], |r| r.get(0))?)).unwrap()
}

/// (source, device, value) of every change logged for one field, in log order.
fn logged(db: &Db, table: &Table, id: &str, column: &str) -> Vec<(String, String, Value)> {
    db.read(|c| {
        let mut stmt = c.prepare("SELECT source, device, value FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 ORDER BY seq")?;
        let rows = stmt.query_map([table.name, id, column], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .unwrap()
}

fn device_hlc(db: &Db) -> String {
    db.read(|c| Ok(c.query_row("SELECT hlc FROM device", [], |r| r.get(0))?)).unwrap()
}

/// Sends everything `from` has logged to `to`, in one batch.
fn exchange(from: &Db, to: &Db) -> Applied {
    to.apply_remote(&sent(from)).unwrap()
}

/// One tiny deterministic PRNG step (splitmix64), so a shuffle is reproducible from its seed.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// How a list of changes travels: shuffled, some of them sent twice, cut into batches.
#[derive(Debug, Clone)]
struct Delivery {
    seed: u64,
    repeats: Vec<Index>,
    cuts: Vec<Index>,
}

fn delivery() -> impl Strategy<Value = Delivery> {
    (any::<u64>(), prop::collection::vec(any::<Index>(), 0..6), prop::collection::vec(any::<Index>(), 0..4))
        .prop_map(|(seed, repeats, cuts)| Delivery { seed, repeats, cuts })
}

impl Delivery {
    /// The batches that arrive; with `keep`, only a prefix of the shuffled changes (a random subset).
    fn batches(&self, changes: &[RemoteChange], keep: Option<&Index>) -> Vec<Vec<RemoteChange>> {
        let mut sent = changes.to_vec();
        if !changes.is_empty() {
            sent.extend(self.repeats.iter().map(|i| changes[i.index(changes.len())].clone()));
        }
        let mut state = self.seed;
        for i in (1..sent.len()).rev() {
            sent.swap(i, (next(&mut state) % (i as u64 + 1)) as usize);
        }
        if let Some(keep) = keep {
            sent.truncate(keep.index(sent.len() + 1));
        }
        let mut cuts: Vec<usize> = self.cuts.iter().map(|i| i.index(sent.len() + 1)).collect();
        cuts.sort_unstable();
        cuts.push(sent.len());
        let mut start = 0;
        cuts.into_iter()
            .map(|cut| {
                let batch = sent[start..cut].to_vec();
                start = cut;
                batch
            })
            .collect()
    }
}

fn transactions() -> impl Strategy<Value = Vec<Vec<Op>>> {
    prop::collection::vec(prop::collection::vec(op(), 1..4), 0..5)
}

fn edit(db: &Db, transactions: &[Vec<Op>]) {
    for ops in transactions {
        db.write(WriteSource::User, |w| ops.iter().try_for_each(|op| apply(w, op))).unwrap();
    }
}

/// The synced tables an empty database gets from replaying `db`'s whole log.
fn replayed(db: &Db) -> std::collections::BTreeMap<&'static str, Vec<Vec<Value>>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replayed.db");
    let _target_db = Db::open(&path).unwrap();
    let target = Connection::open(&path).unwrap();
    db.read(|source| replay_into(source, &target)).unwrap();
    synced_snapshot(&target)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20))]

    #[test]
    fn two_devices_that_exchange_all_their_changes_end_with_identical_synced_tables(
        a_first in transactions(),
        b_first in transactions(),
        a_then in transactions(),
        b_then in transactions(),
        (early, early_share) in (delivery(), any::<Index>()),
        to_a in delivery(),
        to_b in delivery(),
    ) {
        let (a, b) = (fresh(), fresh());
        edit(&a.db, &a_first);
        edit(&b.db, &b_first);
        // Part of A's work reaches B, then both edit again (B may now edit A's rows).
        for batch in early.batches(&sent(&a.db), Some(&early_share)) {
            b.db.apply_remote(&batch).unwrap();
        }
        edit(&a.db, &a_then);
        edit(&b.db, &b_then);

        let (from_a, from_b) = (sent(&a.db), sent(&b.db));
        for batch in to_b.batches(&from_a, None) {
            b.db.apply_remote(&batch).unwrap();
        }
        for batch in to_a.batches(&from_b, None) {
            a.db.apply_remote(&batch).unwrap();
        }
        prop_assert_eq!(snapshot(&a.db), snapshot(&b.db));

        // Idempotent: receiving everything again changes nothing and logs nothing.
        let again = b.db.apply_remote(&from_a).unwrap();
        prop_assert_eq!((again.applied, again.skipped_older, again.skipped_purged, again.duplicates), (0, 0, 0, from_a.len()));
        // A merged log still replays into exactly the tables it produced (A's, the same as B's).
        prop_assert_eq!(replayed(&a.db), snapshot(&a.db));
    }
}

#[test]
fn concurrent_edits_to_different_fields_of_one_row_both_survive() {
    let (a, b) = (fresh(), fresh());
    let id = add_contact(&a.db, "Ana", "García", "ana@acme.com", "");
    exchange(&a.db, &b.db);
    write(&a.db, |w| w.set(&CONTACTS, &id, &[("email", text("ana@new.com"))]));
    write(&b.db, |w| w.set(&CONTACTS, &id, &[("phone", text("+34 600"))]));
    exchange(&a.db, &b.db);
    exchange(&b.db, &a.db);
    for db in [&a.db, &b.db] {
        assert_eq!(field(db, &CONTACTS, &id, "email"), text("ana@new.com"));
        assert_eq!(field(db, &CONTACTS, &id, "phone"), text("+34 600"));
    }
    assert_eq!(snapshot(&a.db), snapshot(&b.db));
}

#[test]
fn the_later_clock_wins_a_field_ties_go_to_the_larger_device_and_the_loser_stays_logged() {
    let t = now_ms();
    let row = "contact-1";
    let tie_a = change(&stamp(t, 0), "device-a", "contacts", row, "first_name", text("From A"));
    let tie_b = change(&stamp(t, 0), "device-b", "contacts", row, "first_name", text("From B"));
    let later = change(&stamp(t, 1), "device-a", "contacts", row, "first_name", text("Later"));

    for order in [[&tie_a, &tie_b], [&tie_b, &tie_a]] {
        let fx = fresh();
        let applied = fx.db.apply_remote(&[order[0].clone(), order[1].clone()]).unwrap();
        assert_eq!(field(&fx.db, &CONTACTS, row, "first_name"), text("From B"), "device-b > device-a at the same clock");
        assert_eq!(applied.applied + applied.skipped_older, 2);
        let first_wins = order[0].device == "device-b";
        assert_eq!(applied.skipped_older, usize::from(first_wins));

        let applied = fx.db.apply_remote(std::slice::from_ref(&later)).unwrap();
        assert_eq!(applied.applied, 1);
        assert_eq!(field(&fx.db, &CONTACTS, row, "first_name"), text("Later"));

        // Both losers are in the log, as received and marked as sync.
        let mut values: Vec<(String, String, Value)> = logged(&fx.db, &CONTACTS, row, "first_name");
        values.sort_by(|x, y| x.1.cmp(&y.1).then(format!("{:?}", x.2).cmp(&format!("{:?}", y.2))));
        assert_eq!(
            values,
            [
                ("sync".into(), "device-a".into(), text("From A")),
                ("sync".into(), "device-a".into(), text("Later")),
                ("sync".into(), "device-b".into(), text("From B")),
            ]
        );
        // The older value arriving again is neither applied nor logged twice.
        let again = fx.db.apply_remote(std::slice::from_ref(&tie_b)).unwrap();
        assert_eq!((again.applied, again.duplicates), (0, 1));
        assert_eq!(field(&fx.db, &CONTACTS, row, "first_name"), text("Later"));
    }
}

#[test]
fn a_delete_and_a_concurrent_edit_of_another_field_keep_both() {
    let (a, b) = (fresh(), fresh());
    let id = add_contact(&a.db, "Ana", "García", "ana@acme.com", "");
    exchange(&a.db, &b.db);
    write(&a.db, |w| w.soft_delete(&CONTACTS, &id));
    write(&b.db, |w| w.set(&CONTACTS, &id, &[("email", text("ana@new.com"))]));
    exchange(&b.db, &a.db);
    exchange(&a.db, &b.db);
    for db in [&a.db, &b.db] {
        assert_eq!(field(db, &CONTACTS, &id, "deleted"), Value::Integer(1));
        assert_eq!(field(db, &CONTACTS, &id, "email"), text("ana@new.com"));
    }
    assert_eq!(snapshot(&a.db), snapshot(&b.db));
    write(&b.db, |w| w.restore(&CONTACTS, &id));
    let restored = b.db.read(|c| tandem_store::contacts::page(c, "ana@new", 0, 10)).unwrap().1;
    assert_eq!(restored.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), [id.as_str()], "restore shows the edit");
}

#[test]
fn a_purge_is_final_whatever_arrives_after_it() {
    let (a, b) = (fresh(), fresh());
    let id = add_contact(&a.db, "Ana", "García", "ana@acme.com", "");
    exchange(&a.db, &b.db);
    write(&a.db, |w| w.soft_delete(&CONTACTS, &id));
    write(&a.db, |w| w.purge(&CONTACTS, &id));
    write(&b.db, |w| w.set(&CONTACTS, &id, &[("email", text("ana@new.com"))]));
    let at_a = exchange(&b.db, &a.db);
    assert!(at_a.skipped_purged > 0, "{at_a:?}");
    let at_b = exchange(&a.db, &b.db);
    assert!(at_b.purged, "{at_b:?}");
    for db in [&a.db, &b.db] {
        assert_eq!(read_scalar(db, "SELECT count(*) FROM contacts"), 0);
    }
    assert_eq!(snapshot(&a.db), snapshot(&b.db));
}

#[test]
fn a_batch_naming_an_unknown_table_or_column_is_refused_whole() {
    let fx = fresh();
    let t = now_ms();
    let good = change(&stamp(t, 0), "device-a", "contacts", "c1", "first_name", text("Ana"));
    let clock_before = device_hlc(&fx.db);

    let err = fx.db.apply_remote(&[good.clone(), change(&stamp(t, 1), "device-a", "local_state", "k", "value", text("v"))]).unwrap_err();
    assert!(matches!(&err, StoreError::UnknownTable(t) if t == "local_state"), "{err:?}");
    assert!(err.to_string().contains("'local_state' is not a synced table"));

    let err = fx.db.apply_remote(&[good.clone(), change(&stamp(t, 1), "device-a", "contacts", "c1", "shoe_size", text("42"))]).unwrap_err();
    assert!(matches!(&err, StoreError::UnknownColumn { table, column } if table == "contacts" && column == "shoe_size"), "{err:?}");

    let err = fx.db.apply_remote(&[good, change("yesterday", "device-a", "contacts", "c1", "email", text("x"))]).unwrap_err();
    assert!(matches!(err, StoreError::Clock(_)), "{err:?}");

    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 0);
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), 0);
    assert_eq!(device_hlc(&fx.db), clock_before);
}

#[test]
fn a_local_edit_made_after_receiving_wins_over_a_change_stamped_ahead_of_our_clock() {
    let (a, b) = (fresh(), fresh());
    let id = add_contact(&b.db, "Ana", "García", "ana@acme.com", "");
    exchange(&b.db, &a.db);
    // A teammate whose clock runs a minute fast renames Ana; both devices receive it.
    let ahead = stamp(now_ms() + 60_000, 0);
    let fast = change(&ahead, "fast-device", "contacts", &id, "first_name", text("Fast"));
    for db in [&a.db, &b.db] {
        assert_eq!(db.apply_remote(std::slice::from_ref(&fast)).unwrap().applied, 1);
        assert!(device_hlc(db) > ahead, "the clock moved past what was received");
    }
    let ((), committed) = write(&b.db, |w| w.set(&CONTACTS, &id, &[("first_name", text("Mine"))]));
    assert!(committed.hlc > ahead);
    exchange(&b.db, &a.db);
    for db in [&a.db, &b.db] {
        assert_eq!(field(db, &CONTACTS, &id, "first_name"), text("Mine"));
    }
}

#[test]
fn a_change_stamped_too_far_ahead_is_refused() {
    let fx = fresh();
    let far = change(&stamp(now_ms() + 3_600_000, 0), "broken-clock", "contacts", "c1", "first_name", text("Ana"));
    let err = fx.db.apply_remote(&[far]).unwrap_err();
    assert!(err.to_string().contains("ahead of this device's clock"), "{err}");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), 0);
}

#[test]
fn a_received_batch_reaches_the_change_feed_like_any_write() {
    let (a, b) = (fresh(), fresh());
    let id = add_contact(&a.db, "Ana", "García", "ana@acme.com", "Acme");
    let watcher = b.db.open_reader().unwrap();
    let version = |c: &Connection| -> i64 { c.query_row("PRAGMA data_version", [], |r| r.get(0)).unwrap() };
    let before = version(&watcher);

    let applied = exchange(&a.db, &b.db);
    assert_eq!(applied.tables.iter().map(String::as_str).collect::<Vec<_>>(), ["companies", "contacts"]);
    assert!(applied.ids.contains(&id));
    assert_ne!(version(&watcher), before, "the feed's connection sees a new commit");
    // The feed reads the log past its high-water mark: the received changes are there, under the
    // sending device's transaction, touching the same tables and rows.
    let feed = changes_after(&watcher, 0, 1_000).unwrap();
    assert_eq!(feed.len(), sent(&a.db).len());
    assert!(feed.iter().all(|c| c.device == a.db.device_id()));
    let tables: std::collections::BTreeSet<String> = feed.iter().map(|c| c.table.clone()).collect();
    assert_eq!(tables, applied.tables);
    assert!(feed.iter().any(|c| c.row_id == id));
    // And a received contact is searchable, company name included.
    assert_eq!(search_ids(&watcher, "acme"), [id]);
}

/// A device database for the many-replica property test, opened from a copy of one migrated
/// template (migrating per replica would cost most of the run), on tmpfs where there is one: the
/// test commits thousands of small transactions, and an fsync is all they would wait for.
struct Replica {
    db: Db,
    _dir: tempfile::TempDir,
}

fn template() -> &'static [u8] {
    static TEMPLATE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("template.db");
        drop(Db::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        // Each copy makes its own device id when it opens.
        conn.execute("DELETE FROM device", []).unwrap();
        let _: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).unwrap();
        drop(conn);
        std::fs::read(&path).unwrap()
    })
}

impl Replica {
    /// A new replica whose clock runs `skew_ms` ahead of the others'.
    fn new(skew_ms: u64) -> Replica {
        let shm = std::path::Path::new("/dev/shm");
        let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.unwrap();
        let path = dir.path().join("tandem.db");
        std::fs::write(&path, template()).unwrap();
        let db = Db::open(&path).unwrap();
        if skew_ms > 0 {
            // Through the writer (a connection of its own would parse the whole schema again).
            let ahead = stamp(now_ms() + skew_ms, 0);
            db.write(WriteSource::Background, |w| Ok::<_, StoreError>(w.conn().execute("UPDATE device SET hlc = ?1", [ahead])?)).unwrap();
        }
        Replica { db, _dir: dir }
    }

    /// What contact search holds and finds. The index breaks ties in relevance by its own row
    /// order, which differs between devices that received the same contacts in another order, so
    /// what each query finds is compared as a set (ranking is `search_everywhere`'s to test).
    fn search(&self) -> SearchView {
        let (index, mut results) = self.db.read(|c| Ok(search_view(c))).unwrap();
        for (_, _, found) in &mut results {
            found.sort();
        }
        (index, results)
    }

    /// Every synced table, as `synced_snapshot` reads it, with cached statements.
    fn tables(&self) -> std::collections::BTreeMap<&'static str, Vec<Vec<Value>>> {
        self.db
            .read(|c| {
                Ok(tables::SYNCED
                    .iter()
                    .map(|t| {
                        let mut stmt = c.prepare_cached(&format!("SELECT * FROM {} ORDER BY id", t.name)).unwrap();
                        let width = stmt.column_count();
                        let rows = stmt.query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>()).unwrap();
                        (t.name, rows.collect::<Result<_, _>>().unwrap())
                    })
                    .collect())
            })
            .unwrap()
    }
}

/// One step of the many-replica run.
#[derive(Debug, Clone)]
enum Step {
    /// A replica's user edits, in a few transactions.
    Edit {
        replica: Index,
        transactions: Vec<Vec<Op>>,
    },
    /// `from` sends part of what it has logged (received changes included: devices relay) to
    /// `to`: shuffled, some changes twice, in batches; the rest is dropped, and sent again later.
    /// Nothing arrives across a partition.
    Deliver {
        from: Index,
        to: Index,
        delivery: Delivery,
        share: Index,
    },
    /// The replicas split in two (by the bits of the mask) until the next `Heal`.
    Partition(u8),
    Heal,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (any::<Index>(), prop::collection::vec(prop::collection::vec(op(), 1..4), 1..3))
            .prop_map(|(replica, transactions)| Step::Edit { replica, transactions }),
        4 => (any::<Index>(), any::<Index>(), delivery(), any::<Index>())
            .prop_map(|(from, to, delivery, share)| Step::Deliver { from, to, delivery, share }),
        1 => any::<u8>().prop_map(Step::Partition),
        1 => Just(Step::Heal),
    ]
}

/// The reference: every change any replica logged, each once, folded in (timestamp, device)
/// order — the last writer wins each field and a purged row is gone for good — as the rows of
/// each synced table.
fn reference_fold(replicas: &[Replica]) -> (std::collections::BTreeMap<&'static str, Vec<Vec<Value>>>, SearchView) {
    let mut all: std::collections::BTreeMap<(String, String, String, String, String), Value> = Default::default();
    for r in replicas {
        for c in sent(&r.db) {
            all.insert((c.hlc, c.device, c.table, c.row_id, c.column), c.value);
        }
    }
    let purged: std::collections::BTreeSet<(String, String)> =
        all.keys().filter(|k| k.4 == "*").map(|k| (k.2.clone(), k.3.clone())).collect();
    let mut rows: std::collections::BTreeMap<(String, String), Vec<(String, Value)>> = Default::default();
    // The map is ordered by (hlc, device, …): a later entry for a field overwrites an earlier one.
    for ((_, _, table, row, column), value) in all {
        if purged.contains(&(table.clone(), row.clone())) {
            continue;
        }
        let fields = rows.entry((table, row)).or_default();
        fields.retain(|(c, _)| *c != column);
        fields.push((column, value));
    }
    // The folded rows, written plainly (no change log, no merge rules) into an empty database,
    // read back like any replica's.
    let empty = Replica::new(0);
    empty
        .db
        .write(WriteSource::Background, |w| {
            for ((table, row), fields) in rows {
                let columns: Vec<&str> = fields.iter().map(|(c, _)| c.as_str()).collect();
                let marks: Vec<String> = (2..=fields.len() + 1).map(|i| format!("?{i}")).collect();
                let sql = format!("INSERT INTO {table} (id, {}) VALUES (?1, {})", columns.join(", "), marks.join(", "));
                let mut values: Vec<Value> = vec![Value::Text(row)];
                values.extend(fields.into_iter().map(|(_, v)| v));
                w.conn().execute(&sql, rusqlite::params_from_iter(values))?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
    (empty.tables(), empty.search())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(REPLICA_CASES))]

    #[test]
    fn replicas_with_skewed_clocks_on_a_faulty_network_end_with_the_fold_of_all_changes(
        skews in prop::collection::vec(prop::sample::select(vec![0u64, 0, 5, 1_000, 30_000, 120_000]), 2..=6),
        steps in prop::collection::vec(step(), 0..14),
        finally in prop::collection::vec(delivery(), 36),
    ) {
        let replicas: Vec<Replica> = skews.iter().map(|&skew| Replica::new(skew)).collect();
        let n = replicas.len();
        let mut partition: Option<u8> = None;
        for step in &steps {
            match step {
                Step::Edit { replica, transactions } => edit(&replicas[replica.index(n)].db, transactions),
                Step::Deliver { from, to, delivery, share } => {
                    let (from, to) = (from.index(n), to.index(n));
                    let apart = partition.is_some_and(|mask| (mask >> from) & 1 != (mask >> to) & 1);
                    if from == to || apart {
                        continue;
                    }
                    for batch in delivery.batches(&sent(&replicas[from].db), Some(share)) {
                        replicas[to].db.apply_remote(&batch).unwrap();
                    }
                }
                Step::Partition(mask) => partition = Some(*mask),
                Step::Heal => partition = None,
            }
        }
        // Healed: every replica sends everything it has to every other, in any order, with
        // repeats, until nothing is missing (one round suffices: each sends its own changes).
        for from in 0..n {
            let log = sent(&replicas[from].db);
            for to in (0..n).filter(|&to| to != from) {
                for batch in finally[from * 6 + to].batches(&log, None) {
                    replicas[to].db.apply_remote(&batch).unwrap();
                }
            }
        }

        let (expected, search) = reference_fold(&replicas);
        for (i, r) in replicas.iter().enumerate() {
            prop_assert_eq!(&r.tables(), &expected, "replica {} of {}", i, n);
        }
        // Received contacts are indexed for search as if written here (see `remote_changes`).
        prop_assert_eq!(replicas[0].search(), search);
        // Idempotent: everything again changes nothing.
        let everything = sent(&replicas[0].db);
        let again = replicas[n - 1].db.apply_remote(&everything).unwrap();
        prop_assert_eq!((again.applied, again.skipped_older, again.skipped_purged), (0, 0, 0));
    }
}

/// Two thousand runs per CI pass (about 80 s under nextest on two cores), bounded by count: each
/// opens 3–7 databases.
const REPLICA_CASES: u32 = 2_000;
