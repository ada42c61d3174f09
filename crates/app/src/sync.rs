//! Settings → Team sync: signing this device in to a team's server (creating the team, or
//! joining one with an invite), the team's members and devices, and the status the indicator
//! shows. The background loop that syncs is in `sync_runner`.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use tandem_domain::member::Role as MemberRole;
use tandem_domain::workspace::WorkspaceSettings;
use tandem_domain::Invalid;
use tandem_store::outbox::unsent_edits;
use tandem_store::tables;
use tandem_store::{local_state, member_refs, members, settings, Db, Value, WriteSource};
use tandem_sync_client::account::{self, ACKED_SEQ, LAST_SYNCED_AT};
use tandem_sync_client::vault::Vault;
use tandem_sync_client::{Account, ServerClient, SyncError};
use tandem_sync_protocol::{AcceptInvite, CreateWorkspace, DeviceIntro, ErrorCode as WireCode, InviteRequest, Role, Session, SignIn};

use crate::dto::{
    CreateTeamInput, Invite, InviteInput, JoinTeamInput, LocalRecords, PendingInvite, SignInInput, SyncAccount, SyncProgress, SyncRole,
    SyncState, SyncStatus, TeamDevice, TeamMember,
};
use crate::{App, AppError, ErrorCode};

/// The sync loop's live state, beside what the database remembers.
#[derive(Default)]
pub(crate) struct SyncSlot {
    pub live: Mutex<Live>,
    pub wake: tokio::sync::Notify,
    /// The keychain, opened on first use (tests give a mock one).
    pub vault: OnceLock<Vault>,
    /// Tells the front end the status changed.
    pub emit: OnceLock<Arc<dyn Fn(SyncStatus) + Send + Sync>>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Live {
    pub state: Option<SyncState>,
    pub error: Option<String>,
    pub progress: Option<SyncProgress>,
}

impl App {
    /// Uses `vault` for device tokens instead of the system keychain (tests).
    pub fn use_vault(&self, vault: Vault) {
        let _ = self.inner.sync.vault.set(vault);
    }

    pub(crate) fn vault(&self) -> Result<Vault, AppError> {
        if let Some(vault) = self.inner.sync.vault.get() {
            return Ok(vault.clone());
        }
        let vault = Vault::system().map_err(sync_error)?;
        Ok(self.inner.sync.vault.get_or_init(|| vault).clone())
    }

    pub fn sync_status(&self) -> Result<SyncStatus, AppError> {
        let db = self.db()?;
        let account = account::load(&db).map_err(sync_error)?;
        let live = self.inner.sync.live.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let Some(account) = account else {
            return Ok(SyncStatus { account: None, state: SyncState::Off, last_synced_at: None, pending: 0, error: None, progress: None });
        };
        let acked = account::cursor(&db, ACKED_SEQ).map_err(sync_error)?;
        Ok(SyncStatus {
            account: Some(account_dto(&account)),
            state: live.state.unwrap_or(SyncState::Syncing),
            last_synced_at: account::state(&db, LAST_SYNCED_AT).map_err(sync_error)?,
            pending: db.read(|c| unsent_edits(c, acked))?,
            error: live.error,
            progress: live.progress,
        })
    }

    /// Creates a team on the server with this user as its admin, and uploads this workspace to it.
    pub async fn sync_create_team(&self, input: CreateTeamInput) -> Result<SyncStatus, AppError> {
        let db = self.not_signed_in()?;
        let client = ServerClient::new(&input.server_url).map_err(sync_error)?;
        check_password(&input.password)?;
        let request = CreateWorkspace {
            workspace_name: input.workspace_name,
            email: input.email,
            display_name: input.display_name,
            password: input.password,
            device: DeviceIntro { id: db.device_id().into(), name: input.device_name.clone() },
        };
        let team_name = request.workspace_name.trim().to_owned();
        let session = client.create_workspace(&request).await.map_err(sync_error)?;
        let status = self.signed_in(&db, &client, session, &input.device_name, LocalRecords::Merge).await?;
        // The workspace is now the team's: it goes by the team's name on every device.
        // Signed in already: a failure here is logged, not reported as a failed team.
        let named = self.get_settings().and_then(|current| Ok(WorkspaceSettings { name: team_name, ..current }.validate()?));
        let renamed = named.and_then(|named| self.write(WriteSource::Background, "", |w| Ok(settings::save(w, &named)?)));
        if let Err(err) = renamed {
            tracing::warn!(%err, "the workspace keeps its name; the team's could not be given to it");
        }
        Ok(status)
    }

