//! Who is asking: the device token in `Authorization: Bearer …`, checked on every request.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use chrono::{SecondsFormat, Utc};
use tandem_sync_protocol::{ErrorCode, Role, PROTOCOL, PROTOCOL_HEADER};

use crate::credentials::digest;
use crate::error::ApiError;
use crate::store::Caller;
use crate::ServerState;

/// A request from a signed-in, unrevoked device.
pub struct Signed(pub Caller);

impl FromRequestParts<ServerState> for Signed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &ServerState) -> Result<Signed, ApiError> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "sign in first: this request has no device token"))?;
        let hash = digest(token);
        let store = state.store.clone();
        let caller = tokio::task::spawn_blocking(move || store.caller(&hash, &now())).await??;
        let caller = caller
            .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "this device is signed out or was revoked by an admin; sign in again"))?;
        if !state.requests.allow(&caller.device_id) {
            return Err(ApiError::new(ErrorCode::TooManyRequests, "this device is sending too many requests; it will retry shortly"));
        }
        Ok(Signed(caller))
    }
}

impl Caller {
    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.role == Role::Admin {
            Ok(())
        } else {
            Err(ApiError::forbidden("only an admin of this team can do this"))
        }
    }
}

/// Refuses a client that speaks another protocol version, before it can send or read anything.
pub async fn require_protocol(State(_): State<ServerState>, request: Request, next: Next) -> Result<Response, ApiError> {
    let theirs = request.headers().get(PROTOCOL_HEADER).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u32>().ok());
    match theirs {
        Some(PROTOCOL) => Ok(next.run(request).await),
        Some(other) if other > PROTOCOL => Err(ApiError::new(
            ErrorCode::UpdateNeeded,
            format!("this Tandem speaks sync protocol {other}, the server only {PROTOCOL}: ask your admin to update the server"),
        )),
        _ => Err(ApiError::new(ErrorCode::UpdateNeeded, format!("the server speaks sync protocol {PROTOCOL}: update Tandem to sync"))),
    }
}

pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}
