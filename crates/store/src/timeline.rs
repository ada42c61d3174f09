//! A record's timeline: its activities, stage changes, edits, tasks and shared content, newest first.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use tandem_domain::activity::{ActivityKind, Direction, TimelineEntry};
use tandem_domain::quote_flow::QuoteStatus;
use tandem_domain::task::TaskStatus;

use crate::tables::{Table, COMPANIES, CONTACTS, DEALS};
use crate::StoreError;

const ACTIVITY_SELECT: &str = "SELECT a.id, a.kind, a.subject, a.body, a.direction, a.occurred_at, a.duration_minutes,
        coalesce(m.name, ''), a.contact_id, coalesce(trim(c.first_name || ' ' || c.last_name), ''), a.deal_id, coalesce(d.name, ''),
        a.company_id
    FROM activities a
    LEFT JOIN members m ON m.id = a.author_id
    LEFT JOIN contacts c ON c.id = a.contact_id
    LEFT JOIN deals d ON d.id = a.deal_id";

/// Columns that are bookkeeping, or shown as stage changes instead of edits.
const NOT_EDITS: &[&str] =
    &["created_at", "updated_at", "deleted", "deleted_at", "lifecycle_stage", "stage_id", "stage_entered_at", "closed_at"];

/// The newest `limit` entries of the contact's, company's or deal's timeline.
pub fn of_record(conn: &Connection, table: &Table, id: &str, limit: u32) -> Result<Vec<TimelineEntry>, StoreError> {
    let mut entries = activities(conn, table, id, limit)?;
    entries.extend(stage_changes(conn, table, id)?);
    entries.extend(edits(conn, table, id, limit)?);
    entries.extend(tasks(conn, id, limit)?);
    entries.extend(crate::content_use::of_record(conn, table.name, id, limit)?.into_iter().map(|u| TimelineEntry::ContentShared {
        at: u.used_at,
        use_id: u.id,
        item_id: u.item_id,
        item_title: u.item_title,
        kind: u.kind,
        contact_name: u.contact_name,
        deal_name: u.deal_name,
        author_name: u.author_name,
        note: u.note,
    }));
    entries.extend(quote_events(conn, table, id)?);
    entries.sort_by(|a, b| b.at().cmp(a.at()));
    entries.truncate(limit as usize);
    Ok(entries)
}

