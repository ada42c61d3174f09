//! Teams, people and their devices: create a team, sign in, invite, list, revoke.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{Duration, SecondsFormat, Utc};
use tandem_sync_protocol::{
    AcceptInvite, CreateWorkspace, Device, DeviceIntro, ErrorCode, Invite, InviteRequest, Member, PendingInvite, Role, RoleChange, Session,
    SignIn,
};

use crate::caller::{now, Signed};
use crate::credentials::{self, MIN_PASSWORD_CHARS};
use crate::error::ApiError;
use crate::store::{Caller, NewDevice, NewInvite, NewUser};
use crate::ServerState;

const INVITE_DAYS: i64 = 7;

fn email(raw: &str) -> Result<String, ApiError> {
    let email = raw.trim().to_lowercase();
    let valid = email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.ends_with('.'));
    if valid && !email.contains(char::is_whitespace) {
        Ok(email)
    } else {
        Err(ApiError::invalid("email", format!("'{}' is not an email address", raw.trim())))
    }
}

fn required(field: &str, value: &str, what: &str) -> Result<String, ApiError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ApiError::invalid(field, format!("{what} is required")));
    }
    if value.chars().count() > 200 {
        return Err(ApiError::invalid(field, format!("{what} is longer than 200 characters")));
    }
    Ok(value.to_owned())
}

fn new_password(password: &str) -> Result<(), ApiError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ApiError::invalid("password", format!("a password needs at least {MIN_PASSWORD_CHARS} characters")));
    }
    Ok(())
}

/// The device signing in, with the token it will use from now on (returned once, kept hashed).
fn device(intro: &DeviceIntro) -> Result<(NewDevice, String), ApiError> {
    let id = intro.id.trim();
    if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(ApiError::invalid("device_id", "this device's id is malformed"));
    }
    let token = credentials::new_token();
    let device = NewDevice {
        id: id.to_owned(),
        name: required("device_name", &intro.name, "A device name")?,
        token_hash: credentials::digest(&token),
    };
    Ok((device, token))
}

fn session(caller: Caller, token: String) -> Session {
    Session {
        token,
        workspace_id: caller.workspace_id,
        workspace_name: caller.workspace_name,
        user_id: caller.user_id,
        email: caller.email,
        display_name: caller.display_name,
        role: caller.role,
        device_id: caller.device_id,
    }
}

/// Argon2 takes tens of milliseconds on purpose: keep it off the async workers.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await?
}

fn check_attempts(state: &ServerState, email: &str) -> Result<(), ApiError> {
    if state.attempts.allow(email) {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::TooManyRequests, "too many attempts for this email; wait a few minutes and try again"))
    }
}

/// `POST /v1/workspaces`: a new team, whose creator is its first admin.
pub async fn create_workspace(State(state): State<ServerState>, Json(input): Json<CreateWorkspace>) -> Result<Json<Session>, ApiError> {
    let name = required("workspace_name", &input.workspace_name, "A team name")?;
    let email = email(&input.email)?;
    let display_name = required("display_name", &input.display_name, "Your name")?;
    new_password(&input.password)?;
    let (device, token) = device(&input.device)?;
    let store = state.store.clone();
    let caller = blocking(move || {
        let admin = NewUser {
            id: uuid::Uuid::now_v7().to_string(),
            email,
            display_name,
            role: Role::Admin,
            password_hash: credentials::hash_password(&input.password),
        };
        Ok(store.create_workspace(&uuid::Uuid::now_v7().to_string(), &name, &admin, &device, &now())?)
    })
    .await?;
    Ok(Json(session(caller, token)))
}

/// `POST /v1/sessions`: signs a device in with email and password.
pub async fn sign_in(State(state): State<ServerState>, Json(input): Json<SignIn>) -> Result<Json<Session>, ApiError> {
    let email = email(&input.email)?;
    check_attempts(&state, &email)?;
    let (device, token) = device(&input.device)?;
    let store = state.store.clone();
    let caller = blocking(move || {
        let wrong =
            || ApiError { code: ErrorCode::BadCredentials, message: "wrong email or password".into(), field: Some("password".into()) };
        let user = store.user_by_email(&email)?;
        // Check a password even for an unknown email, so timing does not tell which emails exist.
        let stored = user.as_ref().map_or(credentials::unknown_user_hash(), |u| u.password_hash.as_str());
        let matches = credentials::password_matches(&input.password, stored);
        let user = user.filter(|_| matches).ok_or_else(wrong)?;
        Ok(store.sign_in_device(&user.id, &device, &now())?)
    })
    .await?;
    Ok(Json(session(caller, token)))
}

