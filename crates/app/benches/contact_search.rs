//! Contact search at 100,000 contacts: through the app façade versus a bare FTS5 query on the
//! same table, in the same run. Also prints p50/p95 per query, since criterion reports means.
//!
//! `cargo bench -p tandem-app --bench contact_search` (builds the 100k workspace once, cached in
//! target/bench-data; `TANDEM_BENCH_CONTACTS` changes the size).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::Connection;
use tandem_app::dto::{ContactQuery, SetupInput, StartupState, WorkspaceChoice};
use tandem_app::sample::{self, SampleSize};
use tandem_app::{App, DataPaths};
use tandem_domain::member::{MemberInput, Role};

/// What users type: a first name, part of a surname, an e-mail fragment, a company, two words.
const QUERIES: &[&str] = &["ana", "garc", "smith@", "northwind", "maria fer", "zz"];
/// Searches of one and two letters, with what they stand for.
const SHORT: &[(&str, &str)] = &[
    ("zz", "two letters, few matches"),
    ("an", "two letters, many matches"),
    ("g", "one letter, the first key of a search"),
    ("s", "one letter, the most word starts"),
];
const PAGE: u32 = 100;

fn workspace() -> (App, PathBuf) {
    let contacts: usize = std::env::var("TANDEM_BENCH_CONTACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../target/bench-data/contacts-{contacts}"));
    let app = App::open(DataPaths::at(&dir, dir.join("exports")));
    if app.startup_state() == StartupState::NeedsSetup {
        let started = Instant::now();
        let profile = MemberInput { id: None, name: "Bench".into(), email: "bench@tandem.test".into(), role: Role::Admin };
        app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile }).unwrap();
        sample::populate(&app, &SampleSize { contacts, ..SampleSize::default() }, true, |_| {}).unwrap();
        eprintln!("generated {contacts} contacts in {:.1} s", started.elapsed().as_secs_f64());
    }
    (app, dir.join("tandem.db"))
}

/// The same page straight from FTS5: the best-ranked 100 matches and their ids, no count, no DTOs.
fn bare_fts(conn: &Connection, query: &str) -> usize {
    let phrase = query.split_whitespace().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" AND ");
    let mut stmt = conn
        .prepare_cached("SELECT c.id FROM (SELECT rowid, rank FROM contacts_fts WHERE contacts_fts MATCH ?1 ORDER BY rank LIMIT ?2) f JOIN contacts c ON c.rowid = f.rowid")
        .unwrap();
    stmt.query_map(rusqlite::params![phrase, PAGE], |r| r.get::<_, String>(0)).unwrap().count()
}

/// The cheapest possible FTS5 read: the first 100 matches in index order, unranked.
fn unranked_fts(conn: &Connection, query: &str) -> usize {
    let phrase = query.split_whitespace().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" AND ");
    let mut stmt = conn.prepare_cached("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?1 LIMIT ?2").unwrap();
    stmt.query_map(rusqlite::params![phrase, PAGE], |r| r.get::<_, i64>(0)).unwrap().count()
}

fn app_search(app: &App, query: &str) -> usize {
    app.list_contacts(ContactQuery { filter: Default::default(), search: query.into(), sort: Default::default(), offset: 0, limit: PAGE })
        .unwrap()
        .rows
        .len()
}

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0;
    (at(0.50), at(0.95))
}

fn search(c: &mut Criterion) {
    let (app, db_path) = workspace();
    let conn = Connection::open(&db_path).unwrap();
    let mut group = c.benchmark_group("contact_search");
    group.sample_size(30).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    for query in QUERIES {
        group.bench_function(format!("app/{query}"), |b| b.iter(|| app_search(&app, query)));
        if query.chars().count() >= 3 {
            group.bench_function(format!("bare_fts/{query}"), |b| b.iter(|| bare_fts(&conn, query)));
        }
    }
    group.finish();

    // p50/p95 per query, app and bare interleaved so machine noise hits both alike.
    println!("\n{:<12} {:>9} {:>9} {:>9} {:>9} {:>8} {:>13}", "query", "app p50", "app p95", "fts p50", "fts p95", "p95 ×", "unranked p95");
    for query in QUERIES.iter().filter(|q| q.chars().count() >= 3) {
        let (mut app_times, mut fts_times, mut unranked_times) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..300 {
            let t = Instant::now();
            app_search(&app, query);
            app_times.push(t.elapsed());
            let t = Instant::now();
            bare_fts(&conn, query);
            fts_times.push(t.elapsed());
            let t = Instant::now();
            unranked_fts(&conn, query);
            unranked_times.push(t.elapsed());
        }
        let ((a50, a95), (f50, f95), (_, u95)) = (percentiles(app_times), percentiles(fts_times), percentiles(unranked_times));
        println!("{query:<12} {a50:>7.2}ms {a95:>7.2}ms {f50:>7.2}ms {f95:>7.2}ms {:>7.2}× {u95:>11.2}ms", a95 / f95);
    }
    // Under three letters there is no trigram baseline; the first key of every search is one.
    for (query, what) in SHORT {
        let mut short = Vec::new();
        for _ in 0..300 {
            let t = Instant::now();
            app_search(&app, query);
            short.push(t.elapsed());
        }
        let (s50, s95) = percentiles(short);
        println!("{query:<12} {s50:>7.2}ms {s95:>7.2}ms   ({what}: word-prefix index, no trigram baseline)");
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
