//! Library files between two devices of a team, through a real server on loopback: the metadata
//! comes with sync at once, the bytes when a file is opened or with a collection kept offline.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tandem_app::dto::{CreateTeamInput, FilePlace, LocalRecords, SignInInput};
use tandem_app::{App, AppError, ErrorCode};
use tandem_domain::content_use::CollectionInput;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::{router, Limits, ServerState};
use tokio::task::JoinHandle;

use tandem_domain::member::{MemberInput, Role};

use crate::support::{me, syncing_device, TestWorkspace};

const PASSWORD: &str = "correct horse battery";

struct Server {
    url: String,
    task: JoinHandle<()>,
    _dir: tempfile::TempDir,
}

async fn server() -> Server {
    server_with(Limits::default()).await
}

async fn server_with(limits: Limits) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let app = router(ServerState::new(Arc::new(SqliteStore::open(dir.path()).unwrap()), limits).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Server { url, task, _dir: dir }
}

async fn first_device(url: &str) -> TestWorkspace {
    let a = syncing_device();
    let team = CreateTeamInput {
        server_url: url.into(),
        workspace_name: "Acme".into(),
        email: "ana@acme.test".into(),
        display_name: "Ana".into(),
        password: PASSWORD.into(),
        device_name: "Ana's laptop".into(),
    };
    a.app.sync_create_team(team).await.unwrap();
    a
}

async fn second_device(url: &str) -> TestWorkspace {
    let b = syncing_device();
    let input = SignInInput {
        server_url: url.into(),
        email: "ana@acme.test".into(),
        password: PASSWORD.into(),
        device_name: "Ana's desktop".into(),
        local_records: LocalRecords::Merge,
    };
    b.app.sync_sign_in(input).await.unwrap();
    b
}

/// Waits (up to 20 s) until `check` gives Some.
async fn eventually<T, F: Future<Output = Option<T>>>(what: &str, mut check: impl FnMut() -> F) -> T {
    for _ in 0..200 {
        if let Some(found) = check().await {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what} did not happen within 20 s");
}

/// Runs a blocking call of the app off the async workers, as the desktop shell does.
async fn off<T: Send + 'static>(app: &App, call: impl FnOnce(&App) -> Result<T, AppError> + Send + 'static) -> Result<T, AppError> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || call(&app)).await.unwrap()
}

