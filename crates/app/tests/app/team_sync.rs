//! Team sync through the app's own commands and its background loop, against a real server on
//! loopback: creating a team, joining with an invite, the team account becoming each device's
//! profile (one member per person, with the team role), and records crossing over.

use std::sync::Arc;
use std::time::Duration;

use tandem_app::dto::{InviteInput, JoinTeamInput, LocalRecords, SignInInput, SyncRole, SyncState};
use tandem_domain::member::{MemberInput, Role};
use tandem_domain::task::{EditScope, TaskInput};
use tandem_server::sqlite_store::SqliteStore;
use tandem_server::{serve_on_loopback, Limits, ServerState};

use crate::support::{create_team, person, syncing_device, TEAM_PASSWORD};

async fn server() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let state = ServerState::new(Arc::new(SqliteStore::open(dir.path()).unwrap()), Limits::default()).unwrap();
    (serve_on_loopback(state).await.unwrap(), dir)
}

async fn until(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting until {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_is_created_and_joined_and_each_device_knows_its_people() {
    let (url, _server) = server().await;
    // Ana set up her laptop before the team existed: her contact is owned by her local profile.
    let ana = syncing_device();
    let local_profile = ana.app.list_members().unwrap().into_iter().find(|m| m.is_me).unwrap().id;
    let mut owned = person("Grace", "Hopper", "grace@navy.test", "");
    owned.owner_id = Some(local_profile.clone());
    let grace = ana.app.create_contact(owned).unwrap();

    let created = create_team(&ana, &url, "ana@acme.com", "Ana García").await;
    let account = created.account.clone().unwrap();
    assert_eq!(account.role, SyncRole::Admin);
    until("Ana's device synced", || ana.app.sync_status().unwrap().state == SyncState::Synced).await;
    // Her profile is now her team account; her records moved with her; one member, not two.
    let members = ana.app.list_members().unwrap();
    let me: Vec<_> = members.iter().filter(|m| m.email == "ana@acme.com").collect();
    assert_eq!(me.len(), 1, "{members:?}");
    assert_eq!((me[0].id.as_str(), me[0].role, me[0].is_me), (account.user_id.as_str(), Role::Admin, true));
    assert_ne!(local_profile, account.user_id);
    assert_eq!(ana.app.get_contact(&grace.id).unwrap().owner_id.as_deref(), Some(account.user_id.as_str()));

    let invite = ana.app.sync_invite(InviteInput { email: "sam@acme.com".into(), role: SyncRole::SalesManager }).await.unwrap();
    // An invite sent to the wrong person is withdrawn: its code no longer works.
    let wrong = ana.app.sync_invite(InviteInput { email: "kim@acme.com".into(), role: SyncRole::Seller }).await.unwrap();
    let waiting = ana.app.sync_invites().await.unwrap();
    let mut shown: Vec<(&str, SyncRole)> = waiting.iter().map(|i| (i.email.as_str(), i.role)).collect();
    shown.sort_by_key(|(email, _)| *email);
    assert_eq!(shown, [("kim@acme.com", SyncRole::Seller), ("sam@acme.com", SyncRole::SalesManager)]);
    let kims = &waiting.iter().find(|i| i.email == "kim@acme.com").unwrap().id;
    let left = ana.app.sync_cancel_invite(kims).await.unwrap();
    assert_eq!(left.iter().map(|i| i.email.as_str()).collect::<Vec<_>>(), ["sam@acme.com"]);
    let kim = syncing_device();
    let refused = kim
        .app
        .sync_join_team(JoinTeamInput {
            server_url: url.clone(),
            email: "kim@acme.com".into(),
            code: wrong.code,
            display_name: "Kim".into(),
            password: TEAM_PASSWORD.into(),
            device_name: "Kim's laptop".into(),
            local_records: LocalRecords::Merge,
        })
        .await
        .unwrap_err();
    assert_eq!(refused.fields[0].field, "code", "{refused:?}");
    let sam = syncing_device();
    let joined = sam
        .app
        .sync_join_team(JoinTeamInput {
            server_url: url,
            email: "sam@acme.com".into(),
            code: invite.code,
            display_name: "Sam Lee".into(),
            password: TEAM_PASSWORD.into(),
            device_name: "Sam's laptop".into(),
            local_records: LocalRecords::Merge,
        })
        .await
        .unwrap();
    assert_eq!(joined.account.unwrap().role, SyncRole::SalesManager);
    assert!(ana.app.sync_invites().await.unwrap().is_empty(), "a used invite is no longer waiting");
    until("Grace reached Sam's device", || sam.app.get_contact(&grace.id).is_ok()).await;
    // Sam's device knows Ana by her team account, and itself as a sales manager.
    let sams_view = sam.app.list_members().unwrap();
    assert!(sams_view.iter().any(|m| m.email == "ana@acme.com" && m.role == Role::Admin && !m.is_me), "{sams_view:?}");
    assert!(sams_view.iter().any(|m| m.email == "sam@acme.com" && m.role == Role::SalesManager && m.is_me), "{sams_view:?}");

    // An edit on Sam's device reaches Ana's, which sees who made it.
    let mut edit = person("Grace", "Hopper", "grace@navy.test", "");
    edit.title = "Rear Admiral".into();
    sam.app.update_contact(&grace.id, edit).unwrap();
    until("Sam's edit reached Ana", || ana.app.get_contact(&grace.id).unwrap().title == "Rear Admiral").await;
    let history = ana.app.record_history("contacts", &grace.id).unwrap();
    let title = history.iter().find(|c| c.field == "title").unwrap();
    assert_eq!((title.author.as_str(), title.current), ("Sam Lee · Sam's laptop", true));

    // Roles come from the team: Sam cannot make himself admin locally; Ana changes his role on
    // the server and his device learns it through sync.
    let sam_member = sam.app.list_members().unwrap().into_iter().find(|m| m.is_me).unwrap();
    let promote =
        MemberInput { id: Some(sam_member.id.clone()), name: sam_member.name.clone(), email: sam_member.email.clone(), role: Role::Admin };
    assert_eq!(sam.app.save_member(promote).unwrap_err().fields[0].field, "role");
    let team = ana.app.sync_set_role(&sam_member.id, SyncRole::Marketer).await.unwrap();
    assert!(team.iter().any(|m| m.user_id == sam_member.id && m.role == SyncRole::Marketer));
    until("Sam's device learned his new role", || sam.app.list_members().unwrap().iter().any(|m| m.is_me && m.role == Role::Marketer))
        .await;

    // Devices: Ana (admin) sees both; signing out stops Sam's device at once.
    let devices = ana.app.sync_devices().await.unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices.iter().filter(|d| d.this_device).count(), 1);
    let out = sam.app.sync_sign_out().await.unwrap();
    assert_eq!(out.state, SyncState::Off);
    let after = ana.app.sync_devices().await.unwrap();
    assert!(after.iter().any(|d| d.name == "Sam's laptop" && d.revoked));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_task_stays_on_its_owners_devices_until_it_is_shared() {
    let (url, _server) = server().await;
    let ana = syncing_device();
    let team = create_team(&ana, &url, "ana@acme.com", "Ana García").await;
    let me = team.account.unwrap().user_id;
    let task = |title: &str, private: bool| TaskInput {
        title: title.into(),
        due_date: chrono::Utc::now().date_naive().to_string(),
        time_zone: "UTC".into(),
        owner_id: Some(me.clone()),
        private,
        ..TaskInput::default()
    };
    let secret = ana.app.create_task(task("Ask for a raise", true)).unwrap();
    let shared = ana.app.create_task(task("Send Acme the proposal", false)).unwrap();
    // Only one's own tasks can be private.
    let someone_elses = TaskInput { owner_id: Some("someone-else".into()), ..task("Theirs", true) };
    assert_eq!(ana.app.create_task(someone_elses).unwrap_err().fields[0].field, "private");

    let invite = ana.app.sync_invite(InviteInput { email: "sam@acme.com".into(), role: SyncRole::Seller }).await.unwrap();
    let sam = syncing_device();
    let join = JoinTeamInput {
        server_url: url.clone(),
        email: "sam@acme.com".into(),
        code: invite.code,
        display_name: "Sam Lee".into(),
        password: TEAM_PASSWORD.into(),
        device_name: "Sam's laptop".into(),
        local_records: LocalRecords::Merge,
    };
    sam.app.sync_join_team(join).await.unwrap();
    let ana_desktop = syncing_device();
    let sign_in = SignInInput {
        server_url: url,
        email: "ana@acme.com".into(),
        password: TEAM_PASSWORD.into(),
        device_name: "Ana's desktop".into(),
        local_records: LocalRecords::Merge,
    };
    ana_desktop.app.sync_sign_in(sign_in).await.unwrap();

    until("the shared task reached Sam", || sam.app.get_task(&shared.id).is_ok()).await;
    until("both tasks reached Ana's desktop", || {
        ana_desktop.app.get_task(&secret.id).is_ok() && ana_desktop.app.get_task(&shared.id).is_ok()
    })
    .await;
    assert!(sam.app.get_task(&secret.id).is_err(), "a private task reached a teammate");
    assert!(ana_desktop.app.get_task(&secret.id).unwrap().private);

    // Shared later, it arrives whole: fields written while it was private come too.
    let public = TaskInput { private: false, ..secret.to_input() };
    ana.app.update_task(&secret.id, public, EditScope::ThisOne).unwrap();
    until("the task reached Sam once shared", || sam.app.get_task(&secret.id).is_ok()).await;
    let arrived = sam.app.get_task(&secret.id).unwrap();
    assert_eq!((arrived.title.as_str(), arrived.private), ("Ask for a raise", false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joining_with_records_kept_aside_moves_them_to_a_workspace_of_their_own() {
    let (url, _server) = server().await;
    let ana = syncing_device();
    let grace = ana.app.create_contact(person("Grace", "Hopper", "grace@navy.test", "Navy")).unwrap();
    create_team(&ana, &url, "ana@acme.com", "Ana García").await;
    let invite = ana.app.sync_invite(InviteInput { email: "sam@acme.com".into(), role: SyncRole::Seller }).await.unwrap();

    // Sam kept his own book on this laptop before joining.
    let sam = syncing_device();
    let linus = sam.app.create_contact(person("Linus", "Local", "linus@own.test", "Own Book Ltd")).unwrap();
    let join = |code: String| JoinTeamInput {
        server_url: url.clone(),
        email: "sam@acme.com".into(),
        code,
        display_name: "Sam Lee".into(),
        password: TEAM_PASSWORD.into(),
        device_name: "Sam's laptop".into(),
        local_records: LocalRecords::KeepAside,
    };
    // A refused join keeps everything where it was.
    sam.app.sync_join_team(join("WRONG-CODE".into())).await.unwrap_err();
    assert!(sam.app.get_contact(&linus.id).is_ok());
    assert!(sam.app.kept_aside_workspaces().unwrap().is_empty());

    sam.app.sync_join_team(join(invite.code)).await.unwrap();
    until("Grace reached Sam's device", || sam.app.get_contact(&grace.id).is_ok()).await;
    until("Sam's device synced", || sam.app.sync_status().unwrap().state == SyncState::Synced).await;
    assert!(sam.app.get_contact(&linus.id).is_err(), "Sam's own contact left the team workspace");
    assert!(ana.app.get_contact(&linus.id).is_err(), "and never reached the team");
    let me = sam.app.list_members().unwrap().into_iter().find(|m| m.is_me).unwrap();
    assert_eq!((me.email.as_str(), me.role), ("sam@acme.com", Role::Seller), "the profile is Sam's team account");

    let kept = sam.app.kept_aside_workspaces().unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].name, "My workspace");
    until("the team's name reached Sam's device", || sam.app.get_settings().unwrap().name == "Acme sales").await;
    assert_eq!((kept[0].contacts, kept[0].companies, kept[0].deals), (1, 1, 0));
    assert!(kept[0].id.starts_with(&kept[0].name) && !kept[0].kept_at.is_empty(), "{kept:?}");
    // The kept-aside workspace opens on its own, as it was, and is not signed in to the team.
    let folder = sam.app.kept_aside_folder(&kept[0].id).unwrap();
    assert!(sam.app.kept_aside_folder("../..").is_err(), "an id is never a path");
    let own = tandem_app::App::open(tandem_app::DataPaths::at(&folder, folder.join("exports")));
    assert_eq!(own.startup_state(), tandem_app::dto::StartupState::Ready);
    assert_eq!(own.get_contact(&linus.id).unwrap().company_name, "Own Book Ltd");
    assert!(own.get_contact(&grace.id).is_err());
    assert_eq!(own.sync_status().unwrap().state, SyncState::Off);
    drop(own);

    assert!(sam.app.remove_kept_aside("../kept-aside").is_err());
    assert!(sam.app.remove_kept_aside(&kept[0].id).unwrap().is_empty(), "removed from the list");
    assert!(!folder.exists(), "and from the disk");
    assert!(sam.app.get_contact(&grace.id).is_ok(), "the team workspace is untouched");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_that_moves_to_another_team_with_its_records_merged_in_brings_its_old_teammates_records_too() {
    let (first_url, _first) = server().await;
    let ana = syncing_device();
    create_team(&ana, &first_url, "ana@acme.com", "Ana García").await;
    let join = |url: &str, email: &str, name: &str, code: String| JoinTeamInput {
        server_url: url.into(),
        email: email.into(),
        code,
        display_name: name.into(),
        password: TEAM_PASSWORD.into(),
        device_name: format!("{name}'s laptop"),
        local_records: LocalRecords::Merge,
    };
    let invite = ana.app.sync_invite(InviteInput { email: "bo@acme.com".into(), role: SyncRole::Seller }).await.unwrap();
    let bo = syncing_device();
    bo.app.sync_join_team(join(&first_url, "bo@acme.com", "Bo Ek", invite.code)).await.unwrap();
    let grace = bo.app.create_contact(person("Grace", "Hopper", "grace@navy.test", "")).unwrap();
    until("Bo's contact reached Ana", || ana.app.get_contact(&grace.id).is_ok()).await;
    let adopted = |ws: &crate::support::TestWorkspace| -> i64 {
        let count = "SELECT count(*) FROM changes WHERE source = 'adopted'";
        ws.app.db().unwrap().read(|c| Ok(c.query_row(count, [], |r| r.get(0))?)).unwrap()
    };

    // Signing in again to the same team sends nothing of Bo's as Ana's: the server has it.
    ana.app.sync_sign_out().await.unwrap();
    let again = SignInInput {
        server_url: first_url.clone(),
        email: "ana@acme.com".into(),
        password: TEAM_PASSWORD.into(),
        device_name: "Ana García's laptop".into(),
        local_records: LocalRecords::Merge,
    };
    ana.app.sync_sign_in(again).await.unwrap();
    assert_eq!(adopted(&ana), 0);
    ana.app.sync_sign_out().await.unwrap();

    // Ana starts a team of her own elsewhere, her records merged in: Bo's contact goes too.
    let (second_url, _second) = server().await;
    create_team(&ana, &second_url, "ana@acme.com", "Ana García").await;
    assert!(adopted(&ana) > 0);
    let invite = ana.app.sync_invite(InviteInput { email: "cy@newco.test".into(), role: SyncRole::Seller }).await.unwrap();
    let cy = syncing_device();
    cy.app.sync_join_team(join(&second_url, "cy@newco.test", "Cy Lund", invite.code)).await.unwrap();
    until("Bo's contact reached Cy in the new team", || cy.app.get_contact(&grace.id).is_ok()).await;
    assert_eq!(cy.app.get_contact(&grace.id).unwrap().email, "grace@navy.test");
    // On Ana's device each of Bo's values is still shown once, as Bo's.
    let history = ana.app.record_history("contacts", &grace.id).unwrap();
    let emails: Vec<_> = history.iter().filter(|c| c.field == "email").collect();
    assert_eq!(emails.len(), 1, "{emails:?}");
    assert!(emails[0].author.starts_with("Bo Ek") && emails[0].current, "{emails:?}");
}
