//! A deal (opportunity): what an account executive is trying to sell, to whom, for how much, by when.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::custom_field::{check_values, CustomField, CustomValue};
use crate::pipeline::StageKind;
use crate::tag::clean_tags;
use crate::text::{Checker, Invalid};
use crate::workspace::check_currency;

/// What a user types into the deal form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealInput {
    pub name: String,
    pub pipeline_id: String,
    pub stage_id: String,
    pub company_name: String,
    pub primary_contact_id: Option<String>,
    /// Decimal text in the deal's currency, e.g. "12500.00".
    pub amount: String,
    pub currency: String,
    /// "YYYY-MM-DD" or empty.
    pub expected_close: String,
    pub loss_reason: String,
    pub source: String,
    pub owner_id: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    pub custom: Vec<CustomValue>,
    /// The campaign that sourced the deal (first touch) and the latest one that moved it.
    #[serde(default)]
    pub first_campaign_id: Option<String>,
    #[serde(default)]
    pub last_campaign_id: Option<String>,
}

impl DealInput {
    /// Checks the input; `stage_kind` is the kind of the chosen stage (a lost deal needs a reason).
    pub fn validate(&self, stage_kind: StageKind) -> Result<DealInput, Invalid> {
        self.validate_with(stage_kind, &[])
    }

    /// Like `validate`, checking custom values against the workspace's deal `fields`.
    pub fn validate_with(&self, stage_kind: StageKind, fields: &[CustomField]) -> Result<DealInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Deal name", &self.name, 200, false);
        if name.is_empty() {
            c.fail("name", "Enter a name for the deal, e.g. 'Acme — 50 seats'.");
        }
        let currency = c.text("currency", "Currency", &self.currency, 3, false).to_uppercase();
        check_currency(&mut c, "currency", &currency);
        let amount = clean_amount(&mut c, &self.amount);
        let expected_close = c.text("expected_close", "Expected close", &self.expected_close, 10, false);
        if !expected_close.is_empty() && chrono::NaiveDate::parse_from_str(&expected_close, "%Y-%m-%d").is_err() {
            c.fail("expected_close", format!("'{expected_close}' is not a date (YYYY-MM-DD)."));
        }
        let loss_reason = c.text("loss_reason", "Loss reason", &self.loss_reason, 500, true);
        if stage_kind == StageKind::Lost && loss_reason.is_empty() {
            c.fail("loss_reason", "Say why the deal was lost; the team learns from it.");
        }
        let clean = DealInput {
            name,
            pipeline_id: self.pipeline_id.trim().to_owned(),
            stage_id: self.stage_id.trim().to_owned(),
            company_name: c.text("company_name", "Company", &self.company_name, 200, false),
            primary_contact_id: self.primary_contact_id.clone().filter(|id| !id.trim().is_empty()),
            amount,
            currency,
            expected_close,
            loss_reason: if stage_kind == StageKind::Lost { loss_reason } else { String::new() },
            source: c.text("source", "Source", &self.source, 120, false),
            owner_id: self.owner_id.clone().filter(|id| !id.trim().is_empty()),
            notes: c.text("notes", "Notes", &self.notes, 10_000, true),
            tags: clean_tags(&mut c, &self.tags),
            custom: check_values(&mut c, fields, &self.custom),
            first_campaign_id: None,
            last_campaign_id: None,
        };
        let (first_campaign_id, last_campaign_id) =
            crate::campaign::settle_touches(self.first_campaign_id.clone(), self.last_campaign_id.clone());
        c.finish(DealInput { first_campaign_id, last_campaign_id, ..clean })
    }
}

/// An amount as exact decimal text: no float ever holds money (DESIGN.md §2).
fn clean_amount(c: &mut Checker, raw: &str) -> String {
    let text = c.text("amount", "Amount", raw, 30, false).replace([' ', '_'], "");
    if text.is_empty() {
        return "0".into();
    }
    match text.parse::<Decimal>() {
        Ok(value) if value < Decimal::ZERO => {
            c.fail("amount", "An amount cannot be negative.");
            text
        }
        Ok(value) if value.scale() > 4 => {
            c.fail("amount", format!("'{text}' has more than 4 decimals."));
            text
        }
        Ok(value) => value.normalize().to_string(),
        Err(_) => {
            c.fail("amount", format!("'{text}' is not an amount; use digits and a dot for decimals, e.g. 12500.50."));
            text
        }
    }
}