    /// Signs in to an existing team; the records on this device are merged in or kept aside.
    pub async fn sync_sign_in(&self, input: SignInInput) -> Result<SyncStatus, AppError> {
        let db = self.not_signed_in()?;
        let client = ServerClient::new(&input.server_url).map_err(sync_error)?;
        let request = SignIn {
            email: input.email,
            password: input.password,
            device: DeviceIntro { id: db.device_id().into(), name: input.device_name.clone() },
        };
        let session = client.sign_in(&request).await.map_err(sync_error)?;
        self.signed_in(&db, &client, session, &input.device_name, input.local_records).await
    }

    /// Accepts an invite with the one-time code an admin passed on, choosing a password.
    pub async fn sync_join_team(&self, input: JoinTeamInput) -> Result<SyncStatus, AppError> {
        let db = self.not_signed_in()?;
        let client = ServerClient::new(&input.server_url).map_err(sync_error)?;
        check_password(&input.password)?;
        let request = AcceptInvite {
            email: input.email,
            code: input.code,
            display_name: input.display_name,
            password: input.password,
            device: DeviceIntro { id: db.device_id().into(), name: input.device_name.clone() },
        };
        let session = client.accept_invite(&request).await.map_err(sync_error)?;
        self.signed_in(&db, &client, session, &input.device_name, input.local_records).await
    }

    fn not_signed_in(&self) -> Result<Arc<Db>, AppError> {
        let db = self.db()?;
        if let Some(account) = account::load(&db).map_err(sync_error)? {
            return Err(AppError::new(
                ErrorCode::Conflict,
                format!("This device already syncs with {} as {}. Sign out first.", account.workspace_name, account.email),
            ));
        }
        Ok(db)
    }

    /// Once the server has let the device in (so a wrong password keeps everything as it was):
    /// the token goes to the keychain, the records here are kept aside if the user chose so,
    /// and the account is saved. A failure before the account is saved signs the device out.
    async fn signed_in(
        &self,
        db: &Arc<Db>,
        client: &ServerClient,
        session: Session,
        device_name: &str,
        local_records: LocalRecords,
    ) -> Result<SyncStatus, AppError> {
        let account = Account::of_session(client.url(), &session, device_name.trim());
        let vault = self.vault()?;
        let (user, token) = (account.keychain_user(), session.token.clone());
        let kept = tokio::task::spawn_blocking(move || vault.save(&user, &token)).await.map_err(internal)?;
        if let Err(err) = kept {
            // Without a keychain the token would be lost: give the device back to the server.
            let _ = client.clone().signed_in(session.token).sign_out().await;
            return Err(sync_error(err));
        }
        let (app, workspace_id) = (self.clone(), account.workspace_id.clone());
        let prepared = tokio::task::spawn_blocking(move || app.prepare_records(local_records, &workspace_id))
            .await
            .unwrap_or_else(|e| Err(internal(e)));
        if let Err(err) = prepared {
            // Not signed in after all: the token leaves the keychain and the server.
            let (vault, user) = (self.vault()?, account.keychain_user());
            let _ = tokio::task::spawn_blocking(move || vault.remove(&user)).await;
            let _ = client.clone().signed_in(session.token).sign_out().await;
            return Err(err);
        }
        account::save(db, &account).map_err(sync_error)?;
        self.adopt_team_identity(&account)?;
        self.set_live(Some(SyncState::Syncing), None);
        self.inner.sync.wake.notify_one();
        self.sync_status()
    }

