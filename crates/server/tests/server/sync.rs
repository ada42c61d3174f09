//! Push, pull, snapshot and pokes.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::json;
use tandem_server::Limits;
use tandem_sync_protocol::{ErrorCode, PullResponse, PushResponse, Session, SnapshotPage};

use crate::harness::{change, code_of, on_each_store, Backend, TestServer};

/// The sequence numbers of each page a device pulls from the start, following `scanned_to`.
async fn pull_pages(server: &TestServer, token: &str) -> Vec<Vec<i64>> {
    let mut pages = Vec::new();
    let mut after = 0;
    loop {
        let page: PullResponse = server.get(&format!("/pull?after={after}"), token).await.unwrap();
        pages.push(page.changes.iter().map(|c| c.seq).collect());
        if page.scanned_to >= page.head {
            return pages;
        }
        after = page.scanned_to;
    }
}

/// The row ids of each snapshot page, following `next`.
async fn snapshot_pages(server: &TestServer, token: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut path = "/snapshot".to_owned();
    loop {
        let page: SnapshotPage = server.get(&path, token).await.unwrap();
        pages.push(page.changes.iter().map(|c| c.row_id.clone()).collect());
        let Some(next) = page.next else { return pages };
        path = format!("/snapshot?as_of={}&table={}&row_id={}&column={}", page.as_of, next.table, next.row_id, next.column);
    }
}

