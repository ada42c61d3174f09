//! A marketing campaign: what marketing spent, where and when, and which leads and deals it
//! brought in (first touch) or last moved (last touch). Also sales teams and quotas.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};
use crate::workspace::check_currency;

crate::text_enum! {
    /// Where a campaign reaches people.
    pub enum Channel {
        Email => "email",
        Social => "social",
        PaidSearch => "paid_search",
        Events => "events",
        ContentSeo => "content_seo",
        Webinar => "webinar",
        Referral => "referral",
        Partner => "partner",
        Outbound => "outbound",
    }
}

impl Channel {
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email",
            Channel::Social => "Social",
            Channel::PaidSearch => "Paid search",
            Channel::Events => "Events",
            Channel::ContentSeo => "Content / SEO",
            Channel::Webinar => "Webinar",
            Channel::Referral => "Referral",
            Channel::Partner => "Partner",
            Channel::Outbound => "Outbound",
        }
    }
}

/// Which of a record's two campaign references: the one that brought it in, or the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Touch {
    First,
    Last,
}

/// A record's campaigns after a change. A record that gets its first campaign while it has no
/// latest one answered exactly one campaign, so that campaign is also its latest touch. The
/// reverse does not hold: a latest campaign says nothing about what brought the lead in
/// (it may predate campaign tracking), so first touch stays empty.
pub fn settle_touches(first: Option<String>, last: Option<String>) -> (Option<String>, Option<String>) {
    let first = first.filter(|id| !id.trim().is_empty());
    let last = last.filter(|id| !id.trim().is_empty()).or_else(|| first.clone());
    (first, last)
}

/// What a user types into the campaign form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignInput {
    pub name: String,
    /// One of `Channel`'s stored names, e.g. "paid_search".
    pub channel: String,
    /// "YYYY-MM-DD"; required.
    pub starts_on: String,
    /// "YYYY-MM-DD" or empty for a campaign that runs on (a referral programme).
    pub ends_on: String,
    /// Decimal text or empty when not planned.
    pub budget: String,
    /// Decimal text or empty while nothing is spent.
    pub actual_cost: String,
    /// ISO 4217; empty means the workspace's base currency.
    pub currency: String,
    pub goal: String,
    pub owner_id: Option<String>,
    pub utm_source: String,
    pub utm_medium: String,
    pub utm_campaign: String,
    pub utm_term: String,
    pub utm_content: String,
    pub notes: String,
}

impl CampaignInput {
    /// Checks the input; an empty currency becomes `base_currency`.
    pub fn validate(&self, base_currency: &str) -> Result<CampaignInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Campaign name", &self.name, 200, false);
        if name.is_empty() {
            c.fail("name", "Enter a name for the campaign, e.g. 'Spring webinar 2026'.");
        }
        let channel = self.channel.trim().to_owned();
        if Channel::parse(&channel).is_none() {
            let names: Vec<&str> = Channel::ALL.iter().map(|ch| ch.label()).collect();
            let message = if channel.is_empty() {
                format!("Pick a channel: {}.", names.join(", "))
            } else {
                format!("'{channel}' is not a channel; pick one of {}.", names.join(", "))
            };
            c.fail("channel", message);
        }
        let starts_on = c.text("starts_on", "Start date", &self.starts_on, 10, false);
        let start = match parse_day(&starts_on) {
            _ if starts_on.is_empty() => {
                c.fail("starts_on", "Enter the day the campaign starts (YYYY-MM-DD).");
                None
            }
            None => {
                c.fail("starts_on", format!("'{starts_on}' is not a date (YYYY-MM-DD)."));
                None
            }
            day => day,
        };
        let ends_on = c.text("ends_on", "End date", &self.ends_on, 10, false);
        if !ends_on.is_empty() {
            match parse_day(&ends_on) {
                None => c.fail("ends_on", format!("'{ends_on}' is not a date (YYYY-MM-DD).")),
                Some(end) if start.is_some_and(|start| end < start) => {
                    c.fail("ends_on", format!("The campaign cannot end ({ends_on}) before it starts ({starts_on})."))
                }
                Some(_) => {}
            }
        }
        let currency = c.text("currency", "Currency", &self.currency, 3, false).to_uppercase();
        let currency = if currency.is_empty() { base_currency.to_owned() } else { currency };
        check_currency(&mut c, "currency", &currency);
        let clean = CampaignInput {
            channel,
            starts_on,
            ends_on,
            budget: money(&mut c, "budget", "Budget", &self.budget),
            actual_cost: money(&mut c, "actual_cost", "Actual cost", &self.actual_cost),
            currency,
            goal: c.text("goal", "Goal", &self.goal, 500, true),
            owner_id: self.owner_id.clone().filter(|id| !id.trim().is_empty()),
            utm_source: utm(&mut c, "utm_source", "UTM source", &self.utm_source),
            utm_medium: utm(&mut c, "utm_medium", "UTM medium", &self.utm_medium),
            utm_campaign: utm(&mut c, "utm_campaign", "UTM campaign", &self.utm_campaign),
            utm_term: utm(&mut c, "utm_term", "UTM term", &self.utm_term),
            utm_content: utm(&mut c, "utm_content", "UTM content", &self.utm_content),
            notes: c.text("notes", "Notes", &self.notes, 10_000, true),
            name,
        };
        c.finish(clean)
    }
}

pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Money as exact decimal text, never negative; empty stays empty (not planned, not spent).
fn money(c: &mut Checker, field: &str, label: &str, raw: &str) -> String {
    let text = c.text(field, label, raw, 30, false).replace([' ', '_'], "");
    if text.is_empty() {
        return text;
    }
    match text.parse::<Decimal>() {
        Ok(value) if value < Decimal::ZERO => {
            c.fail(field, format!("{label} cannot be negative."));
            text
        }
        Ok(value) if value.scale() > 4 => {
            c.fail(field, format!("{label} '{text}' has more than 4 decimals."));
            text
        }
        Ok(value) => value.normalize().to_string(),
        Err(_) => {
            c.fail(field, format!("{label} '{text}' is not an amount; use digits and a dot for decimals, e.g. 2500.50."));
            text
        }
    }
}

/// A UTM value: it ends up in a URL, so no spaces and nothing a URL would mangle.
fn utm(c: &mut Checker, field: &str, label: &str, raw: &str) -> String {
    let text = c.text(field, label, raw, 100, false);
    if text.chars().any(char::is_whitespace) {
        c.fail(
            field,
            format!(
                "{label} cannot contain spaces; use - or _ instead (e.g. '{}').",
                text.split_whitespace().collect::<Vec<_>>().join("-")
            ),
        );
    } else if let Some(bad) = text.chars().find(|ch| matches!(ch, '&' | '?' | '#' | '=' | '/' | '%')) {
        c.fail(field, format!("{label} cannot contain '{bad}'; use letters, digits, - and _."));
    }
    text
}

/// A stored campaign as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub channel: Channel,
    pub starts_on: String,
    pub ends_on: String,
    pub budget: String,
    pub actual_cost: String,
    pub currency: String,
    pub goal: String,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub utm_source: String,
    pub utm_medium: String,
    pub utm_campaign: String,
    pub utm_term: String,
    pub utm_content: String,
    pub notes: String,
    /// Live contacts with this campaign as first or last touch.
    pub leads: u32,
    /// Live deals with this campaign as first or last touch.
    pub deals: u32,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Campaign> for CampaignInput {
    fn from(c: &Campaign) -> Self {
        CampaignInput {
            name: c.name.clone(),
            channel: c.channel.as_str().to_owned(),
            starts_on: c.starts_on.clone(),
            ends_on: c.ends_on.clone(),
            budget: c.budget.clone(),
            actual_cost: c.actual_cost.clone(),
            currency: c.currency.clone(),
            goal: c.goal.clone(),
            owner_id: c.owner_id.clone(),
            utm_source: c.utm_source.clone(),
            utm_medium: c.utm_medium.clone(),
            utm_campaign: c.utm_campaign.clone(),
            utm_term: c.utm_term.clone(),
            utm_content: c.utm_content.clone(),
            notes: c.notes.clone(),
        }
    }
}

