//! Tandem's sync server. Stateless HTTP over a `Store`: every device pushes its changes, the
//! server numbers them per workspace, and every device pulls what it has not seen (DESIGN §4).

pub mod accounts;
pub mod attempts;
pub mod caller;
pub mod credentials;
pub mod error;
pub mod files;
pub mod pokes;
pub mod postgres_store;
pub mod sqlite_store;
pub mod store;
pub mod sync_routes;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post, put};
use axum::Router;

use crate::attempts::Attempts;
use crate::pokes::Pokes;
use crate::store::{Store, StoreError};

/// Bounds on what one request may ask for.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_body_bytes: usize,
    pub max_push_changes: usize,
    /// Changes or snapshot fields per page.
    pub page: usize,
    /// Bytes of values per page (a page holds at least one change, whatever its size).
    pub page_bytes: usize,
    /// Sign-in and invite attempts per email per 5 minutes.
    pub attempts_per_email: u32,
    /// The largest library file the server keeps.
    pub max_file_bytes: u64,
    /// The largest chunk of a file one upload request may carry.
    pub max_file_chunk: usize,
    /// Requests per device per minute (a device syncing normally makes a handful).
    pub requests_per_device: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: 16 * 1024 * 1024,
            max_push_changes: 5_000,
            page: 5_000,
            page_bytes: 8 * 1024 * 1024,
            attempts_per_email: 10,
            max_file_bytes: 1024 * 1024 * 1024,
            max_file_chunk: tandem_sync_protocol::MAX_FILE_CHUNK,
            requests_per_device: 6_000,
        }
    }
}

#[derive(Clone)]
pub struct ServerState {
    pub store: Arc<dyn Store>,
    pub pokes: Arc<Pokes>,
    pub attempts: Arc<Attempts>,
    /// Requests per device, per minute.
    pub requests: Arc<Attempts>,
    pub limits: Limits,
}

impl ServerState {
    /// The state of one server instance; it also starts hearing the pushes of other instances
    /// that share its store (see `Store::watch_heads`), so call it off the async runtime.
    pub fn new(store: Arc<dyn Store>, limits: Limits) -> Result<ServerState, StoreError> {
        let pokes = Arc::new(Pokes::default());
        store.watch_heads(Arc::downgrade(&pokes))?;
        Ok(ServerState {
            store,
            pokes,
            attempts: Arc::new(Attempts::new(limits.attempts_per_email, Duration::from_secs(300))),
            requests: Arc::new(Attempts::new(limits.requests_per_device, Duration::from_secs(60))),
            limits,
        })
    }
}

pub fn router(state: ServerState) -> Router {
    let v1 = Router::new()
        .route("/workspaces", post(accounts::create_workspace))
        .route("/sessions", post(accounts::sign_in).delete(accounts::sign_out))
        .route("/members", get(accounts::members))
        .route("/members/{id}/role", put(accounts::set_role))
        .route("/devices", get(accounts::devices))
        .route("/devices/{id}", delete(accounts::revoke_device))
        .route("/invites", post(accounts::invite).get(accounts::invites))
        .route("/invites/accept", post(accounts::accept_invite))
        .route("/invites/{id}", delete(accounts::cancel_invite))
        .route("/push", post(sync_routes::push))
        .route("/pull", get(sync_routes::pull))
        .route("/snapshot", get(sync_routes::snapshot))
        .route("/events", get(pokes::events))
        .route("/files/{hash}", get(files::status).put(files::upload))
        .route("/files/{hash}/bytes", get(files::download))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), caller::require_protocol));
    Router::new()
        .nest("/v1", v1)
        .route("/health", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(state.limits.max_body_bytes))
        .with_state(state)
}

/// Serves `state` on a free loopback port in the background and returns its address
/// (`http://127.0.0.1:PORT`): a real server for tests and benchmarks of the clients.
pub async fn serve_on_loopback(state: ServerState) -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let app = router(state);
    tokio::spawn(async move {
        if let Err(err) = axum::serve(listener, app).await {
            tracing::error!(%err, "the loopback server stopped");
        }
    });
    Ok(url)
}
