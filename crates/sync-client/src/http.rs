//! The server's HTTP API, one method per endpoint.

use std::time::Duration;

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tandem_sync_protocol::{
    AcceptInvite, Change, CreateWorkspace, Device, ErrorBody, ErrorCode, Invite, InviteRequest, Member, PendingInvite, PullResponse,
    PushRequest, PushResponse, Role, RoleChange, Session, SignIn, SnapshotCursor, SnapshotPage, PROTOCOL, PROTOCOL_HEADER,
};

use crate::SyncError;

#[derive(Clone)]
pub struct ServerClient {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
}

impl ServerClient {
    /// A client for the server at `url` (e.g. `https://sync.example.com`), not signed in yet.
    pub fn new(url: &str) -> Result<ServerClient, SyncError> {
        let base = normalize_url(url)?;
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("Tandem/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::Protocol(format!("cannot start an HTTP client: {e}")))?;
        Ok(ServerClient { http, base, token: None })
    }

    pub fn signed_in(mut self, token: String) -> ServerClient {
        self.token = Some(token);
        self
    }

    pub fn url(&self) -> &str {
        &self.base
    }

    pub(crate) fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let mut request = self.http.request(method, format!("{}/v1{path}", self.base)).header(PROTOCOL_HEADER, PROTOCOL.to_string());
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        request
    }

    pub(crate) async fn send<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T, SyncError> {
        // Requests other than the event stream are short: a stalled one counts as offline.
        let response = request.timeout(Duration::from_secs(60)).send().await?;
        let status = response.status();
        if status.is_success() {
            if status == StatusCode::NO_CONTENT {
                return serde_json::from_str("null").map_err(|e| SyncError::Protocol(e.to_string()));
            }
            return Ok(response.json().await?);
        }
        Err(ServerClient::refusal(response).await)
    }

    /// Why the server refused a request, from its error body.
    pub(crate) async fn refusal(response: reqwest::Response) -> SyncError {
        let status = response.status();
        refusal_of(status, &response.text().await.unwrap_or_default())
    }

