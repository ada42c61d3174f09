//! What the whole-app benches share: a cached bench workspace folder and percentiles.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tandem_app::dto::{SetupInput, StartupState, WorkspaceChoice};
use tandem_app::{App, DataPaths};
use tandem_domain::member::{MemberInput, Role};

/// A folder under target/bench-data: generated workspaces are kept between runs.
pub fn bench_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data").join(name)
}

/// Opens the workspace in `dir`, setting up an empty one first if it is new.
pub fn open_set_up(dir: &Path) -> App {
    let app = App::open(DataPaths::at(dir, dir.join("exports")));
    if app.startup_state() == StartupState::NeedsSetup {
        let profile = MemberInput { id: None, name: "Bench".into(), email: "bench@tandem.test".into(), role: Role::Admin };
        app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile }).unwrap();
    }
    app
}

/// p50 and p95 in milliseconds.
pub fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0;
    (at(0.50), at(0.95))
}
