//! Follow-up tasks with their links and reminders, and the record of every reminder delivered.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use tandem_domain::reminder::{due_group, PendingReminder};
use tandem_domain::task::{Priority, ReminderSpec, Task, TaskInput, TaskKind, TaskLink, TaskStatus};

use crate::tables::{REMINDER_DELIVERIES, TASKS, TASK_LINKS, TASK_REMINDERS, TASK_SERIES};
use crate::{new_id, StoreError, Writer};

/// Where a task's times land, computed by the caller from the domain's rules.
pub struct Placement<'a> {
    /// RFC 3339 instant of the due moment.
    pub due_at: &'a str,
    /// Reminders before this instant are never fired nor reported missed.
    pub armed_at: &'a str,
    /// Each reminder with the instant it fires.
    pub reminders: &'a [(ReminderSpec, String)],
}

/// A new task's place in a series or a sequence.
#[derive(Default)]
pub struct Origin {
    pub series_id: Option<String>,
    pub occurrence: String,
    pub enrollment_id: Option<String>,
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn optional(value: &Option<String>) -> Value {
    value.clone().map_or(Value::Null, Value::Text)
}

fn task_fields(input: &TaskInput, placement: &Placement) -> Vec<(&'static str, Value)> {
    vec![
        ("title", text(&input.title)),
        ("notes", text(&input.notes)),
        ("kind", text(input.kind.as_str())),
        ("priority", text(input.priority.as_str())),
        ("due_date", text(&input.due_date)),
        ("due_time", text(&input.due_time)),
        ("time_zone", text(&input.time_zone)),
        ("due_at", text(placement.due_at)),
        ("owner_id", optional(&input.owner_id)),
        ("armed_at", text(placement.armed_at)),
        ("snoozed_until", Value::Null),
        ("private", Value::Integer(input.private.into())),
    ]
}

/// Creates a task with its links and reminders.
pub fn create(w: &mut Writer, id: &str, input: &TaskInput, placement: &Placement, origin: &Origin) -> Result<(), StoreError> {
    let mut fields = task_fields(input, placement);
    fields.retain(|(col, _)| *col != "snoozed_until");
    fields.push(("series_id", optional(&origin.series_id)));
    fields.push(("occurrence", text(&origin.occurrence)));
    fields.push(("enrollment_id", optional(&origin.enrollment_id)));
    w.create(&TASKS, id, &fields)?;
    set_links(w, id, input)?;
    set_reminders(w, id, placement.reminders)
}

/// Rewrites a task from `input`: a new schedule re-arms its reminders and ends any snooze.
pub fn update(w: &mut Writer, id: &str, input: &TaskInput, placement: &Placement) -> Result<(), StoreError> {
    let was_private = crate::privacy::private_owner(w.conn(), TASKS.name, id)?.is_some();
    w.save(&TASKS, Some(id), &task_fields(input, placement))?;
    set_links(w, id, input)?;
    set_reminders(w, id, placement.reminders)?;
    if was_private && !input.private {
        crate::privacy::republish_task(w, id)?;
    }
    Ok(())
}

pub fn set_status(w: &mut Writer, id: &str, status: TaskStatus) -> Result<(), StoreError> {
    let completed = if status == TaskStatus::Done { Value::Text(w.now_text()) } else { Value::Null };
    w.save(&TASKS, Some(id), &[("status", text(status.as_str())), ("completed_at", completed), ("snoozed_until", Value::Null)])?;
    acknowledge_task(w, id)
}

/// Snoozes a task until `until`: hidden from the Today view and reminded again then.
pub fn snooze(w: &mut Writer, id: &str, until: DateTime<Utc>) -> Result<(), StoreError> {
    let until = until.to_rfc3339();
    w.save(&TASKS, Some(id), &[("snoozed_until", text(&until))])?;
    w.create(&TASK_REMINDERS, &new_id(), &[("task_id", text(id)), ("kind", text("snooze")), ("fire_at", text(&until))])?;
    acknowledge_task(w, id)
}

/// The records a task (or series template) is about: exactly those in `input`.
pub fn set_links(w: &mut Writer, owner_id: &str, input: &TaskInput) -> Result<(), StoreError> {
    let wanted: Vec<(&str, &String)> = [("contacts", &input.contact_ids), ("companies", &input.company_ids), ("deals", &input.deal_ids)]
        .into_iter()
        .flat_map(|(table, ids)| ids.iter().map(move |id| (table, id)))
        .collect();
    let current =
        child_rows(w.conn(), "SELECT id, record_table || '/' || record_id FROM task_links WHERE task_id = ?1 AND deleted = 0", owner_id)?;
    for (row_id, key) in &current {
        if !wanted.iter().any(|(table, id)| format!("{table}/{id}") == *key) {
            w.soft_delete(&TASK_LINKS, row_id)?;
        }
    }
    for (table, record_id) in wanted {
        let key = format!("{table}/{record_id}");
        if !current.iter().any(|(_, current)| *current == key) {
            let fields = [("task_id", text(owner_id)), ("record_table", text(table)), ("record_id", text(record_id))];
            create_part(w, &TASK_LINKS, &format!("task-link/{owner_id}/{key}"), &fields)?;
        }
    }
    Ok(())
}

/// Creates a link or reminder row of a task under an id derived from what it is, so two devices
/// adding the same one (a lead-score follow-up both make, say) write one row, not two. The same
/// part removed and added again revives its row.
fn create_part(w: &mut Writer, table: &crate::tables::Table, name: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
    let id = uuid::Uuid::new_v5(&tandem_domain::DERIVED_NAMESPACE, name.as_bytes()).to_string();
    let mut fields = fields.to_vec();
    fields.extend([("deleted", Value::Integer(0)), ("deleted_at", Value::Null)]);
    w.create(table, &id, &fields)
}

fn reminder_key(spec: &ReminderSpec) -> String {
    match spec {
        ReminderSpec::Before { minutes } => format!("before/{minutes}"),
        ReminderSpec::At { at } => format!("at/{at}"),
    }
}

/// Makes the reminders exactly `wanted`, moving the fire instant of kept ones; snoozes end.
pub fn set_reminders(w: &mut Writer, owner_id: &str, wanted: &[(ReminderSpec, String)]) -> Result<(), StoreError> {
    let current: Vec<(String, String, String)> = {
        let mut stmt = w.conn().prepare_cached(
            "SELECT id, CASE kind WHEN 'before' THEN 'before/' || minutes_before WHEN 'at' THEN 'at/' || at ELSE 'snooze' END, fire_at
             FROM task_reminders WHERE task_id = ?1 AND deleted = 0",
        )?;
        let rows = stmt.query_map([owner_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (row_id, key, fire_at) in &current {
        match wanted.iter().find(|(spec, _)| reminder_key(spec) == *key) {
            Some((_, new_fire_at)) if new_fire_at != fire_at => w.set(&TASK_REMINDERS, row_id, &[("fire_at", text(new_fire_at))])?,
            Some(_) => {}
            None => w.soft_delete(&TASK_REMINDERS, row_id)?,
        }
    }
    for (spec, fire_at) in wanted {
        if current.iter().any(|(_, key, _)| *key == reminder_key(spec)) {
            continue;
        }
        let mut fields = vec![("task_id", text(owner_id)), ("fire_at", text(fire_at))];
        match spec {
            ReminderSpec::Before { minutes } => fields.push(("minutes_before", Value::Integer(i64::from(*minutes)))),
            ReminderSpec::At { at } => fields.extend([("kind", text("at")), ("at", text(at))]),
        }
        create_part(w, &TASK_REMINDERS, &format!("task-reminder/{owner_id}/{}", reminder_key(spec)), &fields)?;
    }
    Ok(())
}

fn child_rows(conn: &Connection, sql: &str, owner_id: &str) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([owner_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The reminders (not snoozes) of a task or series, as the user set them.
pub fn reminders_of(conn: &Connection, owner_id: &str) -> Result<Vec<ReminderSpec>, StoreError> {
    Ok(reminders_of_many(conn, &[owner_id.to_owned()])?.into_iter().map(|(_, spec)| spec).collect())
}

/// The reminders of each of `owner_ids`, as (owner id, reminder).
fn reminders_of_many(conn: &Connection, owner_ids: &[String]) -> Result<Vec<(String, ReminderSpec)>, StoreError> {
    let ids = serde_json::to_string(owner_ids).map_err(|e| StoreError::Refused(e.to_string()))?;
    let mut stmt = conn.prepare_cached(
        "SELECT task_id, kind, minutes_before, at FROM task_reminders
         WHERE task_id IN (SELECT value FROM json_each(?1)) AND deleted = 0 AND kind != 'snooze' ORDER BY kind, minutes_before, at",
    )?;
    let rows = stmt.query_map([ids], |r| {
        let spec = match r.get::<_, String>(1)?.as_str() {
            "at" => ReminderSpec::At { at: r.get(3)? },
            _ => ReminderSpec::Before { minutes: r.get(2)? },
        };
        Ok((r.get(0)?, spec))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const LINK_NAME_SQL: &str = "CASE l.record_table
        WHEN 'contacts' THEN (SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = l.record_id)
        WHEN 'companies' THEN (SELECT name FROM companies WHERE id = l.record_id)
        WHEN 'deals' THEN (SELECT name FROM deals WHERE id = l.record_id) END";

/// The records each of `owner_ids` is linked to, with their names (deleted records left out).
pub fn links_of(conn: &Connection, owner_ids: &[String]) -> Result<Vec<(String, TaskLink)>, StoreError> {
    let ids = serde_json::to_string(owner_ids).map_err(|e| StoreError::Refused(e.to_string()))?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.task_id, l.record_table, l.record_id, {LINK_NAME_SQL} AS name FROM task_links l
         WHERE l.task_id IN (SELECT value FROM json_each(?1)) AND l.deleted = 0 AND name IS NOT NULL
         ORDER BY l.record_table DESC, name"
    ))?;
    let rows = stmt.query_map([ids], |r| Ok((r.get(0)?, TaskLink { record_table: r.get(1)?, record_id: r.get(2)?, name: r.get(3)? })))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const TASK_COLUMNS: &str = "t.id, t.title, t.notes, t.kind, t.priority, t.status, t.due_date, t.due_time, t.time_zone, t.due_at,
     coalesce(s.recurrence, ''), t.series_id, t.snoozed_until, t.owner_id, coalesce(m.name, ''), t.completed_at, t.enrollment_id,
     t.created_at, t.updated_at, t.private";
const TASK_FROM: &str =
    "FROM tasks t LEFT JOIN task_series s ON s.id = t.series_id AND s.deleted = 0 LEFT JOIN members m ON m.id = t.owner_id";

/// The moment the Today view and grouping are computed for.
#[derive(Clone, Copy)]
pub struct Now {
    pub at: DateTime<Utc>,
    pub today: NaiveDate,
}

fn task_row(r: &Row, now: Now) -> rusqlite::Result<Task> {
    let due_date: String = r.get(6)?;
    let due_time: String = r.get(7)?;
    let due_at: String = r.get(9)?;
    let day = NaiveDate::parse_from_str(&due_date, "%Y-%m-%d").unwrap_or(now.today);
    let timed_at = (!due_time.is_empty()).then(|| DateTime::parse_from_rfc3339(&due_at).ok().map(|t| t.with_timezone(&Utc))).flatten();
    Ok(Task {
        id: r.get(0)?,
        title: r.get(1)?,
        notes: r.get(2)?,
        kind: TaskKind::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
        priority: Priority::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
        status: TaskStatus::parse(&r.get::<_, String>(5)?).unwrap_or_default(),
        group: due_group(day, timed_at, now.at, now.today),
        due_date,
        due_time,
        time_zone: r.get(8)?,
        due_at,
        recurrence: r.get(10)?,
        series_id: r.get(11)?,
        reminders: Vec::new(),
        snoozed_until: r.get(12)?,
        owner_id: r.get(13)?,
        owner_name: r.get(14)?,
        links: Vec::new(),
        completed_at: r.get(15)?,
        enrollment_id: r.get(16)?,
        created_at: r.get(17)?,
        updated_at: r.get(18)?,
        private: r.get(19)?,
    })
}

/// Fills in links and reminders of tasks read without them: two queries for the whole list.
fn with_children(conn: &Connection, mut tasks: Vec<Task>) -> Result<Vec<Task>, StoreError> {
    let ids: Vec<String> = tasks.iter().map(|t| t.id.clone()).collect();
    let index: std::collections::HashMap<String, usize> = ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
    for (task_id, link) in links_of(conn, &ids)? {
        if let Some(&i) = index.get(&task_id) {
            tasks[i].links.push(link);
        }
    }
    for (task_id, spec) in reminders_of_many(conn, &ids)? {
        if let Some(&i) = index.get(&task_id) {
            tasks[i].reminders.push(spec);
        }
    }
    Ok(tasks)
}

pub fn get(conn: &Connection, id: &str, now: Now) -> Result<Task, StoreError> {
    let task = conn
        .prepare_cached(&format!("SELECT {TASK_COLUMNS} {TASK_FROM} WHERE t.id = ?1 AND t.deleted = 0"))?
        .query_row([id], |r| task_row(r, now))
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Task".into() })?;
    Ok(with_children(conn, vec![task])?.remove(0))
}

/// Open tasks due in [`from`, `until`) (from the start when None), soonest first, at most `limit`.
pub fn open_due_between(conn: &Connection, from: Option<&str>, until: &str, limit: u32, now: Now) -> Result<Vec<Task>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TASK_COLUMNS} {TASK_FROM}
         WHERE t.status = 'open' AND t.deleted = 0 AND t.due_at >= coalesce(?1, '') AND t.due_at < ?2 ORDER BY t.due_at, t.id LIMIT ?3"
    ))?;
    let rows = stmt.query_map(rusqlite::params![from, until, limit], |r| task_row(r, now))?;
    let tasks = rows.collect::<Result<_, _>>()?;
    with_children(conn, tasks)
}

/// How many open tasks are due before `until`: the count beyond what the Today view lists.
pub fn count_open_due_before(conn: &Connection, until: &str) -> Result<u32, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT count(*) FROM tasks WHERE status = 'open' AND deleted = 0 AND due_at < ?1")?;
    Ok(stmt.query_row([until], |r| r.get(0))?)
}

/// Tasks linked to a record: open ones by due date, then the latest closed ones.
pub fn of_record(conn: &Connection, record_id: &str, now: Now) -> Result<Vec<Task>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TASK_COLUMNS} {TASK_FROM}
         WHERE t.id IN (SELECT task_id FROM task_links WHERE record_id = ?1 AND deleted = 0) AND t.deleted = 0
         ORDER BY t.status != 'open', CASE WHEN t.status = 'open' THEN t.due_at END, t.completed_at DESC, t.updated_at DESC LIMIT 200"
    ))?;
    let rows = stmt.query_map([record_id], |r| task_row(r, now))?;
    let tasks = rows.collect::<Result<_, _>>()?;
    with_children(conn, tasks)
}

