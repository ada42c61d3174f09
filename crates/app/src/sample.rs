//! Writes the seeded sample workspace (companies, people, teammates, rates) into the database.

use tandem_domain::exchange_rate::ExchangeRateInput;
use tandem_domain::member::MemberInput;
use tandem_domain::sample::{self, DEFAULT_SEED};
use tandem_domain::workspace::WorkspaceSettings;
use tandem_store::companies::{self, NewCompany};
use tandem_store::{contacts, exchange_rates, members, new_id, WriteSource};

use crate::{App, AppError};

pub struct SampleSize {
    pub contacts: usize,
    pub companies: usize,
    pub seed: u64,
    /// Contacts per transaction: each batch commits on its own.
    pub batch: usize,
}

impl Default for SampleSize {
    fn default() -> Self {
        SampleSize { contacts: 2_000, companies: 300, seed: DEFAULT_SEED, batch: 1_000 }
    }
}

pub fn settings() -> WorkspaceSettings {
    WorkspaceSettings { name: "Northwind sample workspace".into(), ..WorkspaceSettings::default() }
}

/// Adds the sample records; `progress` hears the number of contacts committed so far.
///
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
        let mut ids = std::collections::HashMap::new();
        for c in &companies {
            if let Some(existing) = companies::find_by_name(w.conn(), &c.name)? {
                ids.insert(c.name.clone(), existing);
                continue;
            }
            let id = companies::create(w, &NewCompany { name: &c.name, domain: &c.domain, industry: &c.industry, country: &c.country })?;
            ids.insert(c.name.clone(), id);
        }
        Ok(ids)
    })?;
    let mut people = sample::contacts(size.seed, &companies).take(size.contacts).peekable();
    let mut done = 0;
    while people.peek().is_some() {
        let batch: Vec<_> = people.by_ref().take(size.batch.max(1)).collect();
        app.write(WriteSource::Sample, "", |w| {
            for person in &batch {
                let clean = person.input.validate()?;
                let company = company_ids.get(&clean.company_name).cloned();
                let created_at = days_before(w.now(), person.created_days_ago);
                let updated_at = days_before(w.now(), person.updated_days_ago);
                contacts::create_dated(w, &new_id(), &clean, company, &created_at, &updated_at)?;
            }
            Ok(())
        })?;
        done += batch.len();
        progress(done);
    }
    Ok(())
}

fn days_before(now: chrono::DateTime<chrono::Utc>, days: u32) -> String {
    (now - chrono::Duration::days(i64::from(days))).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
