//! The facts the dashboard's metrics are computed from, read in a few lean queries (only the
//! columns the metrics use, whole-table scans rather than per-record lookups), amounts already
//! converted into the base currency with the dated exchange rates.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use tandem_domain::exchange_rate::ExchangeRate;
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::metrics::{CampaignFacts, ContentFacts, DealFacts, LeadFacts, Outcome, QuotaFacts, Stay};
use tandem_domain::money::to_base;
use tandem_domain::quote::QuoteLine;
use tandem_domain::workspace::WorkspaceSettings;

use crate::{Db, StoreError};

/// A pipeline stage as the dashboard labels and orders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageLabel {
    pub id: String,
    pub name: String,
    pub pipeline: String,
}

/// A sales team and its members' ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMembers {
    pub id: String,
    pub name: String,
    pub member_ids: Vec<String>,
}

/// Everything the dashboard needs, loaded once and filtered in memory.
#[derive(Debug, Clone, Default)]
pub struct DashboardFacts {
    pub settings: WorkspaceSettings,
    pub leads: Vec<LeadFacts>,
    pub deals: Vec<DealFacts>,
    pub campaigns: Vec<CampaignFacts>,
    pub quotas: Vec<QuotaFacts>,
    pub content: Vec<ContentFacts>,
    /// Every stage in pipeline order, then stage order.
    pub stages: Vec<StageLabel>,
    /// Member id → name.
    pub members: Vec<(String, String)>,
    pub teams: Vec<TeamMembers>,
    /// Product id → name.
    pub products: Vec<(String, String)>,
    /// Currencies some amount was in that no rate converts to the base currency.
    pub unconverted_currencies: Vec<String>,
}

/// Reads every fact, converting amounts with the dated exchange rates (open deals at the newest).
/// The contacts' stage history, the biggest table by far, is read on a second connection at the
/// same time as everything else. The two reads are separate snapshots: a commit landing between
/// them can make one load disagree with itself, which is why callers key loaded facts to the
/// change-log mark taken before it (see `changes::change_mark`), so the next call reads them again.
pub fn load(db: &Db) -> Result<DashboardFacts, StoreError> {
    std::thread::scope(|scope| {
        let history = scope.spawn(|| db.read(contact_stays));
        let mut facts = db.read(load_records)?;
        let mut stays = history.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        for lead in &mut facts.leads {
            if let Some(mut own) = stays.remove(lead.id.as_str()) {
                own.sort_by_key(|s| s.entered_at);
                lead.stays = own;
            }
        }
        Ok(facts)
    })
}

