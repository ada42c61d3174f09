//! Devices syncing through a real server on loopback: they converge field by field, a
//! same-field conflict keeps the loser in history, a clock that ran ahead is re-stamped.

use std::sync::Arc;

use tandem_server::sqlite_store::SqliteStore;
use tandem_server::{serve_on_loopback, Limits, ServerState};
use tandem_store::tables::CONTACTS;
use tandem_store::{Db, Value, WriteSource};
use tandem_sync_client::{sync_pass, Account, Report, ServerClient};
use tandem_sync_protocol::{CreateWorkspace, DeviceIntro, SignIn};

struct Device {
    db: Arc<Db>,
    client: ServerClient,
    _dir: tempfile::TempDir,
}

impl Device {
    async fn sync(&self) -> Report {
        sync_pass(&self.db, &self.client, &|_| {}).await.unwrap()
    }

    fn set(&self, id: &str, fields: &[(&str, Value)]) {
        self.db.write(WriteSource::User, |w| w.set(&CONTACTS, id, fields)).unwrap();
    }

    fn create(&self, id: &str, fields: &[(&str, Value)]) {
        self.db.write(WriteSource::User, |w| w.create(&CONTACTS, id, fields)).unwrap();
    }

    fn field(&self, id: &str, column: &str) -> Value {
        self.db.read(|c| Ok(c.query_row(&format!("SELECT {column} FROM contacts WHERE id = ?1"), [id], |r| r.get(0))?)).unwrap()
    }

    /// Every value this device's history holds for one field, oldest first.
    fn history(&self, id: &str, column: &str) -> Vec<Value> {
        self.db
            .read(|c| {
                let mut stmt =
                    c.prepare("SELECT value FROM changes WHERE tbl = 'contacts' AND row_id = ?1 AND col = ?2 ORDER BY hlc, device")?;
                let rows = stmt.query_map([id, column], |r| r.get(0))?;
                Ok(rows.collect::<Result<_, _>>()?)
            })
            .unwrap()
    }

