//! The background loop that keeps a signed-in device in sync: a pass after every local commit
//! (a burst of writes coalesces into one), whenever the server pokes that a teammate pushed,
//! and on demand; retries with a growing pause while offline. Not polling: between events the
//! loop sleeps, waking only every few minutes as a safety net.

use std::sync::Arc;
use std::time::Duration;

use tandem_store::Db;
use tandem_sync_client::account::{self, PULLED_SEQ};
use tandem_sync_client::{pokes, sync_pass, Account, Progress, ServerClient, SyncError};
use tokio::task::JoinHandle;

use crate::dto::{SyncPhase, SyncProgress, SyncState, SyncStatus};
use crate::sync::sync_error;
use crate::App;

/// Lets a burst of local writes (an import, typing) go out in one pass.
const COALESCE: Duration = Duration::from_millis(150);
/// A pass even without events, in case a poke was missed.
const SAFETY_NET: Duration = Duration::from_secs(300);
const FIRST_RETRY: Duration = Duration::from_secs(2);
/// Between the passes that read a new device's earlier history: short, yet leaving room to breathe.
const HISTORY_PAUSE: Duration = Duration::from_millis(500);
const LAST_RETRY: Duration = Duration::from_secs(60);
/// Fields: a pass that sends or receives fewer goes by without a progress bar.
const PROGRESS_FROM: usize = 1_000;

/// Listens for the server's pokes for one signed-in account.
struct PokeListener {
    account: String,
    task: JoinHandle<()>,
}

impl Drop for PokeListener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl App {
    /// Runs for the life of the app; `emit` tells the front end each new status.
    pub async fn run_sync(self, emit: Arc<dyn Fn(SyncStatus) + Send + Sync>) {
        let _ = self.inner.sync.emit.set(emit);
        let mut listener: Option<PokeListener> = None;
        let mut retry = FIRST_RETRY;
        loop {
            let Some((db, account)) = self.sync_account() else {
                listener = None;
                self.inner.sync.wake.notified().await;
                continue;
            };
            let pause = match self.signed_in_client(&account).await {
                Ok(client) => {
                    if listener.as_ref().is_none_or(|l| l.account != account.keychain_user()) {
                        listener = Some(self.listen_for_pokes(&db, &account, client.clone()));
                    }
                    self.one_pass(&db, &client, &mut retry).await
                }
                Err(err) => {
                    self.set_live(Some(SyncState::Error), Some(err.message));
                    SAFETY_NET
                }
            };
            tokio::select! {
                () = self.inner.sync.wake.notified() => tokio::time::sleep(COALESCE).await,
                () = tokio::time::sleep(pause) => {}
            }
        }
    }

    fn sync_account(&self) -> Option<(Arc<Db>, Account)> {
        let db = self.db().ok()?;
        let account = account::load(&db).ok()??;
        Some((db, account))
    }

    /// Runs one pass and returns how long to wait before the next one without an event.
    async fn one_pass(&self, db: &Arc<Db>, client: &ServerClient, retry: &mut Duration) -> Duration {
        self.set_live(Some(SyncState::Syncing), None);
        let progress = |step: Progress| {
            // A pass with little to do goes by without a progress bar.
            let (phase, done, total) = match step {
                Progress::Sending { done, total } if total > PROGRESS_FROM => (SyncPhase::Sending, done, Some(total)),
                Progress::Bootstrapping { done, total } => (SyncPhase::Bootstrapping, done, Some(total)),
                Progress::Receiving { done } if done >= PROGRESS_FROM => (SyncPhase::Receiving, done, None),
                _ => return,
            };
            self.set_progress(SyncProgress { phase, done: done as i64, total: total.map(|t| t as i64) });
        };
        match sync_pass(db, client, &progress).await {
            Ok(report) => {
                if report.applied > 0 {
                    self.after_remote_changes(report.purged, &report.tables);
                }
                if report.server_went_back {
                    self.forget_files_on_server();
                }
                self.set_live(Some(SyncState::Synced), None);
                self.sync_files_in_background(db, client);
                *retry = FIRST_RETRY;
                // A device that just joined reads the team's earlier history over the next passes.
                if report.history_behind {
                    HISTORY_PAUSE
                } else {
                    SAFETY_NET
                }
            }
            // The sign-out already told the front end; the loop now waits for a sign-in.
            Err(SyncError::SignedOutDuringPass) => SAFETY_NET,
            Err(SyncError::Offline(_)) => {
                self.set_live(Some(SyncState::Offline), None);
                let pause = *retry;
                *retry = (*retry * 2).min(LAST_RETRY);
                pause
            }
            Err(err) => {
                let message = if err.is_signed_out() {
                    "The server no longer accepts this device: an admin revoked it, or it was signed out elsewhere. Sign out here, then sign in again.".to_owned()
                } else {
                    sync_error(err).message
                };
                tracing::warn!(%message, "sync failed");
                self.set_live(Some(SyncState::Error), Some(message));
                let pause = *retry;
                *retry = (*retry * 2).min(SAFETY_NET);
                pause
            }
        }
    }

    /// Wakes the loop whenever the server's head passes what this device has pulled.
    fn listen_for_pokes(&self, db: &Arc<Db>, account: &Account, client: ServerClient) -> PokeListener {
        let (app, db) = (self.clone(), db.clone());
        let task = tokio::spawn(async move {
            let mut pause = FIRST_RETRY;
            loop {
                let mut heard_any = false;
                let heard = pokes::listen(&client, |head| {
                    heard_any = true;
                    if head > account::cursor(&db, PULLED_SEQ).unwrap_or(0) {
                        app.inner.sync.wake.notify_one();
                    }
                })
                .await;
                if let Err(err) = &heard {
                    tracing::debug!(%err, "the server's event stream ended");
                }
                match reconnect_after(pause, heard_any, &heard) {
                    Some(next) => pause = next,
                    None => return,
                }
                tokio::time::sleep(pause).await;
            }
        });
        PokeListener { account: account.keychain_user(), task }
    }
}

/// How long the poke listener waits before reconnecting, given its last pause and how the stream
/// ended; None when the server no longer accepts this device (the pass says so, and signing in
/// again starts a new listener). A stream that carried events was healthy: the pause starts over.
fn reconnect_after(last: Duration, heard_any: bool, ended: &Result<(), SyncError>) -> Option<Duration> {
    if ended.as_ref().is_err_and(SyncError::is_signed_out) {
        return None;
    }
    Some(if heard_any { FIRST_RETRY } else { (last * 2).min(LAST_RETRY) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_poke_listener_backs_off_while_the_server_is_away_and_stops_when_revoked() {
        let offline = Err(SyncError::Offline("connection refused".into()));
        let mut pause = FIRST_RETRY;
        let mut pauses = Vec::new();
        for _ in 0..7 {
            pause = reconnect_after(pause, false, &offline).unwrap();
            pauses.push(pause.as_secs());
        }
        assert_eq!(pauses, [4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(reconnect_after(LAST_RETRY, true, &Ok(())), Some(FIRST_RETRY), "a healthy stream starts over");
        let revoked = Err(SyncError::Refused(tandem_sync_protocol::ErrorBody {
            code: tandem_sync_protocol::ErrorCode::Unauthorized,
            message: "revoked".into(),
            field: None,
        }));
        assert_eq!(reconnect_after(FIRST_RETRY, false, &revoked), None);
    }
}