/// Every live task, or one, for a calendar export.
pub fn for_export(conn: &Connection, only: Option<&str>, now: Now) -> Result<Vec<Task>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TASK_COLUMNS} {TASK_FROM} WHERE t.deleted = 0 AND (?1 IS NULL OR t.id = ?1) ORDER BY t.due_at, t.id"
    ))?;
    let rows = stmt.query_map([only], |r| task_row(r, now))?;
    let tasks = rows.collect::<Result<_, _>>()?;
    with_children(conn, tasks)
}

/// The series template of a repeating task.
pub struct Series {
    pub id: String,
    pub input: TaskInput,
    pub starts: String,
}

pub fn series(conn: &Connection, id: &str) -> Result<Option<Series>, StoreError> {
    let found = conn
        .prepare_cached(
            "SELECT title, notes, kind, priority, due_time, time_zone, recurrence, starts, owner_id, private FROM task_series WHERE id = ?1 AND deleted = 0",
        )?
        .query_row([id], |r| {
            Ok((
                TaskInput {
                    title: r.get(0)?,
                    notes: r.get(1)?,
                    kind: TaskKind::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
                    priority: Priority::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
                    due_date: String::new(),
                    due_time: r.get(4)?,
                    time_zone: r.get(5)?,
                    reminders: Vec::new(),
                    recurrence: r.get(6)?,
                    owner_id: r.get(8)?,
                    contact_ids: Vec::new(),
                    company_ids: Vec::new(),
                    deal_ids: Vec::new(),
                    private: r.get(9)?,
                },
                r.get::<_, String>(7)?,
            ))
        })
        .optional()?;
    let Some((mut input, starts)) = found else { return Ok(None) };
    input.reminders = reminders_of(conn, id)?;
    for (_, link) in links_of(conn, &[id.to_owned()])? {
        match link.record_table.as_str() {
            "contacts" => input.contact_ids.push(link.record_id),
            "companies" => input.company_ids.push(link.record_id),
            _ => input.deal_ids.push(link.record_id),
        }
    }
    Ok(Some(Series { id: id.to_owned(), input, starts }))
}

