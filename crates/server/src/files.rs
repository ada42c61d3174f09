//! Library files by content hash: resumable uploads in chunks, checked against their BLAKE3 hash
//! once complete, and downloads that resume with an HTTP `Range`. A team sees only its own files.

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use tandem_sync_protocol::{ErrorBody, ErrorCode, FileStatus};

use crate::caller::{now, Signed};
use crate::error::ApiError;
use crate::store::Store;
use crate::ServerState;

/// How much of a file one read from the store holds, while hashing or sending it.
const PIECE: usize = 1024 * 1024;

/// A hash names a file only as 64 lowercase hex digits, as the device's blob store writes it.
fn check_hash(hash: &str) -> Result<(), ApiError> {
    if hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(ApiError::invalid("hash", "a file is named by its BLAKE3 hash: 64 lowercase hexadecimal digits"))
    }
}

fn not_here() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "the server does not have this file (yet): the device that added it uploads it when it syncs")
}

/// `GET /v1/files/{hash}`: what the server has of the file, or 404.
pub async fn status(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(hash): Path<String>,
) -> Result<Json<FileStatus>, ApiError> {
    check_hash(&hash)?;
    let store = state.store.clone();
    let found = tokio::task::spawn_blocking(move || store.file_status(&caller.workspace_id, &hash)).await??;
    found.map(Json).ok_or_else(not_here)
}

#[derive(Deserialize)]
pub struct UploadQuery {
    /// Where this chunk starts: the `received` the server last reported.
    offset: u64,
    /// The whole file's size.
    size: u64,
}

/// `PUT /v1/files/{hash}?offset=N&size=S`: appends one chunk (the raw body). The chunk that
/// completes the file has it checked against its hash: kept if it matches, discarded if not.
/// An empty chunk at the end checks a file whose last chunk arrived but was not checked yet.
pub async fn upload(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(hash): Path<String>,
    Query(query): Query<UploadQuery>,
    body: Bytes,
) -> Result<Json<FileStatus>, ApiError> {
    check_hash(&hash)?;
    let limits = state.limits;
    if query.size > limits.max_file_bytes {
        return Err(ApiError::new(
            ErrorCode::TooLarge,
            format!("this file has {} bytes; the server takes files of at most {} bytes", query.size, limits.max_file_bytes),
        ));
    }
    if body.len() > limits.max_file_chunk {
        return Err(ApiError::new(
            ErrorCode::TooLarge,
            format!("a chunk holds at most {} bytes; this one holds {}", limits.max_file_chunk, body.len()),
        ));
    }
    if query.offset.saturating_add(body.len() as u64) > query.size {
        return Err(ApiError::invalid("size", format!("this chunk runs past the end of the file's {} bytes", query.size)));
    }
    let store = state.store.clone();
    let workspace = caller.workspace_id;
    tokio::task::spawn_blocking(move || {
        let file = store.append_file(&workspace, &hash, query.size, query.offset, &body, &now())?;
        if file.complete || file.received < file.size {
            return Ok(Json(file));
        }
        if hash_of(store.as_ref(), &workspace, &hash, file.size)? != hash {
            store.discard_file(&workspace, &hash)?;
            return Err(ApiError::invalid(
                "hash",
                format!("the bytes received do not have hash {hash}; they were discarded: upload the file again from offset 0"),
            ));
        }
        store.complete_file(&workspace, &hash)?;
        Ok(Json(FileStatus { complete: true, ..file }))
    })
    .await?
}

/// The BLAKE3 hash of the file's stored bytes, read piece by piece.
fn hash_of(store: &dyn Store, workspace: &str, hash: &str, size: u64) -> Result<String, ApiError> {
    let mut hasher = blake3::Hasher::new();
    let mut at = 0;
    while at < size {
        let piece = store.read_file(workspace, hash, at, PIECE)?;
        if piece.is_empty() {
            break;
        }
        at += piece.len() as u64;
        hasher.update(&piece);
    }
    Ok(hasher.finalize().to_hex().to_string())
}

/// `GET /v1/files/{hash}/bytes`, with `Range: bytes=N-` (or `bytes=N-M`) to resume: the bytes of
/// a complete file, streamed piece by piece.
pub async fn download(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(hash): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    check_hash(&hash)?;
    let store = state.store.clone();
    let workspace = caller.workspace_id;
    let file = {
        let (store, workspace, hash) = (store.clone(), workspace.clone(), hash.clone());
        tokio::task::spawn_blocking(move || store.file_status(&workspace, &hash)).await??
    };
    let file = file.filter(|f| f.complete).ok_or_else(not_here)?;
    let range = match headers.get(header::RANGE) {
        None => None,
        Some(value) => match value.to_str().ok().and_then(|v| parse_range(v, file.size)) {
            Some(range) => Some(range),
            None => return Ok(unsatisfiable(file.size)),
        },
    };
    let (from, to) = range.unwrap_or((0, file.size));
    let pieces = futures_util::stream::try_unfold(from, move |at| {
        let (store, workspace, hash) = (store.clone(), workspace.clone(), hash.clone());
        async move {
            if at >= to {
                return Ok::<_, std::io::Error>(None);
            }
            let want = PIECE.min((to - at) as usize);
            let piece = tokio::task::spawn_blocking(move || store.read_file(&workspace, &hash, at, want))
                .await
                .map_err(std::io::Error::other)?
                .map_err(std::io::Error::other)?;
            if piece.is_empty() {
                return Err(std::io::Error::other("the stored file ends early"));
            }
            let next = at + piece.len() as u64;
            Ok(Some((Bytes::from(piece), next)))
        }
    });
    let mut response = Body::from_stream(pieces).into_response();
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    out.insert(header::CONTENT_LENGTH, HeaderValue::from(to - from));
    if range.is_some() {
        *response.status_mut() = StatusCode::PARTIAL_CONTENT;
        let content_range = format!("bytes {from}-{}/{}", to.saturating_sub(1), file.size);
        response.headers_mut().insert(header::CONTENT_RANGE, HeaderValue::from_str(&content_range).expect("digits are a header value"));
    }
    Ok(response)
}

/// `bytes=N-` or `bytes=N-M` (inclusive) within a file of `size` bytes, as `[from, to)`.
fn parse_range(value: &str, size: u64) -> Option<(u64, u64)> {
    let (from, last) = value.trim().strip_prefix("bytes=")?.split_once('-')?;
    let from: u64 = from.trim().parse().ok()?;
    let to = match last.trim() {
        "" => size,
        last => last.parse::<u64>().ok()?.saturating_add(1).min(size),
    };
    (from < to).then_some((from, to))
}

fn unsatisfiable(size: u64) -> Response {
    let body = ErrorBody {
        code: ErrorCode::Invalid,
        message: format!("this file has {size} bytes: ask for a range inside them, e.g. bytes=0-"),
        field: Some("range".into()),
    };
    let mut response = (StatusCode::RANGE_NOT_SATISFIABLE, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_RANGE, HeaderValue::from_str(&format!("bytes */{size}")).expect("digits are a header value"));
    response
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn ranges_resume_from_an_offset_and_stay_inside_the_file() {
        let cases = [
            ("bytes=0-", Some((0, 10))),
            ("bytes=4-", Some((4, 10))),
            ("bytes=4-5", Some((4, 6))),
            ("bytes=4-99", Some((4, 10))),
            ("bytes=10-", None),
            ("bytes=-3", None),
            ("items=0-", None),
        ];
        for (value, expected) in cases {
            assert_eq!(parse_range(value, 10), expected, "{value}");
        }
    }
}
