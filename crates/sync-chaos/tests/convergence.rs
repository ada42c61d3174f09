//! Three devices, each its own process, edit contacts at random and sync through a real server
//! process, with a faulty network between them (delays, refused connections, requests and answers
//! cut midway) while the test SIGKILLs devices and the server at random moments and starts them
//! again on the same data. Once the network heals and everyone has synced until nothing moves,
//! every device holds the same synced tables, and every change the server acknowledged is in
//! every device's change log. Over SQLite and over PostgreSQL.
//!
//! `TANDEM_CHAOS_SEED` repeats a run's random choices (the seed is printed when it fails);
//! `TANDEM_CHAOS_SECS` sets how long the chaos lasts (20 s by default).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use tandem_store::tables::SYNCED;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[path = "../../server/tests/server/postgres_cluster.rs"]
mod postgres_cluster;

const DEVICES: usize = 3;
const HEAL_ROUNDS: usize = 20;

enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

/// A process this test started; SIGKILLed (by its pid, through `Child::kill`) when dropped.
struct Started {
    child: Child,
    _stdout: Option<BufReader<ChildStdout>>,
}

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn log_file(path: &Path) -> Stdio {
    Stdio::from(File::options().create(true).append(true).open(path).unwrap())
}

/// The server on a free loopback port; returns it and its address.
fn start_server(backend: &Backend, root: &Path) -> (Started, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sync-chaos-server"));
    match backend {
        Backend::Sqlite(dir) => command.arg("--data").arg(dir),
        Backend::Postgres(url) => command.args(["--database", url]),
    };
    let mut child = command.stdout(Stdio::piped()).stderr(log_file(&root.join("server.log"))).spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let started = Started { child, _stdout: Some(stdout) };
    let address = line.trim().strip_prefix("tandem-server listening on http://").unwrap_or_else(|| {
        panic!("the server did not start: {line:?}; its log: {}", std::fs::read_to_string(root.join("server.log")).unwrap_or_default())
    });
    (started, address.to_owned())
}

fn device(dir: &Path, url: &str, mode: &str, seed: u64, millis: u64) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sync-chaos-device"));
    command.arg(dir).arg(url).arg(mode).arg(seed.to_string()).arg(millis.to_string());
    command
}

/// Runs a device to its end; its stdout.
fn run_device(dir: &Path, url: &str, mode: &str, seed: u64, context: &str) -> String {
    let Output { status, stdout, stderr } = device(dir, url, mode, seed, 0).output().unwrap();
    let stderr = String::from_utf8_lossy(&stderr);
    assert!(status.success(), "{context}: device {} {mode} failed: {stderr}", dir.display());
    String::from_utf8_lossy(&stdout).into_owned()
}

fn start_chaos(dir: &Path, url: &str, seed: u64, millis: u64) -> Started {
    let child = device(dir, url, "chaos", seed, millis)
        .stdout(log_file(&dir.join("device.log")))
        .stderr(log_file(&dir.join("device.log")))
        .spawn()
        .unwrap();
    Started { child, _stdout: None }
}

/// The network between devices and server: a loopback proxy that, while `faulty`, delays
/// connections and data, refuses some connections and cuts others midway through a request or
/// an answer (after which the server may well have committed what the device thinks failed).
struct Network {
    upstream: Mutex<String>,
    faulty: AtomicBool,
}

