//! A fresh workspace in a temporary folder for each test.

use tandem_app::dto::{SetupInput, WorkspaceChoice};
use tandem_app::{App, DataPaths};
use tandem_domain::contact::ContactInput;
use tandem_domain::member::{MemberInput, Role};

pub struct TestWorkspace {
    pub app: App,
    pub dir: tempfile::TempDir,
}

pub fn workspace(choice: WorkspaceChoice) -> TestWorkspace {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(DataPaths::at(dir.path(), dir.path().join("exports")));
    app.setup_workspace(SetupInput { choice, profile: me() }).unwrap();
    TestWorkspace { app, dir }
}

pub fn me() -> MemberInput {
    MemberInput { id: None, name: "Ana García".into(), email: "ana@acme.com".into(), role: Role::Seller }
}

pub fn person(first: &str, last: &str, email: &str, company: &str) -> ContactInput {
    ContactInput {
        first_name: first.into(),
        last_name: last.into(),
        email: email.into(),
        company_name: company.into(),
        ..Default::default()
    }
}

pub const TEAM_PASSWORD: &str = "correct horse battery";

/// A device with its own empty workspace, a keychain of its own, and the sync loop running
/// (call from inside a tokio runtime).
pub fn syncing_device() -> TestWorkspace {
    let ws = workspace(WorkspaceChoice::Empty);
    ws.app.use_vault(tandem_sync_client::vault::Vault::with_store(keyring_core::mock::Store::new().unwrap()));
    tokio::spawn(ws.app.clone().run_sync(std::sync::Arc::new(|_| {})));
    ws
}

/// Creates the team "Acme sales" on `url` from `ws`, with `email` ("ana@acme.com") as its admin.
pub async fn create_team(ws: &TestWorkspace, url: &str, email: &str, name: &str) -> tandem_app::dto::SyncStatus {
    let input = tandem_app::dto::CreateTeamInput {
        server_url: url.into(),
        workspace_name: "Acme sales".into(),
        email: email.into(),
        display_name: name.into(),
        password: TEAM_PASSWORD.into(),
        device_name: format!("{name}'s laptop"),
    };
    ws.app.sync_create_team(input).await.unwrap()
}
