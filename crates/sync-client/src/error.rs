//! Why a sync step failed, in the terms the status indicator and the sign-in form need.

use tandem_sync_protocol::{ErrorBody, ErrorCode};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server could not be reached: this device is offline, or the server is down.
    #[error("cannot reach the server: {0}")]
    Offline(String),
    /// The server refused the request and said why.
    #[error("{}", .0.message)]
    Refused(ErrorBody),
    /// The server answered something this version cannot read.
    #[error("{0}")]
    Protocol(String),
    /// A library file on this device could not be read or written.
    #[error("{0}")]
    File(String),
    /// The device signed out (or in to another team) while a pass was running: what the pass
    /// still had to record belongs to an account that is gone.
    #[error("this device signed out while it was syncing")]
    SignedOutDuringPass,
    /// The server holds fewer changes than this device already read or had acknowledged: it was
    /// restored from an older backup, or replaced. A pass then sends and reads everything again.
    #[error("the server holds fewer changes than this device already read (was it restored from an older backup?)")]
    ServerWentBack,
    #[error("the keychain could not be used: {0}")]
    Keychain(String),
    #[error(transparent)]
    Store(#[from] tandem_store::StoreError),
}

impl SyncError {
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            SyncError::Refused(body) => Some(body.code),
            _ => None,
        }
    }

    /// The device's token no longer works: it was revoked or signed out elsewhere.
    pub fn is_signed_out(&self) -> bool {
        self.code() == Some(ErrorCode::Unauthorized)
    }
}

impl From<reqwest::Error> for SyncError {
    fn from(e: reqwest::Error) -> SyncError {
        // A connection cut while the answer was arriving (`is_body`) is the network's doing too.
        let offline = e.is_connect() || e.is_timeout() || e.is_request() || e.is_body();
        let text = describe(&e.without_url());
        if offline {
            SyncError::Offline(text)
        } else {
            SyncError::Protocol(format!("the server's answer could not be read: {text}"))
        }
    }
}

/// The error with its causes ("error sending request: connection refused"), which say what happened.
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}