/// One line of the campaign list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignListRow {
    pub id: String,
    pub name: String,
    pub channel: Channel,
    pub starts_on: String,
    pub ends_on: String,
    pub budget: String,
    pub actual_cost: String,
    pub currency: String,
    pub owner_name: String,
    pub leads: u32,
    pub deals: u32,
}

/// Which touches link a record to a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Touches {
    First,
    Last,
    Both,
}

impl Touches {
    pub fn of(first: bool, last: bool) -> Touches {
        match (first, last) {
            (true, true) => Touches::Both,
            (true, false) => Touches::First,
            _ => Touches::Last,
        }
    }
}

/// A contact attributed to a campaign, as the campaign page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignLead {
    pub contact_id: String,
    pub name: String,
    pub company_name: String,
    pub lifecycle_stage: crate::lifecycle::LifecycleStage,
    pub owner_name: String,
    pub touches: Touches,
}

/// A deal attributed to a campaign, as the campaign page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignDeal {
    pub deal_id: String,
    pub name: String,
    pub stage_name: String,
    pub stage_kind: crate::pipeline::StageKind,
    pub amount: String,
    pub currency: String,
    pub owner_name: String,
    pub touches: Touches,
}

/// A team of members (the dashboard's team filter).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SalesTeam {
    pub id: String,
    pub name: String,
    pub members: Vec<SalesTeamMember>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SalesTeamMember {
    /// The membership row's id (what "remove from team" deletes).
    pub id: String,
    pub member_id: String,
    pub name: String,
}

/// A team's name as typed.
pub fn clean_team_name(raw: &str) -> Result<String, Invalid> {
    let mut c = Checker::default();
    let name = c.text("name", "Team name", raw, 100, false);
    if name.is_empty() {
        c.fail("name", "Enter the team's name, e.g. 'Enterprise EMEA'.");
    }
    c.finish(name)
}

/// What a sales manager types for one owner's quota in one fiscal quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuotaInput {
    pub owner_id: String,
    /// Fiscal year (the calendar year the fiscal year starts in) and quarter 1–4.
    pub fiscal_year: i32,
    pub quarter: u8,
    /// Decimal text in the base currency.
    pub amount: String,
}

/// A validated quota: its period as days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanQuota {
    pub owner_id: String,
    pub starts_on: String,
    pub ends_on: String,
    pub amount: String,
}

impl QuotaInput {
    pub fn validate(&self, fiscal_year_start_month: u8) -> Result<CleanQuota, Invalid> {
        let mut c = Checker::default();
        if self.owner_id.trim().is_empty() {
            c.fail("owner_id", "Pick whose quota this is.");
        }
        let period = crate::fiscal::quarter(self.fiscal_year, self.quarter, fiscal_year_start_month);
        if period.is_none() {
            c.fail("quarter", "Pick a quarter from Q1 to Q4 of a year between 2000 and 2100.");
        }
        let amount = money(&mut c, "amount", "Quota", &self.amount);
        if amount.is_empty() {
            c.fail("amount", "Enter the quota in the base currency, e.g. 120000.");
        }
        let (start, end) = period.unwrap_or_default();
        c.finish(CleanQuota {
            owner_id: self.owner_id.trim().to_owned(),
            starts_on: start.format("%Y-%m-%d").to_string(),
            ends_on: end.format("%Y-%m-%d").to_string(),
            amount,
        })
    }
}

