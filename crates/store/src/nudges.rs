//! Nudge rules and the nudges they raise: found by SQL over deals, activities, contacts and tasks.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::nudge::{nudge_id, Nudge, NudgeRule, NudgeRuleSetting};

use crate::tables::{NUDGES, NUDGE_RULES};
use crate::{StoreError, Writer};

/// Every rule with the team's setting, or its default.
pub fn rules(conn: &Connection) -> Result<Vec<NudgeRuleSetting>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT enabled, days FROM nudge_rules WHERE id = ?1 AND deleted = 0")?;
    NudgeRule::ALL
        .iter()
        .map(|rule| {
            let stored = stmt.query_row([rule.as_str()], |r| Ok((r.get::<_, bool>(0)?, r.get::<_, u32>(1)?))).optional()?;
            Ok(match stored {
                Some((enabled, days)) => NudgeRuleSetting { rule: *rule, enabled, days },
                None => rule.default_setting(),
            })
        })
        .collect()
}

pub fn save_rule(w: &mut Writer, setting: &NudgeRuleSetting) -> Result<(), StoreError> {
    w.set(
        &NUDGE_RULES,
        setting.rule.as_str(),
        &[("enabled", Value::Integer(setting.enabled.into())), ("days", Value::Integer(setting.days.into()))],
    )
}

/// A nudge a rule finds now: the record, since when the condition holds, and why.
pub struct Found {
    pub rule: NudgeRule,
    pub record_table: &'static str,
    pub record_id: String,
    pub since: String,
}

/// Open deals whose latest activity (or stage change, when none) is older than `cutoff`.
fn idle_deals(conn: &Connection, cutoff: &str) -> Result<Vec<Found>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, max(d.stage_entered_at, coalesce(a.last, '')) AS since FROM deals d
         JOIN pipeline_stages s ON s.id = d.stage_id AND s.kind = 'open'
         LEFT JOIN (SELECT deal_id, max(occurred_at) AS last FROM activities WHERE deleted = 0 AND deal_id IS NOT NULL GROUP BY deal_id) a
           ON a.deal_id = d.id
         WHERE d.deleted = 0 AND since < ?1",
    )?;
    let rows = stmt.query_map([cutoff], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    rows.map(|row| {
        let (record_id, since) = row?;
        Ok(Found { rule: NudgeRule::DealIdle, record_table: "deals", record_id, since })
    })
    .collect()
}

/// Sales-qualified contacts, qualified before `cutoff`, with no open task.
fn qualified_without_task(conn: &Connection, cutoff: &str) -> Result<Vec<Found>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, h.entered_at FROM contacts c
         JOIN stage_history h ON h.record_id = c.id AND h.stage = 'sales_qualified' AND h.left_at = '' AND h.deleted = 0
         WHERE c.deleted = 0 AND c.lifecycle_stage = 'sales_qualified' AND h.entered_at < ?1
           AND NOT EXISTS (SELECT 1 FROM task_links l JOIN tasks t ON t.id = l.task_id
                           WHERE l.record_id = c.id AND l.deleted = 0 AND t.status = 'open' AND t.deleted = 0)",
    )?;
    let rows = stmt.query_map([cutoff], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    rows.map(|row| {
        let (record_id, since) = row?;
        Ok(Found { rule: NudgeRule::QualifiedWithoutTask, record_table: "contacts", record_id, since })
    })
    .collect()
}

/// Library items (not archived) whose review date is at most `days` days after `now`'s day.
fn review_due(conn: &Connection, now: chrono::DateTime<chrono::Utc>, days: u32) -> Result<Vec<Found>, StoreError> {
    let horizon = (now + chrono::Duration::days(i64::from(days))).date_naive().to_string();
    Ok(crate::content::review_due(conn, &horizon)?
        .into_iter()
        .map(|(record_id, since)| Found { rule: NudgeRule::ContentReviewDue, record_table: "content_items", record_id, since })
        .collect())
}

/// Current quotes (draft or sent) valid until at most `days` days after `now`'s day.
fn quotes_expiring(conn: &Connection, now: chrono::DateTime<chrono::Utc>, days: u32) -> Result<Vec<Found>, StoreError> {
    let horizon = (now + chrono::Duration::days(i64::from(days))).date_naive().to_string();
    Ok(crate::quotes::expiring(conn, &horizon)?
        .into_iter()
        .map(|(record_id, since)| Found { rule: NudgeRule::QuoteExpiring, record_table: "quotes", record_id, since })
        .collect())
}

/// What the enabled rules find at `now`.
pub fn find(conn: &Connection, now: chrono::DateTime<chrono::Utc>) -> Result<Vec<Found>, StoreError> {
    let mut found = Vec::new();
    for setting in rules(conn)?.into_iter().filter(|s| s.enabled) {
        let cutoff = (now - chrono::Duration::days(i64::from(setting.days))).to_rfc3339();
        found.extend(match setting.rule {
            NudgeRule::DealIdle => idle_deals(conn, &cutoff)?,
            NudgeRule::QualifiedWithoutTask => qualified_without_task(conn, &cutoff)?,
            NudgeRule::ContentReviewDue => review_due(conn, now, setting.days)?,
            NudgeRule::QuoteExpiring => quotes_expiring(conn, now, setting.days)?,
        });
    }
    Ok(found)
}

