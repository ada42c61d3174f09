//! The dashboard figures issue 8 asks for, next to a baseline measured in the same run:
//! - full recompute (facts not cached: load + every metric) at 100k contacts, 30k deals,
//!   200 campaigns and 500k stage-history rows;
//! - a filter change (facts cached: filter + every metric);
//! - the bare SQL aggregates over the same tables (the funnel's GROUP BY over stage_history joined
//!   to the cohort, pipeline and won revenue GROUP BYs over deals).
//!
//! `cargo bench -p tandem-app --bench dashboard` (release). The workspace is written straight into
//! SQLite (no change log: it is bench data, not user data) once and cached in target/bench-data.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Duration as Span, NaiveDate, Utc};
use criterion::Criterion;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection};
use std::hint::black_box;
use tandem_app::dashboard::{Attribution, DashboardFilter};
use tandem_app::App;

mod support;
use support::{bench_dir, open_set_up, percentiles};

const CONTACTS: usize = 100_000;
const COMPANIES: usize = 20_000;
const DEALS: usize = 30_000;
const CAMPAIGNS: usize = 200;
const OWNERS: usize = 12;
const STAGES: [&str; 6] = ["subscriber", "lead", "marketing_qualified", "sales_qualified", "opportunity", "customer"];
const REGIONS: [&str; 4] = ["EMEA", "North America", "APAC", "LATAM"];
const SIZES: [&str; 6] = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+"];

