//! Extraction on its own thread, so a slow or hostile file cannot hold up the caller for long.

use std::sync::{mpsc, Arc};
use std::thread;

use super::{extract, ExtractError, Extracted, FileFormat, Limits};

/// Parsers recurse; give them more room than a default spawned thread's 2 MB.
const STACK_BYTES: usize = 16 * 1024 * 1024;

/// Runs `extract` on a thread of its own and waits at most `limits.timeout` for it.
///
/// On timeout it returns `TimedOut` and leaves the thread running: Rust cannot kill a thread, so
/// it finishes (or fails) on its own, holding `bytes` until then, and its result is dropped. Each
/// timed-out call can thus leave one thread busy; callers should extract one file at a time.
/// A panic on the thread is reported as `Damaged` (`extract` already catches the parsers' panics).
pub fn extract_guarded(bytes: impl Into<Arc<[u8]>>, format: FileFormat, limits: Limits) -> Result<Extracted, ExtractError> {
    let bytes = bytes.into();
    let timeout = limits.timeout;
    let (sender, receiver) = mpsc::sync_channel(1);
    let spawned = thread::Builder::new().name("tandem-extract".into()).stack_size(STACK_BYTES).spawn(move || {
        // The receiver is gone after a timeout; nobody is left to tell.
        let _ = sender.send(extract(&bytes, format, &limits));
    });
    if spawned.is_err() {
        return Err(ExtractError::Damaged { format, detail: "the system refused to start a reader for it".into() });
    }
    match receiver.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(ExtractError::TimedOut { format, limit: timeout }),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(ExtractError::Damaged { format, detail: "its reader stopped unexpectedly".into() })
        }
    }
}
