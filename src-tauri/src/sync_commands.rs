//! Team sync: signing in to a team's server, its members and devices, and the sync status.

use tandem_app::dto::{
    CreateTeamInput, Invite, InviteInput, JoinTeamInput, KeptAsideWorkspace, PendingInvite, SignInInput, SyncRole, SyncStatus, TeamDevice,
    TeamMember,
};
use tandem_app::{App, AppError, ErrorCode};
use tauri::State;

use crate::commands::{off_ui, Reply};

#[tauri::command]
pub async fn sync_status(app: State<'_, App>) -> Reply<SyncStatus> {
    off_ui(&app, |a| a.sync_status()).await
}
#[tauri::command]
pub async fn sync_create_team(app: State<'_, App>, input: CreateTeamInput) -> Reply<SyncStatus> {
    app.sync_create_team(input).await
}
#[tauri::command]
pub async fn sync_sign_in(app: State<'_, App>, input: SignInInput) -> Reply<SyncStatus> {
    app.sync_sign_in(input).await
}
#[tauri::command]
pub async fn sync_join_team(app: State<'_, App>, input: JoinTeamInput) -> Reply<SyncStatus> {
    app.sync_join_team(input).await
}
#[tauri::command]
pub async fn sync_sign_out(app: State<'_, App>) -> Reply<SyncStatus> {
    app.sync_sign_out().await
}
#[tauri::command]
pub async fn sync_now(app: State<'_, App>) -> Reply<SyncStatus> {
    off_ui(&app, |a| a.sync_now()).await
}
#[tauri::command]
pub async fn sync_members(app: State<'_, App>) -> Reply<Vec<TeamMember>> {
    app.sync_members().await
}
#[tauri::command]
pub async fn sync_devices(app: State<'_, App>) -> Reply<Vec<TeamDevice>> {
    app.sync_devices().await
}
#[tauri::command]
pub async fn sync_invite(app: State<'_, App>, input: InviteInput) -> Reply<Invite> {
    app.sync_invite(input).await
}
#[tauri::command]
pub async fn sync_invites(app: State<'_, App>) -> Reply<Vec<PendingInvite>> {
    app.sync_invites().await
}
#[tauri::command]
pub async fn sync_cancel_invite(app: State<'_, App>, id: String) -> Reply<Vec<PendingInvite>> {
    app.sync_cancel_invite(&id).await
}
#[tauri::command]
pub async fn kept_aside_workspaces(app: State<'_, App>) -> Reply<Vec<KeptAsideWorkspace>> {
    off_ui(&app, |a| a.kept_aside_workspaces()).await
}
/// Opens a kept-aside workspace in a window of its own: Tandem again, on that data folder.
#[tauri::command]
pub async fn open_kept_aside_workspace(app: State<'_, App>, id: String) -> Reply<()> {
    let folder = off_ui(&app, move |a| a.kept_aside_folder(&id)).await?;
    // After an update replaced the program on disk, the running one's path is gone: restarting helps.
    let cannot = |e: std::io::Error| {
        AppError::new(ErrorCode::Io, format!("Tandem could not start a second window ({e}). Restart Tandem and try again."))
    };
    let program = std::env::current_exe().map_err(cannot)?;
    let mut child = std::process::Command::new(program).env("TANDEM_DATA_DIR", &folder).spawn().map_err(cannot)?;
    // Reaped when it exits, so a closed window leaves no zombie behind.
    std::thread::spawn(move || child.wait());
    tracing::info!(folder = %folder.display(), "opened a kept-aside workspace");
    Ok(())
}
/// Refused while a window has it open: its files are in use, and the user is looking at it.
#[tauri::command]
pub async fn remove_kept_aside_workspace(app: State<'_, App>, id: String) -> Reply<Vec<KeptAsideWorkspace>> {
    off_ui(&app, move |a| {
        if crate::single_instance::is_running(&a.kept_aside_folder(&id)?) {
            return Err(AppError::new(ErrorCode::Conflict, "This workspace is open in another window. Close that window, then remove it."));
        }
        a.remove_kept_aside(&id)
    })
    .await
}
#[tauri::command]
pub async fn sync_revoke_device(app: State<'_, App>, device_id: String) -> Reply<Vec<TeamDevice>> {
    app.sync_revoke_device(&device_id).await
}
#[tauri::command]
pub async fn sync_set_role(app: State<'_, App>, user_id: String, role: SyncRole) -> Reply<Vec<TeamMember>> {
    app.sync_set_role(&user_id, role).await
}
