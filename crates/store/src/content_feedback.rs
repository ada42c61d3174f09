//! What sellers tell marketing: ratings of items, and requests for content that is missing.

use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_domain::content::{ContentKind, FunnelStage};
use tandem_domain::content_use::{
    ContentFeedback, ContentRequest, FeedbackInput, FeedbackRating, FeedbackStatus, RequestInput, RequestStatus,
};

use crate::tables::{CONTENT_FEEDBACK, CONTENT_REQUESTS};
use crate::{new_id, StoreError, Writer};

fn optional(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |v| Value::Text(v.to_owned()))
}

pub fn add_feedback(w: &mut Writer, input: &FeedbackInput, author_id: Option<&str>) -> Result<String, StoreError> {
    let id = new_id();
    // Praise needs no answer; criticism waits in marketing's queue.
    let status = if input.rating == FeedbackRating::Useful { FeedbackStatus::Resolved } else { FeedbackStatus::Open };
    w.create(
        &CONTENT_FEEDBACK,
        &id,
        &[
            ("item_id", Value::Text(input.item_id.clone())),
            ("rating", Value::Text(input.rating.as_str().into())),
            ("comment", Value::Text(input.comment.clone())),
            ("author_id", optional(author_id)),
            ("status", Value::Text(status.as_str().into())),
        ],
    )?;
    Ok(id)
}

pub fn set_feedback_status(w: &mut Writer, id: &str, status: FeedbackStatus) -> Result<(), StoreError> {
    w.save(&CONTENT_FEEDBACK, Some(id), &[("status", Value::Text(status.as_str().into()))]).map(drop)
}

/// Feedback on one item (`item_id`), or the open queue over every live item.
pub fn feedback(conn: &Connection, item_id: Option<&str>) -> Result<Vec<ContentFeedback>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.id, f.item_id, i.title, f.rating, f.comment, coalesce(m.name, ''), f.status, f.created_at
         FROM content_feedback f JOIN content_items i ON i.id = f.item_id AND i.deleted = 0
         LEFT JOIN members m ON m.id = f.author_id
         WHERE f.deleted = 0 AND (?1 IS NULL AND f.status = 'open' OR f.item_id = ?1)
         ORDER BY f.created_at DESC, f.id LIMIT 500",
    )?;
    let rows = stmt.query_map([item_id], |r| {
        Ok(ContentFeedback {
            id: r.get(0)?,
            item_id: r.get(1)?,
            item_title: r.get(2)?,
            rating: FeedbackRating::parse(&r.get::<_, String>(3)?).unwrap_or(FeedbackRating::Useful),
            comment: r.get(4)?,
            author_name: r.get(5)?,
            status: FeedbackStatus::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
            created_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn add_request(w: &mut Writer, input: &RequestInput, requested_by: Option<&str>) -> Result<String, StoreError> {
    let id = new_id();
    w.create(
        &CONTENT_REQUESTS,
        &id,
        &[
            ("title", Value::Text(input.title.clone())),
            ("details", Value::Text(input.details.clone())),
            ("kind", Value::Text(input.kind.map_or("", ContentKind::as_str).into())),
            ("stage", Value::Text(input.stage.map_or("", FunnelStage::as_str).into())),
            ("requested_by", optional(requested_by)),
        ],
    )?;
    Ok(id)
}

/// Marketing's answer to a request: planned, done (with the item that answers it) or declined.
pub fn answer_request(w: &mut Writer, id: &str, status: RequestStatus, item_id: Option<&str>, response: &str) -> Result<(), StoreError> {
    w.save(
        &CONTENT_REQUESTS,
        Some(id),
        &[("status", Value::Text(status.as_str().into())), ("item_id", optional(item_id)), ("response", Value::Text(response.into()))],
    )
    .map(drop)
}

/// Requests, open and planned first, newest first.
pub fn requests(conn: &Connection) -> Result<Vec<ContentRequest>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.title, r.details, r.kind, r.stage, coalesce(m.name, ''), r.status, r.item_id, coalesce(i.title, ''), r.response, r.created_at
         FROM content_requests r LEFT JOIN members m ON m.id = r.requested_by
         LEFT JOIN content_items i ON i.id = r.item_id AND i.deleted = 0
         WHERE r.deleted = 0
         ORDER BY r.status IN ('done', 'declined'), r.created_at DESC, r.id LIMIT 500",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ContentRequest {
            id: r.get(0)?,
            title: r.get(1)?,
            details: r.get(2)?,
            kind: ContentKind::parse(&r.get::<_, String>(3)?),
            stage: FunnelStage::parse(&r.get::<_, String>(4)?),
            requested_by: r.get(5)?,
            status: RequestStatus::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
            item_id: r.get(7)?,
            item_title: r.get(8)?,
            response: r.get(9)?,
            created_at: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