on_each_store! {
    #[tokio::test]
    async fn a_retried_push_numbers_nothing_twice(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let batch = json!({"changes": [change("dev-a", "c1", "name", json!("Ada"), None), change("dev-a", "c1", "score", json!(3.5), None)]});
        let first: PushResponse = server.post("/push", Some(&a.token), &batch).await.unwrap();
        let again: PushResponse = server.post("/push", Some(&a.token), &batch).await.unwrap();
        assert_eq!((first.accepted, first.duplicates, first.head), (2, 0, 2));
        assert_eq!((again.accepted, again.duplicates, again.head), (0, 2, 2));
        let pulled: PullResponse = server.get("/pull?after=0", &a.token).await.unwrap();
        assert_eq!(pulled.changes.iter().map(|c| c.seq).collect::<Vec<_>>(), [1, 2]);
        // Values travel as they were written: a real stays a real.
        assert_eq!(pulled.changes[1].change.value, json!(3.5));
    }

    #[tokio::test]
    async fn a_change_from_a_clock_far_ahead_is_refused_whole_with_a_clear_error(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let ahead = chrono::Utc::now().timestamp_millis() as u64 + 10 * 60 * 1000;
        let batch = json!({"changes": [change("dev-a", "c1", "name", json!("Now"), None), change("dev-a", "c2", "name", json!("Later"), Some(ahead))]});
        let (status, body) = server.post::<PushResponse>("/push", Some(&a.token), &batch).await.unwrap_err();
        assert_eq!((status, body.code), (422, ErrorCode::ClockAhead));
        assert!(body.message.contains("date and time"), "{}", body.message);
        let pulled: PullResponse = server.get("/pull?after=0", &a.token).await.unwrap();
        assert_eq!(pulled.head, 0, "nothing of a refused push is kept");
    }

    #[tokio::test]
    async fn a_value_no_device_could_store_is_refused_at_the_push(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let blob = change("dev-a", "c0", "photo", json!({"blob": "aGVsbG8="}), None);
        server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": [blob] })).await.unwrap();
        for bad in [json!(["a", "list"]), json!({"blob": "not base64!"}), json!({"text": "x"})] {
            let batch = json!({ "changes": [change("dev-a", "c1", "name", json!("Ada"), None), change("dev-a", "c1", "title", bad.clone(), None)] });
            let refused = server.post::<PushResponse>("/push", Some(&a.token), &batch).await.unwrap_err();
            assert_eq!(code_of(refused), (422, ErrorCode::Invalid), "{bad}");
        }
        let pulled: PullResponse = server.get("/pull?after=0", &a.token).await.unwrap();
        assert_eq!(pulled.head, 1, "only the blob was kept; teammates' pulls never meet the others");
    }

    #[tokio::test]
    async fn a_pull_names_the_stamps_where_it_starts_and_stops_so_a_rewound_server_shows(backend) {
        let server = TestServer::with_limits(backend, Limits { page: 2, ..Limits::default() }).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let changes: Vec<_> = (0..3).map(|i| change("dev-a", &format!("c{i}"), "name", json!(i), None)).collect();
        server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": &changes })).await.unwrap();
        let stamp = |i: usize| Some(format!("{} dev-a", changes[i].hlc));
        let first: PullResponse = server.get("/pull?after=0", &a.token).await.unwrap();
        assert_eq!((first.scanned_to, first.after_stamp, first.scanned_stamp.clone()), (2, None, stamp(1)));
        let next: PullResponse = server.get("/pull?after=2", &a.token).await.unwrap();
        assert_eq!((next.scanned_to, next.after_stamp, next.scanned_stamp), (3, first.scanned_stamp, stamp(2)));
        let beyond: PullResponse = server.get("/pull?after=7", &a.token).await.unwrap();
        assert_eq!((beyond.head, beyond.after_stamp), (3, None), "no change numbered 7: no stamp");
    }

    #[tokio::test]
    async fn pushes_and_pulls_are_bounded_in_size(backend) {
        let server = TestServer::with_limits(backend, Limits { max_push_changes: 3, page: 2, ..Limits::default() }).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let four: Vec<_> = (0..4).map(|i| change("dev-a", &format!("c{i}"), "name", json!(i), None)).collect();
        let too_many = server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": four })).await.unwrap_err();
        assert_eq!(code_of(too_many), (413, ErrorCode::TooLarge));
        server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": &four[..3] })).await.unwrap();
        let page: PullResponse = server.get("/pull?after=0&limit=100", &a.token).await.unwrap();
        assert_eq!((page.changes.len(), page.head), (2, 3));
    }

    #[tokio::test]
    async fn pages_of_long_values_are_cut_by_bytes_and_still_read_everything(backend) {
        let server = TestServer::with_limits(backend, Limits { page_bytes: 100, ..Limits::default() }).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        // Values of 62 bytes as stored (JSON strings); the fourth alone is over the page's bytes.
        let values = ["a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(300), "e".repeat(60)];
        let changes: Vec<_> = values.iter().enumerate().map(|(i, v)| change("dev-a", &format!("c{i}"), "notes", json!(v), None)).collect();
        server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": changes })).await.unwrap();

        assert_eq!(pull_pages(&server, &a.token).await, [vec![1, 2], vec![3, 4], vec![5]], "a page holds values up to 100 bytes, and always one");
        assert_eq!(snapshot_pages(&server, &a.token).await, [vec!["c0", "c1"], vec!["c2", "c3"], vec!["c4"]]);
    }

    #[tokio::test]
    async fn a_page_read_in_batches_holds_exactly_what_its_bytes_allow(backend) {
        let server = TestServer::with_limits(backend, Limits { page_bytes: 3_000, ..Limits::default() }).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        // 200 values of 22 bytes as stored: a page takes rows while the 3,000 bytes are not reached
        // (137 of them), which PostgreSQL fetches in several batches.
        let changes: Vec<_> = (0..200).map(|i| change("dev-a", &format!("c{i:03}"), "notes", json!(format!("{i:020}")), None)).collect();
        server.post::<PushResponse>("/push", Some(&a.token), &json!({ "changes": changes })).await.unwrap();
        let pulled = pull_pages(&server, &a.token).await;
        assert_eq!(pulled.iter().map(Vec::len).collect::<Vec<_>>(), [137, 63]);
        assert_eq!(pulled.concat(), (1..=200).collect::<Vec<i64>>(), "every change once, in order");
        let snapshot = snapshot_pages(&server, &a.token).await;
        assert_eq!(snapshot.iter().map(Vec::len).collect::<Vec<_>>(), [137, 63]);
        assert_eq!(snapshot.concat(), (0..200).map(|i| format!("c{i:03}")).collect::<Vec<_>>());
    }

    /// Many devices push at once while readers pull all the time: no reader ever sees a gap.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_pull_ever_skips_a_sequence_number_while_pushes_commit_concurrently(backend) {
        let server = Arc::new(TestServer::start(backend).await);
        pushes_leave_no_gap_for_pullers(&[server]).await;
    }

    #[tokio::test]
    async fn a_snapshot_holds_each_fields_winner_and_leaves_purged_rows_out(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let b = server.sign_in("a@a.test", "dev-b").await;
        let t = chrono::Utc::now().timestamp_millis() as u64 - 60_000;
        let push = |token: String, changes: Vec<_>| {
            let server = &server;
            async move { server.post::<PushResponse>("/push", Some(&token), &json!({ "changes": changes })).await.unwrap() }
        };
        push(a.token.clone(), vec![change("dev-a", "c1", "name", json!("Ada"), Some(t + 10)), change("dev-a", "c2", "name", json!("Bo"), Some(t))]).await;
        // B's older edit of c1 arrives later but loses; B's purge of c2 wins.
        push(b.token.clone(), vec![change("dev-b", "c1", "name", json!("Old"), Some(t + 5)), change("dev-b", "c2", "*", json!(1), Some(t + 20))]).await;
        push(a.token.clone(), vec![change("dev-a", "c3", "name", json!("Cy"), Some(t + 30))]).await;
        let mut seen = BTreeMap::new();
        let mut path = "/snapshot?limit=1".to_owned();
        let mut as_of = None;
        loop {
            let page: SnapshotPage = server.get(&path, &a.token).await.unwrap();
            // Counted on the first page only.
            assert_eq!(page.total, if as_of.is_none() { Some(3) } else { None });
            as_of.get_or_insert(page.as_of);
            for c in page.changes {
                seen.insert((c.row_id, c.column), c.value);
            }
            let Some(next) = page.next else { break };
            path = format!("/snapshot?limit=1&as_of={}&table={}&row_id={}&column={}", as_of.unwrap(), next.table, next.row_id, next.column);
            // A change pushed while the snapshot is read comes with the tail, not in a later page.
            push(a.token.clone(), vec![change("dev-a", "c1", "name", json!("Newer"), None)]).await;
        }
        let expected: BTreeMap<_, _> =
            [(("c1".into(), "name".into()), json!("Ada")), (("c2".into(), "*".into()), json!(1)), (("c3".into(), "name".into()), json!("Cy"))].into();
        assert_eq!(seen, expected);
        let tail: PullResponse = server.get(&format!("/pull?after={}", as_of.unwrap()), &a.token).await.unwrap();
        assert!(tail.changes.iter().all(|c| c.change.value == json!("Newer")) && !tail.changes.is_empty());
    }

    #[tokio::test]
    async fn a_push_pokes_every_listening_device_of_the_workspace(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let b = server.sign_in("a@a.test", "dev-b").await;
        let mut events = server.events(&b.token).await;
        assert_eq!(events.next_head().await, "event: head\ndata: 0\n\n");
        let first = json!({"changes": [change("dev-a", "c1", "name", json!("Ada"), None)]});
        server.post::<PushResponse>("/push", Some(&a.token), &first).await.unwrap();
        assert_eq!(events.next_head().await, "event: head\ndata: 1\n\n");
        // A retried push numbers nothing, so it pokes nobody: the next poke is the next change's.
        server.post::<PushResponse>("/push", Some(&a.token), &first).await.unwrap();
        server.post::<PushResponse>("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c1", "name", json!("Bo"), None)]})).await.unwrap();
        assert_eq!(events.next_head().await, "event: head\ndata: 2\n\n");
    }
}

