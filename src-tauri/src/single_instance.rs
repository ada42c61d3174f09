//! One running Tandem per data folder: a second launch asks the first to show its window and exits.
//! Keyed by data folder (a socket beside the database), so two workspaces run side by side.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

pub enum Claim {
    /// This is the first launch; the listener (if the socket could be made) hears later ones.
    First(Option<UnixListener>),
    AlreadyRunning,
}

fn socket_path(data_dir: &Path) -> PathBuf {
    let beside = data_dir.join("tandem.sock");
    // Unix socket paths are limited to ~108 bytes; fall back to a short, folder-specific name.
    if beside.as_os_str().len() < 100 {
        return beside;
    }
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    data_dir.hash(&mut hasher);
    std::env::temp_dir().join(format!("tandem-{:016x}.sock", hasher.finish()))
}

pub fn claim(data_dir: &Path) -> Claim {
    let path = socket_path(data_dir);
    if let Ok(mut stream) = UnixStream::connect(&path) {
        let _ = stream.write_all(b"focus\n");
        return Claim::AlreadyRunning;
    }
    // Nobody answered: any socket file left is stale from a crash.
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::create_dir_all(data_dir);
    match UnixListener::bind(&path) {
        Ok(listener) => Claim::First(Some(listener)),
        Err(err) => {
            tracing::warn!(%err, path = %path.display(), "single-instance socket unavailable; a second launch will open a second window");
            Claim::First(None)
        }
    }
}

/// Whether a Tandem runs on `data_dir` (it answers on its socket; it also comes forward).
pub fn is_running(data_dir: &Path) -> bool {
    UnixStream::connect(socket_path(data_dir)).is_ok()
}

/// Calls `focus` whenever a later launch knocks.
pub fn serve(listener: Option<UnixListener>, focus: impl Fn() + Send + 'static) {
    let Some(listener) = listener else { return };
    std::thread::Builder::new()
        .name("single-instance".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut buf = [0u8; 16];
                let _ = (&stream).read(&mut buf);
                focus();
            }
        })
        .expect("spawning the single-instance thread");
}
