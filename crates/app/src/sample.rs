//! Writes the seeded sample workspace (companies, people, deals and their activities, teammates,
//! rates) into the database.

use rusqlite::types::Value;
use tandem_domain::activity::{ActivityInput, Direction};
use tandem_domain::deal::DealInput;
use tandem_domain::exchange_rate::ExchangeRateInput;
use tandem_domain::member::MemberInput;
use tandem_domain::sample::{self, DEFAULT_SEED};
use tandem_domain::workspace::WorkspaceSettings;
use tandem_store::companies::{self, NewCompany};
use tandem_store::{activities, contacts, deals, exchange_rates, members, new_id, pipelines, tables, WriteSource};

use crate::{App, AppError};

pub struct SampleSize {
    pub contacts: usize,
    pub companies: usize,
    /// Deals, each with a few activities and its stage history.
    pub deals: usize,
    /// Follow-up tasks about the first people.
    pub tasks: usize,
    pub seed: u64,
    /// Contacts per transaction: each batch commits on its own.
    pub batch: usize,
}

impl Default for SampleSize {
    fn default() -> Self {
        SampleSize { contacts: 2_000, companies: 300, deals: 400, tasks: 60, seed: DEFAULT_SEED, batch: 1_000 }
    }
}

pub fn settings() -> WorkspaceSettings {
    WorkspaceSettings { name: "Northwind sample workspace".into(), ..WorkspaceSettings::default() }
}

/// Adds the sample records; `progress` hears the number of contacts committed so far.
///
/// The ids of the sample's teammates in `sample::members()` order (None: not in this workspace),
/// so a slot means the same person everywhere: 0 the sales manager, 1 and 2 the sellers, 3 the marketer.
pub(crate) fn team_ids(conn: &rusqlite::Connection) -> Result<Vec<Option<String>>, tandem_store::StoreError> {
    let listed = members::list(conn)?;
    Ok(sample::members().into_iter().map(|s| listed.iter().find(|m| m.email == s.email).map(|m| m.id.clone())).collect())
}