    /// Readies this device's records for the team `workspace_id`: kept aside, or merged in. Merged
    /// in, what the devices of the last team this device synced with wrote goes too: the new
    /// team's server has never seen it, and takes from a device only changes it sends as its own.
    fn prepare_records(&self, local_records: LocalRecords, workspace_id: &str) -> Result<(), AppError> {
        let db = self.db()?;
        match local_records {
            LocalRecords::KeepAside => self.keep_aside().map(|_| ()),
            LocalRecords::Merge if account::received_elsewhere(&db, workspace_id).map_err(sync_error)? => {
                let adopted = db.adopt_received()?;
                tracing::info!(adopted, "fields received from another team will be sent to this one");
                Ok(())
            }
            LocalRecords::Merge => Ok(()),
        }
    }

    /// In one transaction: writes who this device belongs to, as a synced record, so that every
    /// device of the team can say who made a change; and makes the team account this device's
    /// profile: a workspace member whose id is the team user's (so all of a person's devices are
    /// one member) with the team role. The profile made at setup, when it is the same person
    /// (same email), hands over its records and goes.
    fn adopt_team_identity(&self, account: &Account) -> Result<(), AppError> {
        let role = member_role(account.role).as_str();
        self.write(WriteSource::Background, "", |w| {
            let text = |s: &str| Value::Text(s.to_owned());
            w.set(
                &tables::TEAM_DEVICES,
                &account.device_id,
                &[
                    ("user_id", text(&account.user_id)),
                    ("display_name", text(&account.display_name)),
                    ("email", text(&account.email)),
                    ("device_name", text(&account.device_name)),
                ],
            )?;
            w.set(
                &tables::MEMBERS,
                &account.user_id,
                &[("name", text(&account.display_name)), ("email", text(&account.email)), ("role", text(role))],
            )?;
            let previous = local_state::get(w.conn(), local_state::PROFILE_MEMBER)?.filter(|id| *id != account.user_id);
            if let Some(previous) = previous {
                let same_person = members::get(w.conn(), &previous).is_ok_and(|m| m.email.eq_ignore_ascii_case(&account.email));
                if same_person {
                    member_refs::move_references(w, &previous, &account.user_id)?;
                    w.soft_delete(&tables::MEMBERS, &previous)?;
                }
            }
            local_state::set(w.conn(), local_state::PROFILE_MEMBER, &account.user_id)?;
            Ok(())
        })
    }

    /// Signs this device out: its token leaves the keychain and, when the server can be
    /// reached, stops working there. The records stay on this device.
    pub async fn sync_sign_out(&self) -> Result<SyncStatus, AppError> {
        let db = self.db()?;
        let Some(account) = account::load(&db).map_err(sync_error)? else { return self.sync_status() };
        if let Ok(client) = self.signed_in_client(&account).await {
            if let Err(err) =
                tokio::time::timeout(Duration::from_secs(5), client.sign_out()).await.unwrap_or(Err(SyncError::Offline("timed out".into())))
            {
                tracing::warn!(%err, "the server could not be told of the sign-out; the token is removed here");
            }
        }
        let vault = self.vault()?;
        let user = account.keychain_user();
        tokio::task::spawn_blocking(move || vault.remove(&user)).await.map_err(internal)?.map_err(sync_error)?;
        account::forget(&db).map_err(sync_error)?;
        self.set_live(None, None);
        self.inner.sync.wake.notify_one();
        self.sync_status()
    }

    /// Asks the loop to sync now; returns at once.
    pub fn sync_now(&self) -> Result<SyncStatus, AppError> {
        self.inner.sync.wake.notify_one();
        self.sync_status()
    }

    pub async fn sync_members(&self) -> Result<Vec<TeamMember>, AppError> {
        let client = self.team_client().await?.1;
        Ok(client.members().await.map_err(sync_error)?.into_iter().map(member_dto).collect())
    }

