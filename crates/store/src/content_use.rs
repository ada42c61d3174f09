//! Where library items were used, and the closed deals a win rate is judged by.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_domain::content_use::{ContentUse, UseKind};
use tandem_domain::win_rate::ClosedDeal;

use crate::tables::CONTENT_USES;
use crate::{new_id, StoreError, Writer};

pub struct NewUse<'a> {
    pub item_id: &'a str,
    pub version_id: Option<&'a str>,
    pub kind: UseKind,
    pub contact_id: Option<&'a str>,
    pub deal_id: Option<&'a str>,
    pub note: &'a str,
    pub author_id: Option<&'a str>,
}

pub fn record(w: &mut Writer, new: &NewUse) -> Result<String, StoreError> {
    let id = new_id();
    let optional = |v: Option<&str>| v.map_or(Value::Null, |v| Value::Text(v.to_owned()));
    let used_at = w.now_text();
    w.create(
        &CONTENT_USES,
        &id,
        &[
            ("item_id", Value::Text(new.item_id.to_owned())),
            ("version_id", optional(new.version_id)),
            ("kind", Value::Text(new.kind.as_str().to_owned())),
            ("contact_id", optional(new.contact_id)),
            ("deal_id", optional(new.deal_id)),
            ("note", Value::Text(new.note.to_owned())),
            ("author_id", optional(new.author_id)),
            ("used_at", Value::Text(used_at)),
        ],
    )?;
    Ok(id)
}

const USE_SQL: &str = "SELECT u.id, u.item_id, coalesce(i.title, ''), u.kind, u.contact_id,
        coalesce(trim(c.first_name || ' ' || c.last_name), ''), u.deal_id, coalesce(d.name, ''), u.note, coalesce(m.name, ''), u.used_at
     FROM content_uses u
     LEFT JOIN content_items i ON i.id = u.item_id
     LEFT JOIN contacts c ON c.id = u.contact_id
     LEFT JOIN deals d ON d.id = u.deal_id
     LEFT JOIN members m ON m.id = u.author_id
     WHERE u.deleted = 0";

fn uses_where(conn: &Connection, condition: &str, id: &str, limit: u32) -> Result<Vec<ContentUse>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{USE_SQL} AND {condition} ORDER BY u.used_at DESC, u.id LIMIT ?2"))?;
    let rows = stmt.query_map(rusqlite::params![id, limit], |r| {
        Ok(ContentUse {
            id: r.get(0)?,
            item_id: r.get(1)?,
            item_title: r.get(2)?,
            kind: UseKind::parse(&r.get::<_, String>(3)?).unwrap_or(UseKind::Shared),
            contact_id: r.get(4)?,
            contact_name: r.get(5)?,
            deal_id: r.get(6)?,
            deal_name: r.get(7)?,
            note: r.get(8)?,
            author_name: r.get(9)?,
            used_at: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Where an item was used, newest first.
pub fn of_item(conn: &Connection, item_id: &str, limit: u32) -> Result<Vec<ContentUse>, StoreError> {
    uses_where(conn, "u.item_id = ?1", item_id, limit)
}

/// Content shared with a contact, or on a deal or with a company's people, for their timelines.
pub fn of_record(conn: &Connection, table: &str, id: &str, limit: u32) -> Result<Vec<ContentUse>, StoreError> {
    let condition = match table {
        "contacts" => "u.contact_id = ?1",
        "deals" => "u.deal_id = ?1",
        "companies" => "(c.company_id = ?1 OR d.company_id = ?1)",
        _ => return Ok(Vec::new()),
    };
    uses_where(conn, condition, id, limit)
}

/// Every live deal that reached a won or lost stage.
pub fn closed_deals(conn: &Connection) -> Result<Vec<ClosedDeal>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, s.kind = 'won' FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
         WHERE d.deleted = 0 AND s.kind IN ('won', 'lost')",
    )?;
    let rows = stmt.query_map([], |r| Ok(ClosedDeal { id: r.get(0)?, won: r.get(1)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Deals an item was used on: named on the use, or the contact it went to is on the deal.
pub fn deals_using(conn: &Connection, item_id: &str) -> Result<HashSet<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.deal_id FROM content_uses u WHERE u.item_id = ?1 AND u.deleted = 0 AND u.deal_id IS NOT NULL
         UNION SELECT d.id FROM content_uses u JOIN deals d ON d.primary_contact_id = u.contact_id
         WHERE u.item_id = ?1 AND u.deleted = 0
         UNION SELECT dc.deal_id FROM content_uses u JOIN deal_contacts dc ON dc.contact_id = u.contact_id AND dc.deleted = 0
         WHERE u.item_id = ?1 AND u.deleted = 0",
    )?;
    let rows = stmt.query_map([item_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