/// Everything but the contacts' stays.
fn load_records(conn: &Connection) -> Result<DashboardFacts, StoreError> {
    let settings = crate::settings::get(conn)?;
    let rates = crate::exchange_rates::list(conn)?;
    let mut money = Converter { base: settings.base_currency.clone(), rates, unconverted: Vec::new() };
    let leads = leads(conn)?;
    let mut deals = deals(conn, &mut money)?;
    add_deal_touches(conn, &mut deals, &mut money)?;
    let campaigns = campaigns(conn, &mut money)?;
    let quotas = quotas(conn)?;
    let content = content(conn)?;
    let stages = query(
        conn,
        "SELECT s.id, s.name, coalesce(p.name, '') FROM pipeline_stages s LEFT JOIN pipelines p ON p.id = s.pipeline_id
         WHERE s.deleted = 0 ORDER BY coalesce(p.position, 0), p.id, s.position, s.id",
        |r| Ok(StageLabel { id: r.get(0)?, name: r.get(1)?, pipeline: r.get(2)? }),
    )?;
    let members =
        query(conn, "SELECT id, name FROM members WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id", |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut teams: Vec<TeamMembers> =
        query(conn, "SELECT id, name FROM sales_teams WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id", |r| {
            Ok(TeamMembers { id: r.get(0)?, name: r.get(1)?, member_ids: Vec::new() })
        })?;
    for (team_id, member_id) in query(conn, "SELECT team_id, member_id FROM sales_team_members WHERE deleted = 0", |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        if let Some(team) = teams.iter_mut().find(|t| t.id == team_id) {
            team.member_ids.push(member_id);
        }
    }
    let products =
        query(conn, "SELECT id, name FROM products WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id", |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut unconverted_currencies = money.unconverted;
    unconverted_currencies.sort();
    Ok(DashboardFacts { settings, leads, deals, campaigns, quotas, content, stages, members, teams, products, unconverted_currencies })
}

fn query<T>(conn: &Connection, sql: &str, row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>) -> Result<Vec<T>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

struct Converter {
    base: String,
    rates: Vec<ExchangeRate>,
    unconverted: Vec<String>,
}

impl Converter {
    /// `amount` (decimal text) in the base currency at the rate valid `on` (None: the newest).
    fn convert(&mut self, amount: &str, currency: &str, on: Option<NaiveDate>) -> Option<Decimal> {
        let value: Decimal = amount.trim().parse().ok()?;
        let currency = if currency.is_empty() { self.base.as_str() } else { currency };
        let converted = to_base(value, currency, &self.base, &self.rates, on.unwrap_or(NaiveDate::MAX));
        if converted.is_none() && !self.unconverted.iter().any(|c| c == currency) {
            self.unconverted.push(currency.to_owned());
        }
        converted
    }
}

/// Parses a stored RFC 3339 instant. The writer's own shape ("2025-01-10T09:00:00.123Z") is read
/// by hand: half a million stays make chrono's general parser the slowest part of the load.
pub fn instant(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    let fixed = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[b.len() - 1] == b'Z'
        && (b.len() == 20 || b[19] == b'.');
    if fixed {
        let n = |from: usize, to: usize| -> Option<u32> {
            b[from..to].iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        // The fraction, if any, padded to nanoseconds ("5" is 500 ms).
        let fraction = if b.len() > 21 { &b[20..b.len() - 1] } else { &b[0..0] };
        if fraction.len() > 9 || !fraction.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let nanos = fraction.iter().fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0')) * 10u32.pow(9 - fraction.len() as u32);
        let date = NaiveDate::from_ymd_opt(n(0, 4)? as i32, n(5, 7)?, n(8, 10)?)?;
        let time = date.and_hms_nano_opt(n(11, 13)?, n(14, 16)?, n(17, 19)?, nanos)?;
        return Some(time.and_utc());
    }
    DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc))
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

fn some(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn leads(conn: &Connection) -> Result<Vec<LeadFacts>, StoreError> {
    let leads: Vec<LeadFacts> = query(
        conn,
        "SELECT c.id, c.created_at, coalesce(c.owner_id, ''), coalesce(nullif(co.region, ''), c.country), c.first_campaign_id, c.last_campaign_id
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.deleted = 0",
        |r| {
            let created: String = r.get(1)?;
            Ok(LeadFacts {
                id: r.get(0)?,
                created_at: instant(&created).unwrap_or_default(),
                owner_id: r.get(2)?,
                region: r.get(3)?,
                first_campaign_id: some(r.get(4)?),
                last_campaign_id: some(r.get(5)?),
                stays: Vec::new(),
            })
        },
    )?;
    Ok(leads)
}

/// Every contact's lifecycle stays by contact id, in no particular order.
fn contact_stays(conn: &Connection) -> Result<FxHashMap<String, Vec<Stay>>, StoreError> {
    let mut stays: FxHashMap<String, Vec<Stay>> = FxHashMap::default();
    // `+record_table` keeps SQLite off the (record_table, stage, entered_at) index: reading the
    // whole table in order is faster than one lookup per stay.
    let mut stmt = conn.prepare_cached(
        "SELECT record_id, stage, entered_at, left_at FROM stage_history WHERE +record_table = 'contacts' AND deleted = 0",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(entered_at) = instant(text(r, 2)?) else { continue };
        let stay =
            Stay { stage: LifecycleStage::parse(text(r, 1)?).unwrap_or(LifecycleStage::Other), entered_at, left_at: instant(text(r, 3)?) };
        let id = text(r, 0)?;
        match stays.get_mut(id) {
            Some(own) => own.push(stay),
            None => {
                stays.insert(id.to_owned(), vec![stay]);
            }
        }
    }
    Ok(stays)
}

/// Column `i` of `row` as text, borrowed.
fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str, StoreError> {
    Ok(row.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?)
}

fn deals(conn: &Connection, money: &mut Converter) -> Result<Vec<DealFacts>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.created_at, coalesce(d.owner_id, ''), coalesce(nullif(co.region, ''), pc.country, ''), coalesce(co.size, ''),
                d.stage_id, coalesce(s.kind, 'open'), coalesce(s.probability, 0), d.amount, d.currency, d.expected_close, d.closed_at,
                d.first_campaign_id, d.last_campaign_id
         FROM deals d
         LEFT JOIN pipeline_stages s ON s.id = d.stage_id
         LEFT JOIN companies co ON co.id = d.company_id
         LEFT JOIN contacts pc ON pc.id = d.primary_contact_id
         WHERE d.deleted = 0",
    )?;
    let mut rows = stmt.query([])?;
    let mut deals = Vec::new();
    while let Some(r) = rows.next()? {
        let kind: String = r.get(6)?;
        let outcome = match kind.as_str() {
            "won" => Outcome::Won,
            "lost" => Outcome::Lost,
            _ => Outcome::Open,
        };
        let closed_at = if outcome == Outcome::Open { None } else { instant(&r.get::<_, String>(11)?) };
        let amount: String = r.get(8)?;
        let currency: String = r.get(9)?;
        let probability: i64 = r.get(7)?;
        deals.push(DealFacts {
            id: r.get(0)?,
            created_at: instant(&r.get::<_, String>(1)?).unwrap_or_default(),
            owner_id: r.get(2)?,
            region: r.get(3)?,
            segment: r.get(4)?,
            stage_id: r.get(5)?,
            outcome,
            probability: match outcome {
                Outcome::Won => 100,
                Outcome::Lost => 0,
                Outcome::Open => probability.clamp(0, 100) as u8,
            },
            amount_base: money.convert(&amount, &currency, closed_at.map(|at| at.date_naive())),
            currency,
            expected_close: day(&r.get::<_, String>(10)?),
            closed_at,
            first_campaign_id: some(r.get(12)?),
            last_campaign_id: some(r.get(13)?),
            contact_campaign_ids: Vec::new(),
            product_amounts: Vec::new(),
            content_item_ids: Vec::new(),
        });
    }
    Ok(deals)
}

/// The deals' contacts' campaigns, the products on their latest sent or accepted quote, and the
/// library items used on them.
fn add_deal_touches(conn: &Connection, deals: &mut [DealFacts], money: &mut Converter) -> Result<(), StoreError> {
    let index: FxHashMap<String, usize> = deals.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
    let touches = query(
        conn,
        "SELECT dc.deal_id, c.first_campaign_id, c.last_campaign_id FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id
         WHERE dc.deleted = 0 AND c.deleted = 0 AND (c.first_campaign_id <> '' OR c.last_campaign_id <> '')
         UNION ALL
         SELECT d.id, c.first_campaign_id, c.last_campaign_id FROM deals d JOIN contacts c ON c.id = d.primary_contact_id
         WHERE d.deleted = 0 AND c.deleted = 0 AND (c.first_campaign_id <> '' OR c.last_campaign_id <> '')",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
    )?;
    for (deal_id, first, last) in touches {
        let Some(&i) = index.get(&deal_id) else { continue };
        for campaign in [first, last].into_iter().filter(|c| !c.is_empty()) {
            if !deals[i].contact_campaign_ids.contains(&campaign) {
                deals[i].contact_campaign_ids.push(campaign);
            }
        }
    }
    // Each deal's latest sent or accepted quote, priced by the quote engine (never by hand): a
    // product's share is the net of its lines as printed, before the document discount and tax.
    let quoted = query(
        conn,
        "SELECT q.deal_id, q.id FROM quotes q
         WHERE q.deleted = 0 AND q.id = (SELECT q2.id FROM quotes q2 WHERE q2.deal_id = q.deal_id AND q2.deleted = 0
             AND q2.status IN ('sent', 'accepted') ORDER BY max(q2.accepted_at, q2.sent_at) DESC, q2.revision DESC, q2.id DESC LIMIT 1)",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )?;
    for (deal_id, quote_id) in quoted {
        let Some(&i) = index.get(&deal_id) else { continue };
        let draft = crate::quotes::get(conn, &quote_id)?.draft;
        let Ok(totals) = tandem_domain::quote::compute(&draft) else { continue };
        let on = deals[i].closed_at.map(|at| at.date_naive());
        for priced in &totals.lines {
            let product = match draft.lines.get(priced.position as usize) {
                Some(QuoteLine::Item(item)) => item.sale.product_id.as_deref(),
                Some(QuoteLine::Bundle(bundle)) => bundle.sale.product_id.as_deref(),
                _ => None,
            };
            let Some(product_id) = product.filter(|p| !p.is_empty() && priced.included) else { continue };
            let Some(base) = money.convert(&priced.amount.net, &draft.currency, on) else { continue };
            let amounts = &mut deals[i].product_amounts;
            match amounts.iter_mut().find(|(p, _)| p == product_id) {
                Some((_, amount)) => *amount += base,
                None => amounts.push((product_id.to_owned(), base)),
            }
        }
    }
    let used = query(
        conn,
        "SELECT DISTINCT deal_id, item_id FROM content_uses WHERE deleted = 0 AND deal_id IS NOT NULL AND deal_id <> ''",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )?;
    for (deal_id, item_id) in used {
        if let Some(&i) = index.get(&deal_id) {
            deals[i].content_item_ids.push(item_id);
        }
    }
    Ok(())
}

fn campaigns(conn: &Connection, money: &mut Converter) -> Result<Vec<CampaignFacts>, StoreError> {
    let rows = query(
        conn,
        "SELECT id, name, channel, actual_cost, currency, starts_on, ends_on FROM campaigns WHERE deleted = 0 ORDER BY starts_on DESC, name COLLATE NOCASE, id",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        },
    )?;
    Ok(rows
        .into_iter()
        .map(|(id, name, channel, cost, currency, starts_on, ends_on)| {
            let (starts_on, ends_on) = (day(&starts_on), day(&ends_on));
            let cost_base = if cost.trim().is_empty() { None } else { money.convert(&cost, &currency, ends_on.or(starts_on)) };
            CampaignFacts { id, name, channel, cost_base, starts_on, ends_on }
        })
        .collect())
}

fn quotas(conn: &Connection) -> Result<Vec<QuotaFacts>, StoreError> {
    let rows = query(conn, "SELECT owner_id, starts_on, ends_on, amount FROM quotas WHERE deleted = 0", |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|(owner_id, starts_on, ends_on, amount)| {
            Some(QuotaFacts { owner_id, starts_on: day(&starts_on)?, ends_on: day(&ends_on)?, amount_base: amount.trim().parse().ok()? })
        })
        .collect())
}

