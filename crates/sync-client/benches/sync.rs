//! The sync figures issue 7 asks for, each next to a baseline measured in the same run:
//! - applying 100,000 received changes on a device (in the pages a pass pulls) versus a bare
//!   bulk insert of the same 100,000 rows into a plain SQLite table, and the floor under any
//!   change log: the contacts they make copied straight into a device's table and indexed;
//! - server ingest over HTTP on loopback, SQLite and PostgreSQL, one client and 50 at once, versus
//!   the same pushes handed straight to the same kind of store (no HTTP, JSON or token check);
//! - a new device's first pass (snapshot and tail) against a 100,000-contact workspace versus a
//!   bare bulk insert of the same contact rows;
//! - edit-to-visible latency between two devices on loopback versus an empty sync pass.
//!
//! `cargo bench -p tandem-sync-client --bench sync [apply|ingest|bootstrap|latency]` (release).
//! The server runs in this process on a loopback port; PostgreSQL is a throwaway cluster
//! (PostgreSQL 15, as the server's tests use). `TANDEM_BENCH_RUNS` sets the runs per figure.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tandem_server::postgres_store::PgStore;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::store::Store;
use tandem_server::{router, Limits, ServerState};
use tandem_store::search_index;
use tandem_store::tables::CONTACTS;
use tandem_store::{Db, RemoteChange, Value, WriteSource};
use tandem_sync_client::pass::PULL_PAGE;
use tandem_sync_client::wire::to_wire;
use tandem_sync_client::{account, pokes, sync_pass, Account, ServerClient};
use tandem_sync_protocol::{Change, CreateWorkspace, DeviceIntro, Session, SignIn};

#[path = "../../server/tests/server/postgres_cluster.rs"]
mod postgres_cluster;

const PASSWORD: &str = "correct horse battery";
const EMAIL: &str = "bench@acme.test";