async fn proxy(listener: TcpListener, network: Arc<Network>, seed: u64) {
    for n in 0u64.. {
        let Ok((client, _)) = listener.accept().await else { continue };
        let rng = ChaCha8Rng::seed_from_u64(seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        tokio::spawn(relay(client, network.clone(), rng));
    }
}

async fn relay(client: TcpStream, network: Arc<Network>, mut rng: ChaCha8Rng) {
    let faulty = network.faulty.load(Ordering::SeqCst);
    let upstream = network.upstream.lock().unwrap().clone();
    let (mut up_limit, mut down_limit) = (usize::MAX, usize::MAX);
    if faulty {
        tokio::time::sleep(Duration::from_millis(rng.gen_range(0..80))).await;
        match rng.gen_range(0..100) {
            0..10 => return,
            10..20 => up_limit = rng.gen_range(0..3_000),
            20..32 => down_limit = rng.gen_range(0..3_000),
            _ => {}
        }
    }
    let Ok(server) = TcpStream::connect(&upstream).await else { return };
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let (up_rng, down_rng) = (ChaCha8Rng::seed_from_u64(rng.gen()), ChaCha8Rng::seed_from_u64(rng.gen()));
    let up = pump(&mut client_read, &mut server_write, up_limit, faulty.then_some(up_rng));
    let down = pump(&mut server_read, &mut client_write, down_limit, faulty.then_some(down_rng));
    // Either side closing, or a cut, closes both.
    tokio::select! {
        () = up => {}
        () = down => {}
    }
}

async fn pump(
    from: &mut (impl AsyncReadExt + Unpin),
    to: &mut (impl AsyncWriteExt + Unpin),
    mut limit: usize,
    mut delays: Option<ChaCha8Rng>,
) {
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if let Some(rng) = delays.as_mut() {
            tokio::time::sleep(Duration::from_millis(rng.gen_range(0..4))).await;
        }
        let n = n.min(limit);
        if to.write_all(&buffer[..n]).await.is_err() {
            return;
        }
        limit -= n;
        if limit == 0 {
            return;
        }
    }
}

/// Every synced table of the device database in `dir`, all columns, by id.
fn synced_tables(dir: &Path) -> BTreeMap<&'static str, Vec<Vec<Value>>> {
    let conn = Connection::open_with_flags(dir.join("tandem.db"), OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    SYNCED
        .iter()
        .map(|table| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY id", table.name)).unwrap();
            let width = stmt.column_count();
            let rows = stmt.query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>()).unwrap();
            (table.name, rows.collect::<Result<_, _>>().unwrap())
        })
        .collect()
}

type ChangeName = (String, String, String, String, String);

/// What the devices recorded as acknowledged by the server: (hlc, device, table, row, column).
fn acknowledged(dirs: &[PathBuf]) -> BTreeSet<ChangeName> {
    let mut out = BTreeSet::new();
    for dir in dirs {
        let Ok(text) = std::fs::read_to_string(dir.join("acked.tsv")) else { continue };
        for line in text.lines() {
            let parts: Vec<&str> = line.split('\t').collect();
            // A line cut by a kill is written again whole on the next record.
            if let [hlc, device, table, row, column] = parts.as_slice() {
                out.insert((hlc.to_string(), device.to_string(), table.to_string(), row.to_string(), column.to_string()));
            }
        }
    }
    out
}

