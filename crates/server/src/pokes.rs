//! Tells connected devices that their workspace has new changes, so they pull at once instead
//! of polling. A poke carries only the new head: the changes themselves come by pull.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream, StreamExt};
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;

use crate::caller::Signed;
use crate::error::ApiError;
use crate::store::PageLimit;
use crate::ServerState;

#[derive(Default)]
pub struct Pokes {
    by_workspace: Mutex<HashMap<String, Channel>>,
}

struct Channel {
    sender: broadcast::Sender<i64>,
    /// The newest head sent: with PostgreSQL a push is heard twice (from this instance, and back
    /// from the database), and concurrent pushes may report their heads out of order.
    last: i64,
}

impl Pokes {
    fn subscribe(&self, workspace_id: &str) -> broadcast::Receiver<i64> {
        let mut map = self.by_workspace.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, channel| channel.sender.receiver_count() > 0);
        map.entry(workspace_id.to_owned()).or_insert_with(|| Channel { sender: broadcast::channel(16).0, last: 0 }).sender.subscribe()
    }

    /// Tells the workspace's listening devices that its head is now `head`, unless they were
    /// already told as much.
    pub fn poke(&self, workspace_id: &str, head: i64) {
        let mut map = self.by_workspace.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(channel) = map.get_mut(workspace_id) {
            if head > channel.last {
                channel.last = head;
                // No listener is fine: nobody is online to tell.
                let _ = channel.sender.send(head);
            }
        }
    }

    /// The workspaces that some device is listening to.
    pub fn listened(&self) -> Vec<String> {
        let map = self.by_workspace.lock().unwrap_or_else(|p| p.into_inner());
        map.iter().filter(|(_, channel)| channel.sender.receiver_count() > 0).map(|(id, _)| id.clone()).collect()
    }
}

/// `GET /v1/events`: server-sent events, one `head` event now and after every accepted push.
pub async fn events(
    State(state): State<ServerState>,
    Signed(caller): Signed,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    // Subscribe before reading the head, so that no push falls between the two unseen.
    let receiver = state.pokes.subscribe(&caller.workspace_id);
    let store = state.store.clone();
    let head = tokio::task::spawn_blocking(move || {
        store.pull(&caller.workspace_id, &caller.user_id, i64::MAX, PageLimit { changes: 0, value_bytes: 0 })
    })
    .await??
    .head;
    // Lagging behind only means several pokes merged into one: the latest head is what counts.
    let later = BroadcastStream::new(receiver).filter_map(|head| async move { head.ok() });
    let heads = stream::once(async move { head }).chain(later).map(|head| Ok(Event::default().event("head").data(head.to_string())));
    Ok(Sse::new(heads).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
