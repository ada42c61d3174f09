//! Campaign queries: the list with lead and deal counts, one campaign, writing one, the records
//! attributed to it, and setting a campaign as first or last touch on many records at once.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::campaign::{Campaign, CampaignDeal, CampaignInput, CampaignLead, CampaignListRow, Channel, Touch, Touches};
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::pipeline::StageKind;

use crate::tables::{Table, CAMPAIGNS, CONTACTS, DEALS};
use crate::{StoreError, Writer};

/// Live records of `table` that name campaign `c` as either touch: counted for the list.
fn attributed(table: &str) -> String {
    format!("(SELECT count(*) FROM {table} r WHERE r.deleted = 0 AND (r.first_campaign_id = ca.id OR r.last_campaign_id = ca.id))")
}

fn channel(text: &str) -> Channel {
    Channel::parse(text).unwrap_or(Channel::Email)
}

/// Every live campaign, newest start first.
pub fn list(conn: &Connection) -> Result<Vec<CampaignListRow>, StoreError> {
    let sql = format!(
        "SELECT ca.id, ca.name, ca.channel, ca.starts_on, ca.ends_on, ca.budget, ca.actual_cost, ca.currency, coalesce(m.name, ''),
                {}, {}
         FROM campaigns ca LEFT JOIN members m ON m.id = ca.owner_id
         WHERE ca.deleted = 0 ORDER BY ca.starts_on DESC, ca.name COLLATE NOCASE, ca.id",
        attributed("contacts"),
        attributed("deals")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(CampaignListRow {
            id: r.get(0)?,
            name: r.get(1)?,
            channel: channel(&r.get::<_, String>(2)?),
            starts_on: r.get(3)?,
            ends_on: r.get(4)?,
            budget: r.get(5)?,
            actual_cost: r.get(6)?,
            currency: r.get(7)?,
            owner_name: r.get(8)?,
            leads: r.get(9)?,
            deals: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Campaign, StoreError> {
    let sql = format!(
        "SELECT ca.id, ca.name, ca.channel, ca.starts_on, ca.ends_on, ca.budget, ca.actual_cost, ca.currency, ca.goal, ca.owner_id,
                coalesce(m.name, ''), ca.utm_source, ca.utm_medium, ca.utm_campaign, ca.utm_term, ca.utm_content, ca.notes,
                {}, {}, ca.created_at, ca.updated_at
         FROM campaigns ca LEFT JOIN members m ON m.id = ca.owner_id WHERE ca.id = ?1 AND ca.deleted = 0",
        attributed("contacts"),
        attributed("deals")
    );
    conn.prepare_cached(&sql)?
        .query_row([id], |r| {
            Ok(Campaign {
                id: r.get(0)?,
                name: r.get(1)?,
                channel: channel(&r.get::<_, String>(2)?),
                starts_on: r.get(3)?,
                ends_on: r.get(4)?,
                budget: r.get(5)?,
                actual_cost: r.get(6)?,
                currency: r.get(7)?,
                goal: r.get(8)?,
                owner_id: Some(r.get::<_, String>(9)?).filter(|id| !id.is_empty()),
                owner_name: r.get(10)?,
                utm_source: r.get(11)?,
                utm_medium: r.get(12)?,
                utm_campaign: r.get(13)?,
                utm_term: r.get(14)?,
                utm_content: r.get(15)?,
                notes: r.get(16)?,
                leads: r.get(17)?,
                deals: r.get(18)?,
                created_at: r.get(19)?,
                updated_at: r.get(20)?,
            })
        })
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Campaign".into() })
}

fn campaign_fields(input: &CampaignInput) -> Vec<(&'static str, Value)> {
    vec![
        ("name", input.name.clone().into()),
        ("channel", input.channel.clone().into()),
        ("starts_on", input.starts_on.clone().into()),
        ("ends_on", input.ends_on.clone().into()),
        ("budget", input.budget.clone().into()),
        ("actual_cost", input.actual_cost.clone().into()),
        ("currency", input.currency.clone().into()),
        ("goal", input.goal.clone().into()),
        ("owner_id", input.owner_id.clone().unwrap_or_default().into()),
        ("utm_source", input.utm_source.clone().into()),
        ("utm_medium", input.utm_medium.clone().into()),
        ("utm_campaign", input.utm_campaign.clone().into()),
        ("utm_term", input.utm_term.clone().into()),
        ("utm_content", input.utm_content.clone().into()),
        ("notes", input.notes.clone().into()),
    ]
}

/// Writes a validated campaign (a new one when `id` is None); only changed fields are logged.
pub fn save(w: &mut Writer, id: Option<&str>, input: &CampaignInput) -> Result<String, StoreError> {
    let fields = campaign_fields(input);
    match id {
        None => w.save(&CAMPAIGNS, None, &fields),
        Some(id) => {
            let stored = campaign_fields(&CampaignInput::from(&get(w.conn(), id)?));
            let changed: Vec<(&str, Value)> =
                fields.into_iter().zip(stored).filter(|((_, new), (_, old))| new != old).map(|(field, _)| field).collect();
            if !changed.is_empty() {
                w.set(&CAMPAIGNS, id, &changed)?;
            }
            Ok(id.to_owned())
        }
    }
}

/// The live campaign called `name` (any case), for import mapping.
pub fn find_by_name(conn: &Connection, name: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM campaigns WHERE deleted = 0 AND name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1")?
        .query_row([name.trim()], |r| r.get(0))
        .optional()?)
}

/// Another live campaign with the same name (any case), so the UI can refuse a duplicate.
pub fn name_taken(conn: &Connection, name: &str, except: Option<&str>) -> Result<bool, StoreError> {
    Ok(find_by_name(conn, name)?.is_some_and(|found| Some(found.as_str()) != except))
}

/// Whether campaign `id` exists, live or in the Trash (a record may keep pointing at a trashed
/// campaign: restoring it brings the attribution back).
pub fn exists(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)")?.query_row([id], |r| r.get(0))?)
}

pub fn is_live(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1 AND deleted = 0)")?.query_row([id], |r| r.get(0))?)
}

/// Contacts attributed to campaign `id`, most recently updated first.
pub fn leads(conn: &Connection, id: &str, limit: u32) -> Result<Vec<CampaignLead>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, trim(c.first_name || ' ' || c.last_name), coalesce(co.name, ''), c.lifecycle_stage, coalesce(m.name, ''),
                c.first_campaign_id = ?1, c.last_campaign_id = ?1
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN members m ON m.id = c.owner_id
         WHERE c.deleted = 0 AND (c.first_campaign_id = ?1 OR c.last_campaign_id = ?1)
         ORDER BY c.updated_at DESC, c.id LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![id, limit], |r| {
        Ok(CampaignLead {
            contact_id: r.get(0)?,
            name: r.get(1)?,
            company_name: r.get(2)?,
            lifecycle_stage: LifecycleStage::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
            owner_name: r.get(4)?,
            touches: Touches::of(r.get(5)?, r.get(6)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Deals attributed to campaign `id`, most recently updated first.
pub fn deals(conn: &Connection, id: &str, limit: u32) -> Result<Vec<CampaignDeal>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.name, coalesce(s.name, ''), coalesce(s.kind, 'open'), d.amount, d.currency, coalesce(m.name, ''),
                d.first_campaign_id = ?1, d.last_campaign_id = ?1
         FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id LEFT JOIN members m ON m.id = d.owner_id
         WHERE d.deleted = 0 AND (d.first_campaign_id = ?1 OR d.last_campaign_id = ?1)
         ORDER BY d.updated_at DESC, d.id LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![id, limit], |r| {
        Ok(CampaignDeal {
            deal_id: r.get(0)?,
            name: r.get(1)?,
            stage_name: r.get(2)?,
            stage_kind: StageKind::parse(&r.get::<_, String>(3)?).unwrap_or(StageKind::Open),
            amount: r.get(4)?,
            currency: r.get(5)?,
            owner_name: r.get(6)?,
            touches: Touches::of(r.get(7)?, r.get(8)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Which table a bulk attribution writes: contacts or deals.
pub fn attributable(table: &str) -> Option<&'static Table> {
    [&CONTACTS, &DEALS].into_iter().find(|t| t.name == table)
}

/// Sets `campaign_id` (None clears it) as the `touch` campaign of each live record in `ids`;
/// a first touch also fills an empty last touch (see `campaign::settle_touches`). Only fields
/// that change are written; returns how many records changed.
pub fn set_touch(w: &mut Writer, table: &Table, ids: &[String], touch: Touch, campaign_id: Option<&str>) -> Result<usize, StoreError> {
    let value = campaign_id.unwrap_or_default().to_owned();
    let mut changed = 0;
    for id in ids {
        let current: Option<(String, String)> = w
            .conn()
            .prepare_cached(&format!("SELECT first_campaign_id, last_campaign_id FROM {} WHERE id = ?1 AND deleted = 0", table.name))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((first, last)) = current else { continue };
        let mut fields: Vec<(&str, Value)> = Vec::new();
        match touch {
            Touch::First => {
                if first != value {
                    fields.push(("first_campaign_id", value.clone().into()));
                }
                if last.is_empty() && !value.is_empty() {
                    fields.push(("last_campaign_id", value.clone().into()));
                }
            }
            Touch::Last if last != value => fields.push(("last_campaign_id", value.clone().into())),
            Touch::Last => {}
        }
        if !fields.is_empty() {
            w.set(table, id, &fields)?;
            changed += 1;
        }
    }
    Ok(changed)
}
