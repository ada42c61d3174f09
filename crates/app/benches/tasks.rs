//! The follow-up figures issue 4 asks for, each next to a baseline measured in the same run:
//! - the Today view at 50,000 tasks versus the bare SQL query behind it;
//! - the reminder scheduler's idle cost: wake-ups per hour of (simulated) quiet, and what one
//!   idle pass costs on its own thread;
//! - reminder latency: from a reminder's instant to the notification call, on the real clock.
//!
//! `cargo bench -p tandem-app --bench tasks` (the workspace is generated once into
//! target/bench-data; `TANDEM_BENCH_TASKS` changes the size).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use tandem_app::reminders::{Clock, ReminderNotice, ReminderSink, SystemClock};
use tandem_app::sample::{self, SampleSize};
use tandem_app::App;
use tandem_domain::task::{ReminderSpec, TaskInput};

mod support;
use support::{bench_dir, open_set_up, percentiles};

const RUNS: usize = 30;

fn task_count() -> usize {
    std::env::var("TANDEM_BENCH_TASKS").ok().and_then(|v| v.parse().ok()).unwrap_or(50_000)
}

fn tasks_workspace() -> (App, std::path::PathBuf) {
    let n = task_count();
    let dir = bench_dir(&format!("tasks-{n}"));
    let fresh = !dir.join("tandem.db").exists();
    let app = open_set_up(&dir);
    if fresh {
        let started = Instant::now();
        let size = SampleSize { contacts: 5_000, companies: 1_000, deals: 0, tasks: n, batch: 5_000, ..SampleSize::default() };
        sample::populate(&app, &size, true, |_| {}).unwrap();
        eprintln!("generated {n} tasks in {:.1} s", started.elapsed().as_secs_f64());
    }
    (app, dir.join("tandem.db"))
}

/// The bare SQL behind the view, with no app around it: the same three ranges of open tasks
/// (overdue, today, the week ahead; 500 each) with their series rule and owner, the names of
/// what they link to, their reminders, and the count; rows read into tuples, no DTOs.
fn bare_today(conn: &Connection, bounds: &[String; 3]) -> usize {
    let mut tasks = conn
        .prepare_cached(
            "SELECT t.id, t.title, t.notes, t.kind, t.priority, t.status, t.due_date, t.due_time, t.time_zone, t.due_at,
                    coalesce(s.recurrence, ''), t.series_id, t.snoozed_until, t.owner_id, coalesce(m.name, '')
             FROM tasks t LEFT JOIN task_series s ON s.id = t.series_id LEFT JOIN members m ON m.id = t.owner_id
             WHERE t.status = 'open' AND t.deleted = 0 AND t.due_at >= ?1 AND t.due_at < ?2 ORDER BY t.due_at, t.id LIMIT 500",
        )
        .unwrap();
    let mut ids = Vec::new();
    for (from, until) in [("", &bounds[0]), (&bounds[0], &bounds[1]), (&bounds[1], &bounds[2])] {
        let rows = tasks
            .query_map([from, until.as_str()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(9)?)))
            .unwrap();
        ids.extend(rows.map(|r| r.unwrap().0));
    }
    let ids = serde_json::to_string(&ids).unwrap();
    let mut links = conn
        .prepare_cached(
            "SELECT l.task_id, l.record_table, l.record_id, (SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = l.record_id)
             FROM task_links l WHERE l.task_id IN (SELECT value FROM json_each(?1)) AND l.deleted = 0",
        )
        .unwrap();
    let linked = links.query_map([&ids], |r| r.get::<_, Option<String>>(3)).unwrap().count();
    let mut reminders = conn
        .prepare_cached("SELECT task_id, kind, minutes_before, at FROM task_reminders WHERE task_id IN (SELECT value FROM json_each(?1)) AND deleted = 0")
        .unwrap();
    let reminded = reminders.query_map([&ids], |r| r.get::<_, String>(0)).unwrap().count();
    let total: i64 = conn
        .query_row("SELECT count(*) FROM tasks WHERE status = 'open' AND deleted = 0 AND due_at < ?1", [&bounds[2]], |r| r.get(0))
        .unwrap();
    linked + reminded + total as usize
}