/// Writes a series template (the input's rule and `starts`, the first occurrence's wall clock).
pub fn save_series(w: &mut Writer, id: &str, input: &TaskInput, starts: &str, create: bool) -> Result<(), StoreError> {
    let fields = [
        ("title", text(&input.title)),
        ("notes", text(&input.notes)),
        ("kind", text(input.kind.as_str())),
        ("priority", text(input.priority.as_str())),
        ("due_time", text(&input.due_time)),
        ("time_zone", text(&input.time_zone)),
        ("recurrence", text(&input.recurrence)),
        ("starts", text(starts)),
        ("owner_id", optional(&input.owner_id)),
        ("private", Value::Integer(input.private.into())),
    ];
    if create {
        w.create(&TASK_SERIES, id, &fields)?;
    } else {
        w.set(&TASK_SERIES, id, &fields)?;
    }
    set_links(w, id, input)?;
    // A template's reminders never fire: only tasks' reminders are scheduled.
    let specs: Vec<(ReminderSpec, String)> = input.reminders.iter().map(|s| (s.clone(), String::new())).collect();
    set_reminders(w, id, &specs)
}

/// Ends a series: the task keeps its place but no occurrence follows it.
pub fn end_series(w: &mut Writer, series_id: &str) -> Result<(), StoreError> {
    w.soft_delete(&TASK_SERIES, series_id)
}