fn place(app: &App, hash: &str) -> FilePlace {
    app.library_file_availability(vec![hash.to_owned()]).unwrap()[0].place
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_file_added_on_one_device_arrives_as_metadata_on_the_other_and_downloads_when_opened() {
    let server = server().await;
    let a = first_device(&server.url).await;
    let item = a.app.add_content_bytes("pricing.md", b"# Pricing\nSeats at 40 EUR").unwrap();
    let file = item.file.clone().unwrap();
    assert_eq!(place(&a.app, &file.blob_hash), FilePlace::OnDevice);
    a.app.sync_now().unwrap();

    let b = second_device(&server.url).await;
    let arrived = eventually("the item's metadata reaching B", || {
        let (app, id) = (b.app.clone(), item.id.clone());
        async move { app.get_content(&id).ok() }
    })
    .await;
    assert_eq!(arrived.item.file.as_ref().map(|f| f.blob_hash.as_str()), Some(file.blob_hash.as_str()));
    assert_eq!(place(&b.app, &file.blob_hash), FilePlace::OnServer, "B holds the metadata only");

    // Opening it on B fetches it from the server (once A's background upload got there).
    let bytes = eventually("the file to open on B", || {
        let (app, version) = (b.app.clone(), file.version_id.clone());
        async move {
            match off(&app, move |a| a.content_bytes(&version)).await {
                Ok(found) => Some(found.bytes),
                Err(err) => {
                    assert_eq!(err.code, ErrorCode::NotFound, "until A uploads it, it is not on the server: {}", err.message);
                    None
                }
            }
        }
    })
    .await;
    assert_eq!(bytes, b"# Pricing\nSeats at 40 EUR");
    assert_eq!(place(&b.app, &file.blob_hash), FilePlace::OnDevice);
    let copy = off(&b.app, move |a| a.content_file_copy(&file.version_id)).await.unwrap();
    assert_eq!(std::fs::read(copy).unwrap(), b"# Pricing\nSeats at 40 EUR");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_file_the_server_refuses_does_not_keep_the_others_from_going_up() {
    // A server set to take files up to 1 kB; files go up in the order of their hashes.
    let server = server_with(Limits { max_file_bytes: 1024, ..Limits::default() }).await;
    let a = first_device(&server.url).await;
    let large = a.app.add_content_bytes("deck.md", "# Deck\n".repeat(400).as_bytes()).unwrap().file.unwrap();
    let mut small = Vec::new();
    for i in 0..20 {
        let file = a.app.add_content_bytes(&format!("note-{i}.md"), format!("# Note {i}").as_bytes()).unwrap().file.unwrap();
        small.push(file);
        if small.iter().filter(|f| f.blob_hash > large.blob_hash).count() >= 2 {
            break;
        }
    }
    assert!(small.iter().any(|f| f.blob_hash > large.blob_hash), "some small file goes up after the large one");
    a.app.sync_now().unwrap();

    let b = second_device(&server.url).await;
    for file in small {
        let opened = eventually("a small file to open on B", || {
            let (app, version) = (b.app.clone(), file.version_id.clone());
            async move { off(&app, move |a| a.content_bytes(&version)).await.ok() }
        })
        .await;
        assert!(opened.bytes.starts_with(b"# Note"));
    }
    let version = large.version_id.clone();
    let err = off(&b.app, move |a| a.content_bytes(&version)).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound, "the refused file is not on the server: {}", err.message);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_collection_kept_offline_comes_down_in_the_background_and_an_offline_device_says_why_a_file_cannot_open() {
    let server = server().await;
    let a = first_device(&server.url).await;
    a.app.update_profile(MemberInput { role: Role::Marketer, ..me() }).unwrap();
    let kept = a.app.add_content_bytes("battlecard.md", b"# Beat the incumbent").unwrap();
    let other = a.app.add_content_bytes("roadmap.md", b"# Next year").unwrap();
    let collection = a
        .app
        .save_collection(None, CollectionInput { name: "Onboarding".into(), description: String::new(), item_ids: vec![kept.id.clone()] })
        .unwrap();
    a.app.sync_now().unwrap();
    let (kept, other) = (kept.file.unwrap(), other.file.unwrap());

    let b = second_device(&server.url).await;
    eventually("the collection reaching B", || {
        let app = b.app.clone();
        async move { app.list_collections().ok().filter(|c| c.len() == 1).map(|_| ()) }
    })
    .await;
    assert_eq!(b.app.offline_collections().unwrap(), Vec::<String>::new());
    assert_eq!(b.app.set_collection_offline(&collection.id, true).unwrap(), vec![collection.id.clone()]);
    assert_eq!(b.app.offline_collections().unwrap(), vec![collection.id.clone()]);
    eventually("the offline collection's file reaching B", || {
        let (app, hash) = (b.app.clone(), kept.blob_hash.clone());
        async move {
            app.sync_now().unwrap();
            (place(&app, &hash) == FilePlace::OnDevice).then_some(())
        }
    })
    .await;
    assert_eq!(place(&b.app, &other.blob_hash), FilePlace::OnServer, "a file in no offline collection stays on the server");
    let on_a = a.app.offline_collections().unwrap();
    assert!(on_a.is_empty(), "keeping a collection offline is a setting of one device: {on_a:?}");

    // The server goes away: the kept file still opens, the other one says why it cannot.
    server.task.abort();
    let _ = server.task.await;
    let version = kept.version_id.clone();
    assert_eq!(off(&b.app, move |a| a.content_bytes(&version)).await.unwrap().bytes, b"# Beat the incumbent");
    let version = other.version_id.clone();
    let err = off(&b.app, move |a| a.content_bytes(&version)).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Io);
    assert_eq!(err.message, "This file is on the team's server and this device is offline; it downloads when you're back online.");

    assert!(b.app.set_collection_offline("no-such-collection", true).is_err());
    assert_eq!(b.app.set_collection_offline(&collection.id, false).unwrap(), Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_proposal_logo_set_on_one_device_comes_down_on_the_other_without_being_asked_for() {
    let server = server().await;
    let a = first_device(&server.url).await;
    let logo = b"\x89PNG\r\n\x1a\n the team's logo".to_vec();
    let settings = off(&a.app, {
        let logo = logo.clone();
        move |app| app.set_brand_logo(Some(&logo))
    })
    .await
    .unwrap();
    assert!(settings.brand.has_logo);
    let (hash, _) = a.app.db().unwrap().read(tandem_store::quotes::logo).unwrap().expect("the logo is stored");
    a.app.sync_now().unwrap();

    // B learns of the logo with the settings row, and its background file sync fetches the
    // bytes: every device prints proposals, so none waits for the logo when it prints.
    let b = second_device(&server.url).await;
    eventually("the logo's bytes reaching B in the background", || {
        let (app, hash) = (b.app.clone(), hash.clone());
        async move {
            app.sync_now().ok();
            (place(&app, &hash) == FilePlace::OnDevice).then_some(())
        }
    })
    .await;
    assert_eq!(off(&b.app, |app| app.brand_logo()).await.unwrap(), logo);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_restored_from_an_older_backup_gets_the_files_it_lost_again() {
    let server = server().await;
    let database = server._dir.path().join("server.db");
    let a = first_device(&server.url).await;
    let b = second_device(&server.url).await;
    let backup = server._dir.path().join("backup.db");
    rusqlite::Connection::open(&database).unwrap().backup(rusqlite::MAIN_DB, &backup, None::<fn(rusqlite::backup::Progress)>).unwrap();

    // After the backup: a file goes up, and B can open it.
    let item = a.app.add_content_bytes("pricing.md", b"# Pricing\nSeats at 40 EUR").unwrap();
    let version = item.file.clone().unwrap().version_id;
    a.app.sync_now().unwrap();
    let opened = |app: &App, version: &str| {
        let (app, version) = (app.clone(), version.to_owned());
        async move { off(&app, move |a| a.content_bytes(&version)).await.ok().map(|found| found.bytes) }
    };
    eventually("the file to open on B", || opened(&b.app, &version)).await;

    // The server comes back from the backup: neither the item nor its file is there any more.
    rusqlite::Connection::open(&database).unwrap().restore(rusqlite::MAIN_DB, &backup, None::<fn(rusqlite::backup::Progress)>).unwrap();
    a.app.sync_now().unwrap();
    let c = second_device(&server.url).await;
    let bytes = eventually("the item and its file to reach a device that signed in after the restore", || opened(&c.app, &version)).await;
    assert_eq!(bytes, b"# Pricing\nSeats at 40 EUR");
}