/// `with_team` also adds the sample teammates and exchange rates (once, for a new workspace).
pub fn populate(app: &App, size: &SampleSize, with_team: bool, mut progress: impl FnMut(usize)) -> Result<(), AppError> {
    let companies = sample::companies(size.seed, size.companies.max(1));
    let company_ids = app.write(WriteSource::Sample, "", |w| {
        for member in sample::members().into_iter().filter(|_| with_team) {
            members::save(w, &MemberInput { id: None, name: member.name, email: member.email, role: member.role })?;
        }
        let rates = [("EUR", "1.0825"), ("GBP", "1.2710"), ("JPY", "0.006650"), ("BRL", "0.1995")];
        for (currency, rate) in rates.into_iter().filter(|_| with_team) {
            let input = ExchangeRateInput { id: None, currency: currency.into(), rate: rate.into(), valid_from: "2026-01-01".into() };
            exchange_rates::save(w, &input.validate("USD")?)?;
        }
        // Accounts belong to the sales manager and the two sellers (slots 0–2), not the marketer.
        let account_owners: Vec<String> = team_ids(w.conn())?.into_iter().take(3).flatten().collect();
        let mut ids = std::collections::HashMap::new();
        for c in &companies {
            if let Some(existing) = companies::find_by_name(w.conn(), &c.name)? {
                ids.insert(c.name.clone(), existing);
                continue;
            }
            let id = companies::create(w, &NewCompany { name: &c.name, domain: &c.domain, industry: &c.industry, country: &c.country })?;
            let (created, updated, owner) = company_facts(&c.name);
            let owner = account_owners.get(owner % account_owners.len().max(1)).cloned();
            let dated = [
                ("size", sample_size(&c.name).to_owned().into()),
                ("created_at", days_before(w.now(), created).into()),
                ("updated_at", days_before(w.now(), updated).into()),
                ("owner_id", owner.map_or(Value::Null, Value::Text)),
            ];
            w.write_fields(&tables::COMPANIES, &id, &dated)?;
            ids.insert(c.name.clone(), id);
        }
        Ok(ids)
    })?;
    let owners: Vec<String> = app.db()?.read(team_ids)?.into_iter().flatten().collect();
    let owner = |slot: usize| owners.get(slot % owners.len().max(1)).cloned();
    let mut people = sample::contacts(size.seed, &companies).take(size.contacts).peekable();
    // The first people's ids, so deals can name them as their primary contact.
    let mut first_people: Vec<(String, String)> = Vec::new();
    let mut done = 0;
    let mut history_salt = 0usize;
    while people.peek().is_some() {
        let batch: Vec<_> = people.by_ref().take(size.batch.max(1)).collect();
        app.write(WriteSource::Sample, "", |w| {
            for person in &batch {
                let mut clean = person.input.validate()?;
                clean.owner_id = owner(person.owner_slot);
                let company = company_ids.get(&clean.company_name).cloned();
                let created_at = days_before(w.now(), person.created_days_ago);
                let updated_at = days_before(w.now(), person.updated_days_ago);
                let id = new_id();
                contacts::create_dated(w, &id, &clean, company, &created_at, &updated_at)?;
                // The way here: lead → MQL → SQL → … with dated stays, so the funnel has a past.
                let history: Vec<(&str, String)> =
                    sample::lifecycle_history(clean.lifecycle_stage, person.created_days_ago, history_salt as u64)
                        .into_iter()
                        .map(|(stage, hours)| (stage.as_str(), hours_before(w.now(), hours)))
                        .collect();
                tandem_store::stage_history::backfill(w, &tandem_store::tables::CONTACTS, &id, &history)?;
                history_salt += 1;
                if first_people.len() < size.contacts.min(MAX_DEAL_PEOPLE) {
                    first_people.push((id, clean.company_name.clone()));
                }
            }
            Ok(())
        })?;
        done += batch.len();
        progress(done);
    }
    add_deals(app, size, &companies, &company_ids, &first_people, &owner)?;
    if with_team {
        crate::sample_library::add(app, &first_people)?;
        crate::sample_catalog::add(app)?;
        crate::sample_quotes::add(app)?;
        crate::sample_campaigns::add(app)?;
        crate::sample_scoring::add(app)?;
    }
    // Last: it raises the nudges of everything above.
    crate::sample_follow_ups::add(app, size, &first_people, with_team)
}

/// The people on a deal, with their roles: its primary contact and up to two colleagues, added
/// the day it opened.
fn add_deal_people(
    w: &mut tandem_store::Writer,
    deal_id: &str,
    primary: Option<&str>,
    colleagues: &[&str],
    index: usize,
    opened: &str,
) -> Result<(), AppError> {
    const ROLES: [&str; 4] = ["Economic buyer", "Technical evaluator", "Procurement", "Legal"];
    let Some(primary) = primary else { return Ok(()) };
    let others = colleagues.iter().filter(|id| **id != primary).take(index % 3);
    let people = std::iter::once((primary, if index.is_multiple_of(2) { "Champion" } else { "Decision maker" }))
        .chain(others.enumerate().map(|(n, id)| (*id, ROLES[(index + n) % ROLES.len()])));
    let text = |value: &str| Value::Text(value.to_owned());
    for (contact_id, role) in people {
        let id = new_id();
        w.create(&tables::DEAL_CONTACTS, &id, &[("deal_id", text(deal_id)), ("contact_id", text(contact_id)), ("role", text(role))])?;
        w.write_fields(&tables::DEAL_CONTACTS, &id, &[("created_at", text(opened)), ("updated_at", text(opened))])?;
    }
    Ok(())
}

/// Deals name their primary contact among this many first sample people.
const MAX_DEAL_PEOPLE: usize = 5_000;