// Several instances of the server on one PostgreSQL database, as a team behind a load
// balancer runs them: each instance pokes its own listeners for every instance's pushes, and
// sequence numbers stay gapless whichever instance numbers them.

#[tokio::test]
async fn a_device_listening_on_one_instance_is_poked_by_a_push_through_another() {
    let first = TestServer::start(Backend::Postgres).await;
    let second = first.another_instance().await;
    let a = second.create_team("A", "a@a.test", "dev-a").await;
    let b = first.sign_in("a@a.test", "dev-b").await;
    let mut events = first.events(&b.token).await;
    assert_eq!(events.next_head().await, "event: head\ndata: 0\n\n");
    second
        .post::<PushResponse>("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c1", "name", json!("Ada"), None)]}))
        .await
        .unwrap();
    assert_eq!(events.next_head().await, "event: head\ndata: 1\n\n");
    // The instance a device listens to hears its own pushes once, not again from the database.
    first
        .post::<PushResponse>("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c2", "name", json!("Bo"), None)]}))
        .await
        .unwrap();
    second
        .post::<PushResponse>("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c3", "name", json!("Cy"), None)]}))
        .await
        .unwrap();
    assert_eq!(events.next_head().await, "event: head\ndata: 2\n\n");
    assert_eq!(events.next_head().await, "event: head\ndata: 3\n\n");
}

