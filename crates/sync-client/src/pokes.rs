//! Listens to the server's event stream and reports each new head, so this device pulls as soon
//! as a teammate pushes instead of polling.

use futures_util::StreamExt;

use crate::{ServerClient, SyncError};

/// Calls `on_head` with the workspace's head now and after every push by anyone, until the
/// stream ends or fails (the caller reconnects, after a pause).
pub async fn listen(client: &ServerClient, mut on_head: impl FnMut(i64)) -> Result<(), SyncError> {
    let response = client.events().await?;
    let mut body = response.bytes_stream();
    let mut buffer = String::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if let Some(head) = head_of(&event) {
                on_head(head);
            }
        }
    }
    Ok(())
}

/// The head a server-sent `head` event carries; None for keep-alives and other events.
fn head_of(event: &str) -> Option<i64> {
    let mut is_head = false;
    let mut data = None;
    for line in event.lines() {
        if let Some(name) = line.strip_prefix("event:") {
            is_head = name.trim() == "head";
        } else if let Some(value) = line.strip_prefix("data:") {
            data = value.trim().parse().ok();
        }
    }
    data.filter(|_| is_head)
}

#[cfg(test)]
mod tests {
    use super::head_of;

    #[test]
    fn only_head_events_carry_a_head() {
        assert_eq!(head_of("event: head\ndata: 42\n\n"), Some(42));
        assert_eq!(head_of("event:head\ndata:7\n\n"), Some(7));
        assert_eq!(head_of(": keep-alive\n\n"), None);
        assert_eq!(head_of("event: other\ndata: 3\n\n"), None);
    }
}
