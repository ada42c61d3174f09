//! The CRM figures issue 3 asks for, each next to a baseline measured in the same run:
//! - import of 100,000 contacts from CSV versus `sqlite3 .import` of the same file into a bare table,
//!   and the floor under any import: the same rows copied straight into the same tables;
//! - search everywhere p50/p95 at 100k contacts + 20k companies + 30k deals versus bare FTS5;
//! - the possible-duplicates scan over 100k contacts versus a bare `GROUP BY email`;
//! - keeping that workspace aside (issue 7: joining a team without merging) versus a bare
//!   `VACUUM INTO` copy of it.
//!
//! `cargo bench -p tandem-app --bench crm` (release; the workspace is built once and cached in
//! target/bench-data). `TANDEM_BENCH_CONTACTS` changes the size (companies and deals scale with it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rusqlite::Connection;
use tandem_app::dto::{DuplicatePolicy, ImportRequest};
use tandem_app::sample::{self, SampleSize};
use tandem_app::App;
use tandem_store::search_index;

mod support;
use support::{bench_dir, open_set_up, percentiles};

const QUERIES: &[&str] = &["ana", "garc", "smith@", "northwind", "5550", "maria fer", "analytics", "an", "zz"];
const SEARCH_RUNS: usize = 40;

fn contacts() -> usize {
    std::env::var("TANDEM_BENCH_CONTACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}

/// 100k contacts at 20k companies with 30k deals (scaled), generated once.
fn crm_workspace() -> (App, PathBuf) {
    let n = contacts();
    let dir = bench_dir(&format!("crm-{n}"));
    let fresh = !dir.join("tandem.db").exists();
    let app = open_set_up(&dir);
    if fresh {
        let started = Instant::now();
        let size = SampleSize { contacts: n, companies: n / 5, deals: n * 3 / 10, batch: 5_000, ..SampleSize::default() };
        sample::populate(&app, &size, true, |_| {}).unwrap();
        eprintln!("generated {n} contacts, {} companies, {} deals in {:.1} s", n / 5, n * 3 / 10, started.elapsed().as_secs_f64());
    }
    (app, dir.join("tandem.db"))
}

/// What a bare engine does for the same words: the best 8 contacts, companies and deals by FTS5 rank.
fn bare_search(conn: &Connection, query: &str) -> usize {
    let phrase = query.split_whitespace().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" AND ");
    let mut found = 0;
    for table in ["contacts_fts", "companies_fts", "deals_fts"] {
        let mut stmt = conn.prepare_cached(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rank LIMIT 8")).unwrap();
        found += stmt.query_map([&phrase], |r| r.get::<_, i64>(0)).unwrap().count();
    }
    found
}

fn search(app: &App, db: &Path) {
    let conn = Connection::open(db).unwrap();
    println!("\n== search everywhere ({} contacts + companies + deals), {SEARCH_RUNS} runs per query", contacts());
    println!("{:<12} {:>9} {:>9} {:>9} {:>9} {:>7}", "query", "app p50", "app p95", "fts p50", "fts p95", "p95 ×");
    let (mut all_app, mut all_fts) = (Vec::new(), Vec::new());
    for query in QUERIES {
        let (mut app_times, mut fts_times) = (Vec::new(), Vec::new());
        for _ in 0..SEARCH_RUNS {
            let started = Instant::now();
            std::hint::black_box(app.search_everything(query).unwrap());
            app_times.push(started.elapsed());
            if query.chars().count() >= 3 {
                let started = Instant::now();
                std::hint::black_box(bare_search(&conn, query));
                fts_times.push(started.elapsed());
            }
        }
        all_app.extend(app_times.iter().copied());
        let (a50, a95) = percentiles(app_times);
        if fts_times.is_empty() {
            println!("{query:<12} {a50:>7.2}ms {a95:>7.2}ms {:>9} {:>9} {:>7}", "-", "-", "-");
        } else {
            all_fts.extend(fts_times.iter().copied());
            let (f50, f95) = percentiles(fts_times);
            println!("{query:<12} {a50:>7.2}ms {a95:>7.2}ms {f50:>7.2}ms {f95:>7.2}ms {:>6.1}×", a95 / f95);
        }
    }
    let (a50, a95) = percentiles(all_app);
    let (f50, f95) = percentiles(all_fts);
    println!("{:<12} {a50:>7.2}ms {a95:>7.2}ms {f50:>7.2}ms {f95:>7.2}ms {:>6.1}×", "all", a95 / f95);
}

fn duplicates(app: &App, db: &Path) {
    let conn = Connection::open(db).unwrap();
    let mut scan = Vec::new();
    let mut bare = Vec::new();
    let mut groups = 0;
    for _ in 0..5 {
        let started = Instant::now();
        groups = app.duplicate_groups().unwrap().total;
        scan.push(started.elapsed());
        let started = Instant::now();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM (SELECT email FROM contacts WHERE deleted = 0 AND email != '' GROUP BY lower(email) HAVING count(*) > 1)", [], |r| r.get(0))
            .unwrap();
        std::hint::black_box(n);
        bare.push(started.elapsed());
    }
    let (s50, _) = percentiles(scan);
    let (b50, _) = percentiles(bare);
    println!("\n== possible-duplicates scan over {} contacts ({groups} groups), median of 5", contacts());
    println!("scan {s50:.0} ms; bare GROUP BY email {b50:.0} ms; ratio {:.1}×", s50 / b50);
}

/// What a user waits for between "Join team" and the team's records arriving, on a copy of the
/// 100k workspace: the whole copy under a new device id plus emptying the live one.
fn keep_aside(db: &Path) {
    let dir = bench_dir("keep-aside");
    let (mut kept, mut bare) = (Vec::new(), Vec::new());
    for run in 0..3 {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let live = dir.join("tandem.db");
        std::fs::copy(db, &live).unwrap();
        // Each timing starts with nothing left to write back, so neither pays for the other's writes.
        let flushed = || assert!(Command::new("sync").status().unwrap().success());
        flushed();
        let started = Instant::now();
        Connection::open(&live).unwrap().execute("VACUUM INTO ?1", [dir.join(format!("bare-{run}.db")).to_string_lossy()]).unwrap();
        bare.push(started.elapsed());
        let store = tandem_store::Db::open(&live).unwrap();
        flushed();
        let started = Instant::now();
        store.set_aside(&dir.join(format!("aside-{run}.db")), "2026-11-30T12:00:00Z").unwrap();
        kept.push(started.elapsed());
    }
    let _ = std::fs::remove_dir_all(&dir);
    let (k50, _) = percentiles(kept);
    let (b50, _) = percentiles(bare);
    println!("\n== keep aside the {}-contact workspace, median of 3", contacts());
    println!("keep aside {k50:.0} ms; bare VACUUM INTO {b50:.0} ms; ratio {:.2}×", k50 / b50);
}

fn import() {
    let n = contacts();
    let dir = bench_dir(&format!("import-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // The file: a Tandem CSV export of the sample people (realistic names, e-mails, phones, companies).
    let companies = tandem_domain::sample::companies(7, (n / 5).max(1));
    let records: Vec<tandem_interchange::ContactRecord> = tandem_domain::sample::contacts(7, &companies)
        .take(n)
        .map(|p| tandem_interchange::ContactRecord {
            first_name: p.input.first_name,
            last_name: p.input.last_name,
            emails: vec![p.input.email],
            phones: vec![tandem_domain::phone::normalize(&p.input.phone, "").unwrap_or(p.input.phone)],
            title: p.input.title,
            company_name: p.input.company_name,
            country: p.input.country,
            notes: p.input.notes,
            lifecycle_stage: p.input.lifecycle_stage.as_str().into(),
            lead_source: p.input.lead_source,
            tags: p.input.tags,
            ..Default::default()
        })
        .collect();
    let csv_path = dir.join("contacts.csv");
    std::fs::write(&csv_path, tandem_interchange::write_csv(&records)).unwrap();
    let bytes = std::fs::read(&csv_path).unwrap();

    let app = open_set_up(&dir.join("workspace"));
    let started = Instant::now();
    let staged = app.stage_import("contacts.csv", &bytes).unwrap();
    let request = ImportRequest { file_id: staged.file_id, mapping: staged.mapping, duplicates: DuplicatePolicy::Skip };
    let read = started.elapsed().as_secs_f64();
    let dry_run = Instant::now();
    app.preview_import(&request).unwrap();
    let dry_run = dry_run.elapsed().as_secs_f64();
    let started = Instant::now();
    let done = app.run_import(&request, |_| {}).unwrap();
    let write = started.elapsed().as_secs_f64();
    // What the user waits for, end to end: the wizard always shows the dry run before importing,
    // and the import writes the plan its dry run made (planning is in `dry_run`, not `write`).
    let tandem = read + dry_run + write;

    // The baseline: the sqlite3 shell importing the same file into a bare table, no checks at all.
    let bare_db = dir.join("bare.db");
    let started = Instant::now();
    let status = Command::new("sqlite3")
        .arg(&bare_db)
        .args([".mode csv", &format!(".import {} bare", csv_path.display())])
        .status()
        .expect("the sqlite3 shell (apt install sqlite3)");
    assert!(status.success());
    let bare = started.elapsed().as_secs_f64();
    println!(
        "\n== import of {n} contacts from CSV ({:.1} MB): read {read:.2} s, dry run {dry_run:.2} s, import {write:.2} s",
        bytes.len() as f64 / 1e6
    );
    println!(
        "Tandem: {tandem:.1} s = {:.0} rows/s ({} created); sqlite3 .import: {bare:.2} s = {:.0} rows/s; Tandem is {:.1}% of that rate",
        n as f64 / tandem,
        done.created,
        n as f64 / bare,
        100.0 * bare / tandem
    );
    drop(app);
    import_floor(&dir, bare);
}

/// What no change log could beat: the rows the import wrote, copied with one `INSERT … SELECT` per
/// table into a new workspace's tables (their indexes and triggers, contacts indexed for search at
/// the end as the import does), with no reading, checking, matching or logging.
fn import_floor(dir: &Path, bare: f64) {
    let floor_dir = dir.join("floor");
    let _ = std::fs::remove_dir_all(&floor_dir);
    drop(open_set_up(&floor_dir));
    let conn = Connection::open(floor_dir.join("tandem.db")).unwrap();
    conn.execute_batch("PRAGMA cache_size = -65536; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;")
        .unwrap();
    conn.execute("ATTACH ?1 AS src", [dir.join("workspace/tandem.db").to_str().unwrap()]).unwrap();
    const TABLES: [&str; 5] = ["companies", "contacts", "contact_points", "stage_history", "tags"];
    for table in TABLES {
        conn.execute_batch(&format!("CREATE TEMP TABLE copy_{table} AS SELECT * FROM src.{table}")).unwrap();
    }
    let ids: Vec<String> =
        conn.prepare("SELECT id FROM temp.copy_contacts").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let started = Instant::now();
    let mut took = Vec::new();
    let mut step = |name: &str, run: &dyn Fn()| {
        let at = Instant::now();
        run();
        took.push(format!("{name} {:.2} s", at.elapsed().as_secs_f64()));
    };
    step("begin", &|| {
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        search_index::defer_contacts(&conn).unwrap();
    });
    for table in TABLES {
        step(table, &|| conn.execute_batch(&format!("INSERT OR IGNORE INTO main.{table} SELECT * FROM temp.copy_{table}")).unwrap());
    }
    step("search index", &|| search_index::index_deferred_contacts(&conn, &ids).unwrap());
    step("commit", &|| conn.execute_batch("COMMIT").unwrap());
    let floor = started.elapsed().as_secs_f64();
    println!(
        "floor (the same rows copied into the same tables, no checks, no change log): {floor:.2} s = {:.1}x sqlite3 .import; {}",
        floor / bare,
        took.join(", ")
    );
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    if wants("import") {
        import();
    }
    if wants("search") || wants("duplicates") {
        let (app, db) = crm_workspace();
        if wants("search") {
            search(&app, &db);
        }
        if wants("duplicates") {
            duplicates(&app, &db);
        }
    }
    if wants("keep_aside") {
        keep_aside(&crm_workspace().1);
    }
}
