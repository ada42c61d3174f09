//! `tandem-server --data ./data`: one binary, one SQLite file, and it runs. Several instances
//! share one PostgreSQL database with `--database`; `--tls-cert`/`--tls-key` serve HTTPS.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum_server::tls_rustls::RustlsConfig;
use clap::Parser;
use tandem_server::postgres_store::PgStore;
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::store::Store;
use tandem_server::{router, Limits, ServerState};

#[derive(Parser)]
#[command(about = "Tandem's sync server: serve it on your network (with --tls-cert, or behind a TLS reverse proxy, for the internet)")]
struct Args {
    /// Where the server keeps its SQLite database (unless --database is given).
    #[arg(long, default_value = "./data")]
    data: PathBuf,
    /// A PostgreSQL database to keep everything in instead, e.g. postgres://tandem:secret@localhost/tandem.
    /// Several server instances may share one.
    #[arg(long, value_name = "URL")]
    database: Option<String>,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8640")]
    listen: SocketAddr,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, value_name = "PATH", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// The certificate's private key (PEM).
    #[arg(long, value_name = "PATH", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// The largest library file the server keeps, in MiB.
    #[arg(long, default_value_t = 1024)]
    max_file_mib: u64,
}

/// How long open requests and event streams get to finish once asked to stop.
const GRACE: Duration = Duration::from_secs(10);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let args = Args::parse();
    // Before the async runtime starts: the PostgreSQL client blocks on a runtime of its own.
    let store: Arc<dyn Store> = match &args.database {
        Some(url) => Arc::new(PgStore::open(url).map_err(|e| format!("cannot open the database at --database: {e}"))?),
        None => Arc::new(SqliteStore::open(&args.data)?),
    };
    let limits = Limits { max_file_bytes: args.max_file_mib.saturating_mul(1024 * 1024), ..Limits::default() };
    let state = ServerState::new(store, limits)?;
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(serve(args, router(state)))
}

async fn serve(args: Args, app: Router) -> Result<(), Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let address = listener.local_addr()?;
    match (args.tls_cert, args.tls_key) {
        (Some(cert), Some(key)) => {
            let tls = RustlsConfig::from_pem_file(&cert, &key)
                .await
                .map_err(|e| format!("cannot use {} and {} as the TLS certificate and key: {e}", cert.display(), key.display()))?;
            let handle = axum_server::Handle::new();
            tokio::spawn({
                let handle = handle.clone();
                async move {
                    stop_requested().await;
                    handle.graceful_shutdown(Some(GRACE));
                }
            });
            let server = axum_server::from_tcp_rustls(listener.into_std()?, tls)?.handle(handle);
            // Tests and scripts read this line to learn the port when asked for port 0.
            println!("tandem-server listening on https://{address}");
            server.serve(app.into_make_service()).await?;
        }
        _ => {
            println!("tandem-server listening on http://{address}");
            let server = axum::serve(listener, app).with_graceful_shutdown(stop_requested());
            // Devices keep their event streams open: give them a grace period, not forever.
            tokio::select! {
                served = server => served?,
                () = after(stop_requested(), GRACE) => {}
            }
        }
    }
    Ok(())
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn stop_requested() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate()).expect("SIGTERM can be handled");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

async fn after(event: impl Future<Output = ()>, delay: Duration) {
    event.await;
    tokio::time::sleep(delay).await;
}