    fn contacts(&self) -> Vec<Vec<Value>> {
        self.db
            .read(|c| {
                let mut stmt = c.prepare("SELECT id, first_name, last_name, title, country, deleted FROM contacts ORDER BY id")?;
                let rows = stmt.query_map([], |r| (0..6).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>())?;
                Ok(rows.collect::<Result<_, _>>()?)
            })
            .unwrap()
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

async fn server() -> (String, tempfile::TempDir) {
    server_with(Limits::default()).await
}

async fn server_with(limits: Limits) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let state = ServerState::new(Arc::new(SqliteStore::open(dir.path()).unwrap()), limits).unwrap();
    (serve_on_loopback(state).await.unwrap(), dir)
}

fn open_device() -> (Arc<Db>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (Arc::new(Db::open(&dir.path().join("tandem.db")).unwrap()), dir)
}

async fn first_device(url: &str) -> Device {
    let (db, dir) = open_device();
    let client = ServerClient::new(url).unwrap();
    let input = CreateWorkspace {
        workspace_name: "Acme".into(),
        email: "ada@acme.test".into(),
        display_name: "Ada".into(),
        password: "correct horse battery".into(),
        device: DeviceIntro { id: db.device_id().into(), name: "Ada's laptop".into() },
    };
    let session = client.create_workspace(&input).await.unwrap();
    tandem_sync_client::account::save(&db, &Account::of_session(url, &session, "Ada's laptop")).unwrap();
    Device { db, client: client.signed_in(session.token), _dir: dir }
}

async fn another_device(url: &str) -> Device {
    let (db, dir) = open_device();
    signed_in(url, db, dir).await
}

/// The device with this database, signed in to Ada's team on the server at `url`.
async fn signed_in(url: &str, db: Arc<Db>, dir: tempfile::TempDir) -> Device {
    let client = ServerClient::new(url).unwrap();
    let input = SignIn {
        email: "ada@acme.test".into(),
        password: "correct horse battery".into(),
        device: DeviceIntro { id: db.device_id().into(), name: "Ada's desktop".into() },
    };
    let session = client.sign_in(&input).await.unwrap();
    tandem_sync_client::account::save(&db, &Account::of_session(url, &session, "Ada's desktop")).unwrap();
    Device { db, client: client.signed_in(session.token), _dir: dir }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_edits_of_different_fields_on_two_devices_both_survive() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.create("c1", &[("first_name", text("Ada")), ("last_name", text("Lovelace"))]);
    assert!(a.sync().await.sent >= 2);
    // B joins and reads the workspace from a snapshot.
    let b = another_device(&url).await;
    let joined = b.sync().await;
    assert!(joined.applied >= 2, "{joined:?}");
    assert_eq!(b.field("c1", "first_name"), text("Ada"));
    // Both edit offline, different fields of the same contact.
    a.set("c1", &[("title", text("CTO"))]);
    b.set("c1", &[("country", text("GB"))]);
    a.sync().await;
    b.sync().await;
    a.sync().await;
    assert_eq!((a.field("c1", "title"), a.field("c1", "country")), (text("CTO"), text("GB")));
    assert_eq!(a.contacts(), b.contacts());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_reads_more_than_the_servers_page_in_several_pages() {
    // The server gives out 7 changes a page, far fewer than a pass asks for.
    let (url, _server) = server_with(Limits { page: 7, ..Limits::default() }).await;
    let a = first_device(&url).await;
    for i in 0..12 {
        a.create(&format!("c{i:02}"), &[("first_name", text(&format!("Ada {i}"))), ("last_name", text("Lovelace"))]);
    }
    a.sync().await;
    let b = another_device(&url).await;
    b.sync().await;
    assert_eq!(b.contacts().len(), 12, "the snapshot arrived in pages");
    for i in 0..12 {
        a.set(&format!("c{i:02}"), &[("title", text(&format!("Engineer {i}"))), ("country", text("GB"))]);
    }
    a.sync().await;
    let caught_up = b.sync().await;
    assert!(caught_up.received >= 24 && caught_up.applied >= 24, "{caught_up:?}");
    assert_eq!(a.contacts(), b.contacts());
    assert_eq!(b.field("c11", "title"), text("Engineer 11"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_larger_together_than_the_servers_request_limit_go_in_several_pushes() {
    // 8 MB in all, over a server that takes requests up to 6 MiB: pages are cut at 4 MiB.
    long_notes_reach_another_device(6 * 1024 * 1024).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_takes_smaller_requests_than_a_page_gets_smaller_pages() {
    // As behind a reverse proxy with a 1 MiB limit on requests: pages of 4 MiB are refused, then halved.
    long_notes_reach_another_device(1024 * 1024).await;
}

/// 80 contacts with notes of 100 kB, pushed to a server taking requests up to `max_body_bytes`,
/// all read by another device.
async fn long_notes_reach_another_device(max_body_bytes: usize) {
    let (url, _server) = server_with(Limits { max_body_bytes, ..Limits::default() }).await;
    let a = first_device(&url).await;
    for i in 0..80 {
        a.create(&format!("c{i:02}"), &[("first_name", text(&format!("Ada {i}"))), ("notes", text(&"minutes ".repeat(12_500)))]);
    }
    let sent = a.sync().await;
    assert!(sent.sent >= 160, "{sent:?}");
    let b = another_device(&url).await;
    b.sync().await;
    assert_eq!(a.contacts(), b.contacts());
    assert_eq!(b.field("c79", "notes"), text(&"minutes ".repeat(12_500)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_later_edit_of_one_field_wins_everywhere_and_the_other_stays_in_history() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.create("c1", &[("first_name", text("Ada"))]);
    a.sync().await;
    let b = another_device(&url).await;
    b.sync().await;
    a.set("c1", &[("title", text("CTO"))]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.set("c1", &[("title", text("Chief Technology Officer"))]);
    // The earlier edit arrives last at the server: it still loses.
    b.sync().await;
    a.sync().await;
    b.sync().await;
    assert_eq!(a.field("c1", "title"), text("Chief Technology Officer"));
    assert_eq!(b.field("c1", "title"), text("Chief Technology Officer"));
    for device in [&a, &b] {
        assert_eq!(device.history("c1", "title"), [text("CTO"), text("Chief Technology Officer")]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_that_moves_to_another_team_reads_that_teams_history_from_its_start() {
    // Its first team had more changes than the second: the second's history was never read.
    let (first_url, _first) = server().await;
    let ada = first_device(&first_url).await;
    for i in 0..20 {
        ada.create(&format!("a{i:02}"), &[("first_name", text("Ada")), ("title", text("CTO"))]);
    }
    ada.sync().await;
    let mover = another_device(&first_url).await;
    mover.sync().await;
    mover.sync().await;
    tandem_sync_client::account::forget(&mover.db).unwrap();

    let (second_url, _second) = server().await;
    let bo = first_device(&second_url).await;
    bo.create("b1", &[("first_name", text("Bo")), ("title", text("CTO"))]);
    bo.set("b1", &[("title", text("CEO"))]);
    bo.sync().await;
    let Device { db, _dir: dir, .. } = mover;
    let moved = signed_in(&second_url, db, dir).await;
    moved.sync().await;
    moved.sync().await;
    assert_eq!(moved.field("b1", "title"), text("CEO"));
    assert_eq!(moved.history("b1", "title"), [text("CTO"), text("CEO")], "the title that lost is in the history");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pass_still_running_after_a_move_to_another_team_cannot_move_the_new_teams_cursors() {
    use tandem_sync_client::account::{self, PULLED_SEQ};
    let (first_url, _first) = server().await;
    let mover = first_device(&first_url).await;
    let old = account::load(&mover.db).unwrap().unwrap().keychain_user();
    account::advance(&mover.db, &old, &[(PULLED_SEQ, "40")]).unwrap();
    account::forget(&mover.db).unwrap();

    let (second_url, _second) = server().await;
    let bo = first_device(&second_url).await;
    bo.create("b1", &[("first_name", text("Bo"))]);
    bo.sync().await;
    let Device { db, _dir: dir, .. } = mover;
    let moved = signed_in(&second_url, db, dir).await;
    // The first team's pass finishes a page only now.
    let late = account::advance(&moved.db, &old, &[(PULLED_SEQ, "40")]);
    assert!(matches!(late, Err(tandem_sync_client::SyncError::SignedOutDuringPass)), "{late:?}");
    assert_eq!(account::cursor(&moved.db, PULLED_SEQ).unwrap(), 0, "the new team is read from its start");
    moved.sync().await;
    assert_eq!(moved.field("b1", "first_name"), text("Bo"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_restored_from_an_older_backup_gets_back_what_it_lost_and_nobody_skips_what_came_after() {
    use rusqlite::MAIN_DB;
    let dir = tempfile::tempdir().unwrap();
    let state = ServerState::new(Arc::new(SqliteStore::open(dir.path()).unwrap()), Limits::default()).unwrap();
    let url = serve_on_loopback(state).await.unwrap();
    let server_db = || rusqlite::Connection::open(dir.path().join("server.db")).unwrap();
    let a = first_device(&url).await;
    let b = another_device(&url).await;
    a.create("c1", &[("first_name", text("Ada"))]);
    a.sync().await;
    b.sync().await;
    // Last night's backup.
    let backup = dir.path().join("backup.db");
    server_db().backup(MAIN_DB, &backup, None::<fn(rusqlite::backup::Progress)>).unwrap();
    // A busy morning: more changes than anyone makes after the restore, so counting alone
    // would not tell that the server went back.
    a.set("c1", &[("title", text("CTO"))]);
    a.create("c2", &[("first_name", text("Bo")), ("last_name", text("Ek"))]);
    a.sync().await;
    b.sync().await;
    assert_eq!(b.field("c2", "first_name"), text("Bo"));

    // The server's disk fails; it comes back from the backup.
    server_db().restore(MAIN_DB, &backup, None::<fn(rusqlite::backup::Progress)>).unwrap();
    b.create("c3", &[("first_name", text("Cy")), ("last_name", text("Lund")), ("title", text("CFO")), ("country", text("SE"))]);
    let b_pass = b.sync().await;
    assert!(b_pass.server_went_back, "b notices when it pushes");
    // A had nothing to send; the server's head passed a's cursor again, with other changes.
    let head: i64 = server_db().query_row("SELECT head FROM workspaces", [], |r| r.get(0)).unwrap();
    let a_read = tandem_sync_client::account::cursor(&a.db, tandem_sync_client::account::PULLED_SEQ).unwrap();
    assert!(head >= a_read, "head {head}, a read to {a_read}: the head alone cannot tell");
    let a_pass = a.sync().await;
    assert!(a_pass.server_went_back, "a notices by the stamp where it stopped reading");
    assert_eq!(a.field("c3", "title"), text("CFO"), "a does not skip what b made after the restore");
    b.sync().await;
    assert_eq!(b.field("c1", "title"), text("CTO"), "what a lost reached the server again");
    assert_eq!(a.contacts(), b.contacts());
    let quiet = a.sync().await;
    assert!(!quiet.server_went_back && quiet.sent == 0 && quiet.applied == 0, "{quiet:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_that_joins_later_reads_the_history_from_before_it_joined() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.create("c1", &[("first_name", text("Ada")), ("title", text("Engineer"))]);
    a.sync().await;
    a.set("c1", &[("title", text("CTO"))]);
    a.sync().await;
    // B joins: the snapshot gives it each field's winner; its first pass ends there.
    let b = another_device(&url).await;
    let first = b.sync().await;
    assert!(first.history_behind, "{first:?}");
    assert_eq!(b.history("c1", "title"), [text("CTO")]);
    // The next pass reads what came before: the title that lost is in B's history too, and
    // nothing on B changes.
    let second = b.sync().await;
    assert!(second.history >= 3 && !second.history_behind && second.applied == 0, "{second:?}");
    assert_eq!(b.history("c1", "title"), [text("Engineer"), text("CTO")]);
    assert_eq!(b.history("c1", "title"), a.history("c1", "title"));
    assert_eq!(a.contacts(), b.contacts());
    // Read once: later passes read no more history.
    assert_eq!(b.sync().await.history, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delete_and_an_edit_made_concurrently_leave_the_record_deleted_with_the_edit_kept() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.create("c1", &[("first_name", text("Ada"))]);
    a.sync().await;
    let b = another_device(&url).await;
    b.sync().await;
    a.db.write(WriteSource::User, |w| w.soft_delete(&CONTACTS, "c1")).unwrap();
    b.set("c1", &[("title", text("CTO"))]);
    a.sync().await;
    b.sync().await;
    a.sync().await;
    assert_eq!(a.contacts(), b.contacts());
    assert_eq!(a.field("c1", "deleted"), Value::Integer(1));
    assert_eq!(a.field("c1", "title"), text("CTO"), "the edit is not lost: restoring shows it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retried_pass_sends_and_applies_nothing_twice() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.create("c1", &[("first_name", text("Ada"))]);
    let first = a.sync().await;
    let again = a.sync().await;
    assert!(first.sent > 0);
    assert_eq!((again.sent, again.applied), (0, 0));
    // Forgetting what the server acknowledged only re-sends: the server ignores the duplicates.
    tandem_sync_client::account::set_state(&a.db, tandem_sync_client::account::ACKED_SEQ, "0").unwrap();
    tandem_sync_client::account::set_state(&a.db, tandem_sync_client::account::PULLED_SEQ, "0").unwrap();
    let replay = a.sync().await;
    assert_eq!((replay.sent, replay.applied), (first.sent, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_made_with_a_clock_far_ahead_are_restamped_and_accepted() {
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    a.sync().await;
    let ahead = tandem_domain_hlc_ahead();
    let conn = rusqlite_open(&a.db);
    conn.execute("UPDATE device SET hlc = ?1", [ahead]).unwrap();
    a.create("c1", &[("first_name", text("Ada"))]);
    let report = a.sync().await;
    assert!(report.restamped >= 1 && report.sent >= 1, "{report:?}");
    let b = another_device(&url).await;
    b.sync().await;
    assert_eq!(b.field("c1", "first_name"), text("Ada"));
}

fn tandem_domain_hlc_ahead() -> String {
    let wall = chrono::Utc::now().timestamp_millis() + 86_400_000;
    format!("{wall:015}-000000")
}

fn rusqlite_open(db: &Db) -> rusqlite::Connection {
    rusqlite::Connection::open(db.path()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_library_file_uploads_in_chunks_and_a_cut_off_download_resumes_where_it_stopped() {
    use tandem_sync_client::files::{download_file, upload_file};
    let (url, _server) = server().await;
    let a = first_device(&url).await;
    let b = another_device(&url).await;
    let bytes: Vec<u8> = (0..10_000u32).flat_map(|i| i.to_le_bytes()).collect();
    let hash = blake3_hex(&bytes);
    let source = a._dir.path().join("deck.pdf");
    std::fs::write(&source, &bytes).unwrap();
    assert_eq!(b.client.file_status(&hash).await.unwrap(), None);

    // A's first upload is cut off after one chunk; the next one resumes from what the server has.
    let first = a.client.upload_chunk(&hash, bytes.len() as u64, 0, bytes[..7_000].to_vec()).await.unwrap();
    assert_eq!((first.received, first.complete), (7_000, false));
    let done = upload_file(&a.client, &hash, &source, 4_096).await.unwrap();
    assert_eq!((done.size, done.received, done.complete), (40_000, 40_000, true));

    // B had 1,000 bytes of it when its connection dropped: it fetches only the rest.
    let partial = b._dir.path().join("deck.partial");
    std::fs::write(&partial, &bytes[..1_000]).unwrap();
    assert_eq!(download_file(&b.client, &hash, &partial).await.unwrap(), 40_000);
    assert_eq!(std::fs::read(&partial).unwrap(), bytes);
    // Asked again with the whole file there, it has nothing more to fetch.
    assert_eq!(download_file(&b.client, &hash, &partial).await.unwrap(), 40_000);
}

/// BLAKE3, as the device's blob store names files.
fn blake3_hex(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

#[test]
fn the_team_of_an_account_saved_by_an_older_version_is_noted_at_sign_out() {
    use tandem_sync_client::account;
    let (db, _dir) = open_device();
    let old = Account {
        server_url: "https://sync.acme.test".into(),
        workspace_id: "team-1".into(),
        workspace_name: "Acme".into(),
        user_id: "u1".into(),
        email: "ana@acme.test".into(),
        display_name: "Ana".into(),
        role: tandem_sync_protocol::Role::Admin,
        device_id: db.device_id().into(),
        device_name: "Ana's laptop".into(),
    };
    // Saved as an older version did: the account alone.
    let text = serde_json::to_string(&old).unwrap();
    db.write(WriteSource::Background, |w| tandem_store::local_state::set(w.conn(), "sync_account", &text)).unwrap();
    assert!(account::received_elsewhere(&db, "team-1").unwrap(), "not known yet");
    account::forget(&db).unwrap();
    assert!(!account::received_elsewhere(&db, "team-1").unwrap(), "signing in to team-1 again sends nothing as its own");
    assert!(account::received_elsewhere(&db, "team-2").unwrap());
}
