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