/// One owner's quota for one period, as Settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Quota {
    pub id: String,
    pub owner_id: String,
    pub owner_name: String,
    pub starts_on: String,
    pub ends_on: String,
    /// Decimal text in the base currency.
    pub amount: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> CampaignInput {
        CampaignInput { name: "Spring webinar".into(), channel: "webinar".into(), starts_on: "2026-03-01".into(), ..Default::default() }
    }

    fn fields(err: Invalid) -> Vec<String> {
        err.0.into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_campaign_needs_a_name_a_channel_and_a_start() {
        let clean = input().validate("EUR").unwrap();
        assert_eq!(clean.currency, "EUR", "the base currency by default");
        assert_eq!((clean.budget.as_str(), clean.actual_cost.as_str()), ("", ""));
        let bad = CampaignInput { name: " ".into(), channel: "tv".into(), starts_on: String::new(), ..input() };
        let err = bad.validate("EUR").unwrap_err();
        assert!(err.0[1].message.contains("'tv' is not a channel"), "{err}");
        assert_eq!(fields(err), ["name", "channel", "starts_on"]);
        let err = CampaignInput { channel: String::new(), ..input() }.validate("EUR").unwrap_err();
        assert!(err.0[0].message.starts_with("Pick a channel: Email, Social, Paid search"), "{err}");
    }

    #[test]
    fn dates_are_days_and_the_end_is_not_before_the_start() {
        let cases = [
            ("2026-03-01", "", None),
            ("2026-03-01", "2026-03-01", None),
            ("2026-03-01", "2026-02-28", Some("ends_on")),
            ("01/03/2026", "", Some("starts_on")),
            ("2026-03-01", "soon", Some("ends_on")),
        ];
        for (starts_on, ends_on, error) in cases {
            let result = CampaignInput { starts_on: starts_on.into(), ends_on: ends_on.into(), ..input() }.validate("USD");
            assert_eq!(result.err().map(|e| e.0[0].field.clone()).as_deref(), error, "{starts_on} – {ends_on}");
        }
    }

    #[test]
    fn budget_and_cost_are_exact_and_not_negative() {
        let clean = CampaignInput { budget: "12 000.50".into(), actual_cost: "0.10".into(), currency: "usd".into(), ..input() }
            .validate("EUR")
            .unwrap();
        assert_eq!((clean.budget.as_str(), clean.actual_cost.as_str(), clean.currency.as_str()), ("12000.5", "0.1", "USD"));
        let err = CampaignInput { budget: "-1".into(), actual_cost: "12,5O".into(), currency: "EURO".into(), ..input() }
            .validate("EUR")
            .unwrap_err();
        assert_eq!(err.0[1].message, "Budget cannot be negative.");
        assert_eq!(fields(err), ["currency", "budget", "actual_cost"]);
    }

    #[test]
    fn utm_values_fit_in_a_url() {
        let err = CampaignInput { utm_campaign: "spring sale".into(), utm_source: "a&b".into(), ..input() }.validate("EUR").unwrap_err();
        assert_eq!(err.0[0].field, "utm_source");
        assert!(err.0[1].message.contains("'spring-sale'"), "{err}");
        assert!(CampaignInput { utm_source: "linkedin".into(), utm_medium: "paid_social".into(), ..input() }.validate("EUR").is_ok());
    }

    #[test]
    fn a_first_touch_is_also_the_latest_when_there_is_none() {
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(settle_touches(some("a"), None), (some("a"), some("a")));
        assert_eq!(settle_touches(some("a"), some("b")), (some("a"), some("b")));
        assert_eq!(settle_touches(None, some("b")), (None, some("b")));
        assert_eq!(settle_touches(some(" "), None), (None, None));
    }

    #[test]
    fn a_quota_needs_an_owner_a_quarter_and_an_amount() {
        let quota = QuotaInput { owner_id: "m1".into(), fiscal_year: 2026, quarter: 2, amount: "120000".into() };
        let clean = quota.validate(1).unwrap();
        assert_eq!((clean.starts_on.as_str(), clean.ends_on.as_str()), ("2026-04-01", "2026-06-30"));
        let bad = QuotaInput { owner_id: " ".into(), quarter: 0, amount: String::new(), ..quota };
        assert_eq!(fields(bad.validate(1).unwrap_err()), ["owner_id", "quarter", "amount"]);
        assert_eq!(clean_team_name("  ").unwrap_err().0[0].field, "name");
    }
}