fn content(conn: &Connection) -> Result<Vec<ContentFacts>, StoreError> {
    let mut items: Vec<ContentFacts> =
        query(conn, "SELECT id, title FROM content_items WHERE deleted = 0 ORDER BY title COLLATE NOCASE, id", |r| {
            Ok(ContentFacts { id: r.get(0)?, title: r.get(1)?, used_at: Vec::new() })
        })?;
    let index: FxHashMap<String, usize> = items.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
    for (item_id, used_at) in query(conn, "SELECT item_id, used_at FROM content_uses WHERE deleted = 0", |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        if let (Some(&i), Some(at)) = (index.get(&item_id), instant(&used_at)) {
            items[i].used_at.push(at);
        }
    }
    Ok(items)
}

/// One record behind a figure, as the drill-down list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordLine {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub amount: String,
    pub currency: String,
}

/// Names of the contacts with these ids (subtitle: company or e-mail), in no particular order.
pub fn contact_lines(conn: &Connection, ids: &[String]) -> Result<Vec<RecordLine>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, trim(c.first_name || ' ' || c.last_name), coalesce(nullif(co.name, ''), c.email)
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
         WHERE c.id IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = stmt.query_map([serde_json::to_string(ids).unwrap_or_default()], |r| {
        Ok(RecordLine { id: r.get(0)?, title: r.get(1)?, subtitle: r.get(2)?, amount: String::new(), currency: String::new() })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Names, companies and amounts of the deals with these ids, in no particular order.
pub fn deal_lines(conn: &Connection, ids: &[String]) -> Result<Vec<RecordLine>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.name, coalesce(co.name, ''), d.amount, d.currency
         FROM deals d LEFT JOIN companies co ON co.id = d.company_id
         WHERE d.id IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = stmt.query_map([serde_json::to_string(ids).unwrap_or_default()], |r| {
        Ok(RecordLine { id: r.get(0)?, title: r.get(1)?, subtitle: r.get(2)?, amount: r.get(3)?, currency: r.get(4)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether a change after `mark` touched one of `tables`.
pub fn changed_since(conn: &Connection, mark: i64, tables: &[&str]) -> Result<bool, StoreError> {
    let list = serde_json::to_string(tables).unwrap_or_default();
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM changes WHERE seq > ?1 AND tbl IN (SELECT value FROM json_each(?2)))",
        rusqlite::params![mark, list],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::instant;

    #[test]
    fn instants_in_the_writers_shape_and_others_parse_alike() {
        for text in ["2025-01-10T09:00:00.123Z", "2025-01-10T09:00:00Z", "2025-01-10T09:00:00.5Z", "2025-01-10T10:00:00+01:00"] {
            let expected = chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc);
            assert_eq!(instant(text), Some(expected), "{text}");
        }
        assert_eq!(instant(""), None);
        assert_eq!(instant("2025-13-10T09:00:00Z"), None);
    }
}