fn missing_from_log(dir: &Path, changes: &BTreeSet<ChangeName>) -> Vec<ChangeName> {
    let conn = Connection::open_with_flags(dir.join("tandem.db"), OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn
        .prepare("SELECT EXISTS (SELECT 1 FROM changes WHERE hlc = ?1 AND device = ?2 AND tbl = ?3 AND row_id = ?4 AND col = ?5)")
        .unwrap();
    changes
        .iter()
        .filter(|(hlc, device, table, row, column)| !stmt.query_row([hlc, device, table, row, column], |r| r.get::<_, bool>(0)).unwrap())
        .cloned()
        .collect()
}

fn seed() -> u64 {
    std::env::var("TANDEM_CHAOS_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64)
}

fn chaos_time() -> Duration {
    Duration::from_secs(std::env::var("TANDEM_CHAOS_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(20))
}

fn three_devices_converge_through_faults_and_kills(backend: Backend, root: tempfile::TempDir, seed: u64) {
    let context = format!("chaos seed {seed} (TANDEM_CHAOS_SEED={seed} repeats its choices)");
    eprintln!("{context}");
    // TANDEM_CHAOS_KEEP=1 keeps the devices' and the server's files, to look into a failure.
    let root = if std::env::var_os("TANDEM_CHAOS_KEEP").is_some() { root.keep() } else { root.path().to_owned() };
    eprintln!("files in {}", root.display());
    let root = root.as_path();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (mut server, address) = start_server(&backend, root);
    let network = Arc::new(Network { upstream: Mutex::new(address), faulty: AtomicBool::new(false) });
    let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    runtime.spawn(proxy(listener, network.clone(), seed));

    // Everyone joins before the chaos, so that nobody reads the workspace from a snapshot (which
    // holds each field's winner, not the changes that lost).
    let dirs: Vec<PathBuf> = (0..DEVICES).map(|i| root.join(format!("device-{i}"))).collect();
    for (i, dir) in dirs.iter().enumerate() {
        std::fs::create_dir_all(dir).unwrap();
        run_device(dir, &url, if i == 0 { "create" } else { "join" }, seed, &context);
    }

    network.faulty.store(true, Ordering::SeqCst);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let deadline = Instant::now() + chaos_time();
    let remaining = || deadline.saturating_duration_since(Instant::now()).as_millis() as u64;
    let mut devices: Vec<Started> = dirs.iter().map(|dir| start_chaos(dir, &url, rng.gen(), remaining())).collect();
    let (mut device_kills, mut server_kills) = (0, 0);
    for event in 0.. {
        std::thread::sleep(Duration::from_millis(rng.gen_range(200..1_200)));
        if remaining() < 500 {
            break;
        }
        for (i, started) in devices.iter_mut().enumerate() {
            if let Some(status) = started.child.try_wait().unwrap() {
                let log = std::fs::read_to_string(dirs[i].join("device.log")).unwrap_or_default();
                assert!(status.success(), "{context}: device {i} failed on its own: {log}");
            }
        }
        if event % 4 == 3 {
            drop(server);
            std::thread::sleep(Duration::from_millis(rng.gen_range(0..300)));
            let (restarted, address) = start_server(&backend, root);
            server = restarted;
            *network.upstream.lock().unwrap() = address;
            server_kills += 1;
        } else {
            let i = rng.gen_range(0..DEVICES);
            // Killed (and reaped) before it starts again: one process per device at a time.
            let _ = devices[i].child.kill();
            devices[i].child.wait().unwrap();
            devices[i] = start_chaos(&dirs[i], &url, rng.gen(), remaining());
            device_kills += 1;
        }
    }
    for (i, mut started) in devices.into_iter().enumerate() {
        let status = started.child.wait().unwrap();
        let log = std::fs::read_to_string(dirs[i].join("device.log")).unwrap_or_default();
        assert!(status.success(), "{context}: device {i} failed on its own: {log}");
    }

    // Heal: no more faults; every device syncs, round after round, until a round in which
    // nobody sent or received anything.
    network.faulty.store(false, Ordering::SeqCst);
    let quiet = (0..HEAL_ROUNDS).any(|_| {
        let reports: Vec<String> = dirs.iter().map(|dir| run_device(dir, &url, "heal", seed, &context)).collect();
        reports.iter().all(|r| r.trim() == "sent=0 received=0")
    });
    assert!(quiet, "{context}: still syncing after {HEAL_ROUNDS} rounds");
    drop(server);

    let tables: Vec<_> = dirs.iter().map(|dir| synced_tables(dir)).collect();
    let contacts = tables[0]["contacts"].len();
    for (i, other) in tables.iter().enumerate().skip(1) {
        for (name, rows) in &tables[0] {
            assert!(
                rows == &other[name],
                "{context}: devices 0 and {i} differ in {name}: {} rows against {}; first difference: {:?}",
                rows.len(),
                other[name].len(),
                rows.iter().zip(&other[name]).find(|(a, b)| a != b)
            );
        }
    }
    let acked = acknowledged(&dirs);
    for (i, dir) in dirs.iter().enumerate() {
        let missing = missing_from_log(dir, &acked);
        assert!(
            missing.is_empty(),
            "{context}: device {i} lacks {} acknowledged changes, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(3)]
        );
    }
    let authors: BTreeSet<&str> = acked.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(authors.len(), DEVICES, "{context}: every device had changes acknowledged");
    eprintln!(
        "{context}: {device_kills} device kills, {server_kills} server kills, {} acknowledged changes, {contacts} contacts on every device",
        acked.len()
    );
}

#[test]
fn three_devices_converge_through_faults_and_kills_over_sqlite() {
    let root = tempfile::Builder::new().prefix("tandem-chaos-").tempdir().unwrap();
    let data = root.path().join("server-data");
    three_devices_converge_through_faults_and_kills(Backend::Sqlite(data), root, seed());
}

#[test]
fn three_devices_converge_through_faults_and_kills_over_postgresql() {
    let root = tempfile::Builder::new().prefix("tandem-chaos-").tempdir().unwrap();
    let url = postgres_cluster::cluster().fresh_database();
    three_devices_converge_through_faults_and_kills(Backend::Postgres(url), root, seed());
}