/// Raises the nudges not raised before and resolves open ones whose condition has passed.
/// Returns how many were raised.
pub fn refresh(w: &mut Writer, found: &[Found]) -> Result<usize, StoreError> {
    let ids: Vec<String> = found.iter().map(|f| nudge_id(f.rule, &f.record_id, &f.since)).collect();
    let open: Vec<String> = {
        let mut stmt = w.conn().prepare_cached("SELECT id FROM nudges WHERE status = 'open' AND deleted = 0")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for id in open.iter().filter(|id| !ids.contains(id)) {
        set_status(w, id, "resolved")?;
    }
    let mut raised = 0;
    let mut exists = w.conn().prepare_cached("SELECT 1 FROM nudges WHERE id = ?1")?;
    let new: Vec<(&Found, &String)> = found.iter().zip(&ids).filter(|(_, id)| !exists.exists([id.as_str()]).unwrap_or(true)).collect();
    drop(exists);
    for (f, id) in new {
        w.create(
            &NUDGES,
            id,
            &[
                ("rule", Value::Text(f.rule.as_str().into())),
                ("record_table", Value::Text(f.record_table.into())),
                ("record_id", Value::Text(f.record_id.clone())),
                ("since", Value::Text(f.since.clone())),
            ],
        )?;
        raised += 1;
    }
    Ok(raised)
}

pub fn set_status(w: &mut Writer, id: &str, status: &str) -> Result<(), StoreError> {
    w.save(&NUDGES, Some(id), &[("status", Value::Text(status.into()))]).map(drop)
}

pub fn accept(w: &mut Writer, id: &str, task_id: &str) -> Result<(), StoreError> {
    w.save(&NUDGES, Some(id), &[("status", Value::Text("accepted".into())), ("task_id", Value::Text(task_id.into()))]).map(drop)
}

/// Open nudges, idle deals first and the most recently quiet first, with their records' names
/// and why, counted at `now`.
pub fn open(conn: &Connection, now: chrono::DateTime<chrono::Utc>) -> Result<Vec<Nudge>, StoreError> {
    open_where(conn, None, now)
}

pub fn get(conn: &Connection, id: &str, now: chrono::DateTime<chrono::Utc>) -> Result<Nudge, StoreError> {
    open_where(conn, Some(id), now)?.pop().ok_or_else(|| StoreError::NotFound { what: "Nudge".into() })
}

fn open_where(conn: &Connection, id: Option<&str>, now: chrono::DateTime<chrono::Utc>) -> Result<Vec<Nudge>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT n.id, n.rule, n.record_table, n.record_id,
                coalesce(d.name, trim(c.first_name || ' ' || c.last_name), ci.title, q.title) AS record_name, n.since, n.created_at
         FROM nudges n
         LEFT JOIN deals d ON n.record_table = 'deals' AND d.id = n.record_id AND d.deleted = 0
         LEFT JOIN contacts c ON n.record_table = 'contacts' AND c.id = n.record_id AND c.deleted = 0
         LEFT JOIN content_items ci ON n.record_table = 'content_items' AND ci.id = n.record_id AND ci.deleted = 0
         LEFT JOIN quotes q ON n.record_table = 'quotes' AND q.id = n.record_id AND q.deleted = 0
         WHERE n.status = 'open' AND n.deleted = 0 AND record_name IS NOT NULL AND (?1 IS NULL OR n.id = ?1)
           -- A review is its owner's to do (anyone's when nobody owns the item).
           AND coalesce(ci.owner_id, q.owner_id, '') IN ('', (SELECT value FROM local_state WHERE key = 'profile_member_id'))
         ORDER BY n.rule = 'deal_idle' DESC, n.since DESC, n.id",
    )?;
    let rows = stmt.query_map([id], |r| {
        let rule = NudgeRule::parse(&r.get::<_, String>(1)?).unwrap_or(NudgeRule::DealIdle);
        let since: String = r.get(5)?;
        let days = match chrono::DateTime::parse_from_rfc3339(&since) {
            Ok(t) => (now - t.with_timezone(&chrono::Utc)).num_days(),
            // A review date or a validity end is a day.
            Err(_) => chrono::NaiveDate::parse_from_str(&since, "%Y-%m-%d").map_or(0, |d| (now.date_naive() - d).num_days()),
        };
        Ok(Nudge {
            id: r.get(0)?,
            rule,
            record_table: r.get(2)?,
            record_id: r.get(3)?,
            record_name: r.get(4)?,
            reason: rule.reason(days),
            created_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