/// A person on a deal besides (or including) the primary contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealContact {
    pub id: String,
    pub contact_id: String,
    pub name: String,
    pub role: String,
}

/// A stored deal as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Deal {
    pub id: String,
    pub name: String,
    pub pipeline_id: String,
    pub stage_id: String,
    pub stage_name: String,
    pub stage_kind: StageKind,
    pub probability: u8,
    pub company_id: Option<String>,
    pub company_name: String,
    pub primary_contact_id: Option<String>,
    pub primary_contact_name: String,
    pub contacts: Vec<DealContact>,
    pub amount: String,
    pub currency: String,
    pub expected_close: String,
    pub loss_reason: String,
    pub source: String,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub notes: String,
    pub tags: Vec<String>,
    pub custom: Vec<CustomValue>,
    pub stage_entered_at: String,
    pub closed_at: String,
    pub last_activity_at: String,
    /// Days without activity beyond the stage's limit; None while the deal is fresh.
    pub rotting_days: Option<u32>,
    pub first_campaign_id: Option<String>,
    pub first_campaign_name: String,
    pub last_campaign_id: Option<String>,
    pub last_campaign_name: String,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Deal> for DealInput {
    fn from(d: &Deal) -> Self {
        DealInput {
            name: d.name.clone(),
            pipeline_id: d.pipeline_id.clone(),
            stage_id: d.stage_id.clone(),
            company_name: d.company_name.clone(),
            primary_contact_id: d.primary_contact_id.clone(),
            amount: d.amount.clone(),
            currency: d.currency.clone(),
            expected_close: d.expected_close.clone(),
            loss_reason: d.loss_reason.clone(),
            source: d.source.clone(),
            owner_id: d.owner_id.clone(),
            notes: d.notes.clone(),
            tags: d.tags.clone(),
            custom: d.custom.clone(),
            first_campaign_id: d.first_campaign_id.clone(),
            last_campaign_id: d.last_campaign_id.clone(),
        }
    }
}

/// A deal on the board or in the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealRow {
    pub id: String,
    pub name: String,
    pub stage_id: String,
    pub stage_name: String,
    pub company_name: String,
    pub primary_contact_name: String,
    pub amount: String,
    pub currency: String,
    pub expected_close: String,
    pub owner_name: String,
    pub probability: u8,
    pub rotting_days: Option<u32>,
    pub updated_at: String,
}

/// How many idle days past the stage's limit a deal is, if it is rotting at all.
/// `idle_days` counts from the later of its last activity and entering the stage.
pub fn rotting_days(kind: StageKind, rot_days: u32, idle_days: i64) -> Option<u32> {
    if kind != StageKind::Open || rot_days == 0 || idle_days <= rot_days as i64 {
        return None;
    }
    Some((idle_days - rot_days as i64) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal(amount: &str) -> DealInput {
        DealInput { name: "Acme renewal".into(), amount: amount.into(), currency: "eur".into(), ..Default::default() }
    }

    #[test]
    fn amounts_are_exact_decimal_text() {
        for (raw, expected) in [("12500.50", "12500.5"), ("", "0"), ("1 000", "1000"), ("0.10", "0.1")] {
            assert_eq!(deal(raw).validate(StageKind::Open).unwrap().amount, expected, "{raw}");
        }
        for bad in ["12,5O", "-3", "1.00001"] {
            assert_eq!(deal(bad).validate(StageKind::Open).unwrap_err().0[0].field, "amount", "{bad}");
        }
    }

    #[test]
    fn a_lost_deal_needs_a_reason_and_others_drop_it() {
        let err = deal("10").validate(StageKind::Lost).unwrap_err();
        assert_eq!(err.0[0].field, "loss_reason");
        let mut won = deal("10");
        won.loss_reason = "price".into();
        assert_eq!(won.validate(StageKind::Won).unwrap().loss_reason, "");
        assert_eq!(won.validate(StageKind::Lost).unwrap().currency, "EUR");
    }

    #[test]
    fn only_open_deals_rot_and_only_past_their_limit() {
        assert_eq!(rotting_days(StageKind::Open, 14, 14), None);
        assert_eq!(rotting_days(StageKind::Open, 14, 20), Some(6));
        assert_eq!(rotting_days(StageKind::Open, 0, 400), None);
        assert_eq!(rotting_days(StageKind::Won, 14, 400), None);
    }
}
