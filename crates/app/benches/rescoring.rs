//! Rescoring 100,000 contacts after a rule change (goal ≤ 2 s), against the bare SELECTs of the
//! facts scoring reads, in the same run. The workspace is built once by direct inserts (100k
//! contacts, 20k companies, 300k activities, 20k content shares), cached in target/bench-data.
//!
//! `cargo bench -p tandem-app --bench rescoring` (`TANDEM_BENCH_CONTACTS` changes the size).

mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection};
use support::{bench_dir, open_set_up, percentiles};
use tandem_app::sample_scoring::default_rules;
use tandem_app::App;
use tandem_domain::lead_score::ScoringSettings;
use tandem_store::scoring::{self, Horizon};

const TITLES: &[&str] = &["VP Sales", "Head of IT", "Engineer", "Director of Operations", "Analyst", "CTO", "Account Manager", "MVP"];
const INDUSTRIES: &[&str] = &["Software", "Retail", "Manufacturing", "Finance", "Health"];
const SIZES: &[&str] = &["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+", "unknown"];
const KINDS: &[&str] = &["call", "email", "meeting", "note"];
const BANT: &[&str] = &["unknown", "confirmed", "partial", "missing"];

fn workspace() -> (App, std::path::PathBuf, usize) {
    let n: usize = std::env::var("TANDEM_BENCH_CONTACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let dir = bench_dir(&format!("scoring-{n}"));
    let fresh = !dir.join("tandem.db").exists();
    let app = open_set_up(&dir);
    if fresh {
        let started = Instant::now();
        fill(&Connection::open(dir.join("tandem.db")).unwrap(), n);
        eprintln!("generated {n} contacts in {:.1} s", started.elapsed().as_secs_f64());
    }
    (app, dir.join("tandem.db"), n)
}

/// Direct inserts: scoring reads these tables as they are, so no change log is needed.
fn fill(conn: &Connection, n: usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    let now = Utc::now();
    let ago = |days: i64| (now - chrono::Duration::days(days)).to_rfc3339();
    conn.execute_batch("BEGIN; INSERT OR REPLACE INTO local_state (key, value) VALUES ('defer_contact_index', '1');").unwrap();
    let companies = n / 5;
    {
        let mut stmt = conn
            .prepare(
                "INSERT INTO companies (id, name, industry, size, country, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'US', ?5, ?5)",
            )
            .unwrap();
        for i in 0..companies {
            stmt.execute(params![
                format!("co-{i}"),
                format!("Company {i}"),
                INDUSTRIES[i % INDUSTRIES.len()],
                SIZES[rng.gen_range(0..SIZES.len())],
                ago(400)
            ])
            .unwrap();
        }
        let mut stmt = conn
            .prepare(
                "INSERT INTO contacts (id, first_name, last_name, email, title, company_id, country, lead_source, lifecycle_stage,
                   bant_budget, bant_authority, bant_need, bant_timeline, created_at, updated_at)
                 VALUES (?1, 'Person', ?2, ?3, ?4, ?5, 'US', 'Webinar', 'lead', ?6, ?7, ?8, ?9, ?10, ?10)",
            )
            .unwrap();
        for i in 0..n {
            let b = |rng: &mut ChaCha8Rng| BANT[rng.gen_range(0..BANT.len())];
            stmt.execute(params![
                format!("c-{i}"),
                format!("No{i}"),
                format!("p{i}@x.test"),
                TITLES[rng.gen_range(0..TITLES.len())],
                format!("co-{}", rng.gen_range(0..companies)),
                b(&mut rng),
                b(&mut rng),
                b(&mut rng),
                b(&mut rng),
                ago(rng.gen_range(0..400)),
            ])
            .unwrap();
        }
        let mut stmt = conn
            .prepare("INSERT INTO activities (id, kind, subject, occurred_at, contact_id, created_at, updated_at) VALUES (?1, ?2, 'x', ?3, ?4, ?3, ?3)")
            .unwrap();
        for i in 0..n * 3 {
            let at = ago(rng.gen_range(0..180));
            stmt.execute(params![format!("a-{i}"), KINDS[rng.gen_range(0..KINDS.len())], at, format!("c-{}", rng.gen_range(0..n))])
                .unwrap();
        }
        let mut stmt = conn
            .prepare("INSERT INTO content_uses (id, item_id, kind, contact_id, used_at, created_at, updated_at) VALUES (?1, 'item', 'shared', ?2, ?3, ?3, ?3)")
            .unwrap();
        for i in 0..n / 5 {
            let at = ago(rng.gen_range(0..120));
            stmt.execute(params![format!("u-{i}"), format!("c-{}", rng.gen_range(0..n)), at]).unwrap();
        }
    }
    conn.execute_batch("DELETE FROM local_state WHERE key = 'defer_contact_index'; COMMIT; ANALYZE;").unwrap();
}