pub fn detach_from_series(w: &mut Writer, task_id: &str) -> Result<(), StoreError> {
    w.set(&TASKS, task_id, &[("series_id", Value::Null), ("occurrence", text(""))])
}

/// A task's place in its series: (series id, occurrence wall clock).
pub fn occurrence_of(conn: &Connection, task_id: &str) -> Result<(Option<String>, String), StoreError> {
    Ok(conn
        .prepare_cached("SELECT series_id, occurrence FROM tasks WHERE id = ?1")?
        .query_row([task_id], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

pub fn exists(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn.prepare_cached("SELECT 1 FROM tasks WHERE id = ?1")?.exists([id])?)
}

/// Undelivered reminders of open tasks that came due after `since` (all of them when None).
pub fn due_reminders(conn: &Connection, since: Option<&str>, now: &str) -> Result<Vec<PendingReminder>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.task_id, r.fire_at FROM task_reminders r JOIN tasks t ON t.id = r.task_id
         WHERE r.deleted = 0 AND r.fire_at != '' AND r.fire_at <= ?2 AND (?1 IS NULL OR r.fire_at > ?1)
           AND t.deleted = 0 AND t.status = 'open' AND r.fire_at >= t.armed_at
           AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.reminder_id = r.id AND d.due_at = r.fire_at)
         ORDER BY r.fire_at",
    )?;
    let rows = stmt.query_map([since, Some(now)], pending_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The next reminder of an open task after `now`: when the scheduler must wake.
pub fn next_reminder(conn: &Connection, now: &str) -> Result<Option<PendingReminder>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.task_id, r.fire_at FROM task_reminders r JOIN tasks t ON t.id = r.task_id
         WHERE r.deleted = 0 AND r.fire_at > ?1 AND t.deleted = 0 AND t.status = 'open' AND r.fire_at >= t.armed_at
         ORDER BY r.fire_at LIMIT 1",
    )?;
    Ok(stmt.query_row([now], pending_row).optional()?)
}

