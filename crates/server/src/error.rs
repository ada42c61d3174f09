//! Every failure leaves the server as JSON with a stable code (see `ErrorBody`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use tandem_sync_protocol::{ErrorBody, ErrorCode};

use crate::store::StoreError;

#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError { code, message: message.into(), field: None }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError { code: ErrorCode::Invalid, message: message.into(), field: Some(field.to_owned()) }
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Forbidden, message)
    }

    fn status(&self) -> StatusCode {
        match self.code {
            ErrorCode::Invalid | ErrorCode::ClockAhead => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::BadCredentials | ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::Forbidden => StatusCode::FORBIDDEN,
            ErrorCode::UpdateNeeded => StatusCode::UPGRADE_REQUIRED,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Taken(what) => {
                ApiError { code: ErrorCode::Conflict, message: format!("{what} is already in use"), field: Some("email".into()) }
            }
            StoreError::DeviceOfAnother => ApiError::new(ErrorCode::Conflict, e.to_string()),
            StoreError::LastAdmin => ApiError { code: ErrorCode::Conflict, message: e.to_string(), field: Some("role".into()) },
            StoreError::FileOffset { .. } => ApiError { code: ErrorCode::Conflict, message: e.to_string(), field: Some("offset".into()) },
            StoreError::FileSize { .. } => ApiError::invalid("size", e.to_string()),
            other => {
                tracing::error!(error = %other, "store failed");
                ApiError::new(ErrorCode::Internal, "the server could not read or write its data; its log says why")
            }
        }
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> ApiError {
        tracing::error!(error = %e, "a blocking task failed");
        ApiError::new(ErrorCode::Internal, "the server failed while handling this request")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        (status, Json(ErrorBody { code: self.code, message: self.message, field: self.field })).into_response()
    }
}