    /// An admin changes a teammate's role on the server; every device learns it through the
    /// teammate's member record, written here.
    pub async fn sync_set_role(&self, user_id: &str, role: SyncRole) -> Result<Vec<TeamMember>, AppError> {
        let client = self.team_client().await?.1;
        let members = client.set_role(user_id, role_of(role)).await.map_err(sync_error)?;
        if let Some(changed) = members.iter().find(|m| m.user_id == user_id) {
            let role = member_role(changed.role).as_str();
            let known = self.db()?.read(|c| Ok(members::get(c, user_id).is_ok()))?;
            if known {
                self.write(WriteSource::Background, "", |w| {
                    Ok(w.set(&tables::MEMBERS, user_id, &[("role", Value::Text(role.into()))])?)
                })?;
            }
        }
        Ok(members.into_iter().map(member_dto).collect())
    }

    pub async fn sync_devices(&self) -> Result<Vec<TeamDevice>, AppError> {
        let (account, client) = self.team_client().await?;
        Ok(devices_dto(client.devices().await.map_err(sync_error)?, &account))
    }

    pub async fn sync_revoke_device(&self, device_id: &str) -> Result<Vec<TeamDevice>, AppError> {
        let (account, client) = self.team_client().await?;
        if device_id == account.device_id {
            return Err(AppError::new(ErrorCode::Validation, "To stop syncing this device, sign out."));
        }
        Ok(devices_dto(client.revoke_device(device_id).await.map_err(sync_error)?, &account))
    }

    pub async fn sync_invite(&self, input: InviteInput) -> Result<Invite, AppError> {
        let client = self.team_client().await?.1;
        let invite = client.invite(&InviteRequest { email: input.email, role: role_of(input.role) }).await.map_err(sync_error)?;
        Ok(Invite { email: invite.email, role: role_dto(invite.role), code: invite.code, expires_at: invite.expires_at })
    }

    /// The team's invites nobody has used yet (admins only).
    pub async fn sync_invites(&self) -> Result<Vec<PendingInvite>, AppError> {
        let client = self.team_client().await?.1;
        Ok(client.invites().await.map_err(sync_error)?.into_iter().map(pending_invite_dto).collect())
    }

    /// Withdraws an invite before it is used: its code stops working at once.
    pub async fn sync_cancel_invite(&self, id: &str) -> Result<Vec<PendingInvite>, AppError> {
        let client = self.team_client().await?.1;
        Ok(client.cancel_invite(id).await.map_err(sync_error)?.into_iter().map(pending_invite_dto).collect())
    }

    async fn team_client(&self) -> Result<(Account, ServerClient), AppError> {
        let db = self.db()?;
        let account = account::load(&db)
            .map_err(sync_error)?
            .ok_or_else(|| AppError::new(ErrorCode::Validation, "This device is not signed in to a team."))?;
        let client = self.signed_in_client(&account).await?;
        Ok((account, client))
    }

    /// A client carrying this device's token from the keychain.
    pub(crate) async fn signed_in_client(&self, account: &Account) -> Result<ServerClient, AppError> {
        let vault = self.vault()?;
        let user = account.keychain_user();
        let token = tokio::task::spawn_blocking(move || vault.load(&user)).await.map_err(internal)?.map_err(sync_error)?;
        let token = token.ok_or_else(|| {
            AppError::new(ErrorCode::Forbidden, "This device's sync token is missing from the keychain. Sign out, then sign in again.")
        })?;
        Ok(ServerClient::new(&account.server_url).map_err(sync_error)?.signed_in(token))
    }

    pub(crate) fn set_live(&self, state: Option<SyncState>, error: Option<String>) {
        *self.inner.sync.live.lock().unwrap_or_else(|p| p.into_inner()) = Live { state, error, progress: None };
        self.emit_sync_status();
    }

    pub(crate) fn set_progress(&self, progress: SyncProgress) {
        self.inner.sync.live.lock().unwrap_or_else(|p| p.into_inner()).progress = Some(progress);
        self.emit_sync_status();
    }