fn pending_row(r: &Row) -> rusqlite::Result<PendingReminder> {
    let at: String = r.get(2)?;
    let at = DateTime::parse_from_rfc3339(&at).map(|t| t.with_timezone(&Utc)).unwrap_or_default();
    Ok(PendingReminder { reminder_id: r.get(0)?, task_id: r.get(1)?, at })
}

/// Records a reminder as delivered (shown, or listed as missed). The id is derived from the
/// reminder and its instant, so delivering it again anywhere writes the same row.
pub fn record_delivery(w: &mut Writer, reminder: &PendingReminder, missed: bool) -> Result<String, StoreError> {
    let due_at = reminder.at.to_rfc3339();
    let name = format!("{}/{due_at}", reminder.reminder_id);
    let id = uuid::Uuid::new_v5(&tandem_domain::DERIVED_NAMESPACE, name.as_bytes()).to_string();
    w.create(
        &REMINDER_DELIVERIES,
        &id,
        &[
            ("reminder_id", text(&reminder.reminder_id)),
            ("task_id", text(&reminder.task_id)),
            ("due_at", text(&due_at)),
            ("fired_at", Value::Text(w.now_text())),
            ("missed", Value::Integer(missed.into())),
        ],
    )?;
    Ok(id)
}

/// A reminder delivered but not yet seen to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unacknowledged {
    pub delivery_id: String,
    pub task_id: String,
    pub due_at: String,
    pub missed: bool,
}