fn today_view(app: &App, db: &std::path::Path) {
    let conn = Connection::open(db).unwrap();
    let midnight =
        |days: i64| (Utc::now().date_naive() + chrono::Duration::days(days)).and_hms_opt(0, 0, 0).unwrap().and_utc().to_rfc3339();
    let bounds = [midnight(0), midnight(1), midnight(8)];
    let (mut view, mut bare) = (Vec::new(), Vec::new());
    let mut listed = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        listed = std::hint::black_box(app.today().unwrap()).listed;
        view.push(started.elapsed());
        let started = Instant::now();
        std::hint::black_box(bare_today(&conn, &bounds));
        bare.push(started.elapsed());
    }
    let (v50, v95) = percentiles(view);
    let (b50, b95) = percentiles(bare);
    println!("\n== Today view at {} tasks ({listed} listed), {RUNS} runs", task_count());
    println!("today()   p50 {v50:6.2} ms  p95 {v95:6.2} ms");
    println!("bare SQL  p50 {b50:6.2} ms  p95 {b95:6.2} ms");
    println!("ratio     p50 {:6.2}×     p95 {:6.2}×", v50 / b50, v95 / b95);
}

/// A clock that starts now and advances with tokio's paused time.
struct PausedClock {
    base: DateTime<Utc>,
    start: tokio::time::Instant,
}

impl Clock for PausedClock {
    fn now(&self) -> DateTime<Utc> {
        self.base + chrono::Duration::from_std(self.start.elapsed()).unwrap()
    }
}

#[derive(Default)]
struct Latencies {
    seen: Mutex<Vec<Duration>>,
}

impl ReminderSink for Latencies {
    fn remind(&self, notice: ReminderNotice) {
        let late = (Utc::now() - notice.due_at).to_std().unwrap_or_default();
        self.seen.lock().unwrap().push(late);
    }
    fn missed(&self, _notices: Vec<ReminderNotice>) {}
}

/// The idle run starts weeks after the last reminder, so its first pass reports every one as
/// missed: it runs on a copy, leaving the bench workspace as generated.
fn idle_copy(db: &std::path::Path) -> App {
    let dir = bench_dir("tasks-idle");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Connection::open(db).unwrap().execute("VACUUM INTO ?1", [dir.join("tandem.db").to_string_lossy()]).unwrap();
    open_set_up(&dir)
}

fn idle_cost(db: &std::path::Path) {
    let app = &idle_copy(db);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().unwrap();
    let hours = 3;
    let wakes = runtime.block_on(async {
        let clock = Arc::new(PausedClock { base: Utc::now() + chrono::Duration::days(40), start: tokio::time::Instant::now() });
        let before = app.reminder_wakes();
        let scheduler = tokio::spawn(app.clone().run_reminders(Arc::new(Latencies::default()), clock));
        // The first pass reports everything missed; the quiet hours start after it.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let started = app.reminder_wakes();
        tokio::time::sleep(Duration::from_secs(hours * 3600)).await;
        scheduler.abort();
        (started - before, app.reminder_wakes() - started)
    });
    let mut passes = Vec::new();
    let mut since = Utc::now() + chrono::Duration::days(40);
    for _ in 0..RUNS {
        let now = since + chrono::Duration::minutes(1);
        let started = Instant::now();
        std::hint::black_box(app.deliver_reminders(now, Some(since)).unwrap());
        passes.push(started.elapsed());
        since = now;
    }
    let (p50, p95) = percentiles(passes);
    println!("\n== scheduler idle cost at {} tasks", task_count());
    println!("wake-ups in {hours} quiet hours: {} ({:.1} per hour; first pass {})", wakes.1, wakes.1 as f64 / hours as f64, wakes.0);
    println!("one idle pass on the scheduler's thread: p50 {p50:.2} ms, p95 {p95:.2} ms");
}

fn latency(app: &App) {
    let sink = Arc::new(Latencies::default());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_time().build().unwrap();
    let scheduler = runtime.spawn(app.clone().run_reminders(sink.clone(), Arc::new(SystemClock)));
    for i in 0..5 {
        let at = Utc::now() + chrono::Duration::seconds(2);
        app.create_task(TaskInput {
            title: format!("Latency probe {i}"),
            due_date: at.date_naive().to_string(),
            time_zone: "UTC".into(),
            reminders: vec![ReminderSpec::At { at: at.to_rfc3339() }],
            ..TaskInput::default()
        })
        .unwrap();
        std::thread::sleep(Duration::from_millis(2_600));
    }
    scheduler.abort();
    let seen = sink.seen.lock().unwrap().clone();
    let worst = seen.iter().max().copied().unwrap_or_default();
    println!("\n== reminder latency, due instant to notification, {} reminders", seen.len());
    println!("each: {:?}", seen.iter().map(|d| format!("{:.1} ms", d.as_secs_f64() * 1000.0)).collect::<Vec<_>>());
    println!("worst {:.1} ms (goal ≤ 1000 ms)", worst.as_secs_f64() * 1000.0);
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    let (app, db) = tasks_workspace();
    if wants("today") {
        today_view(&app, &db);
    }
    if wants("idle") {
        idle_cost(&db);
    }
    if wants("latency") {
        latency(&app);
    }
}
