//! Deal queries: one deal, the board, the table, the open amounts forecasts are made of, and writes.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use tandem_domain::deal::{rotting_days, Deal, DealContact, DealInput, DealRow};
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::pipeline::{Stage, StageKind};
use tandem_domain::view::RecordFilter;

use crate::filters::{FilterSql, FilterTarget};
use crate::tables::{DEALS, DEAL_CONTACTS};
use crate::{contacts, custom_fields, like, new_id, pipelines, stage_history, tags, StoreError, Writer};

const ROW_SELECT: &str = "SELECT d.id, d.name, d.stage_id, coalesce(s.name, ''), coalesce(s.kind, 'open'), coalesce(s.rot_days, 0),
        coalesce(s.probability, 0), coalesce(co.name, ''), coalesce(trim(c.first_name || ' ' || c.last_name), ''), d.amount,
        d.currency, d.expected_close, coalesce(m.name, ''), d.updated_at, d.stage_entered_at,
        (SELECT max(a.occurred_at) FROM activities a WHERE a.deal_id = d.id AND a.deleted = 0)
    FROM deals d
    LEFT JOIN pipeline_stages s ON s.id = d.stage_id
    LEFT JOIN companies co ON co.id = d.company_id
    LEFT JOIN contacts c ON c.id = d.primary_contact_id
    LEFT JOIN members m ON m.id = d.owner_id";

