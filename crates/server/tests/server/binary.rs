//! The `tandem-server` program itself, as an admin runs it: over HTTPS, and on PostgreSQL.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::json;
use tandem_sync_protocol::{Role, Session, PROTOCOL, PROTOCOL_HEADER};

use crate::harness::PASSWORD;
use crate::postgres_cluster::cluster;

/// The program running on a free loopback port; killed when dropped.
struct Running {
    child: Child,
    /// Where it listens, as it says on its first line.
    url: String,
    _stdout: BufReader<ChildStdout>,
}

impl Running {
    async fn start(args: &[&str]) -> Running {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        tokio::task::spawn_blocking(move || {
            let mut child = Command::new(env!("CARGO_BIN_EXE_tandem-server"))
                .args(["--listen", "127.0.0.1:0"])
                .args(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdout = BufReader::new(child.stdout.take().unwrap());
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            let Some(url) = line.trim().strip_prefix("tandem-server listening on ") else {
                let mut stderr = String::new();
                child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
                panic!("tandem-server {args:?} did not start: {line}{stderr}");
            };
            Running { url: url.to_owned(), child, _stdout: stdout }
        })
        .await
        .unwrap()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn create_team(http: &reqwest::Client, url: &str) -> Result<Session, reqwest::Error> {
    let body = json!({"workspace_name": "Acme", "email": "ada@acme.test", "display_name": "Ada", "password": PASSWORD, "device": {"id": "dev-a", "name": "a"}});
    let response = http.post(format!("{url}/v1/workspaces")).header(PROTOCOL_HEADER, PROTOCOL.to_string()).json(&body).send().await?;
    response.error_for_status()?.json().await
}

#[tokio::test]
async fn the_server_speaks_https_with_the_certificate_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let rcgen::CertifiedKey { cert, signing_key } = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, cert.pem()).unwrap();
    std::fs::write(&key_file, signing_key.serialize_pem()).unwrap();
    let data = dir.path().join("data");
    let server = Running::start(&["--data", path(&data), "--tls-cert", path(&cert_file), "--tls-key", path(&key_file)]).await;
    assert!(server.url.starts_with("https://127.0.0.1:"), "{}", server.url);

    let trusting =
        reqwest::Client::builder().add_root_certificate(reqwest::Certificate::from_pem(cert.pem().as_bytes()).unwrap()).build().unwrap();
    let health = trusting.get(format!("{}/health", server.url)).send().await.unwrap();
    assert_eq!((health.status().as_u16(), health.text().await.unwrap().as_str()), (200, "ok"));
    let admin = create_team(&trusting, &server.url).await.unwrap();
    assert_eq!((admin.role, admin.workspace_name.as_str()), (Role::Admin, "Acme"));

    // A client that does not trust the certificate gets nothing, nor does one speaking plain HTTP.
    assert!(reqwest::Client::new().get(format!("{}/health", server.url)).send().await.is_err());
    let plain = server.url.replace("https://", "http://");
    assert!(reqwest::Client::new().get(format!("{plain}/health")).send().await.is_err());
}

#[tokio::test]
async fn the_server_keeps_everything_in_postgresql_when_given_a_database() {
    let database = tokio::task::spawn_blocking(|| cluster().fresh_database()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Running::start(&["--database", &database, "--data", path(&data)]).await;
    assert!(server.url.starts_with("http://127.0.0.1:"), "{}", server.url);
    create_team(&reqwest::Client::new(), &server.url).await.unwrap();
    assert!(!data.exists(), "no SQLite file is made beside a PostgreSQL database");
    let names = tokio::task::spawn_blocking(move || {
        let mut client = postgres::Client::connect(&database, postgres::NoTls).unwrap();
        client.query("SELECT name FROM workspaces", &[]).unwrap().iter().map(|r| r.get::<_, String>(0)).collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert_eq!(names, ["Acme"]);
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}