    pub(crate) fn emit_sync_status(&self) {
        if let (Some(emit), Ok(status)) = (self.inner.sync.emit.get(), self.sync_status()) {
            emit(status);
        }
    }
}

fn check_password(password: &str) -> Result<(), AppError> {
    if password.chars().count() < 10 {
        return Err(Invalid::new("password", "A password needs at least 10 characters.").into());
    }
    Ok(())
}

fn account_dto(a: &Account) -> SyncAccount {
    SyncAccount {
        server_url: a.server_url.clone(),
        workspace_id: a.workspace_id.clone(),
        workspace_name: a.workspace_name.clone(),
        user_id: a.user_id.clone(),
        email: a.email.clone(),
        display_name: a.display_name.clone(),
        role: role_dto(a.role),
        device_id: a.device_id.clone(),
        device_name: a.device_name.clone(),
    }
}

fn pending_invite_dto(i: tandem_sync_protocol::PendingInvite) -> PendingInvite {
    PendingInvite { id: i.id, email: i.email, role: role_dto(i.role), expires_at: i.expires_at }
}

fn member_dto(m: tandem_sync_protocol::Member) -> TeamMember {
    TeamMember { user_id: m.user_id, email: m.email, display_name: m.display_name, role: role_dto(m.role) }
}

fn devices_dto(devices: Vec<tandem_sync_protocol::Device>, account: &Account) -> Vec<TeamDevice> {
    devices
        .into_iter()
        .map(|d| TeamDevice {
            this_device: d.device_id == account.device_id,
            device_id: d.device_id,
            name: d.name,
            email: d.email,
            created_at: d.created_at,
            last_seen_at: d.last_seen_at,
            revoked: d.revoked,
        })
        .collect()
}

fn role_dto(role: Role) -> SyncRole {
    match role {
        Role::Admin => SyncRole::Admin,
        Role::SalesManager => SyncRole::SalesManager,
        Role::Marketer => SyncRole::Marketer,
        Role::Seller => SyncRole::Seller,
    }
}

fn role_of(role: SyncRole) -> Role {
    match role {
        SyncRole::Admin => Role::Admin,
        SyncRole::SalesManager => Role::SalesManager,
        SyncRole::Marketer => Role::Marketer,
        SyncRole::Seller => Role::Seller,
    }
}

/// The workspace role a team role gives on every device.
fn member_role(role: Role) -> MemberRole {
    match role {
        Role::Admin => MemberRole::Admin,
        Role::SalesManager => MemberRole::SalesManager,
        Role::Marketer => MemberRole::Marketer,
        Role::Seller => MemberRole::Seller,
    }
}

fn internal(e: tokio::task::JoinError) -> AppError {
    AppError::new(ErrorCode::Internal, format!("A sync step failed: {e}"))
}

/// A sync failure as the sign-in form and Settings show it: a refused field lands on its input.
pub(crate) fn sync_error(err: SyncError) -> AppError {
    match err {
        SyncError::Refused(body) => {
            let code = match body.code {
                WireCode::Forbidden => ErrorCode::Forbidden,
                WireCode::Conflict if body.field.is_none() => ErrorCode::Conflict,
                WireCode::Internal => ErrorCode::Internal,
                _ if body.field.is_some() => ErrorCode::Validation,
                _ => ErrorCode::Conflict,
            };
            let message = sentence(&body.message);
            match body.field {
                Some(field) if code == ErrorCode::Validation => Invalid::new(&field, message).into(),
                _ => AppError::new(code, message),
            }
        }
        SyncError::Offline(detail) => {
            AppError::new(ErrorCode::Io, format!("Cannot reach the server ({detail}). Check the address and your connection."))
        }
        SyncError::Store(e) => e.into(),
        other => AppError::new(ErrorCode::Internal, sentence(&other.to_string())),
    }
}

/// The server speaks in lower-case clauses; the app shows sentences.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}
