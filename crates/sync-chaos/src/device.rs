//! `sync-chaos-device DIR URL MODE SEED MILLIS`: one device of the chaos test, as a process that
//! the test may kill at any moment and start again on the same `DIR`.
//!
//! - `create` / `join`: signs in (creating the team, or joining it), keeps the token in
//!   `DIR/token` and runs one pass; `create` first adds a contact, so that the others start from a
//!   snapshot that is not empty and never bootstrap again (a snapshot carries winners only).
//! - `chaos`: for MILLIS ms, random edits of contacts (creates, updates of random fields, soft
//!   deletes, restores) and sync passes, which may fail: the network is faulty.
//! - `heal`: one pass; prints `sent=N received=M`.
//!
//! After every pass, and at start, it appends every change the server acknowledged (its log up
//! to the acknowledged cursor) to `DIR/acked.tsv` as `hlc device table row column`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tandem_store::outbox::unsent;
use tandem_store::tables::CONTACTS;
use tandem_store::{new_id, Db, Value, WriteSource};
use tandem_sync_client::account::{self, ACKED_SEQ};
use tandem_sync_client::{sync_pass, Account, ServerClient, SyncError};
use tandem_sync_protocol::{CreateWorkspace, DeviceIntro, SignIn};

const EMAIL: &str = "chaos@acme.test";
const PASSWORD: &str = "correct horse battery";
const FIELDS: [&str; 7] = ["first_name", "last_name", "email", "phone", "title", "country", "notes"];

type Failure = Box<dyn std::error::Error>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, url, mode, seed, millis] = args.as_slice() else {
        return Err("usage: sync-chaos-device DIR URL create|join|chaos|heal SEED MILLIS".into());
    };
    let dir = PathBuf::from(dir);
    let db = Arc::new(Db::open(&dir.join("tandem.db"))?);
    let mut rng = ChaCha8Rng::seed_from_u64(seed.parse()?);
    let duration = Duration::from_millis(millis.parse()?);
    match mode.as_str() {
        "create" | "join" => {
            let client = sign_in(&db, &dir, url, mode == "create").await?;
            if mode == "create" {
                edit(&db, &mut rng)?;
            }
            sync_pass(&db, &client, &|_| {}).await?;
            record_acked(&db, &dir)?;
        }
        "chaos" => {
            let client = signed_in(&dir, url)?;
            record_acked(&db, &dir)?;
            let deadline = Instant::now() + duration;
            while Instant::now() < deadline {
                if rng.gen_bool(0.6) {
                    edit(&db, &mut rng)?;
                } else {
                    if let Err(e) = sync_pass(&db, &client, &|_| {}).await {
                        eprintln!("pass failed (the network is faulty): {e}");
                    }
                    record_acked(&db, &dir)?;
                }
                tokio::time::sleep(Duration::from_millis(rng.gen_range(0..40))).await;
            }
        }
        "heal" => {
            let client = signed_in(&dir, url)?;
            let report = sync_pass(&db, &client, &|_| {}).await;
            record_acked(&db, &dir)?;
            let report = report?;
            println!("sent={} received={}", report.sent, report.received);
        }
        other => return Err(format!("unknown mode {other}").into()),
    }
    Ok(())
}

/// Signs this device in and remembers the account and the token (in a file: no keychain here).
async fn sign_in(db: &Db, dir: &Path, url: &str, create: bool) -> Result<ServerClient, Failure> {
    let client = ServerClient::new(url)?;
    let device = DeviceIntro { id: db.device_id().into(), name: format!("chaos {}", db.device_id()) };
    let session = if create {
        let input = CreateWorkspace {
            workspace_name: "Chaos".into(),
            email: EMAIL.into(),
            display_name: "Chaos".into(),
            password: PASSWORD.into(),
            device,
        };
        client.create_workspace(&input).await?
    } else {
        client.sign_in(&SignIn { email: EMAIL.into(), password: PASSWORD.into(), device }).await?
    };
    let token = dir.join("token");
    std::fs::write(dir.join("token.new"), &session.token)?;
    std::fs::rename(dir.join("token.new"), &token)?;
    account::save(db, &Account::of_session(url, &session, "chaos"))?;
    Ok(client.signed_in(session.token))
}

fn signed_in(dir: &Path, url: &str) -> Result<ServerClient, Failure> {
    let token = std::fs::read_to_string(dir.join("token"))?;
    Ok(ServerClient::new(url)?.signed_in(token))
}

/// One random edit, in its own transaction.
fn edit(db: &Db, rng: &mut ChaCha8Rng) -> Result<(), Failure> {
    let contacts: Vec<(String, i64)> = db.read(|c| {
        let mut stmt = c.prepare("SELECT id, deleted FROM contacts ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })?;
    let pick = |rng: &mut ChaCha8Rng, deleted: i64| -> Option<String> {
        let ids: Vec<&String> = contacts.iter().filter(|(_, d)| *d == deleted).map(|(id, _)| id).collect();
        (!ids.is_empty()).then(|| ids[rng.gen_range(0..ids.len())].clone())
    };
    let value = |rng: &mut ChaCha8Rng| Value::Text(format!("v{}", rng.gen_range(0..1_000_000)));
    let roll = rng.gen_range(0..100);
    db.write(WriteSource::User, |w| {
        if roll < 55 {
            if let Some(id) = pick(rng, 0).or_else(|| pick(rng, 1)) {
                let count = rng.gen_range(1..=3);
                let fields: Vec<(&str, Value)> = (0..count).map(|_| (FIELDS[rng.gen_range(0..FIELDS.len())], value(rng))).collect();
                return w.set(&CONTACTS, &id, &fields);
            }
        } else if roll < 70 {
            if let Some(id) = pick(rng, 0) {
                return w.soft_delete(&CONTACTS, &id);
            }
        } else if roll < 80 {
            if let Some(id) = pick(rng, 1) {
                return w.restore(&CONTACTS, &id);
            }
        }
        let fields = [("first_name", value(rng)), ("last_name", value(rng)), ("email", value(rng))];
        w.create(&CONTACTS, &new_id(), &fields)
    })?;
    Ok(())
}

/// Appends the changes the server acknowledged since the last record to `acked.tsv`. A kill
/// between the append and the note of how far it got only repeats lines.
fn record_acked(db: &Db, dir: &Path) -> Result<(), Failure> {
    let acked = account::cursor(db, ACKED_SEQ)?;
    let note = dir.join("recorded_seq");
    let recorded: i64 = std::fs::read_to_string(&note).ok().and_then(|t| t.trim().parse().ok()).unwrap_or(0);
    if acked <= recorded {
        return Ok(());
    }
    let changes = db.read(|c| unsent(c, recorded, usize::MAX >> 1)).map_err(SyncError::from)?;
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("acked.tsv"))?;
    let mut lines = String::new();
    for (_, c) in changes.iter().take_while(|(seq, _)| *seq <= acked) {
        lines.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", c.hlc, c.device, c.table, c.row_id, c.column));
    }
    file.write_all(lines.as_bytes())?;
    file.sync_all()?;
    std::fs::write(dir.join("recorded_seq.new"), acked.to_string())?;
    std::fs::rename(dir.join("recorded_seq.new"), note)?;
    Ok(())
}
