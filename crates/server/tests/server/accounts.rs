//! Teams, sign-in, invites, revocation and who may see what.

use reqwest::Method;
use serde_json::{json, Value};
use tandem_sync_protocol::{Device, ErrorCode, Invite, Member, PendingInvite, PullResponse, PushResponse, Role, Session};

use tandem_server::Limits;

use crate::harness::{change, code_of, on_each_store, TestServer, PASSWORD};

on_each_store! {
    #[tokio::test]
    async fn a_team_is_created_by_its_admin_who_signs_in_on_another_device(backend) {
        let server = TestServer::start(backend).await;
        let created = server.create_team("Acme sales", "Ada@Acme.test ", "dev-a").await;
        assert_eq!((created.role, created.email.as_str(), created.workspace_name.as_str()), (Role::Admin, "ada@acme.test", "Acme sales"));
        let second = server.sign_in("ada@acme.test", "dev-b").await;
        assert_eq!(second.workspace_id, created.workspace_id);
        assert_ne!(second.token, created.token);
        let devices: Vec<Device> = server.get("/devices", &second.token).await.unwrap();
        assert_eq!(devices.iter().map(|d| d.device_id.as_str()).collect::<Vec<_>>(), ["dev-a", "dev-b"]);
    }

    #[tokio::test]
    async fn a_wrong_password_and_a_taken_email_are_refused_clearly(backend) {
        let server = TestServer::start(backend).await;
        server.create_team("Acme", "ada@acme.test", "dev-a").await;
        let wrong = json!({"email": "ada@acme.test", "password": "not the one", "device": {"id": "dev-b", "name": "b"}});
        let (status, body) = server.post::<Session>("/sessions", None, &wrong).await.unwrap_err();
        assert_eq!((status, body.code, body.field.as_deref()), (401, ErrorCode::BadCredentials, Some("password")));
        let unknown = json!({"email": "nobody@acme.test", "password": PASSWORD, "device": {"id": "dev-b", "name": "b"}});
        assert_eq!(code_of(server.post::<Session>("/sessions", None, &unknown).await.unwrap_err()), (401, ErrorCode::BadCredentials));
        let again = json!({"workspace_name": "Other", "email": "ada@acme.test", "display_name": "A", "password": PASSWORD, "device": {"id": "dev-c", "name": "c"}});
        let (status, body) = server.post::<Session>("/workspaces", None, &again).await.unwrap_err();
        assert_eq!((status, body.code, body.field.as_deref()), (409, ErrorCode::Conflict, Some("email")));
        let short = json!({"workspace_name": "Other", "email": "bo@acme.test", "display_name": "B", "password": "short", "device": {"id": "dev-d", "name": "d"}});
        let (_, body) = server.post::<Session>("/workspaces", None, &short).await.unwrap_err();
        assert_eq!((body.code, body.field.as_deref()), (ErrorCode::Invalid, Some("password")));
    }

    #[tokio::test]
    async fn guessing_passwords_is_bounded_per_email(backend) {
        let server = TestServer::start(backend).await;
        server.create_team("Acme", "ada@acme.test", "dev-a").await;
        let wrong = json!({"email": "ada@acme.test", "password": "guess guess guess", "device": {"id": "dev-b", "name": "b"}});
        for _ in 0..10 {
            assert_eq!(code_of(server.post::<Session>("/sessions", None, &wrong).await.unwrap_err()).1, ErrorCode::BadCredentials);
        }
        assert_eq!(code_of(server.post::<Session>("/sessions", None, &wrong).await.unwrap_err()), (429, ErrorCode::TooManyRequests));
    }

    #[tokio::test]
    async fn an_invite_is_used_once_by_its_email_and_gives_its_role(backend) {
        let server = TestServer::start(backend).await;
        let admin = server.create_team("Acme", "ada@acme.test", "dev-a").await;
        let invite: Invite = server.post("/invites", Some(&admin.token), &json!({"email": "mo@acme.test", "role": "marketer"})).await.unwrap();
        let accept = |email: &str, code: &str, device: &str| {
            json!({"email": email, "code": code, "display_name": "Mo", "password": PASSWORD, "device": {"id": device, "name": "Mo's laptop"}})
        };
        let wrong_email = server.post::<Session>("/invites/accept", None, &accept("eve@acme.test", &invite.code, "dev-e")).await.unwrap_err();
        assert_eq!(code_of(wrong_email), (401, ErrorCode::BadCredentials));
        // Read out loud and typed in lower case without the dash, the code still works.
        let typed = invite.code.to_lowercase().replace('-', "");
        let mo: Session = server.post("/invites/accept", None, &accept("mo@acme.test", &typed, "dev-m")).await.unwrap();
        assert_eq!((mo.role, mo.workspace_id.as_str()), (Role::Marketer, admin.workspace_id.as_str()));
        let reused = server.post::<Session>("/invites/accept", None, &accept("mo@acme.test", &invite.code, "dev-n")).await.unwrap_err();
        assert_eq!(reused.1.field.as_deref(), Some("code"));
        let members: Vec<Member> = server.get("/members", &mo.token).await.unwrap();
        assert_eq!(members.len(), 2);
        // A marketer may not invite.
        let refused = server.post::<Invite>("/invites", Some(&mo.token), &json!({"email": "x@acme.test", "role": "admin"})).await.unwrap_err();
        assert_eq!(code_of(refused), (403, ErrorCode::Forbidden));
    }

    #[tokio::test]
    async fn an_admin_sees_the_invites_waiting_and_withdraws_one(backend) {
        let server = TestServer::start(backend).await;
        let admin = server.create_team("Acme", "ada@acme.test", "dev-a").await;
        let invite = |email: &str, role: &str| json!({"email": email, "role": role});
        let first: Invite = server.post("/invites", Some(&admin.token), &invite("mo@acme.test", "marketer")).await.unwrap();
        // A new code for the same email replaces the one not used yet.
        let second: Invite = server.post("/invites", Some(&admin.token), &invite("mo@acme.test", "seller")).await.unwrap();
        let sam: Invite = server.post("/invites", Some(&admin.token), &invite("sam@acme.test", "seller")).await.unwrap();
        let waiting: Vec<PendingInvite> = server.get("/invites", &admin.token).await.unwrap();
        let shown: Vec<(&str, Role)> = waiting.iter().map(|i| (i.email.as_str(), i.role)).collect();
        assert_eq!(shown, [("mo@acme.test", Role::Seller), ("sam@acme.test", Role::Seller)]);
        assert!(waiting.iter().all(|i| !i.id.contains(&second.code) && i.id.len() == 64), "the list never shows a code");
        let accept = |email: &str, code: &str, device: &str| {
            json!({"email": email, "code": code, "display_name": "Someone", "password": PASSWORD, "device": {"id": device, "name": "laptop"}})
        };
        let replaced = server.post::<Session>("/invites/accept", None, &accept("mo@acme.test", &first.code, "dev-m")).await.unwrap_err();
        assert_eq!(replaced.1.field.as_deref(), Some("code"));
        // Withdrawn: gone from the list, and its code no longer works.
        let sam_id = &waiting.iter().find(|i| i.email == "sam@acme.test").unwrap().id;
        let left: Vec<PendingInvite> = server.call(Method::DELETE, &format!("/invites/{sam_id}"), Some(&admin.token), None::<&()>).await.unwrap();
        assert_eq!(left.iter().map(|i| i.email.as_str()).collect::<Vec<_>>(), ["mo@acme.test"]);
        let withdrawn = server.post::<Session>("/invites/accept", None, &accept("sam@acme.test", &sam.code, "dev-s")).await.unwrap_err();
        assert_eq!(withdrawn.1.field.as_deref(), Some("code"));
        let again = server.call::<Vec<PendingInvite>>(Method::DELETE, &format!("/invites/{sam_id}"), Some(&admin.token), None::<&()>).await;
        assert_eq!(code_of(again.unwrap_err()), (422, ErrorCode::Invalid));
        // Used: no longer waiting.
        let mo: Session = server.post("/invites/accept", None, &accept("mo@acme.test", &second.code, "dev-m")).await.unwrap();
        assert!(server.get::<Vec<PendingInvite>>("/invites", &admin.token).await.unwrap().is_empty());
        // Only admins see or withdraw invites, and only their own team's.
        assert_eq!(code_of(server.get::<Vec<PendingInvite>>("/invites", &mo.token).await.unwrap_err()), (403, ErrorCode::Forbidden));
        let other = server.create_team("Globex", "gus@globex.test", "dev-g").await;
        let theirs: Invite = server.post("/invites", Some(&other.token), &invite("kim@globex.test", "seller")).await.unwrap();
        let their_id = server.get::<Vec<PendingInvite>>("/invites", &other.token).await.unwrap().remove(0).id;
        let foreign = server.call::<Vec<PendingInvite>>(Method::DELETE, &format!("/invites/{their_id}"), Some(&admin.token), None::<&()>).await;
        assert_eq!(code_of(foreign.unwrap_err()).1, ErrorCode::Invalid);
        server.post::<Session>("/invites/accept", None, &accept("kim@globex.test", &theirs.code, "dev-k")).await.unwrap();
    }

    #[tokio::test]
    async fn a_revoked_device_fails_at_once_and_only_admins_revoke_others(backend) {
        let server = TestServer::start(backend).await;
        let admin = server.create_team("Acme", "ada@acme.test", "dev-a").await;
        let invite: Invite = server.post("/invites", Some(&admin.token), &json!({"email": "sam@acme.test", "role": "seller"})).await.unwrap();
        let body = json!({"email": "sam@acme.test", "code": invite.code, "display_name": "Sam", "password": PASSWORD, "device": {"id": "dev-s", "name": "Sam"}});
        let sam: Session = server.post("/invites/accept", None, &body).await.unwrap();
        let refused = server.call::<Vec<Device>>(Method::DELETE, "/devices/dev-a", Some(&sam.token), None::<&()>).await.unwrap_err();
        assert_eq!(code_of(refused), (403, ErrorCode::Forbidden));
        // Sam sees only his own device; the admin sees both.
        assert_eq!(server.get::<Vec<Device>>("/devices", &sam.token).await.unwrap().len(), 1);
        let after: Vec<Device> = server.call(Method::DELETE, "/devices/dev-s", Some(&admin.token), None::<&()>).await.unwrap();
        assert!(after.iter().any(|d| d.device_id == "dev-s" && d.revoked));
        let pull = server.get::<PullResponse>("/pull?after=0", &sam.token).await.unwrap_err();
        assert_eq!(code_of(pull), (401, ErrorCode::Unauthorized));
        // Signing out is revoking one's own device.
        server.call::<Value>(Method::DELETE, "/sessions", Some(&admin.token), None::<&()>).await.unwrap();
        assert_eq!(code_of(server.get::<PullResponse>("/pull?after=0", &admin.token).await.unwrap_err()).1, ErrorCode::Unauthorized);
        // Signing in again gives the same device a new token that works.
        let back = server.sign_in("ada@acme.test", "dev-a").await;
        assert!(server.get::<PullResponse>("/pull?after=0", &back.token).await.is_ok());
    }

    #[tokio::test]
    async fn a_device_of_one_team_neither_reads_nor_writes_another(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let b = server.create_team("B", "b@b.test", "dev-b").await;
        let pushed: PushResponse = server.post("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c1", "name", json!("Secret"), None)]})).await.unwrap();
        assert_eq!(pushed.head, 1);
        let seen_by_b: PullResponse = server.get("/pull?after=0", &b.token).await.unwrap();
        assert_eq!((seen_by_b.changes.len(), seen_by_b.head), (0, 0));
        // B cannot slip a change in under A's device either.
        let forged = json!({"changes": [change("dev-a", "c1", "name", json!("x"), None)]});
        assert_eq!(code_of(server.post::<PushResponse>("/push", Some(&b.token), &forged).await.unwrap_err()), (403, ErrorCode::Forbidden));
        let no_token = server.call::<PullResponse>(Method::GET, "/pull?after=0", None, None::<&()>).await.unwrap_err();
        assert_eq!(code_of(no_token), (401, ErrorCode::Unauthorized));
        let bad_token = server.get::<PullResponse>("/pull?after=0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await.unwrap_err();
        assert_eq!(code_of(bad_token), (401, ErrorCode::Unauthorized));
    }

    #[tokio::test]
    async fn a_client_speaking_another_protocol_is_told_to_update(backend) {
        let server = TestServer::start(backend).await;
        let response = server.http.get(format!("{}/v1/pull?after=0", server.url)).header("tandem-protocol", "99").send().await.unwrap();
        assert_eq!(response.status().as_u16(), 426);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "update_needed");
        assert!(body["message"].as_str().unwrap().contains("update the server"), "{body}");
        let missing = server.http.get(format!("{}/v1/pull?after=0", server.url)).send().await.unwrap();
        assert_eq!(missing.status().as_u16(), 426);
    }
}