fn stamp(at: chrono::DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Writes the bench workspace straight into SQLite, in one transaction.
fn populate(db: &Path) -> usize {
    let mut conn = Connection::open(db).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    let tx = conn.transaction().unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    let now = Utc::now();
    let days_ago = |rng: &mut ChaCha8Rng, max: i64| now - Span::days(rng.gen_range(0..max)) - Span::minutes(rng.gen_range(0..1440));
    for m in 0..OWNERS {
        tx.execute(
            "INSERT INTO members (id, name, email) VALUES (?1, ?2, ?3)",
            params![format!("m{m}"), format!("Seller {m}"), format!("s{m}@bench.test")],
        )
        .unwrap();
    }
    tx.execute("INSERT INTO exchange_rates (id, currency, rate, valid_from) VALUES ('r1', 'EUR', '1.08', '2020-01-01')", []).unwrap();
    for q in 0..8 {
        let start = NaiveDate::from_ymd_opt(2024 + q / 4, (q % 4) as u32 * 3 + 1, 1).unwrap();
        let end = start + chrono::Months::new(3) - chrono::Days::new(1);
        for m in 0..OWNERS {
            tx.execute(
                "INSERT INTO quotas (id, owner_id, starts_on, ends_on, amount) VALUES (?1, ?2, ?3, ?4, '250000')",
                params![format!("q{q}-{m}"), format!("m{m}"), start.to_string(), end.to_string()],
            )
            .unwrap();
        }
    }
    for c in 0..CAMPAIGNS {
        let start = (now - Span::days(rng.gen_range(0..730))).date_naive();
        tx.execute(
            "INSERT INTO campaigns (id, name, channel, starts_on, ends_on, actual_cost, currency) VALUES (?1, ?2, 'email', ?3, ?4, ?5, '')",
            params![
                format!("c{c}"),
                format!("Campaign {c}"),
                start.to_string(),
                (start + chrono::Days::new(60)).to_string(),
                rng.gen_range(1_000..50_000).to_string()
            ],
        )
        .unwrap();
    }
    {
        let mut company = tx.prepare("INSERT INTO companies (id, name, region, size) VALUES (?1, ?2, ?3, ?4)").unwrap();
        for i in 0..COMPANIES {
            company.execute(params![format!("co{i}"), format!("Company {i}"), REGIONS[i % 4], SIZES[i % 6]]).unwrap();
        }
    }
    let mut history_rows = 0;
    {
        let mut contact = tx
            .prepare("INSERT INTO contacts (id, first_name, last_name, created_at, owner_id, company_id, country, lifecycle_stage, first_campaign_id, last_campaign_id) VALUES (?1, 'Bench', ?2, ?3, ?4, ?5, 'ES', ?6, ?7, ?8)")
            .unwrap();
        let mut stay = tx
            .prepare("INSERT INTO stage_history (id, record_table, record_id, stage, entered_at, left_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .unwrap();
        for i in 0..CONTACTS {
            let created = days_ago(&mut rng, 730);
            // How far along: most stay early, a few reach customer; some stages are skipped.
            let depth = [1, 1, 2, 2, 2, 3, 3, 4, 4, 5][rng.gen_range(0..10)];
            let mut path: Vec<&str> = STAGES[..=depth].iter().copied().filter(|_| rng.gen_bool(0.92)).collect();
            if path.is_empty() {
                path.push("lead");
            }
            // Some leads fall back a stage and qualify again.
            if path.len() > 2 && rng.gen_bool(0.8) {
                let back = path[path.len() - 2];
                let last = path[path.len() - 1];
                path.extend([back, last]);
            }
            let mut at = created;
            let id = format!("ct{i}");
            for (n, stage) in path.iter().enumerate() {
                let left = (n + 1 < path.len()).then(|| at + Span::hours(rng.gen_range(12..24 * 40)));
                stay.execute(params![format!("h{history_rows}"), "contacts", id, stage, stamp(at), left.map(stamp).unwrap_or_default()])
                    .unwrap();
                history_rows += 1;
                at = left.unwrap_or(at);
            }
            let campaign =
                |rng: &mut ChaCha8Rng| if rng.gen_bool(0.6) { format!("c{}", rng.gen_range(0..CAMPAIGNS)) } else { String::new() };
            let (first, last) = (campaign(&mut rng), campaign(&mut rng));
            contact
                .execute(params![
                    id,
                    i.to_string(),
                    stamp(created),
                    format!("m{}", i % OWNERS),
                    format!("co{}", i % COMPANIES),
                    path[path.len() - 1],
                    first,
                    last
                ])
                .unwrap();
        }
        let stages: Vec<(String, String)> = tx
            .prepare("SELECT id, kind FROM pipeline_stages WHERE deleted = 0 ORDER BY position")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut deal = tx
            .prepare("INSERT INTO deals (id, name, pipeline_id, stage_id, company_id, primary_contact_id, amount, currency, expected_close, owner_id, closed_at, created_at, first_campaign_id, last_campaign_id) VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
            .unwrap();
        for i in 0..DEALS {
            let created = days_ago(&mut rng, 700);
            let (stage_id, kind) = &stages[rng.gen_range(0..stages.len())];
            let closed = (kind != "open").then(|| created + Span::days(rng.gen_range(5..120)));
            let expected = (now + Span::days(rng.gen_range(-30..400))).date_naive().to_string();
            let currency = if i % 10 == 0 { "EUR" } else { "USD" };
            let campaign =
                |rng: &mut ChaCha8Rng| if rng.gen_bool(0.5) { format!("c{}", rng.gen_range(0..CAMPAIGNS)) } else { String::new() };
            let (first, last) = (campaign(&mut rng), campaign(&mut rng));
            let id = format!("d{i}");
            deal.execute(params![
                id,
                format!("Deal {i}"),
                stage_id,
                format!("co{}", i % COMPANIES),
                format!("ct{}", (i * 3) % CONTACTS),
                rng.gen_range(1_000..200_000).to_string(),
                currency,
                expected,
                format!("m{}", i % OWNERS),
                closed.map(stamp).unwrap_or_default(),
                stamp(created),
                first,
                last
            ])
            .unwrap();
            // Two stays: the pipeline's first stage, then the one it is in now.
            let moved = created + Span::days(rng.gen_range(1..30));
            stay.execute(params![format!("h{history_rows}"), "deals", id, stages[0].0, stamp(created), stamp(moved)]).unwrap();
            stay.execute(params![format!("h{}", history_rows + 1), "deals", id, stage_id, stamp(moved), ""]).unwrap();
            history_rows += 2;
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("ANALYZE").unwrap();
    history_rows
}

fn workspace() -> (App, PathBuf) {
    let dir = bench_dir("dashboard-100k");
    let db = dir.join("tandem.db");
    let fresh = !db.exists();
    let app = open_set_up(&dir);
    if fresh {
        let started = Instant::now();
        let rows = populate(&db);
        eprintln!(
            "wrote {CONTACTS} contacts, {DEALS} deals, {CAMPAIGNS} campaigns, {rows} stage-history rows in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    (app, db)
}

fn last_twelve_months() -> DashboardFilter {
    let today = Utc::now().date_naive();
    DashboardFilter {
        period_start: (today - chrono::Days::new(365)).to_string(),
        period_end: today.to_string(),
        owner_id: None,
        team_id: None,
        campaign_id: None,
        region: None,
        product_id: None,
        attribution: Attribution::FirstTouch,
    }
}

/// What the database alone does for the headline figures: stays and records by stage (the
/// funnel's raw counts), the open pipeline by stage and owner, and the revenue won in the period.
fn bare_aggregates(conn: &Connection, filter: &DashboardFilter) -> usize {
    let mut rows = 0;
    let mut funnel = conn
        .prepare_cached(
            "SELECT stage, count(*), count(DISTINCT record_id), sum(left_at <> '')
             FROM stage_history WHERE record_table = 'contacts' AND deleted = 0 AND entered_at >= ?1 GROUP BY stage",
        )
        .unwrap();
    rows += funnel.query_map([&filter.period_start], |r| r.get::<_, String>(0)).unwrap().count();
    let mut pipeline = conn
        .prepare_cached(
            "SELECT d.stage_id, d.owner_id, s.kind, count(*), sum(CAST(d.amount AS REAL)), sum(CAST(d.amount AS REAL) * s.probability / 100.0)
             FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
             WHERE d.deleted = 0 AND (s.kind = 'open' OR (d.closed_at >= ?1 AND d.closed_at < ?2))
             GROUP BY d.stage_id, d.owner_id",
        )
        .unwrap();
    rows += pipeline.query_map([&filter.period_start, &format!("{}T99", filter.period_end)], |r| r.get::<_, String>(0)).unwrap().count();
    rows
}

fn time(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect()
}

fn main() {
    let (app, db) = workspace();
    // The baseline connection gets the app's read settings (page cache, memory-mapped reads), so
    // the ratio compares work, not configuration.
    let conn = Connection::open(&db).unwrap();
    conn.pragma_update(None, "cache_size", -65_536).unwrap();
    conn.pragma_update(None, "mmap_size", 268_435_456).unwrap();
    let filter = last_twelve_months();
    let owner = DashboardFilter { owner_id: Some("m3".into()), ..last_twelve_months() };
    let campaign = DashboardFilter { campaign_id: Some("c7".into()), ..last_twelve_months() };
    let filters =
        [filter.clone(), owner.clone(), campaign.clone(), DashboardFilter { region: Some("EMEA".into()), ..last_twelve_months() }];

    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut group = criterion.benchmark_group("dashboard");
    group.bench_function("bare SQL aggregates", |b| b.iter(|| black_box(bare_aggregates(&conn, &filter))));
    group.bench_function("full recompute (cold)", |b| {
        b.iter(|| {
            app.forget_dashboard_facts();
            black_box(app.dashboard(&filter).unwrap())
        })
    });
    app.dashboard(&filter).unwrap();
    let mut next = 0;
    group.bench_function("filter change (warm)", |b| {
        b.iter(|| {
            next = (next + 1) % filters.len();
            black_box(app.dashboard(&filters[next]).unwrap())
        })
    });
    group.finish();

    // The same three as p50/p95 with the ratio the goal is stated in.
    let (bare50, bare95) = percentiles(time(10, || {
        black_box(bare_aggregates(&conn, &filter));
    }));
    let (cold50, cold95) = percentiles(time(10, || {
        app.forget_dashboard_facts();
        black_box(app.dashboard(&filter).unwrap());
    }));
    let mut i = 0;
    let (warm50, warm95) = percentiles(time(20, || {
        i = (i + 1) % filters.len();
        black_box(app.dashboard(&filters[i]).unwrap());
    }));
    let drill = app.dashboard(&filter).unwrap().funnel[1].count.drill.clone().unwrap();
    let (drill50, drill95) = percentiles(time(10, || {
        black_box(app.dashboard_records(&filter, &drill).unwrap());
    }));
    println!("\n== dashboard ({CONTACTS} contacts, {DEALS} deals, {CAMPAIGNS} campaigns), last 12 months");
    println!("bare SQL aggregates     p50 {bare50:>7.1} ms  p95 {bare95:>7.1} ms");
    println!("full recompute (cold)   p50 {cold50:>7.1} ms  p95 {cold95:>7.1} ms  = {:.2}× the bare aggregates", cold50 / bare50);
    println!("filter change (warm)    p50 {warm50:>7.1} ms  p95 {warm95:>7.1} ms");
    println!("drill-down (MQLs)       p50 {drill50:>7.1} ms  p95 {drill95:>7.1} ms");
}