/// The bare SELECTs behind the facts, rows read and dropped: the floor for loading them.
fn bare_facts(conn: &Connection, since: &str) -> usize {
    let mut rows = 0;
    for (sql, since) in [
        (
            "SELECT c.id, c.title, c.country, c.lead_source, c.bant_budget, c.bant_authority, c.bant_need, c.bant_timeline,
                    c.created_at, c.lifecycle_stage, co.industry, co.size, co.country, s.qualification
             FROM contacts c LEFT JOIN companies co ON co.id = c.company_id AND co.deleted = 0
             LEFT JOIN lead_scores s ON s.contact_id = c.id WHERE c.deleted = 0",
            None,
        ),
        (
            "SELECT contact_id, kind, occurred_at FROM activities WHERE deleted = 0 AND contact_id IS NOT NULL AND occurred_at >= ?1",
            Some(since),
        ),
        ("SELECT contact_id, max(occurred_at) FROM activities WHERE deleted = 0 AND contact_id IS NOT NULL GROUP BY contact_id", None),
        ("SELECT contact_id, used_at FROM content_uses WHERE deleted = 0 AND contact_id IS NOT NULL AND used_at >= ?1", Some(since)),
    ] {
        let mut stmt = conn.prepare_cached(sql).unwrap();
        let mut result = match since {
            Some(s) => stmt.query([s]).unwrap(),
            None => stmt.query([]).unwrap(),
        };
        while let Some(row) = result.next().unwrap() {
            let _ = row.get_ref(0).unwrap();
            rows += 1;
        }
    }
    rows
}

fn bench(c: &mut Criterion) {
    let (app, db_path, n) = workspace();
    let quiet = ScoringSettings { create_task: false, move_lifecycle: false, ..ScoringSettings::default() };
    app.save_lead_scoring(default_rules(), quiet.clone()).unwrap();
    let rules = app.lead_scoring().unwrap().rules;
    let mut variants = [rules.clone(), rules.clone()];
    variants[1][0].points = 25;
    let conn = Connection::open(&db_path).unwrap();
    let today = Utc::now().date_naive();
    let horizon = Horizon::of(&rules, today);
    let since = horizon.since.to_string();

    let mut group = c.benchmark_group(format!("rescoring_{n}"));
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("bare_select_of_the_facts", |b| b.iter(|| bare_facts(&conn, &since)));
    group.bench_function("facts_loaded", |b| b.iter(|| scoring::facts(&conn, None, &horizon).unwrap().len()));
    let mut flip = 0;
    group.bench_function("rule_change_rescores_everyone", |b| {
        b.iter(|| {
            flip ^= 1;
            app.save_lead_scoring(variants[flip].clone(), quiet.clone()).unwrap()
        })
    });
    group.finish();

    // Plain timings of the same three, for a ratio quoted in one place.
    let time = |f: &mut dyn FnMut()| {
        let samples: Vec<Duration> = (0..7)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        percentiles(samples)
    };
    let (bare, _) = time(&mut || {
        bare_facts(&conn, &since);
    });
    let (facts, _) = time(&mut || {
        scoring::facts(&conn, None, &horizon).unwrap();
    });
    let (rescore, rescore_p95) = time(&mut || {
        flip ^= 1;
        app.save_lead_scoring(variants[flip].clone(), quiet.clone()).unwrap();
    });
    eprintln!(
        "rescoring {n} contacts after a rule change: p50 {rescore:.0} ms (p95 {rescore_p95:.0} ms; goal ≤ 2000 ms); facts loaded {facts:.0} ms; bare SELECTs {bare:.0} ms; rescore / bare = {:.1}×",
        rescore / bare
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