on_each_store! {
    #[tokio::test]
    async fn a_device_sending_too_many_requests_is_slowed_down_and_others_are_not(backend) {
        let server = TestServer::with_limits(backend, Limits { requests_per_device: 3, ..Limits::default() }).await;
        let a = server.create_team("Acme", "a@acme.test", "dev-a").await;
        let b = server.sign_in("a@acme.test", "dev-b").await;
        for _ in 0..3 {
            server.get::<PullResponse>("/pull?after=0", &a.token).await.unwrap();
        }
        let slowed = server.get::<PullResponse>("/pull?after=0", &a.token).await.unwrap_err();
        assert_eq!(code_of(slowed), (429, ErrorCode::TooManyRequests));
        assert!(server.get::<PullResponse>("/pull?after=0", &b.token).await.is_ok());
    }
}

on_each_store! {
    #[tokio::test]
    async fn an_admin_changes_roles_but_the_team_always_keeps_an_admin(backend) {
        let server = TestServer::start(backend).await;
        let ana = server.create_team("Acme", "ana@acme.test", "dev-a").await;
        let invite: Invite = server.post("/invites", Some(&ana.token), &json!({"email": "sam@acme.test", "role": "seller"})).await.unwrap();
        let body = json!({"email": "sam@acme.test", "code": invite.code, "display_name": "Sam", "password": PASSWORD, "device": {"id": "dev-s", "name": "Sam"}});
        let sam: Session = server.post("/invites/accept", None, &body).await.unwrap();
        let put = |token: String, user: String, role: &'static str| {
            let server = &server;
            async move { server.call::<Vec<Member>>(Method::PUT, &format!("/members/{user}/role"), Some(&token), Some(&json!({ "role": role }))).await }
        };
        // A seller cannot promote himself.
        assert_eq!(code_of(put(sam.token.clone(), sam.user_id.clone(), "admin").await.unwrap_err()), (403, ErrorCode::Forbidden));
        // The only admin cannot step down…
        let (status, body) = put(ana.token.clone(), ana.user_id.clone(), "seller").await.unwrap_err();
        assert_eq!((status, body.code, body.field.as_deref()), (409, ErrorCode::Conflict, Some("role")));
        // …until there is another.
        let members = put(ana.token.clone(), sam.user_id.clone(), "admin").await.unwrap();
        assert!(members.iter().any(|m| m.user_id == sam.user_id && m.role == Role::Admin));
        let members = put(ana.token.clone(), ana.user_id.clone(), "sales_manager").await.unwrap();
        assert!(members.iter().any(|m| m.user_id == ana.user_id && m.role == Role::SalesManager));
    }
}
