//! Logs to a daily-rotating file in the log folder (and to stderr in debug builds).

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::prelude::*;
use tracing_subscriber::EnvFilter;

/// Keep the returned guard alive for the life of the process, or buffered lines are lost.
pub fn init(log_dir: &Path) -> Option<WorkerGuard> {
    let _ = std::fs::create_dir_all(log_dir);
    let filter = EnvFilter::try_from_env("TANDEM_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let appender =
        Builder::new().rotation(Rotation::DAILY).filename_prefix("tandem").filename_suffix("log").max_log_files(14).build(log_dir);
    match appender {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file = tracing_subscriber::fmt::layer().with_writer(writer).with_ansi(false);
            let stderr = cfg!(debug_assertions).then(|| tracing_subscriber::fmt::layer().with_writer(std::io::stderr));
            let _ = tracing_subscriber::registry().with(filter).with(file).with(stderr).try_init();
            Some(guard)
        }
        Err(err) => {
            eprintln!("Tandem cannot write logs to {}: {err}", log_dir.display());
            None
        }
    }
}