/// `DELETE /v1/sessions`: signs this device out (its token stops working at once).
pub async fn sign_out(State(state): State<ServerState>, Signed(caller): Signed) -> Result<StatusCode, ApiError> {
    let store = state.store.clone();
    blocking(move || Ok(store.revoke_device(&caller.workspace_id, &caller.device_id, &now())?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /v1/members`
pub async fn members(State(state): State<ServerState>, Signed(caller): Signed) -> Result<Json<Vec<Member>>, ApiError> {
    let store = state.store.clone();
    Ok(Json(blocking(move || Ok(store.members(&caller.workspace_id)?)).await?))
}

/// `PUT /v1/members/{id}/role`: an admin changes a member's role (the team keeps an admin).
pub async fn set_role(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(user_id): Path<String>,
    Json(input): Json<RoleChange>,
) -> Result<Json<Vec<Member>>, ApiError> {
    caller.require_admin()?;
    let store = state.store.clone();
    Ok(Json(
        blocking(move || {
            if !store.set_role(&caller.workspace_id, &user_id, input.role)? {
                return Err(ApiError::invalid("user_id", "this team has no such member"));
            }
            Ok(store.members(&caller.workspace_id)?)
        })
        .await?,
    ))
}

/// `GET /v1/devices`: every device of the team for an admin, one's own for everyone else.
pub async fn devices(State(state): State<ServerState>, Signed(caller): Signed) -> Result<Json<Vec<Device>>, ApiError> {
    let store = state.store.clone();
    Ok(Json(blocking(move || list_devices(&*store, &caller)).await?))
}

fn list_devices(store: &dyn crate::store::Store, caller: &Caller) -> Result<Vec<Device>, ApiError> {
    let only = (caller.role != Role::Admin).then_some(caller.user_id.as_str());
    Ok(store.devices(&caller.workspace_id, only)?)
}

/// `DELETE /v1/devices/{id}`: an admin revokes any device of the team; anyone their own.
pub async fn revoke_device(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(device_id): Path<String>,
) -> Result<Json<Vec<Device>>, ApiError> {
    let store = state.store.clone();
    let devices = blocking(move || {
        let own = store.devices(&caller.workspace_id, Some(&caller.user_id))?.iter().any(|d| d.device_id == device_id);
        if !own {
            caller.require_admin()?;
        }
        if !store.revoke_device(&caller.workspace_id, &device_id, &now())? {
            return Err(ApiError::invalid("device_id", "this team has no such device"));
        }
        list_devices(&*store, &caller)
    })
    .await?;
    Ok(Json(devices))
}

/// `POST /v1/invites`: an admin invites an email with a role; the code is shown once.
pub async fn invite(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Json(input): Json<InviteRequest>,
) -> Result<Json<Invite>, ApiError> {
    caller.require_admin()?;
    let email = email(&input.email)?;
    let code = credentials::new_invite_code();
    let expires_at = (Utc::now() + Duration::days(INVITE_DAYS)).to_rfc3339_opts(SecondsFormat::Millis, true);
    let invite = NewInvite {
        workspace_id: caller.workspace_id,
        email: email.clone(),
        role: input.role,
        code_hash: credentials::digest(&code),
        expires_at: expires_at.clone(),
    };
    let store = state.store.clone();
    blocking(move || {
        if store.user_by_email(&invite.email)?.is_some() {
            return Err(ApiError::invalid("email", "someone with this email already has an account on this server"));
        }
        Ok(store.create_invite(&invite)?)
    })
    .await?;
    Ok(Json(Invite { email, role: input.role, code, expires_at }))
}

/// `GET /v1/invites`: an admin sees the team's invites nobody has used yet.
pub async fn invites(State(state): State<ServerState>, Signed(caller): Signed) -> Result<Json<Vec<PendingInvite>>, ApiError> {
    caller.require_admin()?;
    let store = state.store.clone();
    Ok(Json(blocking(move || Ok(store.pending_invites(&caller.workspace_id, &now())?)).await?))
}

/// `DELETE /v1/invites/{id}`: an admin withdraws an invite before it is used; its code stops
/// working at once.
pub async fn cancel_invite(
    State(state): State<ServerState>,
    Signed(caller): Signed,
    Path(id): Path<String>,
) -> Result<Json<Vec<PendingInvite>>, ApiError> {
    caller.require_admin()?;
    let store = state.store.clone();
    let invites = blocking(move || {
        if !store.cancel_invite(&caller.workspace_id, &id)? {
            return Err(ApiError::invalid("id", "this team has no such invite waiting; it may have been used or withdrawn"));
        }
        Ok(store.pending_invites(&caller.workspace_id, &now())?)
    })
    .await?;
    Ok(Json(invites))
}

/// `POST /v1/invites/accept`: the invited person chooses a password and signs their device in.
pub async fn accept_invite(State(state): State<ServerState>, Json(input): Json<AcceptInvite>) -> Result<Json<Session>, ApiError> {
    let email = email(&input.email)?;
    check_attempts(&state, &email)?;
    let display_name = required("display_name", &input.display_name, "Your name")?;
    new_password(&input.password)?;
    let (device, token) = device(&input.device)?;
    let code_hash = credentials::digest(&credentials::normalize_invite_code(&input.code));
    let store = state.store.clone();
    let caller = blocking(move || {
        let user = NewUser {
            id: uuid::Uuid::now_v7().to_string(),
            email,
            display_name,
            // The invite's role replaces this.
            role: Role::Seller,
            password_hash: credentials::hash_password(&input.password),
        };
        store.accept_invite(&code_hash, &user, &device, &now())?.ok_or_else(|| ApiError {
            code: ErrorCode::BadCredentials,
            message: "this code is not valid for this email: it may be mistyped, used already or expired".into(),
            field: Some("code".into()),
        })
    })
    .await?;
    Ok(Json(session(caller, token)))
}