#[tokio::test]
async fn a_device_hears_of_pushes_made_while_its_instance_had_lost_the_database() {
    let first = TestServer::start(Backend::Postgres).await;
    let second = first.another_instance().await;
    let a = second.create_team("A", "a@a.test", "dev-a").await;
    let mut events = first.events(&a.token).await;
    assert_eq!(events.next_head().await, "event: head\ndata: 0\n\n");
    // Cut every instance's listening connection, as a database restart would, then push at once.
    let database = first.database().unwrap().to_owned();
    let cut = tokio::task::spawn_blocking(move || {
        let mut admin = postgres::Client::connect(&database, postgres::NoTls).unwrap();
        let sql = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'";
        admin.query(sql, &[]).unwrap().len()
    });
    assert_eq!(cut.await.unwrap(), 2);
    second
        .post::<PushResponse>("/push", Some(&a.token), &json!({"changes": [change("dev-a", "c1", "name", json!("Ada"), None)]}))
        .await
        .unwrap();
    assert_eq!(events.next_head().await, "event: head\ndata: 1\n\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pushes_through_two_instances_never_leave_a_gap_for_a_puller_of_either() {
    let first = Arc::new(TestServer::start(Backend::Postgres).await);
    let second = Arc::new(first.another_instance().await);
    pushes_leave_no_gap_for_pullers(&[first, second]).await;
}

/// Six devices push 20 batches each, spread over `servers`, while three readers, spread
/// likewise, pull small pages all the time: every reader reads every number, in order.
async fn pushes_leave_no_gap_for_pullers(servers: &[Arc<TestServer>]) {
    let admin = servers[0].create_team("A", "a@a.test", "dev-0").await;
    let mut sessions = vec![admin.clone()];
    for i in 1..6 {
        sessions.push(servers[i % servers.len()].sign_in("a@a.test", &format!("dev-{i}")).await);
    }
    const PUSHES: usize = 20;
    let pushers: Vec<_> = sessions
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, s): (usize, Session)| {
            let server = servers[i % servers.len()].clone();
            tokio::spawn(async move {
                for p in 0..PUSHES {
                    let changes: Vec<_> =
                        (0..5).map(|k| change(&s.device_id, &format!("{}-{p}-{k}", s.device_id), "name", json!(k), None)).collect();
                    server.post::<PushResponse>("/push", Some(&s.token), &json!({ "changes": changes })).await.unwrap();
                }
            })
        })
        .collect();
    let total = (sessions.len() * PUSHES * 5) as i64;
    let pullers: Vec<_> = (0..3)
        .map(|i| {
            let (server, token) = (servers[i % servers.len()].clone(), admin.token.clone());
            tokio::spawn(async move {
                let mut cursor = 0;
                while cursor < total {
                    let page: PullResponse = server.get(&format!("/pull?after={cursor}&limit=7"), &token).await.unwrap();
                    for numbered in &page.changes {
                        assert_eq!(numbered.seq, cursor + 1, "a pull skipped from {cursor} to {}", numbered.seq);
                        cursor = numbered.seq;
                    }
                    assert!(page.head >= cursor);
                }
                cursor
            })
        })
        .collect();
    for pusher in pushers {
        pusher.await.unwrap();
    }
    for puller in pullers {
        assert_eq!(puller.await.unwrap(), total);
    }
}
