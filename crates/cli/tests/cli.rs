//! The command line, run as a real process: generating workspaces and surviving being killed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use rusqlite::Connection;

const CLI: &str = env!("CARGO_BIN_EXE_tandem-cli");

fn live_contacts(db: &std::path::Path) -> (i64, String) {
    let conn = Connection::open(db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    let count: i64 = conn.query_row("SELECT count(*) FROM contacts WHERE deleted = 0", [], |r| r.get(0)).unwrap();
    (count, integrity)
}

#[test]
fn generate_builds_a_set_up_workspace_of_the_asked_size() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(CLI)
        .args(["--data-dir", dir.path().to_str().unwrap(), "generate", "--contacts", "250", "--companies", "20", "--deals", "40"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("generated 250 contacts and 40 deals at 20 companies"), "{stdout}");
    let db = dir.path().join("tandem.db");
    assert_eq!(live_contacts(&db), (250, "ok".to_owned()));
    let conn = Connection::open(&db).unwrap();
    let companies: i64 = conn.query_row("SELECT count(*) FROM companies", [], |r| r.get(0)).unwrap();
    let setup: String = conn.query_row("SELECT value FROM local_state WHERE key = 'setup_done'", [], |r| r.get(0)).unwrap();
    assert_eq!((companies, setup.as_str()), (20, "1"));
}

#[test]
fn generate_refuses_a_damaged_database_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tandem.db");
    std::fs::write(&db, b"this is not a database, it is a shopping list").unwrap();
    let out = Command::new(CLI).args(["--data-dir", dir.path().to_str().unwrap(), "generate", "--contacts", "10"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is damaged"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(&db).unwrap(), b"this is not a database, it is a shopping list");
}

/// Kills a writer at varying points, 8 times: every batch it reported committed survives,
/// no batch is half-written, and SQLite's integrity check stays clean.
#[test]
fn killing_the_writer_mid_write_loses_no_committed_change_and_leaves_the_database_intact() {
    const BATCH: i64 = 50;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tandem.db");
    let mut durable = 0i64;
    for round in 0..8 {
        let mut child = Command::new(CLI)
            .args(["--data-dir", dir.path().to_str().unwrap(), "generate", "--contacts", "5000", "--companies", "30"])
            .args(["--batch", &BATCH.to_string(), "--seed", &round.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let wait_for = 1 + round % 4;
        let mut committed_this_run = 0i64;
        for line in lines.map_while(Result::ok).filter(|l| l.starts_with("committed ")).take(wait_for) {
            committed_this_run = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let (count, integrity) = live_contacts(&db);
        assert_eq!(integrity, "ok", "round {round}");
        assert!(
            count >= durable + committed_this_run,
            "round {round}: {count} contacts, but {durable} + {committed_this_run} were committed"
        );
        assert_eq!(count % BATCH, 0, "round {round}: a batch was half-written ({count} contacts)");
        durable = count;
    }
    assert!(durable > 0);
}
