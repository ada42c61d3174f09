//! A server on a loopback port, and a client that speaks to it as a device would.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::{router, Limits, ServerState};
use tandem_sync_protocol::{Change, CreateWorkspace, DeviceIntro, ErrorBody, ErrorCode, Session, PROTOCOL, PROTOCOL_HEADER};

pub struct TestServer {
    pub url: String,
    pub http: reqwest::Client,
    _dir: tempfile::TempDir,
}

pub const PASSWORD: &str = "correct horse battery";

impl TestServer {
    pub async fn start() -> TestServer {
        TestServer::with_limits(Limits::default()).await
    }

    pub async fn with_limits(limits: Limits) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let app = router(ServerState::new(Arc::new(store), limits));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        TestServer { url, http: reqwest::Client::new(), _dir: dir }
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
    }
}
