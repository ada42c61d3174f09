//! `sync-chaos-server --data DIR [--database URL]`: tandem-server's router over its SQLite or
//! PostgreSQL store, in a process of its own, on a free loopback port that its first line names
//! ("tandem-server listening on http://…"), as `tandem-server` says it. The chaos test kills it
//! and starts it again on the same data. (A test can run only its own package's programs, hence
//! this twin of `tandem-server`'s main, minus TLS and graceful shutdown, which it does not test.)

use std::path::PathBuf;
use std::sync::Arc;

use tandem_server::postgres_store::PgStore;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::store::Store;
use tandem_server::{router, Limits, ServerState};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let store: Arc<dyn Store> = match value("--database") {
        Some(url) => Arc::new(PgStore::open(&url)?),
        None => Arc::new(SqliteStore::open(&PathBuf::from(value("--data").ok_or("--data DIR or --database URL is required")?))?),
    };
    let state = ServerState::new(store, Limits::default())?;
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        println!("tandem-server listening on http://{}", listener.local_addr()?);
        axum::serve(listener, router(state)).await?;
        Ok(())
    })
}