fn add_deals(
    app: &App,
    size: &SampleSize,
    companies: &[sample::SampleCompany],
    company_ids: &std::collections::HashMap<String, String>,
    people: &[(String, String)],
    owner: &dyn Fn(usize) -> Option<String>,
) -> Result<(), AppError> {
    let stages = app.write(WriteSource::Sample, "", |w| {
        let pipeline = pipelines::ensure_default(w)?;
        Ok(pipelines::get(w.conn(), &pipeline)?)
    })?;
    let deals = sample::deals(size.seed, companies, people.len(), size.deals);
    // A deal's people work at its company.
    let mut colleagues: std::collections::HashMap<&str, Vec<&str>> = std::collections::HashMap::new();
    for (id, company) in people {
        colleagues.entry(company.as_str()).or_default().push(id.as_str());
    }
    for (chunk_index, chunk) in deals.chunks(size.batch.max(1)).enumerate() {
        app.write(WriteSource::Sample, "", |w| {
            let today = w.now().date_naive();
            for (offset, deal) in chunk.iter().enumerate() {
                let index = chunk_index * size.batch.max(1) + offset;
                let company = &companies[deal.company_index];
                let company_id = company_ids.get(&company.name).cloned();
                let at_company = colleagues.get(company.name.as_str()).map(Vec::as_slice).unwrap_or_default();
                // Benchmark-sized samples name only their first few thousand people: a company
                // with none of them takes anyone, as before.
                let contact_id = match at_company {
                    [] => people.get(deal.contact_index).map(|p| p.0.clone()),
                    _ => Some(at_company[deal.contact_index % at_company.len()].to_owned()),
                };
                let expected = today + chrono::Duration::days(deal.expected_close_in_days);
                let mut input = DealInput {
                    name: deal.name.clone(),
                    pipeline_id: stages.id.clone(),
                    stage_id: String::new(),
                    company_name: company.name.clone(),
                    primary_contact_id: contact_id.clone(),
                    amount: deal.amount.clone(),
                    currency: deal.currency.clone(),
                    expected_close: expected.format("%Y-%m-%d").to_string(),
                    loss_reason: deal.loss_reason.clone(),
                    source: deal.source.clone(),
                    owner_id: owner(deal.owner_slot),
                    ..DealInput::default()
                };
                // Walk the deal through its history, each stage entered on its own day.
                let mut id: Option<String> = None;
                let mut last_change = String::new();
                for &(stage_index, days_ago) in &deal.history {
                    let stage = &stages.stages[stage_index];
                    input.stage_id = stage.id.clone();
                    let clean = input.validate(stage.kind)?;
                    let at = days_before(w.now(), days_ago);
                    id = Some(deals::save(w, id.as_deref(), &clean, company_id.clone(), &at)?);
                    last_change = at;
                }
                let Some(deal_id) = id else { continue };
                // A deal last changed when it entered its current stage, not when the sample was made.
                w.write_fields(&tables::DEALS, &deal_id, &[("updated_at", last_change.into())])?;
                let opened = deal.history.first().map_or(0, |&(_, days_ago)| days_ago);
                add_deal_people(w, &deal_id, contact_id.as_deref(), at_company, index, &days_before(w.now(), opened))?;
                for activity in sample::deal_activities(size.seed, index, deal) {
                    let input = ActivityInput {
                        kind: activity.kind,
                        subject: activity.subject,
                        body: activity.body,
                        direction: Direction::Outbound,
                        occurred_at: days_before(w.now(), activity.days_ago),
                        duration_minutes: activity.duration_minutes,
                        contact_id: contact_id.clone(),
                        company_id: company_id.clone(),
                        deal_id: Some(deal_id.clone()),
                    };
                    activities::save(w, None, &input.validate()?, owner(deal.owner_slot).as_deref())?;
                }
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn hours_before(now: chrono::DateTime<chrono::Utc>, hours: u32) -> String {
    (now - chrono::Duration::hours(i64::from(hours))).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A company's size band, the same for the same name (the dashboard's sales cycle by segment).
fn sample_size(name: &str) -> &'static str {
    const SIZES: [&str; 8] = ["11-50", "51-200", "51-200", "201-1000", "201-1000", "1001-5000", "1-10", "5000+"];
    SIZES[name.bytes().map(usize::from).sum::<usize>() % SIZES.len()]
}

/// A sample company's (created, last changed) days ago and its owner's slot, from its name: made
/// before its people (added over the last 540 days), and changed now and then since.
fn company_facts(name: &str) -> (u32, u32, usize) {
    let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (540 + hash % 180, (hash >> 8) % 240, (hash >> 16) as usize)
}

fn days_before(now: chrono::DateTime<chrono::Utc>, days: u32) -> String {
    (now - chrono::Duration::days(i64::from(days))).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
