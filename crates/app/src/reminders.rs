//! The reminder scheduler: a tokio task that sleeps until the next reminder (or at most a minute,
//! so a suspend or a clock change is noticed), delivers what is due, records each delivery, and
//! is woken early when tasks change. What is due is decided by `domain::reminder::plan`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use tandem_domain::reminder::{self, PendingReminder};
use tandem_domain::task::Task;
use tandem_store::tasks;
use tandem_store::WriteSource;
use tokio::sync::Notify;

use crate::tasks::Calendar;
use crate::{App, AppError};

/// The scheduler's idea of now: the system clock, or a controllable one in tests and benches.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// One reminder as a person reads it in a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderNotice {
    pub task_id: String,
    pub title: String,
    /// When it is due and who it is about: "Due Thu 3 Dec 10:00 · Ada Lovelace, Acme".
    pub body: String,
    /// The instant the reminder was for.
    pub due_at: DateTime<Utc>,
}

/// Where reminders go: OS notifications on the desktop.
pub trait ReminderSink: Send + Sync {
    fn remind(&self, notice: ReminderNotice);
    /// Reminders that came due while nobody could see them, shown together once.
    fn missed(&self, notices: Vec<ReminderNotice>);
    /// After every pass (at least once a minute): a chance to refresh counts shown elsewhere.
    fn passed(&self) {}
}

/// The scheduler's wake-up signal and how many times it has woken (for the idle-cost bench).
#[derive(Default)]
pub(crate) struct SchedulerSignal {
    pub wake: Notify,
    pub wakes: AtomicU64,
}

/// How often the nudge rules look for new follow-ups to suggest.
const NUDGE_EVERY: Duration = Duration::hours(1);
/// How far back a pass looks again, in case the clock stepped back or a write raced the pass.
const OVERLAP: Duration = Duration::minutes(5);

/// What one pass delivered and when the next reminder is.
#[derive(Debug, Default)]
pub struct Delivered {
    pub fired: Vec<ReminderNotice>,
    pub missed: Vec<ReminderNotice>,
    pub next_at: Option<DateTime<Utc>>,
}

fn notice(task: &Task, due_at: DateTime<Utc>, calendar: &Calendar) -> ReminderNotice {
    let due = chrono::DateTime::parse_from_rfc3339(&task.due_at).map(|t| t.with_timezone(&calendar.zone));
    let when = match (due, task.due_time.is_empty()) {
        (Ok(due), true) => format!("Due {}", due.format("%a %-d %b")),
        (Ok(due), false) => format!("Due {}", due.format("%a %-d %b %H:%M")),
        (Err(_), _) => String::new(),
    };
    let about: Vec<&str> = task.links.iter().map(|l| l.name.as_str()).collect();
    let body = [when, about.join(", ")].into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" · ");
    ReminderNotice { task_id: task.id.clone(), title: task.title.clone(), body, due_at }
}

impl App {
    /// One pass at `now`: records and returns the reminders due (or missed) since `since`
    /// (every undelivered one when None) and when the next one is.
    pub fn deliver_reminders(&self, now: DateTime<Utc>, since: Option<DateTime<Utc>>) -> Result<Delivered, AppError> {
        let db = self.db()?;
        let now_text = now.to_rfc3339();
        let since_text = since.map(|s| (s - OVERLAP).to_rfc3339());
        let (due, next) =
            db.read(|conn| Ok((tasks::due_reminders(conn, since_text.as_deref(), &now_text)?, tasks::next_reminder(conn, &now_text)?)))?;
        let plan = reminder::plan(due.into_iter().chain(next), now);
        if plan.fire.is_empty() && plan.missed.is_empty() {
            return Ok(Delivered { next_at: plan.next_at, ..Delivered::default() });
        }
        let (fired, missed) = self.write(WriteSource::Background, "Reminders", |w| {
            let calendar = Calendar::read(w.conn(), now)?;
            let mut record = |list: &[PendingReminder], missed: bool| -> Result<Vec<ReminderNotice>, AppError> {
                let mut notices = Vec::new();
                for pending in list {
                    tasks::record_delivery(w, pending, missed)?;
                    let task = tasks::get(w.conn(), &pending.task_id, calendar.store_now())?;
                    notices.push(notice(&task, pending.at, &calendar));
                }
                Ok(notices)
            };
            Ok((record(&plan.fire, false)?, record(&plan.missed, true)?))
        })?;
        Ok(Delivered { fired, missed, next_at: plan.next_at })
    }

    /// Wakes the scheduler to look again (tasks changed).
    pub fn wake_reminders(&self) {
        self.inner.scheduler.wake.notify_one();
    }

    /// How many passes the scheduler has made: its idle cost, counted.
    pub fn reminder_wakes(&self) -> u64 {
        self.inner.scheduler.wakes.load(Ordering::Relaxed)
    }

    /// Runs the scheduler until the process ends: the first pass reports everything missed while
    /// Tandem was closed; later passes look only at what came due since the previous one.
    pub async fn run_reminders(self, sink: Arc<dyn ReminderSink>, clock: Arc<dyn Clock>) {
        let mut since: Option<DateTime<Utc>> = None;
        let mut nudged: Option<DateTime<Utc>> = None;
        loop {
            self.inner.scheduler.wakes.fetch_add(1, Ordering::Relaxed);
            let now = clock.now();
            let app = self.clone();
            let nudge_now = nudged.is_none_or(|last| now - last >= NUDGE_EVERY);
            let pass = tokio::task::spawn_blocking(move || {
                if nudge_now {
                    if let Err(err) = app.refresh_nudges(now) {
                        tracing::warn!(%err, "nudges could not be refreshed");
                    }
                }
                app.deliver_reminders(now, since)
            })
            .await;
            if nudge_now {
                nudged = Some(now);
            }
            let next_at = match pass {
                Ok(Ok(delivered)) => {
                    for notice in delivered.fired {
                        sink.remind(notice);
                    }
                    if !delivered.missed.is_empty() {
                        sink.missed(delivered.missed);
                    }
                    since = Some(now);
                    delivered.next_at
                }
                Ok(Err(err)) => {
                    tracing::warn!(%err, "reminder pass failed; trying again in a minute");
                    None
                }
                Err(err) => {
                    tracing::error!(%err, "reminder pass panicked");
                    None
                }
            };
            sink.passed();
            let sleep = reminder::sleep_for(next_at, clock.now());
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = self.inner.scheduler.wake.notified() => {}
            }
        }
    }
}
