//! One throwaway PostgreSQL cluster per test process, on loopback, and a fresh database in it
//! for each test. It stops, and its files go, when the process ends, however it ends.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

const BIN: &str = "/usr/lib/postgresql/15/bin";

pub struct Cluster {
    port: u16,
    /// The write end of the stopper's stdin, held until the process ends: see `start_stopper`.
    _stopper: ChildStdin,
}

/// The cluster, started by the first test that asks. Blocks: call it off the async runtime.
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(Cluster::start)
}

impl Cluster {
    fn start() -> Cluster {
        let initdb = Path::new(BIN).join("initdb");
        assert!(
            initdb.exists(),
            "the PostgreSQL tests need PostgreSQL 15, and {} is missing: run scripts/setup-system.sh (it installs the Debian package postgresql)",
            initdb.display()
        );
        let root = tempfile::Builder::new().prefix("tandem-pg-").tempdir().expect("a temporary directory").keep();
        // initdb and postgres refuse to run as root (as CI runs): then they run as postgres.
        let as_root = fs::metadata("/proc/self").expect("/proc/self").uid() == 0;
        if as_root {
            run(Command::new("chown").arg("postgres:postgres").arg(&root));
        }
        let data = root.join("data");
        let stopper = start_stopper(&root, pg(as_root, "pg_ctl").arg("-D").arg(&data).args(["-m", "immediate", "stop"]));
        run(pg(as_root, "initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
            "--no-instructions",
        ]));
        // A free port can be taken by someone else before postgres binds it: then try another.
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
            let options = format!(
                "-c listen_addresses=127.0.0.1 -p {port} -k {} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                root.display()
            );
            let started = pg(as_root, "pg_ctl")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(root.join("postgres.log"))
                .args(["-w", "-t", "60", "-o", &options, "start"])
                .output()
                .expect("pg_ctl runs");
            if started.status.success() {
                return Cluster { port, _stopper: stopper };
            }
        }
        panic!("PostgreSQL did not start; its log: {}", fs::read_to_string(root.join("postgres.log")).unwrap_or_default());
    }

    /// A new, empty database, as a `postgres://` URL.
    pub fn fresh_database(&self) -> String {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("test_{}", NEXT.fetch_add(1, Ordering::Relaxed));
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls).expect("the test cluster accepts connections");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("CREATE DATABASE");
        self.url(&name)
    }

    fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }
}

/// A PostgreSQL program, run as the postgres user when we are root.
fn pg(as_root: bool, program: &str) -> Command {
    let path = Path::new(BIN).join(program);
    if as_root {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(path);
        command
    } else {
        Command::new(path)
    }
}

fn run(command: &mut Command) -> Output {
    let output = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Starts a shell that waits for end-of-file on its stdin, then runs `stop` and removes `root`.
/// Only this process holds the pipe's write end (std opens it close-on-exec), so the kernel
/// closes it when the process ends, however it ends: a panic, an abort, Ctrl-C or a kill. The
/// shell has its own process group, so a signal sent to the test run's group does not stop it
/// before it has stopped the cluster.
#[expect(clippy::zombie_processes, reason = "the stopper outlives this process by design: nobody waits for it")]
fn start_stopper(root: &Path, stop: &Command) -> ChildStdin {
    let script = r#"cat >/dev/null; "$@" >/dev/null 2>&1; rm -rf "$TANDEM_PG_ROOT""#;
    let mut stopper = Command::new("sh")
        .args(["-c", script, "stopper"])
        .arg(stop.get_program())
        .args(stop.get_args())
        .env("TANDEM_PG_ROOT", PathBuf::from(root))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("sh runs");
    stopper.stdin.take().expect("a piped stdin")
}