/// Days since the later of `stage_entered_at` and `last_activity_at` (RFC 3339 text, either may be empty).
fn idle_days(now: DateTime<Utc>, stage_entered_at: &str, last_activity_at: &str) -> i64 {
    let latest = [stage_entered_at, last_activity_at]
        .into_iter()
        .filter_map(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
        .max();
    latest.map_or(0, |t| (now - t).num_days())
}

fn row(r: &rusqlite::Row, now: DateTime<Utc>) -> rusqlite::Result<DealRow> {
    let kind = StageKind::parse(&r.get::<_, String>(4)?).unwrap_or(StageKind::Open);
    let entered: String = r.get(14)?;
    let last_activity: Option<String> = r.get(15)?;
    Ok(DealRow {
        id: r.get(0)?,
        name: r.get(1)?,
        stage_id: r.get(2)?,
        stage_name: r.get(3)?,
        probability: r.get(6)?,
        company_name: r.get(7)?,
        primary_contact_name: r.get(8)?,
        amount: r.get(9)?,
        currency: r.get(10)?,
        expected_close: r.get(11)?,
        owner_name: r.get(12)?,
        updated_at: r.get(13)?,
        rotting_days: rotting_days(kind, r.get(5)?, idle_days(now, &entered, last_activity.as_deref().unwrap_or(""))),
    })
}

/// The deals in one stage as the board shows them: open ones by expected close, closed ones newest
/// first and only those closed on or after `closed_since` (the board is for work in progress).
pub fn in_stage(conn: &Connection, stage: &Stage, closed_since: &str, limit: u32, now: DateTime<Utc>) -> Result<Vec<DealRow>, StoreError> {
    let sql = if stage.kind == StageKind::Open {
        format!(
            "{ROW_SELECT} WHERE d.stage_id = ?1 AND d.deleted = 0 ORDER BY d.expected_close = '', d.expected_close, d.name, d.id LIMIT {limit}"
        )
    } else {
        format!("{ROW_SELECT} WHERE d.stage_id = ?1 AND d.deleted = 0 AND d.closed_at >= ?2 ORDER BY d.closed_at DESC, d.id LIMIT {limit}")
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let params: Vec<Value> = if stage.kind == StageKind::Open {
        vec![stage.id.clone().into()]
    } else {
        vec![stage.id.clone().into(), closed_since.to_owned().into()]
    };
    let rows = stmt.query_map(params_from_iter(&params), |r| row(r, now))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How the deal table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DealOrder {
    Name,
    ExpectedClose,
    RecentlyUpdated,
    Amount,
    Company,
    /// Board order: the stage's position in its pipeline.
    Stage,
    Owner,
}

/// Which deals the table shows.
#[derive(Debug, Clone, Default)]
pub struct DealFilter<'a> {
    pub pipeline_id: &'a str,
    pub search: &'a str,
    pub contact_id: Option<&'a str>,
    pub filter: Option<&'a RecordFilter>,
    /// RFC 3339: when "no activity in N days" starts.
    pub activity_cutoff: &'a str,
}

/// One page of the deal table and the number of matching deals.
pub fn page(
    conn: &Connection,
    filter: &DealFilter,
    order: DealOrder,
    offset: u32,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<(u64, Vec<DealRow>), StoreError> {
    let filter_cutoff = filter.activity_cutoff;
    let mut conditions = vec!["d.deleted = 0".to_owned()];
    let mut params: Vec<Value> = Vec::new();
    let mut bind = |value: &str| {
        params.push(value.to_owned().into());
        params.len()
    };
    if !filter.pipeline_id.is_empty() {
        conditions.push(format!("d.pipeline_id = ?{}", bind(filter.pipeline_id)));
    }
    if let Some(contact) = filter.contact_id {
        let n = bind(contact);
        conditions.push(format!(
            "(d.primary_contact_id = ?{n} OR d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?{n} AND deleted = 0))"
        ));
    }
    let search = filter.search.trim();
    if !search.is_empty() {
        let n = bind(&format!("%{}%", like::escape(search)));
        conditions.push(format!("(d.name LIKE ?{n} ESCAPE '\\' OR co.name LIKE ?{n} ESCAPE '\\')"));
    }
    if let Some(filter) = filter.filter {
        let extra = FilterSql::build(filter, FilterTarget::Deals, params.len() + 1, filter_cutoff);
        params.extend(extra.params);
        conditions.extend(extra.conditions);
    }
    let where_sql = conditions.join(" AND ");
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM deals d LEFT JOIN companies co ON co.id = d.company_id WHERE {where_sql}"))?
        .query_row(params_from_iter(&params), |r| r.get(0))?;
    let order_sql = match order {
        DealOrder::Name => "d.name COLLATE NOCASE, d.id",
        DealOrder::ExpectedClose => "d.expected_close = '', d.expected_close, d.id",
        DealOrder::RecentlyUpdated => "d.updated_at DESC, d.id DESC",
        // Only the order of amounts, never their sum, passes through a float here.
        DealOrder::Amount => "CAST(d.amount AS REAL) DESC, d.id",
        DealOrder::Company => "co.name IS NULL, co.name COLLATE NOCASE, d.name COLLATE NOCASE, d.id",
        DealOrder::Stage => "s.position IS NULL, s.position, d.name COLLATE NOCASE, d.id",
        DealOrder::Owner => "m.name IS NULL, m.name COLLATE NOCASE, d.name COLLATE NOCASE, d.id",
    };
    let sql = format!("{ROW_SELECT} WHERE {where_sql} ORDER BY {order_sql} LIMIT {limit} OFFSET {offset}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(&params), |r| row(r, now))?;
    Ok((total as u64, rows.collect::<Result<_, _>>()?))
}

/// The board rows of the deals `ids`, in that order.
pub fn rows_by_id(conn: &Connection, ids: &[String], now: DateTime<Utc>) -> Result<Vec<DealRow>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{ROW_SELECT} WHERE d.id = ?1"))?;
    ids.iter().map(|id| Ok(stmt.query_row([id], |r| row(r, now))?)).collect()
}

/// A deal's money and timing, for pipeline totals and the forecast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealAmount {
    pub stage_id: String,
    pub kind: StageKind,
    pub amount: String,
    pub currency: String,
    pub expected_close: String,
    pub probability: u8,
}

/// Every open deal of the pipeline and those closed since `closed_since` (what the board shows),
/// for sums the caller makes in exact decimals.
pub fn amounts(conn: &Connection, pipeline_id: &str, closed_since: &str) -> Result<Vec<DealAmount>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.stage_id, s.kind, d.amount, d.currency, d.expected_close, s.probability
         FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
         WHERE d.pipeline_id = ?1 AND d.deleted = 0 AND (s.kind = 'open' OR d.closed_at >= ?2)",
    )?;
    let rows = stmt.query_map([pipeline_id, closed_since], |r| {
        Ok(DealAmount {
            stage_id: r.get(0)?,
            kind: StageKind::parse(&r.get::<_, String>(1)?).unwrap_or(StageKind::Open),
            amount: r.get(2)?,
            currency: r.get(3)?,
            expected_close: r.get(4)?,
            probability: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<Deal, StoreError> {
    let mut deal = conn
        .prepare_cached(
            "SELECT d.id, d.name, d.pipeline_id, d.stage_id, coalesce(s.name, ''), coalesce(s.kind, 'open'), coalesce(s.probability, 0),
                    coalesce(s.rot_days, 0), d.company_id, coalesce(co.name, ''), d.primary_contact_id,
                    coalesce(trim(c.first_name || ' ' || c.last_name), ''), d.amount, d.currency, d.expected_close, d.loss_reason,
                    d.source, d.owner_id, coalesce(m.name, ''), d.notes, d.stage_entered_at, d.closed_at, d.created_at, d.updated_at,
                    coalesce((SELECT max(a.occurred_at) FROM activities a WHERE a.deal_id = d.id AND a.deleted = 0), ''),
                    d.first_campaign_id, coalesce(fc.name, ''), d.last_campaign_id, coalesce(lc.name, '')
             FROM deals d
             LEFT JOIN campaigns fc ON fc.id = d.first_campaign_id AND fc.deleted = 0
             LEFT JOIN campaigns lc ON lc.id = d.last_campaign_id AND lc.deleted = 0
             LEFT JOIN pipeline_stages s ON s.id = d.stage_id
             LEFT JOIN companies co ON co.id = d.company_id
             LEFT JOIN contacts c ON c.id = d.primary_contact_id
             LEFT JOIN members m ON m.id = d.owner_id
             WHERE d.id = ?1 AND d.deleted = 0",
        )?
        .query_row([id], |r| {
            let kind = StageKind::parse(&r.get::<_, String>(5)?).unwrap_or(StageKind::Open);
            let entered: String = r.get(20)?;
            let last_activity_at: String = r.get(24)?;
            Ok(Deal {
                id: r.get(0)?,
                name: r.get(1)?,
                pipeline_id: r.get(2)?,
                stage_id: r.get(3)?,
                stage_name: r.get(4)?,
                stage_kind: kind,
                probability: r.get(6)?,
                rotting_days: rotting_days(kind, r.get(7)?, idle_days(now, &entered, &last_activity_at)),
                company_id: r.get(8)?,
                company_name: r.get(9)?,
                primary_contact_id: r.get(10)?,
                primary_contact_name: r.get(11)?,
                amount: r.get(12)?,
                currency: r.get(13)?,
                expected_close: r.get(14)?,
                loss_reason: r.get(15)?,
                source: r.get(16)?,
                owner_id: r.get(17)?,
                owner_name: r.get(18)?,
                notes: r.get(19)?,
                stage_entered_at: entered,
                closed_at: r.get(21)?,
                created_at: r.get(22)?,
                updated_at: r.get(23)?,
                last_activity_at,
                first_campaign_id: Some(r.get::<_, String>(25)?).filter(|id| !id.is_empty()),
                first_campaign_name: r.get(26)?,
                last_campaign_id: Some(r.get::<_, String>(27)?).filter(|id| !id.is_empty()),
                last_campaign_name: r.get(28)?,
                contacts: Vec::new(),
                tags: Vec::new(),
                custom: Vec::new(),
            })
        })
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Deal".into() })?;
    deal.contacts = contacts_of(conn, id)?;
    deal.tags = tags::of_record(conn, id)?;
    deal.custom = custom_fields::values_of(conn, id)?;
    Ok(deal)
}

fn contacts_of(conn: &Connection, deal_id: &str) -> Result<Vec<DealContact>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT dc.id, dc.contact_id, trim(c.first_name || ' ' || c.last_name), dc.role
         FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id AND c.deleted = 0
         WHERE dc.deal_id = ?1 AND dc.deleted = 0 ORDER BY dc.created_at, dc.id",
    )?;
    let rows = stmt.query_map([deal_id], |r| Ok(DealContact { id: r.get(0)?, contact_id: r.get(1)?, name: r.get(2)?, role: r.get(3)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn deal_fields(input: &DealInput, company_id: Option<String>) -> Vec<(&'static str, Value)> {
    vec![
        ("name", input.name.clone().into()),
        ("pipeline_id", input.pipeline_id.clone().into()),
        ("stage_id", input.stage_id.clone().into()),
        ("company_id", company_id.map_or(Value::Null, Value::Text)),
        ("primary_contact_id", input.primary_contact_id.clone().map_or(Value::Null, Value::Text)),
        ("amount", input.amount.clone().into()),
        ("currency", input.currency.clone().into()),
        ("expected_close", input.expected_close.clone().into()),
        ("loss_reason", input.loss_reason.clone().into()),
        ("source", input.source.clone().into()),
        ("owner_id", input.owner_id.clone().map_or(Value::Null, Value::Text)),
        ("notes", input.notes.clone().into()),
        ("first_campaign_id", input.first_campaign_id.clone().unwrap_or_default().into()),
        ("last_campaign_id", input.last_campaign_id.clone().unwrap_or_default().into()),
    ]
}

/// Writes a validated deal (new when `id` is None) at `at` (RFC 3339: now, or a sample's past).
/// Entering another stage is kept in the stage history; a won or lost stage closes the deal.
pub fn save(w: &mut Writer, id: Option<&str>, input: &DealInput, company_id: Option<String>, at: &str) -> Result<String, StoreError> {
    let (stage, pipeline_id) = pipelines::stage(w.conn(), &input.stage_id)?;
    if pipeline_id != input.pipeline_id {
        return Err(StoreError::Refused(format!(
            "The stage '{}' belongs to another pipeline; pick one of this pipeline's stages.",
            stage.name
        )));
    }
    let mut fields = deal_fields(input, company_id);
    let previous_stage: Option<String> = match id {
        Some(id) => Some(
            w.conn()
                .query_row("SELECT stage_id FROM deals WHERE id = ?1 AND deleted = 0", [id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| StoreError::NotFound { what: "Deal".into() })?,
        ),
        None => None,
    };
    let stage_changed = previous_stage.as_deref() != Some(input.stage_id.as_str());
    if stage_changed {
        fields.push(("stage_entered_at", at.to_owned().into()));
        fields.push(("closed_at", if stage.kind == StageKind::Open { String::new() } else { at.to_owned() }.into()));
    }
    let id = match id {
        None => {
            let id = new_id();
            fields.push(("created_at", at.to_owned().into()));
            fields.push(("updated_at", at.to_owned().into()));
            w.write_fields(&DEALS, &id, &fields)?;
            id
        }
        Some(id) => {
            let stored = get(w.conn(), id, w.now())?;
            let old = deal_fields(&DealInput::from(&stored), stored.company_id.clone());
            let changed: Vec<(&str, Value)> =
                fields.into_iter().filter(|(col, value)| old.iter().find(|(c, _)| c == col).is_none_or(|(_, v)| v != value)).collect();
            if !changed.is_empty() {
                w.set(&DEALS, id, &changed)?;
            }
            id.to_owned()
        }
    };
    if stage_changed {
        stage_history::enter(w, &DEALS, &id, &input.stage_id, at)?;
    }
    if stage_changed && stage.kind == StageKind::Won {
        make_customers(w, &id, at)?;
    }
    tags::set(w, &DEALS, &id, &input.tags)?;
    custom_fields::set_values(w, &id, &input.custom)?;
    Ok(id)
}

/// A won deal makes customers of its people (the primary contact and everyone on the deal), so
/// the funnel's last step counts what sales closed.
fn make_customers(w: &mut Writer, deal_id: &str, at: &str) -> Result<(), StoreError> {
    let people: Vec<String> = {
        let mut stmt = w.conn().prepare_cached(
            "SELECT primary_contact_id FROM deals WHERE id = ?1 AND primary_contact_id IS NOT NULL AND primary_contact_id <> ''
             UNION SELECT contact_id FROM deal_contacts WHERE deal_id = ?1 AND deleted = 0",
        )?;
        let rows = stmt.query_map([deal_id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for person in people {
        contacts::advance_lifecycle(w, &person, LifecycleStage::Customer, at)?;
    }
    Ok(())
}

/// Adds a person to a deal with a role, or changes the role of one already on it.
pub fn add_contact(w: &mut Writer, deal_id: &str, contact_id: &str, role: &str) -> Result<(), StoreError> {
    let existing: Option<String> = w
        .conn()
        .query_row("SELECT id FROM deal_contacts WHERE deal_id = ?1 AND contact_id = ?2 AND deleted = 0", [deal_id, contact_id], |r| {
            r.get(0)
        })
        .optional()?;
    match existing {
        Some(id) => w.set(&DEAL_CONTACTS, &id, &[("role", role.to_owned().into())]),
        None => w.create(
            &DEAL_CONTACTS,
            &new_id(),
            &[("deal_id", deal_id.to_owned().into()), ("contact_id", contact_id.to_owned().into()), ("role", role.to_owned().into())],
        ),
    }
}

pub fn remove_contact(w: &mut Writer, deal_contact_id: &str) -> Result<(), StoreError> {
    w.soft_delete(&DEAL_CONTACTS, deal_contact_id)
}
