//! A server on a loopback port, over either store, and a client that speaks to it as a device would.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures_util::{Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use tandem_server::postgres_store::PgStore;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::store::Store;
use tandem_server::{router, Limits, ServerState};
use tandem_sync_protocol::{Change, CreateWorkspace, DeviceIntro, ErrorBody, ErrorCode, Session, PROTOCOL, PROTOCOL_HEADER};

use crate::postgres_cluster::cluster;

/// Which store the server under test keeps its data in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Writes a test once and runs it on each store: the test `name` becomes `name::sqlite` and
/// `name::postgres`, each with the test's attributes and its body run with `backend` set.
macro_rules! on_each_store {
    ($($(#[$attr:meta])* async fn $name:ident($backend:ident) $body:block)*) => {$(
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            use crate::harness::Backend;

            async fn run($backend: Backend) $body

            $(#[$attr])*
            async fn sqlite() {
                run(Backend::Sqlite).await
            }

            $(#[$attr])*
            async fn postgres() {
                run(Backend::Postgres).await
            }
        }
    )*};
}
pub(crate) use on_each_store;

/// Where a server's data is: instances started on the same place share it.
#[derive(Clone)]
enum Place {
    Directory(Arc<tempfile::TempDir>),
    Database(String),
}

pub struct TestServer {
    pub url: String,
    pub http: reqwest::Client,
    place: Place,
}

pub const PASSWORD: &str = "correct horse battery";

impl TestServer {
    pub async fn start(backend: Backend) -> TestServer {
        TestServer::with_limits(backend, Limits::default()).await
    }

    pub async fn with_limits(backend: Backend, limits: Limits) -> TestServer {
        let place = match backend {
            Backend::Sqlite => Place::Directory(Arc::new(tempfile::tempdir().unwrap())),
            Backend::Postgres => Place::Database(tokio::task::spawn_blocking(|| cluster().fresh_database()).await.unwrap()),
        };
        TestServer::serve(place, limits).await
    }

    /// Another server instance on this one's data, as another process on another machine would be.
    pub async fn another_instance(&self) -> TestServer {
        TestServer::serve(self.place.clone(), Limits::default()).await
    }

    /// The PostgreSQL database this server keeps its data in, if it does.
    pub fn database(&self) -> Option<&str> {
        match &self.place {
            Place::Database(url) => Some(url),
            Place::Directory(_) => None,
        }
    }

    async fn serve(place: Place, limits: Limits) -> TestServer {
        // Off the async runtime: the PostgreSQL client blocks on a runtime of its own.
        let state = tokio::task::spawn_blocking({
            let place = place.clone();
            move || {
                let store: Arc<dyn Store> = match &place {
                    Place::Directory(dir) => Arc::new(SqliteStore::open(dir.path()).unwrap()),
                    Place::Database(url) => Arc::new(PgStore::open(url).unwrap()),
                };
                ServerState::new(store, limits).unwrap()
            }
        })
        .await
        .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
        TestServer { url, http: reqwest::Client::new(), place }
    }

    /// Sends a request as a device with `token` (or none); Ok(body) on success, Err(body) otherwise.
    pub async fn call<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&impl Serialize>,
    ) -> Result<T, (u16, ErrorBody)> {
        let mut request = self.http.request(method, format!("{}/v1{path}", self.url)).header(PROTOCOL_HEADER, PROTOCOL.to_string());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        if (200..300).contains(&status) {
            Ok(serde_json::from_str(if text.is_empty() { "null" } else { &text }).unwrap())
        } else {
            Err((status, serde_json::from_str(&text).unwrap_or_else(|_| panic!("status {status} with body {text}"))))
        }
    }

    pub async fn post<T: DeserializeOwned>(&self, path: &str, token: Option<&str>, body: &impl Serialize) -> Result<T, (u16, ErrorBody)> {
        self.call(reqwest::Method::POST, path, token, Some(body)).await
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str, token: &str) -> Result<T, (u16, ErrorBody)> {
        self.call(reqwest::Method::GET, path, Some(token), None::<&()>).await
    }

    /// A new team with `email` as its admin, signed in on device `device`.
    pub async fn create_team(&self, name: &str, email: &str, device: &str) -> Session {
        let input = CreateWorkspace {
            workspace_name: name.into(),
            email: email.into(),
            display_name: format!("Admin of {name}"),
            password: PASSWORD.into(),
            device: DeviceIntro { id: device.into(), name: format!("{device} laptop") },
        };
        self.post("/workspaces", None, &input).await.unwrap()
    }

    /// Signs `email` in on another device.
    pub async fn sign_in(&self, email: &str, device: &str) -> Session {
        let body = json!({"email": email, "password": PASSWORD, "device": {"id": device, "name": device}});
        self.post("/sessions", None, &body).await.unwrap()
    }

    /// Listens to `/v1/events` as the device with `token`.
    pub async fn events(&self, token: &str) -> Events {
        let response = self
            .http
            .get(format!("{}/v1/events", self.url))
            .header(PROTOCOL_HEADER, PROTOCOL.to_string())
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        let chunks = response.bytes_stream().map(|chunk| String::from_utf8(chunk.unwrap().to_vec()).unwrap());
        Events { chunks: Box::pin(chunks), text: String::new() }
    }
}

/// A device's stream of server-sent events.
pub struct Events {
    chunks: Pin<Box<dyn Stream<Item = String> + Send>>,
    text: String,
}

impl Events {
    /// The next `head` event, as sent; fails after 5 s without one.
    pub async fn next_head(&mut self) -> String {
        loop {
            if let Some(end) = self.text.find("\n\n") {
                let event: String = self.text.drain(..end + 2).collect();
                if event.starts_with("event: head") {
                    return event;
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(5), self.chunks.next()).await.expect("a poke within 5 s");
            self.text.push_str(&chunk.expect("the event stream stays open"));
        }
    }
}

pub fn code_of(error: (u16, ErrorBody)) -> (u16, ErrorCode) {
    (error.0, error.1.code)
}

/// A change to `row` of contacts by `device`, stamped `wall_ms` (now, by default).
pub fn change(device: &str, row: &str, column: &str, value: serde_json::Value, wall_ms: Option<u64>) -> Change {
    let wall = wall_ms.unwrap_or_else(|| chrono::Utc::now().timestamp_millis() as u64);
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let counter = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 1_000_000;
    Change {
        hlc: format!("{wall:015}-{counter:06}"),
        device: device.into(),
        table: "contacts".into(),
        row_id: row.into(),
        column: column.into(),
        value,
        schema: 13,
        private_to: None,
    }
}
