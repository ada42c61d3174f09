//! Push, pull and snapshot: the changes themselves.

use axum::extract::{Query, State};
use axum::Json;
use chrono::Utc;
use serde::Deserialize;
use tandem_domain::hlc::{Hlc, MAX_DRIFT_MS};
use tandem_sync_protocol::{ErrorCode, FieldValue, PullResponse, PushRequest, PushResponse, SnapshotCursor, SnapshotPage};

use crate::caller::Signed;
use crate::error::ApiError;
use crate::store::PageLimit;
use crate::ServerState;

/// `POST /v1/push`: the device's changes, all stamped by that device.
pub async fn push(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Json(input): Json<PushRequest>,
) -> Result<Json<PushResponse>, ApiError> {
    if input.changes.len() > state.limits.max_push_changes {
        return Err(ApiError::new(
            ErrorCode::TooLarge,
            format!("a push holds at most {} changes; this one holds {}", state.limits.max_push_changes, input.changes.len()),
        ));
    }
    let now_ms = Utc::now().timestamp_millis().max(0) as u64;
    for change in &input.changes {
        if change.private_to.as_ref().is_some_and(|user| *user != caller.user_id) {
            return Err(ApiError::forbidden("a change can be private only to the user who pushes it"));
        }
        if change.device != caller.device_id {
            return Err(ApiError::forbidden(format!(
                "a device pushes only its own changes; this one holds a change of device {}",
                change.device
            )));
        }
        let stamp = Hlc::parse(&change.hlc).map_err(|e| ApiError::invalid("hlc", e.to_string()))?;
        if stamp.wall_ms > now_ms + MAX_DRIFT_MS {
            return Err(ApiError::new(
                ErrorCode::ClockAhead,
                format!(
                    "a change is stamped {} s ahead of the server's clock (at most {} s allowed): check this device's date and time",
                    (stamp.wall_ms - now_ms) / 1000,
                    MAX_DRIFT_MS / 1000
                ),
            ));
        }
        if change.table.is_empty() || change.row_id.is_empty() || change.column.is_empty() {
            return Err(ApiError::invalid("changes", "a change names no table, row or column"));
        }
        // Refused here, from the device that made it, rather than stopping every teammate's pulls.
        if FieldValue::check(&change.value).is_err() {
            return Err(ApiError::invalid("changes", "a change's value is not one a device can store (null, a number, a text or a blob)"));
        }
    }
    let store = state.store.clone();
    let workspace = caller.workspace_id.clone();
    let out = tokio::task::spawn_blocking(move || store.push(&workspace, &input.changes)).await??;
    if out.accepted > 0 {
        state.pokes.poke(&caller.workspace_id, out.head);
    }
    Ok(Json(out))
}

#[derive(Deserialize)]
pub struct PullQuery {
    after: i64,
    limit: Option<usize>,
}

/// `GET /v1/pull?after=N&limit=M`
pub async fn pull(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Query(query): Query<PullQuery>,
) -> Result<Json<PullResponse>, ApiError> {
    let limit = page_limit(&state, query.limit);
    let store = state.store.clone();
    Ok(Json(tokio::task::spawn_blocking(move || store.pull(&caller.workspace_id, &caller.user_id, query.after, limit)).await??))
}

#[derive(Deserialize)]
pub struct SnapshotQuery {
    as_of: Option<i64>,
    table: Option<String>,
    row_id: Option<String>,
    column: Option<String>,
    limit: Option<usize>,
}

/// `GET /v1/snapshot?as_of=N&table=…&row_id=…&column=…`: the winners, page by page.
pub async fn snapshot(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Query(query): Query<SnapshotQuery>,
) -> Result<Json<SnapshotPage>, ApiError> {
    let limit = page_limit(&state, query.limit);
    let from = match (query.table, query.row_id, query.column) {
        (Some(table), Some(row_id), Some(column)) => Some(SnapshotCursor { table, row_id, column }),
        (None, None, None) => None,
        _ => return Err(ApiError::invalid("table", "a snapshot page starts after a table, row and column, all three")),
    };
    let store = state.store.clone();
    Ok(Json(
        tokio::task::spawn_blocking(move || store.snapshot(&caller.workspace_id, &caller.user_id, query.as_of, from.as_ref(), limit))
            .await??,
    ))
}

/// The page a reader asked for, within the server's limits.
fn page_limit(state: &ServerState, asked: Option<usize>) -> PageLimit {
    PageLimit { changes: asked.unwrap_or(state.limits.page).clamp(1, state.limits.page), value_bytes: state.limits.page_bytes.max(1) }
}