    async fn post<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> Result<T, SyncError> {
        self.send(self.request(Method::POST, path).json(body)).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T, SyncError> {
        self.send(self.request(Method::GET, path).query(query)).await
    }

    pub async fn create_workspace(&self, input: &CreateWorkspace) -> Result<Session, SyncError> {
        self.post("/workspaces", input).await
    }

    pub async fn sign_in(&self, input: &SignIn) -> Result<Session, SyncError> {
        self.post("/sessions", input).await
    }

    pub async fn accept_invite(&self, input: &AcceptInvite) -> Result<Session, SyncError> {
        self.post("/invites/accept", input).await
    }

    pub async fn sign_out(&self) -> Result<(), SyncError> {
        self.send::<Option<()>>(self.request(Method::DELETE, "/sessions")).await.map(|_| ())
    }

    pub async fn members(&self) -> Result<Vec<Member>, SyncError> {
        self.get("/members", &[]).await
    }

    pub async fn set_role(&self, user_id: &str, role: Role) -> Result<Vec<Member>, SyncError> {
        let id: String = user_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        self.send(self.request(Method::PUT, &format!("/members/{id}/role")).json(&RoleChange { role })).await
    }

    pub async fn devices(&self) -> Result<Vec<Device>, SyncError> {
        self.get("/devices", &[]).await
    }

    pub async fn revoke_device(&self, device_id: &str) -> Result<Vec<Device>, SyncError> {
        let id: String = device_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        self.send(self.request(Method::DELETE, &format!("/devices/{id}"))).await
    }

    pub async fn invite(&self, input: &InviteRequest) -> Result<Invite, SyncError> {
        self.post("/invites", input).await
    }

    pub async fn invites(&self) -> Result<Vec<PendingInvite>, SyncError> {
        self.get("/invites", &[]).await
    }

    pub async fn cancel_invite(&self, id: &str) -> Result<Vec<PendingInvite>, SyncError> {
        let id: String = id.chars().filter(char::is_ascii_hexdigit).collect();
        self.send(self.request(Method::DELETE, &format!("/invites/{id}"))).await
    }

    pub async fn push(&self, changes: Vec<Change>) -> Result<PushResponse, SyncError> {
        self.post("/push", &PushRequest { changes }).await
    }

    pub async fn pull(&self, after: i64, limit: usize) -> Result<PullResponse, SyncError> {
        self.get("/pull", &[("after", after.to_string()), ("limit", limit.to_string())]).await
    }

    pub async fn snapshot(&self, as_of: Option<i64>, from: Option<&SnapshotCursor>, limit: usize) -> Result<SnapshotPage, SyncError> {
        let mut query = vec![("limit", limit.to_string())];
        if let Some(as_of) = as_of {
            query.push(("as_of", as_of.to_string()));
        }
        if let Some(from) = from {
            query.extend([("table", from.table.clone()), ("row_id", from.row_id.clone()), ("column", from.column.clone())]);
        }
        self.get("/snapshot", &query).await
    }

    /// Opens the server's event stream (see `pokes`).
    pub(crate) async fn events(&self) -> Result<reqwest::Response, SyncError> {
        let response = self.request(Method::GET, "/events").send().await?;
        if response.status().is_success() {
            return Ok(response);
        }
        let text = response.text().await.unwrap_or_default();
        Err(serde_json::from_str::<ErrorBody>(&text).map_or_else(|_| SyncError::Protocol(text), SyncError::Refused))
    }
}

/// `sync.example.com` means `https://sync.example.com`; a trailing slash is dropped.
pub fn normalize_url(url: &str) -> Result<String, SyncError> {
    let url = url.trim();
    let invalid = |message: &str| {
        SyncError::Refused(ErrorBody { code: ErrorCode::Invalid, message: message.into(), field: Some("server_url".into()) })
    };
    if url.is_empty() {
        return Err(invalid("the server's address is required, e.g. https://sync.example.com"));
    }
    let full = if url.contains("://") { url.to_owned() } else { format!("https://{url}") };
    let parsed = reqwest::Url::parse(&full).map_err(|_| invalid(&format!("'{url}' is not a web address")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(invalid(&format!("'{url}' is not an http or https address")));
    }
    Ok(full.trim_end_matches('/').to_owned())
}

/// A refusal from its status and body. A body that is not the server's own comes from a limit on
/// the request's size or from a reverse proxy, and is judged by its status: a proxy whose server
/// is down or restarting (502, 503, 504) or asking to slow down (429) means "not reachable now",
/// as when offline, not an error for the user to look into.
fn refusal_of(status: StatusCode, text: &str) -> SyncError {
    if let Ok(body) = serde_json::from_str::<ErrorBody>(text) {
        return SyncError::Refused(body);
    }
    let unavailable =
        [StatusCode::BAD_GATEWAY, StatusCode::SERVICE_UNAVAILABLE, StatusCode::GATEWAY_TIMEOUT, StatusCode::TOO_MANY_REQUESTS];
    if unavailable.contains(&status) {
        return SyncError::Offline(format!("the server answered {status}"));
    }
    SyncError::Refused(match status {
        StatusCode::PAYLOAD_TOO_LARGE => ErrorBody {
            code: ErrorCode::TooLarge,
            message: "the server (or a proxy in front of it) refused a request as too large".into(),
            field: None,
        },
        _ => ErrorBody {
            code: if status.is_server_error() { ErrorCode::Internal } else { ErrorCode::Invalid },
            message: format!("the server answered {status}; is this a Tandem server?"),
            field: None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_that_is_not_the_servers_own_is_judged_by_its_status() {
        let own = r#"{"code":"not_found","message":"no such file"}"#;
        assert!(matches!(refusal_of(StatusCode::NOT_FOUND, own), SyncError::Refused(b) if b.code == ErrorCode::NotFound));
        for status in [StatusCode::BAD_GATEWAY, StatusCode::SERVICE_UNAVAILABLE, StatusCode::GATEWAY_TIMEOUT, StatusCode::TOO_MANY_REQUESTS]
        {
            assert!(matches!(refusal_of(status, "<html>nginx</html>"), SyncError::Offline(_)), "{status}");
        }
        assert_eq!(refusal_of(StatusCode::PAYLOAD_TOO_LARGE, "length limit exceeded").code(), Some(ErrorCode::TooLarge));
        assert_eq!(refusal_of(StatusCode::INTERNAL_SERVER_ERROR, "").code(), Some(ErrorCode::Internal));
        assert_eq!(refusal_of(StatusCode::NOT_FOUND, "<html>").code(), Some(ErrorCode::Invalid));
    }

    #[test]
    fn a_bare_host_means_https_and_junk_is_refused_on_the_url_field() {
        assert_eq!(normalize_url(" sync.example.com/ ").unwrap(), "https://sync.example.com");
        assert_eq!(normalize_url("http://127.0.0.1:8640").unwrap(), "http://127.0.0.1:8640");
        for bad in ["", "ftp://x.test", "http://"] {
            match normalize_url(bad) {
                Err(SyncError::Refused(body)) => assert_eq!(body.field.as_deref(), Some("server_url"), "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
