//! `tandem-server --data ./data`: one binary, one SQLite file, and it runs.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::{router, Limits, ServerState};

#[derive(Parser)]
#[command(about = "Tandem's sync server: serve it on your network (behind a TLS reverse proxy for the internet)")]
struct Args {
    /// Where the server keeps its database.
    #[arg(long, default_value = "./data")]
    data: PathBuf,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8640")]
    listen: SocketAddr,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let args = Args::parse();
    let store = SqliteStore::open(&args.data)?;
    let app = router(ServerState::new(Arc::new(store), Limits::default()));
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    // Tests and scripts read this line to learn the port when asked for port 0.
    println!("tandem-server listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
