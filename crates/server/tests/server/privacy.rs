//! Private changes (a private task's) reach only their user's devices, and only that user may
//! push them; pulls skip them for everyone else without stalling.

use serde_json::json;
use tandem_sync_protocol::{Change, ErrorCode, Invite, PullResponse, PushResponse, Session, SnapshotPage};

use crate::harness::{change, code_of, on_each_store, TestServer, PASSWORD};

fn private(device: &str, row: &str, value: &str, to: &str) -> Change {
    Change { table: "tasks".into(), private_to: Some(to.into()), ..change(device, row, "title", json!(value), None) }
}

async fn teammate(server: &TestServer, admin: &Session) -> Session {
    let invite: Invite = server.post("/invites", Some(&admin.token), &json!({"email": "sam@acme.test", "role": "seller"})).await.unwrap();
    let body = json!({"email": "sam@acme.test", "code": invite.code, "display_name": "Sam", "password": PASSWORD, "device": {"id": "dev-s", "name": "Sam"}});
    server.post("/invites/accept", None, &body).await.unwrap()
}

on_each_store! {
    #[tokio::test]
    async fn a_private_change_reaches_only_its_users_devices(backend) {
        let server = TestServer::start(backend).await;
        let ana = server.create_team("Acme", "ana@acme.test", "dev-a").await;
        let ana_desktop = server.sign_in("ana@acme.test", "dev-b").await;
        let sam = teammate(&server, &ana).await;
        let batch = json!({"changes": [
            private("dev-a", "t1", "Ask for a raise", &ana.user_id),
            change("dev-a", "c1", "name", json!("Grace"), None),
        ]});
        server.post::<PushResponse>("/push", Some(&ana.token), &batch).await.unwrap();
        // Sam's pull skips Ana's private task but still moves past it.
        let seen_by_sam: PullResponse = server.get("/pull?after=0", &sam.token).await.unwrap();
        assert_eq!(seen_by_sam.changes.iter().map(|c| c.change.row_id.as_str()).collect::<Vec<_>>(), ["c1"]);
        assert_eq!(seen_by_sam.scanned_to, 2);
        let sams_snapshot: SnapshotPage = server.get("/snapshot", &sam.token).await.unwrap();
        assert!(sams_snapshot.changes.iter().all(|c| c.row_id != "t1"));
        assert_eq!(sams_snapshot.total, Some(1));
        // Ana's other device gets both, marked private.
        let seen_by_ana: PullResponse = server.get("/pull?after=0", &ana_desktop.token).await.unwrap();
        assert_eq!(seen_by_ana.changes.len(), 2);
        assert_eq!(seen_by_ana.changes[0].change.private_to.as_deref(), Some(ana.user_id.as_str()));
        let anas_snapshot: SnapshotPage = server.get("/snapshot", &ana_desktop.token).await.unwrap();
        assert_eq!(anas_snapshot.total, Some(2));
    }

    #[tokio::test]
    async fn a_page_of_only_someone_elses_private_changes_still_moves_the_cursor(backend) {
        let server = TestServer::start(backend).await;
        let ana = server.create_team("Acme", "ana@acme.test", "dev-a").await;
        let sam = teammate(&server, &ana).await;
        let batch: Vec<Change> = (0..5).map(|i| private("dev-a", &format!("t{i}"), "mine", &ana.user_id)).collect();
        server.post::<PushResponse>("/push", Some(&ana.token), &json!({ "changes": batch })).await.unwrap();
        server.post::<PushResponse>("/push", Some(&ana.token), &json!({"changes": [change("dev-a", "c1", "name", json!("Grace"), None)]})).await.unwrap();
        let mut cursor = 0;
        let mut seen = Vec::new();
        loop {
            let page: PullResponse = server.get(&format!("/pull?after={cursor}&limit=2"), &sam.token).await.unwrap();
            seen.extend(page.changes.iter().map(|c| c.change.row_id.clone()));
            assert!(page.scanned_to > cursor || page.scanned_to == page.head);
            if page.scanned_to == cursor {
                break;
            }
            cursor = page.scanned_to;
        }
        assert_eq!((seen, cursor), (vec!["c1".to_owned()], 6));
    }

    #[tokio::test]
    async fn nobody_pushes_a_change_private_to_someone_else(backend) {
        let server = TestServer::start(backend).await;
        let ana = server.create_team("Acme", "ana@acme.test", "dev-a").await;
        let sam = teammate(&server, &ana).await;
        let forged = json!({"changes": [private("dev-s", "t1", "Read Ana's", &ana.user_id)]});
        let refused = server.post::<PushResponse>("/push", Some(&sam.token), &forged).await.unwrap_err();
        assert_eq!(code_of(refused), (403, ErrorCode::Forbidden));
    }
}