/// Reminders listed as missed and not yet acknowledged, of tasks still open.
pub fn missed(conn: &Connection) -> Result<Vec<Unacknowledged>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.task_id, d.due_at, d.missed FROM reminder_deliveries d JOIN tasks t ON t.id = d.task_id
         WHERE d.acknowledged_at IS NULL AND d.deleted = 0 AND d.missed = 1 AND t.status = 'open' AND t.deleted = 0
         ORDER BY d.due_at",
    )?;
    let rows =
        stmt.query_map([], |r| Ok(Unacknowledged { delivery_id: r.get(0)?, task_id: r.get(1)?, due_at: r.get(2)?, missed: r.get(3)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn acknowledge(w: &mut Writer, delivery_id: &str) -> Result<(), StoreError> {
    w.set(&REMINDER_DELIVERIES, delivery_id, &[("acknowledged_at", Value::Text(w.now_text()))])
}

/// Acknowledges every delivered reminder of a task (it was done, snoozed or opened).
pub fn acknowledge_task(w: &mut Writer, task_id: &str) -> Result<(), StoreError> {
    let ids = child_rows(
        w.conn(),
        "SELECT id, id FROM reminder_deliveries WHERE task_id = ?1 AND acknowledged_at IS NULL AND deleted = 0",
        task_id,
    )?;
    for (id, _) in ids {
        acknowledge(w, &id)?;
    }
    Ok(())
}

/// Cancels every open task of an enrollment (its sequence ended); returns how many.
pub fn cancel_open_of_enrollment(w: &mut Writer, enrollment_id: &str) -> Result<usize, StoreError> {
    let ids = child_rows(w.conn(), "SELECT id, id FROM tasks WHERE enrollment_id = ?1 AND status = 'open' AND deleted = 0", enrollment_id)?;
    for (id, _) in &ids {
        set_status(w, id, TaskStatus::Cancelled)?;
    }
    Ok(ids.len())
}

/// Whether a contact has an open task linked to it.
pub fn has_open_task(conn: &Connection, record_id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM task_links l JOIN tasks t ON t.id = l.task_id
             WHERE l.record_id = ?1 AND l.deleted = 0 AND t.status = 'open' AND t.deleted = 0",
        )?
        .exists([record_id])?)
}