fn runs() -> usize {
    std::env::var("TANDEM_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3)
}

fn now_ms() -> u64 {
    chrono::Utc::now().timestamp_millis() as u64
}

fn stamp(wall_ms: u64, counter: u32) -> String {
    format!("{wall_ms:015}-{counter:06}")
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `contacts` new contacts made on `device`, each in its own transaction, `fields` fields each.
fn contact_changes(device: &str, prefix: &str, contacts: usize, fields: &[&str]) -> Vec<RemoteChange> {
    // Stamped in the recent past, so that no receiver finds them ahead of its clock.
    let start = now_ms() - 86_400_000;
    let mut out = Vec::with_capacity(contacts * fields.len());
    for i in 0..contacts {
        let hlc = stamp(start + i as u64 / 10, (i % 10) as u32);
        for column in fields {
            out.push(RemoteChange {
                hlc: hlc.clone(),
                device: device.to_owned(),
                table: "contacts".into(),
                row_id: format!("{prefix}{i:07}"),
                column: (*column).to_owned(),
                value: Value::Text(format!("{column} {i}")),
            });
        }
    }
    out
}

/// The baseline for writes: one prepared INSERT per row in one transaction, into a plain table
/// (no index) in a new file, with the device database's journal settings.
fn bare_insert(dir: &Path, rows: &[Vec<String>]) -> Duration {
    insert_rows(dir, rows, "", "", rows.len())
}

/// Inserts `rows` into a new table `bare` (columns c0, c1, …, after `key`) in a new file,
/// `per_transaction` rows per transaction, after running `indexes`.
fn insert_rows(dir: &Path, rows: &[Vec<String>], key: &str, indexes: &str, per_transaction: usize) -> Duration {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let path = dir.join(format!("bare-{}.db", NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;").unwrap();
    let width = rows[0].len();
    let columns: Vec<String> = (0..width).map(|i| format!("c{i}")).collect();
    conn.execute_batch(&format!("CREATE TABLE bare ({key}{}); {indexes}", columns.join(", "))).unwrap();
    let placeholders: Vec<String> = (1..=width).map(|i| format!("?{i}")).collect();
    let started = Instant::now();
    for part in rows.chunks(per_transaction) {
        let tx = conn.transaction().unwrap();
        {
            let sql = format!("INSERT INTO bare ({}) VALUES ({})", columns.join(", "), placeholders.join(", "));
            let mut insert = tx.prepare_cached(&sql).unwrap();
            for row in part {
                insert.execute(rusqlite::params_from_iter(row.iter())).unwrap();
            }
        }
        tx.commit().unwrap();
    }
    let took = started.elapsed();
    drop(conn);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    took
}

/// A change's value as the bare tables hold it: the bench's values are all text.
fn value_text(value: &Value) -> String {
    match value {
        Value::Text(t) => t.clone(),
        other => format!("{other:?}"),
    }
}

fn change_rows(changes: &[RemoteChange]) -> Vec<Vec<String>> {
    changes
        .iter()
        .map(|c| vec![c.hlc.clone(), c.device.clone(), c.table.clone(), c.row_id.clone(), c.column.clone(), value_text(&c.value)])
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Applying received changes

const APPLY_FIELDS: [&str; 10] =
    ["first_name", "last_name", "email", "phone", "title", "country", "notes", "lifecycle_stage", "lead_status", "lead_source"];

fn apply() {
    println!("== applying 100,000 received changes (10,000 contacts x 10 fields, pages of {PULL_PAGE}) vs a bare insert of 100,000 rows");
    let changes = contact_changes("remote-device", "c", 10_000, &APPLY_FIELDS);
    let rows = change_rows(&changes);
    let dir = tempfile::tempdir().unwrap();
    // A second reference, for what is left: the change log alone, that is the same rows into a
    // table with the change log's integer key and its one index (by field), committed in the
    // same pages.
    let log_key = "seq INTEGER PRIMARY KEY AUTOINCREMENT, ";
    let log_indexes = "CREATE INDEX bare_by_field ON bare (c2, c3, c4, seq);";
    // A third, for the redesign left undone: a log of one row per record written (its fields in
    // one JSON value), same key, indexed by record, same pages.
    let records = record_rows(&changes);
    let record_indexes = "CREATE INDEX bare_by_record ON bare (c2, c3, seq);";
    let (mut tandem, mut bare, mut log, mut floor, mut record_log) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs() {
        let path = dir.path().join(format!("device-{run}.db"));
        let db = Db::open(&path).unwrap();
        let started = Instant::now();
        for page in changes.chunks(PULL_PAGE) {
            let got = db.receive(page).unwrap();
            assert_eq!(got.applied.applied, page.len());
        }
        tandem.push(started.elapsed());
        drop(db);
        bare.push(bare_insert(dir.path(), &rows));
        log.push(insert_rows(dir.path(), &rows, log_key, log_indexes, PULL_PAGE));
        floor.push(apply_floor(dir.path(), &path, PULL_PAGE / APPLY_FIELDS.len()));
        record_log.push(insert_rows(dir.path(), &records, log_key, record_indexes, PULL_PAGE / APPLY_FIELDS.len()));
    }
    let (t, b, l, f, r) = (median(tandem), median(bare), median(log), median(floor), median(record_log));
    println!(
        "Db::receive: median {:.0} ms ({:.0} changes/s); bare insert: median {:.0} ms; ratio {:.1}x (goal <= 2 s and <= 3x)",
        ms(t),
        changes.len() as f64 / t.as_secs_f64(),
        ms(b),
        t.as_secs_f64() / b.as_secs_f64()
    );
    println!(
        "the change log alone (indexed, pages of {PULL_PAGE}): median {:.0} ms = {:.1}x the bare insert; Db::receive is {:.1}x that",
        ms(l),
        l.as_secs_f64() / b.as_secs_f64(),
        t.as_secs_f64() / l.as_secs_f64()
    );
    println!(
        "the floor (the contacts it made copied into a new device's table and indexed for search, same pages, no change log): median {:.0} ms = {:.1}x the bare insert; Db::receive is {:.1}x that",
        ms(f),
        f.as_secs_f64() / b.as_secs_f64(),
        t.as_secs_f64() / f.as_secs_f64()
    );
    println!(
        "a change log of one row per record instead (indexed, same pages): median {:.0} ms = {:.1}x the bare insert",
        ms(r),
        r.as_secs_f64() / b.as_secs_f64()
    );
}

/// The changes as a log of one row per record would hold them: hlc, device, table, row and the
/// record's fields as one JSON object. `changes` lists each record's fields together.
fn record_rows(changes: &[RemoteChange]) -> Vec<Vec<String>> {
    changes
        .chunk_by(|a, b| a.row_id == b.row_id && a.hlc == b.hlc)
        .map(|fields| {
            let first = &fields[0];
            let values: serde_json::Map<String, serde_json::Value> =
                fields.iter().map(|c| (c.column.clone(), serde_json::Value::String(value_text(&c.value)))).collect();
            vec![
                first.hlc.clone(),
                first.device.clone(),
                first.table.clone(),
                first.row_id.clone(),
                serde_json::Value::Object(values).to_string(),
            ]
        })
        .collect()
}

/// What no change log could beat: the contacts `received` holds, copied `per_page` at a time (one
/// transaction each, as the pages were applied) into a new device database's `contacts` table, with
/// its indexes, and indexed for search as a page of received contacts is.
fn apply_floor(dir: &Path, received: &Path, per_page: usize) -> Duration {
    let path = dir.join("floor.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    drop(Db::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA cache_size = -65536; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;")
        .unwrap();
    conn.execute("ATTACH ?1 AS src", [received.to_str().unwrap()]).unwrap();
    conn.execute_batch("CREATE TEMP TABLE copy AS SELECT * FROM src.contacts ORDER BY rowid").unwrap();
    let count: i64 = conn.query_row("SELECT count(*) FROM temp.copy", [], |r| r.get(0)).unwrap();
    let started = Instant::now();
    for first in (0..count as usize).step_by(per_page) {
        let last = first + per_page;
        let ids: Vec<String> = conn
            .prepare_cached("SELECT id FROM temp.copy WHERE rowid > ?1 AND rowid <= ?2")
            .unwrap()
            .query_map([first as i64, last as i64], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        search_index::defer_contacts(&conn).unwrap();
        conn.execute(&format!("INSERT INTO main.contacts SELECT * FROM temp.copy WHERE rowid > {first} AND rowid <= {last}"), []).unwrap();
        search_index::index_deferred_contacts(&conn, &ids).unwrap();
        conn.execute_batch("COMMIT").unwrap();
    }
    let took = started.elapsed();
    let copied: i64 = conn.query_row("SELECT count(*) FROM main.contacts", [], |r| r.get(0)).unwrap();
    assert_eq!(copied, count);
    took
}

// ---------------------------------------------------------------------------------------------
// The server, in this process, on a loopback port

struct Server {
    url: String,
    store: Arc<dyn Store>,
}

async fn serve(store: Arc<dyn Store>) -> Server {
    let limits = Limits { attempts_per_email: 10_000, ..Limits::default() };
    let state = {
        let store = store.clone();
        tokio::task::spawn_blocking(move || ServerState::new(store, limits)).await.unwrap().unwrap()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
    Server { url, store }
}

async fn create_team(url: &str, device: &str) -> Session {
    let input = CreateWorkspace {
        workspace_name: "Acme".into(),
        email: EMAIL.into(),
        display_name: "Bench".into(),
        password: PASSWORD.into(),
        device: DeviceIntro { id: device.into(), name: device.into() },
    };
    ServerClient::new(url).unwrap().create_workspace(&input).await.unwrap()
}

async fn sign_in(url: &str, device: &str) -> Session {
    let input = SignIn { email: EMAIL.into(), password: PASSWORD.into(), device: DeviceIntro { id: device.into(), name: device.into() } };
    ServerClient::new(url).unwrap().sign_in(&input).await.unwrap()
}

/// A device database signed in to the team at `url`, as the app leaves it after sign-in.
async fn signed_in_device(url: &str, path: &Path, create: bool) -> (Arc<Db>, ServerClient) {
    let db = Arc::new(Db::open(path).unwrap());
    let session = if create { create_team(url, db.device_id()).await } else { sign_in(url, db.device_id()).await };
    account::save(&db, &Account::of_session(url, &session, "bench")).unwrap();
    let client = ServerClient::new(url).unwrap().signed_in(session.token);
    (db, client)
}

// ---------------------------------------------------------------------------------------------
// 2. Server ingest

const PUSH: usize = 1_000;

fn pushes_of(device: &str, count: usize) -> Vec<Vec<Change>> {
    let changes = contact_changes(device, &format!("{device}-"), count * PUSH / 5, &APPLY_FIELDS[..5]);
    changes.chunks(PUSH).map(|page| page.iter().cloned().map(|c| to_wire(c, None)).collect()).collect()
}

/// `clients` devices each making `pushes` pushes of 1,000 changes at once; returns changes/s over
/// HTTP and changes/s handed straight to a fresh store of the same kind.
async fn ingest_once(through_http: Arc<dyn Store>, direct: Arc<dyn Store>, clients: usize, pushes: usize) -> (f64, f64) {
    let total = (clients * pushes * PUSH) as f64;
    // Through HTTP.
    let server = serve(through_http).await;
    let mut devices = Vec::new();
    for k in 0..clients {
        let id = format!("dev{k:02}");
        let session = if k == 0 { create_team(&server.url, &id).await } else { sign_in(&server.url, &id).await };
        devices.push((ServerClient::new(&server.url).unwrap().signed_in(session.token), pushes_of(&id, pushes)));
    }
    let started = Instant::now();
    let tasks: Vec<_> = devices
        .into_iter()
        .map(|(client, pages)| {
            tokio::spawn(async move {
                for page in pages {
                    let out = client.push(page).await.unwrap();
                    assert_eq!(out.accepted, PUSH);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let http = total / started.elapsed().as_secs_f64();

    // Straight into a fresh store: the same pushes, from as many threads.
    let server = serve(direct).await;
    let workspace = create_team(&server.url, "dev00").await.workspace_id;
    let store = server.store.clone();
    let direct = tokio::task::spawn_blocking(move || {
        let work: Vec<_> = (0..clients).map(|k| pushes_of(&format!("dev{k:02}"), pushes)).collect();
        let started = Instant::now();
        std::thread::scope(|s| {
            for pages in &work {
                let (store, workspace) = (&store, &workspace);
                s.spawn(move || {
                    for page in pages {
                        assert_eq!(store.push(workspace, page).unwrap().accepted, PUSH);
                    }
                });
            }
        });
        total / started.elapsed().as_secs_f64()
    })
    .await
    .unwrap();
    (http, direct)
}

/// Opens a fresh, empty store.
type OpenStore<'a> = dyn Fn() -> Arc<dyn Store> + Sync + 'a;

fn ingest(runtime: &tokio::runtime::Runtime) {
    let dir = tempfile::tempdir().unwrap();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let sqlite = || -> Arc<dyn Store> {
        let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Arc::new(SqliteStore::open(&dir.path().join(format!("server-{n}"))).unwrap())
    };
    let postgres = || -> Arc<dyn Store> { Arc::new(PgStore::open(&postgres_cluster::cluster().fresh_database()).unwrap()) };
    let backends: [(&str, &OpenStore<'_>); 2] = [("SQLite", &sqlite), ("PostgreSQL", &postgres)];
    for (name, open) in backends {
        for (clients, pushes) in [(1, 50), (50, 2)] {
            println!("== server ingest, {name}: {clients} client(s) x {pushes} pushes of 1,000 changes over HTTP on loopback vs the same pushes straight into the store");
            let mut samples = Vec::new();
            for _ in 0..runs() {
                // Opened off the runtime: the PostgreSQL client blocks on a runtime of its own.
                let (through_http, direct) = (open(), open());
                samples.push(runtime.block_on(ingest_once(through_http, direct, clients, pushes)));
            }
            samples.sort_by(|a, b| a.0.total_cmp(&b.0));
            let (http, direct) = samples[samples.len() / 2];
            println!(
                "{name}, {clients} client(s): HTTP {http:.0} changes/s; straight into the store {direct:.0} changes/s; HTTP/direct {:.2} (goal >= 20,000 changes/s)",
                http / direct
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. A new device's first pass

const BOOTSTRAP_FIELDS: [&str; 7] = ["first_name", "last_name", "email", "phone", "title", "created_at", "updated_at"];

fn bootstrap(runtime: &tokio::runtime::Runtime) {
    let contacts: usize = std::env::var("TANDEM_BENCH_CONTACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    println!(
        "== a new device's first pass against a {contacts}-contact workspace ({} fields each) vs a bare insert of the contact rows",
        BOOTSTRAP_FIELDS.len()
    );
    let dir = tempfile::tempdir().unwrap();
    runtime.block_on(async {
        let server = serve(Arc::new(SqliteStore::open(&dir.path().join("server")).unwrap())).await;
        let seeder = create_team(&server.url, "seeder").await;
        let seeded = Instant::now();
        let changes: Vec<Change> =
            contact_changes("seeder", "c", contacts, &BOOTSTRAP_FIELDS).into_iter().map(|c| to_wire(c, None)).collect();
        let total = changes.len();
        let (store, workspace) = (server.store.clone(), seeder.workspace_id.clone());
        tokio::task::spawn_blocking(move || {
            for page in changes.chunks(5_000) {
                store.push(&workspace, page).unwrap();
            }
        })
        .await
        .unwrap();
        // Nothing is pushed during the pass: its tail (the pull after the snapshot) is one empty page.
        println!("seeded {total} changes in {:.1} s (not timed)", seeded.elapsed().as_secs_f64());

        let row = |i: usize| std::iter::once(format!("c{i:07}")).chain(BOOTSTRAP_FIELDS.iter().map(|c| format!("{c} {i}"))).collect();
        let rows: Vec<Vec<String>> = (0..contacts).map(row).collect();
        let (mut passes, mut bare) = (Vec::new(), Vec::new());
        for run in 0..runs() {
            let (db, client) = signed_in_device(&server.url, &dir.path().join(format!("device-{run}.db")), false).await;
            let started = Instant::now();
            let report = sync_pass(&db, &client, &|_| {}).await.unwrap();
            passes.push(started.elapsed());
            assert_eq!(report.received, total);
            let count: i64 = db.read(|c| Ok(c.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?)).unwrap();
            assert_eq!(count as usize, contacts);
            bare.push(tokio::task::block_in_place(|| bare_insert(dir.path(), &rows)));
        }
        // Where the time goes: the same snapshot pages read over HTTP and thrown away.
        let (_, client) = signed_in_device(&server.url, &dir.path().join("reader.db"), false).await;
        let started = Instant::now();
        let mut page = client.snapshot(None, None, PULL_PAGE).await.unwrap();
        while let Some(next) = page.next.take() {
            page = client.snapshot(Some(page.as_of), Some(&next), PULL_PAGE).await.unwrap();
        }
        let reading = started.elapsed();
        let (p, b) = (median(passes), median(bare));
        println!(
            "first sync_pass: median {:.1} s ({:.0} fields/s); bare insert of {contacts} rows: median {:.0} ms; ratio {:.0}x (goal <= 10 s)",
            p.as_secs_f64(),
            total as f64 / p.as_secs_f64(),
            ms(b),
            p.as_secs_f64() / b.as_secs_f64()
        );
        println!("of which the server: reading the snapshot's pages alone takes {:.1} s", reading.as_secs_f64());
    });
}

// ---------------------------------------------------------------------------------------------
// 4. Edit to visible

fn latency(runtime: &tokio::runtime::Runtime) {
    const EDITS: usize = 50;
    println!("== edit-to-visible latency on loopback ({EDITS} edits): A writes, A's pass pushes, the server pokes B, B pulls and applies; vs an empty pass");
    let dir = tempfile::tempdir().unwrap();
    runtime.block_on(async {
        let server = serve(Arc::new(SqliteStore::open(&dir.path().join("server")).unwrap())).await;
        let (a, a_client) = signed_in_device(&server.url, &dir.path().join("a.db"), true).await;
        a.write(WriteSource::User, |w| w.create(&CONTACTS, "c1", &[("first_name", Value::Text("Ada".into()))])).unwrap();
        sync_pass(&a, &a_client, &|_| {}).await.unwrap();
        let (b, b_client) = signed_in_device(&server.url, &dir.path().join("b.db"), false).await;
        sync_pass(&b, &b_client, &|_| {}).await.unwrap();

        // B as the app runs it: a pass whenever the server pokes.
        let (head_tx, mut head_rx) = tokio::sync::watch::channel(0i64);
        let (pass_tx, mut pass_rx) = tokio::sync::watch::channel(0usize);
        let listener = {
            let client = b_client.clone();
            tokio::spawn(async move {
                loop {
                    let _ = pokes::listen(&client, |head| {
                        let _ = head_tx.send(head);
                    })
                    .await;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            })
        };
        let syncer = {
            let (b, client) = (b.clone(), b_client.clone());
            tokio::spawn(async move {
                while head_rx.changed().await.is_ok() {
                    sync_pass(&b, &client, &|_| {}).await.unwrap();
                    pass_tx.send_modify(|n| *n += 1);
                }
            })
        };
        let title =
            |db: &Db| -> Value { db.read(|c| Ok(c.query_row("SELECT title FROM contacts WHERE id = 'c1'", [], |r| r.get(0))?)).unwrap() };
        tokio::time::sleep(Duration::from_millis(300)).await;

        let mut samples = Vec::new();
        for i in 0..EDITS {
            let expected = Value::Text(format!("edit {i}"));
            let started = Instant::now();
            let value = expected.clone();
            a.write(WriteSource::User, |w| w.set(&CONTACTS, "c1", &[("title", value)])).unwrap();
            sync_pass(&a, &a_client, &|_| {}).await.unwrap();
            while title(&b) != expected {
                tokio::time::timeout(Duration::from_secs(10), pass_rx.changed()).await.expect("B saw the edit within 10 s").unwrap();
            }
            samples.push(started.elapsed());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        listener.abort();
        syncer.abort();

        // The baseline: a pass with nothing to send or receive (two requests and the cursors).
        let mut empty = Vec::new();
        for _ in 0..EDITS {
            let started = Instant::now();
            sync_pass(&a, &a_client, &|_| {}).await.unwrap();
            empty.push(started.elapsed());
        }
        let (p50, p95) = (percentile(&samples, 0.5), percentile(&samples, 0.95));
        let (e50, e95) = (percentile(&empty, 0.5), percentile(&empty, 0.95));
        println!(
            "edit to visible: p50 {:.1} ms, p95 {:.1} ms; empty pass: p50 {:.1} ms, p95 {:.1} ms; p50 ratio {:.1}x (goal <= 1 s)",
            ms(p50),
            ms(p95),
            ms(e50),
            ms(e95),
            p50.as_secs_f64() / e50.as_secs_f64()
        );
    });
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    if wants("apply") {
        apply();
    }
    if wants("ingest") {
        ingest(&runtime);
    }
    if wants("bootstrap") {
        bootstrap(&runtime);
    }
    if wants("latency") {
        latency(&runtime);
    }
}