fn quote_events(conn: &Connection, table: &Table, id: &str) -> Result<Vec<TimelineEntry>, StoreError> {
    let column = match table.name {
        name if name == DEALS.name => "deal_id",
        name if name == CONTACTS.name => "contact_id",
        _ => "company",
    };
    let events = crate::quotes::events(conn, column, id)?;
    let deal_names: Vec<String> = events
        .iter()
        .map(|(q, _, _)| conn.query_row("SELECT name FROM deals WHERE id = ?1", [&q.deal_id], |r| r.get(0)).unwrap_or_default())
        .collect();
    Ok(events
        .into_iter()
        .zip(deal_names)
        .map(|((quote, event, at), deal_name)| {
            let note = match event {
                QuoteStatus::Accepted => [quote.signer_name.as_str(), quote.signer_title.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                QuoteStatus::Declined => quote.declined_reason.clone(),
                _ => String::new(),
            };
            TimelineEntry::Quote {
                at,
                quote_id: quote.id.clone(),
                number: quote.display_number(),
                title: quote.title.clone(),
                event,
                total: tandem_domain::quote::compute(&quote.draft).map(|t| t.grand.total).unwrap_or_default(),
                currency: quote.draft.currency.clone(),
                deal_name,
                note,
            }
        })
        .collect())
}

fn activities(conn: &Connection, table: &Table, id: &str, limit: u32) -> Result<Vec<TimelineEntry>, StoreError> {
    // A company's timeline also gathers what was logged on its people and its deals.
    let condition = match table.name {
        name if name == CONTACTS.name => "a.contact_id = ?1",
        name if name == DEALS.name => "a.deal_id = ?1",
        name if name == COMPANIES.name => {
            "(a.company_id = ?1 OR a.contact_id IN (SELECT id FROM contacts WHERE company_id = ?1 AND deleted = 0)
              OR a.deal_id IN (SELECT id FROM deals WHERE company_id = ?1 AND deleted = 0))"
        }
        other => return Err(StoreError::UnknownTable(other.into())),
    };
    let sql = format!("{ACTIVITY_SELECT} WHERE {condition} AND a.deleted = 0 ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?2");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter([Value::from(id.to_owned()), Value::Integer(limit.into())]), |r| {
        Ok(TimelineEntry::Activity {
            id: r.get(0)?,
            kind: ActivityKind::parse(&r.get::<_, String>(1)?).unwrap_or(ActivityKind::Note),
            subject: r.get(2)?,
            body: r.get(3)?,
            direction: Direction::parse(&r.get::<_, String>(4)?).unwrap_or(Direction::None),
            at: r.get(5)?,
            duration_minutes: r.get(6)?,
            author_name: r.get(7)?,
            contact_id: r.get(8)?,
            contact_name: r.get(9)?,
            deal_id: r.get(10)?,
            deal_name: r.get(11)?,
            company_id: r.get(12)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The tasks linked to the record, placed at when they closed (or were planned, while open).
fn tasks(conn: &Connection, id: &str, limit: u32) -> Result<Vec<TimelineEntry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT CASE t.status WHEN 'done' THEN coalesce(t.completed_at, t.updated_at) WHEN 'cancelled' THEN t.updated_at ELSE t.created_at END AS at,
                t.id, t.title, t.status, t.due_date
         FROM task_links l JOIN tasks t ON t.id = l.task_id
         WHERE l.record_id = ?1 AND l.deleted = 0 AND t.deleted = 0 ORDER BY at DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params_from_iter([Value::from(id.to_owned()), Value::Integer(limit.into())]), |r| {
        Ok(TimelineEntry::Task {
            at: r.get(0)?,
            task_id: r.get(1)?,
            title: r.get(2)?,
            status: TaskStatus::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
            due_date: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn stage_changes(conn: &Connection, table: &Table, id: &str) -> Result<Vec<TimelineEntry>, StoreError> {
    // Deal stages are stored by id; show the stage's name (kept even if the stage was removed).
    let mut stmt = conn.prepare_cached(
        "SELECT h.entered_at, coalesce(s.name, h.stage) FROM stage_history h LEFT JOIN pipeline_stages s ON s.id = h.stage
         WHERE h.record_id = ?1 AND h.deleted = 0 ORDER BY h.entered_at, h.id",
    )?;
    let stays: Vec<(String, String)> = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    let mut previous = String::new();
    let mut out = Vec::new();
    for (at, stage) in stays {
        let label = stage_label(table, &stage);
        out.push(TimelineEntry::StageChange {
            at,
            record_table: table.name.into(),
            record_name: String::new(),
            from: std::mem::replace(&mut previous, label.clone()),
            to: label,
        });
    }
    Ok(out)
}

fn stage_label(table: &Table, stage: &str) -> String {
    if table.name != CONTACTS.name {
        return stage.to_owned();
    }
    let words = stage.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn edits(conn: &Connection, table: &Table, id: &str, limit: u32) -> Result<Vec<TimelineEntry>, StoreError> {
    // One entry per transaction that touched the record; the one that set created_at made it.
    let mut stmt = conn.prepare_cached(
        "SELECT max(CASE WHEN col = 'updated_at' THEN value END), group_concat(col, ','), max(col = 'created_at')
         FROM changes WHERE tbl = ?1 AND row_id = ?2 GROUP BY hlc ORDER BY hlc DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(
        params_from_iter([Value::from(table.name.to_owned()), Value::from(id.to_owned()), Value::Integer(limit.into())]),
        |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?)),
    )?;
    let mut out = Vec::new();
    for row in rows {
        let (at, columns, created) = row?;
        let Some(at) = at else { continue };
        if created {
            out.push(TimelineEntry::Created { at, record_table: table.name.into() });
            continue;
        }
        let mut fields: Vec<String> =
            columns.split(',').filter(|c| !NOT_EDITS.contains(c)).map(|c| c.trim_end_matches("_id").replace('_', " ")).collect();
        fields.dedup();
        if !fields.is_empty() {
            out.push(TimelineEntry::Edit { at, record_table: table.name.into(), fields });
        }
    }
    Ok(out)
}
