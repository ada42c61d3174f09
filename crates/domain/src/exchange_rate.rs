//! Dated exchange rates: how much one unit of a currency is worth in the base currency.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};
use crate::workspace::check_currency;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeRateInput {
    pub id: Option<String>,
    pub currency: String,
    /// Units of the base currency per one unit of `currency`, as decimal text.
    pub rate: String,
    /// "YYYY-MM-DD": the first day the rate applies.
    pub valid_from: String,
}

impl ExchangeRateInput {
    pub fn validate(&self, base_currency: &str) -> Result<ExchangeRateInput, Invalid> {
        let mut c = Checker::default();
        let currency = c.text("currency", "Currency", &self.currency, 3, false).to_uppercase();
        check_currency(&mut c, "currency", &currency);
        if currency == base_currency {
            c.fail("currency", format!("{currency} is the base currency; its rate is always 1."));
        }
        let rate_text = c.text("rate", "Rate", &self.rate, 40, false);
        let rate = match rate_text.parse::<Decimal>() {
            Ok(rate) if rate > Decimal::ZERO => rate.normalize().to_string(),
            Ok(_) => {
                c.fail("rate", "A rate must be greater than zero.");
                rate_text
            }
            Err(_) => {
                c.fail("rate", format!("'{rate_text}' is not a number; use a dot for decimals, e.g. 1.0825."));
                rate_text
            }
        };
        let valid_from = c.text("valid_from", "Valid from", &self.valid_from, 10, false);
        match chrono::NaiveDate::parse_from_str(&valid_from, "%Y-%m-%d") {
            Err(_) => c.fail("valid_from", format!("'{valid_from}' is not a date (YYYY-MM-DD).")),
            Ok(date) if !(1970..=2100).contains(&chrono::Datelike::year(&date)) => {
                c.fail("valid_from", format!("{valid_from} is outside 1970–2100; check the year."))
            }
            Ok(_) => {}
        }
        c.finish(ExchangeRateInput { id: self.id.clone(), currency, rate, valid_from })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(currency: &str, rate: &str, from: &str) -> ExchangeRateInput {
        ExchangeRateInput { id: None, currency: currency.into(), rate: rate.into(), valid_from: from.into() }
    }

    #[test]
    fn rates_are_exact_decimals() {
        assert_eq!(rate("eur", "1.0800", "2026-01-01").validate("USD").unwrap().rate, "1.08");
        for (bad, field) in [
            (rate("USD", "1", "2026-01-01"), "currency"),
            (rate("EUR", "1,08", "2026-01-01"), "rate"),
            (rate("EUR", "0", "2026-01-01"), "rate"),
            (rate("EUR", "1.1", "01/02/2026"), "valid_from"),
        ] {
            assert_eq!(bad.validate("USD").unwrap_err().0[0].field, field);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeRate {
    pub id: String,
    pub currency: String,
    pub rate: String,
    pub valid_from: String,
}
